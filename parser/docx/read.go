package docx

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// Errors a caller can tell apart with errors.Is, to give the user the right reason.
var (
	// ErrNotZip: the bytes are not a zip archive at all (or its directory is broken).
	ErrNotZip = errors.New("not a zip archive")
	// ErrNotDocx: a zip archive, but not a Word document (no main document part).
	ErrNotDocx = errors.New("not a Word .docx document")
	// ErrLimit: the file exceeds one of parser.Limits.
	ErrLimit = errors.New("over a safety limit")
	// ErrCorrupt: the document part is damaged (cut, malformed XML, bad compression) or
	// uses XML features a .docx never needs (DOCTYPE, entities).
	ErrCorrupt = errors.New("damaged document")
)

const (
	mainDocument   = "word/document.xml"
	coreProperties = "docProps/core.xml"
	packageRels    = "_rels/.rels"
	// relsLimit caps the package relationships and core properties parts, which are
	// a few hundred bytes in real files.
	relsLimit = 1 << 20
)

// Read turns the bytes of a .docx file into a Document. See the package doc for what is
// read and how. It never panics on any input; errors wrap ErrNotZip, ErrNotDocx, ErrLimit
// or ErrCorrupt.
func Read(data []byte, lim parser.Limits) (*parser.Document, error) {
	lim = lim.WithDefaults()
	if int64(len(data)) > lim.MaxFileBytes {
		return nil, fmt.Errorf("docx: file is %d bytes, over the %d-byte limit: %w", len(data), lim.MaxFileBytes, ErrLimit)
	}
	// archive/zip allocates one header per directory record before we could count them,
	// so read the count from the end-of-central-directory record first.
	if n, ok := declaredEntries(data); ok && n > lim.MaxZipEntries {
		return nil, fmt.Errorf("docx: archive declares %d entries, over the limit of %d: %w", n, lim.MaxZipEntries, ErrLimit)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !(errors.Is(err, zip.ErrInsecurePath) && zr != nil) {
		return nil, fmt.Errorf("docx: open archive: %w: %w", ErrNotZip, err)
	}
	if len(zr.File) > lim.MaxZipEntries {
		return nil, fmt.Errorf("docx: archive has %d entries, over the limit of %d: %w", len(zr.File), lim.MaxZipEntries, ErrLimit)
	}
	a := &archive{zr: zr, lim: lim, budget: lim.MaxArchiveBytes}

	mainName, coreName := a.partNames()
	f := a.find(mainName)
	if f == nil && mainName != mainDocument {
		mainName = mainDocument
		f = a.find(mainName)
	}
	if f == nil {
		if a.find("content.xml") != nil && a.find("mimetype") != nil {
			return nil, fmt.Errorf("docx: archive is an OpenDocument file (.odt?), not .docx: %w", ErrNotDocx)
		}
		return nil, fmt.Errorf("docx: archive has no %s: %w", mainDocument, ErrNotDocx)
	}
	// List numbering (numbering.go) is a courtesy too: without it paragraphs keep
	// their bare text.
	num := a.loadNumbering(mainName, f.UncompressedSize64)
	doc, chunks, err := a.readMain(f, lim, num)
	if err != nil {
		var oe openError
		if errors.As(err, &oe) {
			return nil, oe.err
		}
		return nil, fmt.Errorf("docx: %s: %w", mainName, err)
	}
	if len(chunks) > 0 {
		if err := a.spliceChunks(doc, chunks, mainName); err != nil {
			return nil, err
		}
	}
	doc.Blocks = tabTables(doc.Blocks)
	// Core properties are a courtesy: a missing, oversized or damaged core.xml never
	// makes the document unreadable.
	if cf := a.find(coreName); cf != nil {
		if rc, err := a.open(cf, relsLimit); err == nil {
			doc.Meta = readCore(rc, lim.MaxDepth)
			rc.Close()
		}
	}
	return doc, nil
}

// declaredEntries reads the total entry count from the zip's end-of-central-directory
// record. ok is false when there is no such record or it defers to zip64 (then the
// count is checked after archive/zip has read the directory).
func declaredEntries(data []byte) (n int, ok bool) {
	const eocdLen = 22
	if len(data) < eocdLen {
		return 0, false
	}
	start := len(data) - (eocdLen + 0xFFFF)
	if start < 0 {
		start = 0
	}
	i := bytes.LastIndex(data[start:], []byte("PK\x05\x06"))
	if i < 0 || start+i+eocdLen > len(data) {
		return 0, false
	}
	rec := data[start+i:]
	total := binary.LittleEndian.Uint16(rec[10:12])
	if total == 0xFFFF {
		return 0, false
	}
	return int(total), true
}

type archive struct {
	zr     *zip.Reader
	lim    parser.Limits
	budget int64 // uncompressed bytes still allowed under MaxArchiveBytes
}

// find returns the entry of a part by name. OPC part names are case-insensitive, and
// some generators write Windows separators.
func (a *archive) find(name string) *zip.File {
	for _, f := range a.zr.File {
		n := f.Name
		if strings.IndexByte(n, '\\') >= 0 {
			n = strings.ReplaceAll(n, "\\", "/")
		}
		n = strings.TrimPrefix(n, "/")
		if strings.EqualFold(n, name) {
			return f
		}
	}
	return nil
}

// open checks a part's declared size against max and the archive budget before
// inflating it, and returns a reader that fails rather than deliver more than max bytes
// whatever the header said.
func (a *archive) open(f *zip.File, max int64) (io.ReadCloser, error) {
	size := f.UncompressedSize64
	if size > uint64(max) {
		return nil, fmt.Errorf("docx: %s is %d bytes uncompressed, over the %d-byte limit: %w", f.Name, size, max, ErrLimit)
	}
	if int64(size) > a.budget {
		return nil, fmt.Errorf("docx: archive inflates to more than %d bytes: %w", a.lim.MaxArchiveBytes, ErrLimit)
	}
	a.budget -= int64(size)
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("docx: open %s: %w: %w", f.Name, ErrCorrupt, err)
	}
	return &limitedReadCloser{rc: rc, left: max, name: f.Name}, nil
}

