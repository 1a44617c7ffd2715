// Package text reads plain-text reports into a parser.Document: the text Apache Tika prints
// for a .docx, Word/WPS "save as plain text", markdown (pipe and grid tables), and text
// copied or crawled from web pages; in UTF-8 (with or without BOM), UTF-16 (with a BOM, or
// without one when the NUL pattern is plain) or GB18030/GBK; with LF, CRLF or CR line ends.
//
// The room knows text layouts and encodings, nothing of 表三. Plain text cannot say which
// cells were merged, so every table it yields is Ragged unless all its rows have the same
// length (Tika tables always are: a gridSpan cell prints once, a vMerge continuation prints
// empty). Each paragraph, table and cell keeps the 1-based line of the file it starts on.
//
// How a table is found, per layout (first match wins, line by line):
//
//   - Tika: a line that starts with a TAB and holds no other TAB opens a cell; lines
//     that follow without a TAB continue that cell as further paragraphs ("\t商业" +
//     "企业" is one cell "商业\n企业"); one blank line ends a row. The table ends at two
//     blank lines in a row (Tika prints one for the row and one for the table), or at a
//     blank line followed by a line that does not start with a TAB, or at the end of the
//     file. A candidate must have a row of two or more cells and every row closed by a
//     blank line, otherwise its lines are paragraphs (a TAB-indented paragraph is not a
//     table). Known ambiguity: a cell whose paragraphs include an empty one in the middle
//     prints a blank line, which reads as the end of the row.
//   - Markdown pipe table: a line with '|' directly above a |---|---| separator row;
//     rows continue while lines hold '|'. Pandoc grid tables (+---+ rules) too, one row
//     per ruled block, wrapped lines joined back.
//   - Raw HTML <table> in markdown (pandoc writes tables with merged cells so): the lines
//     up to the matching </table> go to parser/html, which resolves colspan/rowspan; each
//     cell keeps the line of its <td> (htmltable.go).
//   - Pandoc plain text ("pandoc -t plain"): dash rulers give the columns by character
//     position, CJK counted double; simple and multiline tables, with or without a header
//     (simple.go).
//   - Delimited rows (Word "save as plain text", web copies): cells split at TABs, or at
//     runs of two or more spaces (ASCII, U+3000, NBSP), and single spaces split a trailing
//     group of two or more pure numbers ("一、本年新收 23 0 0" → label, 23, 0, 0). Two or
//     more such lines in a row make a table; a lone line needs three or more cells (two
//     TABs) and, when split at spaces only, two numbers. A line with no separator that
//     sits between two TAB rows is a one-cell row (Word prints a row-wide cell that way),
//     unless it looks like a section heading (一、…). Inside such a run "\tx" is a
//     two-cell row with an empty first cell, and a line of only TABs a row of empty
//     cells (Word's blank row). Known gap: a row-wide cell in the table's
//     first row stays a paragraph (nothing before it says a table starts), and a cell of
//     several paragraphs, if Word breaks the row's line there, splits the row in two.
//     Markdown headings (# …) lose their marks; in markdown, ** and __ are dropped.
//   - One cell per line, nothing marking rows (LibreOffice "save as text", browser
//     copies): a run of short lines holding numbers on lines of their own is cut into
//     rows at each run of values; see vertical.go for the exact rule.
//   - Crawled pipe text without a separator line (「规章 | 1 | 0 | 5 |」 row per line, or
//     「信息内容 |」 cell per line with covered slots as lines of pipes): pipes.go.
//   - Loose rows (PDF text): a label and its numbers separated by single spaces, with
//     header lines of words between rows (「行政许可 356」, 「结 结 其 尚」): loose.go.
//   - Double-spaced text (an empty line after every paragraph, so a table's every cell is
//     a paragraph of its own) is read without its single empty lines: spaced.go.
//   - Everything else is a paragraph, one per non-empty line, trimmed. Lines where a row's
//     label and numbers run together (crawled pages: "行政规范性文件77132470") cannot be
//     split reliably and stay paragraphs; recognition may try.
//
// "[bookmark: …]" artefacts are removed wherever Tika glued them. A crawler header (lines
// "标题: …", "发布机构: …" above a "==== 正文 ====" rule) also fills Document.Meta.
package text

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// Errors Read returns (wrapped with the numbers); callers may test them with errors.Is.
var (
	ErrTooLarge      = errors.New("text file too large")
	ErrTooManyTables = errors.New("too many tables")
	ErrTooManyCells  = errors.New("too many table cells")
)

