package template

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"flag"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/govinfo-lint/govinfo-lint/parser"
	"github.com/govinfo-lint/govinfo-lint/parser/docx"
)

var withSoffice = flag.Bool("soffice", false, "also convert the templates with LibreOffice (slow)")

// wtc is a table cell as written in word/document.xml.
type wtc struct {
	Text   string
	Span   int
	VMerge string // "", "restart", "continue"
}

type wdoc struct {
	Paras  []string
	Tables [][][]wtc
	// LastIsSectPr: the body's last element is w:sectPr, as Word requires.
	LastIsSectPr bool
}

// readDocx reads the paragraphs (outside tables) and tables of a .docx by walking its XML,
// independently of the project's own reader.
func readDocx(t *testing.T, b []byte) wdoc {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	var xmlb []byte
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			xmlb, _ = io.ReadAll(rc)
			rc.Close()
		}
	}
	if xmlb == nil {
		t.Fatal("no word/document.xml")
	}
	dec := xml.NewDecoder(bytes.NewReader(xmlb))
	var d wdoc
	var (
		depthTbl int
		cur      *wtc
		rows     [][]wtc
		rowCells []wtc
		para     strings.Builder
		inPara   bool
		bodyLast string
		level    int
	)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("bad XML: %v", err)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			level++
			if level == 3 { // children of w:body
				bodyLast = e.Name.Local
			}
			switch e.Name.Local {
			case "tbl":
				depthTbl++
				rows = nil
			case "tr":
				rowCells = nil
			case "tc":
				cur = &wtc{Span: 1}
			case "gridSpan":
				for _, a := range e.Attr {
					if a.Name.Local == "val" {
						n := 0
						for _, ch := range a.Value {
							n = n*10 + int(ch-'0')
						}
						cur.Span = n
					}
				}
			case "vMerge":
				cur.VMerge = "continue"
				for _, a := range e.Attr {
					if a.Name.Local == "val" && a.Value != "" {
						cur.VMerge = a.Value
					}
				}
			case "p":
				if depthTbl == 0 {
					inPara = true
					para.Reset()
				} else if cur != nil && cur.Text != "" {
					cur.Text += "\n"
				}
			}
		case xml.CharData:
			if inPara {
				para.Write(e)
			} else if cur != nil {
				cur.Text += string(e)
			}
		case xml.EndElement:
			level--
			switch e.Name.Local {
			case "tbl":
				depthTbl--
				d.Tables = append(d.Tables, rows)
			case "tr":
				rows = append(rows, rowCells)
			case "tc":
				rowCells = append(rowCells, *cur)
				cur = nil
			case "p":
				if inPara {
					d.Paras = append(d.Paras, para.String())
					inPara = false
				}
			}
		}
	}
	d.LastIsSectPr = bodyLast == "sectPr"
	return d
}

func write(t *testing.T, opt Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, opt); err != nil {
		t.Fatalf("Write(%+v): %v", opt, err)
	}
	return buf.Bytes()
}

