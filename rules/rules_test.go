package rules_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/govinfo-lint/govinfo-lint/parser"
	"github.com/govinfo-lint/govinfo-lint/rules"
)

var today = time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)

func ctx() *rules.Context { return &rules.Context{Today: today} }

// contractIDs is the catalogue of shared/spec/CONTRACT.md: every one must exist.
var contractIDs = map[string]rules.Severity{
	"input-unreadable": rules.Error, "section-missing": rules.Error, "section-order": rules.Warning,
	"section-heading": rules.Warning, "table-missing": rules.Error, "table-incomplete": rules.Error,
	"layout-outdated": rules.Error, "cell-not-number": rules.Error, "cell-blank": rules.Warning,
	"cell-negative": rules.Error, "cell-fraction": rules.Error, "table2-stock": rules.Warning,
	"table3-balance": rules.Error, "table3-results-sum": rules.Error, "table3-row-sum": rules.Error,
	"table3-subtotal": rules.Error, "table4-sum": rules.Error, "date-missing": rules.Warning,
	"date-invalid": rules.Error, "date-before-period-end": rules.Error, "date-late": rules.Warning,
	"date-future": rules.Warning, "year-mismatch": rules.Warning, "text-table-mismatch": rules.Warning,
	"text-sum": rules.Warning, "section-empty": rules.Warning, "fee-statement-missing": rules.Warning,
	"personal-data": rules.Error, "carryover-mismatch": rules.Warning, "stock-continuity": rules.Note,
}

// beyondContract are rules added to the catalogue (CONTRACT.md: "the floor, not the
// ceiling"), with their severities.
var beyondContract = map[string]rules.Severity{
	// crawled text whose digits run together: a note, never an alarm on a correct report.
	"cell-unreadable": rules.Note,
	// characters no report contains, left by a broken encoding conversion.
	"text-garbled": rules.Warning,
}

func TestCatalogue(t *testing.T) {
	all := rules.All()
	if len(all) != len(contractIDs)+len(beyondContract) {
		t.Errorf("catalogue has %d rules, contract %d + %d added", len(all), len(contractIDs), len(beyondContract))
	}
	for i, r := range all {
		if i > 0 && all[i-1].ID >= r.ID {
			t.Errorf("All not sorted by ID at %s", r.ID)
		}
		want, ok := contractIDs[r.ID]
		if !ok {
			want, ok = beyondContract[r.ID]
		}
		if !ok {
			t.Errorf("rule %s is not in the contract", r.ID)
			continue
		}
		if r.Severity != want {
			t.Errorf("%s: severity %v, contract %v", r.ID, r.Severity, want)
		}
		if r.Summary.ZH == "" || r.Summary.EN == "" || r.Doc.ZH == "" || r.Doc.EN == "" {
			t.Errorf("%s: summary or doc missing in a language", r.ID)
		}
		if !strings.Contains(r.Doc.ZH, "依据") || !strings.Contains(r.Doc.ZH, "修改") {
			t.Errorf("%s: Doc.ZH must give its basis (依据) and the fix (修改)", r.ID)
		}
		if rules.Lookup(r.ID) != r {
			t.Errorf("Lookup(%s) does not return the catalogue's value", r.ID)
		}
	}
	if rules.Lookup("no-such-rule") != nil {
		t.Error("Lookup of an unknown ID must be nil")
	}
}

func TestCorrectReportsRaiseNothing(t *testing.T) {
	for name, r := range map[string]*parser.Report{"2021": correct2021(), "2019": correct2019()} {
		if fs := rules.Run(r, ctx(), nil); len(fs) != 0 {
			for _, f := range fs {
				t.Errorf("%s: unexpected %s %s at %+v: %s", name, f.Severity, f.Rule, f.Where, f.Message.ZH)
			}
		}
	}
}

// brokenCase breaks one thing of a correct report and names the finding it must give.
type brokenCase struct {
	name   string
	base   func() *parser.Report
	break_ func(r *parser.Report)
	ctx    *rules.Context
	rule   string
	where  parser.Where
	exp    string
	act    string
	count  int // findings of that rule; 0 means 1
	only   bool
}

func fill(f *parser.Figure, v float64) { f.Value, f.Raw, f.State = v, fmt.Sprint(v), parser.Filled }