// Read turns plain text into a Document (Input "text"). It refuses data longer than
// lim.MaxFileBytes before decoding and stops with an error past lim.MaxTables tables or
// lim.MaxCells cells. It never panics.
func Read(data []byte, lim parser.Limits) (doc *parser.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("文本读取内部错误 / text reader internal error: %v", r)
		}
	}()
	lim = lim.WithDefaults()
	if int64(len(data)) > lim.MaxFileBytes {
		return nil, fmt.Errorf("文本文件过大（%d 字节，上限 %d 字节） / %w (%d bytes, limit %d)",
			len(data), lim.MaxFileBytes, ErrTooLarge, len(data), lim.MaxFileBytes)
	}
	s, _, err := Decode(data)
	if err != nil {
		return nil, fmt.Errorf("文本编码无法识别 / cannot decode text: %w", err)
	}
	r := reader{lines: splitLines(s), lim: lim}
	r.doc = &parser.Document{Input: parser.InputText, Blocks: make([]parser.Block, 0, 64)}
	r.cleanLines()
	r.readMeta()
	orig := r.undoubleSpace()
	if err := r.run(); err != nil {
		return nil, err
	}
	if orig != nil {
		remapLines(r.doc, orig)
	}
	return r.doc, nil
}

type reader struct {
	lines    []string
	lim      parser.Limits
	doc      *parser.Document
	markdown bool
	tables   int
	cells    int
	// A failed attempt at a table from line i that looked as far as line j proves that no
	// start inside (i, j) succeeds either; remembering j keeps hostile input linear.
	tikaNoUntil, gridNoUntil, vertNoUntil, htmlNoUntil, simpleNoUntil, pipeNoUntil, looseNoUntil int
	vkinds                                                                                       []vkind // vertical line kinds, computed once (0 = not yet)
	paras                                                                                        []parser.Paragraph
}

// splitLines splits at LF, CRLF and CR alike, so line numbers match what an editor shows.
func splitLines(s string) []string {
	n := 1
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' || (s[i] == '\r' && (i+1 == len(s) || s[i+1] != '\n')) {
			n++
		}
	}
	lines := make([]string, 0, n)
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n':
			lines = append(lines, s[start:i])
			start = i + 1
		case '\r':
			lines = append(lines, s[start:i])
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			start = i + 1
		}
	}
	if start < len(s) {
		lines = append(lines, s[start:])
	}
	return lines
}

// cleanLines removes Tika's bookmark artefacts and notes whether the text is markdown.
func (r *reader) cleanLines() {
	for i, l := range r.lines {
		if strings.Contains(l, "[bookmark:") {
			r.lines[i] = bookmarkRE().ReplaceAllString(l, "")
		}
		if joined, ok := listNumberTab(r.lines[i]); ok {
			r.lines[i] = joined
		}
		if !r.markdown && (maybeHeading(l) || maybePipeSep(l) || maybeHTMLTable(l)) {
			r.markdown = true
		}
	}
}

// listNumberTab joins a paragraph of Word's automatic list numbering as Word and WPS save
// it as text: the number, a TAB, the text (「五、\t存在的主要问题及改进情况」). Left as it
// is, the TAB makes it a two-cell table row, and two such headings with a paragraph
// between them one table. Only a line with exactly one TAB run after a bare list number
// is joined (一、 一. （一） (1) 1. 1、 第一部分 第一章), so table rows keep their cells.
func listNumberTab(l string) (string, bool) {
	k := strings.IndexByte(l, '\t')
	if k <= 0 {
		return "", false
	}
	num := trim(l[:k])
	rest := strings.TrimLeft(l[k:], "\t")
	if rest == "" || strings.IndexByte(rest, '\t') >= 0 || isBlank(rest) || !listNumber(num) {
		return "", false
	}
	return num + trim(rest), true
}