func texts(rows [][]wtc) []string {
	var s []string
	for _, r := range rows {
		for _, c := range r {
			if c.Text != "" {
				s = append(s, c.Text)
			}
		}
	}
	return s
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

var layouts = []struct {
	layout string
	// labels each table must hold, exactly as printed.
	table2, table3 []string
	// absent labels belong to the other layout only.
	absent []string
	// rows3 is the number of rows of 表三 (3 header rows + data rows).
	rows3 int
	// underResults is how many rows 三、本年度办理结果 spans.
	underResults int
}{
	{
		layout: "2021",
		table2: []string{"第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "规章", "行政规范性文件",
			"第二十条第（五）项", "本年处理决定数量", "行政许可", "第二十条第（六）项", "行政处罚", "行政强制",
			"第二十条第（八）项", "本年收费金额（单位：万元）", "行政事业性收费"},
		table3: []string{"1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
			"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"},
		absent:       []string{"本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "第二十条第（九）项", "政府集中采购"},
		rows3:        28,
		underResults: 22,
	},
	{
		layout: "2019",
		table2: []string{"第二十条第（一）项", "本年新制作数量", "本年新公开数量", "对外公开总数量", "规章", "规范性文件",
			"第二十条第（五）项", "上一年项目数量", "本年增/减", "处理决定数量", "行政许可", "其他对外管理服务事项",
			"第二十条第（六）项", "行政处罚", "行政强制", "第二十条第（八）项", "行政事业性收费",
			"第二十条第（九）项", "采购项目数量", "采购总金额", "政府集中采购"},
		table3:       nil,
		absent:       []string{"本年制发件数", "现行有效件数", "行政规范性文件", "本年收费金额（单位：万元）", "3.其他"},
		rows3:        26,
		underResults: 20,
	},
}

var table3Common = []string{
	"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "自然人", "法人或其他组织",
	"商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计",
	"一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "三、本年度办理结果",
	"（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
	"（三）不予公开", "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
	"5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
	"（四）无法提供", "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
	"（五）不予处理", "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
	"5.要求行政机关确认或重新出具已获取信息", "（六）其他处理", "（七）总计", "四、结转下年度继续办理",
}

var table4Labels = []string{"行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"}

func TestStructure(t *testing.T) {
	for _, l := range layouts {
		t.Run(l.layout, func(t *testing.T) {
			d := readDocx(t, write(t, Options{Year: 2025, Issuer: "某某县某某镇人民政府", Layout: l.layout}))
			if !d.LastIsSectPr {
				t.Error("w:sectPr is not the body's last element")
			}
			if len(d.Tables) != 3 {
				t.Fatalf("%d tables, want 表二 表三 表四", len(d.Tables))
			}
			if d.Paras[0] != "某某县某某镇人民政府2025年政府信息公开工作年度报告" {
				t.Errorf("title %q", d.Paras[0])
			}
			for _, p := range []string{
				"本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。",
				"一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
				"四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
				"某某县某某镇人民政府", "2026年  月  日",
			} {
				if !contains(d.Paras, p) {
					t.Errorf("paragraph %q missing", p)
				}
			}
			if last := d.Paras[len(d.Paras)-1]; last != "2026年  月  日" {
				t.Errorf("last paragraph %q, want the date line", last)
			}
			all := append(append(texts(d.Tables[0]), texts(d.Tables[1])...), texts(d.Tables[2])...)
			for _, lab := range l.table2 {
				if !contains(texts(d.Tables[0]), lab) {
					t.Errorf("表二 lacks %q", lab)
				}
			}
			for _, lab := range append(append([]string(nil), table3Common...), l.table3...) {
				if !contains(texts(d.Tables[1]), lab) {
					t.Errorf("表三 lacks %q", lab)
				}
			}
			for _, lab := range table4Labels {
				if !contains(texts(d.Tables[2]), lab) {
					t.Errorf("表四 lacks %q", lab)
				}
			}
			for _, lab := range l.absent {
				if contains(all, lab) {
					t.Errorf("label %q of the other layout present", lab)
				}
			}
			// Grids: every row covers the table's grid exactly.
			for i, tb := range d.Tables {
				width := []int{4, 10, 15}[i]
				for r, row := range tb {
					n := 0
					for _, c := range row {
						n += c.Span
					}
					if n != width {
						t.Errorf("table %d row %d spans %d columns, want %d", i+2, r, n, width)
					}
				}
			}
			t3 := d.Tables[1]
			if len(t3) != l.rows3 {
				t.Errorf("表三 has %d rows, want %d", len(t3), l.rows3)
			}
			want := wtc{Text: "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", Span: 3, VMerge: "restart"}
			if t3[0][0] != want {
				t.Errorf("表三 corner %+v, want %+v", t3[0][0], want)
			}
			if t3[1][0] != (wtc{Span: 3, VMerge: "continue"}) || t3[2][0] != (wtc{Span: 3, VMerge: "continue"}) {
				t.Errorf("表三 corner not merged down: %+v %+v", t3[1][0], t3[2][0])
			}
			if t3[0][1] != (wtc{Text: "申请人情况", Span: 7}) {
				t.Errorf("申请人情况 cell %+v", t3[0][1])
			}
			if t3[5][0] != (wtc{Text: "三、本年度办理结果", Span: 1, VMerge: "restart"}) {
				t.Errorf("三、本年度办理结果 cell %+v", t3[5][0])
			}
			cont := 0
			for _, row := range t3[6:] {
				if row[0].VMerge == "continue" {
					cont++
				}
			}
			if cont+1 != l.underResults {
				t.Errorf("三、本年度办理结果 spans %d rows, want %d", cont+1, l.underResults)
			}
			t4 := d.Tables[2]
			if t4[0][0] != (wtc{Text: "行政复议", Span: 5}) || t4[0][1] != (wtc{Text: "行政诉讼", Span: 10}) {
				t.Errorf("表四 header %+v", t4[0])
			}
			if t4[1][0].VMerge != "restart" || t4[2][0].VMerge != "continue" {
				t.Errorf("表四 结果维持 not merged down: %+v %+v", t4[1][0], t4[2][0])
			}
			if len(t4[3]) != 15 || len(texts(t4[3:])) != 0 {
				t.Errorf("表四 data row %+v, want 15 empty cells", t4[3])
			}
		})
	}
}

func TestOptions(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, Options{Year: 2025, Layout: "2020"}); err == nil {
		t.Error("layout 2020 accepted")
	}
	if err := Write(&buf, Options{Year: 1999}); err == nil {
		t.Error("year 1999 accepted")
	}
	d := readDocx(t, write(t, Options{Year: 2024}))
	if d.Paras[0] != "2024年政府信息公开工作年度报告" || !contains(d.Paras, "（机关名称）") || !contains(d.Paras, "2025年  月  日") {
		t.Errorf("without issuer: %q", d.Paras)
	}
	if !contains(texts(d.Tables[0]), "本年制发件数") {
		t.Error("default layout is not 2021")
	}
}

// TestReadBack: our own .docx reader and recognition read the template as a report of the
// chosen layout, year and issuer, with every numeric cell not filled.
func TestReadBack(t *testing.T) {
	for _, l := range layouts {
		t.Run(l.layout, func(t *testing.T) {
			b := write(t, Options{Year: 2025, Issuer: "某某县某某镇人民政府", Layout: l.layout})
			doc, err := docx.Read(b, parser.Limits{})
			if err != nil {
				t.Fatalf("docx.Read: %v", err)
			}
			checkBlankReport(t, parser.Recognize(doc), l.layout)
		})
	}
}

func checkBlankReport(t *testing.T, r *parser.Report, layout string) {
	t.Helper()
	if r.Layout != layout || r.Year != 2025 || r.Issuer != "某某县某某镇人民政府" {
		t.Errorf("layout %q year %d issuer %q; want %s 2025 某某县某某镇人民政府", r.Layout, r.Year, r.Issuer, layout)
	}
	if r.Period == nil || r.Period.From != "2025-01-01" || r.Period.To != "2025-12-31" {
		t.Errorf("period %+v", r.Period)
	}
	if len(r.Sections) != 6 {
		t.Errorf("%d sections, want 6", len(r.Sections))
	}
	if r.Table2 == nil || r.Table3 == nil || r.Table4 == nil {
		t.Fatalf("tables not recognised: 表二 %v 表三 %v 表四 %v", r.Table2 != nil, r.Table3 != nil, r.Table4 != nil)
	}
	var figs []*parser.Figure
	collect(reflect.ValueOf(r.Table2), &figs)
	collect(reflect.ValueOf(r.Table3), &figs)
	collect(reflect.ValueOf(r.Table4), &figs)
	// 表二 (10 figures in 2021, 22 in 2019), 表三 rows × 7, 表四 15.
	want := map[string]int{"2021": 10 + 25*7 + 15, "2019": 22 + 23*7 + 15}[layout]
	if len(figs) != want {
		t.Errorf("%d figures, want %d", len(figs), want)
	}
	for _, f := range figs {
		if f.State != parser.Blank {
			t.Errorf("figure %+v is not Blank", *f)
		}
	}
	for _, e := range r.ExtraRows {
		t.Errorf("unexpected extra row %q", e.Label)
	}
}

// collect gathers every Figure reachable from v (typed table structs, row pointers).
func collect(v reflect.Value, out *[]*parser.Figure) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			collect(v.Elem(), out)
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeOf(parser.Figure{}) {
			if v.CanAddr() {
				*out = append(*out, v.Addr().Interface().(*parser.Figure))
			}
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				collect(v.Field(i), out)
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			collect(v.Index(i), out)
		}
	}
}

