package text

import (
	"slices"
	"strings"
	"testing"
)

// TestWordBlankRow: Word prints a row of empty cells (表四's unfilled data row) as a line of
// TABs only; it is a row of fifteen empty cells, not nothing.
func TestWordBlankRow(t *testing.T) {
	doc := mustRead(t, "word-tab-blank-row.txt")
	ts := doc.Tables()
	if len(ts) != 1 {
		t.Fatalf("tables = %d, want 1", len(ts))
	}
	rows := ts[0].Rows
	if len(rows) != 4 {
		t.Fatalf("rows = %d, want 4 (two header rows, the sub-header, the blank data row)", len(rows))
	}
	last := rows[3]
	if len(last) != 15 || last[0].Loc.Line != 5 {
		t.Fatalf("blank row: %d cells at line %d, want 15 at line 5", len(last), last[0].Loc.Line)
	}
	if got := rowTexts(last); !slices.Equal(got, make([]string, 15)) {
		t.Errorf("blank row = %q, want 15 empty cells", got)
	}
	if got := rowTexts(rows[2]); len(got) != 10 || got[0] != "结果维持" || got[9] != "总计" {
		t.Errorf("sub-header = %q", got)
	}
}

// TestVerticalValueText: in LibreOffice's one-cell-per-line text a value with a unit or a
// text value stays in its row instead of ending the table.
func TestVerticalValueText(t *testing.T) {
	cases := []struct {
		file, label string
		want        []string
	}{
		{"lo-vertical-2019.txt", "政府集中采购", []string{"政府集中采购", "6", "251000元"}},
		{"lo-vertical-2019.txt", "行政事业性收费", []string{"行政事业性收费", "2", "0"}},
		{"lo-vertical-2019.txt", "一、本年新收政府信息公开申请数量", []string{"一、本年新收政府信息公开申请数量", "9", "1", "0", "0", "0", "0", "10"}},
		{"lo-vertical-text-cell.txt", "行政强制", []string{"行政强制", "若干"}},
		{"lo-vertical-text-cell.txt", "行政事业性收费", []string{"行政事业性收费", "1523.46"}},
	}
	for _, tc := range cases {
		t.Run(tc.file+"/"+tc.label, func(t *testing.T) {
			got := findRow(mustRead(t, tc.file), tc.label)
			if !slices.Equal(got, tc.want) {
				t.Errorf("row %q\n got %q\nwant %q", tc.label, got, tc.want)
			}
		})
	}
	// The heading after 「251000元」 is not glued to the value's row.
	doc := mustRead(t, "lo-vertical-2019.txt")
	for _, tb := range doc.Tables() {
		for _, row := range tb.Rows {
			for i, c := range row {
				if c.Text == "251000元" && i != len(row)-1 {
					t.Errorf("「251000元」 is not its row's last cell: %q", rowTexts(row))
				}
			}
		}
	}
}

