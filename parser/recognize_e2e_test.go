package parser_test

// End-to-end tests of Recognize over real files in testdata/recognize, read by the real
// readers (an external test package, because the readers import parser). Each file has a
// golden JSON (the extract schema, plus the fields the rules use that JSON leaves out),
// refreshed with `go test ./parser -update`.

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/govinfo-lint/govinfo-lint/parser"
	"github.com/govinfo-lint/govinfo-lint/parser/docx"
	"github.com/govinfo-lint/govinfo-lint/parser/html"
	"github.com/govinfo-lint/govinfo-lint/parser/text"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/recognize")

const dir = "../testdata/recognize"

// readers are the readers these tests use, by file extension.
var readers = map[string]func([]byte, parser.Limits) (*parser.Document, error){
	".docx": docx.Read,
	".txt":  text.Read,
	".md":   text.Read,
	".html": html.Read,
}

func load(t testing.TB, name string) *parser.Report {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	read := readers[filepath.Ext(name)]
	if read == nil {
		t.Fatalf("no reader for %s", name)
	}
	doc, err := read(data, parser.Limits{})
	if err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	return parser.Recognize(doc)
}

// golden is what a golden file holds: the extract JSON and the facts kept out of it.
type golden struct {
	Report       *parser.Report       `json:"report"`
	TitleYear    int                  `json:"title_year"`
	PeriodYear   int                  `json:"period_year"`
	SignSource   string               `json:"signature_source,omitempty"`
	LayoutLabels []parser.LayoutLabel `json:"layout_labels"`
	Blank        []string             `json:"blank_cells"`
	NotNumber    []string             `json:"not_number_cells"`
	Absent       []string             `json:"absent_cells"`
	Subtotals    []string             `json:"extra_columns"`
}

func figures(r *parser.Report) []*parser.Figure {
	var fs []*parser.Figure
	if r.Table3 != nil {
		for _, ref := range r.Table3.Rows() {
			if *ref.Row != nil {
				fs = append(fs, (*ref.Row).Cells()...)
			}
		}
	}
	if r.Table4 != nil {
		fs = append(fs, r.Table4.Review.Cells()...)
		fs = append(fs, r.Table4.LitigationDirect.Cells()...)
		fs = append(fs, r.Table4.LitigationAfterReview.Cells()...)
	}
	if t := r.Table2; t != nil && t.V2021 != nil {
		v := t.V2021
		fs = append(fs, &v.Regulations.Issued, &v.Regulations.Repealed, &v.Regulations.InForce,
			&v.NormativeDocuments.Issued, &v.NormativeDocuments.Repealed, &v.NormativeDocuments.InForce,
			&v.Licensing.Decisions, &v.Punishment.Decisions, &v.Coercion.Decisions, &v.Fees.Amount10kYuan)
	}
	if t := r.Table2; t != nil && t.V2019 != nil {
		v := t.V2019
		fs = append(fs, &v.Regulations.Made, &v.Regulations.Published, &v.Regulations.TotalPublic,
			&v.NormativeDocuments.Made, &v.NormativeDocuments.Published, &v.NormativeDocuments.TotalPublic)
		for _, it := range []*parser.Items2019{&v.Licensing, &v.OtherServices, &v.Punishment, &v.Coercion} {
			fs = append(fs, &it.PreviousItems, &it.Change, &it.Decisions)
		}
		fs = append(fs, &v.Fees.PreviousItems, &v.Fees.Change, &v.Procurement.Projects, &v.Procurement.Amount)
	}
	return fs
}

func whereKey(f *parser.Figure) string {
	return fmt.Sprintf("%s.%s.%s@%d %q", f.Where.Table, f.Where.Row, f.Where.Column, f.Where.Line, f.Raw)
}

