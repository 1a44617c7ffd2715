package docx

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// XML namespaces the body reader acts on. Elements of other namespaces (DrawingML, VML,
// w14 …) are walked through transparently, which is how text boxes inside drawings
// are reached.
const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	nsMC      = "http://schemas.openxmlformats.org/markup-compatibility/2006"
)

// isW reports whether space is WordprocessingML. An undeclared "w" prefix (from sloppy
// generators) is taken at its word.
func isW(space string) bool { return space == nsW || space == nsWStrict || space == "w" }

type frameKind uint8

const (
	fOther frameKind = iota // transparent: its content is read as if it were not there
	fPara
	fText // w:t: its character data is text
	fTable
	fRow
	fCell
	fTxbx
	fAlt // mc:AlternateContent
	fTrPr
	fTcPr
	fRun        // w:r
	fRPr        // w:rPr of a run: only w:vanish matters
	fSdt        // w:sdt
	fSdtPr      // w:sdtPr: only w:showingPlcHdr matters
	fSdtContent // w:sdtContent
)

type frame struct {
	kind  frameKind
	taken bool // fAlt: a branch has been read; fSdt: the control shows its placeholder
}

// paraB collects one paragraph.
type paraB struct {
	sb strings.Builder
	n  int
	// after holds the blocks of text boxes anchored in this paragraph; they follow it.
	after []parser.Block
}

type merge uint8

const (
	mergeNone merge = iota
	mergeRestart
	mergeContinue
)

type cellB struct {
	blocks   []parser.Block
	hasTable bool
	span     int
	vmerge   merge
	hmerge   merge
	para     int
}

type rowB struct {
	before, after int
	cells         []*cellB
	deleted       bool
}

type tableB struct {
	rows []*rowB
	para int
}

// container is where finished blocks go: the body, a table cell or a text box.
type container struct {
	blocks *[]parser.Block
	cell   *cellB
}

// chunkRef is a body-level w:altChunk: its relationship id, the index in the body where
// its blocks go, and how many paragraphs precede it.
type chunkRef struct {
	id        string
	at, paras int
}

// maxChunks bounds the imported parts followed (real files have one).
const maxChunks = 16

type bodyReader struct {
	chunks []chunkRef
	dec    *xml.Decoder
	lim    parser.Limits
	depth  int
	skip   int // >0 while inside a skipped subtree: its open element count
	frames []frame
	paras  []*paraB
	tables []*tableB
	conts  []container
	// fields holds, for each open complex field, whether its result part has begun;
	// hidden counts the fields still in their instruction part.
	fields                           []bool
	hidden                           int
	vanish                           bool // the open run is hidden text (w:vanish)
	prompt                           int  // open content controls showing their placeholder prompt
	paraN                            int
	tableCount, cellCount, gridCells int
	body                             []parser.Block
	open                             []xml.Name        // raw names of the open elements, to check nesting
	ns                               map[string]string // prefix → namespace URI
}

// readBody reads a WordprocessingML main document part in one streaming pass.
func readBody(r io.Reader, lim parser.Limits) (*parser.Document, error) {
	doc, _, err := readBodyChunks(r, lim)
	return doc, err
}

// readBodyChunks is readBody that also reports the w:altChunk references.
func readBodyChunks(r io.Reader, lim parser.Limits) (*parser.Document, []chunkRef, error) {
	br := &bodyReader{dec: xml.NewDecoder(r), lim: lim}
	br.dec.Strict = true
	br.frames = make([]frame, 0, 32)
	br.open = make([]xml.Name, 0, 32)
	br.ns = make(map[string]string, 32)
	br.body = make([]parser.Block, 0, 64)
	br.conts = append(br.conts, container{blocks: &br.body})
	if err := br.run(); err != nil {
		return nil, nil, err
	}
	return &parser.Document{Input: parser.InputDocx, Blocks: br.body}, br.chunks, nil
}