func TestEachRuleBroken(t *testing.T) {
	cases := []brokenCase{
		{name: "section five missing", rule: "section-missing", break_: func(r *parser.Report) { r.Sections = append(r.Sections[:4], r.Sections[5]) },
			where: parser.Where{Section: 5}, exp: "五、存在的主要问题及改进情况", only: true},
		{name: "sections swapped", rule: "section-order", break_: func(r *parser.Report) { r.Sections[1], r.Sections[2] = r.Sections[2], r.Sections[1] },
			where: parser.Where{Section: 2, Line: r21().Sections[1].Loc.Line}, act: "二、主动公开政府信息情况", only: true},
		{name: "section duplicated", rule: "section-order", break_: func(r *parser.Report) {
			dup := r.Sections[3]
			dup.Loc = parser.Loc{Line: 500}
			r.Sections = append(r.Sections, dup)
		}, where: parser.Where{Section: 4, Line: 500}, act: "四、政府信息公开行政复议、行政诉讼情况", only: true},
		{name: "改正情况", rule: "section-heading", break_: func(r *parser.Report) {
			r.Sections[4].Heading, r.Sections[4].Standard = "五、存在的主要问题及改正情况", false
		}, where: parser.Where{Section: 5, Line: r21().Sections[4].Loc.Line}, exp: "五、存在的主要问题及改进情况", act: "五、存在的主要问题及改正情况", only: true},
		{name: "no 表四", rule: "table-missing", break_: func(r *parser.Report) { r.Table4 = nil },
			where: parser.Where{Section: 4, Table: "table4"}},
		{name: "（六）2 row lost", rule: "table-incomplete", break_: func(r *parser.Report) { r.Table3.OtherNoFee = nil },
			where: parser.Where{Section: 3, Table: "table3", Row: "other_no_fee", Line: r21().Table3.Loc.Line}, act: "1", only: true},
		{name: "a row's figures lost", rule: "table-incomplete", break_: func(r *parser.Report) {
			for _, c := range r.Table3.Granted.Cells() {
				*c = parser.Figure{}
			}
		}, where: parser.Where{Section: 3, Table: "table3", Row: "granted", Line: r21().Table3.Granted.Loc.Line}, act: "1", only: true},
		{name: "2019 label in 2023", rule: "layout-outdated", break_: func(r *parser.Report) {
			r.LayoutLabels = append(r.LayoutLabels, parser.LayoutLabel{Label: "本年新制作数量", Layout: parser.Layout2019, Where: parser.Where{Section: 2, Table: "table2", Line: 7}})
		}, where: parser.Where{Section: 2, Table: "table2", Line: 7}, exp: "2021", act: "2019", only: true},
		{name: "2019 layout for 2021", rule: "layout-outdated", base: correct2019, break_: func(r *parser.Report) {
			r.Year, r.TitleYear, r.PeriodYear = 2021, 2021, 2021
			r.Period.From, r.Period.To = "2021-01-01", "2021-12-31"
			r.Signature.Year, r.Signature.Date = 2022, "2022-03-20"
			r.Sections[5].Paragraphs[0].Text = "本年度未收取信息处理费。"
			r.Sections[0].Paragraphs[0].Text = "2021年，县政府主动公开政府信息1200条。全年共收到政府信息公开申请12件。"
			r.Sections[3].Paragraphs[0].Text = "2021年，未发生政府信息公开行政复议、行政诉讼案件。"
		}, where: parser.Where{Section: 2, Table: "table2"}, exp: "2021", act: "2019", only: true},
		{name: "layouts mixed in 2020", rule: "layout-outdated", base: correct2019, break_: func(r *parser.Report) {
			r.LayoutLabels = append(r.LayoutLabels, parser.LayoutLabel{Label: "本年制发件数", Layout: parser.Layout2021, Where: parser.Where{Section: 2, Table: "table2", Line: 9}})
		}, where: parser.Where{Section: 2, Table: "table2"}, only: true},
		{name: "若干", rule: "cell-not-number", break_: func(r *parser.Report) {
			f := &r.Table2.V2021.Licensing.Decisions
			f.State, f.Raw, f.Value = parser.NotNumber, "若干", 0
		}, where: parser.Where{Section: 2, Table: "table2", Row: "licensing", Column: "decisions", Line: r21().Table2.V2021.Licensing.Decisions.Where.Line}, act: "若干", only: true},
		{name: "blank research cell", rule: "cell-blank", break_: func(r *parser.Report) {
			f := &r.Table3.NewReceived.Research
			f.State, f.Raw = parser.Blank, "/"
		}, where: parser.Where{Section: 3, Table: "table3", Row: "new_received", Column: "research", Line: r21().Table3.NewReceived.Research.Where.Line}, exp: "0", act: "/", only: true},
		{name: "negative punishment", rule: "cell-negative", break_: func(r *parser.Report) { fill(&r.Table2.V2021.Punishment.Decisions, -1) },
			where: parser.Where{Section: 2, Table: "table2", Row: "punishment", Column: "decisions", Line: r21().Table2.V2021.Punishment.Decisions.Where.Line}, act: "-1", only: true},
		{name: "fraction coercion", rule: "cell-fraction", break_: func(r *parser.Report) { fill(&r.Table2.V2021.Coercion.Decisions, 1.5) },
			where: parser.Where{Section: 2, Table: "table2", Row: "coercion", Column: "decisions", Line: r21().Table2.V2021.Coercion.Decisions.Where.Line}, exp: "2", act: "1.5", only: true},
		{name: "fraction in 表三 folds its sums", rule: "cell-fraction", break_: func(r *parser.Report) { fill(&r.Table3.UnableNotHeld.NaturalPerson, 1.5) },
			where: parser.Where{Section: 3, Table: "table3", Row: "unable_not_held", Column: "natural_person", Line: r21().Table3.UnableNotHeld.NaturalPerson.Where.Line}, exp: "2", act: "1.5", only: true},
		{name: "negative in 表三 folds its sums", rule: "cell-negative", break_: func(r *parser.Report) { fill(&r.Table3.UnableNotHeld.Commercial, -1) },
			where: parser.Where{Section: 3, Table: "table3", Row: "unable_not_held", Column: "commercial", Line: r21().Table3.UnableNotHeld.Commercial.Where.Line}, exp: "1", act: "-1", only: true},
		{name: "issued over stock", rule: "table2-stock", break_: func(r *parser.Report) { fill(&r.Table2.V2021.NormativeDocuments.InForce, 1) },
			where: parser.Where{Section: 2, Table: "table2", Row: "normative_documents", Column: "in_force", Line: r21().Table2.V2021.NormativeDocuments.InForce.Where.Line}, exp: "≥ 2", act: "1", only: true},
		{name: "2019 published over total", rule: "table2-stock", base: correct2019, break_: func(r *parser.Report) { fill(&r.Table2.V2019.NormativeDocuments.TotalPublic, 4) },
			where: parser.Where{Section: 2, Table: "table2", Row: "normative_documents", Column: "total_public", Line: r19().Table2.V2019.NormativeDocuments.TotalPublic.Where.Line}, exp: "≥ 5", act: "4", only: true},
		{name: "balance: 四 wrong in a row that still adds up", rule: "table3-balance", break_: func(r *parser.Report) {
			fill(&r.Table3.CarriedForward.NaturalPerson, 2)
			fill(&r.Table3.CarriedForward.Total, 2)
		}, where: parser.Where{Section: 3, Table: "table3", Row: "new_received", Column: "natural_person", Line: r21().Table3.NewReceived.NaturalPerson.Where.Line}, exp: "13", act: "12", count: 2, only: true},
		{name: "balance: one wrong cell of 一 is the culprit", rule: "table3-balance", break_: func(r *parser.Report) { fill(&r.Table3.NewReceived.NaturalPerson, 11) },
			where: parser.Where{Section: 3, Table: "table3", Row: "new_received", Column: "natural_person", Line: r21().Table3.NewReceived.NaturalPerson.Where.Line}, exp: "10", act: "11", only: true},
		{name: "results: a result row wrong that still adds up", rule: "table3-results-sum", break_: func(r *parser.Report) {
			fill(&r.Table3.Granted.NaturalPerson, 9)
			fill(&r.Table3.Granted.Total, 10)
		}, where: parser.Where{Section: 3, Table: "table3", Row: "total_processed", Column: "natural_person", Line: r21().Table3.TotalProcessed.NaturalPerson.Where.Line}, exp: "12", act: "11", count: 2, only: true},
		{name: "results: one wrong result cell is the culprit", rule: "table3-results-sum", break_: func(r *parser.Report) { fill(&r.Table3.Granted.NaturalPerson, 7) },
			where: parser.Where{Section: 3, Table: "table3", Row: "granted", Column: "natural_person", Line: r21().Table3.Granted.NaturalPerson.Where.Line}, exp: "8", act: "7", only: true},
		{name: "row sum: a printed total wrong is the culprit", rule: "table3-row-sum", break_: func(r *parser.Report) { fill(&r.Table3.NewReceived.Total, 13) },
			where: parser.Where{Section: 3, Table: "table3", Row: "new_received", Column: "total", Line: r21().Table3.NewReceived.Total.Where.Line}, exp: "12", act: "13", only: true},
		{name: "row sum: two rows that keep their column sums", rule: "table3-row-sum", break_: func(r *parser.Report) {
			fill(&r.Table3.Granted.NaturalPerson, 9)
			fill(&r.Table3.PartiallyGranted.NaturalPerson, 0)
		}, where: parser.Where{Section: 3, Table: "table3", Row: "granted", Column: "total", Line: r21().Table3.Granted.Total.Where.Line}, exp: "10", act: "9", count: 2, only: true},
		{name: "subtotal row added and wrong", rule: "table3-subtotal", break_: func(r *parser.Report) {
			var vs []*parser.Figure
			for _, v := range []float64{2, 1, 0, 0, 0, 0, 4} {
				vs = append(vs, &parser.Figure{Raw: fmt.Sprint(v), Value: v, State: parser.Filled})
			}
			r.ExtraRows = append(r.ExtraRows, parser.ExtraRow{Table: "table3", Label: "无法提供小计", Values: vs, Where: parser.Where{Table: "table3", Line: 99}})
		}, where: parser.Where{Section: 3, Table: "table3", Column: "total", Line: 99}, exp: "3", act: "4", only: true},
		{name: "subtotal column added and wrong", rule: "table3-subtotal", break_: func(r *parser.Report) {
			vals := map[string]*parser.Figure{}
			for _, ref := range r.Table3.Rows() {
				if *ref.Row != nil {
					c := (*ref.Row).Cells()
					v := c[1].Value + c[2].Value + c[3].Value + c[4].Value + c[5].Value
					vals[ref.Key] = &parser.Figure{Raw: fmt.Sprint(v), Value: v, State: parser.Filled}
				}
			}
			vals["granted"].Value = 5
			r.Table3.ExtraColumns = []parser.ExtraColumn{{Label: "小计", Values: vals}}
		}, where: parser.Where{Section: 3, Table: "table3", Row: "granted", Line: r21().Table3.Granted.Loc.Line}, exp: "1", act: "5", only: true},
		{name: "表四 total", rule: "table4-sum", break_: func(r *parser.Report) { fill(&r.Table4.LitigationAfterReview.Total, 1) },
			where: parser.Where{Section: 4, Table: "table4", Row: "litigation_after_review", Column: "total", Line: r21().Table4.LitigationAfterReview.Total.Where.Line}, exp: "0", act: "1"},
		{name: "no date", rule: "date-missing", break_: func(r *parser.Report) { r.Signature = nil },
			where: parser.Where{Line: r21().Signature.Loc.Line}, only: true},
		{name: "30 February", rule: "date-invalid", break_: func(r *parser.Report) {
			r.Signature.Month, r.Signature.Day, r.Signature.Date, r.Signature.Text = 2, 30, "2024-02-30", "2024年2月30日"
		}, where: parser.Where{Line: r21().Signature.Loc.Line}, act: "2024年2月30日", only: true},
		{name: "signed in the report year", rule: "date-before-period-end", break_: func(r *parser.Report) {
			r.Signature.Year, r.Signature.Date, r.Signature.Text = 2023, "2023-01-20", "2023年1月20日"
		}, where: parser.Where{Line: r21().Signature.Loc.Line}, exp: "> 2023-12-31", act: "2023-01-20", only: true},
		{name: "department late", rule: "date-late", break_: func(r *parser.Report) {
			r.Signature.Month, r.Signature.Day, r.Signature.Date = 2, 15, "2024-02-15"
		}, where: parser.Where{Line: r21().Signature.Loc.Line}, exp: "≤ 2024-01-31", act: "2024-02-15", only: true},
		{name: "government late", rule: "date-late", base: correct2019, break_: func(r *parser.Report) {
			r.Signature.Month, r.Signature.Day, r.Signature.Date = 4, 2, "2021-04-02"
		}, exp: "≤ 2021-03-31", act: "2021-04-02", where: parser.Where{Line: r19().Signature.Loc.Line}, only: true},
		{name: "township with a local deadline", rule: "date-late", break_: func(r *parser.Report) {
			r.Issuer = "测试县连生乡人民政府"
			r.Signature.Month, r.Signature.Day, r.Signature.Date = 2, 15, "2024-02-15"
		}, ctx: &rules.Context{Today: today, DeadlineMonth: 1, DeadlineDay: 31},
			where: parser.Where{Line: r21().Signature.Loc.Line}, exp: "≤ 2024-01-31", act: "2024-02-15", only: true},
		{name: "kind override", rule: "date-late", break_: func(r *parser.Report) {
			r.Signature.Month, r.Signature.Day, r.Signature.Date = 4, 2, "2024-04-02"
		}, ctx: &rules.Context{Today: today, IssuerKind: "government"},
			where: parser.Where{Line: r21().Signature.Loc.Line}, exp: "≤ 2024-03-31", act: "2024-04-02", only: true},
		{name: "future", rule: "date-future", break_: func(r *parser.Report) {}, ctx: &rules.Context{Today: time.Date(2024, 1, 10, 15, 0, 0, 0, time.UTC)},
			where: parser.Where{Line: r21().Signature.Loc.Line}, exp: "≤ 2024-01-10", act: "2024-01-20", only: true},
		{name: "统计期限 of last year", rule: "year-mismatch", break_: func(r *parser.Report) { r.PeriodYear = 2022 },
			where: parser.Where{Line: r21().Period.Loc.Line}, exp: "2023", act: "2022", only: true},
		{name: "title of last year: dates judged by the later year", rule: "year-mismatch", break_: func(r *parser.Report) {
			r.TitleYear, r.Year = 2022, 2022
		}, where: parser.Where{Line: r21().Period.Loc.Line}, exp: "2022", act: "2023", only: true},
		{name: "body copied from last year", rule: "year-mismatch", break_: func(r *parser.Report) {
			r.Sections[0].Paragraphs[0].Text = strings.Replace(r.Sections[0].Paragraphs[0].Text, "2023年，", "2022年，", 1)
		}, where: parser.Where{Section: 1, Line: r21().Sections[0].Paragraphs[0].Loc.Line}, exp: "2023", act: "2022", only: true},
		{name: "received differs", rule: "text-table-mismatch", break_: func(r *parser.Report) {
			r.Sections[0].Paragraphs[1].Text = strings.Replace(r.Sections[0].Paragraphs[1].Text, "申请12件", "申请15件", 1)
		}, where: parser.Where{Section: 1, Table: "table3", Row: "new_received", Column: "total", Line: r21().Sections[0].Paragraphs[1].Loc.Line}, exp: "12", act: "15", only: true},
		{name: "done differs", rule: "text-table-mismatch", break_: func(r *parser.Report) {
			r.Sections[0].Paragraphs[1].Text = strings.Replace(r.Sections[0].Paragraphs[1].Text, "办结13件", "办结11件", 1)
		}, where: parser.Where{Section: 1, Table: "table3", Row: "total_processed", Column: "total", Line: r21().Sections[0].Paragraphs[1].Loc.Line}, exp: "13", act: "11", only: true},
		{name: "carried forward differs", rule: "text-table-mismatch", break_: func(r *parser.Report) {
			r.Sections[0].Paragraphs[1].Text = strings.Replace(r.Sections[0].Paragraphs[1].Text, "继续办理1件", "继续办理2件", 1)
		}, where: parser.Where{Section: 1, Table: "table3", Row: "carried_forward", Column: "total", Line: r21().Sections[0].Paragraphs[1].Loc.Line}, exp: "1", act: "2", only: true},
		{name: "review differs", rule: "text-table-mismatch", break_: func(r *parser.Report) {
			r.Sections[0].Paragraphs[2].Text = strings.Replace(r.Sections[0].Paragraphs[2].Text, "行政复议2件", "行政复议3件", 1)
		}, where: parser.Where{Section: 1, Table: "table4", Row: "review", Column: "total", Line: r21().Sections[0].Paragraphs[2].Loc.Line}, exp: "2", act: "3", only: true},
		{name: "no litigation said, table has one", rule: "text-table-mismatch", break_: func(r *parser.Report) {
			r.Sections[0].Paragraphs[2].Text = "本年度被申请行政复议2件，未发生行政诉讼案件。"
		}, where: parser.Where{Section: 1, Table: "table4", Row: "litigation_direct", Column: "total", Line: r21().Sections[0].Paragraphs[2].Loc.Line}, exp: "1", act: "0", only: true},
		{name: "parts do not add up", rule: "text-sum", break_: func(r *parser.Report) {
			r.Sections[0].Paragraphs[0].Text = strings.Replace(r.Sections[0].Paragraphs[0].Text, "53条", "54条", 1)
		}, where: parser.Where{Section: 1, Line: r21().Sections[0].Paragraphs[0].Loc.Line}, exp: "293", act: "292", only: true},
		{name: "parts a little short", rule: "text-sum", break_: func(r *parser.Report) {
			r.Sections[0].Paragraphs[0].Text = strings.Replace(r.Sections[0].Paragraphs[0].Text, "53条", "52条", 1)
		}, where: parser.Where{Section: 1, Line: r21().Sections[0].Paragraphs[0].Loc.Line}, exp: "291", act: "292", only: true},
		{name: "五 says 无", rule: "section-empty", break_: func(r *parser.Report) {
			r.Sections[4].Paragraphs = r.Sections[4].Paragraphs[:1]
			r.Sections[4].Paragraphs[0].Text = "无。"
		}, where: parser.Where{Section: 5, Line: r21().Sections[4].Loc.Line}, act: "无", only: true},
		{name: "六 says only 无", rule: "fee-statement-missing", break_: func(r *parser.Report) {
			r.Sections[5].Paragraphs[0].Text = "无其他需要报告的事项。"
		}, where: parser.Where{Section: 6, Line: r21().Sections[5].Loc.Line}, only: true},
		{name: "ID and phone", rule: "personal-data", break_: func(r *parser.Report) {
			r.Sections[4].Paragraphs[0].Text += "申请人张某（身份证号11010519491231002X，电话13812345678）"
		}, where: parser.Where{Section: 5, Line: r21().Sections[4].Paragraphs[0].Loc.Line}, act: "110105********002X", count: 2, only: true},
	}
	for _, c := range cases {
		t.Run(c.rule+"/"+c.name, func(t *testing.T) {
			base := c.base
			if base == nil {
				base = correct2021
			}
			r := base()
			c.break_(r)
			cx := c.ctx
			if cx == nil {
				cx = ctx()
			}
			fs := rules.Run(r, cx, nil)
			var got []rules.Finding
			for _, f := range fs {
				if f.Rule == c.rule {
					got = append(got, f)
				} else if c.only {
					t.Errorf("another rule fired too: %s at %+v: %s", f.Rule, f.Where, f.Message.ZH)
				}
			}
			want := c.count
			if want == 0 {
				want = 1
			}
			if len(got) != want {
				t.Fatalf("%d findings of %s, want %d; all: %v", len(got), c.rule, want, ids(fs))
			}
			f := got[0]
			if f.Severity != rules.Lookup(c.rule).Severity {
				t.Errorf("severity %v, want %v", f.Severity, rules.Lookup(c.rule).Severity)
			}
			if f.Where != c.where {
				t.Errorf("where %+v, want %+v", f.Where, c.where)
			}
			if f.Expected != c.exp || f.Actual != c.act {
				t.Errorf("expected/actual %q/%q, want %q/%q", f.Expected, f.Actual, c.exp, c.act)
			}
			if f.Message.ZH == "" || f.Message.EN == "" {
				t.Errorf("message missing a language: %+v", f.Message)
			}
		})
	}
}

