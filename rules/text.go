package rules

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// Narrative rules: what the running text says, against itself and against the tables.
// Patterns are deliberately narrow: a false alarm costs an auditor's trust, so a sentence
// that does not clearly state a figure is left alone.

var (
	reThisYear = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\s*(\d{4})\s*年度?\s*[，,]`) })
	reReceived = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?:收到|受理|新收|接收|接到)([^。；;，,！？]{0,24}?)申请(?:公开)?(?:事项)?(?:数量|总数|总量)?(?:共计|总计|合计|共|计|为|是)?\s*(\d+)\s*(?:件|个|宗|份)`)
	})
	// reReceivedFirst puts the figure before the noun: 「共受理36件政府信息公开申请」.
	reReceivedFirst = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?:收到|受理|接收|接到)了?(?:共计|共)?\s*(\d+)\s*件([^。；;，,！？（(]{0,16}?)申请`)
	})
	reNoReceived = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`未(?:收到|受理|接到|接收)([^。；;，,！？]{0,16}?)申请`)
	})
	reDone  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`办结([^。；;，,！？\d%]{0,10}?)(\d+)\s*件`) })
	reCarry = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(上一?年度?|\d{4}年度?)?结转(?:至|到)?(?:下一?年度?|\d{4}年度?)?(?:继续)?(?:办理)?(?:的)?(?:政府信息公开)?(?:申请)?(?:共计|共|为)?\s*(\d+)\s*件`)
	})
	reCarryAfter = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(\d+)\s*件(?:申请)?(?:已|将)?(?:结转至|结转到|结转)下一?年度?`)
	})
	reReview = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`行政复议(?:案件|案|申请)?(?:共计|共|为)?\s*(\d+)\s*(?:件|起|宗)`)
	})
	reLitigation = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`行政诉讼(?:案件|案)?(?:共计|共|为)?\s*(\d+)\s*(?:件|起|宗)`)
	})
	// reNoCases opens a clause saying there were none: 「未发生」「未产生」「没有因……」「无因……」,
	// 「无行政复议、行政诉讼情况」. 无 and 没有 only before what such a clause goes on with, so
	// that 「准确无误地办理……」 or 「无论……」 is not it.
	reNoCases = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`未(?:发生|收到|出现|被|有|产生|接到|涉及)|(?:没有|无)(?:发生|收到|出现|被|因|产生|涉及|针对|接到|新增|行政复议|行政诉讼|政府信息公开|公开|此类|相关)`)
	})
	// reOutcome words make a 「未……行政复议」 clause speak of results (「未出现被行政复议纠错的
	// 情况」), not of the number of cases.
	reOutcome = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`纠正|纠错|败诉|撤销|确认违法`) })
	reSumHead = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(\d+)\s*(条|件|篇|个|次|项)[，,]?\s*其中[，,：:]?`)
	})
	// reSumHeadCmp is a total with a comparison between it and its parts:
	// 「主动公开政府信息21456条，较2022年增长15.3%，其中门户网站12345条、…」.
	reSumHeadCmp = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(\d+)\s*(条|件|篇|个|次|项)[，,]((?:较|同比|比上年|比去年|与上年|环比)[^，,。；;]{0,24})[，,]\s*其中[，,：:]?`)
	})
	reSumPart = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^([^\d，,、；;。：:]{1,24}?)(\d+)\s*(条|件|篇|个|次|项)`)
	})
	reOpenList = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`等|主要|包括|若干|另有|另外|此外|其余|其他|以及`)
	})
	reParens   = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`（[^（）]*）|\([^()]*\)`) })
	reNotAPart = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`增加|减少|较|同比|上年|相比|下降|增长|累计|占|比例|率|办结|结转|答复|办理完毕|另|此外|同时|还|^(?:含|内含|包含)`)
	})
	// reVaguePart is a figure in a clause of the list that reSumPart cannot take as a part:
	// 「报送信息100余条」, 「1.2万条」, or another unit (「统计数据8期」 in a list of 篇). Its share
	// is unknown, so parts falling short of the total prove nothing.
	reVaguePart = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`\d+(?:\.\d+)?\s*(?:余|多|万|千)?\s*(?:条|件|篇|个|次|项|期|场|份|批|类|部|张|幅|则|组)`)
	})
	reDigits = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`[0-9]+[Xx]?`) })
	reFee    = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`信息处理费|处理费|收费|收取费用|费用|收取[^。；;，,]{0,12}费|免费|免收`)
	})
	// reFeeStatement is a statement on fees anywhere in the report: 「未收取任何政府信息公开
	// 费用」 in 一 counts as much as 「未收取信息处理费」 in 六. A bare 「收费」 does not: 表二's
	// 行政事业性收费 and 「各类收费的依据和标准」 are about other fees.
	reFeeStatement = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`信息处理费|(?:未|没有|不|无|免|零)[^。；;，,]{0,20}(?:收取|收费|征收|计收)`)
	})
)

// narrow folds full-width digits and letters, so that patterns see 「１２件」 as 「12件」,
// and drops thousands separators (「主动公开1,024条」 is 1024, not 24: every pattern that
// reads a figure would otherwise start after the comma).
func narrow(s string) string {
	if strings.ContainsFunc(s, func(r rune) bool { return r >= 0xFF01 && r <= 0xFF5E }) {
		s = strings.Map(func(r rune) rune {
			if r >= '０' && r <= '９' || r >= 'Ａ' && r <= 'Ｚ' || r >= 'ａ' && r <= 'ｚ' || r == '％' || r == '．' {
				return r - 0xFEE0
			}
			return r
		}, s)
	}
	for strings.Contains(s, ",") {
		t := reThousands().ReplaceAllString(s, "$1$2")
		if t == s {
			break
		}
		s = t
	}
	return s
}

