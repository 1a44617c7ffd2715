package input

import (
	"bytes"
	"encoding/binary"
	"github.com/govinfo-lint/govinfo-lint/parser/text"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// Kinds Sniff returns besides parser.InputDocx, parser.InputText and parser.InputHTML.
// They double as input.Error kinds.
const (
	KindEmpty     = "empty"
	KindBinary    = "binary"
	KindCorrupt   = "corrupt"
	KindPDF       = "pdf"
	KindImage     = "image"
	KindRTF       = "rtf"
	KindDoc       = "doc"
	KindWPS       = "wps"
	KindEncrypted = "encrypted-docx"
	KindXLS       = "xls"
	KindPPT       = "ppt"
	KindOLE       = "ole"
	KindXLSX      = "xlsx"
	KindPPTX      = "pptx"
	KindODT       = "odt"
	KindOFD       = "ofd"
	KindZip       = "zip"
	KindLock      = "lock"
	KindTooLarge  = "too-large"
	KindNotReport = "not-report"
	KindIO        = "io"
	KindMHT       = "mht"
	KindWordXML   = "word-xml"
)

// sniffWindow is how much of a file the text and HTML checks look at: enough to judge,
// cheap on a 60 MB file.
const sniffWindow = 64 << 10

// Sniff says what data is, from its content alone (never the file name): "docx", "text" or
// "html" for what a reader can take, otherwise the kind of file that cannot be read as a
// report ("pdf", "doc", "wps", "encrypted-docx", "image", "rtf", "zip", "xlsx", "lock",
// "empty", "binary", "corrupt" …). It never inflates an archive entry and reads at most
// the zip central directory or the OLE directory, so it is cheap on any input.
func Sniff(data []byte) string {
	k, _ := sniff(data)
	return k.kind
}

// sniffed is Sniff's answer with the detail the error message needs.
type sniffed struct {
	kind string
	// detail is a short, format-specific note for the message (an image's format, the
	// zip's first entries, why a zip is corrupt).
	detail string
	// detailZH is detail in Chinese, when it has words rather than names.
	detailZH string
	zip      *zipInfo
}

func sniff(data []byte) (sniffed, error) {
	switch {
	case len(data) == 0:
		return sniffed{kind: KindEmpty}, nil
	case bytes.HasPrefix(data, []byte("PK\x03\x04")), bytes.HasPrefix(data, []byte("PK\x05\x06")),
		bytes.HasPrefix(data, []byte("PK\x07\x08")):
		return sniffZip(data)
	case bytes.HasPrefix(data, oleMagic):
		return sniffed{kind: sniffOLE(data)}, nil
	case bytes.HasPrefix(data, []byte("%PDF")):
		return sniffed{kind: KindPDF}, nil
	case bytes.HasPrefix(data, []byte("{\\rtf")):
		return sniffed{kind: KindRTF}, nil
	}
	if img := imageFormat(data); img != "" {
		return sniffed{kind: KindImage, detail: img}, nil
	}
	if isLockFile(data) {
		return sniffed{kind: KindLock, detail: lockOwner(data)}, nil
	}
	// %PDF may follow a few bytes of junk (some mail gateways prepend a header).
	if i := bytes.Index(head(data, 1024), []byte("%PDF-")); i >= 0 {
		return sniffed{kind: KindPDF}, nil
	}
	if isBlank(data) {
		return sniffed{kind: KindEmpty}, nil
	}
	if k := sniffMarkup(data); k != "" {
		return sniffed{kind: k}, nil
	}
	if isHTML(data) {
		return sniffed{kind: "html"}, nil
	}
	if isText(data) {
		return sniffed{kind: "text"}, nil
	}
	return sniffed{kind: KindBinary}, nil
}

func head(data []byte, n int) []byte {
	if len(data) > n {
		return data[:n]
	}
	return data
}

// imageFormat names the image format of data, or "".
func imageFormat(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")):
		return "PNG"
	case bytes.HasPrefix(data, []byte{0xFF, 0xD8, 0xFF}):
		return "JPEG"
	case bytes.HasPrefix(data, []byte("GIF87a")), bytes.HasPrefix(data, []byte("GIF89a")):
		return "GIF"
	case bytes.HasPrefix(data, []byte("II*\x00")), bytes.HasPrefix(data, []byte("MM\x00*")):
		return "TIFF"
	case len(data) >= 12 && bytes.HasPrefix(data, []byte("RIFF")) && string(data[8:12]) == "WEBP":
		return "WebP"
	case isBMP(data):
		return "BMP"
	}
	return ""
}

// isBMP checks more than "BM", which a text file may well start with: the reserved
// bytes are zero and the info header has one of the sizes the format defines.
func isBMP(data []byte) bool {
	if len(data) < 26 || data[0] != 'B' || data[1] != 'M' {
		return false
	}
	if binary.LittleEndian.Uint32(data[6:10]) != 0 {
		return false
	}
	switch binary.LittleEndian.Uint32(data[14:18]) {
	case 12, 16, 40, 52, 56, 64, 108, 124:
		return true
	}
	return false
}

