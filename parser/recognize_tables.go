package parser

import (
	"strings"
	"unicode/utf8"
)

// Recognition of 表二/表三/表四. Tables are found by their labels, row by row, never by
// their position in the document: every row is classified by what its cells say, and rows
// that say nothing (a 表四 data row, a continuation after a page break) belong to the table
// above them. So a table broken in two, 表二 cut into four small tables, or one table that a
// text reader glued to the next all read the same. Only a paragraph with text ends a table;
// a 「续表」 line or a page number between the parts does not.
//
// Columns are found by the header's labels, not by position: a 序号 or 备注 column, a block
// label column, a grid split by a widened cell all read the same. A row whose cells do not
// stand under its header (a grid jagged by a .doc round trip) is read cell by cell, in the
// header's column order, as a text reader's row is (tests: redteam_tables_test.go).
//
// Crawled web text where a whole table runs together in one paragraph
// (「行政规范性文件77132470」) is not split back into cells: the digits of adjacent cells
// cannot be told apart without guessing, so such a table is left absent rather than
// filled with invented numbers.

type tableKind int

const (
	kindNone tableKind = iota
	kind2
	kind3
	kind4
)

// tbl is a Table with its cells folded once.
type tbl struct {
	t           *Table
	f           [][]string
	validOrigin bool
}

type rowRef struct {
	t *tbl
	i int
}

func (rr rowRef) cells() []Cell    { return rr.t.t.Rows[rr.i] }
func (rr rowRef) folded() []string { return rr.t.f[rr.i] }

var (
	kind2Words = []string{"第二十条", "信息内容", "本年制发件数", "本年新制作数量", "上一年项目数量", "本年处理决定数量", "本年收费金额", "采购项目数量"}
	kind3Words = []string{"本年新收", "上年结转", "予以公开", "不予公开", "无法提供", "不予处理", "结转下年度", "自然人", "勾稽", "申请人情况", "本年度办理结果", "商业企业", "科研机构", "法律服务机构", "其他处理", "部分公开"}
	kind4Words = []string{"行政复议", "行政诉讼", "结果维持", "结果纠正", "尚未审结", "未经复议", "复议后起诉", "其他结果"}
)

func rowKind(fs []string) tableKind {
	var n2, n3, n4 int
	for _, f := range fs {
		if f == "" {
			continue
		}
		for _, w := range kind2Words {
			if strings.Contains(f, w) {
				n2++
			}
		}
		if table2Row(f) != "" {
			n2++
		}
		for _, w := range kind3Words {
			if strings.Contains(f, w) {
				n3++
			}
		}
		for _, w := range kind4Words {
			if strings.Contains(f, w) {
				n4++
			}
		}
	}
	switch {
	case n2 == 0 && n3 == 0 && n4 == 0:
		return kindNone
	case n3 >= n2 && n3 >= n4:
		return kind3
	case n4 >= n2:
		return kind4
	}
	return kind2
}

func newTbl(t *Table) *tbl {
	x := &tbl{t: t, f: make([][]string, len(t.Rows))}
	for i, row := range t.Rows {
		fs := make([]string, len(row))
		for j, c := range row {
			fs[j] = fold(c.Text)
			if !t.Ragged && (i > 0 || j > 0) && c.OriginRow == i && c.OriginCol == j {
				x.validOrigin = true
			}
		}
		x.f[i] = fs
	}
	return x
}

// logical returns the indexes of a row's cells with the slots covered by a horizontal merge
// left out, so that a cell spanning three columns counts once. Only for grids whose
// reader filled Origin.
func (x *tbl) logical(i int) []int {
	row := x.t.Rows[i]
	idx := make([]int, 0, len(row))
	for j, c := range row {
		if x.validOrigin && j > 0 && c.Merged(i, j) && c.OriginRow == row[j-1].OriginRow && c.OriginCol == row[j-1].OriginCol {
			continue
		}
		idx = append(idx, j)
	}
	return idx
}

// ownFolded3 is row i folded, with the slots covered by a vertical merge from a 表三
// header row blanked: a data row that continues a merge from the header (the first row
// of a table split at a page break under repeated header rows, whose continued label
// Word draws into the corner cell) is neither a header row nor labelled by the header.
func (x *tbl) ownFolded3(i int) []string {
	fs := x.f[i]
	if !x.validOrigin || i == 0 {
		return fs
	}
	var out []string
	for j, c := range x.t.Rows[i] {
		if c.OriginRow < i && c.OriginRow >= 0 && fs[j] != "" && isTable3Header(x.f[c.OriginRow]) {
			if out == nil {
				out = append([]string(nil), fs...)
			}
			out[j] = ""
		}
	}
	if out == nil {
		return fs
	}
	return out
}