// reThousands is a thousands separator: a comma between a digit and exactly three digits
// (「1,256,789人次」); 「第1,2项」 and 「2023,2024」 are left alone.
var reThousands = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(\d),(\d{3})\b`) })

// sectionOf maps each paragraph of a section's body to the section's number.
func sectionOf(r *parser.Report) map[*parser.Paragraph]int {
	m := map[*parser.Paragraph]int{}
	for _, s := range r.Sections {
		for _, p := range s.Paragraphs {
			m[p] = s.Number
		}
	}
	return m
}

func section(r *parser.Report, n int) *parser.Section {
	for i := range r.Sections {
		if r.Sections[i].Number == n {
			return &r.Sections[i]
		}
	}
	return nil
}

// sectionText is the body of a section, plus any text the heading carries after a colon
// (「六、其他需要报告的事项：无」).
func sectionText(s *parser.Section) string {
	var b strings.Builder
	h := s.Heading
	if i := strings.IndexAny(h, "：:"); i >= 0 {
		b.WriteString(h[i+len(string([]rune(h[i:])[0])):])
	}
	for _, p := range s.Paragraphs {
		b.WriteString(p.Text)
		b.WriteString("\n")
	}
	return b.String()
}

func stripPunct(s string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(" \t\r\n\u3000\u00a0。．.，,；;：:、！!（）()“”\"'‘’-—…", r) {
			return -1
		}
		return r
	}, s)
}

// snippet cuts a paragraph around a match for a message.
func snippet(s string, lo, hi int) string {
	rs := []rune(s)
	a := len([]rune(s[:lo]))
	b := len([]rune(s[:hi]))
	a0, b0 := max(0, a-12), min(len(rs), b+4)
	out := string(rs[a0:b0])
	if a0 > 0 {
		out = "…" + out
	}
	if b0 < len(rs) {
		out += "…"
	}
	return out
}

func textRules() []*Rule {
	return []*Rule{
		{
			ID: "year-mismatch", Severity: Warning,
			Summary: Text{"标题年份、统计期限与正文所说的「本年」不一致", "the title year, the 统计期限 and the body's \"this year\" disagree"},
			Doc: Text{
				ZH: "检查标题中的年度（「Y年政府信息公开工作年度报告」）、统计期限（「统计期限自Y年1月1日起至Y年12月31日止」）和正文段首的「Y年，我乡……」是否一致。不一致通常是照抄上一年报告未改年份。与往年的比较（「较2022年」）、日期、以「Y+1年，我乡将……」开头的来年打算，以及同时提到本年度的段落不算。\n依据：《中华人民共和国政府信息公开条例》第五十条（年度报告报告上一年度的工作）、第四十九条。\n修改：把照抄下来的年份改为本报告年度。",
				EN: "Checks that the year of the title, of the 统计期限 sentence and of paragraphs opening \"Y年，我乡……\" agree. A mismatch is usually text copied from last year's report. Comparisons (较2022年), dates, next year's plans (Y+1年，我乡将……) and paragraphs that also name the report year are not counted.\nBasis: Articles 49 and 50 of the Regulations (the report covers the previous year).\nFix: update the copied year.",
			},
			Check: checkYearMismatch,
		},
		{
			ID: "text-table-mismatch", Severity: Warning,
			Summary: Text{"正文中的数字与表格不符", "a figure in the narrative contradicts the tables"},
			Doc: Text{
				ZH: "对照正文中明确的说法与统计表：「收到……申请N件」应等于表三「一、本年新收」总计（或一加二）；「办结N件」应等于（七）总计；「结转N件」应等于「四、结转下年度继续办理」总计（「上年结转N件」对应「二」）；「行政复议N件」「行政诉讼N件」应等于表四的相应总计；「未收到……申请」「未发生行政复议、行政诉讼」对应0。只匹配明确的句式，以免误报：「其中」之后的分项、按期或延期办结的件数、按渠道的分项、与往年的比较、本机关作为复议机关办理的行政复议、汇总各级各部门或只说本级的数字，都不比对。\n依据：国办公开办函〔2021〕30号要求正文与表格数据一致。\n修改：核对台账，统一正文与表格中的数字。",
				EN: "Compares clear narrative statements with the tables: 收到……申请N件 = Table 3 I total (or I + II); 办结N件 = (7) total; 结转N件 = IV total (上年结转N件 = II); 行政复议/行政诉讼 N件 = Table 4's totals; 未收到……申请 / 未发生行政复议、行政诉讼 mean 0. Only precise phrasings are matched: parts after 其中, requests handled on time or late, parts by channel, comparisons with past years, review cases the body handles as a reviewing authority, and figures summed over several bodies or for the issuer's own level only are not compared.\nBasis: 国办公开办函〔2021〕30号; the narrative and the tables describe the same facts.\nFix: check the register and make text and tables agree.",
			},
			Check: checkTextTable,
		},
		{
			ID: "text-sum", Severity: Warning,
			Summary: Text{"正文中的总数不等于其列出的各分项之和", "a total stated in the narrative does not equal its stated parts"},
			Doc: Text{
				ZH: "检查「总数N条，其中，A a条，B b条……」这类句子：列出两个及以上同单位分项时，分项之和超过总数必错；分项之和略小于总数（差额不超过总数的5%，至少1）也视为算错。明显只列举部分的情形不报。\n依据：数据须前后一致（国办公开办函〔2021〕30号）。\n修改：改正总数或分项。",
				EN: "Checks sentences of the form \"N条，其中，A a条，B b条\": with two or more parts in the same unit, parts exceeding the total are wrong; parts falling short by a little (at most 5% of the total, at least 1) are counted as a slip too. An obviously partial listing is left alone.\nBasis: figures must be consistent (国办公开办函〔2021〕30号).\nFix: correct the total or the parts.",
			},
			Check: checkTextSum,
		},
		{
			ID: "section-empty", Severity: Warning,
			Summary: Text{"第五部分（或第六部分）为空或只写「无」", "五 (or 六) is empty or only says 无"},
			Doc: Text{
				ZH: "第五部分「存在的主要问题及改进情况」必须写明存在的问题和改进措施，空白或只写「无」「暂无」即为缺陷。第六部分为空白时也报告；第六部分只写「无」时不在此报告（2021年度起由 fee-statement-missing 指出未说明信息处理费）。\n依据：《中华人民共和国政府信息公开条例》第五十条（年度报告应包括存在的主要问题及改进情况）；国办公开办函〔2021〕30号。\n修改：如实写明本年度存在的主要问题和改进情况。",
				EN: "Section V (problems and improvements) must state problems and measures; empty or only 无 / 暂无 is a defect. An empty section VI is reported too; a VI that only says 无 is not reported here (for 2021 and later fee-statement-missing names what it lacks).\nBasis: Article 50 of the Regulations; 国办公开办函〔2021〕30号.\nFix: state the main problems and the improvements.",
			},
			Check: checkSectionEmpty,
		},
		{
			ID: "fee-statement-missing", Severity: Warning,
			Summary: Text{"2021年度起的报告未在第六部分说明信息处理费收取情况", "a report for 2021 or later does not state 信息处理费 in 六"},
			Doc: Text{
				ZH: "2021年度起，第六部分「其他需要报告的事项」应报告本年度收取信息处理费的情况（如「本年度未收取信息处理费」）。第六部分没有提到信息处理费（或收费、费用），全文也没有「未收取……费用」这类收费说明时报告。表三（六）2「申请人逾期未按收费通知要求缴纳费用」大于0时尤其应当说明。\n依据：《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）；国办公开办函〔2021〕30号。\n修改：在第六部分写明本年度发出收费通知的件数和收取的信息处理费总额，没有收费的写「本年度未收取信息处理费」。",
				EN: "From 2021, section VI must report the 信息处理费 (information processing fees) charged this year (e.g. 本年度未收取信息处理费). Reported when VI does not mention the fee (or charges) and no other part of the report states it (e.g. 未收取任何费用). Especially needed when Table 3 (6)2 (fee not paid) is above 0.\nBasis: 《政府信息公开信息处理费管理办法》 (国办函〔2020〕109号); 国办公开办函〔2021〕30号.\nFix: state in VI how many fee notices were issued and the total collected, or 本年度未收取信息处理费.",
			},
			Check: checkFeeStatement,
		},
		{
			ID: "personal-data", Severity: Error,
			Summary: Text{"正文含有身份证号码或手机号码", "the text holds a resident ID number or a mobile phone number"},
			Doc: Text{
				ZH: "检查正文是否含有18位居民身份证号码（校验码按 GB 11643 / ISO 7064 MOD 11-2 正确、出生日期合理）或大陆手机号码（1[3-9]开头的11位，且不是更长数字的一部分）。提示中只显示打码后的号码。机关公开的联系电话若为手机号也会被指出，请确认是否确需公开。\n依据：《中华人民共和国政府信息公开条例》第十五条（涉及个人隐私的不得公开）；《中华人民共和国个人信息保护法》。\n修改：删除或打码个人身份证号、手机号，联系方式使用办公电话。",
				EN: "Checks the text for 18-digit resident ID numbers (valid GB 11643 / ISO 7064 MOD 11-2 check digit, plausible birth date) and mainland mobile numbers (11 digits starting 1[3-9], not part of a longer number). Messages show masked numbers only. A mobile number given as the office's contact is flagged too: confirm it must be public.\nBasis: Article 15 of the Regulations (personal privacy); the Personal Information Protection Law.\nFix: remove or mask the numbers; give an office phone number instead.",
			},
			Check: checkPersonalData,
		},
	}
}

// historyWords make a paragraph span the years up to now.
var historyWords = []string{"至今", "以来", "此后", "历年", "连续"}

func checkYearMismatch(r *parser.Report, _ *Context) []Finding {
	var fs []Finding
	if r.TitleYear != 0 && r.PeriodYear != 0 && r.TitleYear != r.PeriodYear {
		w := parser.Where{Line: r.TitleLoc.N()}
		if r.Period != nil && r.Period.Loc.N() != 0 {
			w.Line = r.Period.Loc.N()
		}
		fs = append(fs, Finding{
			Where:    w,
			Expected: strconv.Itoa(r.TitleYear),
			Actual:   strconv.Itoa(r.PeriodYear),
			Message: Text{
				ZH: fmt.Sprintf("标题年度为%d年，统计期限却是%d年，两者应一致（可能照抄了上一年的报告）", r.TitleYear, r.PeriodYear),
				EN: fmt.Sprintf("the title says %d but the reporting period (统计期限) says %d; they must agree (likely copied from another year's report)", r.TitleYear, r.PeriodYear),
			},
		})
	}
	y := reportYear(r)
	if y == 0 {
		return fs
	}
	secs := sectionOf(r)
	self := strconv.Itoa(y) + "年"
	for _, p := range r.Paragraphs {
		if p.Loc.N() != 0 && p.Loc == r.TitleLoc {
			continue
		}
		if r.Signature != nil && p.Loc.N() != 0 && p.Loc == r.Signature.Loc {
			continue
		}
		t := narrow(p.Text)
		m := reThisYear().FindStringSubmatch(t)
		if m == nil {
			continue
		}
		yb, _ := strconv.Atoi(m[1])
		// 「2021年，我县被确定为试点县，相关做法沿用至今」 tells history, not this year's work.
		if yb == y || yb == y+1 || strings.Contains(t[len(m[0]):], self) || mentionsAny(t, historyWords) {
			continue
		}
		fs = append(fs, Finding{
			Where:    parser.Where{Section: secs[p], Line: p.Loc.N()},
			Expected: strconv.Itoa(y),
			Actual:   strconv.Itoa(yb),
			Message: Text{
				ZH: fmt.Sprintf("这是%d年度报告，正文却写「%s」（可能照抄了%d年的报告，未改年份）", y, snippet(t, 0, len(m[0])), yb),
				EN: fmt.Sprintf("this is the report for %d, but a paragraph opens \"%s\" (likely copied from the %d report)", y, snippet(t, 0, len(m[0])), yb),
			},
		})
	}
	return fs
}

// breakdownWords in 「收到……申请」 mean a part (by applicant or channel), not the total.
var breakdownWords = []string{"自然人", "法人", "企业", "组织", "公民", "个人", "机构", "网上", "网络", "信函", "当面", "现场", "邮寄", "传真", "邮件", "平台"}

// partOfBreakdown says whether a figure at i follows 「其中」 in its sentence: it is then a
// part of a total stated before, not the total the table holds.
func partOfBreakdown(s string, i int) bool { return strings.Contains(s[:i], "其中") }

// sentences splits text at 。；; ！？ keeping byte offsets.
func sentences(t string) []string {
	return strings.FieldsFunc(t, func(r rune) bool { return strings.ContainsRune("。；;！？!?\n", r) })
}

// scopeWords make a figure an aggregate over several bodies, or the issuing body's own share of
// one (「全县各级行政机关共收到……1260件，其中县政府本级48件」): a 人民政府's tables cover
// either, depending on the province, so such a sentence is left alone.
var scopeWords = []string{"本级", "各级", "各部门", "各单位", "各乡镇", "各街道", "各县", "各区", "各地"}

var excludedTopics = []string{"复议", "诉讼", "举报", "投诉", "信访", "建议", "提案", "热线", "留言"}

func mentionsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// reYearTok is a year in running text (「2022年」).
var reYearTok = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(\d{4})\s*年`) })

