// Acceptance tests over testdata/corpus: the official blank template (saved by WPS) filled in
// with a correct report and with one planted defect per rule, in every form the tool reads:
// the WPS-made .docx, the same saved again by LibreOffice, LibreOffice's plain text in
// GB18030 / UTF-16 / CRLF, and LibreOffice's HTML. Each file must raise exactly the rules its
// manifest entry names (plus the listed consequences), and the clean report nothing at all.
// The corpus is made by testdata/corpus/gen/fill.py (see its doc string).
package govinfolint_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/govinfo-lint/govinfo-lint/parser"
	"github.com/govinfo-lint/govinfo-lint/parser/input"
	"github.com/govinfo-lint/govinfo-lint/rules"
)

type corpusEntry struct {
	File   string   `json:"file"`
	Expect []string `json:"expect"`
	Also   []string `json:"also"`
	Note   string   `json:"note"`
}

func loadManifest(t *testing.T) map[string]corpusEntry {
	t.Helper()
	b, err := os.ReadFile("testdata/corpus/manifest.json")
	if err != nil {
		t.Fatal(err)
	}
	var es []corpusEntry
	if err := json.Unmarshal(b, &es); err != nil {
		t.Fatal(err)
	}
	m := map[string]corpusEntry{}
	for _, e := range es {
		m[strings.TrimSuffix(e.File, ".docx")] = e
	}
	return m
}

// corpusKey maps any derived file name back to its manifest key:
// text/defect-date-late.crlf.txt → defect-date-late.
func corpusKey(path string) string {
	base := filepath.Base(path)
	return base[:strings.IndexByte(base, '.')]
}

func TestCorpus(t *testing.T) {
	manifest := loadManifest(t)
	var files []string
	for _, dir := range []string{"testdata/corpus", "testdata/corpus/libreoffice", "testdata/corpus/text", "testdata/corpus/html"} {
		ents, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range ents {
			if e.Type().IsRegular() && e.Name() != "manifest.json" {
				files = append(files, filepath.Join(dir, e.Name()))
			}
		}
	}
	if len(files) < 60 {
		t.Fatalf("corpus has %d files, want ≥ 60", len(files))
	}
	ctx := &rules.Context{Today: time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)}
	for _, f := range files {
		f := f
		t.Run(f, func(t *testing.T) {
			entry, ok := manifest[corpusKey(f)]
			if !ok {
				t.Fatalf("no manifest entry for %s", corpusKey(f))
			}
			rep, err := input.LoadFile(f, parser.Limits{})
			if err != nil {
				t.Fatalf("read: %v", err)
			}
			if rep.Year != 2023 || rep.Issuer != "临江县发展和改革局" {
				t.Errorf("year %d issuer %q, want 2023 临江县发展和改革局", rep.Year, rep.Issuer)
			}
			if rep.Layout != parser.Layout2021 {
				t.Errorf("layout %q, want 2021", rep.Layout)
			}
			fired := map[string]bool{}
			for _, fd := range rules.Run(rep, ctx, &rules.Config{}) {
				if fd.Severity >= rules.Warning {
					fired[fd.Rule] = true
				}
			}
			allowed := map[string]bool{}
			for _, id := range append(append([]string{}, entry.Expect...), entry.Also...) {
				allowed[id] = true
			}
			for _, id := range entry.Expect {
				if !fired[id] {
					t.Errorf("%s not raised (%s); raised: %v", id, entry.Note, keys(fired))
				}
			}
			for id := range fired {
				if !allowed[id] {
					t.Errorf("false alarm: %s; expected only %v", id, entry.Expect)
				}
			}
		})
	}
}

// TestCorpusCells checks every figure of the clean report in every form against the values
// fill.py wrote: extraction must be exact whatever tool saved the file.
func TestCorpusCells(t *testing.T) {
	want := map[string][]float64{
		"new_received":          {20, 3, 0, 0, 1, 0, 24},
		"carried_over":          {2, 0, 0, 0, 0, 0, 2},
		"granted":               {12, 2, 0, 0, 1, 0, 15},
		"partially_granted":     {2, 0, 0, 0, 0, 0, 2},
		"withheld_third_party":  {1, 0, 0, 0, 0, 0, 1},
		"unable_not_held":       {3, 1, 0, 0, 0, 0, 4},
		"rejected_duplicate":    {1, 0, 0, 0, 0, 0, 1},
		"other_no_correction":   {1, 0, 0, 0, 0, 0, 1},
		"total_processed":       {20, 3, 0, 0, 1, 0, 24},
		"carried_forward":       {2, 0, 0, 0, 0, 0, 2},
		"withheld_state_secret": {0, 0, 0, 0, 0, 0, 0},
		"other_other":           {0, 0, 0, 0, 0, 0, 0},
	}
	files, _ := filepath.Glob("testdata/corpus/*/clean-department-2023*")
	files = append(files, "testdata/corpus/clean-department-2023.docx")
	sort.Strings(files)
	if len(files) < 4 {
		t.Fatalf("clean report forms: %v", files)
	}
	for _, f := range files {
		rep, err := input.LoadFile(f, parser.Limits{})
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if rep.Table3 == nil || rep.Table2 == nil || rep.Table4 == nil {
			t.Errorf("%s: tables missing: 2:%v 3:%v 4:%v", f, rep.Table2 != nil, rep.Table3 != nil, rep.Table4 != nil)
			continue
		}
		for _, ref := range rep.Table3.Rows() {
			w, ok := want[ref.Key]
			if !ok {
				continue
			}
			row := *ref.Row
			if row == nil {
				t.Errorf("%s: 表三 row %s absent", f, ref.Key)
				continue
			}
			for i, c := range row.Cells() {
				if !c.Filled() || c.Value != w[i] {
					t.Errorf("%s: 表三 %s %s = %q (state %d), want %v", f, ref.Key, parser.Table3Columns[i], c.Raw, c.State, w[i])
				}
			}
		}
		t2 := rep.Table2.V2021
		if t2 == nil {
			t.Errorf("%s: 表二 not in the 2021 layout", f)
		} else if t2.NormativeDocuments.InForce.Value != 12 || t2.Licensing.Decisions.Value != 156 || t2.Coercion.Decisions.Value != 2 {
			t.Errorf("%s: 表二 normative in force %v, licensing %v, coercion %v; want 12, 156, 2", f,
				t2.NormativeDocuments.InForce.Raw, t2.Licensing.Decisions.Raw, t2.Coercion.Decisions.Raw)
		}
		var got []float64
		for _, b := range []*parser.Table4Block{&rep.Table4.Review, &rep.Table4.LitigationDirect, &rep.Table4.LitigationAfterReview} {
			for _, c := range b.Cells() {
				got = append(got, c.Value)
			}
		}
		want4 := []float64{1, 0, 0, 1, 2, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0}
		for i := range want4 {
			if i >= len(got) || got[i] != want4[i] {
				t.Errorf("%s: 表四 = %v, want %v", f, got, want4)
				break
			}
		}
		if rep.Signature == nil || rep.Signature.Date != "2024-01-20" {
			t.Errorf("%s: signature %+v, want 2024-01-20", f, rep.Signature)
		}
		if len(rep.Sections) != 6 {
			t.Errorf("%s: %d sections, want 6", f, len(rep.Sections))
		}
	}
}

func keys(m map[string]bool) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
