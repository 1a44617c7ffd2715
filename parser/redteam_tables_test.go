package parser_test

// Red-team tests of the .docx road: the ways clerks really build 表二/表三/表四 in Word and
// WPS (a table split at a page break, 序号 and 备注 columns, figures written 12件 or １２,
// numbers split across runs, tracked changes, content controls, text boxes, w:hMerge,
// header rows merged differently, …). testdata/docx/redteam/gen.py makes each variant from
// the clean corpus report and writes, in manifest.json, the figure it put in every cell
// and the rules a correct linter raises; every cell and the set of rules must match.

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/govinfo-lint/govinfo-lint/parser"
	"github.com/govinfo-lint/govinfo-lint/parser/docx"
	"github.com/govinfo-lint/govinfo-lint/rules"
)

const redteamDir = "../testdata/docx/redteam"

// redteamManifest: columns names, per table and row, the columns of the rows in base
// and variants[].tables (table → row → figures, null for a cell written blank). base
// holds the clean report's figures; a variant lists only the rows it wrote otherwise.
type redteamManifest struct {
	Columns  map[string]map[string][]string   `json:"columns"`
	Base     map[string]map[string][]*float64 `json:"base"`
	Variants []struct {
		File   string                           `json:"file"`
		Note   string                           `json:"note"`
		Expect []string                         `json:"expect"`
		Tables map[string]map[string][]*float64 `json:"tables"`
	} `json:"variants"`
}

func TestRedteamDocx(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(redteamDir, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m redteamManifest
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	type runCase struct {
		path string
		c    int // index in m.Variants
	}
	var runs []runCase
	for i, c := range m.Variants {
		runs = append(runs, runCase{filepath.Join(redteamDir, c.File), i})
		// The same variant saved again by LibreOffice, and through a .doc, when gen.py
		// made those copies.
		for _, sub := range []string{"libreoffice", "doc"} {
			if p := filepath.Join(redteamDir, sub, c.File); fileExists(p) {
				runs = append(runs, runCase{p, i})
			}
		}
	}
	if len(m.Variants) < 40 || len(runs) < len(m.Variants)+10 {
		t.Fatalf("manifest has %d variants and %d files, want ≥ 40 and ≥ 10 LibreOffice copies", len(m.Variants), len(runs))
	}
	ctx := &rules.Context{Today: time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)}
	for _, run := range runs {
		c := m.Variants[run.c]
		name, _ := filepath.Rel(redteamDir, run.path)
		t.Run(strings.TrimSuffix(name, ".docx"), func(t *testing.T) {
			data, err := os.ReadFile(run.path)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := docx.Read(data, parser.Limits{})
			if err != nil {
				t.Fatalf("read: %v", err)
			}
			rep := parser.Recognize(doc)
			got := map[string]map[string]map[string]*float64{}
			for name, v := range map[string]any{"table2": rep.Table2, "table3": rep.Table3, "table4": rep.Table4} {
				js, err := json.Marshal(v)
				if err != nil {
					t.Fatal(err)
				}
				var m map[string]map[string]*float64
				if string(js) != "null" {
					if err := json.Unmarshal(js, &m); err != nil {
						t.Fatalf("%s: %v (%s)", name, err, js)
					}
				}
				got[name] = m
			}
			var bad []string
			for tname, rows := range m.Base {
				for row, figs := range rows {
					if v, ok := c.Tables[tname][row]; ok {
						figs = v
					}
					cols := m.Columns[tname][row]
					if len(cols) != len(figs) {
						t.Fatalf("manifest: %s.%s has %d figures for %d columns", tname, row, len(figs), len(cols))
					}
					for k, want := range figs {
						col := cols[k]
						g, ok := got[tname][row][col]
						switch {
						case !ok:
							bad = append(bad, fmt.Sprintf("%s.%s.%s: absent, want %s", tname, row, col, show(want)))
						case (g == nil) != (want == nil) || (g != nil && *g != *want):
							bad = append(bad, fmt.Sprintf("%s.%s.%s: got %s, want %s", tname, row, col, show(g), show(want)))
						}
					}
				}
			}
			sort.Strings(bad)
			for _, s := range bad {
				t.Error(s)
			}
			seen := map[string]bool{}
			var ids []string
			for _, f := range rules.Run(rep, ctx, &rules.Config{}) {
				if !seen[f.Rule] {
					seen[f.Rule] = true
					ids = append(ids, f.Rule)
				}
			}
			sort.Strings(ids)
			want := append([]string{}, c.Expect...)
			sort.Strings(want)
			if strings.Join(ids, ",") != strings.Join(want, ",") {
				t.Errorf("%s: rules %v, want %v", c.Note, ids, want)
			}
		})
	}
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func show(f *float64) string {
	if f == nil {
		return "blank"
	}
	return fmt.Sprint(*f)
}