// recognizeTables sorts every row of every table into 表二, 表三 or 表四 and reads them.
func recognizeTables(r *Report, doc *Document, style int) {
	var rows [4][]rowRef
	cur := kindNone
	for _, b := range doc.Blocks {
		if b.Para != nil {
			if t := cleanText(b.Para.Text); t != "" && !tableContinuation(t) {
				cur = kindNone
				// Under the heading of 四, a table of bare numbers is 表四's data row (web
				// copies drop its header rows).
				if n, _, _, ok := sectionHeadingStyle(b.Para.Text, style); ok && n == 4 {
					cur = kind4
				}
			}
			continue
		}
		if b.Table == nil {
			continue
		}
		x := newTbl(b.Table)
		for i := range x.f {
			if k := rowKind(x.f[i]); k != kindNone {
				cur = k
			}
			if cur != kindNone {
				rows[cur] = append(rows[cur], rowRef{x, i})
			}
		}
	}
	if len(rows[kind3]) > 0 {
		recognizeTable3(r, rows[kind3])
	}
	if len(rows[kind4]) > 0 {
		recognizeTable4(r, rows[kind4])
	}
	if len(rows[kind3]) == 0 {
		crawledTable3(r)
	}
	if len(rows[kind4]) == 0 {
		crawledTable4(r)
	}
	var st *table2State
	if len(rows[kind2]) > 0 {
		st = recognizeTable2(r, rows[kind2])
	} else {
		st = crawledTable2(r)
	}
	r.Layout = decideLayout(r.LayoutLabels)
	if st != nil {
		finishTable2(r, st)
	}
}

// tableContinuation reports whether a paragraph between two tables only says that the
// table goes on: 「续表」, 「表三（续）」, 「续上表」, or a page number a PDF conversion left
// in the body (「- 5 -」, 「第 3 页 共 6 页」). The rows after it continue the table above
// even when they name no table of their own (表三's 4.保护第三方合法权益, 表四's figures).
func tableContinuation(text string) bool {
	f := fold(text)
	if strings.HasPrefix(f, "表") && utf8.RuneCountInString(f) <= 8 &&
		(strings.HasSuffix(f, "(续)") || strings.HasSuffix(f, "续表") || strings.HasSuffix(f, "(续表)")) {
		return true
	}
	f = strings.Trim(f, "()[]【】〔〕<>《》:")
	if f == "续表" || f == "续上表" || f == "接上表" || f == "上接表" {
		return true
	}
	return pageNumberText(f)
}

// pageNumberText: a folded line that is only a page number: 5, -5-, —5—, 第5页, 第3页共6页,
// 3/6.
func pageNumberText(f string) bool {
	f = strings.Trim(f, "-—–~·.")
	if f == "" {
		return false
	}
	if rest, ok := strings.CutPrefix(f, "第"); ok {
		n, rest, ok := strings.Cut(rest, "页")
		if !ok || !allDigits(n) {
			return false
		}
		if rest == "" {
			return true
		}
		total, ok := strings.CutPrefix(rest, "共")
		return ok && strings.HasSuffix(total, "页") && allDigits(strings.TrimSuffix(total, "页"))
	}
	if a, b, ok := strings.Cut(f, "/"); ok {
		return allDigits(a) && allDigits(b)
	}
	return allDigits(f) && len(f) <= 3
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func decideLayout(ls []LayoutLabel) string {
	var n19, n21 int
	for _, l := range ls {
		if l.Layout == Layout2019 {
			n19++
		} else {
			n21++
		}
	}
	switch {
	case n19 == 0 && n21 == 0:
		return LayoutUnknown
	case n19 > n21:
		return Layout2019
	}
	return Layout2021
}

func (r *Report) addLayoutLabel(label, layout string, w Where) {
	r.LayoutLabels = append(r.LayoutLabels, LayoutLabel{Label: label, Layout: layout, Where: w})
}

// ---- 表三 ----

// t3Columns is what the header of one table says about its columns: for grids, the column
// of each of the seven figures and of an added 小计; for ragged rows, the order of the
// columns under 法人或其他组织 (to place a 小计 among them).
type t3Columns struct {
	col [7]int
	// first is the first grid column of each figure's header cell (col is the last): a
	// clerk who widened one cell split the grid, so a data cell need not start where its
	// header does.
	first    [7]int
	subtotal []int
	ok       bool
	width    int // the header row's length; rows of another length are read as ragged
}

func (c *t3Columns) fromHeaderGrid(fs []string) {
	c.width = len(fs)
	var seen [7]bool
	for j, f := range fs {
		switch k := table3ColumnIndex(f); {
		case k >= 0:
			if !seen[k] {
				seen[k] = true
				c.first[k] = j
			}
			c.col[k] = j
		case k == -2:
			if !containsInt(c.subtotal, j) {
				c.subtotal = append(c.subtotal, j)
			}
		}
	}
	c.ok = true
	for _, j := range c.col {
		if j < 0 {
			c.ok = false
		}
	}
}

// overlapSlot picks, for a header cell over grid columns a…b, the slot of the data cell
// that covers most of them; on a tie, not the cell the previous column took (at slot
// prev). On a split grid (one cell widened by hand) the data cells' boundaries are not
// the header's, and the last or first column of the header may fall in a neighbour.
func overlapSlot(cells []Cell, a, b, prev int) int {
	best, bestN := b, -1
	for j := a; j <= b && j < len(cells); j++ {
		n := 0
		for i := a; i <= b && i < len(cells); i++ {
			if sameOrigin(cells[i], cells[j]) {
				n++
			}
		}
		taken := prev >= 0 && sameOrigin(cells[j], cells[prev])
		if taken {
			n = 0
		}
		if n > bestN {
			best, bestN = j, n
		}
	}
	return best
}

func sameOrigin(x, y Cell) bool { return x.OriginRow == y.OriginRow && x.OriginCol == y.OriginCol }

func containsInt(xs []int, v int) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}