func TestIsValueText(t *testing.T) {
	for s, want := range map[string]bool{
		"251000元": true, "86.5万元": true, "￥1,200": true, "3件": true, "一件": true, "两项": true,
		"若干": true, "零": true, "12 件": true,
		"元": false, "行政强制": false, "其他": false, "总计": false, "一、总体情况": false,
		"三安全一稳定": false, "万": false, "千元": false, "一百二十": true, "2023年": false, "第一项": false, "件数": false,
	} {
		if got := isValueText(s); got != want {
			t.Errorf("isValueText(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestHTMLTableInMarkdown: pandoc's markdown writes a table with merged cells as raw HTML;
// the table is read with its merges resolved, each cell at the line of its <td>.
func TestHTMLTableInMarkdown(t *testing.T) {
	doc := mustRead(t, "pandoc-gfm-html-table.md")
	ts := doc.Tables()
	if len(ts) != 1 {
		t.Fatalf("tables = %d, want 1", len(ts))
	}
	tb := ts[0]
	if tb.Loc.Line != 3 || tb.Ragged || len(tb.Rows) != 4 {
		t.Fatalf("table at line %d, ragged %v, %d rows; want line 3, a grid of 4 rows", tb.Loc.Line, tb.Ragged, len(tb.Rows))
	}
	for _, row := range tb.Rows {
		if len(row) != 15 {
			t.Fatalf("row of %d cells, want 15", len(row))
		}
	}
	cases := []struct {
		r, c       int
		text       string
		line       int
		merged     bool
		orow, ocol int
	}{
		{0, 0, "行政复议", 23, false, 0, 0},
		{0, 4, "行政复议", 23, true, 0, 0},
		{0, 5, "行政诉讼", 24, false, 0, 5},
		{1, 1, "结果\n纠正", 28, false, 1, 1},
		{2, 1, "结果\n纠正", 28, true, 1, 1}, // rowspan="2"
		{2, 5, "结果\n维持", 39, false, 2, 5},
		{3, 0, "1", 59, false, 3, 0},
		{3, 4, "2", 63, false, 3, 4},
		{3, 14, "0", 73, false, 3, 14},
	}
	for _, tc := range cases {
		c := tb.Rows[tc.r][tc.c]
		if c.Text != tc.text || c.Loc.Line != tc.line || c.Merged(tc.r, tc.c) != tc.merged || c.OriginRow != tc.orow || c.OriginCol != tc.ocol {
			t.Errorf("(%d,%d) = %q line %d origin (%d,%d); want %q line %d origin (%d,%d)",
				tc.r, tc.c, c.Text, c.Loc.Line, c.OriginRow, c.OriginCol, tc.text, tc.line, tc.orow, tc.ocol)
		}
	}
	// The bold heading above loses its ** marks, and no tag is left as a paragraph.
	for _, p := range doc.Paragraphs() {
		if p.Loc.Line == 1 && p.Text != "四、政府信息公开行政复议、行政诉讼情况" {
			t.Errorf("heading = %q", p.Text)
		}
		if strings.Contains(p.Text, "<") {
			t.Errorf("tag left as a paragraph: line %d %q", p.Loc.Line, p.Text)
		}
	}
}

// TestPandocPlain: pandoc's plain text draws tables by character position under dash
// rulers; the cells come back by column, CJK characters counted two positions wide.
func TestPandocPlain(t *testing.T) {
	cases := []struct {
		file, label string
		want        []string
	}{
		{"pandoc-plain-simple-table.txt", "行政规范性文件", []string{"行政规范性文件", "12", "3", "86"}},
		{"pandoc-plain-simple-table.txt", "行政事业性收费", []string{"行政事业性收费", "1523.46", "", ""}},
		{"pandoc-plain-simple-table.txt", "第二十条第（五）项", []string{"第二十条第（五）项", "", "", ""}},
		{"pandoc-plain-2023.txt", "一、本年新收政府信息公开申请数量", []string{"一、本年新收政府信息公开申请数量", "", "", "40", "5", "0", "1", "2", "0", "48"}},
		{"pandoc-plain-2023.txt", "3.危及“三安全一稳定”", []string{"", "", "3.危及“三安全一稳定”", "0", "0", "0", "0", "0", "0", "0"}},
		{"pandoc-plain-2023.txt", "（七）总计", []string{"", "（七）总计", "", "40", "5", "0", "1", "2", "0", "48"}},
		{"pandoc-plain-2023.txt", "未经复议直接起诉", []string{"结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""}},
	}
	for _, tc := range cases {
		t.Run(tc.file+"/"+tc.label, func(t *testing.T) {
			got := findRow(mustRead(t, tc.file), tc.label)
			if !slices.Equal(got, tc.want) {
				t.Errorf("row %q\n got %q\nwant %q", tc.label, got, tc.want)
			}
		})
	}
	// 表四's data row: fifteen values at line 128; in the blank report, fifteen empty cells.
	for _, tc := range []struct {
		file string
		line int
		want []string
	}{
		{"pandoc-plain-2023.txt", 128, []string{"1", "0", "1", "0", "2", "0", "1", "0", "1", "2", "0", "0", "0", "0", "0"}},
		{"pandoc-plain-blank.txt", 110, make([]string, 15)},
	} {
		ts := mustRead(t, tc.file).Tables()
		if len(ts) != 3 {
			t.Fatalf("%s: tables = %d, want 3", tc.file, len(ts))
		}
		rows := ts[2].Rows
		last := rows[len(rows)-1]
		if got := rowTexts(last); !slices.Equal(got, tc.want) || last[0].Loc.Line != tc.line {
			t.Errorf("%s: 表四 data row at line %d = %q, want %q at line %d", tc.file, last[0].Loc.Line, got, tc.want, tc.line)
		}
	}
}

// TestVerticalBlank: a blank report saved as text by LibreOffice prints every empty cell
// as an empty line; the rows come back with their labels and empty cells.
func TestVerticalBlank(t *testing.T) {
	for _, file := range []string{"lo-vertical-blank.txt", "lo-vertical-blank-wps.txt"} {
		t.Run(file, func(t *testing.T) {
			doc := mustRead(t, file)
			if n := len(doc.Tables()); n != 3 {
				t.Fatalf("tables = %d, want 3", n)
			}
			empties := func(label string, n int) {
				t.Helper()
				got := findRow(doc, label)
				// The last row before a heading also takes the empty lines that part them.
				if len(got) < n+1 || got[0] != label || !slices.Equal(got[1:], make([]string, len(got)-1)) {
					t.Errorf("row %q = %q, want the label then at least %d empty cells", label, got, n)
				}
			}
			empties("规章", 3)
			empties("行政许可", 1)
			empties("行政事业性收费", 1)
			empties("一、本年新收政府信息公开申请数量", 7)
			empties("（七）总计", 7)
			empties("四、结转下年度继续办理", 7)
			ts := doc.Tables()
			rows := ts[2].Rows
			if got := rowTexts(rows[len(rows)-1]); len(got) < 15 || !slices.Equal(got, make([]string, len(got))) {
				t.Errorf("表四 data row = %q, want 15 empty cells (or more: empty lines before the heading)", got)
			}
			var heads []string
			for _, p := range doc.Paragraphs() {
				if isSectionHeading(p.Text) {
					heads = append(heads, p.Text[:len("一")])
				}
			}
			if !slices.Equal(heads, []string{"一", "二", "三", "四", "五", "六"}) {
				t.Errorf("section headings as paragraphs: %q", heads)
			}
		})
	}
}

// TestHTMLLayoutTableInMarkdown: pandoc's markdown of a report whose title sits in a one-cell
// table opens with that table as raw HTML; parser/html reads it as layout, and its text must
// come through as paragraphs (the title), not as lines of tags.
func TestHTMLLayoutTableInMarkdown(t *testing.T) {
	ps := mustRead(t, "gfm-title-table-first.md").Paragraphs()
	if len(ps) < 2 || !strings.Contains(ps[0].Text, "泗洪县大楼街道办事处") || !strings.Contains(ps[1].Text, "2024年度政府信息公开工作年度报告") || ps[0].Loc.Line != 1 {
		t.Fatalf("first paragraphs %+v %+v, want the title's two lines from the raw table at line 1", ps[0], ps[1])
	}
	for _, p := range ps {
		if strings.HasPrefix(p.Text, "<") {
			t.Errorf("tag kept as text: %q (line %d)", p.Text, p.Loc.Line)
		}
	}
}
