package text

import (
	"strings"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// Double-spaced text: many crawled pages put an empty line after every paragraph, and
// when the page held a table, every cell is such a paragraph (「规章」, blank, 「1」, blank,
// 「0」…). There a single empty line says nothing, so the text is read with it taken out:
// the cells stand one per line as in LibreOffice text and vertical.go cuts the rows. A
// longer run of empty lines keeps (n-1)/2 of them: an empty cell printed as an empty
// paragraph between its two separators.
//
// A text is double-spaced when it has at least twenty non-empty lines and at least nine
// in ten of them (the last one aside) are followed by an empty line; or, on a page whose
// menus and footer are single-spaced lists, when four in ten are and nine in ten of its
// (ten or more) lines holding a number alone stand between empty lines. Tika text (TAB
// cells), markdown and pandoc's plain text (dash rulers) are never taken for it: their
// empty lines end rows and tables.

// undoubleSpace replaces r.lines by the lines without their single separators and
// returns, for each kept line, its index in the original, or nil when the text is not
// double-spaced.
func (r *reader) undoubleSpace() []int {
	if r.markdown {
		return nil
	}
	lines := r.lines
	nonBlank, spaced, values, spacedValues := 0, 0, 0, 0
	for i, l := range lines {
		if isBlank(l) {
			continue
		}
		if l[0] == '\t' || (strings.IndexByte(l, '-') >= 0 && dashRuler(l) != nil) {
			return nil
		}
		nonBlank++
		after := i+1 < len(lines) && isBlank(lines[i+1])
		if after {
			spaced++
		}
		if isNumber(trim(strings.TrimSuffix(trim(l), "|"))) { // 「12」, or 「12 |」 in pipe text
			values++
			if after && i > 0 && isBlank(lines[i-1]) {
				spacedValues++
			}
		}
	}
	switch {
	case nonBlank < 20:
		return nil
	case spaced*10 >= (nonBlank-1)*9:
	case values >= 10 && spacedValues*10 >= values*9 && spaced*10 >= (nonBlank-1)*4:
		// The page's menus and footer are single-spaced lists, its body is not.
	default:
		return nil
	}
	kept := make([]string, 0, nonBlank+8)
	orig := make([]int, 0, nonBlank+8)
	for i := 0; i < len(lines); {
		if !isBlank(lines[i]) {
			kept = append(kept, lines[i])
			orig = append(orig, i)
			i++
			continue
		}
		n := i
		for n < len(lines) && isBlank(lines[n]) {
			n++
		}
		// Keep (n-1)/2 blank lines of a run: none of a single separator. (The report's
		// part headings end a vertical table by their wording, 「…情况」.)
		keep := (n - i - 1) / 2
		for k := 0; k < keep; k++ {
			kept = append(kept, "")
			orig = append(orig, i+k)
		}
		i = n
	}
	r.lines = kept
	return orig
}

// remapLines turns the line numbers of a Document read from undoubleSpace's lines back
// into lines of the file.
func remapLines(doc *parser.Document, orig []int) {
	fix := func(l *parser.Loc) {
		if l.Line > 0 && l.Line <= len(orig) {
			l.Line = orig[l.Line-1] + 1
		}
	}
	for _, b := range doc.Blocks {
		if b.Para != nil {
			fix(&b.Para.Loc)
			continue
		}
		fix(&b.Table.Loc)
		for _, row := range b.Table.Rows {
			for c := range row {
				fix(&row[c].Loc)
			}
		}
	}
}