// A Word lock file (~$name.docx, also written by WPS) is 162 bytes: a length byte, the
// user name in the ANSI code page padded to 54 bytes, then the same name in UTF-16 with a
// length word, padded with zeros. Word deletes it on close; it sits in folders that were
// copied while a document was open.
const lockFileSize = 162

func isLockFile(data []byte) bool {
	if len(data) != lockFileSize {
		return false
	}
	n := int(data[0])
	if n == 0 || n > 53 {
		return false
	}
	for _, b := range data[1 : 1+n] {
		if b == 0 {
			return false
		}
	}
	// The UTF-16 copy carries the same length, when the name fits.
	if m := int(binary.LittleEndian.Uint16(data[54:56])); m != n && m != 0 {
		return false
	}
	return true
}

// lockOwner is the user name a lock file records (who had the document open).
func lockOwner(data []byte) string {
	m := int(binary.LittleEndian.Uint16(data[54:56]))
	if m > 0 && 56+2*m <= len(data) {
		u := make([]uint16, m)
		for i := range u {
			u[i] = binary.LittleEndian.Uint16(data[56+2*i:])
		}
		if s := string(utf16.Decode(u)); utf8.ValidString(s) {
			return s
		}
	}
	n := int(data[0])
	if s := string(data[1 : 1+n]); utf8.ValidString(s) {
		return s
	}
	return ""
}

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// decodeHead returns up to n bytes of data's start as UTF-8, decoding UTF-16 (BOM) and
// dropping a UTF-8 BOM; other encodings are returned as they are, which is enough for
// ASCII markers (GBK and GB18030 keep ASCII as is).
func decodeHead(data []byte, n int) []byte {
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		return head(data[3:], n)
	case bytes.HasPrefix(data, bomUTF16LE), bytes.HasPrefix(data, bomUTF16BE):
		h := head(data[2:], 2*n)
		u := make([]uint16, len(h)/2)
		for i := range u {
			if data[0] == 0xFF {
				u[i] = binary.LittleEndian.Uint16(h[2*i:])
			} else {
				u[i] = binary.BigEndian.Uint16(h[2*i:])
			}
		}
		return []byte(string(utf16.Decode(u)))
	}
	return head(data, n)
}