func (br *bodyReader) run() error {
	sawRoot := false
	for {
		// RawToken, not Token: Token's namespace bookkeeping is a third of the
		// allocations; we resolve the few prefixes we need and check nesting ourselves.
		tok, err := br.dec.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			if errors.Is(err, ErrLimit) {
				return err
			}
			return fmt.Errorf("%w: %w", ErrCorrupt, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			sawRoot = true
			br.depth++
			if br.depth > br.lim.MaxDepth {
				return fmt.Errorf("XML nested deeper than %d elements: %w", br.lim.MaxDepth, ErrLimit)
			}
			br.open = append(br.open, t.Name)
			br.resolveNS(&t)
			if br.skip > 0 {
				br.skip++
				continue
			}
			if err := br.start(&t); err != nil {
				return err
			}
		case xml.EndElement:
			if n := len(br.open); n == 0 || br.open[n-1] != t.Name {
				return fmt.Errorf("element closed by </%s:%s> out of order: %w", t.Name.Space, t.Name.Local, ErrCorrupt)
			}
			br.open = br.open[:len(br.open)-1]
			br.depth--
			if br.skip > 0 {
				br.skip--
				continue
			}
			if err := br.end(); err != nil {
				return err
			}
		case xml.CharData:
			if br.skip == 0 && len(br.frames) > 0 && br.frames[len(br.frames)-1].kind == fText {
				br.write(t)
			}
		case xml.Directive:
			return fmt.Errorf("refusing XML directive <!%.20s…> (DOCTYPE/ENTITY never occur in .docx): %w", t, ErrCorrupt)
		}
	}
	if !sawRoot {
		return fmt.Errorf("no XML content: %w", ErrCorrupt)
	}
	if br.depth != 0 {
		return fmt.Errorf("XML cut short: %w", ErrCorrupt)
	}
	return nil
}

// resolveNS turns the element's prefix into its namespace URI. Prefix declarations are
// recorded document-wide, not per scope: WordprocessingML producers declare them on the
// root and never rebind w or mc.
func (br *bodyReader) resolveNS(t *xml.StartElement) {
	for _, a := range t.Attr {
		switch {
		case a.Name.Space == "xmlns":
			br.ns[a.Name.Local] = a.Value
		case a.Name.Space == "" && a.Name.Local == "xmlns":
			br.ns[""] = a.Value
		}
	}
	if uri, ok := br.ns[t.Name.Space]; ok {
		t.Name.Space = uri
	}
}

func (br *bodyReader) push(k frameKind) { br.frames = append(br.frames, frame{kind: k}) }

func (br *bodyReader) top() *frame {
	if len(br.frames) == 0 {
		return nil
	}
	return &br.frames[len(br.frames)-1]
}

// write appends text to the open paragraph, unless a field instruction is being read.
func (br *bodyReader) write(b []byte) {
	if len(br.paras) == 0 || br.hidden > 0 || br.vanish || br.prompt > 0 {
		return
	}
	br.paras[len(br.paras)-1].sb.Write(b)
}

func (br *bodyReader) writeString(s string) {
	if len(br.paras) == 0 || br.hidden > 0 || br.vanish || br.prompt > 0 {
		return
	}
	br.paras[len(br.paras)-1].sb.WriteString(s)
}

func attr(t *xml.StartElement, local string) (string, bool) {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value, true
		}
	}
	return "", false
}

// intAttr reads w:val as a count, clamped to [0, max]; junk reads as 0.
func intAttr(t *xml.StartElement, max int) int {
	v, _ := attr(t, "val")
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || n < 0 {
		return 0
	}
	if n > max {
		return max
	}
	return n
}

func mergeAttr(t *xml.StartElement) merge {
	if v, _ := attr(t, "val"); v == "restart" {
		return mergeRestart
	}
	return mergeContinue // absent val and "continue" both mean continue
}

