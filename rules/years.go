package rules

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// Rules across two consecutive years of the same issuer, run by the batch (lint) through
// CheckAcrossYears on the YearFacts it kept.

var (
	reIssuerNoise = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`\d{4}年度?|政府信息公开工作年度报告|政府信息公开年度报告|年度报告|关于|的$`)
	})
	reIssuerPunct = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`[\s　·•．.,，、（）()《》“”"'「」【】\[\]-]`)
	})
)

// NormalizeIssuer makes a key under which the same body's reports of several years meet:
// full-width folded, spaces and punctuation removed, years and the report's title words
// dropped, 人民政府 and 政府 made one.
func NormalizeIssuer(name string) string {
	n := width.Narrow.String(name)
	n = reIssuerPunct().ReplaceAllString(n, "")
	n = reIssuerNoise().ReplaceAllString(n, "")
	n = strings.ReplaceAll(n, "人民政府", "政府")
	return innermostGovernment(n)
}

// reLocalGovernment is a local government or street office named by its own place alone:
// 连生乡政府, 古城街道办事处, 宿城区政府.
var reLocalGovernment = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\p{Han}{1,8}?(?:乡|镇|街道|苏木|县|区|市|旗)(?:政府|办事处)$`)
})

// placeUnits end the name of a higher-level place in front of a local government's own
// name (绥滨县 in 绥滨县连生乡政府).
var placeUnits = []string{"省", "自治区", "市", "自治州", "州", "盟", "地区", "县", "区", "旗"}

// innermostGovernment drops the higher-level places in front of a local government's own
// name: a township signs 「连生乡人民政府」 one year and titles 「绥滨县连生乡人民政府」 the
// next, and both are one body. Departments keep their prefix (宿迁市财政局 and 泗洪县财政局
// are different bodies, and 财政局 alone names none).
func innermostGovernment(n string) string {
	if !strings.HasSuffix(n, "政府") && !strings.HasSuffix(n, "办事处") {
		return n
	}
	best := n
	for i := range n {
		if i == 0 {
			continue
		}
		head, tail := n[:i], n[i:]
		if utf8.RuneCountInString(tail) < 4 || !reLocalGovernment().MatchString(tail) {
			continue
		}
		for _, u := range placeUnits {
			if strings.HasSuffix(head, u) {
				best = tail
				break
			}
		}
	}
	return best
}

// Facts keeps what CheckAcrossYears needs of a report.
func Facts(r *parser.Report) *YearFacts {
	if r == nil {
		return nil
	}
	f := &YearFacts{File: r.File, Issuer: issuerName(r), Year: r.Year, Table2: r.Table2}
	f.Key = NormalizeIssuer(f.Issuer)
	if r.Table3 != nil {
		f.CarriedOver = r.Table3.CarriedOver
		f.CarriedForward = r.Table3.CarriedForward
	}
	return f
}

func acrossYearRules() []*Rule {
	return []*Rule{
		{
			ID: "carryover-mismatch", Severity: Warning,
			Summary: Text{"本年「二、上年结转」与上一年报告「四、结转下年度继续办理」不符", "二 ≠ last year's 四, per column"},
			Doc: Text{
				ZH: "同一机关相邻两年的报告：本年表三「二、上年结转政府信息公开申请数量」每一列应等于上一年表三「四、结转下年度继续办理」的同一列。批量检查一个文件夹时，按规范化后的机关名称（而非文件名）配对相邻年度。\n依据：表三勾稽关系（国办公开办函〔2021〕30号）在年度之间的延续：上年结转到下年的申请，就是下年的上年结转。\n修改：核对两年的台账，改正填错的一方。",
				EN: "For one issuer's consecutive reports: each column of this year's Table 3 II (carried over) must equal last year's IV (carried forward). In a batch, reports are paired by normalised issuer name, not file name.\nBasis: the Table 3 balance of 国办公开办函〔2021〕30号 continued across years.\nFix: check both years' registers and correct the wrong one.",
			},
		},
		{
			ID: "stock-continuity", Severity: Note,
			Summary: Text{"现行有效件数与上一年不衔接", "现行有效件数 does not follow from last year's"},
			Doc: Text{
				ZH: "同一机关相邻两年的2021年格式报告：表二规章、行政规范性文件的现行有效件数(本年) 一般应等于 现行有效件数(上年) + 本年制发件数 − 本年废止件数。文件到期自然失效也会打破这一关系，所以只作提示。\n依据：国办公开办函〔2021〕30号表二各栏的含义。\n修改：核对文件清理台账；如因到期失效等原因不衔接，可在正文中说明。",
				EN: "For one issuer's consecutive 2021-layout reports: Table 2 in force (this year) should equal in force (last year) + issued − repealed, for regulations and normative documents. Documents expiring on their own break it, hence a note.\nBasis: the meaning of Table 2's columns in 国办公开办函〔2021〕30号.\nFix: check the document register; explain expiries in the text.",
			},
		},
	}
}

// CheckAcrossYears compares two reports of the same issuer for consecutive years (prev for
// Y−1, cur for Y); it returns nothing when they are not such a pair.
func CheckAcrossYears(prev, cur *YearFacts, ctx *Context, cfg *Config) []Finding {
	if prev == nil || cur == nil || prev.Key == "" || prev.Key != cur.Key || prev.Year == 0 || cur.Year != prev.Year+1 {
		return nil
	}
	var out []Finding
	out = append(out, finish("carryover-mismatch", carryover(prev, cur), cfg)...)
	out = append(out, finish("stock-continuity", stock(prev, cur), cfg)...)
	sortFindings(out)
	return out
}

func carryover(prev, cur *YearFacts) []Finding {
	if prev.CarriedForward == nil || cur.CarriedOver == nil {
		return nil
	}
	pc, cc := prev.CarriedForward.Cells(), cur.CarriedOver.Cells()
	var zh, en []string
	first := -1
	for i, col := range parser.Table3Columns {
		if !pc[i].Filled() || !cc[i].Filled() || pc[i].Value == cc[i].Value {
			continue
		}
		if first < 0 || col == "total" {
			first = i
		}
		zh = append(zh, fmt.Sprintf("%s列 应为 %s，实为 %s", table3ColZH[col], num(pc[i].Value), num(cc[i].Value)))
		en = append(en, fmt.Sprintf("%s expected %s, actual %s", table3ColEN[col], num(pc[i].Value), num(cc[i].Value)))
	}
	if first < 0 {
		return nil
	}
	col := parser.Table3Columns[first]
	return []Finding{{
		Where:    figureWhere(cc[first], 3, parser.KeyTable3, "carried_over", col, cur.CarriedOver.Loc),
		Expected: num(pc[first].Value),
		Actual:   num(cc[first].Value),
		Message: Text{
			ZH: fmt.Sprintf("表三「二、上年结转政府信息公开申请数量」应等于%d年报告（%s）「四、结转下年度继续办理」：%s", prev.Year, prev.File, strings.Join(zh, "；")),
			EN: fmt.Sprintf("Table 3 II (carried over) should equal IV (carried forward) of the %d report (%s): %s", prev.Year, prev.File, strings.Join(en, "; ")),
		},
	}}
}

func stock(prev, cur *YearFacts) []Finding {
	if prev.Table2 == nil || cur.Table2 == nil || prev.Table2.V2021 == nil || cur.Table2.V2021 == nil {
		return nil
	}
	var fs []Finding
	for _, row := range []struct {
		key, zh, en string
		p, c        *parser.DocCounts2021
	}{
		{"regulations", "规章", "regulations", &prev.Table2.V2021.Regulations, &cur.Table2.V2021.Regulations},
		{"normative_documents", "行政规范性文件", "normative documents", &prev.Table2.V2021.NormativeDocuments, &cur.Table2.V2021.NormativeDocuments},
	} {
		if !row.p.InForce.Filled() || !row.c.InForce.Filled() || !row.c.Issued.Filled() || !row.c.Repealed.Filled() {
			continue
		}
		want := row.p.InForce.Value + row.c.Issued.Value - row.c.Repealed.Value
		if want == row.c.InForce.Value {
			continue
		}
		fs = append(fs, Finding{
			Where:    figureWhere(&row.c.InForce, 2, parser.KeyTable2, row.key, "in_force", cur.Table2.Loc),
			Expected: num(want),
			Actual:   num(row.c.InForce.Value),
			Message: Text{
				ZH: fmt.Sprintf("表二「%s」现行有效件数 %s 与上年不衔接：%d年 %s + 本年制发 %s − 本年废止 %s = %s（到期失效等情况可在正文说明）", row.zh, num(row.c.InForce.Value), prev.Year, num(row.p.InForce.Value), num(row.c.Issued.Value), num(row.c.Repealed.Value), num(want)),
				EN: fmt.Sprintf("Table 2 %s in force %s does not follow from %d: %s + issued %s − repealed %s = %s", row.en, num(row.c.InForce.Value), prev.Year, num(row.p.InForce.Value), num(row.c.Issued.Value), num(row.c.Repealed.Value), num(want)),
			},
		})
	}
	return fs
}