func r21() *parser.Report { return correct2021() }
func r19() *parser.Report { return correct2019() }

func ids(fs []rules.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	return out
}

func TestCulpritMessageFoldsConsequences(t *testing.T) {
	r := correct2021()
	fill(&r.Table3.TotalProcessed.NaturalPerson, 12) // breaks balance, results and row sum
	fs := rules.Run(r, ctx(), nil)
	if len(fs) != 1 {
		t.Fatalf("one wrong cell gave %d findings: %v", len(fs), ids(fs))
	}
	f := fs[0]
	if f.Rule != "table3-balance" || f.Where.Row != "total_processed" || f.Where.Column != "natural_person" || f.Expected != "11" || f.Actual != "12" {
		t.Errorf("culprit finding %+v", f)
	}
	for _, want := range []string{"「（七）总计」", "自然人", "3 处", "一+二", "各项办理结果", "六类申请人"} {
		if !strings.Contains(f.Message.ZH, want) {
			t.Errorf("message lacks %q: %s", want, f.Message.ZH)
		}
	}
}

func TestBalanceMessageNamesTheRows(t *testing.T) {
	r := correct2021()
	fill(&r.Table3.CarriedForward.NaturalPerson, 2)
	fill(&r.Table3.CarriedForward.Total, 2)
	for _, f := range rules.Run(r, ctx(), nil) {
		if f.Rule != "table3-balance" {
			continue
		}
		for _, want := range []string{"「一、本年新收政府信息公开申请数量」", "一+二 应等于 （七）总计+四，应为", "四 2", "差错应在第一、二或四项"} {
			if !strings.Contains(f.Message.ZH, want) {
				t.Errorf("message lacks %q: %s", want, f.Message.ZH)
			}
		}
		return
	}
	t.Fatal("no balance finding")
}

