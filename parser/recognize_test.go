package parser

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// Documents built in code, for the shapes the sample files do not have: the 2019 layout,
// tables broken at a page, 表二 cut into four, added 小计 rows and columns, odd cells.

// grid builds a reader-style grid table. A cell "<" repeats the cell on its left (a
// horizontal merge), "^" the cell above (a vertical merge), as docx and html readers give.
func grid(line int, rows ...[]string) *Table {
	t := &Table{Loc: Loc{Para: line}}
	for i, r := range rows {
		cells := make([]Cell, len(r))
		for j, s := range r {
			c := Cell{Text: s, OriginRow: i, OriginCol: j, Loc: Loc{Para: line + i*len(r) + j}}
			switch s {
			case "<":
				c = cells[j-1]
			case "^":
				c = t.Rows[i-1][j]
			}
			cells[j] = c
		}
		t.Rows = append(t.Rows, cells)
	}
	return t
}

// ragged builds a plain-text-style table: rows as printed, vMerge slots as empty cells.
func ragged(line int, rows ...[]string) *Table {
	t := &Table{Loc: Loc{Line: line}, Ragged: true}
	for i, r := range rows {
		cells := make([]Cell, len(r))
		for j, s := range r {
			cells[j] = Cell{Text: s, Loc: Loc{Line: line + i}}
		}
		t.Rows = append(t.Rows, cells)
	}
	return t
}

func para(line int, text string) Block {
	return Block{Para: &Paragraph{Text: text, Loc: Loc{Line: line}}}
}
func table(t *Table) Block { return Block{Table: t} }

func seven(vals ...string) []string {
	out := make([]string, 7)
	copy(out, vals)
	return out
}

