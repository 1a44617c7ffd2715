package text

import (
	"strings"

	"github.com/govinfo-lint/govinfo-lint/parser"
	"github.com/govinfo-lint/govinfo-lint/parser/html"
)

// Raw HTML tables inside markdown: pandoc writes a table with merged cells (表三, 表四 of
// the official blank) as an HTML <table> in its markdown output, since pipe tables cannot
// span. parser/html reads the fragment (it resolves colspan/rowspan into a grid and never
// imports this package); each cell then gets the line of its <td>/<th> tag in this file.

// maybeHTMLTable: a line that opens an HTML table.
func maybeHTMLTable(l string) bool {
	t := trim(l)
	return len(t) >= 6 && t[0] == '<' && strings.EqualFold(t[:6], "<table")
}

// htmlTable reads the HTML table opening at line i. It returns the tables found, or, for a
// layout table that parser/html reads as text (a one-cell table holding the title, which
// pandoc writes at the top of its markdown), that text as paragraphs; both nil when
// neither; and the line after the closing </table>.
func (r *reader) htmlTable(i int) ([]*parser.Table, []string, int) {
	lines := r.lines
	// Find the matching </table>, counting nested tables; one pass over the lines.
	depth, j := 0, i
	for ; j < len(lines); j++ {
		lo := strings.ToLower(lines[j])
		depth += strings.Count(lo, "<table") - strings.Count(lo, "</table")
		if depth <= 0 {
			break
		}
	}
	if j == len(lines) {
		// Unclosed: not a table we can trust; its lines stay paragraphs.
		r.htmlNoUntil = j
		return nil, nil, i
	}
	frag := strings.Join(lines[i:j+1], "\n")
	doc, err := html.Read([]byte(frag), r.lim)
	if err != nil {
		r.htmlNoUntil = j + 1
		return nil, nil, i
	}
	tagLines := cellTagLines(frag, i)
	var ts []*parser.Table
	k := 0 // index into tagLines, over every table's origin cells in order
	for _, t := range doc.Tables() {
		t.Loc = parser.Loc{Line: i + 1}
		for ri, row := range t.Rows {
			for ci := range row {
				c := &row[ci]
				if c.Merged(ri, ci) {
					continue
				}
				line := i + 1
				if k < len(tagLines) {
					line = tagLines[k]
				}
				k++
				c.Loc = parser.Loc{Line: line}
			}
		}
		// A covered slot takes its origin's line.
		for ri, row := range t.Rows {
			for ci := range row {
				c := &row[ci]
				if c.Merged(ri, ci) && c.OriginRow < len(t.Rows) && c.OriginCol < len(t.Rows[c.OriginRow]) {
					c.Loc = t.Rows[c.OriginRow][c.OriginCol].Loc
				}
			}
		}
		ts = append(ts, t)
	}
	if len(ts) == 0 {
		var paras []string
		for _, p := range doc.Paragraphs() {
			paras = append(paras, p.Text)
		}
		if len(paras) == 0 {
			r.htmlNoUntil = j + 1
			return nil, nil, i
		}
		return nil, paras, j + 1
	}
	return ts, nil, j + 1
}

// cellTagLines returns the 1-based line of every <td> and <th> tag in frag, in order;
// frag's first line is line first+1.
func cellTagLines(frag string, first int) []int {
	var out []int
	line := first + 1
	for k := 0; k < len(frag); k++ {
		switch frag[k] {
		case '\n':
			line++
		case '<':
			if k+3 < len(frag) && (frag[k+1] == 't' || frag[k+1] == 'T') {
				c2, c3 := frag[k+2]|0x20, frag[k+3]
				if (c2 == 'd' || c2 == 'h') && (c3 == '>' || c3 == ' ' || c3 == '/' || c3 == '\t' || c3 == '\n') {
					out = append(out, line)
				}
			}
		}
	}
	return out
}
