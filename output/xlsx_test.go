package output

import (
	"archive/zip"
	"io"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/govinfo-lint/govinfo-lint/parser"
	"github.com/govinfo-lint/govinfo-lint/rules"
)

// xlsxRun is a small batch: a report with an arithmetic error and a cross-year warning,
// a clean report, and a PDF that could not be read.
func xlsxRun() ([]FileResult, Summary) {
	files := []FileResult{
		{
			File: "2023年/连生乡.txt", Input: "text", Layout: "2021", Year: 2023, Issuer: "绥滨县连生乡人民政府",
			Findings: []rules.Finding{
				{
					Rule: "table3-balance", Severity: rules.Error,
					Where:    parser.Where{Section: 3, Table: "table3", Row: "new_received", Column: "natural_person", Line: 88},
					Expected: "12", Actual: "11",
					Message: rules.Text{ZH: "表三 自然人列：一加二应等于（七）加四", EN: "table 3, natural persons: I + II must equal (7) + IV"},
				},
				{
					Rule: "carryover-mismatch", Severity: rules.Warning,
					Where:    parser.Where{Section: 3, Table: "table3", Row: "carried_over", Column: "total", Line: 97},
					Expected: "2", Actual: "0",
					Message: rules.Text{ZH: "上年结转与上年报告的结转下年度继续办理不符", EN: "carried over differs from last year's carried forward"},
				},
			},
		},
		{File: "2023年/清河镇.docx", Input: "docx", Layout: "2019", Year: 2023, Issuer: "清河镇人民政府"},
		{
			File:  "2023年/扫描件.pdf",
			Error: &rules.Text{ZH: "这是 PDF 文件，无法检查；请另存为 .docx 后再检查", EN: "this is a PDF; save it as .docx and check again"},
			Findings: []rules.Finding{{
				Rule: "input-unreadable", Severity: rules.Error,
				Message: rules.Text{ZH: "无法读取", EN: "cannot read"},
			}},
		},
	}
	return files, Summary{Files: 3, Unreadable: 1, Skipped: 4, Errors: 2, Warnings: 1}
}