// maxInMemory: a main document part declared larger than this is streamed through
// encoding/xml (as every part was before the scanner) instead of being held whole. A
// report's document.xml is a few hundred kilobytes, 2 MB for a long one; a part of
// tens of megabytes is unusual or hostile (a bomb of zeros declared at the limit), and
// holding it would cost its size in memory in every worker, where streaming stops at
// the first byte that is not XML. (A header that declares less than the part holds
// gains nothing: archive/zip stops at the declared size.)
//
// A variable so that a test can send every part down the streaming path.
var maxInMemory uint64 = 8 << 20

// openError is an error of opening or inflating a part, whose message names the part.
type openError struct{ err error }

func (e openError) Error() string { return e.err.Error() }
func (e openError) Unwrap() error { return e.err }

// readMain reads the main document part: inflated into one buffer and scanned, or
// streamed through encoding/xml when it is declared larger than maxInMemory.
func (a *archive) readMain(f *zip.File, lim parser.Limits, num *numbering) (*parser.Document, []chunkRef, error) {
	if f.UncompressedSize64 > maxInMemory {
		rc, err := a.open(f, lim.MaxXMLBytes)
		if err != nil {
			return nil, nil, openError{err}
		}
		defer rc.Close()
		br := newBodyReader(lim)
		br.lists = newListState(num)
		if err := br.runXML(rc); err != nil {
			return nil, nil, err
		}
		return &parser.Document{Input: parser.InputDocx, Blocks: br.body}, br.chunks, nil
	}
	buf, err := a.inflate(f, lim.MaxXMLBytes)
	if err != nil {
		return nil, nil, openError{err}
	}
	defer putBuffer(buf)
	return readBodyChunks(*buf, lim, num)
}