func makeGolden(r *parser.Report) golden {
	g := golden{Report: r, TitleYear: r.TitleYear, PeriodYear: r.PeriodYear, LayoutLabels: r.LayoutLabels,
		Blank: []string{}, NotNumber: []string{}, Absent: []string{}, Subtotals: []string{}}
	if r.Signature != nil {
		g.SignSource = r.Signature.Source
	}
	for _, f := range figures(r) {
		switch f.State {
		case parser.Blank:
			g.Blank = append(g.Blank, whereKey(f))
		case parser.NotNumber:
			g.NotNumber = append(g.NotNumber, whereKey(f))
		case parser.Absent:
			g.Absent = append(g.Absent, whereKey(f))
		}
	}
	if r.Table3 != nil {
		for _, c := range r.Table3.ExtraColumns {
			for k, f := range c.Values {
				g.Subtotals = append(g.Subtotals, c.Label+" "+k+" "+whereKey(f))
			}
		}
	}
	return g
}

func testFiles(t testing.TB) []string {
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		if readers[filepath.Ext(e.Name())] != nil {
			names = append(names, e.Name())
		}
	}
	if len(names) == 0 {
		t.Fatal("no test files")
	}
	return names
}

func TestRecognizeGolden(t *testing.T) {
	for _, name := range testFiles(t) {
		t.Run(name, func(t *testing.T) {
			r := load(t, name)
			got, err := json.MarshalIndent(makeGolden(r), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join(dir, strings.TrimSuffix(name, filepath.Ext(name))+".golden.json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./parser -update)", err)
			}
			if string(got) != string(want) {
				t.Errorf("%s differs from golden; got:\n%s", name, got)
			}
		})
	}
}

// TestRecognizeFacts pins the facts that matter by hand, so that a wrong golden cannot pass.
func TestRecognizeFacts(t *testing.T) {
	type want struct {
		title, issuer, layout, sigDate, period string
		year                                   int
		sections                               int
		nonStandard                            []int // section numbers whose heading is not standard
		table3                                 parser.FigureState
		table3Rows                             int
		table3Value                            float64 // new_received.total when Filled
	}
	cases := map[string]want{
		"seed-tika-2023.txt": {
			title: "绥滨县连生乡人民政府2023年政府信息公开工作年度报告", issuer: "绥滨县连生乡人民政府",
			layout: parser.Layout2021, sigDate: "2023-01-04", year: 2023, sections: 6, nonStandard: []int{5},
			table3: parser.Filled, table3Rows: 25, table3Value: 0,
		},
		"official-blank-2021.docx": {
			layout: parser.Layout2021, sections: 6, table3: parser.Blank, table3Rows: 25,
		},
		// Written by `govinfo-lint template --layout 2019 --year 2019 --issuer 某某县人民政府`.
		"template-blank-2019.docx": {
			title: "某某县人民政府2019年政府信息公开工作年度报告", issuer: "某某县人民政府", year: 2019,
			layout: parser.Layout2019, sections: 6, table3: parser.Blank, table3Rows: 23,
		},
	}
	for name, w := range cases {
		t.Run(name, func(t *testing.T) {
			r := load(t, name)
			if r.Title != w.title || r.Issuer != w.issuer || r.Year != w.year || r.Layout != w.layout {
				t.Errorf("title %q issuer %q year %d layout %s; want %q %q %d %s", r.Title, r.Issuer, r.Year, r.Layout, w.title, w.issuer, w.year, w.layout)
			}
			sig := ""
			if r.Signature != nil {
				sig = r.Signature.Date
			}
			if sig != w.sigDate {
				t.Errorf("signature %q, want %q", sig, w.sigDate)
			}
			if len(r.Sections) != w.sections {
				t.Errorf("%d sections, want %d", len(r.Sections), w.sections)
			}
			for i, s := range r.Sections {
				if s.Number != i+1 {
					t.Errorf("section %d numbered %d", i, s.Number)
				}
				nonStd := false
				for _, n := range w.nonStandard {
					nonStd = nonStd || n == s.Number
				}
				if s.Standard == nonStd {
					t.Errorf("section %d %q standard=%v", s.Number, s.Heading, s.Standard)
				}
			}
			if r.Table3 == nil || r.Table2 == nil || r.Table4 == nil {
				t.Fatalf("tables: 2 %v 3 %v 4 %v", r.Table2 != nil, r.Table3 != nil, r.Table4 != nil)
			}
			n := 0
			for _, ref := range r.Table3.Rows() {
				row := *ref.Row
				if row == nil {
					continue
				}
				n++
				for _, f := range row.Cells() {
					if f.State != w.table3 || (f.State == parser.Filled && f.Value != w.table3Value) {
						t.Errorf("%s.%s = %q state %d", ref.Key, f.Where.Column, f.Raw, f.State)
					}
				}
			}
			if n != w.table3Rows {
				t.Errorf("%d 表三 rows, want %d", n, w.table3Rows)
			}
			for _, f := range r.Table4.Review.Cells() {
				if f.State != w.table3 {
					t.Errorf("表四 %s state %d raw %q", f.Where.Column, f.State, f.Raw)
				}
			}
		})
	}
}

