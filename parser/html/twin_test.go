package html_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/govinfo-lint/govinfo-lint/parser"
	"github.com/govinfo-lint/govinfo-lint/parser/docx"
	"github.com/govinfo-lint/govinfo-lint/parser/html"
	"github.com/govinfo-lint/govinfo-lint/rules"
)

// This test lives in package html_test: parser/docx reads HTML parts (altChunk) with
// this package, so an in-package test importing parser/docx would be an import cycle.

const dir = "../../testdata/html"

func readPage(t *testing.T, name string) *parser.Document {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	d, err := html.Read(b, parser.Limits{})
	if err != nil {
		t.Fatalf("Read %s: %v", name, err)
	}
	return d
}

// A page must give the report its .docx twin gives. The pages here are LibreOffice's HTML
// exports (HTML and XHTML writers) of the official blank template and of our template
// filled with a different number in every cell.
func TestDocxTwins(t *testing.T) {
	for _, c := range []struct{ docx, page string }{
		{"official-blank-2021.docx", "official-blank-2021-lo.html"},
		{"template-filled-2024.docx", "template-filled-2024-lo.html"},
		{"template-filled-2024.docx", "template-filled-2024-xhtml.html"},
	} {
		t.Run(c.page, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join(dir, c.docx))
			if err != nil {
				t.Fatal(err)
			}
			dd, err := docx.Read(b, parser.Limits{})
			if err != nil {
				t.Fatal(err)
			}
			want := parser.Recognize(dd)
			got := parser.Recognize(readPage(t, c.page))
			if want.Table3 == nil {
				t.Fatalf("the .docx twin has no 表三")
			}
			for _, f := range []struct {
				name      string
				want, got any
			}{
				{"layout", want.Layout, got.Layout}, {"title", want.Title, got.Title}, {"issuer", want.Issuer, got.Issuer},
				{"year", want.Year, got.Year}, {"period", want.Period, got.Period}, {"signature", want.Signature, got.Signature},
				{"sections", want.Sections, got.Sections}, {"表二", want.Table2, got.Table2}, {"表三", want.Table3, got.Table3},
				{"表四", want.Table4, got.Table4}, {"extra rows", want.ExtraRows, got.ExtraRows},
			} {
				wj, _ := json.Marshal(f.want)
				gj, _ := json.Marshal(f.got)
				if string(wj) != string(gj) {
					t.Errorf("%s differs from the .docx:\n docx %s\n html %s", f.name, wj, gj)
				}
			}
			// And the same findings, but for where they point (paragraph numbers differ).
			ctx := &rules.Context{Today: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)}
			key := func(fs []rules.Finding) []string {
				var ks []string
				for _, f := range fs {
					w := f.Where
					w.Line = 0
					ks = append(ks, fmt.Sprintf("%s %v %+v %s %s", f.Rule, f.Severity, w, f.Expected, f.Actual))
				}
				return ks
			}
			wf, gf := key(rules.Run(want, ctx, &rules.Config{})), key(rules.Run(got, ctx, &rules.Config{}))
			if strings.Join(wf, "\n") != strings.Join(gf, "\n") {
				t.Errorf("findings differ:\n docx %q\n html %q", wf, gf)
			}
			if len(wf) == 0 {
				t.Errorf("no findings at all: the twins are not exercising the rules")
			}
		})
	}
}