func (br *bodyReader) start(t *xml.StartElement) error {
	local := t.Name.Local
	if f := br.top(); f != nil && f.kind == fSdtPr {
		// An unfilled content control shows a prompt ("单击或点击此处输入文字。"),
		// which is not content: its cell or paragraph reads as empty.
		if isW(t.Name.Space) && local == "showingPlcHdr" {
			v, _ := attr(t, "val")
			br.frames[len(br.frames)-2].taken = v != "0" && v != "false" && v != "off"
		}
		br.skip = 1
		return nil
	}
	if f := br.top(); f != nil && f.kind == fRPr {
		// Hidden text (w:vanish) is not on the page the reader saw.
		if isW(t.Name.Space) && local == "vanish" {
			v, _ := attr(t, "val")
			br.vanish = v != "0" && v != "false" && v != "off"
		}
		br.skip = 1
		return nil
	}
	if f := br.top(); f != nil && (f.kind == fTrPr || f.kind == fTcPr) {
		// Row and cell properties: pick the few that shape the grid, skip the rest.
		br.props(f.kind, t)
		br.skip = 1
		return nil
	}
	if t.Name.Space == nsMC {
		switch local {
		case "AlternateContent":
			br.push(fAlt)
		case "Choice", "Fallback":
			if f := br.top(); f != nil && f.kind == fAlt {
				if f.taken {
					br.skip = 1
					return nil
				}
				f.taken = true
			}
			br.push(fOther)
		default:
			br.push(fOther)
		}
		return nil
	}
	if !isW(t.Name.Space) {
		br.push(fOther)
		return nil
	}
	switch local {
	case "p":
		br.paraN++
		br.paras = append(br.paras, &paraB{n: br.paraN})
		br.push(fPara)
	case "t":
		br.push(fText)
	case "sdt":
		br.push(fSdt)
	case "sdtPr":
		if f := br.top(); f != nil && f.kind == fSdt {
			br.push(fSdtPr)
		} else {
			br.skip = 1
		}
	case "sdtContent":
		if f := br.top(); f != nil && f.kind == fSdt && f.taken {
			br.prompt++
			br.push(fSdtContent)
		} else {
			br.push(fOther)
		}
	case "r":
		br.vanish = false
		br.push(fRun)
	case "rPr":
		if f := br.top(); f != nil && f.kind == fRun {
			br.push(fRPr)
		} else {
			br.skip = 1
		}
	case "tab", "ptab":
		br.writeString("\t")
		br.skip = 1
	case "br", "cr":
		br.writeString("\n")
		br.skip = 1
	case "noBreakHyphen":
		br.writeString("-")
		br.skip = 1
	case "fldChar":
		br.fldChar(t)
		br.skip = 1
	case "del", "moveFrom", "delText", "instrText", "delInstrText",
		"pPr", "sectPr", "tblPr", "tblPrEx", "tblGrid", "sdtEndPr",
		"smartTagPr", "customXmlPr", "sym", "softHyphen", "annotationRef",
		"footnoteReference", "endnoteReference", "commentReference":
		br.skip = 1
	case "altChunk":
		// Content imported from another part (HTML from web exporters), which Word
		// merges on opening; Read splices it in. Only body-level chunks are followed.
		if id, ok := attr(t, "id"); ok && len(br.conts) == 1 && len(br.chunks) < maxChunks {
			br.chunks = append(br.chunks, chunkRef{id: id, at: len(br.body), paras: br.paraN})
		}
		br.skip = 1
	case "tbl":
		br.tableCount++
		if br.tableCount > br.lim.MaxTables {
			return fmt.Errorf("more than %d tables: %w", br.lim.MaxTables, ErrLimit)
		}
		if c := br.conts[len(br.conts)-1]; c.cell != nil {
			c.cell.hasTable = true
		}
		br.tables = append(br.tables, &tableB{para: br.paraN + 1})
		br.push(fTable)
	case "tr":
		if len(br.tables) == 0 {
			br.push(fOther)
			return nil
		}
		tb := br.tables[len(br.tables)-1]
		tb.rows = append(tb.rows, &rowB{})
		br.push(fRow)
	case "trPr":
		if len(br.tables) == 0 || len(br.tables[len(br.tables)-1].rows) == 0 {
			br.skip = 1
			return nil
		}
		br.push(fTrPr)
	case "tc":
		if len(br.tables) == 0 {
			br.push(fOther)
			return nil
		}
		br.cellCount++
		if br.cellCount > br.lim.MaxCells {
			return fmt.Errorf("more than %d table cells: %w", br.lim.MaxCells, ErrLimit)
		}
		tb := br.tables[len(br.tables)-1]
		if len(tb.rows) == 0 {
			tb.rows = append(tb.rows, &rowB{})
		}
		row := tb.rows[len(tb.rows)-1]
		c := &cellB{span: 1, para: br.paraN + 1}
		row.cells = append(row.cells, c)
		br.conts = append(br.conts, container{blocks: &c.blocks, cell: c})
		br.push(fCell)
	case "tcPr":
		if br.curCell() == nil {
			br.skip = 1
			return nil
		}
		br.push(fTcPr)
	case "txbxContent":
		bs := make([]parser.Block, 0, 4)
		br.conts = append(br.conts, container{blocks: &bs})
		br.push(fTxbx)
	default:
		// w:r, w:ins, w:moveTo, w:sdt, w:sdtContent, w:smartTag, w:customXml,
		// w:hyperlink, w:fldSimple, w:drawing, w:pict, w:object, w:body …
		br.push(fOther)
	}
	return nil
}