// listNumber: a bare list number, 一、 一. 一． （一） (一) (1) （1） 1. 1、 1． 第一部分 第一章.
func listNumber(s string) bool {
	rs := []rune(s)
	if len(rs) < 2 || len(rs) > 6 {
		return false
	}
	digitsOrCN := func(rs []rune) bool {
		if len(rs) == 0 {
			return false
		}
		for _, c := range rs {
			if !strings.ContainsRune("一二三四五六七八九十0123456789０１２３４５６７８９", c) {
				return false
			}
		}
		return true
	}
	switch first, last := rs[0], rs[len(rs)-1]; {
	case (first == '（' || first == '(') && (last == '）' || last == ')'):
		return digitsOrCN(rs[1 : len(rs)-1])
	case first == '第' && (last == '章' || (len(rs) > 3 && string(rs[len(rs)-2:]) == "部分")):
		end := len(rs) - 1
		if last != '章' {
			end = len(rs) - 2
		}
		return digitsOrCN(rs[1:end])
	case last == '、' || last == '.' || last == '．':
		return digitsOrCN(rs[:len(rs)-1])
	}
	return false
}

// readMeta fills Meta from a crawler's header block ("key: value" lines above a
// "==== 正文 ====" rule). The lines stay paragraphs too: for some pages the 标题 line is
// the only place the title appears.
func (r *reader) readMeta() {
	end := -1
	for i := 0; i < len(r.lines) && i < 40; i++ {
		if strings.Contains(r.lines[i], "正文") && crawlRuleRE().MatchString(r.lines[i]) {
			end = i
			break
		}
	}
	if end < 0 {
		return
	}
	for _, l := range r.lines[:end] {
		m := metaLineRE().FindStringSubmatch(l)
		if m == nil {
			continue
		}
		v := trim(m[2])
		if v == "" {
			continue
		}
		if r.doc.Meta == nil {
			r.doc.Meta = map[string]string{}
		}
		r.doc.Meta[m[1]] = v
	}
}

func (r *reader) run() error {
	lines := r.lines
	for i := 0; i < len(lines); {
		l := lines[i]
		if isBlank(l) {
			i++
			continue
		}
		if isTikaCell(l) && i >= r.tikaNoUntil {
			if t, next := r.tikaTable(i); t != nil {
				if err := r.addTable(t); err != nil {
					return err
				}
				i = next
				continue
			}
		}
		if i+1 < len(lines) && strings.Contains(l, "|") && maybePipeSep(lines[i+1]) {
			t, next := r.pipeTable(i)
			if err := r.addTable(t); err != nil {
				return err
			}
			i = next
			continue
		}
		if i >= r.htmlNoUntil && maybeHTMLTable(l) {
			if ts, paras, next := r.htmlTable(i); ts != nil || paras != nil {
				for _, p := range paras {
					r.addPara(p, i)
				}
				for _, t := range ts {
					if err := r.addGrid(t); err != nil {
						return err
					}
				}
				i = next
				continue
			}
		}
		if i >= r.gridNoUntil && maybeGridRule(l) {
			if t, next := r.gridTable(i); t != nil {
				if err := r.addTable(t); err != nil {
					return err
				}
				i = next
				continue
			}
		}
		if r.simpleStart(i) {
			if t, next := r.simpleTable(i); t != nil {
				if err := r.addTable(t); err != nil {
					return err
				}
				i = next
				continue
			}
		}
		if !r.markdown || !maybePipeSep(l) {
			if t, next := r.crawledPipeTable(i); t != nil {
				if err := r.addTable(t); err != nil {
					return err
				}
				i = next
				continue
			}
		}
		if t, next := r.delimitedTable(i); t != nil {
			if err := r.addTable(t); err != nil {
				return err
			}
			i = next
			continue
		}
		if t, next := r.verticalTable(i); t != nil {
			if err := r.addTable(t); err != nil {
				return err
			}
			i = next
			continue
		}
		if t, next := r.looseTable(i); t != nil {
			if err := r.addTable(t); err != nil {
				return err
			}
			i = next
			continue
		}
		r.addPara(l, i)
		i++
	}
	return nil
}

