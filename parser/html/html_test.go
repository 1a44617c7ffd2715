package html

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/html")

const dir = "../../testdata/html"

func pages(t testing.TB) []string {
	t.Helper()
	ms, err := filepath.Glob(filepath.Join(dir, "*.html"))
	if err != nil || len(ms) == 0 {
		t.Fatalf("no pages in %s: %v", dir, err)
	}
	return ms
}

func readPage(t testing.TB, name string) *parser.Document {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	d, err := Read(b, parser.Limits{})
	if err != nil {
		t.Fatalf("Read %s: %v", name, err)
	}
	return d
}

// TestGolden compares each page's Document with its golden JSON (go test -update).
func TestGolden(t *testing.T) {
	for _, p := range pages(t) {
		t.Run(filepath.Base(p), func(t *testing.T) {
			d := readPage(t, filepath.Base(p))
			got, err := json.MarshalIndent(d, "", " ")
			if err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(p, ".html") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(bytes.TrimSpace(want), bytes.TrimSpace(got)) {
				t.Errorf("Document differs from %s (go test -update to accept)", golden)
			}
		})
	}
}

func findTable(t *testing.T, d *parser.Document, label string) *parser.Table {
	t.Helper()
	for _, tb := range d.Tables() {
		for _, r := range tb.Rows {
			for _, c := range r {
				if strings.Contains(c.Text, label) {
					return tb
				}
			}
		}
	}
	t.Fatalf("no table holds %q", label)
	return nil
}

// cell is an expected grid slot.
type cell struct {
	row, col   int
	text       string
	orow, ocol int
}

func checkCells(t *testing.T, tb *parser.Table, want []cell) {
	t.Helper()
	for _, w := range want {
		if w.row >= len(tb.Rows) || w.col >= len(tb.Rows[w.row]) {
			t.Errorf("slot (%d,%d) outside the %d-row grid", w.row, w.col, len(tb.Rows))
			continue
		}
		c := tb.Rows[w.row][w.col]
		if c.Text != w.text || c.OriginRow != w.orow || c.OriginCol != w.ocol {
			t.Errorf("slot (%d,%d) = %q@%d,%d, want %q@%d,%d", w.row, w.col, c.Text, c.OriginRow, c.OriginCol, w.text, w.orow, w.ocol)
		}
	}
}

func checkRectangular(t *testing.T, d *parser.Document) {
	t.Helper()
	for i, tb := range d.Tables() {
		for r, row := range tb.Rows {
			if len(row) != len(tb.Rows[0]) {
				t.Errorf("table %d row %d has %d cells, row 0 has %d", i, r, len(row), len(tb.Rows[0]))
			}
			for c, cl := range row {
				o := tb.Rows[cl.OriginRow][cl.OriginCol]
				if o.Text != cl.Text || o.Merged(cl.OriginRow, cl.OriginCol) {
					t.Errorf("table %d slot (%d,%d) points at (%d,%d), which is not an origin with its text", i, r, c, cl.OriginRow, cl.OriginCol)
				}
			}
		}
	}
}

