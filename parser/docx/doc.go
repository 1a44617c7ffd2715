// Package docx reads .docx (OOXML WordprocessingML) files into a parser.Document:
// paragraphs and tables in reading order, merged cells resolved into a rectangular grid.
// It knows the file format and nothing of the report it holds.
//
// # Why our own one-pass reader and not go-docx for the body
//
// The design card names github.com/fumiama/go-docx for .docx. We evaluated its parser
// (v0.0.0-20250506085032) and use it where it serves well: its writer builds the test
// fixtures (see fixtures_test.go). The body of a report is read in one pass by this
// package instead — a hand-written scanner over document.xml held in memory (scan.go),
// with encoding/xml's strict tokenizer as its reference and fallback (xmltok.go) —
// because go-docx's parser
//
//   - drops content real reports carry: at block level it keeps only w:p, w:tbl and
//     w:sectPr, so a block-level content control (w:sdt) loses whole paragraphs and
//     tables; in a paragraph it keeps only w:r and w:hyperlink, so text inside w:ins
//     (tracked insertions), w:smartTag, w:customXml, w:fldSimple and run-level w:sdt is
//     lost; a row keeps only w:trPr and w:tc, so rows in w:sdt / w:customXml, cells in
//     w:sdt, and w:gridBefore / w:gridAfter are lost (the grid shifts left);
//     mc:AlternateContent and complex fields (w:fldChar) are not interpreted, so text
//     boxes and field results cannot be read once and only once;
//   - reads every zip entry under word/media into memory (and decodes image headers)
//     and keeps the whole archive for re-packing, a cost a linter pays for nothing, and
//     has no size, depth or count limits, which we need against hostile files;
//   - decodes into a full object tree through encoding/xml's namespace-translating
//     Token, where we need a single pass; and encoding/xml itself, even its RawToken,
//     was nine tenths of our reader's time (a string per name and attribute, an
//     interface per token), so the hot path does not use it at all;
//   - is AGPL-3.0, a licence question for whoever ships the binary (the template writer
//     links it); the reader need not add to that.
//
// Measured on our fixtures (go-docx v0.0.0-20250506085032): of sdt.docx it returns
// only the last paragraph (title and table lost); in tracked.docx "收到申请24件" reads
// "收到申请件"; in runs.docx the smart-tag date, the custom-XML issuer and the simple-field
// page number vanish and a field's code shows next to its result ("«x»非空"); no text box
// of textbox.docx is read. On the official blank it makes 80 k allocations and 3.6 MB per
// parse; our encoding/xml loop made 56 k and 2.0 MB, the scanner makes 863 and 0.1 MB
// (docs/PERFORMANCE.md).
//
// # What is read
//
// Only the main document part (found through _rels/.rels, normally word/document.xml)
// and docProps/core.xml for Document.Meta ("created", "modified"), plus any HTML part
// a body-level w:altChunk imports (web systems' "export to Word" writes the whole report
// that way; parser/html reads it and its blocks are spliced in place), and the numbering
// and styles parts for automatic list numbering: a paragraph numbered by Word's or WPS's
// lists (一、总体情况, （一）予以公开, 1. 属于国家秘密) carries the number Word draws
// before its text (numbering.go says how it is counted and rendered). Never media,
// headers, footers, footnotes or comments.
//
// Text rules: runs are joined; w:br and w:cr become "\n", w:tab "\t"; text inside w:ins
// and w:moveTo counts, w:del, w:delText and w:moveFrom do not, nor does hidden text
// (w:vanish on the run; hiding through a style is not seen); of a complex field
// (w:fldChar begin/separate/end) the result is kept and the w:instrText dropped; content
// controls, smart tags, custom XML, hyperlinks and simple fields are transparent, except
// that an unfilled content control (w:showingPlcHdr) reads as empty, not as its prompt
// text ("单击或点击此处输入文字。"); of an mc:AlternateContent only the first branch
// (the first mc:Choice, else the mc:Fallback) is read, so a text box written twice
// (DrawingML and VML) is read once; text-box paragraphs (w:txbxContent) follow the
// paragraph that anchors them.
// Ideographic spaces and full-width digits are left as they are (recognition folds them).
// Paragraph text is trimmed of ASCII space, U+3000 and NBSP; empty paragraphs are not
// emitted, but every w:p read counts for Loc.Para.
//
// Tables: w:gridSpan, w:vMerge (restart/continue, either spelling), the legacy w:hMerge,
// and w:gridBefore / w:gridAfter are resolved into a grid as wide as the widest row;
// shorter rows are padded with empty slots. A vMerge continue slot copies the text,
// Loc and origin of the slot above it. Rows and cells wrapped in w:sdt or w:customXml
// are read as if unwrapped; a row deleted in tracked changes is dropped.
//
// Nested tables: a table any of whose cells holds a table is taken to be a layout frame
// (typically a one-cell table used as a page border around the whole report). It is
// dissolved: its cells' contents, row by row and left to right, each merged cell once,
// become blocks of their own, so the inner paragraphs and tables reach recognition as if
// the frame were not there. A table without nested tables is kept as a grid, and so is
// one whose nested tables are all one-row tables with at most one paragraph beside them
// in their cell (cells copied from Excel and pasted into a single cell): the nested
// cells' text, joined with "\n", is the outer cell's text. A table
// broken in two at a page break is two tables here; recognition joins them.
//
// Tables typed with TABs: a run of consecutive body paragraphs laid out in TAB-separated
// fields with figures among them (表四's fifteen figures on a line under its labels) is
// read as a Ragged table, as parser/text reads the same lines of Word's plain text
// (tabrows.go says which runs qualify).
//
// Safety: the zip is opened from memory; the entry count (from the end-of-central-
// directory record, before archive/zip allocates anything), each part's declared size
// (against Limits.MaxXMLBytes, and their sum against Limits.MaxArchiveBytes) are checked
// before inflating; archive/zip itself refuses to inflate past an entry's declared size,
// and our limiting reader stands behind it, so a lying header gains nothing. The main
// part is inflated once into one buffer sized from its declared size; one declared over
// 8 MiB is streamed through encoding/xml instead, so memory stays bounded. XML nesting
// is capped at Limits.MaxDepth, tables and grid cells at Limits.MaxTables / MaxCells.
// A DOCTYPE (and so any entity) is refused. Every failure is an error wrapping one of
// ErrNotZip, ErrNotDocx, ErrLimit or ErrCorrupt.
package docx
