package text

import (
	"strings"
	"unicode/utf8"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// Crawled pipe text: web pages whose HTML tables a crawler or a browser copy flattened
// with '|' after each cell, but without markdown's |---| separator line. Two shapes:
//
//   - Row per line: 「规章 | 1 | 0 | 5 |」, with or without a leading pipe. A row-wide cell
//     or a cell whose row is covered by merges prints its covered slots as pipes glued
//     to the last one (「第二十条第（一）项 | |||」, 「行政许可 | 356 | ||」); an empty cell
//     prints as a pipe after a space (「| |」). So a segment between two glued pipes is a
//     covered slot and is dropped; a segment of spaces is an empty cell and is kept. (The
//     first covered slot of a glued run cannot be told from an empty cell: recognition
//     drops surplus empty cells at the end of a row.) A leading pipe or spaces before a
//     row's first cell (a slot covered by a rowspan above, 「| （二）部分公开…」) leave
//     nothing.
//   - Cell per line: 「信息内容 |」, 「本年制发件数 |」, …, each cell on its own line; an
//     empty cell prints as a pipe alone (「|」), the slots a merge covers as glued pipes
//     alone (「|||」). Rows are cut as vertical.go cuts LibreOffice text: each run of
//     values (empty cells included) closes a row, a label after values starts the next
//     one, and a line of glued pipes ends the row. (A row's last covered slot can print
//     as 「|」 too: recognition drops surplus empty cells at the end of a row.)
//
// A run is every consecutive non-blank line holding a '|' (a markdown separator line
// stops it: that is a markdown table); in cell-per-line text a short line without a pipe
// just before a one-cell line is that cell's first line (「商业」 + 「企业 |」: a line break
// inside the cell). It is cell-per-line when at most a fifth of its
// lines hold two cells or more, and it needs three lines with text to be a table at all.

type pipeLine struct {
	cells []string // text of the cells, empty strings for empty cells
	pipes int      // for a line of pipes alone: how many
	line  int      // 0-based index in r.lines
}

// crawledPipeTable reads the run of pipe lines that starts at line i, or returns nil.
func (r *reader) crawledPipeTable(i int) (*parser.Table, int) {
	lines := r.lines
	if i < r.pipeNoUntil || strings.IndexByte(lines[i], '|') < 0 {
		return nil, i
	}
	var run []pipeLine
	j := i
	texts, multi := 0, 0
	head := "" // a cell's first line, printed without its pipe (a <br> in the cell)
	for ; j < len(lines); j++ {
		l := lines[j]
		if len(run) > 0 && head == "" && cellHead(l) && j+1 < len(lines) && singleCell(run[len(run)-1]) {
			if next := splitPipeLine(lines[j+1], j+1); next.pipes == 0 && singleCell(next) && strings.IndexByte(lines[j+1], '|') >= 0 {
				head = trim(l)
				continue
			}
		}
		if isBlank(l) || strings.IndexByte(l, '|') < 0 || maybePipeSep(l) || strings.IndexByte(l, '\t') >= 0 {
			break
		}
		pl := splitPipeLine(l, j)
		if head != "" {
			pl.cells[0] = joinWrapped(head, pl.cells[0])
			pl.line = j - 1
			head = ""
		}
		if pl.pipes == 0 {
			texts++
			n := 0
			for _, c := range pl.cells {
				if c != "" {
					n++
				}
			}
			if n >= 2 {
				multi++
			}
		}
		run = append(run, pl)
	}
	if j < len(lines) && maybePipeSep(lines[j]) && len(run) > 0 {
		// The last line is a markdown header: leave it to pipeTable.
		run = run[:len(run)-1]
		j--
	}
	if texts < 3 {
		r.pipeNoUntil = j
		return nil, i
	}
	t := &parser.Table{Loc: parser.Loc{Line: i + 1}}
	if multi*5 <= texts {
		t.Rows = pipeCellRows(run)
		t.Ragged = true
	} else {
		for _, pl := range run {
			if pl.pipes > 0 {
				continue
			}
			t.Rows = append(t.Rows, lineRow(pl.cells, pl.line))
		}
	}
	if len(t.Rows) == 0 {
		r.pipeNoUntil = j
		return nil, i
	}
	if !t.Ragged && i < 15 {
		r.pipeMeta(t)
	}
	return t, j
}

// metaKeys are the labels of a government page's own metadata table (索引号, 发布机构,
// 发文日期 …), without spaces.
var metaKeys = map[string]bool{"索引号": true, "分类": true, "主题分类": true, "发布机构": true, "发文机关": true,
	"成文日期": true, "发文日期": true, "发布日期": true, "公开日期": true, "发布时间": true, "文号": true,
	"有效性": true, "时效": true, "公开方式": true, "来源": true, "标题": true, "名称": true}

// pipeMeta fills Document.Meta from a page's metadata table flattened with pipes at the
// top of the text (「索 引 号 | … | 分 类 | … |」 / 「发布机构 | … | 发文日期 | 2024-01-15 |」):
// cells pair up as label, value. Keys are kept as printed, spaces taken out; a table with
// fewer than two known labels is not one.
func (r *reader) pipeMeta(t *parser.Table) {
	pairs := map[string]string{}
	known := 0
	for _, row := range t.Rows {
		if len(row) < 2 {
			return
		}
		for k := 0; k+1 < len(row); k += 2 {
			key := strings.TrimRight(strings.Join(strings.Fields(row[k].Text), ""), ":：")
			if metaKeys[key] {
				known++
			}
			v := trim(row[k+1].Text)
			if metaKeys[strings.Join(strings.Fields(v), "")] {
				// 「文 号 | 有 效 性 |」: an empty value left out, the next label in its
				// place; the pairs of this row no longer line up.
				break
			}
			if v != "" && key != "" {
				pairs[key] = v
			}
		}
	}
	if known < 2 {
		return
	}
	if r.doc.Meta == nil {
		r.doc.Meta = map[string]string{}
	}
	for k, v := range pairs {
		if _, ok := r.doc.Meta[k]; !ok {
			r.doc.Meta[k] = v
		}
	}
}

// splitPipeLine splits one line at its pipes (see the comment above for what is kept).
func splitPipeLine(l string, at int) pipeLine {
	s := trim(l)
	if strings.Trim(s, "| \u3000\u00a0") == "" {
		return pipeLine{pipes: max(1, strings.Count(s, "|")), line: at}
	}
	segs := strings.Split(s, "|")
	// Text after the last pipe is a cell without its closing pipe; nothing there is the
	// closing pipe itself.
	if trim(segs[len(segs)-1]) == "" {
		segs = segs[:len(segs)-1]
	}
	pl := pipeLine{line: at}
	started := false
	for k, seg := range segs {
		t := trim(seg)
		if t == "" {
			if !started || (seg == "" && k > 0) {
				// A leading pipe or a covered slot before the first cell; or a slot
				// glued to the pipe before it (「||」): covered, not a cell.
				continue
			}
			pl.cells = append(pl.cells, "")
			continue
		}
		started = true
		if isMarkdownEscaped(seg) {
			t = strings.ReplaceAll(t, `\`, "")
		}
		pl.cells = append(pl.cells, t)
	}
	return pl
}

func isMarkdownEscaped(s string) bool { return strings.HasSuffix(s, `\`) }

// pipeCellRows cuts a cell-per-line run into rows: labels then values make a row; with
// more than three labels before the values, the labels but the last are a header row
// (all of them when ten values or more follow: 表四's data row has no label).
func pipeCellRows(run []pipeLine) [][]parser.Cell {
	var rows [][]parser.Cell
	var labels, values []parser.Cell
	flush := func() {
		if len(labels) == 0 && len(values) == 0 {
			return
		}
		switch {
		case len(values) >= 10 && len(labels) > 0:
			rows = append(rows, labels)
			labels = nil
		case len(values) > 0 && len(labels) > 3:
			rows = append(rows, labels[:len(labels)-1])
			labels = labels[len(labels)-1:]
		}
		row := append(labels, values...)
		if len(row) > 0 {
			rows = append(rows, row)
		}
		labels, values = nil, nil
	}
	for _, pl := range run {
		if pl.pipes == 1 {
			// A pipe alone is an empty cell: a value not filled in (or a slot covered by a
			// merge at the end of a row, which recognition drops as surplus).
			values = append(values, parser.Cell{Loc: parser.Loc{Line: pl.line + 1}})
			continue
		}
		if pl.pipes > 1 {
			// Glued pipes are covered slots: the row's end.
			flush()
			continue
		}
		for _, c := range pl.cells {
			cell := parser.Cell{Text: c, Loc: parser.Loc{Line: pl.line + 1}}
			if isCellValue(c) {
				values = append(values, cell)
				continue
			}
			if len(values) > 0 {
				flush()
			}
			labels = append(labels, cell)
		}
	}
	flush()
	return rows
}

// singleCell: a line of one cell (「企业 |」) or of pipes alone.
func singleCell(pl pipeLine) bool { return pl.pipes > 0 || len(pl.cells) == 1 }

// cellHead: a line that can be the first line of a two-line cell in cell-per-line pipe
// text: short, no pipe, not a part heading of the report.
func cellHead(l string) bool {
	t := trim(l)
	return t != "" && strings.IndexByte(t, '|') < 0 && strings.IndexByte(l, '\t') < 0 &&
		utf8.RuneCountInString(t) <= 20 && !isSectionHeading(t) && !isNumber(t)
}

// isCellValue: a number, a blank mark or a value with a unit (vertical.go's rules); an
// empty cell too.
func isCellValue(s string) bool {
	return s == "" || isNumber(s) || isBlankMark(s) || isValueText(s)
}
