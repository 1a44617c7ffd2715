package docx

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The fast path: a byte scanner over the whole of document.xml in memory.
//
// Why not encoding/xml here: profiled on the official blank (251 KB of document.xml)
// encoding/xml took nine tenths of the reader's time and made 56 k allocations and
// 2 MB of garbage per file: it reads through bufio one byte at a time, copies every
// name and attribute into a new string and boxes every token in an interface. A
// WordprocessingML part needs none of that. This scanner slices names, attribute
// values and text straight out of the buffer and decodes only what holds a reference
// or a carriage return.
//
// It accepts exactly what encoding/xml's strict RawToken accepts and yields the same
// tokens, or gives up: errSyntax sends the part to encoding/xml (runXML), which then
// gives the verdict and the message. It gives up on anything malformed and on what a
// .docx never holds: names outside ASCII, directives (DOCTYPE, ENTITY), an XML
// declaration naming another encoding. FuzzScanner holds the two paths to agreement.

// errSyntax: the scanner declines; encoding/xml decides.
var errSyntax = errors.New("docx: scanner declines")

// scanner is the fast path's scratch space, kept from tag to tag.
type scanner struct {
	attrs []xattr
	buf   []byte // decoded attribute values of the current tag, and decoded text
}

// scan reads a whole part, calling the same bodyReader steps as runXML. Its error is
// ErrLimit (final: both paths meet the limit at the same token) or errSyntax.
func (br *bodyReader) scan(data []byte) error {
	err := br.scanTokens(data)
	if err != nil && !errors.Is(err, ErrLimit) {
		return errSyntax // runXML says what is wrong in its words
	}
	return err
}

func (br *bodyReader) scanTokens(data []byte) error {
	s := &br.sc
	n := len(data)
	pos := 0
	var e elem
	for pos < n {
		if data[pos] != '<' {
			end := bytes.IndexByte(data[pos:], '<')
			if end < 0 {
				end = n
			} else {
				end += pos
			}
			s.buf = s.buf[:0]
			txt, ok := s.text(data[pos:end], false)
			if !ok {
				return errSyntax
			}
			br.charData(txt)
			pos = end
			continue
		}
		pos++
		if pos >= n {
			return errSyntax
		}
		switch data[pos] {
		case '/':
			raw, _, _, p, ok := qname(data, pos+1)
			if !ok {
				return errSyntax
			}
			p = skipSpace(data, p)
			if p >= n || data[p] != '>' {
				return errSyntax
			}
			pos = p + 1
			if err := br.endTag(raw, "", ""); err != nil {
				return err
			}
			continue
		case '?':
			target, p, ok := name(data, pos+1)
			if !ok {
				return errSyntax
			}
			p = skipSpace(data, p)
			i := bytes.Index(data[p:], []byte("?>"))
			if i < 0 {
				return errSyntax
			}
			if string(target) == "xml" && !xmlDeclOK(string(data[p:p+i])) {
				return errSyntax
			}
			pos = p + i + 2
			continue
		case '!':
			rest := data[pos+1:]
			switch {
			case bytes.HasPrefix(rest, []byte("--")):
				i := bytes.Index(rest[2:], []byte("--"))
				if i < 0 {
					return errSyntax
				}
				j := pos + 1 + 2 + i + 2
				if j >= n || data[j] != '>' {
					return errSyntax
				}
				pos = j + 1
			case bytes.HasPrefix(rest, []byte("[CDATA[")):
				body := rest[7:]
				i := bytes.Index(body, []byte("]]>"))
				if i < 0 {
					return errSyntax
				}
				s.buf = s.buf[:0]
				txt, ok := s.cdata(body[:i])
				if !ok {
					return errSyntax
				}
				br.charData(txt)
				pos += 1 + 7 + i + 3
			default:
				// A directive (DOCTYPE, ENTITY) or a broken "<!": encoding/xml's
				// token goes to runXML, which refuses it in so many words.
				return errSyntax
			}
			continue
		}
		// A start tag.
		raw, space, local, p, ok := qname(data, pos)
		if !ok {
			return errSyntax
		}
		s.attrs = s.attrs[:0]
		s.buf = s.buf[:0]
		empty := false
		for {
			p = skipSpace(data, p)
			if p >= n {
				return errSyntax
			}
			if c := data[p]; c == '/' {
				if p+1 >= n || data[p+1] != '>' {
					return errSyntax
				}
				empty = true
				p += 2
				break
			} else if c == '>' {
				p++
				break
			}
			_, as, al, q, ok := qname(data, p)
			if !ok {
				return errSyntax
			}
			// The prefix starts the name, the local part ends it.
			a := xattr{space: span{int32(p), int32(p + len(as))}, local: span{int32(q - len(al)), int32(q)}}
			q = skipSpace(data, q)
			if q >= n || data[q] != '=' {
				return errSyntax
			}
			q = skipSpace(data, q+1)
			if q >= n || (data[q] != '"' && data[q] != '\'') {
				return errSyntax
			}
			end := bytes.IndexByte(data[q+1:], data[q])
			if end < 0 {
				return errSyntax
			}
			mark := len(s.buf)
			val, ok := s.text(data[q+1:q+1+end], true)
			if !ok {
				return errSyntax
			}
			if len(s.buf) > mark { // decoded into s.buf
				a.val, a.valDec = span{int32(mark), int32(len(s.buf))}, true
			} else {
				a.val = span{int32(q + 1), int32(q + 1 + len(val))}
			}
			s.attrs = append(s.attrs, a)
			p = q + 1 + end + 1
		}
		pos = p
		e.raw, e.space, e.local = raw, space, local
		e.attrs, e.src, e.dec = s.attrs, data, s.buf
		if err := br.startTag(&e); err != nil {
			return err
		}
		if empty {
			if err := br.endTag(raw, "", ""); err != nil {
				return err
			}
		}
	}
	return br.finish()
}

