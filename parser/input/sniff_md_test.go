package input

import (
	"os"
	"testing"
)

// TestSniffMarkdownWithHTML: pandoc's markdown can open with a raw <table> (a title kept in a
// one-cell table); mostly plain lines make it text, while a page or an HTML fragment stays html.
func TestSniffMarkdownWithHTML(t *testing.T) {
	md, err := os.ReadFile("../../testdata/text/gfm-title-table-first.md")
	if err != nil {
		t.Fatal(err)
	}
	if got := Sniff(md); got != "text" {
		t.Errorf("pandoc markdown opening with <table>: Sniff = %q, want text", got)
	}
	frag := []byte("<table>\n<tr><td>规章</td><td>0</td></tr>\n</table>\n<p>一、总体情况</p>\n<p>二、主动公开政府信息情况</p>\n<p>三、…</p>\n<p>四、…</p>\n<p>五、…</p>\n")
	if got := Sniff(frag); got != "html" {
		t.Errorf("HTML fragment: Sniff = %q, want html", got)
	}
	page := append([]byte("<html><body>\n"), md...)
	if got := Sniff(page); got != "html" {
		t.Errorf("a page with <html>: Sniff = %q, want html", got)
	}
}
