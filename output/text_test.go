package output

import (
	"bytes"
	"strings"
	"testing"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

func TestDescribeWhere(t *testing.T) {
	cases := []struct {
		w     parser.Where
		input string
		lang  string
		want  string
	}{
		{parser.Where{Table: "table3", Row: "new_received", Column: "natural_person", Line: 12}, "text", "zh", "第12行 表三 一、本年新收 自然人"},
		{parser.Where{Table: "table3", Row: "new_received", Column: "natural_person", Line: 12}, "docx", "zh", "第12段 表三 一、本年新收 自然人"},
		{parser.Where{Table: "table3", Row: "new_received", Column: "natural_person", Line: 12}, "text", "en", "line 12, table 3, I. new requests this year, natural persons"},
		{parser.Where{Table: "table4", Row: "review", Column: "other"}, "docx", "zh", "表四 行政复议 其他结果"},
		{parser.Where{Table: "table3", Row: "other", Column: "other"}, "docx", "zh", "表三 （六）其他处理 其他"},
		{parser.Where{Table: "table2", Row: "fees", Column: "amount_10k_yuan"}, "html", "en", "table 2, administrative fees, fees this year (10k yuan)"},
		{parser.Where{Section: 5, Line: 3}, "html", "zh", "第3段 第五部分"},
		{parser.Where{Section: 5}, "html", "en", "section 5"},
		{parser.Where{Table: "table3", Row: "小计"}, "text", "zh", "表三 小计"},
		{parser.Where{}, "text", "zh", ""},
	}
	for _, c := range cases {
		if got := describeWhere(c.w, c.input, c.lang); got != c.want {
			t.Errorf("describeWhere(%+v, %s, %s) = %q, want %q", c.w, c.input, c.lang, got, c.want)
		}
	}
}

// Every row and column key of the contract has a label in both languages, so that no
// finding shows a bare key to a clerk.
func TestLabelsCoverContract(t *testing.T) {
	var t3 parser.Table3
	for _, ref := range t3.Rows() {
		if _, ok := rowLabels["table3"][ref.Key]; !ok {
			t.Errorf("no label for table3 row %s", ref.Key)
		}
	}
	for _, c := range parser.Table3Columns {
		if _, ok := columnLabels["table3"][c]; !ok {
			t.Errorf("no label for table3 column %s", c)
		}
	}
	for _, c := range parser.Table4Columns {
		if _, ok := columnLabels["table4"][c]; !ok {
			t.Errorf("no label for table4 column %s", c)
		}
	}
	for _, v := range []any{&parser.Table2v2021{}, &parser.Table2v2019{}} {
		for _, c := range structCells("table2", v) {
			if _, ok := rowLabels["table2"][c.Row]; !ok {
				t.Errorf("no label for table2 row %s", c.Row)
			}
			if _, ok := columnLabels["table2"][c.Column]; !ok {
				t.Errorf("no label for table2 column %s", c.Column)
			}
		}
	}
	for table, m := range rowLabels {
		for k, l := range m {
			if l.ZH == "" || l.EN == "" {
				t.Errorf("%s row %s lacks a language", table, k)
			}
		}
	}
}

func TestTextColorOnlyWhenAsked(t *testing.T) {
	files, sum := sampleRun()
	for _, on := range []bool{false, true} {
		var buf bytes.Buffer
		if err := Write(&buf, "text", files, sum, Options{Color: on}); err != nil {
			t.Fatal(err)
		}
		if has := strings.Contains(buf.String(), "\x1b["); has != on {
			t.Errorf("Color=%v: escape sequences present = %v", on, has)
		}
	}
}

func TestSummaryLine(t *testing.T) {
	cases := []struct {
		s          Summary
		lang, want string
	}{
		{Summary{Files: 1, Errors: 1}, "zh", "共 1 个文件：错误 1 个，警告 0 个，提示 0 个"},
		{Summary{Files: 1, Errors: 1}, "en", "1 file: 1 error, 0 warnings, 0 notes"},
		{Summary{Files: 4, Unreadable: 1, Skipped: 1, Warnings: 2}, "en", "4 files (1 unreadable, 1 non-report file skipped): 0 errors, 2 warnings, 0 notes"},
		{Summary{Files: 2, Interrupted: true}, "zh", "已中断，部分文件未检查。共 2 个文件：错误 0 个，警告 0 个，提示 0 个"},
	}
	for _, c := range cases {
		if got := summaryLine(c.s, c.lang); got != c.want {
			t.Errorf("summaryLine(%+v, %s) = %q, want %q", c.s, c.lang, got, c.want)
		}
	}
}

func TestTextCleanFileSaysSo(t *testing.T) {
	var buf bytes.Buffer
	files := []FileResult{{File: "a.docx", Input: "docx", Layout: "2021", Year: 2024, Issuer: "某某局"}}
	if err := Write(&buf, "text", files, Summary{Files: 1}, Options{}); err != nil {
		t.Fatal(err)
	}
	want := "a.docx（某某局，2024年，docx，2021版格式）\n  未发现问题\n共 1 个文件：错误 0 个，警告 0 个，提示 0 个\n"
	if buf.String() != want {
		t.Errorf("got %q, want %q", buf.String(), want)
	}
}

func TestFiguresUnlessSaid(t *testing.T) {
	cases := []struct{ msg, exp, act, want string }{
		{"标题「五、改正」应为「五、改进」", "五、改进", "五、改正", ""},
		{"落款日期为「2023年1月4日」", "> 2023-12-31", "2023-01-04", "（应为 > 2023-12-31，实为 2023-01-04）"},
		{"不平衡", "12", "11", "（应为 12，实为 11）"},
		{"实为 11", "", "11", ""},
		{"无数字", "", "", ""},
	}
	for _, c := range cases {
		if got := figuresUnlessSaid(c.msg, c.exp, c.act, "zh"); got != c.want {
			t.Errorf("figuresUnlessSaid(%q, %q, %q) = %q, want %q", c.msg, c.exp, c.act, got, c.want)
		}
	}
}
