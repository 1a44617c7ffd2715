package docx

import (
	"bytes"
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
	fPPr        // w:pPr of a paragraph, read only when the document has lists (numbering.go)
	fNumPr      // w:numPr in it
	fMarkRPr    // w:rPr in it: the paragraph mark's properties (a deleted mark)
)

type frame struct {
	kind  frameKind
	taken bool // fAlt: a branch has been read; fSdt: the control shows its placeholder
}

// paraB collects one paragraph.
type paraB struct {
	buf []byte // reused from paragraph to paragraph (see newPara)
	n   int
	// after holds the blocks of text boxes anchored in this paragraph; they follow it.
	after []parser.Block
	// num is what the paragraph's properties say about list numbering; label the
	// number drawn before its text (numbering.go), reused like buf.
	num   paraNum
	label []byte
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
	lim    parser.Limits
	lists  *listState // nil when the document has no list numbering
	depth  int
	skip   int // >0 while inside a skipped subtree: its open element count
	frames []frame
	paras  []*paraB
	// freeParas holds finished paragraph builders for reuse; cellSlab is where the
	// next cells are carved from.
	freeParas []*paraB
	cellSlab  []cellB
	tables    []*tableB
	conts     []container
	// fields holds, for each open complex field, whether its result part has begun;
	// hidden counts the fields still in their instruction part.
	fields                           []bool
	hidden                           int
	vanish                           bool // the open run is hidden text (w:vanish)
	prompt                           int  // open content controls showing their placeholder prompt
	paraN                            int
	tableCount, cellCount, gridCells int
	sawRoot                          bool
	body                             []parser.Block
	// The raw names of the open elements, to check nesting: their bytes end to end
	// and where each ends. Offsets, not slices: a stack of pointers costs a write
	// barrier per push while the collector runs, which in a folder run is often.
	openNames []byte
	openEnds  []int32
	ns        map[string]string // prefix → namespace URI
	sc        scanner           // the fast path's scratch space
	// The last prefix resolved (bytes that stay put: the document buffer, or a copy).
	lastSpace []byte
	lastKind  nsKind
	lastOK    bool
}

// nsKind is what the body reader makes of an element's namespace.
type nsKind uint8

const (
	nsOther nsKind = iota
	nsKindW
	nsKindMC
)

// elem is a start tag as the body reader sees it, from either tokenizer: names and
// values are slices of the document buffer or of scratch space, valid until the next
// tag, so whatever is kept must be copied.
type elem struct {
	raw   []byte // the qualified name as written, to check nesting
	space []byte // the prefix, split as encoding/xml does (":a" and "a:" have none)
	local []byte
	attrs []xattr
	src   []byte // what the attributes' names and raw values are spans of
	dec   []byte // what decoded values are spans of
	ns    nsKind // set by resolveNS
}

// xattr is an attribute as spans (offsets, so that the scratch list of attributes
// holds no pointers): space and local in src, val decoded (references replaced,
// CR LF folded) in src when nothing needed decoding, else in dec.
type xattr struct {
	space, local, val span
	valDec            bool
}

type span struct{ off, end int32 }

func (e *elem) attrSpace(a *xattr) []byte { return e.src[a.space.off:a.space.end] }
func (e *elem) attrLocal(a *xattr) []byte { return e.src[a.local.off:a.local.end] }
func (e *elem) attrVal(a *xattr) []byte {
	if a.valDec {
		return e.dec[a.val.off:a.val.end]
	}
	return e.src[a.val.off:a.val.end]
}

// readBody reads a WordprocessingML main document part in one pass.
func readBody(r io.Reader, lim parser.Limits) (*parser.Document, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrCorrupt, err)
	}
	doc, _, err := readBodyChunks(data, lim, nil)
	return doc, err
}