// otherPeriodWords put a figure in another year: 「上年度收到…申请36件」, 「与2022年…相比」.
var otherPeriodWords = []string{"上年", "上一年", "去年", "前年", "同期", "相比", "较上", "比上"}

// aboutOtherYear says whether the figure at i of sentence s speaks of another year than the
// report's y: its clause (from the last comma or semicolon before it) names another year or
// last year. 「2022年共收到政府信息公开申请36件，2023年共收到48件」 compares two years; only
// the second figure is this year's.
func aboutOtherYear(s string, i, y int) bool {
	// A sentence that opens with another year (「2022年，未发生…」) speaks of that year.
	if m := reThisYear().FindStringSubmatch(s); m != nil {
		if n, _ := strconv.Atoi(m[1]); n != y {
			return true
		}
	}
	head := s[:i]
	if k := strings.LastIndexAny(head, "，,；;：:"); k >= 0 {
		head = head[k:]
	}
	for _, m := range reYearTok().FindAllStringSubmatch(head, -1) {
		if n, _ := strconv.Atoi(m[1]); n != y {
			return true
		}
	}
	return mentionsAny(head, otherPeriodWords)
}

// channelWords in the clause before 「收到」 make the figure a part by channel: 「通过网上申请
// 平台收到政府信息公开申请40件，通过信函收到8件」. totalWords keep it the total: 「通过网站、
// 信函等渠道共收到……」.
var totalWords = []string{"共", "合计", "总", "累计", "等", "各类", "全部"}

