package output

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/govinfo-lint/govinfo-lint/parser"
	"github.com/govinfo-lint/govinfo-lint/rules"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/output")

// goldenDir is shared with the CLI's scripts under testdata/.
const goldenDir = "../testdata/output"

// checkGolden compares got with testdata/output/name, or rewrites it with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join(goldenDir, name)
	if *update {
		if err := os.MkdirAll(goldenDir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./output -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test ./output -update to accept):\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}

// sampleRun is a run over three files as the runner gives it: a text report with an
// arithmetic error, a date error and a note; a clean .docx; an unreadable legacy .doc.
// The messages follow what the rules say, in both languages.
func sampleRun() ([]FileResult, Summary) {
	files := []FileResult{
		{
			File: "报告/绥滨县连生乡-2023.txt", Input: parser.InputText, Layout: parser.Layout2021,
			Year: 2023, Issuer: "绥滨县连生乡人民政府",
			Findings: []rules.Finding{
				{
					Rule: "table3-balance", Severity: rules.Error,
					Where:    parser.Where{Section: 3, Table: "table3", Row: "new_received", Column: "natural_person", Line: 112},
					Expected: "12", Actual: "11",
					Message: rules.Text{
						ZH: "表三 自然人一列：一、本年新收 加 二、上年结转 不等于 （七）总计 加 四、结转下年度继续办理",
						EN: "table 3, natural persons: I + II does not equal (7) total + IV",
					},
				},
				{
					Rule: "date-before-period-end", Severity: rules.Error,
					Where:    parser.Where{Line: 160},
					Expected: "2024-01-01 或之后", Actual: "2023-01-04",
					Message: rules.Text{
						ZH: "落款日期 2023年1月4日 早于或等于报告年度的最后一天",
						EN: "the date 2023年1月4日 is on or before the last day of the report year",
					},
				},
				{
					Rule: "section-heading", Severity: rules.Warning,
					Where:   parser.Where{Section: 5, Line: 150},
					Actual:  "五、存在的主要问题及改正情况",
					Message: rules.Text{ZH: "标题措辞改变了含义：「改正情况」应为「改进情况」", EN: "the heading's wording changes its meaning: 改正情况 for 改进情况"},
				},
				{
					Rule: "stock-continuity", Severity: rules.Note,
					Where:    parser.Where{Section: 2, Table: "table2", Row: "normative_documents", Column: "in_force", Line: 40},
					Expected: "5", Actual: "4",
					Message: rules.Text{ZH: "现行有效件数与上年报告不衔接", EN: "documents in force do not follow from last year's report"},
				},
			},
		},
		{File: "报告/沭阳县发展和改革局-2023.docx", Input: parser.InputDocx, Layout: parser.Layout2021, Year: 2023, Issuer: "沭阳县发展和改革局"},
		{
			File:  "报告/旧格式.doc",
			Error: &rules.Text{ZH: "这是旧版 Word 97-2003 .doc 文件，请另存为 .docx 后再检查", EN: "this is a legacy Word 97-2003 .doc file; save it as .docx and check again"},
			Findings: []rules.Finding{{
				Rule: "input-unreadable", Severity: rules.Error,
				Message: rules.Text{ZH: "这是旧版 Word 97-2003 .doc 文件，请另存为 .docx 后再检查", EN: "this is a legacy Word 97-2003 .doc file; save it as .docx and check again"},
			}},
		},
	}
	sum := Summary{Files: 3, Unreadable: 1, Skipped: 2, Errors: 3, Warnings: 1, Notes: 1}
	return files, sum
}

func TestWriteGolden(t *testing.T) {
	files, sum := sampleRun()
	cases := []struct {
		golden string
		format string
		opt    Options
	}{
		{"run.txt", "text", Options{Lang: "zh"}},
		{"run.en.txt", "text", Options{Lang: "en"}},
		{"run.color.txt", "text", Options{Lang: "zh", Color: true}},
		{"run.json", "json", Options{Lang: "zh"}},
		{"run.en.json", "json", Options{Lang: "en"}},
		{"run.csv", "csv", Options{Lang: "zh"}},
		{"run.sarif", "sarif", Options{Lang: "zh"}},
	}
	for _, c := range cases {
		t.Run(c.golden, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, c.format, files, sum, c.opt); err != nil {
				t.Fatal(err)
			}
			got := buf.Bytes()
			if c.format == "sarif" {
				got = sarifWithoutRules(t, got)
			}
			checkGolden(t, c.golden, got)
		})
	}
}

func TestWriteUnknownFormat(t *testing.T) {
	files, sum := sampleRun()
	if err := Write(new(bytes.Buffer), "xml", files, sum, Options{}); err == nil {
		t.Fatal("format xml accepted")
	}
}
