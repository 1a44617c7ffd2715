package text

import (
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// Loose rows: text extracted from a PDF (and some web copies) prints a table row as its
// label and its numbers separated by single spaces, one row per line, with header lines
// of words between them: 「第二十条第（五）项」, 「信息内容 本年处理决定数量」, 「行政许可 356」.
// delimitedTable takes runs of rows with two numbers or more; a row with one number
// (表二's 行政许可) or a header made of single characters (表四's 「结 结 其 尚」 printed
// column by column) is left to this reader.
//
// A loose run is consecutive non-empty lines, each either
//   - a number row: a label (maybe empty, then five numbers or more) then one or more
//     numbers, single spaces between (「行政许可 356」, 「规 章 1 0 5」, 「1 0 1 0 2 …」),
//     the label without sentence punctuation outside brackets; or
//   - a header line: at most looseMaxRunes runes, no sentence punctuation (，。；), not a
//     part heading of the report (「三、…情况」).
// It is a table when it holds two number rows, or one of five numbers or more (表四's
// data row) under at least one header line. A number row becomes label + numbers; a
// header line is split at its spaces, each word a cell.

const looseMaxRunes = 40

// looseNumberRow splits 「label n n n」 at single spaces: the label (which may hold
// spaces, 「规 章」) and the trailing numbers; nil when the line does not end in a number.
func looseNumberRow(l string) []string {
	s := trim(l)
	if s == "" || strings.IndexByte(s, '\t') >= 0 || strings.IndexByte(s, '|') >= 0 {
		return nil
	}
	toks := strings.Fields(strings.ReplaceAll(s, "\u3000", " "))
	m := len(toks)
	for m > 0 && looseValue(toks[m-1]) {
		m--
	}
	if m == len(toks) {
		return nil
	}
	label := strings.Join(toks[:m], " ")
	if sentence(label) {
		return nil
	}
	if m == 0 {
		// Numbers alone: 表四's data row, not a count on a line of its own (vertical text).
		if len(toks) < 5 {
			return nil
		}
		return toks
	}
	return append([]string{label}, toks[m:]...)
}

// looseValue: a number, a blank mark, or a number with a unit (「86000元」).
func looseValue(t string) bool {
	return isNumber(t) || isBlankMark(t) || (strings.ContainsAny(t, "0123456789") && isValueText(t))
}

func looseHeader(l string) bool {
	t := trim(l)
	// Spaces do not count: a header of many short words (表四's, one row of the PDF) is
	// long with them.
	if t == "" || utf8.RuneCountInString(t)-strings.Count(t, " ") > looseMaxRunes || strings.ContainsAny(t, "\t|") || sentence(t) {
		return false
	}
	return !(strings.HasSuffix(t, "情况") && isSectionHeading(t))
}

// looseTable returns the loose table that starts at line i, or nil.
func (r *reader) looseTable(i int) (*parser.Table, int) {
	lines := r.lines
	if r.markdown || i < r.looseNoUntil {
		return nil, i
	}
	type lrow struct {
		cells   []string
		at, end int // first line, line after the last
		num     bool
	}
	var run []lrow
	numRows, wide, headers := 0, 0, 0
	j := i
	for ; j < len(lines); j++ {
		l := lines[j]
		if isBlank(l) {
			break
		}
		if j+1 < len(lines) && looseHeader(l) && !looseValue(trim(l)) {
			if f := looseNumberRow(lines[j+1]); f != nil && !looseValue(f[0]) && wrappedLabel(trim(l), f[0]) {
				// A long label wrapped in the PDF: its head on this line, the rest and the
				// numbers on the next.
				f[0] = trim(l) + f[0]
				run = append(run, lrow{f, j, j + 2, true})
				numRows++
				wide = max(wide, len(f)-1)
				j++
				continue
			}
		}
		if f := looseNumberRow(l); f != nil {
			run = append(run, lrow{f, j, j + 1, true})
			numRows++
			n := len(f)
			if !looseValue(f[0]) {
				n--
			}
			wide = max(wide, n)
			continue
		}
		if !looseHeader(l) || looseValue(trim(l)) {
			break
		}
		// Header words stand apart by single spaces in PDF text (「信息内容 本年制发件数
		// 本年废止件数 现行有效件数」): each is a cell.
		f := strings.Fields(strings.ReplaceAll(trim(l), "\u3000", " "))
		run = append(run, lrow{f, j, j + 1, false})
		headers++
	}
	// Trailing header lines belong to what follows (the next part, a signature).
	for len(run) > 0 && !run[len(run)-1].num {
		run = run[:len(run)-1]
		headers--
	}
	if !(numRows >= 2 || (numRows == 1 && wide >= 5 && headers >= 1)) {
		r.looseNoUntil = max(j, i+1)
		return nil, i
	}
	t := &parser.Table{Loc: parser.Loc{Line: i + 1}}
	for _, lr := range run {
		t.Rows = append(t.Rows, lineRow(lr.cells, lr.at))
	}
	return t, run[len(run)-1].end
}

// sentence reports whether a label reads as running text: sentence punctuation outside
// brackets (「（区分处理的，只计这一情形，不计其他情形）」 is a label's note).
func sentence(s string) bool {
	depth := 0
	for _, c := range s {
		switch c {
		case '（', '(':
			depth++
		case '）', ')':
			depth = max(0, depth-1)
		case '，', '。', '；', ',', ';', '：', '！', '？':
			if depth == 0 {
				return true
			}
		}
	}
	return false
}

// wrappedLabel reports whether head, a line without numbers, is the first part of the
// label whose rest (tail) opens the next number row: head starts like a row label
// (「（二）」, 「2.」) and tail does not, and head is long enough to have been wrapped, or
// leaves a bracket open, or tail is a word or two (「一、本年新收政府信息公开申请」 / 「数量」).
func wrappedLabel(head, tail string) bool {
	if !rowMarkerRE().MatchString(head) || rowMarkerRE().MatchString(tail) {
		return false
	}
	return utf8.RuneCountInString(head) >= 15 || utf8.RuneCountInString(tail) <= 6 ||
		strings.Count(head, "（")+strings.Count(head, "(") > strings.Count(head, "）")+strings.Count(head, ")")
}

// rowMarkerRE matches the numbering a 表三 row label starts with: （二）, (二), 2., 2．, 二、.
var rowMarkerRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:[（(][一二三四五六七八九十]+[）)]|[0-9]+[.．、]|[一二三四五六七八九十]+、)`)
})
