package template

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/govinfo-lint/govinfo-lint/parser"
	"github.com/govinfo-lint/govinfo-lint/parser/docx"
	"github.com/govinfo-lint/govinfo-lint/rules"
)

// fill does what a clerk does with the template: writes 0 in every empty table cell,
// replaces each guidance note with a sentence, and dates the signature.
func fill(t *testing.T, b []byte, notes map[string]string, date string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(rc)
		rc.Close()
		if f.Name == "word/document.xml" {
			s := string(data)
			// Empty cells: no text, and not the continuation of a vertical merge.
			cellRe := regexp.MustCompile(`<w:tc>.*?</w:tc>`)
			s = cellRe.ReplaceAllStringFunc(s, func(m string) string {
				if strings.Contains(m, "<w:t>") || strings.Contains(m, "<w:vMerge></w:vMerge>") {
					return m
				}
				return strings.Replace(m, "</w:p></w:tc>", "<w:r><w:t>0</w:t></w:r></w:p></w:tc>", 1)
			})
			for k, v := range notes {
				s = strings.Replace(s, k, v, 1)
			}
			s = regexp.MustCompile(`(\d{4})年  月  日`).ReplaceAllString(s, date)
			data = []byte(s)
		}
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	zw.Close()
	return out.Bytes()
}

func lint(t *testing.T, b []byte, today time.Time) []rules.Finding {
	t.Helper()
	doc, err := docx.Read(b, parser.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	r := parser.Recognize(doc)
	return rules.Run(r, &rules.Context{Today: today}, &rules.Config{})
}

// The blank template raises no error, only "not filled" warnings; filled in with zeros and
// dated, it lints clean (the acceptance: 「filled in and saved again, it must lint
// clean」). The 2019 layout is checked for a 2020 report, the last year it applies to.
func TestLintBlankAndFilled(t *testing.T) {
	for _, c := range []struct {
		layout string
		year   int
	}{{"2021", 2025}, {"2019", 2020}} {
		t.Run(c.layout, func(t *testing.T) {
			b := write(t, Options{Year: c.year, Issuer: "某某县某某镇人民政府", Layout: c.layout})
			today := time.Date(c.year+1, 2, 25, 0, 0, 0, 0, time.UTC)
			blankRules := map[string]bool{}
			for _, f := range lint(t, b, today) {
				if f.Severity == rules.Error {
					t.Errorf("blank template: %s %s", f.Rule, f.Message)
				}
				blankRules[f.Rule] = true
			}
			if !blankRules["cell-blank"] {
				t.Errorf("blank template not reported as unfilled: %v", blankRules)
			}
			filled := fill(t, b, nil, fmt.Sprintf("%d年1月20日", c.year+1))
			for _, f := range lint(t, filled, today) {
				t.Errorf("filled template: %s %s %s", f.Rule, f.Severity, f.Message)
			}
		})
	}
}
