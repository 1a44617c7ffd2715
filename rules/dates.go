package rules

import (
	"fmt"
	"strings"
	"time"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// Issuer kinds, as in Context.IssuerKind.
const (
	KindDepartment = "department"
	KindGovernment = "government"
	KindTownship   = "township"
	KindOther      = "other"
)

// The issuer-kind patterns are suffix and substring lists, not regular expressions: they
// are tested once per report, and compiling five alternations of Chinese words at start-up
// cost more than every match of a folder run (issue 6: start-up is most of linting one
// report). Each list says in a comment the pattern it stands for.
var (
	// A township or street office: (乡|镇|苏木)(人民)?政府$ | 街道办事处$ | 街道办$ | 街道$ | (乡|镇)$ …
	townshipSuffixes = []string{"乡政府", "乡人民政府", "镇政府", "镇人民政府", "苏木政府", "苏木人民政府",
		"街道办事处", "街道办", "街道", "乡", "镇"}
	// … or a township's party committee anywhere in the name: (乡|镇|街道)(党委|党工委).
	townshipInfixes = []string{"乡党委", "乡党工委", "镇党委", "镇党工委", "街道党委", "街道党工委"}
	// A government of county level or above: (县|区|市|州|盟|旗|省|自治区|特区)(人民)?政府(办公厅|办公室)?$.
	governmentLevels = []string{"县", "区", "市", "州", "盟", "旗", "省", "自治区", "特区"}
	// A department: the usual endings of a body under a government.
	departmentSuffixes = []string{"局", "委员会", "委", "办公室", "办公厅", "办", "厅", "中心", "署", "院", "处",
		"总队", "支队", "大队", "研究室", "事务所", "分局", "馆"}
	// A development zone's 管理委员会 is not a department of a government in 条例第四十九条's
	// sense: (开发区|新区|园区|实验区|示范区|高新区|保税区|合作区)(管理委员会|管委会)$.
	zoneKinds  = []string{"开发区", "新区", "园区", "实验区", "示范区", "高新区", "保税区", "合作区"}
	zoneBodies = []string{"管理委员会", "管委会"}
	// Courts, procuratorates, hospitals and schools end in 院 but are not departments of a
	// government: no statutory deadline of 条例第四十九条 applies to them.
	notDepartmentSuffixes = []string{"法院", "检察院", "医院", "卫生院", "学院", "研究院", "设计院", "科学院"}
)

func hasAnySuffix(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

func isTownship(n string) bool {
	return hasAnySuffix(n, townshipSuffixes) || mentionsAny(n, townshipInfixes)
}

// isGovernment: a level word, an optional 人民, 政府, an optional 办公厅/办公室, at the end.
func isGovernment(n string) bool {
	for _, office := range []string{"", "办公厅", "办公室"} {
		m, ok := strings.CutSuffix(n, "政府"+office)
		if !ok {
			continue
		}
		if hasAnySuffix(m, governmentLevels) {
			return true
		}
		if m, ok := strings.CutSuffix(m, "人民"); ok && hasAnySuffix(m, governmentLevels) {
			return true
		}
	}
	return false
}

func isZone(n string) bool {
	for _, body := range zoneBodies {
		if m, ok := strings.CutSuffix(n, body); ok && hasAnySuffix(m, zoneKinds) {
			return true
		}
	}
	return false
}

// IssuerKind infers the kind of issuer from its name, for the publication deadline:
// township for 乡/镇 governments and 街道办事处, government for a 人民政府 of county level or
// above, department for the usual department endings (局, 委员会, 办公室, 中心 …), other
// otherwise.
func IssuerKind(name string) string {
	n := compact(name)
	n = strings.TrimSuffix(n, "政府信息公开工作年度报告")
	switch {
	case n == "":
		return KindOther
	case isTownship(n):
		return KindTownship
	case strings.HasSuffix(n, "政府办公厅") || strings.HasSuffix(n, "政府办公室"):
		// The general office publishes its own report as a department.
		return KindDepartment
	case isGovernment(n):
		return KindGovernment
	case isZone(n), hasAnySuffix(n, notDepartmentSuffixes):
		return KindOther
	case hasAnySuffix(n, departmentSuffixes):
		return KindDepartment
	}
	return KindOther
}

func compact(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\t', '\n', '\r', '\u3000', '\u00a0':
			return -1
		}
		return r
	}, s)
}

