package text

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

var update = flag.Bool("update", false, "rewrite testdata/text/golden/*.json from the reader's output")

const dir = "../../testdata/text"

func readFile(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func mustRead(t testing.TB, name string) *parser.Document {
	t.Helper()
	doc, err := Read(readFile(t, name), parser.Limits{})
	if err != nil {
		t.Fatalf("Read(%s): %v", name, err)
	}
	if doc.Input != parser.InputText {
		t.Fatalf("Read(%s): Input = %q", name, doc.Input)
	}
	return doc
}

// fixtures lists every input file of testdata/text with the encoding Decode must find.
var fixtures = []struct {
	name, enc string
}{
	{"seed.txt", EncUTF8},
	{"seed-gb18030.txt", EncGB18030},
	{"seed-utf16le.txt", EncUTF16LE},
	{"seed-utf16be.txt", EncUTF16BE},
	{"seed-utf16le-nobom.txt", EncUTF16LE},
	{"seed-utf8bom.txt", EncUTF8BOM},
	{"seed-crlf.txt", EncUTF8},
	{"seed-cr.txt", EncUTF8},
	{"word-tab.txt", EncGB18030},
	{"markdown.md", EncUTF8},
	{"grid.md", EncUTF8},
	{"webcopy-spaces.txt", EncUTF8},
	{"libreoffice-gb18030.txt", EncGB18030},
	{"crawled-2019.txt", EncUTF8},
	{"crawled-2023.txt", EncUTF8},
	{"word-tab-blank-row.txt", EncUTF8},
	{"lo-vertical-2019.txt", EncUTF8BOM},
	{"lo-vertical-text-cell.txt", EncUTF8BOM},
	{"pandoc-gfm-html-table.md", EncUTF8},
	{"gfm-title-table-first.md", EncUTF8},
	{"pandoc-plain-simple-table.txt", EncUTF8},
	{"pandoc-plain-2023.txt", EncUTF8},
	{"pandoc-plain-blank.txt", EncUTF8},
	{"lo-vertical-blank.txt", EncUTF8BOM},
	{"lo-vertical-blank-wps.txt", EncUTF8BOM},
}

// golden is a compact, diff-friendly view of a Document.
type goldenCell struct {
	Line   int    `json:"line"`
	Text   string `json:"text"`
	Origin [2]int `json:"origin"`
}
type goldenBlock struct {
	Para  *parser.Paragraph `json:"para,omitempty"`
	Table *goldenTable      `json:"table,omitempty"`
}
type goldenTable struct {
	Line   int            `json:"line"`
	Ragged bool           `json:"ragged"`
	Rows   [][]goldenCell `json:"rows"`
}
type goldenDoc struct {
	Input  string            `json:"input"`
	Meta   map[string]string `json:"meta,omitempty"`
	Blocks []goldenBlock     `json:"blocks"`
}

func toGolden(d *parser.Document) goldenDoc {
	g := goldenDoc{Input: d.Input, Meta: d.Meta, Blocks: []goldenBlock{}}
	for _, b := range d.Blocks {
		if b.Para != nil {
			g.Blocks = append(g.Blocks, goldenBlock{Para: b.Para})
			continue
		}
		gt := &goldenTable{Line: b.Table.Loc.Line, Ragged: b.Table.Ragged}
		for _, row := range b.Table.Rows {
			var gr []goldenCell
			for _, c := range row {
				gr = append(gr, goldenCell{c.Loc.Line, c.Text, [2]int{c.OriginRow, c.OriginCol}})
			}
			gt.Rows = append(gt.Rows, gr)
		}
		g.Blocks = append(g.Blocks, goldenBlock{Table: gt})
	}
	return g
}

func TestGolden(t *testing.T) {
	for _, f := range fixtures {
		t.Run(f.name, func(t *testing.T) {
			data := readFile(t, f.name)
			if _, enc, err := Decode(data); err != nil || enc != f.enc {
				t.Errorf("Decode: encoding %q, err %v; want %q", enc, err, f.enc)
			}
			doc := mustRead(t, f.name)
			got, err := json.MarshalIndent(toGolden(doc), "", " ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join(dir, "golden", f.name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./parser/text -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from %s (run with -update and review the diff)", path)
			}
		})
	}
}

