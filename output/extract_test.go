package output

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/govinfo-lint/govinfo-lint/parser"
	"github.com/govinfo-lint/govinfo-lint/parser/input"
)

// extractInputs are real reports: the seed (Tika text), a clean department report (.docx),
// the official blank template saved by WPS (every cell null) and a published web page.
var extractInputs = []string{"seed-2023.txt", "clean-department-2023.docx", "official-blank-2021.docx", "shuyang-fgj-2023.html"}

func loadExtractInput(t *testing.T, name string) *parser.Report {
	t.Helper()
	r, err := input.LoadFile(filepath.Join(goldenDir, "extract", name), parser.Limits{})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	r.File = name // golden files independent of where the test runs
	return r
}

func TestExtractGolden(t *testing.T) {
	for _, name := range extractInputs {
		t.Run(name, func(t *testing.T) {
			r := loadExtractInput(t, name)
			for _, format := range []string{"json", "csv"} {
				var buf bytes.Buffer
				if err := WriteExtract(&buf, format, []*parser.Report{r}, false); err != nil {
					t.Fatal(err)
				}
				checkGolden(t, "extract/"+name+"."+format, buf.Bytes())
			}
		})
	}
}

// The JSON of extract round-trips into a Report with the same cells as the CSV: the two
// formats never disagree, and every numeric cell is a number or null.
func TestExtractJSONMatchesCSV(t *testing.T) {
	for _, name := range extractInputs {
		r := loadExtractInput(t, name)
		var js, cs bytes.Buffer
		if err := WriteExtract(&js, "json", []*parser.Report{r}, false); err != nil {
			t.Fatal(err)
		}
		if err := WriteExtract(&cs, "csv", []*parser.Report{r}, false); err != nil {
			t.Fatal(err)
		}
		var generic map[string]any
		if err := json.Unmarshal(js.Bytes(), &generic); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"schema", "file", "input", "layout", "title", "issuer", "year", "period", "signature", "sections", "table2", "table3", "table4", "extra_rows"} {
			if _, ok := generic[k]; !ok {
				t.Errorf("%s: JSON lacks %q", name, k)
			}
		}
		if generic["schema"] != parser.Schema {
			t.Errorf("%s: schema %v", name, generic["schema"])
		}
		recs, err := csv.NewReader(&cs).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) < 2 {
			t.Fatalf("%s: no cells in the CSV", name)
		}
		for _, rec := range recs[1:] {
			table, _ := generic[rec[1]].(map[string]any)
			if table == nil {
				continue // extra rows are checked by value below
			}
			row, _ := table[rec[2]].(map[string]any)
			if row == nil {
				t.Errorf("%s: CSV row %v not in JSON", name, rec)
				continue
			}
			v, ok := row[rec[3]]
			if !ok {
				t.Errorf("%s: CSV cell %v not in JSON", name, rec)
				continue
			}
			got := ""
			if v != nil {
				b, _ := json.Marshal(v)
				got = string(b)
			}
			if got != rec[4] {
				t.Errorf("%s: %s/%s/%s: JSON %q, CSV %q", name, rec[1], rec[2], rec[3], got, rec[4])
			}
		}
	}
}

func TestExtractArrayForSeveralFiles(t *testing.T) {
	var rs []*parser.Report
	for _, name := range extractInputs {
		rs = append(rs, loadExtractInput(t, name))
	}
	var buf bytes.Buffer
	if err := WriteExtract(&buf, "json", rs, true); err != nil {
		t.Fatal(err)
	}
	var arr []map[string]any
	if err := json.Unmarshal(buf.Bytes(), &arr); err != nil {
		t.Fatal(err)
	}
	if len(arr) != len(rs) {
		t.Fatalf("%d objects, want %d", len(arr), len(rs))
	}
	for i, o := range arr {
		if o["file"] != extractInputs[i] {
			t.Errorf("object %d is %v", i, o["file"])
		}
	}
}

// A report without tables still has every key, with null tables and empty lists.
func TestExtractEmptyReport(t *testing.T) {
	r := &parser.Report{File: "empty.txt", Input: "text"}
	var buf bytes.Buffer
	if err := WriteExtract(&buf, "json", []*parser.Report{r}, false); err != nil {
		t.Fatal(err)
	}
	s := buf.String()
	for _, want := range []string{`"schema": "govinfo-lint/report/v1"`, `"layout": "unknown"`, `"table2": null`, `"table3": null`, `"table4": null`, `"sections": []`, `"extra_rows": []`} {
		if !strings.Contains(s, want) {
			t.Errorf("missing %s in\n%s", want, s)
		}
	}
	buf.Reset()
	if err := WriteExtract(&buf, "csv", []*parser.Report{r}, false); err != nil {
		t.Fatal(err)
	}
	if buf.String() != "file,table,row,column,value\n" {
		t.Errorf("csv of an empty report: %q", buf.String())
	}
}

// Cells walks the typed structs: the number of cells is fixed by the layout.
func TestCellsCountPerLayout(t *testing.T) {
	r := &parser.Report{
		Table2: &parser.Table2{V2019: &parser.Table2v2019{}},
		Table4: &parser.Table4{},
		ExtraRows: []parser.ExtraRow{
			{Table: "table3", Label: "小计", Values: make([]*parser.Figure, 7)},
			{Table: "table2", Label: "其他主动公开文件", Values: []*parser.Figure{{State: parser.Filled, Value: 3}}},
		},
	}
	cells := Cells(r)
	// 2019 表二: 3+3+3+3+3+3+2+2 = 22; 表四: 15; extra: 7 + 1.
	if len(cells) != 22+15+8 {
		t.Fatalf("%d cells, want 45", len(cells))
	}
	last := cells[len(cells)-1]
	if last != (Cell{"table2", "其他主动公开文件", "1", "3"}) {
		t.Errorf("last cell %+v", last)
	}
	if c := cells[len(cells)-2]; c.Column != "total" || c.Value != "" {
		t.Errorf("extra table3 row's last cell %+v", c)
	}
}