// Table three of the Word-made page of 沭阳县发展和改革局 (and its GBK twin): the 3×3
// corner, 申请人情况 over seven columns, 三、本年度办理结果 over 22 rows, the legal-person
// columns left empty.
func TestShuyangTable3(t *testing.T) {
	for _, name := range []string{"沭阳县发展和改革局-2023.html", "沭阳县发展和改革局-2023-gbk.html"} {
		t.Run(name, func(t *testing.T) {
			d := readPage(t, name)
			checkRectangular(t, d)
			if len(d.Tables()) != 3 {
				t.Fatalf("got %d tables, want 表二 表三 表四", len(d.Tables()))
			}
			tb := findTable(t, d, "本年新收")
			if len(tb.Rows) != 28 || len(tb.Rows[0]) != 10 {
				t.Fatalf("表三 is %d×%d, want 28×10", len(tb.Rows), len(tb.Rows[0]))
			}
			corner := "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
			checkCells(t, tb, []cell{
				{0, 0, corner, 0, 0}, {2, 2, corner, 0, 0},
				{0, 3, "申请人情况", 0, 3}, {0, 9, "申请人情况", 0, 3},
				{1, 3, "自然人", 1, 3}, {2, 3, "自然人", 1, 3},
				{1, 4, "法人或其他组织", 1, 4}, {1, 8, "法人或其他组织", 1, 4},
				{2, 4, "商业\n企业", 2, 4}, {2, 5, "科研\n机构", 2, 5}, {2, 8, "其他", 2, 8},
				{1, 9, "总计", 1, 9}, {2, 9, "总计", 1, 9},
				{3, 0, "一、本年新收政府信息公开申请数量", 3, 0}, {3, 2, "一、本年新收政府信息公开申请数量", 3, 0},
				{3, 3, "26", 3, 3}, {3, 4, "", 3, 4}, {3, 8, "", 3, 8}, {3, 9, "26", 3, 9},
				{5, 0, "三、本年度办理结果", 5, 0}, {26, 0, "三、本年度办理结果", 5, 0},
				{5, 1, "（一）予以公开", 5, 1}, {5, 2, "（一）予以公开", 5, 1},
				{7, 1, "（三）不予公开", 7, 1}, {14, 1, "（三）不予公开", 7, 1}, {14, 2, "8.属于行政查询事项", 14, 2},
				{23, 1, "（六）其他处理", 23, 1}, {25, 1, "（六）其他处理", 23, 1}, {25, 2, "3.其他", 25, 2},
				{26, 1, "（七）总计", 26, 1}, {26, 3, "26", 26, 3}, {26, 9, "26", 26, 9},
				{27, 0, "四、结转下年度继续办理", 27, 0}, {27, 9, "0", 27, 9},
			})
			t4 := findTable(t, d, "复议后起诉")
			checkCells(t, t4, []cell{{3, 3, "1", 3, 3}, {3, 4, "1", 3, 4}, {2, 0, "结果维持", 1, 0}, {1, 10, "复议后起诉", 1, 10}, {1, 14, "复议后起诉", 1, 10}})

			ps := d.Paragraphs()
			if ps[0].Text != "沭阳县发展和改革局2023年政府信息公开年度报告" {
				t.Errorf("first paragraph %q, want the title", ps[0].Text)
			}
			if last := ps[len(ps)-1].Text; last != "2024年1月17日" {
				t.Errorf("last paragraph %q, want the signature date", last)
			}
			for _, p := range ps {
				for _, junk := range []string{"首页", "网站标识码", "var ", "索引号"} {
					if strings.Contains(p.Text, junk) {
						t.Errorf("page furniture in the body: %q", p.Text)
					}
				}
			}
			if d.Meta["公开日期"] != "2024-01-17" || d.Meta["发布机构"] != "沭阳县发展和改革局" || d.Meta["索引号"] != "014314799/2024-00002" {
				t.Errorf("Meta = %v", d.Meta)
			}
			if d.Input != parser.InputHTML {
				t.Errorf("Input = %q", d.Input)
			}
		})
	}
}

// The GBK twin must read exactly like the UTF-8 page.
func TestGBKSameAsUTF8(t *testing.T) {
	a := readPage(t, "沭阳县发展和改革局-2023.html")
	b := readPage(t, "沭阳县发展和改革局-2023-gbk.html")
	ja, _ := json.Marshal(a.Blocks)
	jb, _ := json.Marshal(b.Blocks)
	if !bytes.Equal(ja, jb) {
		t.Error("GBK page reads differently from its UTF-8 original")
	}
}

func TestNavigationAndMeta(t *testing.T) {
	d := readPage(t, "nav-layout-meta.html")
	checkRectangular(t, d)
	ps := d.Paragraphs()
	if len(ps) == 0 || ps[0].Text != "某某县某某镇人民政府2023年政府信息公开工作年度报告" {
		t.Fatalf("title paragraph = %v", ps)
	}
	for _, p := range ps {
		for _, junk := range []string{"首页", "当前位置", "分享到", "打印", "主办", "电话", "隐藏", "2022年政府信息公开", "发布日期", "索引号"} {
			if strings.Contains(p.Text, junk) {
				t.Errorf("page furniture or metadata in the body: %q", p.Text)
			}
		}
	}
	want := map[string]string{
		"索引号": "11320000-0001/2024-00012", "发布机构": "某某县某某镇人民政府", "成文日期": "2024-01-18",
		"发布日期": "2024-01-20", "来源": "某某镇", "主题分类": "综合政务\\其他",
		"名称": "某某县某某镇人民政府2023年政府信息公开工作年度报告",
	}
	for k, v := range want {
		if d.Meta[k] != v {
			t.Errorf("Meta[%q] = %q, want %q", k, d.Meta[k], v)
		}
	}
	if len(d.Tables()) != 1 {
		t.Errorf("got %d tables, want only 表二 (the metadata and layout tables are not data)", len(d.Tables()))
	}
	heads := 0
	for _, p := range ps {
		for _, h := range []string{"一、", "二、", "三、", "四、", "五、", "六、"} {
			if strings.HasPrefix(p.Text, h) {
				heads++
			}
		}
	}
	if heads != 6 {
		t.Errorf("found %d of the six headings", heads)
	}
	// Loc.Para counts in reading order: strictly increasing over blocks.
	last := 0
	for _, b := range d.Blocks {
		n := 0
		if b.Para != nil {
			n = b.Para.Loc.Para
		} else {
			n = b.Table.Loc.Para
		}
		if n <= last {
			t.Errorf("Loc.Para %d after %d", n, last)
		}
		last = n
	}
}