func TestBlankCountedOnceAndAsZero(t *testing.T) {
	r := correct2021()
	for _, ref := range r.Table3.Rows() {
		if row := *ref.Row; row != nil {
			for _, c := range row.Cells()[1:6] {
				if c.Value == 0 {
					c.State, c.Raw = parser.Blank, ""
				}
			}
		}
	}
	fs := rules.Run(r, ctx(), nil)
	if len(fs) != 1 || fs[0].Rule != "cell-blank" {
		t.Fatalf("want one cell-blank finding, got %v", ids(fs))
	}
	if !strings.Contains(fs[0].Message.ZH, "有 121 个") || !strings.Contains(fs[0].Message.ZH, "科研机构 列整列") {
		t.Errorf("count missing: %s", fs[0].Message.ZH)
	}
}

func TestConfig(t *testing.T) {
	r := correct2021()
	r.Signature.Year, r.Signature.Date = 2023, "2023-01-20"
	fill(&r.Table2.V2021.Coercion.Decisions, 1.5)
	all := rules.Run(r, ctx(), nil)
	if got := ids(all); len(got) != 2 {
		t.Fatalf("want two findings, got %v", got)
	}
	fs := rules.Run(r, ctx(), &rules.Config{Disable: []string{"cell-fraction", "no-such-rule"}})
	if got := ids(fs); len(got) != 1 || got[0] != "date-before-period-end" {
		t.Errorf("disable: %v", got)
	}
	fs = rules.Run(r, ctx(), &rules.Config{Disable: []string{"cell-fraction"}, Enable: []string{"cell-fraction"}})
	if len(fs) != 2 {
		t.Errorf("enable must win over disable: %v", ids(fs))
	}
	fs = rules.Run(r, ctx(), &rules.Config{Severity: map[string]rules.Severity{"date-before-period-end": rules.Note}})
	for _, f := range fs {
		if f.Rule == "date-before-period-end" && f.Severity != rules.Note {
			t.Errorf("severity override ignored: %v", f.Severity)
		}
	}
	fs = rules.Run(r, ctx(), &rules.Config{Severity: map[string]rules.Severity{"cell-fraction": 0}})
	if len(fs) != 1 {
		t.Errorf("severity off must disable: %v", ids(fs))
	}
}