// curCell is the cell whose properties are being read, if any.
func (br *bodyReader) curCell() *cellB {
	if f := br.top(); f == nil || f.kind != fCell {
		return nil
	}
	return br.conts[len(br.conts)-1].cell
}

func (br *bodyReader) props(k frameKind, t *xml.StartElement) {
	if !isW(t.Name.Space) {
		return
	}
	if k == fTrPr {
		tb := br.tables[len(br.tables)-1]
		row := tb.rows[len(tb.rows)-1]
		switch t.Name.Local {
		case "gridBefore":
			row.before = intAttr(t, br.lim.MaxCells)
		case "gridAfter":
			row.after = intAttr(t, br.lim.MaxCells)
		case "del":
			row.deleted = true
		}
		return
	}
	c := br.conts[len(br.conts)-1].cell
	if c == nil {
		return
	}
	switch t.Name.Local {
	case "gridSpan":
		if n := intAttr(t, br.lim.MaxCells); n > 1 {
			c.span = n
		}
	case "vMerge":
		c.vmerge = mergeAttr(t)
	case "hMerge":
		c.hmerge = mergeAttr(t)
	}
}

// fldChar follows complex fields: text between begin and separate is the field code,
// text between separate and end is the result the reader saw on paper.
func (br *bodyReader) fldChar(t *xml.StartElement) {
	v, _ := attr(t, "fldCharType")
	switch v {
	case "begin":
		br.fields = append(br.fields, false)
		br.hidden++
	case "separate":
		if n := len(br.fields); n > 0 && !br.fields[n-1] {
			br.fields[n-1] = true
			br.hidden--
		}
	case "end":
		if n := len(br.fields); n > 0 {
			if !br.fields[n-1] {
				br.hidden--
			}
			br.fields = br.fields[:n-1]
		}
	}
}

func (br *bodyReader) end() error {
	n := len(br.frames)
	if n == 0 {
		return fmt.Errorf("unbalanced XML: %w", ErrCorrupt)
	}
	f := br.frames[n-1]
	br.frames = br.frames[:n-1]
	switch f.kind {
	case fPara:
		p := br.paras[len(br.paras)-1]
		br.paras = br.paras[:len(br.paras)-1]
		dst := br.conts[len(br.conts)-1].blocks
		if text := trim(p.sb.String()); text != "" {
			*dst = append(*dst, parser.Block{Para: &parser.Paragraph{Text: text, Loc: parser.Loc{Para: p.n}}})
		}
		*dst = append(*dst, p.after...)
	case fRun:
		br.vanish = false
	case fSdtContent:
		br.prompt--
	case fCell:
		br.conts = br.conts[:len(br.conts)-1]
	case fTxbx:
		bs := *br.conts[len(br.conts)-1].blocks
		br.conts = br.conts[:len(br.conts)-1]
		if len(br.paras) > 0 {
			p := br.paras[len(br.paras)-1]
			p.after = append(p.after, bs...)
		} else {
			dst := br.conts[len(br.conts)-1].blocks
			*dst = append(*dst, bs...)
		}
	case fTable:
		tb := br.tables[len(br.tables)-1]
		br.tables = br.tables[:len(br.tables)-1]
		dst := br.conts[len(br.conts)-1].blocks
		out, err := br.resolve(tb, *dst)
		if err != nil {
			return err
		}
		*dst = out
	}
	return nil
}

// trim strips what Word users type around text: ASCII white space, U+3000 and NBSP.
func trim(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		switch r {
		case ' ', '\t', '\n', '\r', '\v', '\f', '\u3000', '\u00a0', '\ufeff':
			return true
		}
		return false
	})
}