func TestSpansAndMerges(t *testing.T) {
	d := readPage(t, "spans-spans.html")
	checkRectangular(t, d)
	ps := d.Paragraphs()
	wantParas := []string{
		"某某局2023年政府信息公开工作年度报告",
		"一、总体情况",
		"全年收到申请共计5件，文字在源文件中换行。English words stay apart. 结束。",
	}
	for i, w := range wantParas {
		if i >= len(ps) || ps[i].Text != w {
			t.Errorf("paragraph %d = %v, want %q", i, ps[i], w)
		}
	}
	tb := findTable(t, d, "本年新收")
	if len(tb.Rows) != 6 || len(tb.Rows[0]) != 6 {
		t.Fatalf("grid %d×%d, want 6×6 (empty <tr> dropped; widest row 1+5)", len(tb.Rows), len(tb.Rows[0]))
	}
	checkCells(t, tb, []cell{
		{0, 0, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 0, 0}, // colspan=0 is 1
		{0, 1, "申请人情况", 0, 1}, {0, 2, "申请人情况", 0, 1}, // colspan="2px" is 2
		{1, 0, "", 1, 0}, // &nbsp; only
		{1, 1, "自然人", 1, 1}, {1, 2, "总\n计", 1, 2},
		{2, 0, "一、本年新收政府信息公开申请数量", 2, 0}, {2, 1, "3", 2, 1}, {2, 2, "3", 2, 2}, // NBSP and U+3000 trimmed
		{3, 0, "三、本年度办理结果", 3, 0}, {5, 0, "三、本年度办理结果", 3, 0}, // rowspan=0 runs to the end
		{3, 1, "", 3, 1},                                        // rowspan="x" is 1
		{3, 2, "1", 3, 2},                                       // empty second paragraph dropped
		{4, 1, "2", 4, 1}, {4, 2, "9", 4, 2}, {5, 2, "9", 4, 2}, // rowspan=9 cut at the last row
		{5, 1, "宽行", 5, 1}, {5, 3, "宽行", 5, 1}, {5, 5, "宽行", 5, 1}, // colspan around the rowspan
		{0, 5, "", 0, 5}, // padding
	})
}

func TestLimits(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(dir, "沭阳县发展和改革局-2023.html"))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		data []byte
		lim  parser.Limits
	}{
		{"file size", b, parser.Limits{MaxFileBytes: 1000}},
		{"tables", b, parser.Limits{MaxTables: 2}},
		{"cells", b, parser.Limits{MaxCells: 100}},
		{"depth", []byte(strings.Repeat("<div>", 300) + "x"), parser.Limits{MaxDepth: 100}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, err := Read(c.data, c.lim); err == nil {
				t.Errorf("no error over the %s limit", c.name)
			}
		})
	}
	if _, err := Read(b, parser.Limits{MaxCells: 100}); !errors.Is(err, ErrLimit) {
		t.Errorf("cell limit error %v does not wrap ErrLimit", err)
	}
}

func TestOddInputs(t *testing.T) {
	for _, s := range []string{"", "<", "<table><tr><td rowspan=65534 colspan=1000>x</table>", "\xff\xfe<\x00p\x00>\x00", "<table></table>", "<td>x</td>", "plain 文本"} {
		if _, err := Read([]byte(s), parser.Limits{}); err != nil && !errors.Is(err, ErrLimit) {
			t.Logf("%q: %v", s, err)
		}
	}
}