func (r *reader) addPara(l string, i int) {
	t := trim(l)
	if r.markdown {
		t = cleanMarkdown(t)
	} else if maybeHeading(t) {
		if m := atxHeadingRE().FindStringSubmatchIndex(t); m != nil {
			t = trim(t[m[2]:m[3]])
		}
	}
	if t == "" {
		return
	}
	// Paragraphs live in one slab: one allocation for all of them, not one each.
	if len(r.paras) == cap(r.paras) {
		r.paras = make([]parser.Paragraph, 0, max(16, len(r.lines)-i))
	}
	r.paras = append(r.paras, parser.Paragraph{Text: t, Loc: parser.Loc{Line: i + 1}})
	r.doc.Blocks = append(r.doc.Blocks, parser.Block{Para: &r.paras[len(r.paras)-1]})
}

// addTable checks the limits, fixes origins and raggedness, and appends the table.
func (r *reader) addTable(t *parser.Table) error {
	r.tables++
	if r.tables > r.lim.MaxTables {
		return fmt.Errorf("表格过多（上限 %d 个） / %w (limit %d)", r.lim.MaxTables, ErrTooManyTables, r.lim.MaxTables)
	}
	width := -1
	for ri, row := range t.Rows {
		r.cells += len(row)
		if width < 0 {
			width = len(row)
		} else if len(row) != width {
			t.Ragged = true
		}
		for ci := range row {
			row[ci].OriginRow, row[ci].OriginCol = ri, ci
		}
	}
	if r.cells > r.lim.MaxCells {
		return fmt.Errorf("表格单元格过多（上限 %d 个） / %w (limit %d)", r.lim.MaxCells, ErrTooManyCells, r.lim.MaxCells)
	}
	r.doc.Blocks = append(r.doc.Blocks, parser.Block{Table: t})
	return nil
}

// addGrid appends a table whose merges a reader of markup already resolved (an HTML
// table inside markdown): origins and raggedness stay as that reader set them.
func (r *reader) addGrid(t *parser.Table) error {
	r.tables++
	if r.tables > r.lim.MaxTables {
		return fmt.Errorf("表格过多（上限 %d 个） / %w (limit %d)", r.lim.MaxTables, ErrTooManyTables, r.lim.MaxTables)
	}
	for _, row := range t.Rows {
		r.cells += len(row)
	}
	if r.cells > r.lim.MaxCells {
		return fmt.Errorf("表格单元格过多（上限 %d 个） / %w (limit %d)", r.lim.MaxCells, ErrTooManyCells, r.lim.MaxCells)
	}
	r.doc.Blocks = append(r.doc.Blocks, parser.Block{Table: t})
	return nil
}

// isBlank: nothing but spaces (a lone TAB is not blank: in Tika text it is an empty cell).
func isBlank(l string) bool {
	for _, c := range l {
		if c == '\t' || !isSpace(c) {
			return false
		}
	}
	return true
}

func isSpace(c rune) bool {
	switch c {
	case ' ', '\t', '\v', '\f', '\u3000', '\u00a0', '\ufeff', '\u200b':
		return true
	}
	return false
}

// trim removes surrounding whitespace: ASCII, U+3000, NBSP (and a stray BOM or zero-width
// space, which web copies carry).
func trim(s string) string { return strings.TrimFunc(s, isSpace) }

// isTikaCell: a line that opens a Tika cell (a leading TAB and no other).
func isTikaCell(l string) bool {
	return len(l) > 0 && l[0] == '\t' && strings.IndexByte(l[1:], '\t') < 0
}

// cellText joins a cell's paragraphs with "\n", each trimmed, the whole trimmed.
func cellText(paras []string) string {
	if len(paras) == 1 {
		return trim(paras[0])
	}
	var b strings.Builder
	for i, p := range paras {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(trim(p))
	}
	return strings.Trim(b.String(), "\n")
}