func byChannel(s string, i int) bool {
	head := lastClause(s[:i])
	return mentionsAny(head, breakdownWords) && !mentionsAny(head, totalWords)
}

// lastClause is what follows the last comma, semicolon or colon.
func lastClause(s string) string {
	if k := strings.LastIndexAny(s, "，,；;：:"); k >= 0 {
		return s[k:]
	}
	return s
}

// negated says whether the text before a verb ends in a negation: 「未收到1件……申请」 is none.
func negated(before string) bool {
	for _, w := range []string{"未", "没有", "没", "无", "不曾"} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// doneQualifiers before 「办结」 name a part of the requests handled.
var doneQualifiers = []string{"按时", "按期", "如期", "延期", "逾期", "超期", "当场", "当日", "即时", "提前", "限时"}

// againstThisBody says whether a 行政复议/行政诉讼 figure is about cases brought against the
// body over government information (表四), not the body's own work as a reviewing
// authority (a 司法局: 「全年共办理行政复议案件35件，其中涉及政府信息公开的2件」): the
// paragraph is in 四, or 公开 comes before the figure in its sentence, or its clause says
// the body was the respondent (被, 因, 引起, 引发, 针对, 涉及).
func againstThisBody(sec int, sentenceHead, clauseHead string) bool {
	return sec == 4 || strings.Contains(sentenceHead, "公开") ||
		mentionsAny(clauseHead, []string{"被", "因", "引起", "引发", "针对", "涉及"})
}

// reHanCount is a count in Chinese numerals: 「收到申请三件」, 「行政复议两起」.
var reHanCount = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`([一二两三四五六七八九十]{1,3})(件|起|宗)`)
})

