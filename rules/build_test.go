package rules_test

import (
	"github.com/govinfo-lint/govinfo-lint/parser"
)

// builder makes reports programmatically: a fully correct one, that each test then breaks
// in exactly one way. Lines are numbered as a text reader would number them.
type builder struct {
	line int
	r    *parser.Report
}

func (b *builder) next() parser.Loc { b.line++; return parser.Loc{Line: b.line} }

func (b *builder) para(text string) *parser.Paragraph {
	p := &parser.Paragraph{Text: text, Loc: b.next()}
	b.r.Paragraphs = append(b.r.Paragraphs, p)
	return p
}

func (b *builder) section(n int, heading string, body ...string) {
	s := parser.Section{Number: n, Heading: heading, Standard: true}
	h := b.para(heading)
	s.Loc = h.Loc
	for _, t := range body {
		s.Paragraphs = append(s.Paragraphs, b.para(t))
	}
	b.r.Sections = append(b.r.Sections, s)
}

func (b *builder) fig(v float64) parser.Figure {
	return parser.Figure{Raw: num(v), Value: v, State: parser.Filled, Where: parser.Where{Line: b.next().Line}}
}

func num(v float64) string {
	if v == float64(int64(v)) {
		return itoa(int64(v))
	}
	return "x"
}

func itoa(n int64) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// row3 builds a 表三 row from its six applicant figures; the total is their sum.
func (b *builder) row3(key string, six ...float64) *parser.Table3Row {
	row := &parser.Table3Row{Loc: b.next()}
	cells := row.Cells()
	var sum float64
	for i := 0; i < 6; i++ {
		var v float64
		if i < len(six) {
			v = six[i]
		}
		sum += v
		*cells[i] = b.fig(v)
	}
	*cells[6] = b.fig(sum)
	for i, c := range cells {
		c.Where.Section, c.Where.Table, c.Where.Row, c.Where.Column = 3, parser.KeyTable3, key, parser.Table3Columns[i]
	}
	return row
}

func (b *builder) block4(key string, upheld, corrected, other, pending float64) parser.Table4Block {
	bl := parser.Table4Block{Upheld: b.fig(upheld), Corrected: b.fig(corrected), Other: b.fig(other), Pending: b.fig(pending), Total: b.fig(upheld + corrected + other + pending)}
	for i, c := range bl.Cells() {
		c.Where.Section, c.Where.Table, c.Where.Row, c.Where.Column = 4, parser.KeyTable4, key, parser.Table4Columns[i]
	}
	return bl
}

func setWhere2(f *parser.Figure, row, col string) {
	f.Where.Section, f.Where.Table, f.Where.Row, f.Where.Column = 2, parser.KeyTable2, row, col
}

// table3 fills 表三 with consistent figures:
//
//	一 自然人10 商业企业2 =12; 二 自然人2 =2; （一）8+1=9; （二）1; （四）1 2+1=3;
//	（七） 11+2=13; 四 1.  Balance per column: 12+2 = 13+1.
func (b *builder) table3(layout string) *parser.Table3 {
	t := &parser.Table3{Loc: b.next()}
	set := map[string][]float64{
		"new_received":      {10, 2},
		"carried_over":      {2},
		"granted":           {8, 1},
		"partially_granted": {1},
		"unable_not_held":   {2, 1},
		"total_processed":   {11, 2},
		"carried_forward":   {1},
	}
	for _, ref := range t.Rows() {
		switch ref.Key {
		case "other":
			if layout != parser.Layout2019 {
				continue
			}
		case "other_no_correction", "other_no_fee", "other_other":
			if layout == parser.Layout2019 {
				continue
			}
		}
		*ref.Row = b.row3(ref.Key, set[ref.Key]...)
	}
	return t
}