// tikaTable reads a Tika table starting at line i (a cell line). It returns nil when
// the lines do not have a Tika table's shape.
func (r *reader) tikaTable(i int) (*parser.Table, int) {
	lines := r.lines
	t := &parser.Table{Loc: parser.Loc{Line: i + 1}, Ragged: true}
	row := make([]parser.Cell, 0, 8)
	var paras []string
	cellLine := 0
	open := false // a cell is open: the next non-TAB line continues it
	wide := false
	closeCell := func() {
		if open {
			row = append(row, parser.Cell{Text: cellText(paras), Loc: parser.Loc{Line: cellLine + 1}})
			paras = paras[:0]
			open = false
		}
	}
	closeRow := func() {
		closeCell()
		if len(row) > 0 {
			if len(row) >= 2 {
				wide = true
			}
			t.Rows = append(t.Rows, row)
			row = make([]parser.Cell, 0, max(8, len(row)))
		}
	}
	j := i
	for ; j < len(lines); j++ {
		l := lines[j]
		switch {
		case len(l) > 0 && l[0] == '\t':
			closeCell()
			paras = append(paras, l[1:])
			cellLine = j
			open = true
		case isBlank(l):
			if open || len(row) > 0 {
				closeRow()
				continue
			}
			// A blank line after a row's blank line: the table is over.
			goto done
		default:
			if open {
				paras = append(paras, l)
				continue
			}
			goto done
		}
	}
done:
	if open || len(row) > 0 {
		// The last row was not closed by a blank line: only acceptable at the end of file.
		if j < len(lines) {
			r.tikaNoUntil = j
			return nil, i
		}
		closeRow()
	}
	if !wide || len(t.Rows) < 2 {
		r.tikaNoUntil = j
		return nil, i
	}
	return t, j
}

// pipeTable reads a markdown pipe table whose header is at line i and separator at i+1.
func (r *reader) pipeTable(i int) (*parser.Table, int) {
	lines := r.lines
	t := &parser.Table{Loc: parser.Loc{Line: i + 1}}
	t.Rows = append(t.Rows, pipeRow(lines[i], i))
	j := i + 2
	for ; j < len(lines); j++ {
		l := lines[j]
		if isBlank(l) || !strings.Contains(l, "|") {
			break
		}
		t.Rows = append(t.Rows, pipeRow(l, j))
	}
	return t, j
}

// pipeRow splits "| a | b |" (outer pipes optional, "\|" escapes a pipe, <br> breaks a line).
func pipeRow(l string, i int) []parser.Cell {
	s := trim(l)
	s = strings.TrimPrefix(s, "|")
	if strings.HasSuffix(s, "|") && !strings.HasSuffix(s, `\|`) {
		s = s[:len(s)-1]
	}
	var cells []parser.Cell
	start := 0
	esc := false
	for k := 0; k <= len(s); k++ {
		if k < len(s) && s[k] == '\\' {
			esc = !esc
			continue
		}
		if k == len(s) || (s[k] == '|' && !esc) {
			cells = append(cells, parser.Cell{Text: cleanMarkdown(mdCellText(s[start:k])), Loc: parser.Loc{Line: i + 1}})
			start = k + 1
		}
		esc = false
	}
	return cells
}

func mdCellText(s string) string {
	if strings.Contains(s, `\|`) {
		s = strings.ReplaceAll(s, `\|`, "|")
	}
	if strings.Contains(s, "<br") {
		s = brRE().ReplaceAllString(s, "\n")
		parts := strings.Split(s, "\n")
		return cellText(parts)
	}
	return trim(s)
}

// cleanMarkdown drops heading marks and emphasis in markdown documents.
func cleanMarkdown(s string) string {
	if maybeHeading(s) {
		if m := atxHeadingRE().FindStringSubmatchIndex(s); m != nil {
			s = s[m[2]:m[3]]
		}
	}
	if strings.Contains(s, "**") {
		s = strings.ReplaceAll(s, "**", "")
	}
	if strings.Contains(s, "__") {
		s = strings.ReplaceAll(s, "__", "")
	}
	return trim(s)
}