// cellAt returns the text and line of table ti, row r, column c, or fails.
func cellAt(t *testing.T, doc *parser.Document, ti, r, c int) parser.Cell {
	t.Helper()
	ts := doc.Tables()
	if ti >= len(ts) || r >= len(ts[ti].Rows) || c >= len(ts[ti].Rows[r]) {
		t.Fatalf("no cell at table %d row %d col %d", ti, r, c)
	}
	return ts[ti].Rows[r][c]
}

// TestSeedGrid checks the seed (Tika text of a real report) cell by cell where it matters.
func TestSeedGrid(t *testing.T) {
	doc := mustRead(t, "seed.txt")
	ts := doc.Tables()
	if len(ts) != 3 {
		t.Fatalf("tables = %d, want 3 (表二, 表三, 表四)", len(ts))
	}
	for i, want := range []struct{ line, rows int }{{17, 14}, {63, 28}, {353, 4}} {
		if ts[i].Loc.Line != want.line || len(ts[i].Rows) != want.rows || !ts[i].Ragged {
			t.Errorf("table %d: line %d rows %d ragged %v; want line %d rows %d ragged", i,
				ts[i].Loc.Line, len(ts[i].Rows), ts[i].Ragged, want.line, want.rows)
		}
	}
	cases := []struct {
		name        string
		table, r, c int
		text        string
		line        int
	}{
		{"表二 first row spans all", 0, 0, 0, "第二十条第（一）项", 17},
		{"表二 header", 0, 1, 3, "现行有效件数", 22},
		{"表二 行政规范性文件", 0, 3, 0, "行政规范性文件", 29},
		{"表二 收费 value", 0, 13, 1, "0", 59},
		{"表三 勾稽 note", 1, 0, 0, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 63},
		{"表三 empty corner cell", 1, 1, 0, "", 66},
		{"表三 商业企业 wraps", 1, 2, 2, "商业\n企业", 73},
		{"表三 科研机构 wraps", 1, 2, 3, "科研\n机构", 75},
		{"表三 一 label", 1, 3, 0, "一、本年新收政府信息公开申请数量", 82},
		{"表三 一 总计", 1, 3, 7, "0", 89},
		{"表三 办理结果 group", 1, 5, 0, "三、本年度办理结果", 100},
		{"表三 予以公开", 1, 5, 1, "（一）予以公开", 101},
		{"表三 vMerge continuation", 1, 7, 0, "", 120},
		{"表三 不予公开 group label", 1, 7, 1, "（三）不予公开", 121},
		{"表三 cell with empty first paragraph", 1, 22, 9, "0", 294},
		{"表三 四 结转", 1, 27, 0, "四、结转下年度继续办理", 342},
		{"表四 header", 2, 0, 1, "行政诉讼", 354},
		{"表四 wrapped 结果纠正", 2, 1, 1, "结果\n纠正", 357},
		{"表四 last value", 2, 3, 14, "0", 405},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := cellAt(t, doc, tc.table, tc.r, tc.c)
			if c.Text != tc.text || c.Loc.Line != tc.line {
				t.Errorf("got %q at line %d, want %q at line %d", c.Text, c.Loc.Line, tc.text, tc.line)
			}
			if c.OriginRow != tc.r || c.OriginCol != tc.c {
				t.Errorf("origin (%d,%d), want its own position (%d,%d)", c.OriginRow, c.OriginCol, tc.r, tc.c)
			}
		})
	}
	// 表三 一: the label then seven "0".
	row := ts[1].Rows[3]
	if len(row) != 8 {
		t.Fatalf("表三 一 has %d cells, want 8", len(row))
	}
	for _, c := range row[1:] {
		if c.Text != "0" {
			t.Errorf("表三 一 value %q, want 0", c.Text)
		}
	}
	// 表四: the data row is fifteen "0".
	last := ts[2].Rows[3]
	if len(last) != 15 {
		t.Errorf("表四 data row has %d cells, want 15", len(last))
	}
	// Paragraphs: bookmark stripped, signature kept, blank lines dropped but counted.
	paras := doc.Paragraphs()
	find := func(text string) *parser.Paragraph {
		for _, p := range paras {
			if p.Text == text {
				return p
			}
		}
		return nil
	}
	for _, want := range []struct {
		text string
		line int
	}{
		{"绥滨县连生乡人民政府", 1},
		{"2023年政府信息公开工作年度报告", 2},
		{"三、收到和处理政府信息公开申请情况", 62},
		{"四、政府信息公开行政复议、行政诉讼情况", 352},
		{"五、存在的主要问题及改正情况", 409},
		{"连生乡人民政府", 416},
		{"2023年1月4日", 417},
	} {
		p := find(want.text)
		if p == nil || p.Loc.Line != want.line {
			t.Errorf("paragraph %q at line %v, want line %d", want.text, p, want.line)
		}
	}
	for _, p := range paras {
		if strings.Contains(p.Text, "bookmark") || p.Text == "" {
			t.Errorf("paragraph %d %q: artefact or empty", p.Loc.Line, p.Text)
		}
	}
}