// readBodyChunks is readBody over the whole part in memory, and also reports the
// w:altChunk references.
//
// The hand-written scanner of scan.go reads the part; encoding/xml (xmltok.go) is the
// reference it must agree with, and decides whenever the scanner meets anything it
// does not accept: malformed or unusual XML (non-ASCII names, DOCTYPE, an encoding
// other than UTF-8 …). So a damaged file gets encoding/xml's exact verdict and message,
// and a sound one is read at the scanner's speed (FuzzScanner checks they agree).
//
// num holds the document's list definitions (nil: none); each reading counts afresh.
func readBodyChunks(data []byte, lim parser.Limits, num *numbering) (*parser.Document, []chunkRef, error) {
	br := newBodyReader(lim)
	br.lists = newListState(num)
	err := br.scan(data)
	if err != nil && !errors.Is(err, ErrLimit) {
		br = newBodyReader(lim)
		br.lists = newListState(num)
		err = br.runXML(bytes.NewReader(data))
	}
	if err != nil {
		return nil, nil, err
	}
	return &parser.Document{Input: parser.InputDocx, Blocks: br.body}, br.chunks, nil
}

func newBodyReader(lim parser.Limits) *bodyReader {
	br := &bodyReader{lim: lim}
	br.frames = make([]frame, 0, 32)
	br.openNames = make([]byte, 0, 256)
	br.openEnds = make([]int32, 0, 32)
	br.ns = make(map[string]string, 8)
	br.body = make([]parser.Block, 0, 64)
	br.conts = append(br.conts, container{blocks: &br.body})
	return br
}

// startTag takes a start tag from either tokenizer.
func (br *bodyReader) startTag(e *elem) error {
	br.sawRoot = true
	br.depth++
	if br.depth > br.lim.MaxDepth {
		return fmt.Errorf("XML nested deeper than %d elements: %w", br.lim.MaxDepth, ErrLimit)
	}
	br.openNames = append(br.openNames, e.raw...)
	br.openEnds = append(br.openEnds, int32(len(br.openNames)))
	br.resolveNS(e)
	if br.skip > 0 {
		br.skip++
		return nil
	}
	return br.start(e)
}

// endTag takes an end tag (raw qualified name) from either tokenizer.
func (br *bodyReader) endTag(raw []byte, space, local string) error {
	n := len(br.openEnds)
	if n == 0 {
		return fmt.Errorf("element closed by </%s:%s> out of order: %w", space, local, ErrCorrupt)
	}
	start := int32(0)
	if n > 1 {
		start = br.openEnds[n-2]
	}
	if !bytes.Equal(br.openNames[start:br.openEnds[n-1]], raw) {
		return fmt.Errorf("element closed by </%s:%s> out of order: %w", space, local, ErrCorrupt)
	}
	br.openNames = br.openNames[:start]
	br.openEnds = br.openEnds[:n-1]
	br.depth--
	if br.skip > 0 {
		br.skip--
		return nil
	}
	return br.end()
}

// charData takes decoded character data.
func (br *bodyReader) charData(b []byte) {
	if br.skip == 0 && len(br.frames) > 0 && br.frames[len(br.frames)-1].kind == fText {
		br.write(b)
	}
}

// finish checks the end of the part.
func (br *bodyReader) finish() error {
	if !br.sawRoot {
		return fmt.Errorf("no XML content: %w", ErrCorrupt)
	}
	if br.depth != 0 {
		return fmt.Errorf("XML cut short: %w", ErrCorrupt)
	}
	return nil
}

// resolveNS finds the namespace of the element's prefix. Prefix declarations are
// recorded document-wide, not per scope: WordprocessingML producers declare them on the
// root and never rebind w or mc. An undeclared prefix stands for itself.
func (br *bodyReader) resolveNS(e *elem) {
	for i := range e.attrs {
		a := &e.attrs[i]
		switch space := e.attrSpace(a); {
		case string(space) == "xmlns":
			br.ns[string(e.attrLocal(a))] = string(e.attrVal(a))
			br.lastOK = false
		case len(space) == 0 && string(e.attrLocal(a)) == "xmlns":
			br.ns[""] = string(e.attrVal(a))
			br.lastOK = false
		}
	}
	// Nearly every element of a body is w:something: remember the last answer
	// rather than hash the prefix each time.
	if br.lastOK && bytes.Equal(e.space, br.lastSpace) {
		e.ns = br.lastKind
		return
	}
	if uri, ok := br.ns[string(e.space)]; ok {
		e.ns = classifyNS(uri)
	} else {
		e.ns = classifyNS(string(e.space))
	}
	br.lastSpace, br.lastKind, br.lastOK = e.space, e.ns, true
}

