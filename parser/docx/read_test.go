package docx

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"hash/crc32"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

var update = flag.Bool("update", false, "rewrite testdata/docx fixtures and golden JSON")

func readFixture(t testing.TB, name string) *parser.Document {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(fixtureDir, name))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Read(data, parser.Limits{})
	if err != nil {
		t.Fatalf("Read(%s): %v", name, err)
	}
	return doc
}

// TestGolden compares every fixture's Document with its golden JSON; -update first
// regenerates the fixtures, then rewrites the golden files.
func TestGolden(t *testing.T) {
	if *update {
		writeFixtures(t)
	}
	names, err := filepath.Glob(filepath.Join(fixtureDir, "*.docx"))
	if err != nil || len(names) < len(fixtureSources)+len(copiedFixtures)+len(libreofficeFixtures) {
		t.Fatalf("fixtures missing in %s (%d found, err %v): run go test -update", fixtureDir, len(names), err)
	}
	for _, path := range names {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			doc := readFixture(t, name)
			got, err := json.MarshalIndent(doc, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(path, ".docx") + ".json"
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
			if !bytes.Equal(bytes.TrimSpace(want), got) {
				t.Errorf("%s differs from %s; inspect, then go test -update", name, golden)
			}
		})
	}
}

// paragraphs lists the texts of the top-level paragraphs.
func paragraphs(doc *parser.Document) []string {
	var out []string
	for _, p := range doc.Paragraphs() {
		out = append(out, p.Text)
	}
	return out
}

// slot names a grid slot: table index, row, column.
type slot struct{ t, r, c int }

// want is a slot's expected text and origin.
type want struct {
	text   string
	or, oc int
}