func newT3Columns() *t3Columns {
	c := &t3Columns{}
	for i := range c.col {
		c.col[i] = -1
		c.first[i] = -1
	}
	return c
}

func recognizeTable3(r *Report, rows []rowRef) {
	t3 := &Table3{Loc: rows[0].t.t.Loc}
	r.Table3 = t3
	slots := map[string]**Table3Row{}
	for _, ref := range t3.Rows() {
		slots[ref.Key] = ref.Row
	}
	cols := map[*tbl]*t3Columns{}
	var lastGrid *t3Columns
	// Ragged: the order of value columns as the header names them, 7 or 8 with a 小计.
	raggedOrder := []int{0, 1, 2, 3, 4, 5, 6}
	group := groupNone
	var subtotal *ExtraColumn

	for ri := 0; ri < len(rows); ri++ {
		rr := rows[ri]
		cells, fs := rr.cells(), rr.t.ownFolded3(rr.i)
		if isTable3Header(fs) {
			if !rr.t.t.Ragged {
				c := cols[rr.t]
				if c == nil {
					c = newT3Columns()
					cols[rr.t] = c
				}
				c.fromHeaderGrid(fs)
				if c.ok {
					lastGrid = c
				}
			} else if o := raggedHeaderOrder(fs); o != nil {
				raggedOrder = o
			}
			continue
		}
		var labels []string
		var labelCells []Cell
		var values []*Cell // nil entry: absent
		var extra *Cell
		c := cols[rr.t]
		if c == nil && !rr.t.t.Ragged && lastGrid != nil && len(cells) == len(rr.t.t.Rows[0]) {
			c = lastGrid // a continuation after a page break: no header of its own
		}
		rowOrder, gridRead := raggedOrder, false
		if !rr.t.t.Ragged && c != nil && c.ok && len(cells) == c.width {
			gridRead = true
			minCol := len(cells)
			for _, j := range c.first {
				minCol = min(minCol, j)
			}
			for _, j := range c.subtotal {
				minCol = min(minCol, j)
			}
			prev := ""
			for j := 0; j < minCol && j < len(cells); j++ {
				if fs[j] != "" && fs[j] != prev {
					labels = append(labels, fs[j])
					labelCells = append(labelCells, cells[j])
				}
				prev = fs[j]
			}
			values = make([]*Cell, 7)
			prevSlot := -1
			for k, j := range c.col {
				if c.first[k] >= 0 && c.first[k] < j && rr.t.validOrigin {
					j = overlapSlot(cells, c.first[k], j, prevSlot)
				}
				if j < len(cells) {
					values[k] = &cells[j]
					prevSlot = j
				}
			}
			if len(c.subtotal) > 0 && c.subtotal[0] < len(cells) {
				extra = &cells[c.subtotal[0]]
			}
			if misfit(values) {
				// The row's cells do not stand under the header's (a grid jagged by a .doc
				// round trip, rows shifted under a header pasted again): read the row's own
				// cells in order, as a text reader's row, in the header's column order.
				gridRead = false
				labels, labelCells, values, extra = nil, nil, nil, nil
				cells, fs = rr.t.ownCells(rr.i, fs)
				rowOrder = c.order()
			}
		}
		if !gridRead {
			li := table3LabelIndex(cells, len(rowOrder))
			if li < 0 {
				continue
			}
			if rr.t.t.Ragged && li == len(cells)-1 && ri+1 < len(rows) && rows[ri+1].t == rr.t && valuesOnly(rows[ri+1], len(rowOrder)) {
				// A text reader cut the row after its label because a value cell held
				// text (「一件」): the next row, with no label of its own, is its values.
				cells = append(append([]Cell{}, cells...), rows[ri+1].cells()...)
				fs = append(append([]string{}, fs...), rows[ri+1].folded()...)
				ri++
			}
			for j := 0; j <= li; j++ {
				if fs[j] != "" {
					labels = append(labels, fs[j])
					labelCells = append(labelCells, cells[j])
				}
			}
			vals := cells[li+1:]
			for len(vals) > len(rowOrder) && trimSpace(vals[len(vals)-1].Text) == "" {
				// Crawled pipe text prints a slot covered by a merge like an empty cell
				// (「… | 37 | ||」): surplus empty cells at the end are not values.
				vals = vals[:len(vals)-1]
			}
			if len(vals) > len(rowOrder) {
				vals = vals[len(vals)-len(rowOrder):]
			}
			order := rowOrder
			if len(vals) < len(order) && len(vals) <= 7 {
				order = []int{0, 1, 2, 3, 4, 5, 6}
			}
			values = make([]*Cell, 7)
			for p := range vals {
				if p >= len(order) {
					break
				}
				switch k := order[p]; {
				case k >= 0:
					values[k] = &vals[p]
				case k == -2:
					extra = &vals[p]
				}
			}
		}
		if len(labels) == 0 {
			continue
		}
		labels, labelCells = joinItemNumbers(labels, labelCells)
		for i, l := range labels {
			labels[i] = table3Wording.Replace(l)
		}
		key, g := table3RowKey(labels, group)
		group = g
		first := labelCells[0]
		lastCell := labelCells[len(labelCells)-1]
		if key == "" {
			if (isGroupOnly(labels) && allBlank(values)) || (noneFilled(values) && !containsAny(labels[len(labels)-1], "小计", "合计")) || spansRow(values, lastCell.Text) {
				// A group cell on a row of its own, or a caption row (表三 …): not a row.
				continue
			}
			er := ExtraRow{Table: KeyTable3, Label: lastCell.Text, Where: Where{Section: 3, Table: KeyTable3, Line: first.Loc.N()}}
			er.Values = make([]*Figure, 7)
			for k := range values {
				er.Values[k] = t3Figure(values[k], "", k)
			}
			r.ExtraRows = append(r.ExtraRows, er)
			continue
		}
		slot := slots[key]
		if *slot != nil {
			// The first printing of a row counts; a second one is kept as an extra row so
			// that rules can see it.
			er := ExtraRow{Table: KeyTable3, Label: lastCell.Text, Where: Where{Section: 3, Table: KeyTable3, Line: first.Loc.N()}}
			er.Values = make([]*Figure, 7)
			for k := range values {
				er.Values[k] = t3Figure(values[k], "", k)
			}
			r.ExtraRows = append(r.ExtraRows, er)
			continue
		}
		row := &Table3Row{Label: t3Label(labelCells, labels), Loc: lastCell.Loc}
		for k, f := range row.Cells() {
			*f = *t3Figure(values[k], key, k)
		}
		*slot = row
		w := Where{Section: 3, Table: KeyTable3, Row: key, Line: lastCell.Loc.N()}
		switch key {
		case "other_no_correction", "other_no_fee", "other_other":
			r.addLayoutLabel(lastCell.Text, Layout2021, w)
		case "other":
			r.addLayoutLabel(lastCell.Text, Layout2019, w)
		}
		if extra != nil {
			if subtotal == nil {
				subtotal = &ExtraColumn{Label: "小计", Values: map[string]*Figure{}}
			}
			subtotal.Values[key] = t3Figure(extra, key, -1)
		}
	}
	if subtotal != nil {
		t3.ExtraColumns = append(t3.ExtraColumns, *subtotal)
	}
}