// classifyNS: an undeclared "w" prefix (from sloppy generators) is taken at its word.
func classifyNS(uri string) nsKind {
	switch uri {
	case nsW, nsWStrict, "w":
		return nsKindW
	case nsMC:
		return nsKindMC
	}
	return nsOther
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
	p := br.paras[len(br.paras)-1]
	p.buf = append(p.buf, b...)
}

func (br *bodyReader) writeString(s string) {
	if len(br.paras) == 0 || br.hidden > 0 || br.vanish || br.prompt > 0 {
		return
	}
	p := br.paras[len(br.paras)-1]
	p.buf = append(p.buf, s...)
}

// attr returns the value of the first attribute of that local name, whatever its prefix.
func attr(e *elem, local string) ([]byte, bool) {
	for i := range e.attrs {
		if a := &e.attrs[i]; string(e.attrLocal(a)) == local {
			return e.attrVal(a), true
		}
	}
	return nil, false
}

// intAttr reads w:val as a count, clamped to [0, max]; junk reads as 0.
func intAttr(e *elem, max int) int {
	v, _ := attr(e, "val")
	n, err := strconv.Atoi(strings.TrimSpace(string(v)))
	if err != nil || n < 0 {
		return 0
	}
	if n > max {
		return max
	}
	return n
}

func mergeAttr(e *elem) merge {
	if v, _ := attr(e, "val"); string(v) == "restart" {
		return mergeRestart
	}
	return mergeContinue // absent val and "continue" both mean continue
}

// onOff reads a w:val toggle: absent means on.
func onOff(e *elem) bool {
	v, _ := attr(e, "val")
	s := string(v)
	return s != "0" && s != "false" && s != "off"
}