func FuzzRead(f *testing.F) {
	for _, p := range pages(f) {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("<table><tr><td rowspan=0 colspan=0>a<td rowspan=3>b<tr><td>c</table>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Read(data, parser.Limits{MaxCells: 20000, MaxDepth: 64})
		if err != nil {
			return
		}
		for _, tb := range d.Tables() {
			for _, row := range tb.Rows {
				if len(row) != len(tb.Rows[0]) {
					t.Fatalf("ragged grid")
				}
				for _, c := range row {
					if c.OriginRow >= len(tb.Rows) || c.OriginCol >= len(row) {
						t.Fatalf("origin outside the grid")
					}
				}
			}
		}
	})
}

func BenchmarkRead(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(dir, "沭阳县发展和改革局-2023.html"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Read(data, parser.Limits{}); err != nil {
			b.Fatal(err)
		}
	}
}

// A page saved by Word as GB2312 "web page": MsoNormal paragraphs, <o:p>, a title broken
// by <br>, and the zero-height column-width row Word adds at the end of tables.
func TestWordExport(t *testing.T) {
	d := readPage(t, "word-export-gb2312.html")
	checkRectangular(t, d)
	if len(d.Tables()) != 1 {
		t.Fatalf("%d tables", len(d.Tables()))
	}
	tb := d.Tables()[0]
	if len(tb.Rows) != 4 || len(tb.Rows[0]) != 15 {
		t.Fatalf("表四 %d×%d, want 4×15 (Word's ghost row dropped)", len(tb.Rows), len(tb.Rows[0]))
	}
	checkCells(t, tb, []cell{{1, 0, "结果\n维持", 1, 0}, {2, 0, "结果\n维持", 1, 0}, {2, 5, "结果\n维持", 2, 5}, {3, 1, "1", 3, 1}, {3, 4, "1", 3, 4}, {0, 14, "行政诉讼", 0, 5}})
	r := parser.Recognize(d)
	if r.Year != 2022 || r.Issuer != "某某市某某区民政局" || r.Signature == nil || r.Signature.Date != "2023-01-16" {
		t.Errorf("year %d issuer %q signature %+v", r.Year, r.Issuer, r.Signature)
	}
	if r.Table4 == nil || r.Table4.Review.Corrected.Value != 1 || r.Table4.Review.Total.Value != 1 {
		t.Errorf("表四 %+v", r.Table4)
	}
}

// A page carrying the report twice (PC and mobile copies), with page tools inside the
// article box and hidden rows and cells in a table.
func TestDuplicateCopyAndHidden(t *testing.T) {
	d := readPage(t, "dup-mobile-copy.html")
	checkRectangular(t, d)
	for _, p := range d.Paragraphs() {
		for _, junk := range []string{"手机版副本", "打印", "字体", "上一篇"} {
			if strings.Contains(p.Text, junk) {
				t.Errorf("unexpected paragraph %q", p.Text)
			}
		}
	}
	if n := len(d.Paragraphs()); n != 6 {
		t.Errorf("%d paragraphs, want title, three headings and two bodies", n)
	}
	tb := findTable(t, d, "本年新收")
	if len(tb.Rows) != 3 || len(tb.Rows[0]) != 4 {
		t.Fatalf("grid %d×%d, want 3×4 without the hidden row and column", len(tb.Rows), len(tb.Rows[0]))
	}
	checkCells(t, tb, []cell{{1, 3, "4", 1, 3}, {2, 0, "四、结转下年度继续办理", 2, 0}})
}

// Word bookmarks (<a name>) around headings are text, not links; a signature set in a
// one-column table reads as paragraphs; metadata printed as <b>label</b><span>value</span>.
func TestBookmarksAndSignatureTable(t *testing.T) {
	d := readPage(t, "bookmarks-signtable.html")
	var ps []string
	for _, p := range d.Paragraphs() {
		ps = append(ps, p.Text)
	}
	want := []string{"某某市自然资源和规划局2023年政府信息公开工作年度报告", "一、总体情况", "本局全年主动公开信息56条。",
		"二、主动公开政府信息情况", "六、其他需要报告的事项", "本年度未收取信息处理费。", "某某市自然资源和规划局", "2024年1月19日"}
	if strings.Join(ps, "|") != strings.Join(want, "|") {
		t.Errorf("paragraphs\n%q\nwant\n%q", ps, want)
	}
	if len(d.Tables()) != 1 {
		t.Errorf("%d tables, want 1 (the signature table is layout)", len(d.Tables()))
	}
	if d.Meta["发布机构"] != "某某市自然资源和规划局" || d.Meta["发布日期"] != "2024-01-22" || d.Meta["索引号"] != "000000/2024-001" {
		t.Errorf("Meta %v", d.Meta)
	}
	r := parser.Recognize(d)
	if r.Signature == nil || r.Signature.Date != "2024-01-19" || r.Signature.Issuer != "某某市自然资源和规划局" {
		t.Errorf("signature %+v", r.Signature)
	}
}