func skipSpace(data []byte, p int) int {
	for p < len(data) {
		switch data[p] {
		case ' ', '\r', '\n', '\t':
			p++
		default:
			return p
		}
	}
	return p
}

// nameByte: the ASCII bytes encoding/xml reads as part of a name.
var nameByte = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' ||
			c == '_' || c == ':' || c == '.' || c == '-'
	}
	return
}()

// name reads an XML name at p. Names with non-ASCII letters are valid XML but never
// written by Word or WPS: the scanner declines them (ok false) rather than carry the
// Unicode name tables.
func name(data []byte, p int) (nm []byte, next int, ok bool) {
	i := p
	for i < len(data) && nameByte[data[i]] {
		i++
	}
	if i == p || i >= len(data) || data[i] >= utf8.RuneSelf {
		return nil, 0, false
	}
	if c := data[p]; !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || c == '_' || c == ':') {
		return nil, 0, false
	}
	return data[p:i], i, true
}

// qname reads a name and splits it as encoding/xml's nsname does: at most one colon;
// "a:b" has prefix a, while ":a" and "a:" are local names whole. One pass finds the
// colon too: names are short, and a call to bytes.IndexByte per name cost more than
// the scan itself.
func qname(data []byte, p int) (raw, space, local []byte, next int, ok bool) {
	i, colon, colons := p, -1, 0
	for i < len(data) && nameByte[data[i]] {
		if data[i] == ':' {
			if colons == 0 {
				colon = i
			}
			colons++
		}
		i++
	}
	if i == p || i >= len(data) || data[i] >= utf8.RuneSelf || colons > 1 {
		return nil, nil, nil, 0, false
	}
	if c := data[p]; !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || c == '_' || c == ':') {
		return nil, nil, nil, 0, false
	}
	raw = data[p:i]
	if colons == 0 || colon == p || colon == i-1 {
		return raw, nil, raw, i, true
	}
	return raw, data[p:colon], data[colon+1 : i], i, true
}

// xmlDeclOK applies encoding/xml's check of the XML declaration: version 1.0 and
// UTF-8 (it has no CharsetReader, so any other encoding is an error).
func xmlDeclOK(content string) bool {
	if v := procInst("version", content); v != "" && v != "1.0" {
		return false
	}
	enc := procInst("encoding", content)
	return enc == "" || strings.EqualFold(enc, "utf-8")
}

// procInst is encoding/xml's own lookup of a pseudo-attribute, copied so that the
// declaration reads the same on both paths.
func procInst(param, s string) string {
	param = param + "="
	lenp := len(param)
	i := 0
	var sep byte
	for i < len(s) {
		sub := s[i:]
		k := strings.Index(sub, param)
		if k < 0 || lenp+k >= len(sub) {
			return ""
		}
		i += lenp + k + 1
		if c := sub[lenp+k]; c == '\'' || c == '"' {
			sep = c
			break
		}
	}
	if sep == 0 {
		return ""
	}
	j := strings.IndexByte(s[i:], sep)
	if j < 0 {
		return ""
	}
	return s[i : i+j]
}