// gridTable reads a pandoc grid table starting at rule line i. Each block between rules
// is a row; a cell's wrapped lines are joined back (no space between CJK characters),
// blank lines inside a cell separate paragraphs.
func (r *reader) gridTable(i int) (*parser.Table, int) {
	lines := r.lines
	t := &parser.Table{Loc: parser.Loc{Line: i + 1}}
	var acc [][]string // per column: paragraphs
	var fresh []bool   // per column: next text starts a new paragraph
	rowLine := -1
	flush := func() {
		if rowLine < 0 {
			return
		}
		row := make([]parser.Cell, len(acc))
		for c, ps := range acc {
			row[c] = parser.Cell{Text: cellText(ps), Loc: parser.Loc{Line: rowLine + 1}}
		}
		t.Rows = append(t.Rows, row)
		acc, fresh, rowLine = nil, nil, -1
	}
	j := i + 1
	for ; j < len(lines); j++ {
		l := trim(lines[j])
		if i >= r.gridNoUntil && maybeGridRule(l) {
			flush()
			continue
		}
		if !strings.HasPrefix(l, "|") || !strings.HasSuffix(l, "|") || len(l) < 2 {
			break
		}
		if rowLine < 0 {
			rowLine = j
		}
		parts := strings.Split(l[1:len(l)-1], "|")
		for c, p := range parts {
			for len(acc) <= c {
				acc = append(acc, nil)
				fresh = append(fresh, true)
			}
			p = trim(p)
			switch {
			case p == "":
				fresh[c] = true
			case fresh[c] || len(acc[c]) == 0:
				acc[c] = append(acc[c], p)
				fresh[c] = false
			default:
				last := acc[c][len(acc[c])-1]
				acc[c][len(acc[c])-1] = joinWrapped(last, p)
			}
		}
	}
	flush()
	if len(t.Rows) == 0 {
		r.gridNoUntil = j
		return nil, i
	}
	return t, j
}

// joinWrapped joins a wrapped line back: a space between two ASCII words, nothing
// between CJK characters (Chinese has no spaces to restore).
func joinWrapped(a, b string) string {
	ra, _ := utf8.DecodeLastRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	if ra < utf8.RuneSelf && rb < utf8.RuneSelf {
		return a + " " + b
	}
	return a + b
}

// delimitedTable reads a run of TAB- or space-delimited rows starting at line i, or
// returns nil when line i does not start one.
func (r *reader) delimitedTable(i int) (*parser.Table, int) {
	lines := r.lines
	first, tabbed := splitRow(lines[i])
	if first == nil {
		return nil, i
	}
	type rowAt struct {
		fields []string
		line   int
	}
	rows := []rowAt{{first, i}}
	anyTab := tabbed
	j := i + 1
	for ; j < len(lines); j++ {
		f, tb := splitRow(lines[j])
		if f == nil && anyTab && isTikaCell(lines[j]) && !isBlank(lines[j][1:]) {
			// Inside a run of TAB rows, "\tx" is a two-cell row with an empty first cell.
			f, tb = []string{"", trim(lines[j][1:])}, true
		}
		if f == nil && anyTab {
			// Inside a run of TAB rows, a line of only TABs is a row of empty cells: Word
			// prints a blank row (表四's unfilled data row) that way.
			f, tb = emptyTabRow(lines[j]), true
		}
		if f != nil {
			rows = append(rows, rowAt{f, j})
			anyTab = anyTab || tb
			continue
		}
		// A row-wide cell prints without a TAB between two TAB rows.
		if anyTab && j+1 < len(lines) && !isBlank(lines[j]) && !isSectionHeading(trim(lines[j])) {
			if nf, ntb := splitRow(lines[j+1]); nf != nil && ntb {
				rows = append(rows, rowAt{[]string{trim(lines[j])}, j})
				continue
			}
		}
		break
	}
	if len(rows) == 1 {
		n := len(first)
		if n < 3 || (!tabbed && countNumbers(first) < 2) {
			return nil, i
		}
	}
	t := &parser.Table{Loc: parser.Loc{Line: i + 1}}
	for _, ra := range rows {
		t.Rows = append(t.Rows, lineRow(ra.fields, ra.line))
	}
	return t, j
}

// lineRow is a table row of the given cells, all on the file's line i (0-based).
func lineRow(cells []string, i int) []parser.Cell {
	row := make([]parser.Cell, len(cells))
	for c, s := range cells {
		row[c] = parser.Cell{Text: s, Loc: parser.Loc{Line: i + 1}}
	}
	return row
}

// emptyTabRow returns n+1 empty cells for a line of n TABs (n >= 1) and nothing else but
// spaces, or nil.
func emptyTabRow(l string) []string {
	tabs := 0
	for _, c := range l {
		if c == '\t' {
			tabs++
		} else if !isSpace(c) {
			return nil
		}
	}
	if tabs == 0 {
		return nil
	}
	return make([]string, tabs+1)
}