func TestIsTitle(t *testing.T) {
	for s, want := range map[string]bool{
		"某某县某某镇人民政府2023年政府信息公开工作年度报告":          true,
		"某某局政府信息公开工作2023年度报告":                  true,
		"某某市政府信息公开年报（2023年）":                   true,
		"本报告根据《条例》编制。本报告中所列数据的统计期限自2023年1月1日起": false,
		"2022年政府信息公开工作年度报告":                    true,
		"政府信息公开工作年度报告":                         false,
		"2023年工作总结":                            false,
	} {
		if got := isTitle(s); got != want {
			t.Errorf("isTitle(%q) = %v, want %v", s, got, want)
		}
	}
}

// HTML5 page furniture (header, nav, footer, share bar) around and inside the content box.
func TestHTML5Furniture(t *testing.T) {
	d := readPage(t, "title-in-header-box.html")
	var ps []string
	for _, p := range d.Paragraphs() {
		ps = append(ps, p.Text)
	}
	want := []string{"某某区人民政府2023年政府信息公开工作年度报告", "一、总体情况", "2023年，区政府认真贯彻落实《条例》。",
		"五、存在的主要问题及改进情况", "个别部门公开不及时。", "六、其他需要报告的事项", "本年度未收取信息处理费。",
		"某某区人民政府", "2024年3月1日"}
	if strings.Join(ps, "|") != strings.Join(want, "|") {
		t.Errorf("paragraphs\n%q\nwant\n%q", ps, want)
	}
}