// misfit reports whether a grid row's cells under the header's figure columns include
// text that is no figure (a label): the row does not stand under the header.
func misfit(values []*Cell) bool {
	for _, v := range values {
		if v != nil && trimSpace(v.Text) != "" && !isValueText(v.Text) {
			return true
		}
	}
	return false
}

// ownCells is row i as a text reader would give it: each cell once (slots covered by a
// horizontal merge left out), without the slots merged down from a 表三 header row
// (blanked in fs by ownFolded3).
func (x *tbl) ownCells(i int, fs []string) ([]Cell, []string) {
	row := x.t.Rows[i]
	var cells []Cell
	var out []string
	for _, j := range x.logical(i) {
		if fs[j] == "" && x.f[i][j] != "" {
			continue // merged down from the header
		}
		cells = append(cells, row[j])
		out = append(out, fs[j])
	}
	return cells, out
}

// order is the header's figure columns in printed order, as indexes into Table3Columns
// (-2 for an added 小计), for reading a row cell by cell.
func (c *t3Columns) order() []int {
	type pos struct{ j, k int }
	var ps []pos
	for k, j := range c.first {
		ps = append(ps, pos{j, k})
	}
	if len(c.subtotal) > 0 {
		ps = append(ps, pos{c.subtotal[0], -2})
	}
	for a := 1; a < len(ps); a++ {
		for b := a; b > 0 && ps[b].j < ps[b-1].j; b-- {
			ps[b], ps[b-1] = ps[b-1], ps[b]
		}
	}
	o := make([]int, len(ps))
	for i, p := range ps {
		o[i] = p.k
	}
	return o
}

// joinItemNumbers joins an item number printed in a cell of its own to the innermost
// label after it (「3.」 | 「其他」 → 「3.其他」): the number is what tells （六）3.其他
// apart. A 序号 further left, or before a label numbered already, is left alone.
func joinItemNumbers(labels []string, cells []Cell) ([]string, []Cell) {
	n := len(labels)
	if n < 2 || !isItemNumber(labels[n-2]) || leadingNumber(labels[n-1]) > 0 {
		return labels, cells
	}
	labels = append(append([]string{}, labels[:n-2]...), labels[n-2]+labels[n-1])
	c := cells[n-1]
	c.Text = strings.TrimSpace(cells[n-2].Text) + c.Text
	cells = append(append([]Cell{}, cells[:n-2]...), c)
	return labels, cells
}