func TestContent(t *testing.T) {
	tests := []struct {
		file   string
		paras  []string // exact top-level paragraphs, in order
		shapes [][2]int // rows × columns of each table, in order
		cells  map[slot]want
		meta   map[string]string
	}{
		{
			file: "runs.docx",
			paras: []string{
				"一、本年新收政府信息公开申请数量",
				"第一行\n第二行\n第三行",
				"名称\t１２３",
				"全年共收到申请２４件。",
				"2024年1月20日",
				"临江县人民政府",
				"第3页",
				"共5页",
				"非空",
				"a-bc",
				"不换行空格",
				"可见也可见",
			},
		},
		{
			file:   "tracked.docx",
			paras:  []string{"收到申请24件", "正文新位置"},
			shapes: [][2]int{{2, 2}},
			cells: map[slot]want{
				{0, 0, 1}: {"本年处理决定数量", 0, 1},
				{0, 1, 0}: {"行政许可", 1, 0},
				{0, 1, 1}: {"156", 1, 1},
			},
		},
		{
			file:   "sdt.docx",
			paras:  []string{"临江县2023年政府信息公开工作年度报告", "表后段落", "日期："},
			shapes: [][2]int{{4, 2}},
			cells: map[slot]want{
				{0, 0, 1}: {"本年处理决定数量", 0, 1},
				{0, 1, 0}: {"行政处罚", 1, 0},
				{0, 1, 1}: {"23", 1, 1},
				{0, 2, 0}: {"行政强制", 2, 0},
				{0, 2, 1}: {"2", 2, 1},
				{0, 3, 0}: {"行政事业性收费", 3, 0},
				{0, 3, 1}: {"", 3, 1}, // the prompt is not content
			},
		},
		{
			file:  "textbox.docx",
			paras: []string{"锚定段落（续）", "文本框内容", "旧式文本框", "选择分支", "只有后备", "结尾"},
		},
		{
			file:   "frame.docx",
			paras:  []string{"一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况"},
			shapes: [][2]int{{3, 3}, {1, 2}, {1, 2}},
			cells: map[slot]want{
				{0, 0, 0}: {"第二十条第（一）项", 0, 0},
				{0, 0, 2}: {"第二十条第（一）项", 0, 0},
				{0, 2, 2}: {"1", 2, 2},
				{1, 0, 0}: {"行政处罚", 0, 0},
				{2, 0, 1}: {"2", 0, 1},
			},
		},
		{
			file:   "grid.docx",
			shapes: [][2]int{{6, 4}},
			cells: map[slot]want{
				{0, 0, 0}: {"", 0, 0},   // gridBefore padding
				{0, 0, 1}: {"B0", 0, 1}, // continue in the first row: its own cell
				{0, 1, 0}: {"A1", 1, 0}, // continue under padding: its own cell
				{0, 1, 2}: {"C1\n第二段", 1, 2},
				{0, 1, 3}: {"C1\n第二段", 1, 2},
				{0, 2, 1}: {"B1", 1, 1},
				{0, 2, 2}: {"C1\n第二段", 1, 2},
				{0, 2, 3}: {"C1\n第二段", 1, 2},
				{0, 3, 2}: {"", 3, 2},   // gridAfter padding
				{0, 4, 1}: {"A4", 4, 0}, // hMerge continue
				{0, 4, 2}: {"", 4, 2},   // U+3000 only
				{0, 4, 3}: {"D4", 4, 3},
				{0, 5, 0}: {"A5", 5, 0},
				{0, 5, 3}: {"", 5, 3}, // short row padded
			},
		},
		{
			file:   "altchunk.docx",
			paras:  []string{"前言段落", "一、总体情况", "二、主动公开政府信息情况", "结尾段落"},
			shapes: [][2]int{{2, 2}},
			cells: map[slot]want{
				{0, 0, 1}: {"第二十条第（一）项", 0, 0},
				{0, 1, 1}: {"0", 1, 1},
			},
		},
		{
			file:   "strict.docx",
			paras:  []string{"严格格式"},
			shapes: [][2]int{{1, 2}},
			cells:  map[slot]want{{0, 0, 1}: {"乙", 0, 1}},
			meta:   map[string]string{"created": "2024-01-15T08:00:00Z", "modified": "2024-01-20T09:30:00Z"},
		},
		{
			file:   "godocx-merge.docx",
			paras:  []string{"四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况"},
			shapes: [][2]int{{3, 4}},
			cells: map[slot]want{
				{0, 0, 1}: {"行政复议", 0, 0},
				{0, 0, 2}: {"行政诉讼", 0, 2},
				{0, 2, 0}: {"结果维持", 1, 0},
				{0, 2, 1}: {"1", 2, 1},
			},
		},
		{
			file:   "official-blank-2021.docx",
			paras:  blankParas,
			shapes: [][2]int{{14, 4}, {28, 10}, {4, 15}},
			cells: map[slot]want{
				{0, 0, 3}:  {"第二十条第（一）项", 0, 0},
				{0, 1, 3}:  {"现行有效件数", 1, 3},
				{0, 3, 0}:  {"行政规范性文件", 3, 0},
				{0, 12, 3}: {"本年收费金额（单位：万元）", 12, 1},
				// 表三: the 3×3 corner, applicant header, labels, merged label columns.
				{1, 0, 0}:  {table3Corner, 0, 0},
				{1, 2, 2}:  {table3Corner, 0, 0},
				{1, 0, 9}:  {"申请人情况", 0, 3},
				{1, 2, 3}:  {"自然人", 1, 3},
				{1, 2, 4}:  {"商业\n企业", 2, 4},
				{1, 2, 9}:  {"总计", 1, 9},
				{1, 3, 0}:  {"一、本年新收政府信息公开申请数量", 3, 0},
				{1, 3, 2}:  {"一、本年新收政府信息公开申请数量", 3, 0},
				{1, 3, 3}:  {"", 3, 3},
				{1, 26, 0}: {"三、本年度办理结果", 5, 0},
				{1, 14, 1}: {"（三）不予公开", 7, 1},
				{1, 14, 2}: {"8.属于行政查询事项", 14, 2},
				{1, 26, 2}: {"（七）总计", 26, 1},
				{1, 27, 2}: {"四、结转下年度继续办理", 27, 0},
				{1, 27, 9}: {"", 27, 9},
				// 表四: two header rows over 15 columns, one data row.
				{2, 0, 14}: {"行政诉讼", 0, 5},
				{2, 1, 14}: {"复议后起诉", 1, 10},
				{2, 2, 0}:  {"结果维持", 1, 0},
				{2, 2, 14}: {"总计", 2, 14},
				{2, 3, 14}: {"", 3, 14},
			},
		},
		{
			file:   "filled-wps-2023.docx",
			shapes: [][2]int{{14, 4}, {28, 10}, {4, 15}},
			cells:  filledCells,
		},
		{
			file:   "filled-libreoffice-2023.docx",
			shapes: [][2]int{{14, 4}, {28, 10}, {4, 15}},
			cells:  filledCells,
		},
	}
	// A LibreOffice round trip must read as its source does.
	for _, tt := range tests {
		if slices.Contains(libreofficeFixtures, tt.file) {
			tt.file = "lo-" + tt.file
			tests = append(tests, tt)
		}
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			doc := readFixture(t, tt.file)
			if doc.Input != parser.InputDocx {
				t.Errorf("Input = %q", doc.Input)
			}
			if tt.paras != nil {
				got := paragraphs(doc)
				if strings.Join(got, "¶") != strings.Join(tt.paras, "¶") {
					t.Errorf("paragraphs\n got %q\nwant %q", got, tt.paras)
				}
			}
			tables := doc.Tables()
			var shapes [][2]int
			for _, tb := range tables {
				shapes = append(shapes, [2]int{len(tb.Rows), len(tb.Rows[0])})
				for i, row := range tb.Rows {
					if len(row) != len(tb.Rows[0]) {
						t.Errorf("table at ¶%d row %d has %d cells, row 0 has %d", tb.Loc.Para, i, len(row), len(tb.Rows[0]))
					}
				}
			}
			if fmt.Sprint(shapes) != fmt.Sprint(tt.shapes) {
				t.Errorf("table shapes %v, want %v", shapes, tt.shapes)
			}
			for s, w := range tt.cells {
				if s.t >= len(tables) || s.r >= len(tables[s.t].Rows) || s.c >= len(tables[s.t].Rows[s.r]) {
					t.Errorf("slot %v missing", s)
					continue
				}
				c := tables[s.t].Rows[s.r][s.c]
				if c.Text != w.text || c.OriginRow != w.or || c.OriginCol != w.oc {
					t.Errorf("slot %v = %q origin (%d,%d), want %q origin (%d,%d)", s, c.Text, c.OriginRow, c.OriginCol, w.text, w.or, w.oc)
				}
			}
			if tt.meta != nil && fmt.Sprint(doc.Meta) != fmt.Sprint(tt.meta) {
				t.Errorf("Meta = %v, want %v", doc.Meta, tt.meta)
			}
			checkLocs(t, doc)
		})
	}
}