func (br *bodyReader) start(t *elem) error {
	local := string(t.local)
	if f := br.top(); f != nil && f.kind == fSdtPr {
		// An unfilled content control shows a prompt ("单击或点击此处输入文字。"),
		// which is not content: its cell or paragraph reads as empty.
		if t.ns == nsKindW && local == "showingPlcHdr" {
			br.frames[len(br.frames)-2].taken = onOff(t)
		}
		br.skip = 1
		return nil
	}
	if f := br.top(); f != nil && f.kind == fRPr {
		// Hidden text (w:vanish) is not on the page the reader saw.
		if t.ns == nsKindW && local == "vanish" {
			br.vanish = onOff(t)
		}
		br.skip = 1
		return nil
	}
	if f := br.top(); f != nil && (f.kind == fPPr || f.kind == fNumPr || f.kind == fMarkRPr) {
		br.paraProps(f.kind, t)
		return nil
	}
	if f := br.top(); f != nil && (f.kind == fTrPr || f.kind == fTcPr) {
		// Row and cell properties: pick the few that shape the grid, skip the rest.
		br.props(f.kind, t)
		br.skip = 1
		return nil
	}
	if t.ns == nsKindMC {
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
	if t.ns != nsKindW {
		br.push(fOther)
		return nil
	}
	switch local {
	case "p":
		br.paraN++
		br.paras = append(br.paras, br.newPara())
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
		"sectPr", "tblPr", "tblPrEx", "tblGrid", "sdtEndPr",
		"smartTagPr", "customXmlPr", "sym", "softHyphen", "annotationRef",
		"footnoteReference", "endnoteReference", "commentReference":
		br.skip = 1
	case "altChunk":
		// Content imported from another part (HTML from web exporters), which Word
		// merges on opening; Read splices it in. Only body-level chunks are followed.
		if id, ok := attr(t, "id"); ok && len(br.conts) == 1 && len(br.chunks) < maxChunks {
			br.chunks = append(br.chunks, chunkRef{id: string(id), at: len(br.body), paras: br.paraN})
		}
		br.skip = 1
	case "pPr":
		// Paragraph properties matter only for list numbering.
		if f := br.top(); br.lists != nil && f != nil && f.kind == fPara {
			br.push(fPPr)
		} else {
			br.skip = 1
		}
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
		c := br.newCell()
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

// paraProps reads the few paragraph properties list numbering needs: the style
// (w:pStyle), w:numPr's w:numId and w:ilvl, and whether the paragraph mark is deleted.
// Everything else in w:pPr (w:pPrChange's old properties among it) is skipped.
func (br *bodyReader) paraProps(k frameKind, t *elem) {
	p := br.paras[len(br.paras)-1]
	if t.ns != nsKindW {
		br.skip = 1
		return
	}
	switch k {
	case fPPr:
		switch string(t.local) {
		case "pStyle":
			v, _ := attr(t, "val")
			p.num.style, p.num.styleSet = br.lists.defs.styles[string(v)], true
		case "numPr":
			br.push(fNumPr)
			return
		case "rPr":
			br.push(fMarkRPr)
			return
		}
	case fNumPr:
		v, _ := attr(t, "val")
		n, err := strconv.Atoi(strings.TrimSpace(string(v)))
		if err == nil && n >= 0 {
			switch string(t.local) {
			case "numId":
				p.num.numID, p.num.numIDSet = n, true
			case "ilvl":
				p.num.ilvl, p.num.ilvlSet = min(n, 9), true
			}
		}
	case fMarkRPr:
		if l := string(t.local); l == "del" || l == "moveFrom" {
			p.num.deleted = true
		}
	}
	br.skip = 1
}

// curCell is the cell whose properties are being read, if any.
func (br *bodyReader) curCell() *cellB {
	if f := br.top(); f == nil || f.kind != fCell {
		return nil
	}
	return br.conts[len(br.conts)-1].cell
}

func (br *bodyReader) props(k frameKind, t *elem) {
	if t.ns != nsKindW {
		return
	}
	if k == fTrPr {
		tb := br.tables[len(br.tables)-1]
		row := tb.rows[len(tb.rows)-1]
		switch string(t.local) {
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
	switch string(t.local) {
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
func (br *bodyReader) fldChar(t *elem) {
	v, _ := attr(t, "fldCharType")
	switch string(v) {
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
	case fPPr:
		p := br.paras[len(br.paras)-1]
		p.label = br.lists.label(&p.num, p.label[:0])
	case fPara:
		p := br.paras[len(br.paras)-1]
		br.paras = br.paras[:len(br.paras)-1]
		dst := br.conts[len(br.conts)-1].blocks
		if br.lists != nil && !p.num.done {
			p.label = br.lists.label(&p.num, p.label[:0]) // no w:pPr: the default style's list
		}
		text := trimBytes(p.buf)
		if len(text) > 0 && len(p.label) > 0 {
			p.label = append(p.label, text...)
			text = p.label
		}
		if len(text) > 0 {
			*dst = append(*dst, parser.Block{Para: &parser.Paragraph{Text: string(text), Loc: parser.Loc{Para: p.n}}})
		}
		*dst = append(*dst, p.after...)
		br.freeParas = append(br.freeParas, p)
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

// newPara takes a paragraph builder from the free list: a report has hundreds of
// paragraphs, and a fresh builder each (and its growing text buffer) was a third of
// the reader's allocations.
func (br *bodyReader) newPara() *paraB {
	if n := len(br.freeParas); n > 0 {
		p := br.freeParas[n-1]
		br.freeParas = br.freeParas[:n-1]
		*p = paraB{buf: p.buf[:0], n: br.paraN, after: p.after[:0], label: p.label[:0]}
		return p
	}
	return &paraB{n: br.paraN}
}

// newCell allocates cells a slab at a time (a report has hundreds; they live until
// the table is resolved, so they cannot be reused).
func (br *bodyReader) newCell() *cellB {
	if len(br.cellSlab) == 0 {
		br.cellSlab = make([]cellB, 64)
	}
	c := &br.cellSlab[0]
	br.cellSlab = br.cellSlab[1:]
	*c = cellB{span: 1, para: br.paraN + 1}
	return c
}

// trimBytes strips what Word users type around text: ASCII white space, U+3000 and
// NBSP (and a stray BOM). On bytes, so that only the trimmed text becomes a string.
func trimBytes(b []byte) []byte {
	return bytes.TrimFunc(b, isTrimmed)
}

func isTrimmed(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', '\u3000', '\u00a0', '\ufeff':
		return true
	}
	return false
}
