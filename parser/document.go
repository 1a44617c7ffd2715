// Package parser holds the two models everything else rests on, and the step between them.
//
// A reader (parser/docx, parser/text, parser/html) turns file bytes into a Document:
// paragraphs and tables in reading order, merged cells resolved into a rectangular grid,
// every paragraph and cell remembering where it came from. Readers know file formats and
// encodings; they know nothing of 表三.
//
// Recognize turns a Document into a Report: title, issuer, year, sections and the fixed
// tables 表二/表三/表四 as typed structs. It knows labels and layouts (2019/2021); it never
// sees file formats.
package parser

// Input kinds, as written in the JSON "input" field.
const (
	InputDocx = "docx"
	InputText = "text"
	InputHTML = "html"
)

// Loc says where a paragraph or cell came from, for messages.
// For text inputs Line is the 1-based line of the file; for docx and html Para is the
// 1-based paragraph number (a table counts its cell paragraphs too, in reading order).
// Zero means unknown.
type Loc struct {
	Line int
	Para int
}

// N returns the 1-based position users see: the line for text, else the paragraph.
func (l Loc) N() int {
	if l.Line > 0 {
		return l.Line
	}
	return l.Para
}

// Document is what a reader makes of a file: blocks in reading order.
type Document struct {
	// Input is InputDocx, InputText or InputHTML.
	Input  string
	Blocks []Block
	// Meta holds facts the container states outside the body, e.g. a web page's own
	// metadata table (keys as printed: "发布机构", "公开日期", "成文日期"), or docx core
	// properties ("created", "modified"). May be nil.
	Meta map[string]string
}

// Block is one paragraph or one table; exactly one of the two is non-nil.
type Block struct {
	Para  *Paragraph
	Table *Table
}

// Paragraph is one line of running text, with its text already cleaned of markup:
// runs joined, tracked deletions dropped, soft breaks turned into "\n".
type Paragraph struct {
	Text string
	Loc  Loc
}

// Table is a grid: after a reader resolves horizontal and vertical merges, every row has
// the same number of cells, and a merged cell's text is repeated in every slot it covers
// (Cell.Origin points at the slot that holds it in the file).
//
// Readers that cannot know the grid (plain text) give rows of the lengths they saw; then
// rows may be ragged, and recognition must not rely on column positions alone.
type Table struct {
	Rows [][]Cell
	Loc  Loc
	// Ragged is true when the reader could not resolve merges (e.g. Tika text), so that
	// columns of different rows do not necessarily line up.
	Ragged bool
}

// Cell is one grid slot.
type Cell struct {
	// Text is the cell's text: paragraphs joined with "\n", runs joined, trimmed of
	// surrounding whitespace (ASCII, U+3000 and NBSP).
	Text string
	Loc  Loc
	// Origin is the grid position (row, column) of the cell that really holds the text;
	// equal to the slot's own position unless the slot is covered by a merge.
	OriginRow, OriginCol int
}

// Merged reports whether the slot at (row, col) is covered by a merge from elsewhere.
func (c Cell) Merged(row, col int) bool { return c.OriginRow != row || c.OriginCol != col }

// Paragraphs returns every paragraph outside tables, in order.
func (d *Document) Paragraphs() []*Paragraph {
	var ps []*Paragraph
	for _, b := range d.Blocks {
		if b.Para != nil {
			ps = append(ps, b.Para)
		}
	}
	return ps
}

// Tables returns every table, in order.
func (d *Document) Tables() []*Table {
	var ts []*Table
	for _, b := range d.Blocks {
		if b.Table != nil {
			ts = append(ts, b.Table)
		}
	}
	return ts
}

// Limits protect the machine from hostile files. Zero fields take the defaults.
type Limits struct {
	// MaxFileBytes caps the size of any input file read (text, html, the .docx zip itself).
	MaxFileBytes int64
	// MaxTextBytes caps a plain-text or web-page input, whose every byte is parsed (a .docx
	// may be large with pictures that are never read; a report's text is ~100 KB).
	MaxTextBytes int64
	// MaxXMLBytes caps the uncompressed size of one XML part (word/document.xml).
	MaxXMLBytes int64
	// MaxArchiveBytes caps the total uncompressed size of all zip entries read.
	MaxArchiveBytes int64
	// MaxZipEntries caps the number of entries in a .docx archive.
	MaxZipEntries int
	// MaxDepth caps XML / HTML element nesting.
	MaxDepth int
	// MaxTables and MaxCells cap the number of tables and of cells in one document.
	MaxTables int
	MaxCells  int
}

// DefaultLimits are far above any real report (a large one is ~2 MB of document.xml,
// 30 tables, 2 000 cells) and far below what hurts the machine.
var DefaultLimits = Limits{
	MaxFileBytes:    64 << 20,
	MaxTextBytes:    16 << 20,
	MaxXMLBytes:     64 << 20,
	MaxArchiveBytes: 128 << 20,
	MaxZipEntries:   2000,
	MaxDepth:        256,
	MaxTables:       2000,
	MaxCells:        200000,
}

// WithDefaults returns l with every zero field set from DefaultLimits.
func (l Limits) WithDefaults() Limits {
	d := DefaultLimits
	if l.MaxFileBytes > 0 {
		d.MaxFileBytes = l.MaxFileBytes
	}
	if l.MaxTextBytes > 0 {
		d.MaxTextBytes = l.MaxTextBytes
	}
	if l.MaxXMLBytes > 0 {
		d.MaxXMLBytes = l.MaxXMLBytes
	}
	if l.MaxArchiveBytes > 0 {
		d.MaxArchiveBytes = l.MaxArchiveBytes
	}
	if l.MaxZipEntries > 0 {
		d.MaxZipEntries = l.MaxZipEntries
	}
	if l.MaxDepth > 0 {
		d.MaxDepth = l.MaxDepth
	}
	if l.MaxTables > 0 {
		d.MaxTables = l.MaxTables
	}
	if l.MaxCells > 0 {
		d.MaxCells = l.MaxCells
	}
	return d
}