// hanCounts writes counts of 1 to 99 in Chinese numerals as digits, so that the patterns read
// 「三件」 as 「3件」. Not after 每, 第, 逐 and the like (「每一件」, 「逐一件」), and not 「一起」
// (together).
func hanCounts(t string) string {
	ms := reHanCount().FindAllStringSubmatchIndex(t, -1)
	if ms == nil {
		return t
	}
	var b strings.Builder
	last := 0
	for _, m := range ms {
		num, unit := t[m[2]:m[3]], t[m[4]:m[5]]
		prev, _ := utf8.DecodeLastRuneInString(t[:m[0]])
		v := hanNumber(num)
		if v <= 0 || strings.ContainsRune("每第逐唯统同这那哪任某单", prev) || (num == "一" && unit == "起") {
			continue
		}
		b.WriteString(t[last:m[2]])
		b.WriteString(strconv.Itoa(v))
		last = m[3]
	}
	b.WriteString(t[last:])
	return b.String()
}

// hanNumber reads 一 … 九十九 (two as 二 or 两); anything else is 0.
func hanNumber(s string) int {
	digit := func(r rune) int { return strings.IndexRune("一二三四五六七八九", r)/3 + 1 }
	rs := []rune(s)
	d := func(r rune) int {
		if r == '两' {
			return 2
		}
		if strings.ContainsRune("一二三四五六七八九", r) {
			return digit(r)
		}
		return 0
	}
	switch {
	case len(rs) == 1 && rs[0] == '十':
		return 10
	case len(rs) == 1:
		return d(rs[0])
	case len(rs) == 2 && rs[0] == '十' && d(rs[1]) > 0:
		return 10 + d(rs[1])
	case len(rs) == 2 && rs[1] == '十' && d(rs[0]) > 1:
		return d(rs[0]) * 10
	case len(rs) == 3 && rs[1] == '十' && d(rs[0]) > 1 && d(rs[2]) > 0:
		return d(rs[0])*10 + d(rs[2])
	}
	return 0
}

type textClaim struct {
	p    *parser.Paragraph
	text string
	n    float64
	lo   int
	hi   int
}

