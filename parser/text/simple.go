package text

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// Pandoc's plain text ("pandoc -t plain") draws tables without vertical bars: a ruler of
// dash runs, one per column, gives the columns by character position, and text stands
// under its run (CJK characters count two positions, as a terminal shows them). Four
// shapes:
//
//   - simple table: a header line, the ruler, one line per row, a blank line to end;
//   - headerless simple table: the ruler, one line per row, the ruler again;
//   - multiline table: a full-width dash line, header lines, the ruler, rows separated by
//     blank lines (a cell's text wraps inside its column), a full-width dash line;
//   - headerless multiline table: the ruler, rows separated by blank lines, the ruler.
//
// A row of empty cells is a line of spaces as wide as the table (the blank line between
// rows is empty). A ruler has two or more dash runs (a lone run of dashes is a rule or a setext
// underline, not a table). Rows are indented like the ruler; a line that is not ends the
// table. A table that is opened by a rule must be closed by one, or its lines stay what
// they would be otherwise.

// dashRuler returns the start columns of the dash runs of l, if l is only spaces and
// runs of three or more dashes; nil otherwise.
func dashRuler(l string) []int {
	l = strings.TrimRight(l, " ")
	if len(l) < 3 || strings.IndexByte(l, '-') < 0 {
		return nil
	}
	var starts []int
	for k := 0; k < len(l); {
		switch l[k] {
		case ' ':
			k++
		case '-':
			e := k
			for e < len(l) && l[e] == '-' {
				e++
			}
			if e-k < 3 {
				return nil
			}
			starts = append(starts, k)
			k = e
		default:
			return nil
		}
	}
	return starts
}

// simpleStart tells whether line i opens a pandoc plain table: a ruler, or a header line
// (after a blank line) directly above a ruler of two or more columns.
func (r *reader) simpleStart(i int) bool {
	if i < r.simpleNoUntil {
		return false
	}
	l := r.lines[i]
	if c := trim(l); c != "" && c[0] == '-' {
		return dashRuler(l) != nil
	}
	return i+1 < len(r.lines) && (i == 0 || isBlank(r.lines[i-1])) &&
		strings.IndexByte(r.lines[i+1], '-') >= 0 && len(dashRuler(r.lines[i+1])) >= 2
}

// simpleTable reads the pandoc plain table that starts at line i (see simpleStart), or
// returns nil.
func (r *reader) simpleTable(i int) (*parser.Table, int) {
	lines := r.lines
	fail := func(j int) (*parser.Table, int) {
		r.simpleNoUntil = max(j, i+1)
		return nil, i
	}
	var header []int // lines of the header
	ruler := i
	opened := false // opened by a rule: must be closed by one
	switch starts := dashRuler(lines[i]); {
	case starts == nil: // a header line above the ruler
		header, ruler = []int{i}, i+1
	case len(starts) == 1: // a multiline table's top rule; header lines, then the ruler
		opened = true
		k := i + 1
		for ; k < len(lines) && k <= i+8 && !isBlank(lines[k]) && dashRuler(lines[k]) == nil; k++ {
			header = append(header, k)
		}
		if k >= len(lines) || len(header) == 0 || len(dashRuler(lines[k])) < 2 {
			return fail(k)
		}
		ruler = k
	default: // a headerless table
		opened = true
	}
	starts := dashRuler(lines[ruler])
	if len(starts) < 2 {
		return fail(ruler + 1)
	}
	indent := strings.Repeat(" ", starts[0])
	// The body: lines up to the closing rule, or (a simple table with a header) a blank line.
	var body []int
	blanks, closed := false, false
	j := ruler + 1
	for ; j < len(lines); j++ {
		l := lines[j]
		if isBlank(l) {
			if opened && len(l) >= starts[len(starts)-1] && strings.Trim(l, " ") == "" {
				// A row of empty cells prints as spaces across the table's width; the line
				// between two rows is empty.
				body = append(body, j)
				continue
			}
			if !opened {
				break
			}
			blanks = true
			continue
		}
		if dashRuler(l) != nil {
			closed = true
			j++
			break
		}
		if !strings.HasPrefix(l, indent) || strings.IndexByte(l, '\t') >= 0 {
			break
		}
		body = append(body, j)
	}
	if (opened && !closed) || len(body) == 0 {
		return fail(j)
	}
	// Every row gets a cell per column: a wide ruler over many short lines would make far
	// more cells than the input has bytes. Past the cell limit these are no table.
	if (len(body)+1)*len(starts) > r.lim.MaxCells-r.cells {
		return fail(j)
	}
	t := &parser.Table{Loc: parser.Loc{Line: i + 1}}
	if len(header) > 0 {
		t.Rows = append(t.Rows, columnsRow(lines, header, starts))
	}
	// Rows: blocks of lines separated by blank lines, or one line each when no blank
	// line separates them (a simple table).
	for k := 0; k < len(body); {
		e := k + 1
		if blanks {
			for e < len(body) && body[e] == body[e-1]+1 {
				e++
			}
		}
		t.Rows = append(t.Rows, columnsRow(lines, body[k:e], starts))
		k = e
	}
	return t, j
}

// columnsRow cuts the lines of one row at the ruler's columns; a column's pieces on
// successive lines are one wrapped cell, joined back.
func columnsRow(lines []string, at []int, starts []int) []parser.Cell {
	row := make([]parser.Cell, len(starts))
	for c := range row {
		row[c].Loc.Line = at[0] + 1
	}
	pieces := make([]strings.Builder, len(starts))
	for _, li := range at {
		l := lines[li]
		for c := range pieces {
			pieces[c].Reset()
		}
		col, c := 0, 0
		for _, ch := range l {
			for c+1 < len(starts) && col >= starts[c+1] {
				c++
			}
			pieces[c].WriteRune(ch)
			col += runeWidth(ch)
		}
		for c := range pieces {
			p := trim(pieces[c].String())
			if p == "" {
				continue
			}
			if row[c].Text == "" {
				row[c].Text, row[c].Loc.Line = p, li+1
			} else {
				row[c].Text = joinWrapped(row[c].Text, p)
			}
		}
	}
	return row
}

// runeWidth: the positions a character takes in pandoc's plain output (two for CJK).
func runeWidth(ch rune) int {
	if ch < utf8.RuneSelf {
		return 1
	}
	switch width.LookupRune(ch).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}
