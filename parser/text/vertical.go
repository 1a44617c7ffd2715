package text

import (
	"strings"
	"unicode/utf8"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// Vertical tables: text where every cell stands on a line of its own and nothing marks
// where a row ends (LibreOffice "save as text", many copies from a browser). A merged
// continuation cell prints as an empty line, a cell of two paragraphs as two lines.
//
// Heuristic (documented because it guesses): a region is a run of short lines (at most
// verticalMaxRunes runes, not ending a sentence with 。) holding at least two runs of
// value lines (numbers, numbers with a unit or currency such as 251000元, Chinese-numeral
// counts such as 一件, 若干, or the blank marks / — - 无) and at least three numbers, or one
// run of at least five numbers (表四's lone data row). It starts
// at a label line (not a section heading such as 三、…情况, unless a value follows it at
// once) and ends after its last value run; a section heading preceded by an empty line,
// a section heading ending in 情况 (wherever it stands: the report's part headings do, row
// labels such as 三、本年度办理结果 do not), or a long line, ends it. Inside, each run of
// values closes a row; empty lines between two values are empty value cells. A region
// without values whose empty lines look like rows of empty cells is a blank table, its
// empty lines the values (blankVertical says when). The labels before a run of n values
// become:
//   - with three labels or fewer: the row's own label cells (三、本年度办理结果, （一）予以公开);
//   - with more (headers run into the first data row): the last label is the row's label,
//     the n+1 labels before it a header row, anything earlier one more row;
//   - when n >= 10, no label: a row of ten or more values is a pure data row (表四 style),
//     the labels above it form one header row (in a blank table only above five labels
//     or more: its last run also holds the empty lines after the table).
// Header rows whose cells wrapped over several lines cannot be rebuilt; value rows can.

const verticalMaxRunes = 60

type vkind uint8

const (
	vBlank vkind = iota
	vValue
	vLabel
	vLong
)

func vKind(l string) vkind {
	// TABs and pipes belong to the other layouts: never part of a vertical table.
	if strings.IndexByte(l, '\t') >= 0 || strings.IndexByte(l, '|') >= 0 {
		return vLong
	}
	t := trim(l)
	switch {
	case t == "":
		return vBlank
	case isNumber(t) || isBlankMark(t) || isValueText(t):
		return vValue
	case strings.HasSuffix(t, "。") || utf8.RuneCountInString(t) > verticalMaxRunes:
		return vLong
	}
	return vLabel
}

// isValueText: what else stands in a value cell on a line of its own — a number with a
// currency sign or a unit (「251000元」, 「86.5万元」, 「￥1,200」, 「3件」), a number in
// Chinese numerals with or without a measure word (「一件」, 「两项」, 「零」), or a vague
// quantity (「若干」). Labels never look like these: they name something (行政强制,
// 其他, 总计), and sentences are longer.
func isValueText(t string) bool {
	if len(t) > 24 { // at most eight CJK runes: keeps the tests cheap on long lines
		return false
	}
	switch t {
	case "若干", "暂无", "不详", "未统计", "不适用":
		return true
	}
	// A currency sign in front.
	for _, p := range []string{"￥", "¥", "$"} {
		t = strings.TrimPrefix(t, p)
	}
	// A unit behind, the longest first (万元 before 元).
	for _, u := range valueUnits {
		if len(t) > len(u) && strings.HasSuffix(t, u) {
			t = strings.TrimRight(t[:len(t)-len(u)], " ")
			break
		}
	}
	if isNumber(t) {
		return true
	}
	// Chinese numerals: a digit first (百, 千, 万 alone are units, not numbers).
	n := 0
	for _, c := range t {
		if !strings.ContainsRune("零〇一二两三四五六七八九十百千万", c) || (n == 0 && strings.ContainsRune("百千万", c)) {
			return false
		}
		n++
	}
	return n > 0 && n <= 6
}

// valueUnits are the units a report writes after a count or an amount.
var valueUnits = []string{"万元", "亿元", "千元", "人次", "元", "万", "件", "条", "个", "项", "次", "篇", "家", "人"}

// isBlankMark: what reports print in a cell they leave unfilled.
func isBlankMark(t string) bool {
	switch t {
	case "/", "／", "-", "－", "—", "——", "–", "无", "…", "……":
		return true
	}
	return false
}

// verticalTable returns the vertical table that starts at line i, or nil.
func (r *reader) verticalTable(i int) (*parser.Table, int) {
	lines := r.lines
	if i < r.vertNoUntil {
		return nil, i
	}
	if r.vkinds == nil {
		r.vkinds = make([]vkind, len(lines))
	}
	kind := func(k int) vkind {
		if k < 0 || k >= len(lines) {
			return vLong
		}
		if r.vkinds[k] == 0 {
			r.vkinds[k] = vKind(lines[k]) + 1
		}
		return r.vkinds[k] - 1
	}
	isHeading := func(k int) bool { return kind(k) == vLabel && isSectionHeading(trim(lines[k])) && kind(k+1) != vValue }
	// A section heading that names a situation (三、收到和处理政府信息公开申请情况) ends a
	// table even right after a value: row labels inside tables that look like headings
	// name counts or results (二、上年结转政府信息公开申请数量, 三、本年度办理结果).
	endsTable := func(k int) bool {
		if kind(k) != vLabel {
			return false
		}
		t := trim(lines[k])
		return strings.HasSuffix(t, "情况") && isSectionHeading(t)
	}
	if kind(i) != vLabel || isHeading(i) {
		return nil, i
	}
	// Find the end: the line after the last value run before a break.
	end, runs, numbers := -1, 0, 0
	inRun := false
	k := i
	for ; k < len(lines); k++ {
		kd := kind(k)
		if kd == vLong || (kd == vLabel && isHeading(k) && kind(k-1) == vBlank) || (k > i && endsTable(k)) {
			break
		}
		if kd == vValue {
			if !inRun {
				runs++
				inRun = true
			}
			if isNumber(trim(lines[k])) {
				numbers++
			}
			end = k + 1
			continue
		}
		if kd == vBlank && inRun {
			// Empty lines between two values stay inside the run.
			n := k
			for n < len(lines) && kind(n) == vBlank {
				n++
			}
			// Skip the whole blank run at once (linear time on long runs).
			k = n - 1
			if kind(n) == vValue {
				continue
			}
		}
		inRun = false
	}
	isValue := func(k int) bool { return kind(k) == vValue }
	blank := false // a table whose cells are all empty: empty lines are its values
	if end <= i || !(runs >= 2 && numbers >= 3 || numbers >= 5) {
		// Not a table of values; perhaps one whose every cell is empty.
		bend, bk := r.blankVertical(i, kind, endsTable)
		if bend < 0 {
			r.vertNoUntil = max(k, bk)
			return nil, i
		}
		end, blank = bend, true
		isValue = func(k int) bool { return kind(k) == vValue || kind(k) == vBlank }
	}
	t := &parser.Table{Loc: parser.Loc{Line: i + 1}, Ragged: true}
	cell := func(k int) parser.Cell { return parser.Cell{Text: trim(lines[k]), Loc: parser.Loc{Line: k + 1}} }
	var labels []int
	for k := i; k < end; {
		if !isValue(k) {
			labels = append(labels, k)
			k++
			continue
		}
		var values []int
		for k < end {
			kd := kind(k)
			if isValue(k) {
				values = append(values, k)
				k++
				continue
			}
			n := k
			for n < end && kind(n) == vBlank {
				n++
			}
			if kd == vBlank && n < end && kind(n) == vValue {
				for ; k < n; k++ {
					values = append(values, k)
				}
				continue
			}
			break
		}
		own := labels
		var head []int
		switch {
		case len(values) >= 10 && (!blank || len(labels) >= 5):
			// (A blank table's last run also takes the empty lines after the table: a
			// row label or two before it keep their row.)
			own, head = nil, labels
		case len(labels) > 3:
			own, head = labels[len(labels)-1:], labels[:len(labels)-1]
		}
		if len(head) > 0 {
			w := len(values) + 1
			if len(values) < 10 && len(head) > w {
				t.Rows = append(t.Rows, cellsAt(head[:len(head)-w], cell), cellsAt(head[len(head)-w:], cell))
			} else {
				t.Rows = append(t.Rows, cellsAt(head, cell))
			}
		}
		row := cellsAt(own, cell)
		for _, v := range values {
			row = append(row, cell(v))
		}
		t.Rows = append(t.Rows, row)
		labels = nil
	}
	return t, end
}

func cellsAt(ks []int, cell func(int) parser.Cell) []parser.Cell {
	row := make([]parser.Cell, 0, len(ks)+8)
	for _, k := range ks {
		row = append(row, cell(k))
	}
	return row
}

// blankVertical finds a one-cell-per-line table whose value cells are all empty (a blank
// report saved as text by LibreOffice): short label lines, each followed by a run of
// empty lines, one per empty cell. Blank lines are everywhere in text, so it asks for
// more: no value at all, at least five labels, two runs of two or more empty lines (rows
// of several empty cells), one of three or more, and either four runs or one of five or
// more (表四's header, then its one data row); and not in markdown, where a blank line
// separates paragraphs. Known risk: short lines spaced apart by runs of empty lines (a
// cover page laid out with empty paragraphs) can pass for such a table. It returns the line after the last run (or -1) and the line
// where it stopped looking.
func (r *reader) blankVertical(i int, kind func(int) vkind, endsTable func(int) bool) (end, stop int) {
	lines := r.lines
	end = -1
	runs, longRuns, wide, labels := 0, 0, 0, 0
	k := i
	for ; k < len(lines); k++ {
		kd := kind(k)
		if kd == vLong || kd == vValue || (k > i && endsTable(k)) {
			break
		}
		if kd == vBlank {
			n := k
			for n < len(lines) && kind(n) == vBlank {
				n++
			}
			runs++
			if n-k >= 2 {
				longRuns++
			}
			wide = max(wide, n-k)
			end, k = n, n-1
			continue
		}
		labels++
	}
	if r.markdown || end < 0 || longRuns < 2 || wide < 3 || labels < 5 || (runs < 4 && wide < 5) {
		return -1, k
	}
	return end, k
}