// TestEncodingsMatchSeed re-encodes the seed in memory, checks the committed fixtures are
// exactly those bytes, and that every encoding reads to the very same Document.
func TestEncodingsMatchSeed(t *testing.T) {
	seed := readFile(t, "seed.txt")
	enc := func(e interface {
		Bytes([]byte) ([]byte, error)
	}) []byte {
		b, err := e.Bytes(seed)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	variants := map[string][]byte{
		"seed-gb18030.txt":       enc(simplifiedchinese.GB18030.NewEncoder()),
		"seed-utf16le.txt":       enc(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder()),
		"seed-utf16be.txt":       enc(unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder()),
		"seed-utf16le-nobom.txt": enc(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder()),
		"seed-utf8bom.txt":       append([]byte{0xEF, 0xBB, 0xBF}, seed...),
		"seed-crlf.txt":          bytes.ReplaceAll(seed, []byte("\n"), []byte("\r\n")),
		"seed-cr.txt":            bytes.ReplaceAll(seed, []byte("\n"), []byte("\r")),
	}
	want, err := Read(seed, parser.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range variants {
		t.Run(name, func(t *testing.T) {
			if file := readFile(t, name); !bytes.Equal(file, data) {
				t.Errorf("committed %s differs from the seed re-encoded (run testdata/text/gen.py)", name)
			}
			got, err := Read(data, parser.Limits{})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Document differs from the seed's")
			}
		})
	}
}

// rowTexts returns the texts of one row.
func rowTexts(row []parser.Cell) []string {
	var s []string
	for _, c := range row {
		s = append(s, c.Text)
	}
	return s
}

// findRow returns the first row (in any table) whose cell texts start with label.
func findRow(doc *parser.Document, label string) []string {
	for _, tb := range doc.Tables() {
		for _, row := range tb.Rows {
			for _, c := range row {
				if c.Text == label {
					return rowTexts(row)
				}
			}
		}
	}
	return nil
}

// TestLayouts: the same report in other layouts yields the same value rows.
func TestLayouts(t *testing.T) {
	seven := []string{"0", "0", "0", "0", "0", "0", "0"}
	cases := []struct {
		file, label string
		want        []string
	}{
		{"word-tab.txt", "一、本年新收政府信息公开申请数量", append([]string{"一、本年新收政府信息公开申请数量"}, seven...)},
		{"word-tab.txt", "1.属于国家秘密", append([]string{"", "（三）不予公开", "1.属于国家秘密"}, seven...)},
		{"word-tab.txt", "商业企业", []string{"", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""}},
		{"word-tab.txt", "第二十条第（五）项", []string{"第二十条第（五）项"}},
		{"word-tab.txt", "行政事业性收费", []string{"行政事业性收费", "0"}},
		{"markdown.md", "商业\n企业", []string{"", "", "商业\n企业", "科研\n机构", "社会公益组织", "法律服务机构", "其他", ""}},
		{"markdown.md", "四、结转下年度继续办理", append([]string{"四、结转下年度继续办理"}, seven...)},
		{"markdown.md", "结果\n纠正", []string{"结果维持", "结果\n纠正", "其他\n结果", "尚未\n审结", "总计", "未经复议直接起诉", "复议后起诉"}},
		{"grid.md", "行政规范性文件", []string{"行政规范性文件", "0", "0", "0"}},
		{"grid.md", "结果纠正", []string{"结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉", "", "", "", "", "", "", "", ""}},
		{"webcopy-spaces.txt", "行政规范性文件", []string{"行政规范性文件", "77", "13", "2470"}},
		{"webcopy-spaces.txt", "行政许可", []string{"行政许可", "2629"}},
		{"webcopy-spaces.txt", "一、本年新收政府信息公开申请数量", []string{"一、本年新收政府信息公开申请数量", "80", "1", "0", "0", "0", "0", "81"}},
		{"libreoffice-gb18030.txt", "行政规范性文件", []string{"行政规范性文件", "3", "1", "12"}},
		{"libreoffice-gb18030.txt", "（一）予以公开", []string{"三、本年度办理结果", "（一）予以公开", "12", "2", "0", "0", "1", "0", "15"}},
		{"libreoffice-gb18030.txt", "2.重复申请", []string{"", "", "2.重复申请", "1", "0", "0", "0", "0", "0", "1"}},
	}
	for _, tc := range cases {
		t.Run(tc.file+"/"+tc.label, func(t *testing.T) {
			got := findRow(mustRead(t, tc.file), tc.label)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("row %q\n got %q\nwant %q", tc.label, got, tc.want)
			}
		})
	}
}