func TestWriteXLSX(t *testing.T) {
	files, sum := xlsxRun()
	for _, tc := range []struct {
		lang   string
		sheets []string
		// headers of each sheet, in sheet order
		headers [][]string
		// one row of each sheet (the row index is the first element, 1-based under the header)
		fileRow, findingRow, ruleRow, totalRow []string
		ruleRowN, totalRowN                    int
	}{
		{
			lang:   "zh",
			sheets: []string{"按文件", "按规则", "全部问题", "汇总"},
			headers: [][]string{
				{"文件", "发文机关", "年度", "格式版本", "错误", "警告", "提示", "无法读取原因"},
				{"规则", "严重程度", "说明", "涉及报告数", "发现数"},
				{"文件", "规则", "严重程度", "章节", "表格", "行", "列", "行号", "应为", "实为", "说明"},
				{"项目", "数量"},
			},
			fileRow:    []string{"2023年/连生乡.txt", "绥滨县连生乡人民政府", "2023", "2021年版", "1", "1", "0"},
			findingRow: []string{"2023年/连生乡.txt", "table3-balance", "错误", "三", "表三", "一、本年新收", "自然人", "88", "12", "11", "表三 自然人列：一加二应等于（七）加四"},
			totalRow:   []string{"跳过的非报告文件", "4"},
			totalRowN:  4,
		},
		{
			lang:   "en",
			sheets: []string{"Files", "Rules", "Findings", "Summary"},
			headers: [][]string{
				{"File", "Issuer", "Year", "Layout", "Errors", "Warnings", "Notes", "Why unreadable"},
				{"Rule", "Severity", "Description", "Reports", "Findings"},
				{"File", "Rule", "Severity", "Section", "Table", "Row", "Column", "Line", "Expected", "Actual", "Message"},
				{"Item", "Count"},
			},
			fileRow:    []string{"2023年/连生乡.txt", "绥滨县连生乡人民政府", "2023", "2021", "1", "1", "0"},
			findingRow: []string{"2023年/连生乡.txt", "table3-balance", "error", "3", "table 3", "I. new requests this year", "natural persons", "88", "12", "11", "table 3, natural persons: I + II must equal (7) + IV"},
			totalRow:   []string{"Non-report files skipped", "4"},
			totalRowN:  4,
		},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "汇总.xlsx")
			if err := WriteXLSX(path, files, sum, Options{Lang: tc.lang}); err != nil {
				t.Fatal(err)
			}
			f, err := excelize.OpenFile(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if got := f.GetSheetList(); !reflect.DeepEqual(got, tc.sheets) {
				t.Fatalf("sheets = %q, want %q", got, tc.sheets)
			}
			rowsOf := map[string][][]string{}
			for i, name := range tc.sheets {
				rows, err := f.GetRows(name)
				if err != nil {
					t.Fatal(err)
				}
				rowsOf[name] = rows
				if len(rows) == 0 || !reflect.DeepEqual(rows[0], tc.headers[i]) {
					t.Errorf("%s header = %q, want %q", name, first(rows), tc.headers[i])
				}
				panes, err := f.GetPanes(name)
				if err != nil {
					t.Fatal(err)
				}
				if !panes.Freeze || panes.YSplit != 1 || panes.TopLeftCell != "A2" {
					t.Errorf("%s: header row not frozen: %+v", name, panes)
				}
			}
			// Files: one row per file, in the run's order.
			fileRows := rowsOf[tc.sheets[0]]
			if len(fileRows) != 1+len(files) {
				t.Errorf("%s: %d rows, want %d", tc.sheets[0], len(fileRows), 1+len(files))
			}
			if !reflect.DeepEqual(fileRows[1], tc.fileRow) {
				t.Errorf("%s row 1 = %q, want %q", tc.sheets[0], fileRows[1], tc.fileRow)
			}
			if got := fileRows[3]; len(got) < 8 || got[4] != "1" || !strings.Contains(got[7], ".docx") {
				t.Errorf("%s: the PDF's row %q should count its error and give the reason", tc.sheets[0], got)
			}
			// Rules: the rules that fired, each breaking one report, come before the others.
			ruleRows := rowsOf[tc.sheets[1]]
			fired := map[string]bool{}
			for _, r := range ruleRows[1:4] {
				fired[r[0]] = true
				if r[3] != "1" {
					t.Errorf("%s: %q should be broken by 1 report", tc.sheets[1], r)
				}
			}
			for _, id := range []string{"table3-balance", "carryover-mismatch", "input-unreadable"} {
				if !fired[id] {
					t.Errorf("%s: %s not among the first rows %q", tc.sheets[1], id, ruleRows[1:4])
				}
			}
			// Findings: every finding, with where it is in the report's words.
			findingRows := rowsOf[tc.sheets[2]]
			if len(findingRows) != 1+3 {
				t.Errorf("%s: %d rows, want 4", tc.sheets[2], len(findingRows))
			}
			if !reflect.DeepEqual(findingRows[1], tc.findingRow) {
				t.Errorf("%s row 1 =\n %q, want\n %q", tc.sheets[2], findingRows[1], tc.findingRow)
			}
			if got := rowsOf[tc.sheets[3]][tc.totalRowN]; !reflect.DeepEqual(got, tc.totalRow) {
				t.Errorf("%s row %d = %q, want %q", tc.sheets[3], tc.totalRowN, got, tc.totalRow)
			}
			// Numbers are numbers, so that Excel sums and sorts them.
			if typ, _ := f.GetCellType(tc.sheets[0], "E2"); typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
				t.Errorf("error count cell type = %v, want a number", typ)
			}
			// A filter over each sheet's header and rows.
			filters := map[string]string{}
			for _, d := range f.GetDefinedName() {
				if d.Name == "_xlnm._FilterDatabase" {
					filters[d.Scope] = d.RefersTo
				}
			}
			wantFilter := map[string]string{
				tc.sheets[0]: "'" + tc.sheets[0] + "'!$A$1:$H$4",
				tc.sheets[1]: "",
				tc.sheets[2]: "'" + tc.sheets[2] + "'!$A$1:$K$4",
				tc.sheets[3]: "'" + tc.sheets[3] + "'!$A$1:$B$9",
			}
			for sheet, want := range wantFilter {
				got, ok := filters[sheet]
				if !ok {
					t.Errorf("%s: no filter", sheet)
					continue
				}
				if want != "" && got != want {
					t.Errorf("%s: filter %q, want %q", sheet, got, want)
				}
			}
			// The filter must also be in the sheet itself, where Excel draws its buttons.
			if !sheetXMLMatches(t, path, "xl/worksheets/sheet3.xml", `<autoFilter ref="\$?A\$?1:\$?K\$?4"`) {
				t.Errorf("sheet3.xml has no autoFilter element")
			}
			if w, _ := f.GetColWidth(tc.sheets[2], "K"); w < 20 {
				t.Errorf("message column width %v: too narrow", w)
			}
		})
	}
}

func first(rows [][]string) []string {
	if len(rows) == 0 {
		return nil
	}
	return rows[0]
}

func sheetXMLMatches(t *testing.T, path, part, re string) bool {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	for _, f := range z.File {
		if f.Name != part {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		defer rc.Close()
		b, err := io.ReadAll(rc)
		if err != nil {
			t.Fatal(err)
		}
		return regexp.MustCompile(re).Match(b)
	}
	t.Fatalf("%s: no part %s", path, part)
	return false
}

func TestWriteXLSXEmptyAndBadPath(t *testing.T) {
	dir := t.TempDir()
	if err := WriteXLSX(filepath.Join(dir, "empty.xlsx"), nil, Summary{}, Options{}); err != nil {
		t.Fatalf("empty run: %v", err)
	}
	if err := WriteXLSX(filepath.Join(dir, "no", "such", "dir.xlsx"), nil, Summary{}, Options{}); err == nil {
		t.Error("writing into a missing folder: want an error")
	}
}

func TestCellText(t *testing.T) {
	long := strings.Repeat("长", maxCellChars+10)
	if got := []rune(cellText(long)); len(got) != maxCellChars {
		t.Errorf("cellText kept %d characters, want %d", len(got), maxCellChars)
	}
	if cellText("短") != "短" {
		t.Error("cellText changed a short text")
	}
}

// BenchmarkWriteXLSX writes the workbook of a 1 000-report run (3 000 findings).
func BenchmarkWriteXLSX(b *testing.B) {
	one, _ := xlsxRun()
	var files []FileResult
	for i := 0; i < 1000/len(one)+1; i++ {
		for _, f := range one {
			f.File = strings.Replace(f.File, "2023年/", "2023年/"+strings.Repeat("子", i%5)+"/", 1)
			files = append(files, f)
		}
	}
	sum := Summary{Files: len(files)}
	path := filepath.Join(b.TempDir(), "run.xlsx")
	for b.Loop() {
		if err := WriteXLSX(path, files, sum, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(files)), "files/op")
}