func TestSortedDeterministically(t *testing.T) {
	r := correct2021()
	r.Sections = nil
	r.Table4 = nil
	r.Signature.Year, r.Signature.Date = 2023, "2023-01-20"
	fill(&r.Table3.Granted.NaturalPerson, 9)
	fill(&r.Table3.PartiallyGranted.NaturalPerson, 0)
	a := rules.Run(r, ctx(), nil)
	for i := 0; i < 20; i++ {
		b := rules.Run(r, ctx(), nil)
		if fmt.Sprint(a) != fmt.Sprint(b) {
			t.Fatal("Run is not deterministic")
		}
	}
	for i := 1; i < len(a); i++ {
		if a[i-1].Where.Line > a[i].Where.Line {
			t.Errorf("not sorted by line at %d: %v", i, ids(a))
		}
	}
}

func TestNoFalseAlarmsInNarrative(t *testing.T) {
	for _, text := range []string{
		"2022年以来，本局持续推进政务公开。",
		"2024年，本局将进一步加强政务公开工作。",
		"与2022年相比，2023年主动公开信息增加20条。",
		"2022年，本局收到申请9件；2023年，本局收到申请12件。",
		"全年主动公开信息300条，其中政策文件20条、政策解读10条。",
		"政务服务热线办结1200件，按时办结率100%。",
		"办理人大代表建议和政协提案办结20件。",
		"2022年结转的3件申请均已办结。",
		"行政许可13812345678行政处罚0",
		"主动公开政府信息292条，其中，政务公开239条，政府微信公众号53条，另发布图片新闻12条。",
		"收到自然人提出的政府信息公开申请10件，法人或其他组织提出的申请2件。",
		"全年收到申请12件，其中通过网络收到政府信息公开申请8件，办结8件。",
		"上年结转政府信息公开申请2件。",
		"采购项目3个，金额13575394432.52元，联系电话0452-1234567。",
		"统一社会信用代码11010519491231002X1。",
	} {
		r := correct2021()
		r.Sections[0].Paragraphs[3].Text = text
		if fs := rules.Run(r, ctx(), nil); len(fs) != 0 {
			t.Errorf("%q: false alarm %v: %s", text, ids(fs), fs[0].Message.ZH)
		}
	}
}