// table3Wording rewrites the words clerks use for the three count rows into the
// format's (本年度新收 → 本年新收, 上年度结转 → 上年结转, 结转下一年度 → 结转下年度), so
// that the rows are named as the format names them.
var table3Wording = strings.NewReplacer(
	"本年度新收", "本年新收", "本年度收到", "本年新收",
	"上年度结转", "上年结转", "上一年度结转", "上年结转", "上一年结转", "上年结转",
	"结转下一年度", "结转下年度", "结转到下年度", "结转下年度", "结转至下年度", "结转下年度",
)

// isItemNumber: a folded label that is only an item number: 3, 3., 3、, (3), 3).
func isItemNumber(f string) bool {
	f = strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(f, "("), ")"), ".")
	return len(f) <= 2 && allDigits(f)
}

// raggedHeaderOrder reads the header row that names the columns under 法人或其他组织 (商业
// 企业 … 其他, maybe 小计) and returns the order of a data row's values: 自然人, those
// columns in printed order, 总计. It returns nil for other header rows.
func raggedHeaderOrder(fs []string) []int {
	var sub []int
	for _, f := range fs {
		k := table3ColumnIndex(f)
		if (k >= 1 && k <= 5) || k == -2 {
			sub = append(sub, k)
		}
	}
	if len(sub) < 5 {
		return nil
	}
	return append(append([]int{0}, sub...), 6)
}

// table3LabelIndex finds a ragged row's innermost label cell: the last cell that is not a
// value, preferring one that leaves room for the value columns after it (so that a value
// cell holding text is not taken for the label).
func table3LabelIndex(cells []Cell, nvals int) int {
	last := -1
	for i := len(cells) - 1; i >= 0; i-- {
		if isValueText(cells[i].Text) {
			continue
		}
		if last < 0 {
			last = i
		}
		if len(cells)-1-i >= nvals || len(cells)-1-i >= 7 {
			return i
		}
	}
	return last
}

// valuesOnly reports whether a ragged row holds no 表三 label, only (at most n) values.
func valuesOnly(rr rowRef, n int) bool {
	fs := rr.folded()
	if len(fs) == 0 || len(fs) > n || isTable3Header(fs) {
		return false
	}
	var labels []string
	for _, f := range fs {
		if f != "" {
			labels = append(labels, f)
		}
	}
	key, _ := table3RowKey(labels, groupNone)
	return key == "" && !containsAny(strings.Join(labels, "|"), "小计", "合计")
}

func isGroupOnly(labels []string) bool {
	for _, l := range labels {
		if table3Group(l) == groupNone && !strings.Contains(l, "本年度办理结果") {
			return false
		}
	}
	return true
}

// spansRow reports whether every value slot repeats the label: a caption or a footnote
// (注：…) merged across the whole row.
func spansRow(cs []*Cell, label string) bool {
	for _, c := range cs {
		if c == nil || c.Text != label {
			return false
		}
	}
	return true
}

// noneFilled reports whether no value cell holds any text.
func noneFilled(cs []*Cell) bool {
	for _, c := range cs {
		if c != nil && trimSpace(c.Text) != "" {
			return false
		}
	}
	return true
}

func noneFilledCells(cs []Cell) bool {
	for _, c := range cs {
		if trimSpace(c.Text) != "" {
			return false
		}
	}
	return true
}

func allBlank(cs []*Cell) bool {
	for _, c := range cs {
		if c != nil && trimSpace(c.Text) != "" {
			if _, st := readNumber(c.Text); st != Blank {
				return false
			}
		}
	}
	return true
}

// t3Label is a row's label in the report's words: the numbered item with its group,
// 「（三）不予公开 1.属于国家秘密」.
func t3Label(cells []Cell, folded []string) string {
	last := cells[len(cells)-1].Text
	if leadingNumber(folded[len(folded)-1]) > 0 && len(cells) > 1 {
		return strings.TrimSpace(cells[len(cells)-2].Text) + " " + last
	}
	return last
}

func t3Figure(c *Cell, row string, k int) *Figure {
	w := Where{Section: 3, Table: KeyTable3, Row: row}
	if k >= 0 {
		w.Column = Table3Columns[k]
	} else {
		w.Column = "subtotal"
	}
	if c == nil {
		return &Figure{Where: w, State: Absent}
	}
	w.Line = c.Loc.N()
	f := parseFigure(c.Text, w)
	return &f
}

// ---- 表四 ----

func isTable4Header(fs []string) bool {
	for _, f := range fs {
		if containsAny(f, "行政复议", "行政诉讼", "结果", "审结", "总计", "起诉") {
			return true
		}
	}
	return false
}

