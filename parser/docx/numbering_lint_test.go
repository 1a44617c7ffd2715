package docx_test

import (
	"encoding/json"
	"path/filepath"
	"testing"
	"time"

	"github.com/govinfo-lint/govinfo-lint/parser"
	"github.com/govinfo-lint/govinfo-lint/parser/input"
	"github.com/govinfo-lint/govinfo-lint/rules"
)

// TestNumberingLintsClean: the clean corpus report with its numbers drawn by Word's list
// numbering (testdata/docx/numbering) reads to the same tables as the typed original, its
// six sections numbered as on the page, and lints clean. Before numbering was read,
// mixed-restart lost sections 三 to 六 and auto-all misread 表三.
func TestNumberingLintsClean(t *testing.T) {
	const dir = "../../testdata/docx/numbering"
	orig, err := input.LoadFile("../../testdata/corpus/clean-department-2023.docx", parser.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	tables := func(r *parser.Report) string {
		b, _ := json.Marshal([]any{r.Layout, r.Title, r.Year, r.Period, r.Signature, r.Table2, r.Table3, r.Table4, r.ExtraRows})
		return string(b)
	}
	ctx := &rules.Context{Today: time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)}
	for _, name := range []string{"auto-all.docx", "mixed-restart.docx", "style-numbering.docx",
		"lo-auto-all.docx", "lo-mixed-restart.docx", "lo-style-numbering.docx"} {
		t.Run(name, func(t *testing.T) {
			r, err := input.LoadFile(filepath.Join(dir, name), parser.Limits{})
			if err != nil {
				t.Fatal(err)
			}
			if got, want := tables(r), tables(orig); got != want {
				t.Errorf("tables differ from the typed original:\n got %s\nwant %s", got, want)
			}
			if len(r.Sections) != 6 {
				t.Fatalf("%d sections: %+v", len(r.Sections), r.Sections)
			}
			for i, s := range r.Sections {
				if s.Number != i+1 || !s.Standard || s.Heading != orig.Sections[i].Heading && !(i == 4 && s.Heading == "五、存在的主要问题及改进举措") {
					t.Errorf("section %d: %+v", i+1, s)
				}
			}
			for _, f := range rules.Run(r, ctx, nil) {
				t.Errorf("finding: %s %v %s", f.Rule, f.Where, f.Message)
			}
		})
	}
}

// TestNumberingSameAsTyped: a report whose headings and rows are numbered by lists reads
// as its typed original does: the same tables, the same findings (Where.Line aside), and
// the same section headings (one reworded on purpose). Before numbering was read,
// nonstandard-heading lost 五 (section-missing instead of section-heading).
func TestNumberingSameAsTyped(t *testing.T) {
	ctx := &rules.Context{Today: time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)}
	read := func(path string) (*parser.Report, string) {
		r, err := input.LoadFile(path, parser.Limits{})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, f := range rules.Run(r, ctx, nil) {
			ids = append(ids, f.Rule+" "+f.Where.Table+" "+f.Where.Row+" "+f.Message.In("zh"))
		}
		b, _ := json.Marshal([]any{r.Layout, r.Table2, r.Table3, r.Table4, ids})
		return r, string(b)
	}
	cases := []struct {
		numbered, typed string
		reworded        map[int]string // section number → heading the fixture rewords
	}{
		{"wps-blank.docx", "../official-blank-2021.docx", map[int]string{4: "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况"}},
		{"lo-wps-blank.docx", "../official-blank-2021.docx", map[int]string{4: "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况"}},
		{"nonstandard-heading.docx", "../../corpus/defect-section-heading.docx", nil},
	}
	const dir = "../../testdata/docx/numbering/"
	for _, c := range cases {
		t.Run(c.numbered, func(t *testing.T) {
			orig, want := read(dir + c.typed)
			r, got := read(dir + c.numbered)
			if got != want {
				t.Errorf("tables or findings differ:\n got %s\nwant %s", got, want)
			}
			if len(r.Sections) != len(orig.Sections) {
				t.Fatalf("sections %+v, typed %+v", r.Sections, orig.Sections)
			}
			for i, s := range r.Sections {
				want := orig.Sections[i].Heading
				if h, ok := c.reworded[s.Number]; ok {
					want = h
				}
				if s.Number != orig.Sections[i].Number || s.Heading != want {
					t.Errorf("section %d: %+v, want %q", i+1, s, want)
				}
			}
		})
	}
}