// checkLocs: every paragraph, table and origin cell has a paragraph number, numbers
// grow in reading order, and a covered slot shares its origin's text and Loc.
func checkLocs(t *testing.T, doc *parser.Document) {
	t.Helper()
	last := 0
	for _, b := range doc.Blocks {
		n := 0
		if b.Para != nil {
			n = b.Para.Loc.Para
		} else {
			n = b.Table.Loc.Para
			for i, row := range b.Table.Rows {
				for j, c := range row {
					o := b.Table.Rows[c.OriginRow][c.OriginCol]
					if c.Text != o.Text || c.Loc != o.Loc || o.Merged(c.OriginRow, c.OriginCol) {
						t.Errorf("table ¶%d slot (%d,%d) disagrees with its origin (%d,%d)", n, i, j, c.OriginRow, c.OriginCol)
					}
				}
			}
		}
		if n <= last {
			t.Errorf("block at ¶%d follows ¶%d: not in reading order", n, last)
		}
		last = n
	}
}

const table3Corner = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"

var blankParas = []string{
	"政府信息公开工作年度报告格式模板",
	"一、总体情况", "（文字描述）",
	"二、主动公开政府信息情况",
	"三、收到和处理政府信息公开申请情况",
	"四、政府信息公开行政复议、行政诉讼情况",
	"五、存在的主要问题及改进情况", "（文字描述）",
	"六、其他需要报告的事项", "（文字描述，收取信息处理费情况在此处报告。）",
}