// table4HeaderColumns returns the grid columns of a 表四 header row's fifteen result
// labels (结果维持 … 总计, three times), nil when the row does not name all fifteen.
func table4HeaderColumns(rr rowRef) []int {
	if rr.t.t.Ragged {
		return nil
	}
	fs := rr.folded()
	var p []int
	for _, j := range rr.t.logical(rr.i) {
		if table4Result(fs[j]) >= 0 {
			p = append(p, j)
		}
	}
	if len(p) != 15 {
		return nil
	}
	for k, j := range p {
		if table4Result(fs[j]) != k%5 {
			return nil
		}
	}
	return p
}

// vertical4 reads a 表四 written the other way round: a row per result (结果维持 … 总计), a
// column per block (行政复议 | 未经复议直接起诉 | 复议后起诉). It returns the fifteen cells
// in the usual order, or nil when the rows are not laid out so.
func vertical4(rows []rowRef) []Cell {
	var data [15]*Cell
	blockCol := [3]int{-1, -1, -1}
	n := 0
	for _, rr := range rows {
		if rr.t.t.Ragged {
			continue
		}
		fs, cells := rr.folded(), rr.cells()
		idx := rr.t.logical(rr.i)
		first := firstFilled(fs, idx)
		if first < 0 {
			continue
		}
		if k := table4Result(fs[first]); k >= 0 && blockCol[0] >= 0 && blockCol[1] >= 0 && blockCol[2] >= 0 {
			for b, j := range blockCol {
				if j < len(cells) && j != first && data[b*5+k] == nil {
					data[b*5+k] = &cells[j]
					n++
				}
			}
			continue
		}
		for _, j := range idx {
			switch f := fs[j]; {
			case strings.Contains(f, "未经复议"):
				blockCol[1] = j
			case strings.Contains(f, "复议后"):
				blockCol[2] = j
			case strings.Contains(f, "行政复议"):
				blockCol[0] = j
			}
		}
	}
	if n != 15 {
		return nil
	}
	out := make([]Cell, 15)
	for i, c := range data {
		out[i] = *c
	}
	return out
}

// table4Result is the index in Table4Columns of a result label, -1 for other text.
func table4Result(f string) int {
	switch {
	case strings.Contains(f, "维持"):
		return 0
	case strings.Contains(f, "纠正"):
		return 1
	case strings.Contains(f, "其他结果"):
		return 2
	case strings.Contains(f, "尚未审结"):
		return 3
	case f == "总计" || f == "合计":
		return 4
	}
	return -1
}

var table4Blocks = []string{"review", "litigation_direct", "litigation_after_review"}

func recognizeTable4(r *Report, rows []rowRef) {
	t4 := &Table4{Loc: rows[0].t.t.Loc}
	r.Table4 = t4
	var data []Cell
	var pool []Cell
	bestScore := -1
	cols := map[*tbl][]int{}
	for _, rr := range rows {
		if isTable4Header(rr.folded()) {
			if p := table4HeaderColumns(rr); p != nil {
				cols[rr.t] = p
			}
			continue
		}
		cells := rr.cells()
		if p := cols[rr.t]; p != nil && len(cells) == len(rr.t.t.Rows[0]) {
			// The header's fifteen result labels say where the figures are, whatever
			// columns the clerk added before or after them (项目, 备注).
			picked := make([]Cell, len(p))
			for k, j := range p {
				picked[k] = cells[j]
			}
			cells = picked
		}
		for len(cells) > 15 && rr.t.t.Ragged && trimSpace(cells[len(cells)-1].Text) == "" {
			cells = cells[:len(cells)-1] // surplus empty cells: covered slots (see 表三)
		}
		if len(cells) >= 15 {
			// The data row is the one whose last fifteen cells read most as values (a
			// markdown table's 列1…列15 header row does not); a number weighs more than a
			// blank, so that the empty header row pandoc writes above a pipe table does not
			// win over the row of figures below it.
			cand := cells[len(cells)-15:]
			score := 0
			for _, c := range cand {
				switch _, st := readNumber(c.Text); st {
				case Filled:
					score += 2
				case Blank:
					score++
				}
			}
			if data == nil || score > bestScore {
				data, bestScore = cand, score
			}
		}
		for _, c := range cells {
			if trimSpace(c.Text) != "" && isValueText(c.Text) {
				pool = append(pool, c)
			}
		}
	}
	if data == nil {
		data = vertical4(rows)
	}
	if data == nil {
		data = pool
		if len(data) > 15 {
			data = data[len(data)-15:]
		}
	}
	blocks := []*Table4Block{&t4.Review, &t4.LitigationDirect, &t4.LitigationAfterReview}
	for b, blk := range blocks {
		for k, f := range blk.Cells() {
			w := Where{Section: 4, Table: KeyTable4, Row: table4Blocks[b], Column: Table4Columns[k]}
			p := b*5 + k
			if p < len(data) {
				w.Line = data[p].Loc.N()
				*f = parseFigure(data[p].Text, w)
			} else {
				*f = Figure{Where: w, State: Absent}
			}
		}
	}
}