// splitRow splits a line into cells: at TABs when it has any (Word keeps empty cells
// as empty fields), else at runs of two or more spaces, then single spaces inside a
// trailing group of two or more numbers. It returns nil when the line is not a row.
func splitRow(l string) ([]string, bool) {
	if isBlank(l) {
		return nil, false
	}
	if strings.IndexByte(l, '\t') >= 0 {
		if isTikaCell(l) {
			return nil, false
		}
		// Trailing TABs stay: Word prints an empty last cell as a trailing TAB.
		s := strings.TrimRightFunc(l, func(c rune) bool { return isSpace(c) && c != '\t' })
		parts := strings.Split(s, "\t")
		nonEmpty := 0
		for k := range parts {
			parts[k] = trim(parts[k])
			if parts[k] != "" {
				nonEmpty++
			}
		}
		if len(parts) < 2 || nonEmpty == 0 {
			return nil, false
		}
		return parts, true
	}
	s := trim(l)
	var parts []string
	start := 0
	for k := 0; k < len(s); {
		c, size := utf8.DecodeRuneInString(s[k:])
		if !isSpace(c) {
			k += size
			continue
		}
		// Measure the run of spaces.
		e, n := k, 0
		for e < len(s) {
			c2, sz := utf8.DecodeRuneInString(s[e:])
			if !isSpace(c2) {
				break
			}
			e += sz
			n++
		}
		if n >= 2 {
			parts = append(parts, s[start:k])
			start = e
		}
		k = e
	}
	parts = append(parts, s[start:])
	parts = splitTrailingNumbers(parts)
	if len(parts) < 2 {
		return nil, false
	}
	return parts, false
}

// splitTrailingNumbers splits each field whose tail is two or more single-space
// separated numbers: "自然人 23 0" → "自然人", "23", "0"; "0 0 0" → "0", "0", "0".
func splitTrailingNumbers(parts []string) []string {
	var out []string
	for k, p := range parts {
		if strings.IndexByte(p, ' ') < 0 {
			if out != nil {
				out = append(out, p)
			}
			continue
		}
		toks := strings.Split(p, " ")
		m := len(toks)
		for m > 0 && isNumber(toks[m-1]) {
			m--
		}
		if len(toks)-m < 2 {
			if out != nil {
				out = append(out, p)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(parts)+len(toks)), parts[:k]...)
		}
		if m > 0 {
			out = append(out, strings.Join(toks[:m], " "))
		}
		out = append(out, toks[m:]...)
	}
	if out == nil {
		return parts
	}
	return out
}

// isNumber: a whole or decimal number, optionally signed, with thousands commas or a
// trailing %, in ASCII or full-width digits.
func isNumber(s string) bool {
	digits := 0
	for k, c := range s {
		switch {
		case c >= '0' && c <= '9', c >= '０' && c <= '９':
			digits++
		case (c == '-' || c == '+' || c == '－') && k == 0:
		case c == '.' || c == ',' || c == '．' || c == '，':
		case c == '%' || c == '％':
		default:
			return false
		}
	}
	return digits > 0
}

func countNumbers(fs []string) int {
	n := 0
	for _, f := range fs {
		if isNumber(f) {
			n++
		}
	}
	return n
}

// Cheap byte tests that keep the regular expressions off ordinary lines.

func maybeHeading(l string) bool {
	return strings.IndexByte(l, '#') >= 0 && atxHeadingRE().MatchString(l)
}

func maybePipeSep(l string) bool {
	return strings.IndexByte(l, '|') >= 0 && strings.IndexByte(l, '-') >= 0 && pipeSepRE().MatchString(l)
}

func maybeGridRule(l string) bool {
	t := trim(l)
	return len(t) > 2 && t[0] == '+' && gridRuleRE().MatchString(t)
}

// isSectionHeading: 一、…, 第一章… (never a table row on its own).
func isSectionHeading(t string) bool {
	c, _ := utf8.DecodeRuneInString(t)
	return strings.ContainsRune("一二三四五六七八九十第", c) && headingRE().MatchString(t)
}