// filledCells hold in both the WPS and the LibreOffice save of the same report.
var filledCells = map[slot]want{
	{0, 3, 3}:  {"12", 3, 3},
	{0, 6, 3}:  {"156", 6, 1},
	{1, 2, 2}:  {table3Corner, 0, 0},
	{1, 3, 3}:  {"20", 3, 3},
	{1, 3, 9}:  {"24", 3, 9},
	{1, 15, 9}: {"4", 15, 9},
	{1, 16, 1}: {"（四）无法提供", 15, 1},
	{1, 26, 9}: {"24", 26, 9},
	{1, 27, 9}: {"2", 27, 9},
	{2, 2, 5}:  {"结果\n维持", 2, 5},
	{2, 3, 4}:  {"2", 3, 4},
	{2, 3, 9}:  {"1", 3, 9},
}

// TestLocs pins paragraph numbering: cell paragraphs count, empty paragraphs count.
func TestLocs(t *testing.T) {
	doc := readFixture(t, "official-blank-2021.docx")
	tables := doc.Tables()
	// In the blank, 表三 opens at ¶52; its corner cell is the table's first paragraph.
	if got := tables[1].Loc.Para; got != 52 || tables[1].Rows[0][0].Loc.Para != 52 {
		t.Errorf("表三 at ¶%d, corner at ¶%d; want 52", got, tables[1].Rows[0][0].Loc.Para)
	}
	if p := doc.Paragraphs()[len(doc.Paragraphs())-1]; p.Loc.Para <= tables[2].Rows[3][14].Loc.Para {
		t.Errorf("last paragraph ¶%d not after 表四's last cell ¶%d", p.Loc.Para, tables[2].Rows[3][14].Loc.Para)
	}
	doc = readFixture(t, "runs.docx")
	ps := doc.Paragraphs()
	// The whitespace-only 10th paragraph is not emitted but counted.
	if ps[8].Loc.Para != 9 || ps[9].Loc.Para != 11 {
		t.Errorf("paragraph numbers %d, %d; want 9, 11", ps[8].Loc.Para, ps[9].Loc.Para)
	}
}

// rawZip builds a zip whose single document.xml entry declares a size of its own
// choosing (to play a lying header).
func rawZip(t testing.TB, name string, content []byte, declared uint64) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{
		Name: name, Method: zip.Store, CRC32: crc32.ChecksumIEEE(content),
		CompressedSize64: uint64(len(content)), UncompressedSize64: declared,
	})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(content)
	zw.Close()
	return buf.Bytes()
}