func checkTextTable(r *parser.Report, _ *Context) []Finding {
	var fs []Finding
	secs := sectionOf(r)
	t3, t4 := r.Table3, r.Table4
	total := func(row *parser.Table3Row) (float64, bool) {
		if row == nil || !row.Total.Filled() {
			return 0, false
		}
		return row.Total.Value, true
	}
	reported := map[string]bool{}
	y := reportYear(r)
	// A total that fails the table's own arithmetic is not held against the narrative:
	// the text may well be right, and the arithmetic rule already points at the table.
	var suspect map[[2]string]bool
	if t3 != nil {
		suspect = analyseTable3(r).suspect
	}
	t4bad := map[string]bool{}
	if t4 != nil {
		for _, f := range checkTable4Sum(r, nil) {
			t4bad[f.Where.Row] = true
		}
	}
	emit := func(kind string, c textClaim, table, row, col string, expected float64, alt string, zhWhat, enWhat string) {
		if reported[kind] {
			return
		}
		if table == parser.KeyTable3 && suspect[[2]string{row, col}] {
			return
		}
		if table == parser.KeyTable4 && (t4bad[row] || (row == "litigation_direct" && t4bad["litigation_after_review"])) {
			return
		}
		reported[kind] = true
		fs = append(fs, Finding{
			Where:    parser.Where{Section: secs[c.p], Table: table, Row: row, Column: col, Line: c.p.Loc.N()},
			Expected: num(expected),
			Actual:   num(c.n),
			Message: Text{
				ZH: fmt.Sprintf("正文「%s」为 %s 件，与%s %s 件不符%s", snippet(c.text, c.lo, c.hi), num(c.n), zhWhat, num(expected), alt),
				EN: fmt.Sprintf("the text \"%s\" says %s, but %s is %s", snippet(c.text, c.lo, c.hi), num(c.n), enWhat, num(expected)),
			},
		})
	}
	for _, p := range r.Paragraphs {
		t := hanCounts(narrow(p.Text))
		// A 办结 figure counts only in a paragraph about requests for government information:
		// 「政务服务中心受理各类申请事项15230件，办结15230件」 is another register.
		aboutRequests := strings.Contains(t, "政府信息公开") || strings.Contains(t, "依申请公开") || strings.Contains(t, "信息公开申请")
		off := 0
		for _, s := range sentences(t) {
			base := strings.Index(t[off:], s) + off
			off = base + len(s)
			claim := func(n float64, lo, hi int) textClaim {
				return textClaim{p, t, n, base + lo, base + hi}
			}
			if t3 != nil && !mentionsAny(s, excludedTopics) && !mentionsAny(s, scopeWords) {
				nr, okNR := total(t3.NewReceived)
				co, okCO := total(t3.CarriedOver)
				// Every pattern below needs a literal word (申请, 结转, 行政复议/行政诉讼): a
				// sentence or clause without it is skipped before any regexp runs (issue 6:
				// the narrative checks were a third of rules.Run).
				hasRequest, hasCarry := strings.Contains(s, "申请"), strings.Contains(s, "结转")
				if okNR && hasRequest {
					for _, m := range reReceived().FindAllStringSubmatchIndex(s, -1) {
						span := s[m[0]:m[1]]
						if !strings.Contains(span, "公开") || mentionsAny(s[m[2]:m[3]], breakdownWords) || byChannel(s, m[0]) || partOfBreakdown(s, m[0]) || aboutOtherYear(s, m[0], y) {
							continue
						}
						n, _ := strconv.ParseFloat(s[m[4]:m[5]], 64)
						if n == nr || (okCO && n == nr+co) {
							continue
						}
						emit("received", claim(n, m[0], m[1]), parser.KeyTable3, "new_received", "total", nr, "（表三「一、本年新收政府信息公开申请数量」总计）", "表三", "Table 3 I (new requests) total")
					}
					for _, m := range reReceivedFirst().FindAllStringSubmatchIndex(s, -1) {
						if negated(s[:m[0]]) || !strings.Contains(s[m[4]:m[5]], "公开") || mentionsAny(s[m[4]:m[5]], breakdownWords) || byChannel(s, m[0]) || partOfBreakdown(s, m[0]) || aboutOtherYear(s, m[0], y) {
							continue
						}
						n, _ := strconv.ParseFloat(s[m[2]:m[3]], 64)
						if n == nr || (okCO && n == nr+co) {
							continue
						}
						emit("received", claim(n, m[0], m[1]), parser.KeyTable3, "new_received", "total", nr, "（表三「一、本年新收政府信息公开申请数量」总计）", "表三", "Table 3 I (new requests) total")
					}
					for _, m := range reNoReceived().FindAllStringSubmatchIndex(s, -1) {
						// The clause, not only the match: 「未收到申请人提出的依申请公开申请」.
						span := s[m[0]:]
						if k := strings.IndexAny(span, "，,"); k >= 0 {
							span = span[:k]
						}
						if (!strings.Contains(span, "公开") && !strings.Contains(span, "依申请")) || aboutOtherYear(s, m[0], y) {
							continue
						}
						if nr != 0 {
							emit("received", claim(0, m[0], m[1]), parser.KeyTable3, "new_received", "total", nr, "（表三「一、本年新收政府信息公开申请数量」总计）", "表三", "Table 3 I (new requests) total")
						}
					}
				}
				if strings.Contains(s, "申请") && aboutRequests {
					if tp, ok := total(t3.TotalProcessed); ok {
						for _, m := range reDone().FindAllStringSubmatchIndex(s, -1) {
							if partOfBreakdown(s, m[0]) || aboutOtherYear(s, m[0], y) {
								continue
							}
							n, _ := strconv.ParseFloat(s[m[4]:m[5]], 64)
							// 「按期办结47件，延期办结1件」: on time or late is a part of （七）;
							// it can fall short of the total, not exceed it.
							if n < tp && mentionsAny(lastClause(s[:m[0]]), doneQualifiers) {
								continue
							}
							if n != tp {
								emit("done", claim(n, m[0], m[1]), parser.KeyTable3, "total_processed", "total", tp, "（表三「（七）总计」）", "表三", "Table 3 (7) total")
							}
						}
					}
				}
				var carries, carriesAfter [][]int
				if hasCarry {
					carries = reCarry().FindAllStringSubmatchIndex(s, -1)
					carriesAfter = reCarryAfter().FindAllStringSubmatchIndex(s, -1)
				}
				for _, m := range carries {
					if partOfBreakdown(s, m[0]) {
						continue
					}
					n, _ := strconv.ParseFloat(s[m[4]:m[5]], 64)
					if m[2] >= 0 && s[m[2]] >= '0' && s[m[2]] <= '9' {
						continue // 「2022年结转的」: which way it goes depends on the year; leave it
					}
					if m[2] >= 0 { // 上年结转
						if okCO && n != co {
							emit("carried_over", claim(n, m[0], m[1]), parser.KeyTable3, "carried_over", "total", co, "（表三「二、上年结转政府信息公开申请数量」总计）", "表三", "Table 3 II (carried over) total")
						}
						continue
					}
					if cf, ok := total(t3.CarriedForward); ok && n != cf {
						emit("carried_forward", claim(n, m[0], m[1]), parser.KeyTable3, "carried_forward", "total", cf, "（表三「四、结转下年度继续办理」总计）", "表三", "Table 3 IV (carried forward) total")
					}
				}
				for _, m := range carriesAfter {
					if aboutOtherYear(s, m[0], y) {
						continue
					}
					n, _ := strconv.ParseFloat(s[m[2]:m[3]], 64)
					if cf, ok := total(t3.CarriedForward); ok && n != cf {
						emit("carried_forward", claim(n, m[0], m[1]), parser.KeyTable3, "carried_forward", "total", cf, "（表三「四、结转下年度继续办理」总计）", "表三", "Table 3 IV (carried forward) total")
					}
				}
			}
			if t4 != nil && !mentionsAny(s, scopeWords) {
				rev, okRev := t4.Review.Total.Value, t4.Review.Total.Filled()
				lit, okLit := t4.LitigationDirect.Total.Value+t4.LitigationAfterReview.Total.Value,
					t4.LitigationDirect.Total.Filled() && t4.LitigationAfterReview.Total.Filled()
				for _, clause := range strings.FieldsFunc(s, func(r rune) bool { return r == '，' || r == ',' }) {
					if !strings.Contains(clause, "行政复议") && !strings.Contains(clause, "行政诉讼") {
						continue // nothing below can match or emit without one of them
					}
					cb := strings.Index(s, clause)
					if aboutOtherYear(s, cb+len(clause), y) {
						continue
					}
					if loc := reNoCases().FindStringIndex(clause); loc != nil {
						rest := clause[loc[0]:] // with the match: 「无行政复议」 names it in the match
						if reOutcome().MatchString(rest) {
							continue
						}
						if okRev && strings.Contains(rest, "行政复议") && rev != 0 {
							emit("review", claim(0, cb, cb+len(clause)), parser.KeyTable4, "review", "total", rev, "（表四「行政复议」总计）", "表四", "Table 4 review total")
						}
						if okLit && strings.Contains(rest, "行政诉讼") && lit != 0 {
							emit("litigation", claim(0, cb, cb+len(clause)), parser.KeyTable4, "litigation_direct", "total", lit, "（表四「行政诉讼」两栏总计之和）", "表四", "Table 4 litigation totals")
						}
						continue
					}
					if okRev {
						for _, m := range reReview().FindAllStringSubmatchIndex(clause, -1) {
							if !againstThisBody(secs[p], s[:cb+m[0]], clause[:m[0]]) {
								continue
							}
							n, _ := strconv.ParseFloat(clause[m[2]:m[3]], 64)
							if n != rev {
								emit("review", claim(n, cb+m[0], cb+m[1]), parser.KeyTable4, "review", "total", rev, "（表四「行政复议」总计）", "表四", "Table 4 review total")
							}
						}
					}
					if okLit {
						for _, m := range reLitigation().FindAllStringSubmatchIndex(clause, -1) {
							if !againstThisBody(secs[p], s[:cb+m[0]], clause[:m[0]]) {
								continue
							}
							n, _ := strconv.ParseFloat(clause[m[2]:m[3]], 64)
							if n != lit {
								emit("litigation", claim(n, cb+m[0], cb+m[1]), parser.KeyTable4, "litigation_direct", "total", lit, "（表四「行政诉讼」两栏总计之和）", "表四", "Table 4 litigation totals")
							}
						}
					}
				}
			}
		}
	}
	return fs
}