// correct2021 is a fully correct report for 2023 in the 2021 layout: no rule may fire.
func correct2021() *parser.Report {
	b := &builder{r: &parser.Report{
		Schema: parser.Schema, Input: parser.InputText, Layout: parser.Layout2021,
		Title:  "测试县发展和改革局2023年政府信息公开工作年度报告",
		Issuer: "测试县发展和改革局", Year: 2023, TitleYear: 2023, PeriodYear: 2023,
	}}
	r := b.r
	t := b.para(r.Title)
	r.TitleLoc = t.Loc
	p := b.para("本报告根据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。")
	r.Period = &parser.Period{From: "2023-01-01", To: "2023-12-31", Text: p.Text, Loc: p.Loc}
	b.section(1, "一、总体情况",
		"2023年，本局深入贯彻《中华人民共和国政府信息公开条例》，全年主动公开政府信息292条，其中，政务公开239条，政府微信公众号53条。",
		"全年共收到政府信息公开申请12件，较2022年增加3件，已办结13件，结转下年度继续办理1件。",
		"本年度被申请行政复议2件，被提起行政诉讼1件。",
		"本局将政务公开纳入年度绩效考核，全年未发生责任追究情况。")
	b.section(2, "二、主动公开政府信息情况")
	v := &parser.Table2v2021{}
	v.Regulations = parser.DocCounts2021{Issued: b.fig(0), Repealed: b.fig(0), InForce: b.fig(0)}
	v.NormativeDocuments = parser.DocCounts2021{Issued: b.fig(3), Repealed: b.fig(1), InForce: b.fig(12)}
	v.Licensing.Decisions = b.fig(120)
	v.Punishment.Decisions = b.fig(4)
	v.Coercion.Decisions = b.fig(0)
	v.Fees.Amount10kYuan = b.fig(1.5)
	for _, c := range []struct {
		f        *parser.Figure
		row, col string
	}{{&v.Regulations.Issued, "regulations", "issued"}, {&v.Regulations.Repealed, "regulations", "repealed"}, {&v.Regulations.InForce, "regulations", "in_force"},
		{&v.NormativeDocuments.Issued, "normative_documents", "issued"}, {&v.NormativeDocuments.Repealed, "normative_documents", "repealed"}, {&v.NormativeDocuments.InForce, "normative_documents", "in_force"},
		{&v.Licensing.Decisions, "licensing", "decisions"}, {&v.Punishment.Decisions, "punishment", "decisions"}, {&v.Coercion.Decisions, "coercion", "decisions"}, {&v.Fees.Amount10kYuan, "fees", "amount_10k_yuan"}} {
		setWhere2(c.f, c.row, c.col)
	}
	r.Table2 = &parser.Table2{V2021: v}
	b.section(3, "三、收到和处理政府信息公开申请情况")
	r.Table3 = b.table3(parser.Layout2021)
	b.section(4, "四、政府信息公开行政复议、行政诉讼情况")
	r.Table4 = &parser.Table4{Loc: b.next()}
	r.Table4.Review = b.block4("review", 1, 1, 0, 0)
	r.Table4.LitigationDirect = b.block4("litigation_direct", 0, 0, 0, 1)
	r.Table4.LitigationAfterReview = b.block4("litigation_after_review", 0, 0, 0, 0)
	b.section(5, "五、存在的主要问题及改进情况",
		"（一）存在的主要问题。一是政策解读形式较为单一；二是部分栏目更新不够及时。",
		"（二）改进情况。2024年，本局将丰富解读形式，建立栏目更新台账，定期开展自查。")
	b.section(6, "六、其他需要报告的事项",
		"本年度未收取信息处理费。本局无其他需要报告的事项。")
	sig := b.para("2024年1月20日")
	r.Signature = &parser.Signature{Issuer: "测试县发展和改革局", Date: "2024-01-20", Text: "2024年1月20日", Year: 2024, Month: 1, Day: 20, Loc: sig.Loc, Source: "signature"}
	r.LayoutLabels = []parser.LayoutLabel{{Label: "本年制发件数", Layout: parser.Layout2021, Where: parser.Where{Section: 2, Table: parser.KeyTable2}}}
	return r
}

// correct2019 is a fully correct report for 2020 in the 2019 layout (a county government's).
func correct2019() *parser.Report {
	b := &builder{r: &parser.Report{
		Schema: parser.Schema, Input: parser.InputText, Layout: parser.Layout2019,
		Title:  "测试县人民政府2020年政府信息公开工作年度报告",
		Issuer: "测试县人民政府", Year: 2020, TitleYear: 2020, PeriodYear: 2020,
	}}
	r := b.r
	t := b.para(r.Title)
	r.TitleLoc = t.Loc
	p := b.para("本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。")
	r.Period = &parser.Period{From: "2020-01-01", To: "2020-12-31", Text: p.Text, Loc: p.Loc}
	b.section(1, "一、总体情况", "2020年，县政府主动公开政府信息1200条。全年共收到政府信息公开申请12件。")
	b.section(2, "二、主动公开政府信息情况")
	v := &parser.Table2v2019{}
	v.Regulations = parser.DocCounts2019{Made: b.fig(0), Published: b.fig(0), TotalPublic: b.fig(0)}
	v.NormativeDocuments = parser.DocCounts2019{Made: b.fig(5), Published: b.fig(5), TotalPublic: b.fig(40)}
	v.Licensing = parser.Items2019{PreviousItems: b.fig(210), Change: b.fig(-8), Decisions: b.fig(3000)}
	v.OtherServices = parser.Items2019{PreviousItems: b.fig(30), Change: b.fig(2), Decisions: b.fig(100)}
	v.Punishment = parser.Items2019{PreviousItems: b.fig(500), Change: b.fig(0), Decisions: b.fig(60)}
	v.Coercion = parser.Items2019{PreviousItems: b.fig(20), Change: b.fig(0), Decisions: b.fig(2)}
	v.Fees = parser.Fees2019{PreviousItems: b.fig(10), Change: b.fig(-1)}
	v.Procurement = parser.Procurement2019{Projects: b.fig(3), Amount: b.fig(251000.5)}
	r.Table2 = &parser.Table2{V2019: v}
	b.section(3, "三、收到和处理政府信息公开申请情况")
	r.Table3 = b.table3(parser.Layout2019)
	b.section(4, "四、政府信息公开行政复议、行政诉讼情况", "2020年，未发生政府信息公开行政复议、行政诉讼案件。")
	r.Table4 = &parser.Table4{Loc: b.next()}
	r.Table4.Review = b.block4("review", 0, 0, 0, 0)
	r.Table4.LitigationDirect = b.block4("litigation_direct", 0, 0, 0, 0)
	r.Table4.LitigationAfterReview = b.block4("litigation_after_review", 0, 0, 0, 0)
	b.section(5, "五、存在的主要问题及改进情况", "主要问题是解读不够深入。改进情况：2021年，县政府将加强解读。")
	b.section(6, "六、其他需要报告的事项", "无。")
	sig := b.para("2021年3月20日")
	r.Signature = &parser.Signature{Issuer: "测试县人民政府", Date: "2021-03-20", Text: "2021年3月20日", Year: 2021, Month: 3, Day: 20, Loc: sig.Loc, Source: "signature"}
	r.LayoutLabels = []parser.LayoutLabel{{Label: "本年新制作数量", Layout: parser.Layout2019, Where: parser.Where{Section: 2, Table: parser.KeyTable2}}}
	return r
}