func TestErrors(t *testing.T) {
	deep := strings.Repeat("<w:sdt><w:sdtContent>", 200) + para("深") + strings.Repeat("</w:sdtContent></w:sdt>", 200)
	bigRow := `<w:tbl><w:tr>` + tc(`<w:gridSpan w:val="1000000000"/>`, para("x")) + `</w:tr><w:tr>` + tc(``, para("y")) + `</w:tr></w:tbl>`
	manyEntries := func() []byte {
		parts := []string{"word/document.xml", docHead + docTail}
		for i := 0; i < 30; i++ {
			parts = append(parts, fmt.Sprintf("word/media/image%d.png", i), "x")
		}
		return zipParts(t, parts...)
	}
	blank, err := os.ReadFile(filepath.Join(fixtureDir, "official-blank-2021.docx"))
	if err != nil {
		t.Fatal(err)
	}
	bigText := docHead + strings.Repeat(para("一二三四五六七八九十"), 200) + docTail
	tests := []struct {
		name string
		data []byte
		lim  parser.Limits
		want error
		msg  string // a fragment the message must carry
	}{
		{"empty", nil, parser.Limits{}, ErrNotZip, "open archive"},
		{"text", []byte("一、总体情况\n"), parser.Limits{}, ErrNotZip, "open archive"},
		{"cut zip", blank[:len(blank)/2], parser.Limits{}, ErrNotZip, "open archive"},
		{"zip without document", zipParts(t, "a.txt", "hello"), parser.Limits{}, ErrNotDocx, "word/document.xml"},
		{"odt", zipParts(t, "mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<x/>"), parser.Limits{}, ErrNotDocx, "OpenDocument"},
		{"cut xml", zipParts(t, "word/document.xml", (docHead + para("半截"))[:len(docHead)+20]), parser.Limits{}, ErrCorrupt, "word/document.xml"},
		{"not xml", zipParts(t, "word/document.xml", "\x00\x01binary"), parser.Limits{}, ErrCorrupt, "word/document.xml"},
		{"empty part", zipParts(t, "word/document.xml", ""), parser.Limits{}, ErrCorrupt, "no XML content"},
		{"doctype", zipParts(t, "word/document.xml", `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><w:document xmlns:w="`+nsW+`"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>`), parser.Limits{}, ErrCorrupt, "DOCTYPE"},
		{"undefined entity", zipParts(t, "word/document.xml", docHead+para("&lol;")+docTail), parser.Limits{}, ErrCorrupt, "entity"},
		{"too deep", docxOf(t, deep), parser.Limits{MaxDepth: 100}, ErrLimit, "deeper than 100"},
		{"too many entries", manyEntries(), parser.Limits{MaxZipEntries: 10}, ErrLimit, "31 entries"},
		{"file too large", blank, parser.Limits{MaxFileBytes: 1000}, ErrLimit, "1000-byte limit"},
		{"xml declared too large", blank, parser.Limits{MaxXMLBytes: 100000}, ErrLimit, "100000-byte limit"},
		{"archive budget", blank, parser.Limits{MaxArchiveBytes: 1000}, ErrLimit, "more than 1000 bytes"},
		// archive/zip refuses to deliver more than the declared size; our limiter is the
		// second guard (TestLimitedReader).
		{"lying header", rawZip(t, "word/document.xml", []byte(bigText), 100), parser.Limits{MaxXMLBytes: 1000}, ErrCorrupt, "word/document.xml"},
		{"too many tables", blank, parser.Limits{MaxTables: 2}, ErrLimit, "more than 2 tables"},
		{"too many cells", blank, parser.Limits{MaxCells: 100}, ErrLimit, "100"},
		{"huge span", docxOf(t, bigRow), parser.Limits{}, ErrLimit, "grid cells"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(tt.data, tt.lim)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if doc != nil {
				t.Errorf("got a document with the error")
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("message %q lacks %q", err, tt.msg)
			}
		})
	}
}

func TestLimitedReader(t *testing.T) {
	for _, tt := range []struct {
		n, max int
		want   error
	}{{10, 10, nil}, {11, 10, ErrLimit}, {0, 0, nil}, {5000, 4096, ErrLimit}} {
		l := &limitedReadCloser{rc: io.NopCloser(strings.NewReader(strings.Repeat("x", tt.n))), left: int64(tt.max), name: "p"}
		got, err := io.ReadAll(l)
		if !errors.Is(err, tt.want) || (tt.want == nil && len(got) != tt.n) || len(got) > tt.max {
			t.Errorf("%d bytes under limit %d: read %d, err %v", tt.n, tt.max, len(got), err)
		}
	}
}

func fixtureFiles(tb testing.TB) [][]byte {
	names, _ := filepath.Glob(filepath.Join(fixtureDir, "*.docx"))
	var out [][]byte
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, data)
	}
	return out
}