func TestIssuerKind(t *testing.T) {
	for name, want := range map[string]string{
		"绥滨县连生乡人民政府":     rules.KindTownship,
		"连生乡人民政府":        rules.KindTownship,
		"测试区新华街道办事处":     rules.KindTownship,
		"沭阳县发展和改革局":      rules.KindDepartment,
		"测试县乡村振兴局":       rules.KindDepartment,
		"测试市人民政府办公室":     rules.KindDepartment,
		"测试县卫生健康委员会":     rules.KindDepartment,
		"淮安市洪泽区人民政府":     rules.KindGovernment,
		"福建省人民政府":        rules.KindGovernment,
		"平潭综合实验区管理委员会":   rules.KindOther,
		"沭阳县人民法院":        rules.KindOther,
		"沭阳县人民医院":        rules.KindOther,
		"宿迁市公安局宿城分局":     rules.KindDepartment,
		"国家税务总局沭阳县税务局":   rules.KindDepartment,
		"北京市东城区东华门街道办事处": rules.KindTownship,
		"阿拉善左旗人民政府":      rules.KindGovernment,
		"":               rules.KindOther,
		"某某村民委员会（测试）xx":  rules.KindOther,
	} {
		if got := rules.IssuerKind(name); got != want {
			t.Errorf("IssuerKind(%q) = %s, want %s", name, got, want)
		}
	}
}