// table3Grid is a 表三 grid in the given layout, with a 小计 column after 其他 when subtotal is set.
func table3Grid(layout string, subtotal bool, val func(row int) []string) *Table {
	head := [][]string{
		{"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "<", "<", "申请人情况", "<", "<", "<", "<", "<", "<"},
		{"^", "^", "^", "自然人", "法人或其他组织", "<", "<", "<", "<", "总计"},
		{"^", "^", "^", "^", "商业\n企业", "科研\n机构", "社会公益组织", "法律服务机构", "其他", "^"},
	}
	labels := [][]string{
		{"一、本年新收政府信息公开申请数量", "<", "<"},
		{"二、上年结转政府信息公开申请数量", "<", "<"},
		{"三、本年度办理结果", "（一）予以公开", "<"},
		{"^", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "<"},
		{"^", "（三）不予公开", "1.属于国家秘密"},
		{"^", "^", "2.其他法律行政法规禁止公开"},
		{"^", "^", "3.危及“三安全一稳定”"},
		{"^", "^", "4.保护第三方合法权益"},
		{"^", "^", "5.属于三类内部事务信息"},
		{"^", "^", "6.属于四类过程性信息"},
		{"^", "^", "7.属于行政执法案卷"},
		{"^", "^", "8.属于行政查询事项"},
		{"^", "（四）无法提供", "1.本机关不掌握相关政府信息"},
		{"^", "^", "2.没有现成信息需要另行制作"},
		{"^", "^", "3.补正后申请内容仍不明确"},
		{"^", "（五）不予处理", "1.信访举报投诉类申请"},
		{"^", "^", "2.重复申请"},
		{"^", "^", "3.要求提供公开出版物"},
		{"^", "^", "4.无正当理由大量反复申请"},
		{"^", "^", "5.要求行政机关确认或重新出具已获取信息"},
	}
	if layout == Layout2019 {
		labels = append(labels, []string{"^", "（六）其他处理", "<"})
	} else {
		labels = append(labels,
			[]string{"^", "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
			[]string{"^", "^", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
			[]string{"^", "^", "3.其他"})
	}
	labels = append(labels, []string{"^", "（七）总计", "<"}, []string{"四、结转下年度继续办理", "<", "<"})
	if subtotal {
		head = [][]string{
			{"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "<", "<", "申请人情况", "<", "<", "<", "<", "<", "<", "<"},
			{"^", "^", "^", "自然人", "法人或其他组织", "<", "<", "<", "<", "<", "总计"},
			{"^", "^", "^", "^", "商业\n企业", "科研\n机构", "社会公益组织", "法律服务机构", "其他", "小计", "^"},
		}
	}
	rows := head
	for i, l := range labels {
		v := val(i)
		row := append(append([]string{}, l...), v...)
		rows = append(rows, row)
	}
	return grid(100, rows...)
}

func table4Grid(vals []string) *Table {
	return grid(500,
		[]string{"行政复议", "<", "<", "<", "<", "行政诉讼", "<", "<", "<", "<", "<", "<", "<", "<", "<"},
		[]string{"结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "<", "<", "<", "<", "复议后起诉", "<", "<", "<", "<"},
		[]string{"^", "^", "^", "^", "^", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"},
		vals,
	)
}

func table2Grid2019() *Table {
	return grid(10,
		[]string{"第二十条第（一）项", "<", "<", "<"},
		[]string{"信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"},
		[]string{"规章", "0", "0", "3"},
		[]string{"规范性文件", "89", "89", "89"},
		[]string{"第二十条第（五）项", "<", "<", "<"},
		[]string{"信息内容", "上一年项目数量(指2018年事项数)", "本年增/减", "处理决定数量"},
		[]string{"行政许可", "396", "-8", "181"},
		[]string{"其他对外管理服务事项", "10", "0", "153"},
		[]string{"第二十条第（六）项", "<", "<", "<"},
		[]string{"信息内容", "上一年项目数量", "本年增/减", "处理决定数量"},
		[]string{"行政处罚", "264", "８", "430"},
		[]string{"行政强制", "12", "６", "25"},
		[]string{"第二十条第（八）项", "<", "<", "<"},
		[]string{"信息内容", "上一年项目数量", "本年增/减", "<"},
		[]string{"行政事业性收费", "3", "５", "<"},
		[]string{"第二十条第（九）项", "<", "<", "<"},
		[]string{"信息内容", "采购项目数量", "采购总金额", "<"},
		[]string{"政府集中采购", "135", "75394432.52元", "<"},
	)
}

func doc2019() *Document {
	return &Document{Input: InputDocx, Blocks: []Block{
		para(1, "平潭综合实验区"),
		para(2, ""),
		para(3, "二〇一九年度政府信息公开工作年度报告"),
		para(4, "本报告所列数据的统计期限自2019年1月1日起至2019年12月31日止。"),
		para(5, "一、总体情况"),
		para(6, "2019年，我区……"),
		para(7, "二、主动公开政府信息情况"),
		table(table2Grid2019()),
		para(8, "三、收到和处理政府信息公开申请情况"),
		table(table3Grid(Layout2019, false, func(i int) []string { return seven("1", "0", "0", "0", "0", "0", "1") })),
		para(9, "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况"),
		table(table4Grid(strings.Fields("1 0 0 0 1 0 0 0 0 0 0 0 0 0 0"))),
		para(10, "五、政府信息公开工作存在的主要问题及改进情况"),
		para(11, "问题……"),
		para(12, "六、其他需要报告的事项"),
		para(13, "无。"),
		para(14, "平潭综合实验区管委会办公室 2020年1月20日"),
	}}
}

func TestRecognize2019(t *testing.T) {
	r := Recognize(doc2019())
	if r.Layout != Layout2019 || r.Year != 2019 || r.TitleYear != 2019 || r.PeriodYear != 2019 {
		t.Fatalf("layout %s year %d title %d period %d", r.Layout, r.Year, r.TitleYear, r.PeriodYear)
	}
	if r.Title != "平潭综合实验区二〇一九年度政府信息公开工作年度报告" || r.Issuer != "平潭综合实验区" {
		t.Errorf("title %q issuer %q", r.Title, r.Issuer)
	}
	if r.Signature == nil || r.Signature.Date != "2020-01-20" || r.Signature.Issuer != "平潭综合实验区管委会办公室" || r.Signature.Source != "signature" {
		t.Errorf("signature %+v", r.Signature)
	}
	if len(r.Sections) != 6 {
		t.Fatalf("sections %+v", r.Sections)
	}
	for _, s := range r.Sections {
		if !s.Standard {
			t.Errorf("section %q not standard", s.Heading)
		}
	}
	v := r.Table2.V2019
	if v == nil || r.Table2.V2021 != nil {
		t.Fatalf("table2 %+v", r.Table2)
	}
	checks := []struct {
		f    Figure
		want float64
	}{
		{v.Regulations.TotalPublic, 3}, {v.NormativeDocuments.Made, 89},
		{v.Licensing.PreviousItems, 396}, {v.Licensing.Change, -8}, {v.Licensing.Decisions, 181},
		{v.OtherServices.Decisions, 153}, {v.Punishment.Change, 8}, {v.Coercion.Decisions, 25},
		{v.Fees.PreviousItems, 3}, {v.Fees.Change, 5},
		{v.Procurement.Projects, 135}, {v.Procurement.Amount, 75394432.52},
	}
	for _, c := range checks {
		if c.f.State != Filled || c.f.Value != c.want {
			t.Errorf("%s.%s = %v (%q, state %d), want %v", c.f.Where.Row, c.f.Where.Column, c.f.Value, c.f.Raw, c.f.State, c.want)
		}
	}
	if r.Table3.Other == nil || r.Table3.OtherNoCorrection != nil || r.Table3.OtherOther != nil {
		t.Errorf("2019 （六）: other %v no_correction %v", r.Table3.Other, r.Table3.OtherNoCorrection)
	}
	n := 0
	for _, ref := range r.Table3.Rows() {
		if *ref.Row != nil {
			n++
			if (*ref.Row).Total.Value != 1 || (*ref.Row).NaturalPerson.Value != 1 {
				t.Errorf("row %s = %+v", ref.Key, **ref.Row)
			}
		}
	}
	if n != 23 {
		t.Errorf("%d rows, want 23", n)
	}
	if r.Table4.Review.Upheld.Value != 1 || r.Table4.Review.Total.Value != 1 || r.Table4.LitigationAfterReview.Total.State != Filled {
		t.Errorf("table4 %+v", r.Table4)
	}
	seen := map[string]bool{}
	for _, l := range r.LayoutLabels {
		if l.Layout == Layout2019 {
			seen[fold(l.Label)] = true
		} else {
			t.Errorf("2021 label in a 2019 report: %+v", l)
		}
	}
	for _, l := range []string{"本年新制作数量", "上一年项目数量(指2018年事项数)", "本年增/减", "第二十条第(九)项", "政府集中采购", "(六)其他处理"} {
		if !seen[l] {
			t.Errorf("layout label %s not recorded (have %v)", l, seen)
		}
	}
	b, _ := json.Marshal(r)
	if !strings.Contains(string(b), `"procurement":{"projects":135,"amount":75394432.52}`) || !strings.Contains(string(b), `"extra_rows":[]`) {
		t.Errorf("json %s", b)
	}
}

// TestTable3Shapes: a subtotal column and row, a table broken at a page, odd cells.
func TestTable3Shapes(t *testing.T) {
	full := table3Grid(Layout2021, true, func(i int) []string {
		// 自然人 商业 科研 公益 法律 其他 小计 总计
		return []string{"１", "1,234", "/", "无", "—", "见附件", "1234", "1236"}
	})
	// Break it after the 11th data row: the second part has no header.
	first := &Table{Rows: full.Rows[:3+11], Loc: full.Loc}
	second := &Table{Rows: full.Rows[3+11:], Loc: full.Rows[14][0].Loc}
	extra := grid(900, []string{"小计", "<", "<", "2", "0", "0", "0", "0", "0", "0", "2"},
		[]string{"注：本表数据截至12月31日", "<", "<", "<", "<", "<", "<", "<", "<", "<", "<"})
	doc := &Document{Input: InputHTML, Blocks: []Block{
		para(1, "三、收到和处理政府信息公开申请情况"), table(first), table(second), table(extra),
	}}
	r := Recognize(doc)
	t3 := r.Table3
	if t3 == nil {
		t.Fatal("no table3")
	}
	for _, ref := range t3.Rows() {
		row := *ref.Row
		switch ref.Key {
		case "other":
			if row != nil {
				t.Errorf("2019 row in 2021 table")
			}
			continue
		}
		if row == nil {
			t.Errorf("row %s missing", ref.Key)
			continue
		}
		c := row.Cells()
		want := []FigureState{Filled, Filled, Blank, Blank, Blank, NotNumber, Filled}
		for k, f := range c {
			if f.State != want[k] {
				t.Errorf("%s.%s = %q state %d, want %d", ref.Key, Table3Columns[k], f.Raw, f.State, want[k])
			}
		}
		if c[0].Value != 1 || c[1].Value != 1234 || c[6].Value != 1236 || c[0].Where.Row != ref.Key || c[0].Where.Section != 3 || c[0].Where.Line == 0 {
			t.Errorf("%s values %+v %+v %+v", ref.Key, c[0], c[1], c[6])
		}
	}
	if len(t3.ExtraColumns) != 1 || len(t3.ExtraColumns[0].Values) != 25 || t3.ExtraColumns[0].Values["granted"].Value != 1234 {
		t.Errorf("extra columns %+v", t3.ExtraColumns)
	}
	if len(r.ExtraRows) != 1 || r.ExtraRows[0].Label != "小计" || r.ExtraRows[0].Values[0].Value != 2 {
		t.Errorf("extra rows %+v", r.ExtraRows)
	}
}

// TestRaggedTika is the Tika shape: merged label slots printed as empty cells.
func TestRaggedTika(t *testing.T) {
	tb := ragged(50,
		[]string{"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"},
		[]string{"", "自然人", "法人或其他组织", "总计"},
		[]string{"", "", "商业\n企业", "科研\n机构", "社会公益组织", "法律服务机构", "其他", ""},
		append([]string{"一、本年新收政府信息公开申请数量"}, seven("3", "0", "0", "0", "0", "0", "3")...),
		append([]string{"三、本年度办理结果", "（一）予以公开"}, seven("2", "", "", "", "", "", "2")...),
		append([]string{"", "（三）不予公开", "1.属于国家秘密"}, seven("0", "0", "0", "0", "0", "0", "0")...),
		append([]string{"", "", "8.属于行政查询事项"}, seven("5", "0", "0", "0", "0", "0", "5")...),
		[]string{"", "（五）不予处理", "2.重复申请"},
		[]string{"一件", "0", "0", "0", "0", "0", "1"},
		append([]string{"", "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"}, seven("1", "0", "0", "0", "0", "0", "1")...),
		append([]string{"", "", "3.其他"}, seven("7", "0", "0", "0", "0", "0", "7")...),
		append([]string{"", "（七）总计"}, seven("9", "0", "0", "0", "0", "0", "9")...),
	)
	r := Recognize(&Document{Input: InputText, Blocks: []Block{table(tb)}})
	t3 := r.Table3
	cases := []struct {
		row  *Table3Row
		want float64
	}{{t3.NewReceived, 3}, {t3.Granted, 2}, {t3.WithheldStateSecret, 0}, {t3.WithheldInquiry, 5}, {t3.OtherNoCorrection, 1}, {t3.OtherOther, 7}, {t3.TotalProcessed, 9}}
	for i, c := range cases {
		if c.row == nil || c.row.Total.Value != c.want || c.row.Total.State != Filled {
			t.Errorf("case %d: %+v", i, c.row)
		}
	}
	if d := t3.RejectedDuplicate; d == nil || d.NaturalPerson.State != NotNumber || d.NaturalPerson.Raw != "一件" || d.Total.Value != 1 {
		t.Errorf("row cut after its label: %+v", d)
	}
	if t3.Granted.Commercial.State != Blank {
		t.Errorf("granted commercial %+v", t3.Granted.Commercial)
	}
	if t3.Other != nil || t3.CarriedOver != nil || r.Layout != Layout2021 {
		t.Errorf("other %v carried %v layout %s", t3.Other, t3.CarriedOver, r.Layout)
	}
	if t3.WithheldInquiry.Label != "（三）不予公开 8.属于行政查询事项" && t3.WithheldInquiry.Label != "8.属于行政查询事项" {
		t.Errorf("label %q", t3.WithheldInquiry.Label)
	}
}

// TestTable2Split: 表二 as four small tables, labels with notes and odd punctuation, an added row.
func TestTable2Split(t *testing.T) {
	blocks := []Block{
		para(1, "二、主动公开政府信息情况"),
		table(grid(10, []string{"第二十条第（一）项", "<", "<", "<"},
			[]string{"信息 内容", "本年制发件数", "本年废止件数", "现行有效件数"},
			[]string{"规章", "0", "0", "2"},
			[]string{"行政规范性文件（件）", "3件", "1", "12"},
			[]string{"其他主动公开文件", "5", "0", "5"})),
		table(grid(20, []string{"第二十条第(五)项", "<"}, []string{"信息内容", "本年处理决定数量"}, []string{"行政许可", "156"})),
		table(grid(30, []string{"第二十条第（六）项", "<"}, []string{"信息内容", "本年处理决定数量"}, []string{"行政处罚", "23"}, []string{"行政强制", "２"})),
		table(grid(40, []string{"第二十条第（八）项", "<"}, []string{"信息内容", "本年收费金额（单位：万元）"}, []string{"行政事业性收费", "0.35"})),
	}
	r := Recognize(&Document{Input: InputDocx, Blocks: blocks})
	v := r.Table2.V2021
	if v == nil {
		t.Fatalf("table2 %+v", r.Table2)
	}
	if v.Regulations.InForce.Value != 2 || v.NormativeDocuments.Issued.Value != 3 || v.NormativeDocuments.InForce.Value != 12 ||
		v.Licensing.Decisions.Value != 156 || v.Punishment.Decisions.Value != 23 || v.Coercion.Decisions.Value != 2 ||
		v.Fees.Amount10kYuan.Value != 0.35 || v.Fees.Amount10kYuan.State != Filled {
		t.Errorf("table2 %+v", v)
	}
	if r.Layout != Layout2021 {
		t.Errorf("layout %s", r.Layout)
	}
	if len(r.ExtraRows) != 1 || r.ExtraRows[0].Label != "其他主动公开文件" || len(r.ExtraRows[0].Values) != 3 || r.ExtraRows[0].Values[2].Value != 5 {
		t.Errorf("extra %+v", r.ExtraRows)
	}
}

func TestSectionHeading(t *testing.T) {
	cases := []struct {
		text     string
		n        int
		standard bool
	}{
		{"一、总体情况", 1, true},
		{"  \n二．主动公开政府信息情况", 2, true},
		{"三，收到和处理政府信息公开申请情况", 3, true},
		{"四、政府信息公开行政复议、行政诉讼情况", 4, true},
		{"四、因政府信息公开工作被申请行政复议、提起行政诉讼情况", 4, true},
		{"四、因政府信息公开工作被申请行政复议和提起行政诉讼情况", 4, true},
		{"五、存在的主要问题及改进情况", 5, true},
		{"五、政府信息公开工作存在的主要问题及改进举措", 5, true},
		{"五、存在问题及改进情况", 5, true},
		{"五、存在的主要问题及改正情况", 5, false},
		{"六、其他需要报告的事项", 6, true},
		{"一 、总体情况", 1, true},
		{"六、其他需要报告的事项：", 6, true},
		{"[bookmark: _GoBack]四、政府信息公开行政复议、行政诉讼情况", 4, true},
		// Wordings that say the same: 和 for 、, a dropped 情况.
		{"四、政府信息公开行政复议和行政诉讼情况", 4, true},
		{"二、主动公开政府信息", 2, true},
		{"五、存在的主要问题和改进情况", 5, true},
		{"（一）主动公开情况", 0, false},
		{"一、本年新收政府信息公开申请数量", 0, false},
		{"二、上年结转政府信息公开申请数量", 0, false},
		{"三、本年度办理结果", 0, false},
		{"四、结转下年度继续办理", 0, false},
		{"一、总体情况。2023年，我局坚持以公开为常态、不公开为例外，全面推进政府信息公开工作，取得成效。", 0, false},
	}
	for _, c := range cases {
		n, _, std, ok := sectionHeading(c.text)
		if (c.n == 0 && ok) || (c.n != 0 && (n != c.n || std != c.standard)) {
			t.Errorf("%q: n=%d std=%v ok=%v, want %d %v", c.text, n, std, ok, c.n, c.standard)
		}
	}
}

func TestFindDates(t *testing.T) {
	cases := []struct{ in, iso, text string }{
		{"2024年1月20日", "2024-01-20", "2024年1月20日"},
		{"落款二〇二四年一月二十日", "2024-01-20", "二〇二四年一月二十日"},
		{"二〇二三年十二月三十一日", "2023-12-31", "二〇二三年十二月三十一日"},
		{"2024-01-20", "2024-01-20", "2024-01-20"},
		{"2024.1.20", "2024-01-20", "2024.1.20"},
		{"2024/01/20", "2024-01-20", "2024/01/20"},
		{"２０２４年１月２０日", "2024-01-20", "２０２４年１月２０日"},
		{"2023年2月30日", "2023-02-30", "2023年2月30日"},
		{"2024 年 1 月 5 日", "2024-01-05", "2024 年 1 月 5 日"},
		{"共12024件", "", ""},
		{"2023年，我局", "", ""},
	}
	for _, c := range cases {
		ds := findDates(c.in)
		if c.iso == "" {
			if len(ds) != 0 {
				t.Errorf("%q: %+v", c.in, ds)
			}
			continue
		}
		if len(ds) != 1 || ds[0].ISO() != c.iso || ds[0].Text != c.text {
			t.Errorf("%q: %+v", c.in, ds)
		}
	}
}

func TestParseFigure(t *testing.T) {
	cases := []struct {
		raw   string
		state FigureState
		value float64
	}{
		{"0", Filled, 0}, {"１２", Filled, 12}, {"1,234", Filled, 1234}, {"1，234", Filled, 1234},
		{"3件", Filled, 3}, {"251000元", Filled, 251000}, {"0.35万元", Filled, 0.35}, {"-8", Filled, -8},
		{"－8", Filled, -8}, {" 7 ", Filled, 7}, {"\u30005", Filled, 5},
		{"", Blank, 0}, {"/", Blank, 0}, {"／", Blank, 0}, {"—", Blank, 0}, {"——", Blank, 0}, {"-", Blank, 0},
		{"－", Blank, 0}, {"无", Blank, 0}, {"空", Blank, 0}, {"\u3000", Blank, 0},
		{"25.1万", Filled, 25.1}, {"￥251000", Filled, 251000}, {"¥1,000.50", Filled, 1000.5},
		{"增加3", Filled, 3}, {"减少2", Filled, -2}, {"减2", Filled, -2}, {"+3", Filled, 3},
		{"见附件", NotNumber, 0}, {"1.2.3", NotNumber, 0}, {"约5", NotNumber, 0}, {"增加", NotNumber, 0},
	}
	for _, c := range cases {
		f := parseFigure(c.raw, Where{})
		if f.State != c.state || f.Value != c.value {
			t.Errorf("%q: state %d value %v, want %d %v", c.raw, f.State, f.Value, c.state, c.value)
		}
	}
}

func TestTitleAndSignature(t *testing.T) {
	cases := []struct {
		name                 string
		blocks               []Block
		meta                 map[string]string
		title, issuer        string
		year                 int
		sigDate, sigIss, src string
	}{
		{"split title with blanks", []Block{para(1, ""), para(2, "XX市XX区人民政府办公室"), para(3, ""), para(4, "2023年政府信息公开工作年度报告"),
			para(5, "一、总体情况"), para(6, "XX区人民政府办公室"), para(7, "2024年1月20日")},
			nil, "XX市XX区人民政府办公室2023年政府信息公开工作年度报告", "XX市XX区人民政府办公室", 2023, "2024-01-20", "XX区人民政府办公室", "signature"},
		{"year first", []Block{para(1, "2022年度某某镇人民政府政府信息公开工作年度报告"), para(2, "一、总体情况"), para(3, "正文。")},
			map[string]string{"发布日期": "2023-01-15"}, "2022年度某某镇人民政府政府信息公开工作年度报告", "某某镇人民政府", 2022, "2023-01-15", "", "meta"},
		{"no title, body year", []Block{para(1, "一、总体情况"), para(2, "2021年，我局…2021年全年…2020年"), para(3, "某局\n2022年1月5日")},
			nil, "", "某局", 2021, "2022-01-05", "某局", "signature"}, // the issuer from the 落款
		{"nothing", []Block{para(1, "随便写点")}, nil, "", "", 0, "", "", ""},
		{"year in a note after the title", []Block{para(1, "某某县人民政府政府信息公开工作年度报告（2023年度）"), para(2, "一、总体情况"), para(3, "某某县人民政府"), para(4, "2024年3月1日")},
			nil, "某某县人民政府政府信息公开工作年度报告（2023年度）", "某某县人民政府", 2023, "2024-03-01", "某某县人民政府", "signature"},
		{"关于…的年度报告", []Block{para(1, "某某县人民政府关于2023年度政府信息公开工作的年度报告"), para(2, "一、总体情况"), para(3, "某某县人民政府"), para(4, "2024年3月1日")},
			nil, "某某县人民政府关于2023年度政府信息公开工作的年度报告", "某某县人民政府", 2023, "2024-03-01", "某某县人民政府", "signature"},
		{"date in brackets", []Block{para(1, "某某镇人民政府2023年政府信息公开工作年度报告"), para(2, "一、总体情况"), para(3, "某某镇人民政府"), para(4, "（2024年1月5日）")},
			nil, "某某镇人民政府2023年政府信息公开工作年度报告", "某某镇人民政府", 2023, "2024-01-05", "某某镇人民政府", "signature"},
		{"工作报告, date with 印发", []Block{para(1, "某某县人民政府2023年度政府信息公开工作报告"), para(2, "一、总体情况"), para(3, "正文。"),
			para(4, "某某县人民政府办公室"), para(5, "2024年3月25日印发")},
			nil, "某某县人民政府2023年度政府信息公开工作报告", "某某县人民政府", 2023, "2024-03-25", "某某县人民政府办公室", "signature"},
		{"signature table, title in meta", []Block{para(1, "一、总体情况"), para(2, "正文。"),
			table(grid(9, []string{"", "某某镇人民政府"}, []string{"", "2024年2月1日"}))},
			map[string]string{"标题": "某某镇人民政府2023年政府信息公开工作年度报告"}, "某某镇人民政府2023年政府信息公开工作年度报告", "某某镇人民政府", 2023, "2024-02-01", "某某镇人民政府", "signature"},
	}
	for _, c := range cases {
		r := Recognize(&Document{Input: InputText, Blocks: c.blocks, Meta: c.meta})
		if r.Title != c.title || r.Issuer != c.issuer || r.Year != c.year {
			t.Errorf("%s: title %q issuer %q year %d", c.name, r.Title, r.Issuer, r.Year)
		}
		d, iss, src := "", "", ""
		if r.Signature != nil {
			d, iss, src = r.Signature.Date, r.Signature.Issuer, r.Signature.Source
		}
		if d != c.sigDate || iss != c.sigIss || src != c.src {
			t.Errorf("%s: signature %q %q %q", c.name, d, iss, src)
		}
		if r.Schema != Schema || r.Input != InputText || r.ExtraRows == nil || r.Sections == nil {
			t.Errorf("%s: envelope %+v", c.name, r)
		}
	}
	if r := Recognize(nil); r == nil || r.Schema != Schema {
		t.Error("Recognize(nil)")
	}
}

// TestPeriod reads the 统计期限 sentence in both digit styles.
func TestPeriod(t *testing.T) {
	for _, s := range []string{
		"本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
		"统计期限自二〇二三年一月一日起至二〇二三年十二月三十一日止",
		"本报告统计期限自2023年1月1日起至12月31日止。",
		"统计期限为2023年1月1日至12月31日",
	} {
		r := Recognize(&Document{Blocks: []Block{para(1, s)}})
		if r.Period == nil || r.Period.From != "2023-01-01" || r.Period.To != "2023-12-31" || r.PeriodYear != 2023 || r.Year != 2023 {
			t.Errorf("%q: %+v", s, r.Period)
		}
	}
}

func TestSplitDigits(t *testing.T) {
	rowSum := func(v []int) bool { return v[0]+v[1]+v[2]+v[3]+v[4]+v[5] == v[6] }
	cases := []struct {
		digits string
		hints  []int
		want   string // cells joined by "|", "" when not one split
	}{
		{"7000007", nil, "7|0|0|0|0|0|7"},
		{"230000023", []int{3}, "23|0|0|0|0|0|23"},
		{"0000000", nil, "0|0|0|0|0|0|0"},
		{"220000022", nil, ""},            // 22|0…|22 or 2|20|…|22: the row alone cannot tell
		{"1000001", nil, "1|0|0|0|0|0|1"}, // 10|0|…|01 has a leading zero
		{"12", nil, ""},
	}
	for _, c := range cases {
		got := strings.Join(splitDigits(c.digits, c.hints, 7, rowSum), "|")
		if got != c.want {
			t.Errorf("%s: %q, want %q", c.digits, got, c.want)
		}
	}
}

// TestCrawledTables: a table copied from a web page with its cells run together.
func TestCrawledTables(t *testing.T) {
	body := "二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件77132470" +
		"第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费0.5" +
		"三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他" +
		"一、本年新收政府信息公开申请数量22 0 0 0 0 0 22二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开220000022（二）部分公开（区分处理的，只计这一情形，不计其他情形）0000000" +
		"（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开0000000（七）总计22 0 0 0 0 0 22四、结转下年度继续办理0000000" +
		"四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计110024001510102" +
		"五、存在的主要问题及改进情况……六、其他需要报告的事项无。"
	r := Recognize(&Document{Input: InputText, Blocks: []Block{para(3, body)}})
	if len(r.Sections) != 5 || r.Sections[0].Number != 2 {
		t.Errorf("sections %+v", r.Sections)
	}
	t3 := r.Table3
	if t3 == nil || t3.Granted == nil || t3.Granted.NaturalPerson.Value != 22 || t3.Granted.Total.Value != 22 || t3.Granted.NaturalPerson.State != Filled {
		t.Fatalf("granted %+v", t3)
	}
	if t3.WithheldProhibited == nil || t3.WithheldProhibited.Total.State != Filled || t3.NewReceived.Commercial.Value != 0 {
		t.Errorf("rows %+v %+v", t3.WithheldProhibited, t3.NewReceived)
	}
	if f := r.Table4.LitigationDirect; f.Upheld.Value != 4 || f.Pending.Value != 1 || f.Total.Value != 5 {
		t.Errorf("table4 %+v", f)
	}
	v := r.Table2.V2021
	if v.Regulations.Issued.State != Filled || v.NormativeDocuments.Issued.State != Absent || v.Fees.Amount10kYuan.Value != 0.5 {
		t.Errorf("table2 %+v", v)
	}
}

// FuzzRecognizeTable builds documents straight from text: lines are rows, tabs cells, a
// line "#" ends a table and a line starting with "P " is a paragraph. It reaches the table
// code with shapes no reader makes.
func FuzzRecognizeTable(f *testing.F) {
	f.Add("一、总体情况\nP 二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n#\n一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n\t（六）其他处理\t3.其他\t1\n#\n行政复议\t行政诉讼\n1\t0\t0\t0\t1")
	f.Add("P 统计期限自2023年1月1日起至12月31日止\nP 三、本年度办理结果（一）予以公开220000022（七）总计22 0 0 0 0 0 22四、结转下年度继续办理0000000本年新收政府信息公开申请数量1")
	f.Fuzz(func(t *testing.T, s string) {
		doc := &Document{Input: InputText}
		var cur *Table
		for i, line := range strings.Split(s, "\n") {
			switch {
			case strings.HasPrefix(line, "P "):
				doc.Blocks = append(doc.Blocks, para(i+1, line[2:]))
				cur = nil
			case line == "#":
				cur = nil
			default:
				if cur == nil {
					cur = &Table{Ragged: i%2 == 0, Loc: Loc{Line: i + 1}}
					doc.Blocks = append(doc.Blocks, table(cur))
				}
				var row []Cell
				for j, c := range strings.Split(line, "\t") {
					row = append(row, Cell{Text: c, Loc: Loc{Line: i + 1}, OriginRow: len(cur.Rows), OriginCol: j})
				}
				cur.Rows = append(cur.Rows, row)
			}
		}
		r := Recognize(doc)
		if r == nil || r.ExtraRows == nil || r.Sections == nil {
			t.Fatal("envelope")
		}
		if _, err := json.Marshal(r); err != nil {
			t.Fatal(err)
		}
	})
}

// TestCrawledWorstCase: long digit runs in every row must not make recognition slow.
func TestCrawledWorstCase(t *testing.T) {
	var b strings.Builder
	b.WriteString("本年新收政府信息公开申请数量")
	for _, row := range crawledRows3 {
		b.WriteString(row.label)
		b.WriteString(strings.Repeat("1234567", 5))
	}
	doc := &Document{Blocks: []Block{para(1, b.String()+"结转下年度继续办理"+strings.Repeat("9", 34))}}
	start := time.Now()
	Recognize(doc)
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("took %v", d)
	}
}

// TestTable3RowKeyVariants: wordings of 表三 row labels seen in real reports.
func TestTable3RowKeyVariants(t *testing.T) {
	for _, c := range []struct {
		labels []string
		key    string
	}{
		{[]string{"三、本年度办理结果", "（七）总计"}, "total_processed"},
		{[]string{"三、本年度办理结果", "（七）合计"}, "total_processed"},
		{[]string{"三、本年度办理结果", "（二）部分公开"}, "partially_granted"},
		{[]string{"三、本年度办理结果", "（三）不予公开", "1．属于国家秘密"}, "withheld_state_secret"},
		{[]string{"四、结转下年度继续办理数量"}, "carried_forward"},
		{[]string{"一、本年新收政府信息公开申请数量（件）"}, "new_received"},
		{[]string{"小计"}, ""},
	} {
		fs := make([]string, len(c.labels))
		for i, l := range c.labels {
			fs[i] = fold(l)
		}
		if got, _ := table3RowKey(fs, groupNone); got != c.key {
			t.Errorf("%v: got %q, want %q", c.labels, got, c.key)
		}
	}
}
