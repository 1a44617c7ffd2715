package html_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/govinfo-lint/govinfo-lint/parser"
	"github.com/govinfo-lint/govinfo-lint/parser/html"
	"github.com/govinfo-lint/govinfo-lint/parser/input"
	"github.com/govinfo-lint/govinfo-lint/rules"
)

// cmsDir holds synthetic pages in the shapes real government CMSs publish (TRS WCM and
// UEditor, the 集约化平台 boxes, layout tables, GBK pages, an attachment-only page),
// written by gen.py with figures whose every cell manifest.json records.
const cmsDir = "../../testdata/html/cms"

type cmsExpect struct {
	Doc       string `json:"doc"`
	NoContent bool   `json:"no_content"`
	// Attachment is what the no-content message must name.
	Attachment string `json:"attachment"`

	Title    string                         `json:"title"`
	Issuer   string                         `json:"issuer"`
	Year     int                            `json:"year"`
	Date     string                         `json:"date"`
	Sections int                            `json:"sections"`
	Headings []string                       `json:"headings"`
	Table2   map[string]map[string]*float64 `json:"table2"`
	// Table3 and Table4 list each row's cells in the order of t3Cols and t4Cols.
	Table3 map[string][]*float64 `json:"table3"`
	Table4 map[string][]*float64 `json:"table4"`
	Errors []string              `json:"errors"`
}

// TestCMSPages reads every page of the manifest and compares each table cell, the title,
// issuer, year, signature date and sections with what the page prints, and the errors
// the rules raise with the defects planted in it.
func TestCMSPages(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(cmsDir, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var manifest map[string]cmsExpect
	if err := json.Unmarshal(raw, &manifest); err != nil {
		t.Fatal(err)
	}
	if len(manifest) < 6 {
		t.Fatalf("manifest lists %d pages", len(manifest))
	}
	names := make([]string, 0, len(manifest))
	for n := range manifest {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		want := manifest[name]
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(cmsDir, name))
			if err != nil {
				t.Fatal(err)
			}
			if want.NoContent {
				// One clear line, not six missing sections and three missing tables.
				_, err := input.Read(name, data, parser.Limits{})
				var ie *input.Error
				if !errors.As(err, &ie) || ie.Kind != input.KindNotReport || !strings.Contains(ie.ZH, "没有找到年度报告的正文") ||
					!strings.Contains(ie.ZH, want.Attachment) || strings.Contains(ie.ZH, "\n") {
					t.Fatalf("input.Read = %v, want a not-report error naming %q", err, want.Attachment)
				}
				return
			}
			doc, err := html.Read(data, parser.Limits{})
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			r := parser.Recognize(doc)
			if r.Title != want.Title || r.Issuer != want.Issuer || r.Year != want.Year {
				t.Errorf("title %q issuer %q year %d, want %q %q %d", r.Title, r.Issuer, r.Year, want.Title, want.Issuer, want.Year)
			}
			if r.Signature == nil || r.Signature.Date != want.Date {
				t.Errorf("signature %+v, want date %s", r.Signature, want.Date)
			}
			if len(r.Sections) != want.Sections {
				var hs []string
				for _, s := range r.Sections {
					hs = append(hs, s.Heading)
				}
				t.Errorf("%d sections %q, want %d", len(r.Sections), hs, want.Sections)
			} else {
				for i, s := range r.Sections {
					if i < len(want.Headings) && s.Heading != want.Headings[i] {
						t.Errorf("section %d heading %q, want %q", i+1, s.Heading, want.Headings[i])
					}
				}
			}
			b, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			var got struct {
				Table2 map[string]map[string]*float64 `json:"table2"`
				Table3 map[string]map[string]*float64 `json:"table3"`
				Table4 map[string]map[string]*float64 `json:"table4"`
			}
			if err := json.Unmarshal(b, &got); err != nil {
				t.Fatal(err)
			}
			compareCells(t, "表二", got.Table2, want.Table2)
			compareCells(t, "表三", got.Table3, named(want.Table3, t3Cols))
			compareCells(t, "表四", got.Table4, named(want.Table4, t4Cols))

			ctx := &rules.Context{Today: time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)}
			var errs []string
			for _, f := range rules.Run(r, ctx, &rules.Config{}) {
				if f.Severity == rules.Error {
					errs = append(errs, f.Rule)
				}
			}
			sort.Strings(errs)
			if want.Errors == nil {
				want.Errors = []string{}
			}
			if errs == nil {
				errs = []string{}
			}
			if !reflect.DeepEqual(errs, want.Errors) {
				t.Errorf("errors %v, want %v", errs, want.Errors)
			}
		})
	}
}

// The column names of the report JSON (CONTRACT.md), in the manifest's order.
var (
	t3Cols = []string{"natural_person", "commercial", "research", "social_welfare", "legal_services", "other", "total"}
	t4Cols = []string{"upheld", "corrected", "other", "pending", "total"}
)

// named turns rows of cells in column order into rows of named cells.
func named(rows map[string][]*float64, cols []string) map[string]map[string]*float64 {
	out := map[string]map[string]*float64{}
	for row, cells := range rows {
		out[row] = map[string]*float64{}
		for i, c := range cells {
			if i < len(cols) {
				out[row][cols[i]] = c
			}
		}
	}
	return out
}

