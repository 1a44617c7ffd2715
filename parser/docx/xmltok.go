package docx

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
)

// runXML reads the part with encoding/xml's strict tokenizer. It is the reference the
// fast scanner (scan.go) is held to, and reads what the scanner declines: it costs
// about ten times as much (a bufio byte at a time, a string per name and attribute, an
// interface per token), which on a real report was four fifths of all the time and
// allocations of a lint run.
func (br *bodyReader) runXML(r io.Reader) error {
	dec := xml.NewDecoder(r)
	dec.Strict = true
	var e elem
	for {
		// RawToken, not Token: Token's namespace bookkeeping is a third of the
		// allocations; we resolve the few prefixes we need and check nesting ourselves.
		tok, err := dec.RawToken()
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
			e.raw = rawName(t.Name)
			e.space, e.local = []byte(t.Name.Space), []byte(t.Name.Local)
			e.attrs = e.attrs[:0]
			var src []byte
			add := func(s string) span {
				off := len(src)
				src = append(src, s...)
				return span{int32(off), int32(len(src))}
			}
			for _, a := range t.Attr {
				e.attrs = append(e.attrs, xattr{space: add(a.Name.Space), local: add(a.Name.Local), val: add(a.Value)})
			}
			e.src, e.dec = src, nil
			if err := br.startTag(&e); err != nil {
				return err
			}
		case xml.EndElement:
			if err := br.endTag(rawName(t.Name), t.Name.Space, t.Name.Local); err != nil {
				return err
			}
		case xml.CharData:
			br.charData(t)
		case xml.Directive:
			return fmt.Errorf("refusing XML directive <!%.20s…> (DOCTYPE/ENTITY never occur in .docx): %w", t, ErrCorrupt)
		}
	}
	return br.finish()
}

// rawName is the qualified name as written: encoding/xml splits "a:b" into a and b,
// and leaves ":a" and "a:" whole in Local, so the mapping is one to one.
func rawName(n xml.Name) []byte {
	if n.Space == "" {
		return []byte(n.Local)
	}
	return []byte(n.Space + ":" + n.Local)
}