func TestAcrossYears(t *testing.T) {
	prev, cur := correct2021(), correct2021()
	prev.Year, prev.File = 2022, "2022.docx"
	prev.Issuer = "测试县 发展和改革局"
	// last year carried forward 2 (自然人), this year says 2 carried over: consistent.
	fill(&prev.Table3.CarriedForward.NaturalPerson, 2)
	fill(&prev.Table3.CarriedForward.Total, 2)
	fill(&prev.Table2.V2021.NormativeDocuments.InForce, 10) // 10 + 3 − 1 = 12
	pf, cf := rules.Facts(prev), rules.Facts(cur)
	if pf.Key != cf.Key {
		t.Fatalf("keys differ: %q %q", pf.Key, cf.Key)
	}
	if fs := rules.CheckAcrossYears(pf, cf, ctx(), nil); len(fs) != 0 {
		t.Fatalf("consistent years raised %v", ids(fs))
	}
	fill(&prev.Table3.CarriedForward.NaturalPerson, 3)
	fill(&prev.Table3.CarriedForward.Total, 3)
	fill(&prev.Table2.V2021.NormativeDocuments.InForce, 11)
	fs := rules.CheckAcrossYears(rules.Facts(prev), cf, ctx(), nil)
	if len(fs) != 2 {
		t.Fatalf("want carryover-mismatch and stock-continuity, got %v", ids(fs))
	}
	byRule := map[string]rules.Finding{}
	for _, f := range fs {
		byRule[f.Rule] = f
	}
	co := byRule["carryover-mismatch"]
	if co.Severity != rules.Warning || co.Where.Row != "carried_over" || co.Where.Column != "total" || co.Expected != "3" || co.Actual != "2" {
		t.Errorf("carryover finding %+v", co)
	}
	st := byRule["stock-continuity"]
	if st.Severity != rules.Note || st.Where.Row != "normative_documents" || st.Where.Column != "in_force" || st.Expected != "13" || st.Actual != "12" {
		t.Errorf("stock finding %+v", st)
	}
	if fs := rules.CheckAcrossYears(rules.Facts(prev), cf, ctx(), &rules.Config{Disable: []string{"stock-continuity"}}); len(fs) != 1 {
		t.Errorf("disable ignored: %v", ids(fs))
	}
	other := correct2021()
	other.Issuer = "测试县教育局"
	if fs := rules.CheckAcrossYears(rules.Facts(prev), rules.Facts(other), ctx(), nil); len(fs) != 0 {
		t.Errorf("different issuers compared: %v", ids(fs))
	}
	if fs := rules.CheckAcrossYears(cf, cf, ctx(), nil); len(fs) != 0 {
		t.Errorf("same year compared: %v", ids(fs))
	}
}