// inflate reads a whole part into one buffer, sized from the declared size: the part
// is inflated once, never copied, and the scanner works on it in place. The buffer
// comes from a pool (put it back with putBuffer once nothing points into it): a
// report's document.xml is a few hundred kilobytes, and a folder run would otherwise
// allocate and zero that much per file.
func (a *archive) inflate(f *zip.File, max int64) (*[]byte, error) {
	rc, err := a.open(f, max)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	buf := getBuffer(int(f.UncompressedSize64) + 1) // +1: the EOF read needs no growth
	b := (*buf)[:0]
	for {
		if len(b) == cap(b) {
			// The header lied low (archive/zip will say so) or a reader gave more:
			// grow, the limited reader stops us at max.
			b = append(b, 0)[:len(b)]
		}
		n, err := rc.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			*buf = b
			putBuffer(buf)
			if errors.Is(err, ErrLimit) {
				return nil, err
			}
			return nil, fmt.Errorf("docx: %s: %w: %w", f.Name, ErrCorrupt, err)
		}
	}
	*buf = b
	return buf, nil
}

// bufPool holds document.xml buffers. Buffers over maxPooled are left to the
// collector, so a single huge file does not pin its memory for the rest of a run.
var bufPool sync.Pool

const maxPooled = 4 << 20

func getBuffer(size int) *[]byte {
	if p, ok := bufPool.Get().(*[]byte); ok {
		if cap(*p) >= size {
			return p
		}
		bufPool.Put(p)
	}
	b := make([]byte, 0, size)
	return &b
}

func putBuffer(p *[]byte) {
	if cap(*p) <= maxPooled {
		*p = (*p)[:0]
		bufPool.Put(p)
	}
}

// limitedReadCloser is io.LimitReader that tells "too big" apart from a clean end.
type limitedReadCloser struct {
	rc   io.ReadCloser
	left int64
	name string
}

func (l *limitedReadCloser) Read(p []byte) (int, error) {
	if l.left <= 0 {
		// Probe one byte: a part of exactly the limit is fine, one byte more is not.
		var b [1]byte
		n, err := l.rc.Read(b[:])
		if n > 0 {
			return 0, fmt.Errorf("docx: %s inflates past its limit: %w", l.name, ErrLimit)
		}
		return 0, err
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.rc.Read(p)
	l.left -= int64(n)
	return n, err
}

func (l *limitedReadCloser) Close() error { return l.rc.Close() }

// partNames finds the main document and core properties parts through the package
// relationships, as Word does; files from odd generators put them elsewhere.
func (a *archive) partNames() (mainName, coreName string) {
	mainName, coreName = mainDocument, coreProperties
	f := a.find(packageRels)
	if f == nil {
		return
	}
	rc, err := a.open(f, relsLimit)
	if err != nil {
		return
	}
	defer rc.Close()
	dec := xml.NewDecoder(rc)
	for depth := 0; ; {
		tok, err := dec.Token()
		if err != nil {
			return
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth > a.lim.MaxDepth {
				return
			}
			if t.Name.Local != "Relationship" {
				continue
			}
			var typ, target string
			for _, at := range t.Attr {
				switch at.Name.Local {
				case "Type":
					typ = at.Value
				case "Target":
					target = strings.TrimPrefix(at.Value, "/")
				}
			}
			switch {
			case target == "":
			case strings.HasSuffix(typ, "/officeDocument"):
				mainName = target
			case strings.HasSuffix(typ, "/core-properties"):
				coreName = target
			}
		case xml.EndElement:
			depth--
		case xml.Directive:
			return
		}
	}
}

// readCore reads dcterms:created and dcterms:modified from core.xml.
func readCore(r io.Reader, maxDepth int) map[string]string {
	dec := xml.NewDecoder(r)
	var meta map[string]string
	var key string
	var sb strings.Builder
	for depth := 0; depth <= maxDepth; {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			key = ""
			if t.Name.Local == "created" || t.Name.Local == "modified" {
				key = t.Name.Local
				sb.Reset()
			}
		case xml.CharData:
			if key != "" {
				sb.Write(t)
			}
		case xml.EndElement:
			depth--
			if key != "" {
				if v := strings.TrimSpace(sb.String()); v != "" {
					if meta == nil {
						meta = make(map[string]string, 2)
					}
					meta[key] = v
				}
				key = ""
			}
		case xml.Directive:
			return nil
		}
	}
	return meta
}
