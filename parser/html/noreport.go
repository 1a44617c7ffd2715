package html

import (
	"net/url"
	"path"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// MetaAttachments is the Meta key (附件) under which Read lists the documents the report's
// box links to or embeds (a PDF viewer), joined with 「；」: the link's text, or the
// file's name. A page that carries the report only as an attachment has no sections and
// no tables, and the user must be told to check the attachment rather than be given six
// missing sections.
const MetaAttachments = "附件"

// attachmentExt are the extensions of documents sites attach reports as.
var attachmentExt = map[string]bool{
	".pdf": true, ".doc": true, ".docx": true, ".wps": true, ".ofd": true, ".txt": true,
	".xls": true, ".xlsx": true, ".et": true, ".zip": true, ".rar": true, ".7z": true,
}

// attachments lists up to five documents linked or embedded under n, outside page
// furniture.
func attachments(n *html.Node) []string {
	var out []string
	seen := map[string]bool{}
	var f func(*html.Node)
	f = func(n *html.Node) {
		if len(out) >= 5 {
			return
		}
		add := func(name string) {
			if name != "" && !seen[name] {
				seen[name] = true
				out = append(out, name)
			}
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Iframe || n.DataAtom == atom.Embed || n.DataAtom == atom.Object) {
			// A document shown in the page: <embed src=x.pdf>, or a viewer
			// (pdf.js viewer.html?file=/x.pdf) in an <iframe>.
			for _, a := range n.Attr {
				if a.Key == "src" || a.Key == "data" {
					add(embeddedDocument(a.Val))
				}
			}
			return
		}
		if n.Type == html.ElementNode && (skipElement(n) || isFurniture(n) && !holdsTitle(n)) {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.A {
			name := cleanLine(textOf(n))
			file := ""
			for _, a := range n.Attr {
				if a.Key == "href" {
					if u, err := url.Parse(strings.TrimSpace(a.Val)); err == nil {
						file = path.Base(u.Path)
					}
				}
			}
			if attachmentExt[strings.ToLower(path.Ext(file))] || attachmentExt[strings.ToLower(path.Ext(name))] {
				if name == "" {
					name = file
				}
				add(name)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			f(c)
		}
	}
	f(n)
	return out
}

// embeddedDocument returns the file name of a document an embed or viewer URL shows, or
// "": the URL's own path, or a file=/src=/url= parameter naming a document.
func embeddedDocument(src string) string {
	u, err := url.Parse(strings.TrimSpace(src))
	if err != nil {
		return ""
	}
	if f := path.Base(u.Path); attachmentExt[strings.ToLower(path.Ext(f))] {
		return f
	}
	q := u.Query()
	for _, k := range []string{"file", "src", "url"} {
		if v := q.Get(k); v != "" {
			if w, err := url.Parse(v); err == nil {
				if f := path.Base(w.Path); attachmentExt[strings.ToLower(path.Ext(f))] {
					return f
				}
			}
		}
	}
	return ""
}