// text checks character data (attr false; raw runs up to the next '<') or a quoted
// attribute value (attr true; raw runs up to the closing quote) as encoding/xml's
// strict text() does, and returns it decoded: raw itself when it holds no reference
// and no carriage return (the common case, no copy), else a copy appended to s.buf.
func (s *scanner) text(raw []byte, attr bool) ([]byte, bool) {
	cr := false
	for i := 0; i < len(raw); {
		c := raw[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRune(raw[i:])
			if r == utf8.RuneError && size == 1 || !inCharRange(r) {
				return nil, false
			}
			i += size
			continue
		}
		switch {
		case c == '&':
			return s.decode(raw, attr)
		case c == '<':
			return nil, false // only reachable in an attribute value
		case c == '>':
			if !attr && i >= 2 && raw[i-1] == ']' && raw[i-2] == ']' {
				return nil, false // "]]>" outside CDATA
			}
		case c == '\r':
			cr = true
		case c < 0x20 && c != '\t' && c != '\n':
			return nil, false
		}
		i++
	}
	if !cr {
		return raw, true
	}
	start := len(s.buf)
	s.buf = foldCR(s.buf, raw)
	return s.buf[start:], true
}

// cdata decodes the inside of a CDATA section: no references, CR LF folded.
func (s *scanner) cdata(raw []byte) ([]byte, bool) {
	start := len(s.buf)
	s.buf = foldCR(s.buf, raw)
	out := s.buf[start:]
	return out, validChars(out)
}

// foldCR appends raw to dst with "\r\n" and lone "\r" as "\n", as XML requires.
func foldCR(dst, raw []byte) []byte {
	for i := 0; i < len(raw); i++ {
		switch c := raw[i]; {
		case c == '\r':
			dst = append(dst, '\n')
		case c == '\n' && i > 0 && raw[i-1] == '\r':
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// decode is encoding/xml's text() loop for text holding references: the five
// predefined entities and numeric character references, anything else an error.
// The decoded text is then checked rune by rune, as encoding/xml does.
func (s *scanner) decode(raw []byte, attr bool) ([]byte, bool) {
	start := len(s.buf)
	var b0, b1 byte
	for i := 0; i < len(raw); i++ {
		b := raw[i]
		if !attr && b0 == ']' && b1 == ']' && b == '>' {
			return nil, false
		}
		if b == '<' {
			return nil, false
		}
		if b == '&' {
			semi := bytes.IndexByte(raw[i+1:], ';')
			if semi < 0 {
				return nil, false
			}
			ref := raw[i+1 : i+1+semi]
			var r rune
			switch {
			case len(ref) > 0 && ref[0] == '#':
				digits, base := ref[1:], 10
				if len(digits) > 0 && digits[0] == 'x' {
					digits, base = digits[1:], 16
				}
				for _, d := range digits {
					if !('0' <= d && d <= '9' || base == 16 && ('a' <= d && d <= 'f' || 'A' <= d && d <= 'F')) {
						return nil, false
					}
				}
				v, err := strconv.ParseUint(string(digits), base, 64)
				if err != nil || v > unicode.MaxRune {
					return nil, false
				}
				r = rune(v)
			default:
				switch string(ref) {
				case "lt":
					r = '<'
				case "gt":
					r = '>'
				case "amp":
					r = '&'
				case "apos":
					r = '\''
				case "quot":
					r = '"'
				default:
					return nil, false
				}
			}
			s.buf = utf8.AppendRune(s.buf, r)
			i += 1 + semi
			b0, b1 = 0, 0
			continue
		}
		switch {
		case b == '\r':
			s.buf = append(s.buf, '\n')
		case b1 == '\r' && b == '\n':
		default:
			s.buf = append(s.buf, b)
		}
		b0, b1 = b1, b
	}
	out := s.buf[start:]
	return out, validChars(out)
}

// validChars: valid UTF-8 of characters XML allows.
func validChars(b []byte) bool {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 || !inCharRange(r) {
			return false
		}
		i += size
	}
	return true
}

// inCharRange is XML's Char production for runes from U+0080 up.
func inCharRange(r rune) bool {
	return r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}