// TestLibreOfficeRoundTrip converts each template with LibreOffice and checks that the
// tables, merges and labels survive and that the result still reads back as a blank
// report. It runs with -soffice (a fresh LibreOffice profile takes tens of seconds):
//
//	go test ./template -run LibreOffice -soffice
func TestLibreOfficeRoundTrip(t *testing.T) {
	if !*withSoffice {
		t.Skip("run with -soffice to convert with LibreOffice")
	}
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Fatal("-soffice given but soffice is not installed")
	}
	dir := t.TempDir()
	var names []string
	for _, l := range layouts {
		p := filepath.Join(dir, "t"+l.layout+".docx")
		if err := os.WriteFile(p, write(t, Options{Year: 2025, Issuer: "某某县某某镇人民政府", Layout: l.layout}), 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, p)
	}
	out := filepath.Join(dir, "out")
	cmd := exec.Command(soffice, append([]string{"-env:UserInstallation=file://" + filepath.Join(dir, "profile"),
		"--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", out}, names...)...)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	for i, l := range layouts {
		orig, _ := os.ReadFile(names[i])
		conv, err := os.ReadFile(filepath.Join(out, "t"+l.layout+".docx"))
		if err != nil {
			t.Fatalf("no converted file: %v", err)
		}
		a, b := readDocx(t, orig), readDocx(t, conv)
		if !reflect.DeepEqual(a.Tables, b.Tables) {
			t.Errorf("%s: tables differ after the LibreOffice round trip", l.layout)
		}
		if !reflect.DeepEqual(nonEmpty(a.Paras), nonEmpty(b.Paras)) {
			t.Errorf("%s: paragraphs differ after the round trip:\n%q\n%q", l.layout, nonEmpty(a.Paras), nonEmpty(b.Paras))
		}
		doc, err := docx.Read(conv, parser.Limits{})
		if err != nil {
			t.Fatalf("docx.Read of the converted file: %v", err)
		}
		t.Run(l.layout, func(t *testing.T) { checkBlankReport(t, parser.Recognize(doc), l.layout) })
	}
}