func issuerName(r *parser.Report) string {
	if r.Issuer != "" {
		return r.Issuer
	}
	if r.Signature != nil && r.Signature.Issuer != "" {
		return r.Signature.Issuer
	}
	return ""
}

var kindZH = map[string]string{
	KindDepartment: "县级以上人民政府部门",
	KindGovernment: "县级以上人民政府",
	KindTownship:   "乡镇人民政府或街道办事处",
	KindOther:      "其他机关",
}

// deadline returns the publication deadline for a report of year y and how it was found;
// ok is false when there is none.
func deadline(r *parser.Report, ctx *Context) (d time.Time, kind string, ok bool) {
	y := reportYear(r)
	kind = ctx.IssuerKind
	if kind == "" {
		kind = IssuerKind(issuerName(r))
	}
	switch {
	case y <= 2018:
		return time.Date(y+1, 3, 31, 0, 0, 0, 0, time.UTC), kind, true
	case kind == KindDepartment:
		return time.Date(y+1, 1, 31, 0, 0, 0, 0, time.UTC), kind, true
	case kind == KindGovernment:
		return time.Date(y+1, 3, 31, 0, 0, 0, 0, time.UTC), kind, true
	case ctx.DeadlineMonth > 0 && ctx.DeadlineDay > 0:
		return time.Date(y+1, time.Month(ctx.DeadlineMonth), ctx.DeadlineDay, 0, 0, 0, 0, time.UTC), kind, true
	}
	return time.Time{}, kind, false
}

// reportYear is the year the date rules judge by. When the title and the 统计期限 disagree
// (year-mismatch says so), the later one is taken: stale text copied from last year is
// always the older year, so the later one is the report's real year.
func reportYear(r *parser.Report) int {
	if r.TitleYear != 0 && r.PeriodYear != 0 {
		return max(r.TitleYear, r.PeriodYear)
	}
	return r.Year
}