func checkTextSum(r *parser.Report, _ *Context) []Finding {
	var fs []Finding
	secs := sectionOf(r)
	for _, p := range r.Paragraphs {
		t := narrow(p.Text)
		for _, s := range sentences(t) {
			heads := reSumHead().FindAllStringSubmatchIndex(s, -1)
			heads = append(heads, reSumHeadCmp().FindAllStringSubmatchIndex(s, -1)...)
			for _, h := range heads {
				total, _ := strconv.ParseFloat(s[h[2]:h[3]], 64)
				unit := s[h[4]:h[5]]
				rest := reParens().ReplaceAllString(s[h[1]:], "")
				var parts []float64
				var labels []string
				// open: the list says it is not complete (「……等」, 「主要包括」, 「另有……」),
				// so parts falling short of the total are no slip.
				open := false
				for _, clause := range strings.FieldsFunc(rest, func(r rune) bool { return strings.ContainsRune("，,、", r) }) {
					m := reSumPart().FindStringSubmatch(clause)
					if m == nil || m[3] != unit || reNotAPart().MatchString(m[1]) {
						if strings.Contains(clause, "其中") {
							break
						}
						if len(parts) > 0 && reOpenList().MatchString(clause) {
							open = true
						}
						if reVaguePart().MatchString(clause) && !reNotAPart().MatchString(clause) {
							open = true
						}
						continue
					}
					if reOpenList().MatchString(m[1]) || strings.HasPrefix(strings.TrimSpace(clause[len(m[0]):]), "等") {
						open = true
					}
					v, _ := strconv.ParseFloat(m[2], 64)
					parts = append(parts, v)
					labels = append(labels, strings.TrimSpace(m[1])+m[2]+unit)
				}
				if len(parts) < 2 {
					continue
				}
				var sum float64
				for _, v := range parts {
					sum += v
				}
				gap := total - sum
				if gap == 0 || (gap > 0 && (open || gap > math.Max(1, total*0.05))) {
					continue
				}
				fs = append(fs, Finding{
					Where:    parser.Where{Section: secs[p], Line: p.Loc.N()},
					Expected: num(sum),
					Actual:   num(total),
					Message: Text{
						ZH: fmt.Sprintf("正文所述总数 %s%s 与其中各项之和不符：%s，合计 %s%s", num(total), unit, strings.Join(labels, "＋"), num(sum), unit),
						EN: fmt.Sprintf("the stated total %s does not equal its parts: \"%s\" = %s", num(total), strings.Join(labels, "\" + \""), num(sum)),
					},
				})
			}
		}
	}
	return fs
}

var emptyWords = map[string]bool{"": true, "无": true, "暂无": true, "没有": true, "无问题": true, "无其他需要报告的事项": true, "无需要报告的事项": true, "本年度无": true}

func checkSectionEmpty(r *parser.Report, _ *Context) []Finding {
	var fs []Finding
	if s := section(r, 5); s != nil {
		if body := stripPunct(narrow(sectionText(s))); emptyWords[body] {
			fs = append(fs, Finding{
				Where:  parser.Where{Section: 5, Line: s.Loc.N()},
				Actual: body,
				Message: Text{
					ZH: "第五部分「存在的主要问题及改进情况」为空或只写「无」；应如实写明存在的主要问题和改进措施",
					EN: "section V (main problems and improvements) is empty or only says \"无\" (none); state the problems and the improvements",
				},
			})
		}
	}
	if s := section(r, 6); s != nil {
		if body := stripPunct(narrow(sectionText(s))); body == "" {
			fs = append(fs, Finding{
				Where: parser.Where{Section: 6, Line: s.Loc.N()},
				Message: Text{
					ZH: "第六部分「其他需要报告的事项」为空；没有其他事项也应写明，2021年度起应说明信息处理费收取情况",
					EN: "section VI (other matters) is empty; say so when there is nothing, and from 2021 state the information processing fees",
				},
			})
		}
	}
	return fs
}

