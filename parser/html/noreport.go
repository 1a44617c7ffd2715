package html

import (
	"net/url"
	"path"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// MetaAttachments is the Meta key (附件) under which Read lists the documents the report's
// box links to, joined with 「；」: the link's text, or the file's name. A page that
// carries the report only as an attachment has no sections and no tables, and the user
// must be told to check the attachment rather than be given six missing sections.
const MetaAttachments = "附件"

// attachmentExt are the extensions of documents sites attach reports as.
var attachmentExt = map[string]bool{
	".pdf": true, ".doc": true, ".docx": true, ".wps": true, ".ofd": true, ".txt": true,
	".xls": true, ".xlsx": true, ".et": true, ".zip": true, ".rar": true, ".7z": true,
}

// attachments lists up to five documents linked under n, outside page furniture.
func attachments(n *html.Node) []string {
	var out []string
	seen := map[string]bool{}
	var f func(*html.Node)
	f = func(n *html.Node) {
		if len(out) >= 5 {
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
				if !seen[name] {
					seen[name] = true
					out = append(out, name)
				}
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