func nonEmpty(ps []string) []string {
	var out []string
	for _, p := range ps {
		if strings.TrimSpace(p) != "" {
			out = append(out, p)
		}
	}
	return out
}

// Attribute values Word rejects although LibreOffice reads them: "#RRGGBB" colours and
// widths without a unit.
func TestStrictOOXMLValues(t *testing.T) {
	b := write(t, Options{Year: 2025, Issuer: "某某县某某镇人民政府"})
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if !strings.HasSuffix(f.Name, ".xml") {
			continue
		}
		rc, _ := f.Open()
		x, _ := io.ReadAll(rc)
		rc.Close()
		for _, bad := range []string{`w:color="#`, `w:fill="#`, `w:type=""`, `w:val=""`} {
			if bytes.Contains(x, []byte(bad)) {
				t.Errorf("%s holds %s", f.Name, bad)
			}
		}
		// CT_TcPr order: tcW, gridSpan, hMerge, vMerge, tcBorders, shd, …, vAlign.
		if f.Name == "word/document.xml" {
			for _, m := range regexp.MustCompile(`<w:tcPr>.*?</w:tcPr>`).FindAll(x, -1) {
				last := -1
				for _, el := range []string{"<w:tcW", "<w:gridSpan", "<w:vMerge", "<w:tcBorders", "<w:shd", "<w:vAlign"} {
					if i := bytes.Index(m, []byte(el)); i >= 0 {
						if i < last {
							t.Fatalf("tcPr children out of schema order: %s", m)
						}
						last = i
					}
				}
			}
		}
	}
}

// The 2021 tables have exactly the cells, labels and merges of the official blank template
// (国办公开办函〔2021〕30号, as saved by WPS): same rows, same texts (trimmed), same gridSpan
// and vMerge.
func TestSameTablesAsOfficialBlank(t *testing.T) {
	official, err := os.ReadFile("../testdata/template/official-blank-2021.docx")
	if err != nil {
		t.Fatal(err)
	}
	want := readDocx(t, official)
	got := readDocx(t, write(t, Options{Year: 2021, Issuer: "某某县某某镇人民政府"}))
	if len(want.Tables) != len(got.Tables) {
		t.Fatalf("%d tables, official has %d", len(got.Tables), len(want.Tables))
	}
	norm := func(rows [][]wtc) [][]wtc {
		out := make([][]wtc, len(rows))
		for i, r := range rows {
			for _, c := range r {
				c.Text = strings.Trim(strings.ReplaceAll(c.Text, "\n", ""), " \u3000\u00a0")
				out[i] = append(out[i], c)
			}
		}
		return out
	}
	for i := range want.Tables {
		w, g := norm(want.Tables[i]), norm(got.Tables[i])
		if len(w) != len(g) {
			t.Errorf("table %d: %d rows, official %d", i+2, len(g), len(w))
			continue
		}
		for r := range w {
			if !reflect.DeepEqual(w[r], g[r]) {
				t.Errorf("table %d row %d:\n got      %+v\n official %+v", i+2, r, g[r], w[r])
			}
		}
	}
}
