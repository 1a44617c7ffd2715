package html

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// markerWordsJoined is how markerWordsIn counted before it used bit masks: the texts
// joined with NUL separators, each word searched for in the whole.
func markerWordsJoined(n *html.Node) int {
	var b strings.Builder
	var f func(*html.Node)
	f = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(0)
			return
		}
		if n.Type == html.ElementNode && (skipElement(n) || isLink(n)) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			f(c)
		}
	}
	f(n)
	s := b.String()
	k := 0
	for _, w := range markerWords {
		if strings.Contains(s, w) {
			k++
		}
	}
	return k
}

// TestMarkerMasks: the bit-mask count agrees with the joined-text count on every
// element of every test page, and the words fit in the mask.
func TestMarkerMasks(t *testing.T) {
	if len(markerWords) > 32 {
		t.Fatalf("%d marker words do not fit a uint32 mask", len(markerWords))
	}
	pages, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	if len(pages) == 0 {
		t.Fatal("no test pages")
	}
	for _, p := range pages {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text, _, err := decode(data)
		if err != nil {
			t.Fatal(err)
		}
		root, err := html.Parse(strings.NewReader(text))
		if err != nil {
			t.Fatal(err)
		}
		var walk func(n *html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.ElementNode {
				if got, want := markerWordsIn(n), markerWordsJoined(n); got != want {
					t.Errorf("%s <%s>: %d marker words, want %d", filepath.Base(p), n.Data, got, want)
				}
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(root)
	}
}