// A rowspan stops at the end of its row group, as browsers draw it.
func TestRowspanStopsAtRowGroup(t *testing.T) {
	page := `<table><thead><tr><th rowspan="3">甲</th><th>乙</th></tr></thead>
<tbody><tr><td>一</td><td>二</td></tr><tr><td rowspan="0">三</td><td>四</td></tr><tr><td>五</td></tr></tbody></table>`
	d, err := Read([]byte(page), parser.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	checkRectangular(t, d)
	tb := d.Tables()[0]
	if len(tb.Rows) != 4 || len(tb.Rows[0]) != 2 {
		t.Fatalf("grid %d×%d, want 4×2", len(tb.Rows), len(tb.Rows[0]))
	}
	checkCells(t, tb, []cell{{0, 0, "甲", 0, 0}, {1, 0, "一", 1, 0}, {2, 0, "三", 2, 0}, {3, 0, "三", 2, 0}, {3, 1, "五", 3, 1}})
}

func TestPageTitle(t *testing.T) {
	for in, want := range map[string]string{
		"沭阳县发展和改革局2023年政府信息公开年度报告-沭阳县发改局": "沭阳县发展和改革局2023年政府信息公开年度报告",
		"某某县人民政府 | 某镇2022年政府信息公开工作年度报告":   "某镇2022年政府信息公开工作年度报告",
		"信息公开_某某市人民政府":                    "",
	} {
		if got := pageTitle(in); got != want {
			t.Errorf("pageTitle(%q) = %q, want %q", in, got, want)
		}
	}
}

// Header rows written with empty cells instead of rowspan, and a title printed only in
// the page's <title>.
func TestNoRowspanHeaders(t *testing.T) {
	r := parser.Recognize(readPage(t, "no-rowspan-headers.html"))
	if r.Title != "测试市2025年政府信息公开工作年度报告" || r.Year != 2025 {
		t.Errorf("title %q year %d", r.Title, r.Year)
	}
	if r.Table3 == nil || r.Table3.NewReceived == nil || r.Table3.NewReceived.Total.Value != 14069 || r.Table3.CarriedOver.LegalServices.Value != 18 {
		t.Fatalf("表三 %+v", r.Table3)
	}
	if r.Table4 == nil || r.Table4.Review.Total.Value != 790 || r.Table4.LitigationAfterReview.Upheld.Value != 74 {
		t.Errorf("表四 %+v", r.Table4)
	}
}

// Without any declaration, bytes that are not UTF-8 are read as GB18030; a page declared
// GBK but re-saved as UTF-8 is read as UTF-8.
func TestCharsetDetection(t *testing.T) {
	gbk, err := os.ReadFile(filepath.Join(dir, "沭阳县发展和改革局-2023-gbk.html"))
	if err != nil {
		t.Fatal(err)
	}
	undeclared := bytes.ReplaceAll(gbk, []byte("charset=gb2312"), []byte("x=y"))
	undeclared = bytes.ReplaceAll(undeclared, []byte(`charset="gbk"`), []byte(`x="y"`))
	if bytes.Contains(undeclared, []byte("charset")) {
		t.Fatal("fixture still declares a charset")
	}
	utf, err := os.ReadFile(filepath.Join(dir, "沭阳县发展和改革局-2023.html"))
	if err != nil {
		t.Fatal(err)
	}
	mislabeled := bytes.Replace(utf, []byte(`<meta charset="utf-8" />`), []byte(`<meta charset="gbk" />`), 1)
	want := readPage(t, "沭阳县发展和改革局-2023.html")
	wj, _ := json.Marshal(want.Blocks)
	for name, b := range map[string][]byte{"undeclared GBK": undeclared, "UTF-8 labelled GBK": mislabeled} {
		d, err := Read(b, parser.Limits{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if gj, _ := json.Marshal(d.Blocks); !bytes.Equal(wj, gj) {
			t.Errorf("%s: reads differently from the UTF-8 page", name)
		}
	}
}

func TestMetaLines(t *testing.T) {
	for line, want := range map[string]map[string]string{
		"发布机构：某某局来源：某某办":                         {"发布机构": "某某局", "来源": "某某办"},
		"发布日期：2024-01-20 10:30  浏览次数：12  来源：某某镇": {"发布日期": "2024-01-20 10:30", "来源": "某某镇"},
		"成文日期:2024年1月18日|发文字号:某政发〔2024〕1号":       {"成文日期": "2024年1月18日", "发文字号": "某政发〔2024〕1号"},
		"我局地址：某某路1号":                             {},
	} {
		r := &reader{meta: map[string]string{}}
		r.metaFromLine(line)
		if len(r.meta) != len(want) {
			t.Errorf("%q: Meta %v, want %v", line, r.meta, want)
		}
		for k, v := range want {
			if r.meta[k] != v {
				t.Errorf("%q: Meta[%s] = %q, want %q", line, k, r.meta[k], v)
			}
		}
	}
}

// The report kept only in a hidden box (a PDF viewer on screen): read as if shown.
func TestHiddenOnlyReport(t *testing.T) {
	d := readPage(t, "hidden-text-box.html")
	r := parser.Recognize(d)
	if r.Year != 2023 || r.Issuer != "某某乡人民政府" || len(r.Sections) != 3 || r.Table4 == nil {
		t.Errorf("year %d issuer %q sections %d 表四 %v", r.Year, r.Issuer, len(r.Sections), r.Table4 != nil)
	}
	if r.Signature == nil || r.Signature.Date != "2024-01-10" {
		t.Errorf("signature %+v", r.Signature)
	}
	for _, p := range d.Paragraphs() {
		if strings.Contains(p.Text, "页脚") || strings.Contains(p.Text, "首页") {
			t.Errorf("furniture %q", p.Text)
		}
	}
}

// TestBracketHeading: a site that prints its section headings in 【】 (【一、总体情况】) must
// keep them; only short tool labels like 【打印】【关闭】 are page furniture.
func TestBracketHeading(t *testing.T) {
	d := readPage(t, "bracket-heading.html")
	found := false
	for _, p := range d.Paragraphs() {
		if strings.Contains(p.Text, "一、总体情况") {
			found = true
		}
		if p.Text == "【打印】【关闭】" || p.Text == "【打印】" {
			t.Errorf("page tool kept: %q", p.Text)
		}
	}
	if !found {
		t.Error("heading 【一、总体情况】 dropped as a page tool")
	}
	for _, s := range []string{"【打印】【关闭】", "【 打印 】", "【收藏】"} {
		if !isPageTool(s, false) {
			t.Errorf("isPageTool(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"【一、总体情况】", "【二、主动公开政府信息情况】", "【五：存在的主要问题】"} {
		if isPageTool(s, false) {
			t.Errorf("isPageTool(%q) = true, want false", s)
		}
	}
}