func compareCells(t *testing.T, table string, got, want map[string]map[string]*float64) {
	t.Helper()
	show := func(p *float64) string {
		if p == nil {
			return "null"
		}
		return fmt.Sprint(*p)
	}
	for row, cols := range want {
		for col, w := range cols {
			var g *float64
			if got[row] != nil {
				g = got[row][col]
			}
			if show(g) != show(w) {
				t.Errorf("%s %s.%s = %s, want %s", table, row, col, show(g), show(w))
			}
		}
	}
}

// FuzzCMSPages reads mutations of the CMS pages (mixed encodings, bold runs, list
// markers, breadcrumbs): Read must not panic, must give rectangular grids, and its text
// must be valid UTF-8 whatever bytes come in.
func FuzzCMSPages(f *testing.F) {
	ms, err := filepath.Glob(filepath.Join(cmsDir, "*.html"))
	if err != nil || len(ms) == 0 {
		f.Fatalf("no pages in %s: %v", cmsDir, err)
	}
	for _, p := range ms {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("<p><strong>五、存在的主要问题</strong>\xc8\xa8\xcf\xde<ol style='list-style-type:cjk-ideographic' start=99><li>x<li>y</ol>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := html.Read(data, parser.Limits{MaxCells: 20000, MaxDepth: 64})
		if err != nil {
			return
		}
		for _, b := range d.Blocks {
			if b.Para != nil && !utf8.ValidString(b.Para.Text) {
				t.Fatalf("paragraph not UTF-8: %q", b.Para.Text)
			}
		}
		for _, tb := range d.Tables() {
			for _, row := range tb.Rows {
				if len(row) != len(tb.Rows[0]) {
					t.Fatalf("ragged grid")
				}
			}
		}
	})
}

// TestCMSPageFurniture: the page's own lines inside the article box (neighbouring
// articles, hit counters, editor credits) are not the report's paragraphs, and the
// metadata line's values stop before the page tools that follow them.
func TestCMSPageFurniture(t *testing.T) {
	for _, c := range []struct {
		page   string
		absent []string
		meta   map[string]string
	}{
		{"junk-after-signature.html", []string{"上一篇", "下一篇", "访问量"}, map[string]string{"发布机构": "南岭县交通运输局"}},
		{"zoom-gb2312-runin.html", nil, map[string]string{"来源": "石门镇", "发布时间": "2024-01-20"}},
		{"related-inside-box.html", []string{"相关链接", "远山县水利局2022年", "远山县水利局2021年"}, nil},
	} {
		t.Run(c.page, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(cmsDir, c.page))
			if err != nil {
				t.Fatal(err)
			}
			d, err := html.Read(data, parser.Limits{})
			if err != nil {
				t.Fatal(err)
			}
			for _, b := range d.Blocks {
				for _, w := range c.absent {
					if b.Para != nil && strings.HasPrefix(b.Para.Text, w) {
						t.Errorf("paragraph %q kept", b.Para.Text)
					}
				}
			}
			for k, v := range c.meta {
				if d.Meta[k] != v {
					t.Errorf("Meta[%s] = %q, want %q", k, d.Meta[k], v)
				}
			}
		})
	}
}

// A <tfoot> written before <tbody> (the HTML 4 order) is drawn last, and read last.
func TestTfootLast(t *testing.T) {
	page := `<table><thead><tr><th>信息内容</th><th>数量</th></tr></thead>
<tfoot><tr><td>总计</td><td>3</td></tr></tfoot>
<tbody><tr><td>甲</td><td>1</td></tr><tr><td>乙</td><td>2</td></tr></tbody></table>`
	d, err := html.Read([]byte(page), parser.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	tb := d.Tables()[0]
	var got []string
	for _, r := range tb.Rows {
		got = append(got, r[0].Text)
	}
	if strings.Join(got, "|") != "信息内容|甲|乙|总计" {
		t.Errorf("rows %q, want the footer last", got)
	}
}

// A page naming a report, with an attachment, is refused as holding no report text only
// while its text is short: a long text without recognisable sections is linted, so that
// its defects are reported.
func TestNoReportTextThreshold(t *testing.T) {
	page := func(n int) []byte {
		return []byte("<html><head><title>某某局2023年政府信息公开工作年度报告</title></head><body><h1>某某局2023年政府信息公开工作年度报告</h1><div>" +
			strings.Repeat("<p>本机关认真贯彻落实条例要求，持续推进政务公开工作。</p>", n) +
			`<p>附件：<a href="/a.pdf">全文.pdf</a></p></div></body></html>`)
	}
	_, err := input.Read("short.html", page(3), parser.Limits{})
	var ie *input.Error
	if !errors.As(err, &ie) || ie.Kind != input.KindNotReport || !strings.Contains(ie.ZH, "全文.pdf") {
		t.Errorf("short page: %v, want not-report naming the attachment", err)
	}
	if rep, err := input.Read("long.html", page(60), parser.Limits{}); err != nil || rep == nil {
		t.Errorf("long page: %v, want a report to lint", err)
	}
}