func TestLibreOfficeTable4(t *testing.T) {
	doc := mustRead(t, "libreoffice-gb18030.txt")
	ts := doc.Tables()
	if len(ts) != 3 {
		t.Fatalf("tables = %d, want 3", len(ts))
	}
	last := ts[2].Rows[len(ts[2].Rows)-1]
	if got := rowTexts(last); len(got) != 15 || got[4] != "2" {
		t.Errorf("表四 data row = %q, want 15 values with 行政复议 总计 2", got)
	}
	// Section headings stay paragraphs.
	var heads int
	for _, p := range doc.Paragraphs() {
		if headingRE().MatchString(p.Text) {
			heads++
		}
	}
	if heads != 6 {
		t.Errorf("section headings as paragraphs = %d, want 6", heads)
	}
}

// TestCrawled: a page body on one line; the tables run together and stay paragraph text.
func TestCrawled(t *testing.T) {
	cases := []struct {
		file, issuer, inBody string
	}{
		{"crawled-2023.txt", "平潭综合实验区管委会办公室", "行政规范性文件77132470"},
		{"crawled-2019.txt", "", "规范性文件898989"},
	}
	for _, tc := range cases {
		t.Run(tc.file, func(t *testing.T) {
			doc := mustRead(t, tc.file)
			if n := len(doc.Tables()); n != 0 {
				t.Errorf("tables = %d, want 0 (run-together rows are not split)", n)
			}
			if got := doc.Meta["发布机构"]; got != tc.issuer {
				t.Errorf("Meta 发布机构 = %q, want %q", got, tc.issuer)
			}
			if !strings.Contains(doc.Meta["标题"], "政府信息公开工作年度报告") {
				t.Errorf("Meta 标题 = %q", doc.Meta["标题"])
			}
			var body *parser.Paragraph
			for _, p := range doc.Paragraphs() {
				if strings.Contains(p.Text, tc.inBody) {
					body = p
				}
			}
			if body == nil || body.Loc.Line != 10 {
				t.Errorf("body paragraph with %q: %v, want line 10", tc.inBody, body)
			}
		})
	}
}

