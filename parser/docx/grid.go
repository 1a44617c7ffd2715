package docx

import (
	"fmt"
	"strings"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// resolve turns a finished table into blocks appended to dst: one grid table, or, for a
// layout frame (a table holding tables), its cells' contents in reading order.
func (br *bodyReader) resolve(tb *tableB, dst []parser.Block) ([]parser.Block, error) {
	rows := tb.rows[:0:0]
	frame := false
	for _, r := range tb.rows {
		if r.deleted || len(r.cells) == 0 {
			continue
		}
		rows = append(rows, r)
		frame = frame || r.holdsTable()
	}
	if !frame {
		return br.grid(rows, tb.para, dst)
	}
	// A layout frame: rows holding tables are dissolved into their cells' blocks; runs
	// of plain rows between them (a data table Word joined to the frame) stay a grid.
	start := 0
	for i, r := range rows {
		if !r.holdsTable() {
			continue
		}
		var err error
		if dst, err = br.grid(rows[start:i], rows[start].firstPara(), dst); err != nil {
			return nil, err
		}
		start = i + 1
		for _, c := range r.cells {
			// A continue cell's content is hidden by Word; only the restart cell shows.
			if c.vmerge == mergeContinue || c.hmerge == mergeContinue {
				continue
			}
			dst = append(dst, c.blocks...)
		}
	}
	if start < len(rows) {
		return br.grid(rows[start:], rows[start].firstPara(), dst)
	}
	return dst, nil
}

func (r *rowB) holdsTable() bool {
	for _, c := range r.cells {
		if c.inlineTables() {
			continue
		}
		if c.hasTable {
			return true
		}
		for _, b := range c.blocks {
			if b.Table != nil {
				return true
			}
		}
	}
	return false
}

// inlineTables reports whether the cell's nested tables are only one-row tables with at
// most one paragraph beside them: what Word makes of cells copied from Excel and pasted
// into a single table cell (a figure in a 1×1 table). Such a cell is not a layout frame;
// its nested cells' text is its text (cellText), so the data table it sits in stays a
// grid. A frame's cell holds whole tables of many rows, or text around them.
func (c *cellB) inlineTables() bool {
	tables, paras := 0, 0
	for _, b := range c.blocks {
		switch {
		case b.Table != nil:
			if len(b.Table.Rows) != 1 {
				return false
			}
			tables++
		case b.Para != nil:
			paras++
		}
	}
	// hasTable with no table block: a nested frame was dissolved into paragraphs.
	return tables > 0 && paras <= 1
}

func (r *rowB) firstPara() int { return r.cells[0].para }

// grid resolves merges over rows (none deleted or empty) into one table appended to dst.
func (br *bodyReader) grid(rows []*rowB, para int, dst []parser.Block) ([]parser.Block, error) {
	if len(rows) == 0 {
		return dst, nil
	}
	width := 0
	for _, r := range rows {
		w := r.before + r.after
		for _, c := range r.cells {
			w += c.span
		}
		if w > width {
			width = w
		}
	}
	// Check before allocating: a gridSpan of a million is a few bytes of XML.
	slots := int64(width) * int64(len(rows))
	if slots > int64(br.lim.MaxCells) || int64(br.gridCells)+slots > int64(br.lim.MaxCells) {
		return nil, fmt.Errorf("table of %d×%d grid cells, over the limit of %d cells: %w", len(rows), width, br.lim.MaxCells, ErrLimit)
	}
	br.gridCells += int(slots)

	all := make([]parser.Cell, len(rows)*width)
	real := make([]bool, len(rows)*width) // slot holds a cell from the file, not padding
	grid := make([][]parser.Cell, len(rows))
	for i := range rows {
		grid[i] = all[i*width : (i+1)*width : (i+1)*width]
		for j := range grid[i] {
			grid[i][j] = parser.Cell{OriginRow: i, OriginCol: j}
		}
	}
	for i, r := range rows {
		col := r.before
		for _, c := range r.cells {
			span := c.span
			if col+span > width { // cannot happen: width is the widest row
				span = width - col
			}
			switch {
			case c.vmerge == mergeContinue && i > 0 && real[(i-1)*width+col]:
				for k := 0; k < span; k++ {
					grid[i][col+k] = grid[i-1][col+k]
					real[i*width+col+k] = real[(i-1)*width+col+k]
				}
			case c.hmerge == mergeContinue && col > 0 && real[i*width+col-1]:
				for k := 0; k < span; k++ {
					grid[i][col+k] = grid[i][col-1]
					real[i*width+col+k] = true
				}
			default:
				cell := parser.Cell{Text: cellText(c.blocks), Loc: parser.Loc{Para: c.para}, OriginRow: i, OriginCol: col}
				for k := 0; k < span; k++ {
					grid[i][col+k] = cell
					real[i*width+col+k] = true
				}
			}
			col += span
		}
	}
	return append(dst, parser.Block{Table: &parser.Table{Rows: grid, Loc: parser.Loc{Para: para}}}), nil
}

// cellText joins a cell's non-empty paragraphs with "\n".
func cellText(bs []parser.Block) string {
	switch len(bs) {
	case 0:
		return ""
	case 1:
		if bs[0].Para != nil {
			return bs[0].Para.Text
		}
	}
	var sb strings.Builder
	add := func(s string) {
		if s == "" {
			return
		}
		if sb.Len() > 0 {
			sb.WriteByte('\n')
		}
		sb.WriteString(s)
	}
	for _, b := range bs {
		switch {
		case b.Para != nil:
			add(b.Para.Text)
		case b.Table != nil && len(b.Table.Rows) == 1:
			// A one-row nested table (see inlineTables): its cells, each merged cell once.
			row := b.Table.Rows[0]
			for j, c := range row {
				if !c.Merged(0, j) {
					add(c.Text)
				}
			}
		}
	}
	return sb.String()
}