// ---- 表二 ----

// t2Row is a 表二 data row before the layout is known.
type t2Row struct {
	key    string
	label  Cell
	values []Cell
	cols   []string // column keys from the block's header, nil when none was seen
	// unsplit is the run of digits of a crawled row that could not be split into cells
	// (「77132470」); its cells stay Absent with this run as Raw, the evidence.
	unsplit string
}

// table2State carries what recognizeTable2 saw until finishTable2 can decide the layout.
type table2State struct {
	rows []t2Row
	n19  int
	n21  int
}

func recognizeTable2(r *Report, rows []rowRef) *table2State {
	st := &table2State{}
	var cols []string
	for _, rr := range rows {
		cells, fs := rr.cells(), rr.folded()
		idx := rr.t.logical(rr.i)
		// Block rows (第二十条第（一）项) open a block; its header row names the columns.
		// Some tables print the block labels in a merged left column instead: a row that
		// also holds a row label (规章 …) is a data row, and a slot merged down from the
		// block's first row does not open the block again.
		dataLabel := -1
		for _, j := range idx {
			if table2Row(fs[j]) != "" {
				dataLabel = j
				break
			}
		}
		isHeader := false
		for _, j := range idx {
			f := fs[j]
			if strings.Contains(f, "第二十条") {
				if rr.t.validOrigin && cells[j].OriginRow < rr.i {
					continue
				}
				cols = nil
				if strings.Contains(f, "第二十条第(九)项") {
					r.addLayoutLabel(cells[j].Text, Layout2019, Where{Section: 2, Table: KeyTable2, Line: cells[j].Loc.N()})
					st.n19++
				}
				if dataLabel < 0 {
					isHeader = true
				}
			}
			if strings.Contains(f, "信息内容") || table2Column(f) != "" {
				isHeader = true
			}
		}
		if isHeader {
			var hc []string
			for _, j := range idx {
				f := fs[j]
				k := table2Column(f)
				if k == "" {
					continue
				}
				hc = append(hc, k)
				st.layoutLabel(r, f, cells[j])
			}
			if len(hc) > 0 {
				cols = hc
			}
			continue
		}
		// A data row: the first non-empty cell is the label, the cells after it the values.
		li := firstFilled(fs, idx)
		if li < 0 {
			continue
		}
		if dataLabel > li {
			li = dataLabel // after a block label column
		} else if isNumberText(cells[li].Text) {
			// A leading 序号 column: the label is the first cell that is not a value.
			for _, j := range idx {
				if j > li && fs[j] != "" && !isValueText(cells[j].Text) {
					li = j
					break
				}
			}
		}
		var vals []Cell
		for _, j := range idx {
			if j > li {
				vals = append(vals, cells[j])
			}
		}
		key := table2Row(fs[li])
		if key == "" {
			if isValueText(cells[li].Text) || noneFilledCells(vals) {
				continue
			}
			er := ExtraRow{Table: KeyTable2, Label: cells[li].Text, Where: Where{Section: 2, Table: KeyTable2, Line: cells[li].Loc.N()}, Values: []*Figure{}}
			for p, c := range vals {
				col := ""
				if p < len(cols) {
					col = cols[p]
				}
				f := parseFigure(c.Text, Where{Section: 2, Table: KeyTable2, Column: col, Line: c.Loc.N()})
				er.Values = append(er.Values, &f)
			}
			r.ExtraRows = append(r.ExtraRows, er)
			continue
		}
		if key == "procurement" {
			r.addLayoutLabel(cells[li].Text, Layout2019, Where{Section: 2, Table: KeyTable2, Row: key, Line: cells[li].Loc.N()})
			st.n19++
		}
		// 规范性文件 without 行政 is the 2019 wording (2021: 行政规范性文件). It is recorded for
		// layout-outdated but does not vote on the layout: the columns decide that.
		if key == "normative_documents" && strings.HasPrefix(fs[li], "规范性文件") {
			r.addLayoutLabel(cells[li].Text, Layout2019, Where{Section: 2, Table: KeyTable2, Row: key, Line: cells[li].Loc.N()})
		}
		st.rows = append(st.rows, t2Row{key: key, label: cells[li], values: vals, cols: cols})
	}
	r.Table2 = &Table2{Loc: rows[0].t.t.Loc}
	return st
}

func (st *table2State) layoutLabel(r *Report, f string, c Cell) {
	w := Where{Section: 2, Table: KeyTable2, Line: c.Loc.N()}
	for _, l := range layoutLabels2019 {
		if strings.Contains(f, l) {
			r.addLayoutLabel(c.Text, Layout2019, w)
			st.n19++
			return
		}
	}
	for _, l := range layoutLabels2021 {
		if strings.Contains(f, l) {
			r.addLayoutLabel(c.Text, Layout2021, w)
			st.n21++
			return
		}
	}
	if f == "本年处理决定数量" || strings.HasPrefix(f, "本年处理决定数量(") {
		r.addLayoutLabel(c.Text, Layout2021, w)
		st.n21++
	}
}