// isBlank: nothing but whitespace (ASCII, U+3000, NBSP, BOMs, NUL padding), in UTF-8,
// UTF-16 or GB18030 (whose ideographic space is A1 A1). It stops at the first other
// character, so it costs nothing on a real file.
func isBlank(data []byte) bool {
	if bytes.HasPrefix(data, bomUTF16LE) || bytes.HasPrefix(data, bomUTF16BE) {
		for i := 2; i+1 < len(data); i += 2 {
			c := uint16(data[i])<<8 | uint16(data[i+1])
			if data[0] == 0xFF {
				c = uint16(data[i+1])<<8 | uint16(data[i])
			}
			if !blankRune(rune(c)) {
				return false
			}
		}
		return true
	}
	for i := 0; i < len(data); {
		if data[i] == 0xA1 && i+1 < len(data) && data[i+1] == 0xA1 {
			i += 2
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError || !blankRune(r) {
			return false
		}
		i += n
	}
	return true
}

func blankRune(r rune) bool {
	switch r {
	case ' ', '\t', '\r', '\n', '\v', '\f', 0, 0x3000, 0xA0, 0xFEFF:
		return true
	}
	return false
}

// sniffMarkup finds two forms Word saves to that look like text or HTML but are neither
// a report page nor plain text: a single-file web page (.mht, MIME with quoted-printable
// HTML, Word's 「单个文件网页」) and Word XML (2003 WordML, Flat OPC).
func sniffMarkup(data []byte) string {
	h := decodeHead(data, 4096)
	t := bytes.TrimLeft(h, " \t\r\n")
	low := bytes.ToLower(t)
	switch {
	case (bytes.HasPrefix(low, []byte("mime-version:")) || bytes.HasPrefix(low, []byte("from:")) || bytes.HasPrefix(low, []byte("content-type:"))) &&
		bytes.Contains(low, []byte("multipart/related")):
		return KindMHT
	case bytes.HasPrefix(t, []byte("<")) && (bytes.Contains(h, []byte("<w:wordDocument")) || bytes.Contains(h, []byte("<pkg:package")) ||
		bytes.Contains(h, []byte("progid=\"Word.Document\"")) && !bytes.Contains(low, []byte("<html"))):
		return KindWordXML
	}
	return ""
}

var htmlMarkers = [][]byte{
	[]byte("<!doctype html"), []byte("<html"), []byte("<meta"), []byte("<table"),
	[]byte("<body"), []byte("<head"), []byte("<title"), []byte("<div"), []byte("<p>"), []byte("<p "),
}

// isHTML: after a BOM and whitespace the file opens with a tag (or a comment or an XML
// declaration), and an HTML tag appears near the start.
func isHTML(data []byte) bool {
	h := bytes.ToLower(decodeHead(data, 4096))
	t := bytes.TrimLeft(h, " \t\r\n\x00")
	if !bytes.HasPrefix(t, []byte("<")) {
		return false
	}
	for _, m := range htmlMarkers {
		if bytes.Contains(t, m) {
			return !markdownWithHTML(t)
		}
	}
	return false
}

// pageMarkers say a file is a page (or its saved body), not a fragment.
var pageMarkers = [][]byte{[]byte("<!doctype html"), []byte("<html"), []byte("<head"), []byte("<body"), []byte("<meta"), []byte("<title")}

// markdownWithHTML: a fragment that opens with a tag (pandoc's markdown starts with a raw
// <table> when the report's title sits in a one-cell table) but is mostly lines of plain
// text, as markdown is, while an HTML fragment's lines are tags. Such a file is text; the
// text reader reads the raw tables inside it.
func markdownWithHTML(h []byte) bool {
	for _, m := range pageMarkers {
		if bytes.Contains(h, m) {
			return false
		}
	}
	plain, lines := 0, 0
	for _, line := range bytes.Split(h, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		lines++
		if !bytes.ContainsAny(line, "<>") {
			plain++
		}
	}
	return plain >= 5 && plain*2 > lines
}

// isText: the start decodes as UTF-8, UTF-16 (with a BOM) or GB18030 with few control
// characters. Text readers decide the encoding themselves; this only says "worth trying".
func isText(data []byte) bool {
	if bytes.HasPrefix(data, bomUTF16LE) || bytes.HasPrefix(data, bomUTF16BE) {
		return fewControls(decodeHead(data, sniffWindow), 0)
	}
	if u, ok := utf16NoBOM(head(data, sniffWindow)); ok {
		return fewControls(u, 0)
	}
	h := head(bytes.TrimPrefix(data, bomUTF8), sniffWindow)
	if validUTF8Prefix(h, len(h) < len(data)) {
		return fewControls(h, 0)
	}
	if text.MostlyUTF8(h) {
		// UTF-8 with a few stray bytes (a GBK phrase pasted in): the text reader reads it
		// with U+FFFD for them, so it is text; the damage itself is not counted.
		return fewControls(bytes.ToValidUTF8(h, nil), 0)
	}
	dec, err := simplifiedchinese.GB18030.NewDecoder().Bytes(trimPartialGB(h, len(h) < len(data)))
	if err != nil {
		return false
	}
	return fewControls(dec, len(h)/200)
}

// utf16NoBOM recognises UTF-16 without a byte-order mark (Notepad's "Unicode" without
// BOM, some exports): ASCII characters (newlines, digits) leave a zero in every other
// byte, on one side only; CJK characters never have a zero high byte.
func utf16NoBOM(b []byte) ([]byte, bool) {
	b = b[:len(b)&^1]
	pairs := len(b) / 2
	if pairs < 2 {
		return nil, false
	}
	even, odd := 0, 0
	for i := 0; i+1 < len(b); i += 2 {
		if b[i] == 0 {
			even++
		}
		if b[i+1] == 0 {
			odd++
		}
	}
	var le bool
	switch {
	case odd >= max(2, pairs/50) && even <= odd/10:
		le = true
	case even >= max(2, pairs/50) && odd <= even/10:
		le = false
	default:
		return nil, false
	}
	u := make([]uint16, pairs)
	for i := range u {
		if le {
			u[i] = binary.LittleEndian.Uint16(b[2*i:])
		} else {
			u[i] = binary.BigEndian.Uint16(b[2*i:])
		}
	}
	return []byte(string(utf16.Decode(u))), true
}

// validUTF8Prefix is utf8.Valid, except that a rune cut at the window's end is fine.
func validUTF8Prefix(b []byte, cut bool) bool {
	if utf8.Valid(b) {
		return true
	}
	if !cut {
		return false
	}
	for i := 1; i <= 3 && i < len(b); i++ {
		if utf8.Valid(b[:len(b)-i]) {
			return true
		}
	}
	return false
}

// trimPartialGB drops trailing bytes of a multi-byte GB18030 sequence cut by the window,
// so that the cut does not count as garbage.
func trimPartialGB(b []byte, cut bool) []byte {
	for i := 0; cut && i < 3 && len(b) > 0 && b[len(b)-1] >= 0x80; i++ {
		b = b[:len(b)-1]
	}
	return b
}

// fewControls: at most 1 % of the runes (plus allowance) are C0 controls other than
// tab/CR/LF/FF or U+FFFD replacement characters.
func fewControls(s []byte, allowance int) bool {
	bad, n := 0, 0
	for _, r := range string(s) {
		n++
		if (r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f') || r == 0x7F || r == utf8.RuneError {
			bad++
		}
	}
	return n > 0 && bad <= n/100+allowance
}