// FuzzRead: no input makes Read panic, hang or return both a document and an error;
// every document it returns has rectangular tables with origins inside the grid.
func FuzzRead(f *testing.F) {
	for _, data := range fixtureFiles(f) {
		f.Add(data)
	}
	crashers, _ := filepath.Glob(filepath.Join(fixtureDir, "crashers", "*"))
	for _, n := range crashers {
		data, err := os.ReadFile(n)
		if err == nil {
			f.Add(data)
		}
	}
	lim := parser.Limits{MaxXMLBytes: 4 << 20, MaxCells: 20000, MaxDepth: 128}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Read(data, lim)
		if err != nil {
			if doc != nil {
				t.Fatal("document and error")
			}
			return
		}
		checkGrid(t, doc)
	})
}

func BenchmarkRead(b *testing.B) {
	for _, name := range []string{"official-blank-2021.docx", "filled-wps-2023.docx", "filled-libreoffice-2023.docx"} {
		data, err := os.ReadFile(filepath.Join(fixtureDir, name))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(strings.TrimSuffix(name, ".docx"), func(b *testing.B) {
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

// TestMutatedInputs flips, overwrites and cuts bytes of the fixtures (seeded, so
// repeatable): Read must return an error or a sound document, never panic or crawl.
func TestMutatedInputs(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	lim := parser.Limits{MaxXMLBytes: 4 << 20, MaxCells: 20000, MaxDepth: 128}
	files := fixtureFiles(t)
	for i := 0; i < 800; i++ {
		d := slices.Clone(files[rng.Intn(len(files))])
		for k := rng.Intn(8) + 1; k > 0; k-- {
			switch rng.Intn(3) {
			case 0:
				d[rng.Intn(len(d))] ^= byte(1 << rng.Intn(8))
			case 1:
				d[rng.Intn(len(d))] = byte(rng.Intn(256))
			case 2:
				d = d[:rng.Intn(len(d))+1]
			}
		}
		start := time.Now()
		doc, err := Read(d, lim)
		if (doc == nil) == (err == nil) {
			t.Fatalf("mutant %d: document %v with error %v", i, doc != nil, err)
		}
		if el := time.Since(start); el > 2*time.Second {
			t.Errorf("mutant %d took %v", i, el)
		}
	}
}

// FuzzBody fuzzes the document part itself, past the zip's CRC checks that stop most
// byte-level mutations of a whole .docx.
func FuzzBody(f *testing.F) {
	for _, data := range fixtureFiles(f) {
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			f.Fatal(err)
		}
		for _, zf := range zr.File {
			if strings.HasSuffix(zf.Name, "document.xml") || strings.HasSuffix(zf.Name, "main.xml") {
				rc, _ := zf.Open()
				xmlData, _ := io.ReadAll(rc)
				rc.Close()
				if len(xmlData) < 64<<10 { // large seeds make the fuzzer crawl
					f.Add(xmlData)
				}
			}
		}
	}
	lim := parser.DefaultLimits
	lim.MaxCells, lim.MaxDepth = 20000, 128
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := readBody(bytes.NewReader(data), lim)
		if (doc == nil) == (err == nil) {
			t.Fatal("document and error, or neither")
		}
		if doc != nil {
			checkGrid(t, doc)
		}
	})
}

func checkGrid(t *testing.T, doc *parser.Document) {
	for _, tb := range doc.Tables() {
		w := len(tb.Rows[0])
		for _, row := range tb.Rows {
			if len(row) != w {
				t.Fatal("ragged grid")
			}
			for _, c := range row {
				if c.OriginRow < 0 || c.OriginRow >= len(tb.Rows) || c.OriginCol < 0 || c.OriginCol >= w {
					t.Fatal("origin outside the grid")
				}
				if o := tb.Rows[c.OriginRow][c.OriginCol]; o.Text != c.Text {
					t.Fatal("covered slot and origin disagree")
				}
			}
		}
	}
}