func TestNormalizeIssuer(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"绥滨县连生乡人民政府２０２３年政府信息公开工作年度报告", " 绥滨县 连生乡政府 ", true},
		// A title names the county, the signature only the township (or the other way).
		{"绥滨县连生乡人民政府", "连生乡人民政府", true},
		{"黑龙江省鹤岗市绥滨县连生乡人民政府", "连生乡人民政府", true},
		{"宿迁市宿城区古城街道办事处", "古城街道办事处", true},
		{"宿迁市宿城区人民政府", "宿城区人民政府", true},
		// Departments keep their place: these are different bodies.
		{"宿迁市财政局", "泗洪县财政局", false},
		{"宿迁市财政局", "财政局", false},
		{"连生乡人民政府", "连生镇人民政府", false},
		{"宿迁市人民政府", "宿城区人民政府", false},
	} {
		a, b := rules.NormalizeIssuer(c.a), rules.NormalizeIssuer(c.b)
		if (a == b) != c.same || a == "" || b == "" {
			t.Errorf("NormalizeIssuer(%q) = %q, NormalizeIssuer(%q) = %q; same: want %v", c.a, a, c.b, b, c.same)
		}
	}
}

// inputError has the shape of input.Error (rules reads ZH/EN/Kind by name).
type inputError struct{ Kind, ZH, EN string }

func (e *inputError) Error() string { return e.EN }

func TestUnreadable(t *testing.T) {
	err := fmt.Errorf("lint a.doc: %w", &inputError{Kind: "doc", ZH: "这是旧版 Word .doc 文件，请另存为 .docx", EN: "legacy .doc: save it as .docx"})
	f := rules.Unreadable(err, "a.doc")
	if f.Rule != "input-unreadable" || f.Severity != rules.Error || f.Message.ZH != "这是旧版 Word .doc 文件，请另存为 .docx" || f.Message.EN != "legacy .doc: save it as .docx" || f.Actual != "doc" {
		t.Errorf("%+v", f)
	}
	f = rules.Unreadable(errors.New("permission denied"), "b.docx")
	if !strings.Contains(f.Message.ZH, "b.docx") || !strings.Contains(f.Message.EN, "permission denied") {
		t.Errorf("%+v", f)
	}
}

func BenchmarkRun(b *testing.B) {
	r := correct2021()
	fill(&r.Table3.TotalProcessed.NaturalPerson, 12)
	cx := ctx()
	b.ReportAllocs()
	for b.Loop() {
		rules.Run(r, cx, nil)
	}
}

func TestDeadlines(t *testing.T) {
	for _, c := range []struct {
		issuer   string
		year     int
		y, m, d  int
		ctx      rules.Context
		wantLate string // expected deadline, "" for none
	}{
		{"测试县发展和改革局", 2023, 2024, 1, 31, rules.Context{}, ""},
		{"测试县发展和改革局", 2023, 2024, 2, 1, rules.Context{}, "≤ 2024-01-31"},
		{"测试县人民政府", 2023, 2024, 3, 31, rules.Context{}, ""},
		{"测试县人民政府", 2023, 2024, 4, 1, rules.Context{}, "≤ 2024-03-31"},
		{"测试县连生乡人民政府", 2023, 2024, 6, 1, rules.Context{}, ""},
		{"测试县连生乡人民政府", 2023, 2024, 2, 1, rules.Context{DeadlineMonth: 1, DeadlineDay: 31}, "≤ 2024-01-31"},
		{"测试区新华街道办事处", 2023, 2024, 1, 31, rules.Context{DeadlineMonth: 1, DeadlineDay: 31}, ""},
		{"测试县发展和改革局", 2018, 2019, 3, 31, rules.Context{}, ""},
		{"测试县发展和改革局", 2018, 2019, 4, 1, rules.Context{}, "≤ 2019-03-31"},
		{"测试县发展和改革局", 2023, 2024, 3, 1, rules.Context{IssuerKind: "township"}, ""},
	} {
		r := correct2021()
		r.Issuer, r.Year, r.TitleYear, r.PeriodYear = c.issuer, c.year, c.year, c.year
		r.Signature.Issuer = c.issuer
		r.Signature.Year, r.Signature.Month, r.Signature.Day = c.y, c.m, c.d
		r.Signature.Date = fmt.Sprintf("%04d-%02d-%02d", c.y, c.m, c.d)
		cx := c.ctx
		cx.Today = today
		var got string
		for _, f := range rules.Run(r, &cx, &rules.Config{Disable: []string{"year-mismatch", "fee-statement-missing"}}) {
			if f.Rule == "date-late" {
				got = f.Expected
			}
		}
		if got != c.wantLate {
			t.Errorf("%s %d signed %s: date-late %q, want %q", c.issuer, c.year, r.Signature.Date, got, c.wantLate)
		}
	}
}

func TestBlankCulprit(t *testing.T) {
	r := correct2021()
	f := &r.Table3.Granted.Commercial // printed 1: leave it blank, the sums say 1
	f.State, f.Raw, f.Value = parser.Blank, "", 0
	fs := rules.Run(r, ctx(), nil)
	var rulesFired []string
	for _, x := range fs {
		rulesFired = append(rulesFired, x.Rule)
		if x.Rule == "table3-results-sum" && (x.Where.Row != "granted" || x.Where.Column != "commercial" || x.Expected != "1" || !strings.Contains(x.Message.ZH, "空白")) {
			t.Errorf("culprit %+v", x)
		}
	}
	if strings.Join(rulesFired, ",") != "cell-blank,table3-results-sum" && strings.Join(rulesFired, ",") != "table3-results-sum,cell-blank" {
		t.Errorf("fired %v", rulesFired)
	}
}