// defaultTable2Columns are the columns of each row when its block printed no header.
var defaultTable2Columns = map[string]map[string][]string{
	Layout2021: {
		"regulations": {"issued", "repealed", "in_force"}, "normative_documents": {"issued", "repealed", "in_force"},
		"licensing": {"decisions"}, "punishment": {"decisions"}, "coercion": {"decisions"}, "fees": {"amount_10k_yuan"},
	},
	Layout2019: {
		"regulations": {"made", "published", "total_public"}, "normative_documents": {"made", "published", "total_public"},
		"licensing": {"previous_items", "change", "decisions"}, "other_services": {"previous_items", "change", "decisions"},
		"punishment": {"previous_items", "change", "decisions"}, "coercion": {"previous_items", "change", "decisions"},
		"fees": {"previous_items", "change"}, "procurement": {"projects", "amount"},
	},
}

// finishTable2 fills the layout's struct once the layout is known: by 表二's own labels,
// else by the report's.
func finishTable2(r *Report, st *table2State) {
	layout := Layout2021
	switch {
	case st.n19 > st.n21:
		layout = Layout2019
	case st.n19 == 0 && st.n21 == 0 && r.Layout == Layout2019:
		layout = Layout2019
	}
	figs := map[string]map[string]*Figure{}
	unsplit := map[string]Cell{}
	for _, row := range st.rows {
		if figs[row.key] != nil {
			continue
		}
		if row.unsplit != "" {
			unsplit[row.key] = Cell{Text: row.unsplit, Loc: row.label.Loc}
		}
		cols := row.cols
		if def := defaultTable2Columns[layout][row.key]; cols == nil || (len(cols) < len(def) && filledCount(row.values) >= len(def) && subsequence(cols, def)) {
			// No header, or one whose other labels the text lost (a crawler cut
			// 「本年新制作数量」 to 「本年新」) while the row has every value: the standard columns.
			cols = def
		}
		m := map[string]*Figure{}
		for p, c := range row.values {
			if p >= len(cols) {
				break
			}
			if m[cols[p]] != nil {
				continue
			}
			f := parseFigure(c.Text, Where{Section: 2, Table: KeyTable2, Row: row.key, Column: cols[p], Line: c.Loc.N()})
			m[cols[p]] = &f
		}
		figs[row.key] = m
	}
	get := func(row, col string) Figure {
		if f := figs[row][col]; f != nil {
			return *f
		}
		if c, ok := unsplit[row]; ok {
			return Figure{State: Absent, Raw: c.Text, Where: Where{Section: 2, Table: KeyTable2, Row: row, Column: col, Line: c.Loc.N()}}
		}
		return Figure{State: Absent, Where: Where{Section: 2, Table: KeyTable2, Row: row, Column: col}}
	}
	if layout == Layout2019 {
		items := func(row string) Items2019 {
			return Items2019{PreviousItems: get(row, "previous_items"), Change: get(row, "change"), Decisions: get(row, "decisions")}
		}
		docs := func(row string) DocCounts2019 {
			return DocCounts2019{Made: get(row, "made"), Published: get(row, "published"), TotalPublic: get(row, "total_public")}
		}
		r.Table2.V2019 = &Table2v2019{
			Regulations: docs("regulations"), NormativeDocuments: docs("normative_documents"),
			Licensing: items("licensing"), OtherServices: items("other_services"),
			Punishment: items("punishment"), Coercion: items("coercion"),
			Fees:        Fees2019{PreviousItems: get("fees", "previous_items"), Change: get("fees", "change")},
			Procurement: Procurement2019{Projects: get("procurement", "projects"), Amount: get("procurement", "amount")},
		}
		return
	}
	docs := func(row string) DocCounts2021 {
		return DocCounts2021{Issued: get(row, "issued"), Repealed: get(row, "repealed"), InForce: get(row, "in_force")}
	}
	r.Table2.V2021 = &Table2v2021{
		Regulations: docs("regulations"), NormativeDocuments: docs("normative_documents"),
		Licensing:  Decisions{get("licensing", "decisions")},
		Punishment: Decisions{get("punishment", "decisions")},
		Coercion:   Decisions{get("coercion", "decisions")},
		Fees:       Fees2021{get("fees", "amount_10k_yuan")},
	}
}

// filledCount counts the cells that hold text.
func filledCount(cs []Cell) int {
	n := 0
	for _, c := range cs {
		if trimSpace(c.Text) != "" {
			n++
		}
	}
	return n
}

// subsequence reports whether every key of sub appears in full, in the same order.
func subsequence(sub, full []string) bool {
	k := 0
	for _, s := range sub {
		for k < len(full) && full[k] != s {
			k++
		}
		if k == len(full) {
			return false
		}
		k++
	}
	return true
}

// firstFilled is the first of the logical cells idx whose folded text fs[j] is not empty
// (-1 when none is).
func firstFilled(fs []string, idx []int) int {
	for _, j := range idx {
		if fs[j] != "" {
			return j
		}
	}
	return -1
}