func BenchmarkRecognize(b *testing.B) {
	for _, name := range []string{"seed-tika-2023.txt", "wps-clean-department-2023.docx", "pingtan-2019-crawled.txt"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			b.Fatal(err)
		}
		doc, err := readers[filepath.Ext(name)](data, parser.Limits{})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				parser.Recognize(doc)
			}
		})
	}
}

// FuzzRecognize feeds text through the text reader into Recognize: whatever the reader
// makes of it, recognition must not panic and must fill the envelope.
func FuzzRecognize(f *testing.F) {
	for _, name := range []string{"seed-tika-2023.txt", "clean-department-2023.gb18030.txt", "pingtan-2019-crawled.txt"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := text.Read(data, parser.Limits{})
		if err != nil {
			return
		}
		r := parser.Recognize(doc)
		if r == nil || r.Schema != parser.Schema || r.ExtraRows == nil {
			t.Fatalf("envelope %+v", r)
		}
		if _, err := json.Marshal(r); err != nil {
			t.Fatal(err)
		}
	})
}

// TestFilled2019 checks by hand a few cells of the 2019 template filled by
// testdata/recognize/gen/fill2019.py with odd texts.
func TestFilled2019(t *testing.T) {
	r := load(t, "template-filled-2019.docx")
	if r.Layout != parser.Layout2019 || r.Table2 == nil || r.Table2.V2019 == nil || r.Table3 == nil || r.Table3.Other == nil {
		t.Fatalf("layout %s table2 %+v", r.Layout, r.Table2)
	}
	v := r.Table2.V2019
	for _, c := range []struct {
		f     parser.Figure
		state parser.FigureState
		value float64
	}{
		{v.Regulations.Published, parser.Filled, 0},             // ０
		{v.NormativeDocuments.Made, parser.Blank, 0},            // /
		{v.NormativeDocuments.Published, parser.Filled, 1234},   // 1,234
		{v.Licensing.Change, parser.Blank, 0},                   // 无
		{v.Licensing.Decisions, parser.Filled, -8},              // -8
		{v.OtherServices.PreviousItems, parser.Filled, 251000},  // 251000元
		{v.OtherServices.Change, parser.Filled, 0.35},           // 0.35
		{v.OtherServices.Decisions, parser.NotNumber, 0},        // 见附件
		{r.Table3.NewReceived.LegalServices, parser.Filled, 15}, // １５
	} {
		if c.f.State != c.state || c.f.Value != c.value || c.f.Where.Line == 0 {
			t.Errorf("%s.%s %q: state %d value %v line %d", c.f.Where.Row, c.f.Where.Column, c.f.Raw, c.f.State, c.f.Value, c.f.Where.Line)
		}
	}
}