func checkFeeStatement(r *parser.Report, _ *Context) []Finding {
	if r.Year < 2021 {
		return nil
	}
	s := section(r, 6)
	if s == nil {
		return nil // section-missing says it
	}
	if reFee().MatchString(sectionText(s)) {
		return nil
	}
	for _, p := range r.Paragraphs {
		if reFeeStatement().MatchString(p.Text) {
			return nil
		}
	}
	extra := ""
	if t := r.Table3; t != nil && t.OtherNoFee != nil && t.OtherNoFee.Total.Filled() && t.OtherNoFee.Total.Value > 0 {
		extra = fmt.Sprintf("；表三（六）2 显示有 %s 件因逾期未缴费不再处理，说明本年度发出过收费通知", num(t.OtherNoFee.Total.Value))
	}
	return []Finding{{
		Where: parser.Where{Section: 6, Line: s.Loc.N()},
		Message: Text{
			ZH: fmt.Sprintf("%d年度报告第六部分未说明信息处理费的收取情况（国办函〔2020〕109号）%s；没有收费也应写明「本年度未收取信息处理费」", r.Year, extra),
			EN: fmt.Sprintf("section VI of the report for %d does not state the information processing fees (国办函〔2020〕109号); if none were charged, say so", r.Year),
		},
	}}
}

var idWeights = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

// validResidentID checks an 18-character resident ID: province code, birth date and the
// ISO 7064 MOD 11-2 check character (GB 11643).
func validResidentID(s string) bool {
	if len(s) != 18 {
		return false
	}
	sum := 0
	for i := 0; i < 17; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
		sum += int(s[i]-'0') * idWeights[i]
	}
	check := "10X98765432"[sum%11]
	last := s[17]
	if last == 'x' {
		last = 'X'
	}
	if last != check {
		return false
	}
	prov, _ := strconv.Atoi(s[:2])
	if prov < 11 || prov > 82 {
		return false
	}
	y, _ := strconv.Atoi(s[6:10])
	m, _ := strconv.Atoi(s[10:12])
	d, _ := strconv.Atoi(s[12:14])
	return y >= 1900 && y <= 2100 && validDate(y, m, d)
}

func checkPersonalData(r *parser.Report, _ *Context) []Finding {
	var fs []Finding
	secs := sectionOf(r)
	for _, p := range r.Paragraphs {
		t := narrow(p.Text)
		urls := reURL().FindAllStringIndex(t, -1)
		for _, loc := range reDigits().FindAllStringIndex(t, -1) {
			tok := t[loc[0]:loc[1]]
			if partOfLargerNumber(t, loc[0], loc[1]) || inSpans(urls, loc[0]) {
				continue
			}
			switch {
			case len(tok) == 18 && validResidentID(tok):
				masked := tok[:6] + "********" + tok[14:]
				fs = append(fs, Finding{
					Where:  parser.Where{Section: secs[p], Line: p.Loc.N()},
					Actual: masked,
					Message: Text{
						ZH: fmt.Sprintf("正文含有居民身份证号码 %s，属于个人信息，不得公开", masked),
						EN: fmt.Sprintf("the text holds a resident ID number %s; personal data must not be published", masked),
					},
				})
			case len(tok) == 11 && tok[0] == '1' && tok[1] >= '3' && tok[1] <= '9' && !afterTableLabel(t[:loc[0]]):
				masked := tok[:3] + "****" + tok[7:]
				fs = append(fs, Finding{
					Where:  parser.Where{Section: secs[p], Line: p.Loc.N()},
					Actual: masked,
					Message: Text{
						ZH: fmt.Sprintf("正文含有手机号码 %s；如为个人号码应删除，联系方式请使用办公电话", masked),
						EN: fmt.Sprintf("the text holds a mobile number %s; remove it if personal, give an office number instead", masked),
					},
				})
			}
		}
	}
	return fs
}

// partOfLargerNumber tells a number glued to a decimal point or a unit (「13575394432.52元」,
// a run-together table row) from a phone or ID number standing on its own.
// reURL is a web address: the article numbers of government sites
// (「…/content/15912345678.html」) are not phone numbers.
var reURL = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)(?:https?://|www\.)[0-9a-z\-._~:/?#@!$&'*+,;=%]+|[0-9a-z\-.]+\.(?:gov|com|net|org)\.cn[0-9a-z\-._~:/?#@!$&'*+,;=%]*`)
})

func inSpans(spans [][]int, i int) bool {
	for _, s := range spans {
		if i >= s[0] && i < s[1] {
			return true
		}
	}
	return false
}

func partOfLargerNumber(t string, lo, hi int) bool {
	alnum := func(c byte) bool { return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' }
	if lo > 0 {
		if c := t[lo-1]; c == '.' || c == ',' || c == '-' || alnum(c) {
			return true
		}
	}
	rest := t[hi:]
	if len(rest) > 0 && alnum(rest[0]) {
		return true
	}
	if len(rest) > 1 && (rest[0] == '.' || rest[0] == ',') && rest[1] >= '0' && rest[1] <= '9' {
		return true
	}
	for _, u := range []string{"元", "万", "件", "条", "个", "次", "%", "％", "份", "人", "年"} {
		if strings.HasPrefix(rest, u) {
			return true
		}
	}
	return false
}

// tableLabelEnds are the last words of 表二/表三/表四 labels: a copied web page runs a row's
// cells together (「行政许可13812345678」), which must not pass for a phone number.
var tableLabelEnds = []string{"数量", "总计", "件数", "文件", "规章", "许可", "处罚", "强制", "收费", "采购", "公开", "处理",
	"其他", "机构", "企业", "组织", "自然人", "维持", "纠正", "结果", "审结", "办理", "金额", "万元", "）"}

func afterTableLabel(before string) bool {
	before = strings.TrimRight(before, " \t\u3000")
	for _, w := range tableLabelEnds {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}