func TestLimits(t *testing.T) {
	seed := readFile(t, "seed.txt")
	cases := []struct {
		name string
		lim  parser.Limits
		want error
	}{
		{"file size", parser.Limits{MaxFileBytes: 100}, ErrTooLarge},
		{"tables", parser.Limits{MaxTables: 2}, ErrTooManyTables},
		{"cells", parser.Limits{MaxCells: 100}, ErrTooManyCells},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Read(seed, tc.lim)
			if !errors.Is(err, tc.want) || doc != nil {
				t.Errorf("Read = %v, %v; want error %v", doc, err, tc.want)
			}
		})
	}
	if _, err := Read(seed, parser.Limits{MaxTables: 3, MaxCells: 400}); err != nil {
		t.Errorf("at the limits: %v", err)
	}
}

// TestSmall covers the edges one input at a time.
func TestSmall(t *testing.T) {
	type block struct {
		line  int
		text  string // paragraph text, or cells joined by "|" for a table
		table bool
	}
	cases := []struct {
		name string
		in   string
		want []block
	}{
		{"empty", "", nil},
		{"blank lines count", "a\n\n\nb", []block{{1, "a", false}, {4, "b", false}}},
		{"CR only", "a\rb\r\rc", []block{{1, "a", false}, {2, "b", false}, {4, "c", false}}},
		{"TAB-indented paragraphs are not a table", "\t第一段。\n\t第二段。\n正文", []block{{1, "第一段。", false}, {2, "第二段。", false}, {3, "正文", false}}},
		{"one Tika row is not enough", "\ta\n\tb\n\n正文", []block{{1, "a", false}, {2, "b", false}, {4, "正文", false}}},
		{"Tika bookmark inside a cell", "\t[bookmark: _GoBack]规章\n\t0\n\n\t行政许可\n\t1\n\n", []block{{1, "规章|0/行政许可|1", true}}},
		{"Tika table at end of file without blank", "\ta\n\tb\n\n\tc\n\td", []block{{1, "a|b/c|d", true}}},
		{"markdown heading and hr", "# 一、总体情况\n---\n**正文**", []block{{1, "一、总体情况", false}, {2, "---", false}, {3, "正文", false}}},
		{"pipe table without outer pipes", "a | b\n--|--\n1 | 2\n\nx", []block{{1, "a|b/1|2", true}, {5, "x", false}}},
		{"pipe escape and br", "|a\\|b|c<br/>d|\n|---|---|", []block{{1, "a|b|c\nd", true}}},
		{"grid table", "+---+---+\n| 结果 | 1 |\n| 纠正 |   |\n+===+===+\n| x | 2 |\n+---+---+", []block{{1, "结果纠正|1/x|2", true}}},
		{"lone tab line with two tabs is a row", "a\tb\tc", []block{{1, "a|b|c", true}}},
		{"lone tab line with one tab is a paragraph", "甲乙\t总则", []block{{1, "甲乙\t总则", false}}},
		{"a list number and its TAB are joined", "第一章\t总则", []block{{1, "第一章总则", false}}},
		{"numbers split at single spaces", "合计 1 2 3", []block{{1, "合计|1|2|3", true}}},
		{"sentence with one number", "新中国成立 70 周年", []block{{1, "新中国成立 70 周年", false}}},
		{"TAB run: leading empty cell of a two-cell row", "甲\t乙\t丙\n\t0\n丁\t1\t2", []block{{1, "甲|乙|丙/|0/丁|1|2", true}}},
		{"zero-width and ideographic spaces trimmed", "\u200b\u3000一、总体情况\u3000\u200b", []block{{1, "一、总体情况", false}}},
		{"Word trailing empty cell", "a\tb\t\nc\td\t", []block{{1, "a|b|/c|d|", true}}},
		{"Word row of empty cells", "a\tb\tc\n\t\t\nd\te\tf\n\t\t\n正文", []block{{1, "a|b|c/||/d|e|f/||", true}, {5, "正文", false}}},
		{"TAB-only line outside a TAB run is nothing", "\t\t\n正文", []block{{2, "正文", false}}},
		{"heading between tab rows is not a row", "a\tb\tc\n三、收到申请情况\nd\te\tf", []block{{1, "a|b|c", true}, {2, "三、收到申请情况", false}, {3, "d|e|f", true}}},
		{"row-wide cell between tab rows is a row", "a\tb\n第二十条第（五）项\nc\td", []block{{1, "a|b/第二十条第（五）项/c|d", true}}},
		{"short paragraph before a Tika table", "（一）主动公开情况\n\t规章\n\t0\n\n\t行政许可\n\t1\n\n", []block{{1, "（一）主动公开情况", false}, {2, "规章|0/行政许可|1", true}}},
		{"vertical: too few numbers", "甲\n1\n乙\n2", []block{{1, "甲", false}, {2, "1", false}, {3, "乙", false}, {4, "2", false}}},
		{"pandoc simple table", "  a          表头二\n  ---------- --------\n  1          2\n  行政许可   3\n\n正文", []block{{1, "a|表头二/1|2/行政许可|3", true}, {6, "正文", false}}},
		{"pandoc multiline table", "  -----------------\n  结果     其他\n  纠正     结果\n  -------- --------\n  1        2\n\n  3        4\n  -----------------\n正文", []block{{1, "结果纠正|其他结果/1|2/3|4", true}, {9, "正文", false}}},
		{"pandoc headerless table, blank row", "  ---- ----\n  a    b\n\n         \n  ---- ----", []block{{1, "a|b/|", true}}},
		{"pandoc ruler never closed", "  --- ---\n  a   b\n正文", []block{{1, "--- ---", false}, {2, "a   b", false}, {3, "正文", false}}},
		{"a lone rule is not a table", "---\n正文\n---", []block{{1, "---", false}, {2, "正文", false}, {3, "---", false}}},
		{"vertical: short lines spaced by blank lines are no table", "标题\n\n副标题\n\n单位\n\n\n日期\n\n\n短句", []block{{1, "标题", false}, {3, "副标题", false}, {5, "单位", false}, {8, "日期", false}, {11, "短句", false}}},
		{"vertical: all-blank table", "甲\n乙\n丙\n丁\n规章\n\n\n\n行政许可\n\n\n\n行政处罚\n\n行政强制\n\n长句子写完了。", []block{{1, "甲|乙|丙|丁/规章|||/行政许可|||/行政处罚|/行政强制|", true}, {17, "长句子写完了。", false}}},
		{"vertical: a 情况 heading ends the table after a value", "规章\n0\n0\n行政许可\n1\n2\n三、收到和处理政府信息公开申请情况\n申请人\n自然人", []block{{1, "规章|0|0/行政许可|1|2", true}, {7, "三、收到和处理政府信息公开申请情况", false}, {8, "申请人", false}, {9, "自然人", false}}},
		{"vertical: blank value cell", "规章\n0\n\n0\n行政许可\n5", []block{{1, "规章|0||0/行政许可|5", true}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Read([]byte(tc.in), parser.Limits{})
			if err != nil {
				t.Fatal(err)
			}
			var got []block
			for _, b := range doc.Blocks {
				if b.Para != nil {
					got = append(got, block{b.Para.Loc.Line, b.Para.Text, false})
					continue
				}
				var rows []string
				for _, r := range b.Table.Rows {
					rows = append(rows, strings.Join(rowTexts(r), "|"))
				}
				got = append(got, block{b.Table.Loc.Line, strings.Join(rows, "/"), true})
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("\n got %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

// TestHostile: inputs built to make a careless reader quadratic must still read at once.
func TestHostile(t *testing.T) {
	const n = 100000
	cases := map[string]string{
		"blank run after a value":   "规章\n0\n" + strings.Repeat("\n", n) + "行政许可\n",
		"TAB lines, no blank line":  strings.Repeat("\t0\n", n),
		"Tika rows of one cell":     strings.Repeat("\ta\n\n", n),
		"grid rules only":           strings.Repeat("+-+\n", n),
		"short labels, no numbers":  strings.Repeat("甲\n", n),
		"labels and lone numbers":   strings.Repeat("甲\n1\n长句子。\n", n/3),
		"one very long line":        strings.Repeat("行政规范性文件77132470  ", n/4),
		"pipes without a separator": strings.Repeat("| a | b |\n", n),
		"labels and blank runs":     strings.Repeat("甲\n\n\n", n/3),
		"blank runs cut by values":  strings.Repeat("甲\n乙\n\n\n\n1\n", n/6),
		"pandoc rulers only":        strings.Repeat("  --- ---\n", n),
		"pandoc ruler, no close":    "  --- ---\n" + strings.Repeat("  a   b\n", n),
		"unclosed HTML tables":      strings.Repeat("<table>\n<tr><td>1\n", n/2),
	}
	for name, in := range cases {
		t.Run(name, func(t *testing.T) {
			done := make(chan error, 1)
			go func() {
				_, err := Read([]byte(in), parser.Limits{})
				done <- err
			}()
			select {
			case err := <-done:
				if err != nil && !errors.Is(err, ErrTooManyCells) {
					t.Fatal(err)
				}
			case <-time.After(20 * time.Second):
				t.Fatal("Read did not finish in 20s: quadratic somewhere")
			}
		})
	}
}

func TestDecodeDamagedUTF8(t *testing.T) {
	data := []byte("一、总体情况\n本年度\xff共收到申请。\n二、主动公开政府信息情况\n")
	s, enc, err := Decode(data)
	if err != nil || enc != EncUTF8 || !strings.Contains(s, "本年度\uFFFD共收到申请") {
		t.Errorf("Decode = %q, %q, %v; want UTF-8 with one U+FFFD", s, enc, err)
	}
}

func FuzzRead(f *testing.F) {
	for _, fx := range fixtures {
		f.Add(readFile(f, fx.name))
	}
	f.Add([]byte("\t\n\t\n\n|\n|-|\n+-+\n| |"))
	f.Add([]byte("  --- ----\n  a   宽字\n\n      \n  --------\n  甲  乙\n  --- ---\n  1   2\n\n"))
	f.Add([]byte("<table>\n<tr><td rowspan=3>a<td colspan=2>b\n<tr><th>c</table>\n<TABLE><table></table>\n</table>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Read(data, parser.Limits{MaxCells: 5000})
		if err != nil {
			return
		}
		lines := len(splitLines(mustDecode(t, data))) + 1
		for _, b := range doc.Blocks {
			if (b.Para == nil) == (b.Table == nil) {
				t.Fatal("block must be exactly one of paragraph or table")
			}
			if b.Para != nil && (b.Para.Loc.Line < 1 || b.Para.Loc.Line > lines || b.Para.Text == "") {
				t.Fatalf("paragraph %+v out of range (lines %d)", b.Para, lines)
			}
			if b.Table != nil {
				for r, row := range b.Table.Rows {
					for c, cell := range row {
						// A merged slot (HTML tables inside markdown) points back at its origin,
						// which holds the same text.
						oRow, oCol := cell.OriginRow, cell.OriginCol
						if oRow > r || oCol > c || (oRow == r && oCol == c) != !cell.Merged(r, c) ||
							b.Table.Rows[oRow][oCol].Text != cell.Text ||
							cell.Loc.Line < b.Table.Loc.Line || cell.Loc.Line > lines {
							t.Fatalf("cell (%d,%d) %+v inconsistent", r, c, cell)
						}
					}
				}
			}
		}
	})
}

func mustDecode(t *testing.T, data []byte) string {
	s, _, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func BenchmarkRead(b *testing.B) {
	for _, name := range []string{"seed.txt", "seed-gb18030.txt", "word-tab.txt", "libreoffice-gb18030.txt", "crawled-2019.txt"} {
		data := readFile(b, name)
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Read(data, parser.Limits{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