func validDate(y, m, d int) bool {
	if y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1 {
		return false
	}
	return d <= time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func sigWhere(s *parser.Signature) parser.Where { return parser.Where{Line: s.Loc.N()} }

func sigDate(s *parser.Signature) time.Time {
	return time.Date(s.Year, time.Month(s.Month), s.Day, 0, 0, 0, 0, time.UTC)
}

// monthOnly reports a 落款 that gives the year and month but no day (「2024年1月」): the
// parser reads it with Day 0 and Date "YYYY-MM" (a printed day 0, 「2024年1月0日」, is
// "YYYY-MM-00": invalid). Its day is unknown, not invalid.
func monthOnly(s *parser.Signature) bool {
	return s.Day == 0 && len(s.Date) == len("2024-01") && s.Year >= 1900 && s.Month >= 1 && s.Month <= 12
}

// sigSpan is the earliest and latest day the signature can mean: the date itself, or the
// first and last day of a month-only signature. A rule judges a month-only date only when
// the whole month decides.
func sigSpan(s *parser.Signature) (first, last time.Time, ok bool) {
	switch {
	case monthOnly(s):
		first = time.Date(s.Year, time.Month(s.Month), 1, 0, 0, 0, 0, time.UTC)
		return first, first.AddDate(0, 1, -1), true
	case validDate(s.Year, s.Month, s.Day):
		d := sigDate(s)
		return d, d, true
	}
	return time.Time{}, time.Time{}, false
}

func iso(t time.Time) string { return t.Format("2006-01-02") }

func sigText(s *parser.Signature) string {
	if s.Text != "" {
		return s.Text
	}
	return s.Date
}

func sigActual(s *parser.Signature) string {
	if s.Date != "" {
		return s.Date
	}
	return fmt.Sprintf("%04d-%02d-%02d", s.Year, s.Month, s.Day)
}

const basis49ZH = "依据：《中华人民共和国政府信息公开条例》第四十九条：县级以上人民政府部门应当在每年1月31日前向本级政府信息公开工作主管部门提交本行政机关上一年度政府信息公开工作年度报告并向社会公布；县级以上地方人民政府的政府信息公开工作主管部门应当在每年3月31日前向社会公布本级政府上一年度政府信息公开工作年度报告。"
const basis49EN = "Basis: Article 49 of the Regulations on Open Government Information: departments of governments at county level and above publish by 31 January; county-level and higher governments' own reports are published by 31 March."

func dateRules() []*Rule {
	return []*Rule{
		{
			ID: "date-missing", Severity: Warning,
			Summary: Text{"找不到落款日期或发布日期", "no signing or publication date can be found"},
			Doc: Text{
				ZH: "检查报告末尾的落款是否有成文日期（或网页上的发布日期）。没有日期，就无法判断报告是否按期公布。\n" + basis49ZH + "\n修改：在落款机关名称下写明日期，如「2024年1月20日」。",
				EN: "Checks that the report ends with a signing date (or that the page gives a publication date); without it nobody can tell whether it was published on time.\n" + basis49EN + "\nFix: date the signature, e.g. 2024年1月20日.",
			},
			Check: func(r *parser.Report, _ *Context) []Finding {
				if r.Signature != nil && (r.Signature.Year != 0 || r.Signature.Date != "" || r.Signature.Text != "") {
					return nil
				}
				line := 0
				if len(r.Paragraphs) > 0 {
					line = r.Paragraphs[len(r.Paragraphs)-1].Loc.N()
				}
				return []Finding{{
					Where: parser.Where{Line: line},
					Message: Text{
						ZH: "未找到落款日期或发布日期，无法核对是否按期公布；请在落款处写明成文日期",
						EN: "no signing or publication date found, so timeliness cannot be checked; date the signature",
					},
				}}
			},
		},
		{
			ID: "date-invalid", Severity: Error,
			Summary: Text{"日期不是真实存在的日历日期", "the date is not a real calendar date"},
			Doc: Text{
				ZH: "检查落款日期是否真实存在，例如「2024年2月30日」「2023年13月1日」不存在。\n依据：公文格式要求成文日期为完整、真实的日期（《党政机关公文格式》GB/T 9704）；条例第四十九条的期限也须以真实日期判断。\n修改：改为实际的成文日期。",
				EN: "Checks that the signing date exists (2024-02-30 or 2023-13-01 do not).\nBasis: official documents carry a real date (GB/T 9704); the deadlines of Article 49 need one.\nFix: write the real date.",
			},
			Check: func(r *parser.Report, _ *Context) []Finding {
				s := r.Signature
				if s == nil || (s.Year == 0 && s.Date == "" && s.Text == "") || validDate(s.Year, s.Month, s.Day) || monthOnly(s) {
					return nil
				}
				return []Finding{{
					Where:  sigWhere(s),
					Actual: sigText(s),
					Message: Text{
						ZH: fmt.Sprintf("落款日期「%s」不是真实存在的日期", sigText(s)),
						EN: fmt.Sprintf("the date \"%s\" is not a real calendar date", sigText(s)),
					},
				}}
			},
		},
		{
			ID: "date-before-period-end", Severity: Error,
			Summary: Text{"落款日期不晚于报告年度的最后一天", "the date is on or before the last day of the report year"},
			Doc: Text{
				ZH: "年度报告总结的是第Y年全年，只能在第Y+1年成文和公布；落款日期早于或等于Y年12月31日是不可能的，通常是套用往年模板后没有改年份（如2023年度报告落款「2023年1月4日」）。\n" + basis49ZH + "\n修改：把落款日期改为实际成文日期（第Y+1年）。",
				EN: "The report covers year Y and can only be signed in Y+1; a date on or before Y-12-31 is impossible, usually a template whose year was not updated (a 2023 report signed 2023年1月4日).\n" + basis49EN + "\nFix: write the real signing date (in Y+1).",
			},
			Check: func(r *parser.Report, _ *Context) []Finding {
				s := r.Signature
				y := reportYear(r)
				if s == nil || y == 0 {
					return nil
				}
				_, last, ok := sigSpan(s)
				end := time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)
				if !ok || last.After(end) {
					return nil
				}
				return []Finding{{
					Where:    sigWhere(s),
					Expected: "> " + iso(end),
					Actual:   sigActual(s),
					Message: Text{
						ZH: fmt.Sprintf("%d年度报告的落款日期为「%s」，不晚于%d年12月31日，这是不可能的（可能套用了往年模板而未改年份）；应为%d年的实际成文日期", y, sigText(s), y, y+1),
						EN: fmt.Sprintf("the report for %d is dated \"%s\", on or before %d-12-31, which is impossible (likely a template year not updated); it should be the real date in %d", y, sigText(s), y, y+1),
					},
				}}
			},
		},
		{
			ID: "date-late", Severity: Warning,
			Summary: Text{"落款日期晚于该类机关的公布期限", "the date is after the deadline for this kind of issuer"},
			Doc: Text{
				ZH: "按机关类别检查公布期限（Y为报告年度）：\n- 县级以上人民政府部门（名称以局、委员会、委、办公室、办、厅、中心、署、院等结尾）：Y+1年1月31日前；\n- 县级以上人民政府本级报告（县、区、市、州、盟、旗、省、自治区人民政府）：Y+1年3月31日前；\n- 乡镇人民政府、街道办事处（名称含乡/镇人民政府、街道办事处）及其他机关（如开发区管委会）：国家没有统一期限，仅当用 --deadline 或配置文件设定了本地期限时检查；\n- 2018年度及以前（旧条例）：一律Y+1年3月31日前。\n机关类别由报告标题或落款中的机关名称推断；名称不典型时可用配置文件的 issuer_kind 指定（department / government / township / other）。\n" + basis49ZH + "\n修改：按期公布；如实际公布日期与落款不同，以实际为准并说明。",
				EN: "Checks the publication deadline by kind of issuer (Y is the report year):\n- departments of county-level and higher governments (names ending 局, 委员会, 委, 办公室, 办, 厅, 中心, 署, 院 …): by Y+1-01-31;\n- a county-level or higher 人民政府's own report (县/区/市/州/盟/旗/省/自治区 人民政府): by Y+1-03-31;\n- townships and street offices (乡/镇人民政府, 街道办事处) and others (e.g. development zone committees): no national deadline; checked only against --deadline or the config's local deadline;\n- reports for 2018 and earlier (old regulation): everyone by Y+1-03-31.\nThe kind is inferred from the issuer's name in the title or signature; set issuer_kind in the config when the name misleads.\n" + basis49EN + "\nFix: publish on time.",
			},
			Check: func(r *parser.Report, ctx *Context) []Finding {
				s := r.Signature
				y := reportYear(r)
				if s == nil || y == 0 {
					return nil
				}
				d, last, ok := sigSpan(s)
				if !ok || !last.After(time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)) {
					return nil // date-before-period-end says it
				}
				dl, kind, ok := deadline(r, ctx)
				if !ok || !d.After(dl) {
					return nil
				}
				return []Finding{{
					Where:    sigWhere(s),
					Expected: "≤ " + iso(dl),
					Actual:   sigActual(s),
					Message: Text{
						ZH: fmt.Sprintf("落款日期「%s」晚于公布期限%s（%s，%d年度报告）", sigText(s), dl.Format("2006年1月2日"), kindZH[kind], y),
						EN: fmt.Sprintf("dated \"%s\", after the deadline %s (%s, report for %d)", sigText(s), iso(dl), kind, y),
					},
				}}
			},
		},
		{
			ID: "date-future", Severity: Warning,
			Summary: Text{"落款日期晚于今天", "the date is after today"},
			Doc: Text{
				ZH: "检查落款日期是否晚于今天（今天可用 --today 指定，便于复现）。未来的日期通常是笔误（年份或月份写错）。\n" + basis49ZH + "\n修改：改为实际成文日期。",
				EN: "Checks that the date is not after today (--today sets today, for reproducible runs). A future date is usually a typo in the year or month.\n" + basis49EN + "\nFix: write the real date.",
			},
			Check: func(r *parser.Report, ctx *Context) []Finding {
				s := r.Signature
				if s == nil || ctx.Today.IsZero() {
					return nil
				}
				first, _, ok := sigSpan(s)
				today := time.Date(ctx.Today.Year(), ctx.Today.Month(), ctx.Today.Day(), 0, 0, 0, 0, time.UTC)
				if !ok || !first.After(today) {
					return nil
				}
				return []Finding{{
					Where:    sigWhere(s),
					Expected: "≤ " + iso(today),
					Actual:   sigActual(s),
					Message: Text{
						ZH: fmt.Sprintf("落款日期「%s」晚于今天（%s），请核对年份和月份", sigText(s), today.Format("2006年1月2日")),
						EN: fmt.Sprintf("the date \"%s\" is after today (%s); check the year and month", sigText(s), iso(today)),
					},
				}}
			},
		},
	}
}
