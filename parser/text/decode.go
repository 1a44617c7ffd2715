package text

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// Encoding names, as Decode reports them (for tests and diagnostics).
const (
	EncUTF8    = "utf-8"
	EncUTF8BOM = "utf-8-bom"
	EncUTF16LE = "utf-16le"
	EncUTF16BE = "utf-16be"
	EncGB18030 = "gb18030"
)

// Decode turns file bytes into UTF-8 text and names the encoding it found. It never asks:
// a BOM decides first; then a NUL pattern that only UTF-16 makes; then valid UTF-8; then
// GB18030 (a superset of GBK and GB2312, which is what Chinese Windows writes as "ANSI").
//
// A file that is almost all valid UTF-8 with a few broken bytes (a truncated download,
// one bad paste) stays UTF-8: the broken bytes become U+FFFD rather than the whole file
// turning into GB18030 mojibake.
func Decode(data []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return toValidUTF8(data[3:]), EncUTF8BOM, nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		s, err := decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), data)
		return s, EncUTF16LE, err
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		s, err := decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), data)
		return s, EncUTF16BE, err
	}
	switch utf16Guess(data) {
	case EncUTF16LE:
		s, err := decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), data)
		return s, EncUTF16LE, err
	case EncUTF16BE:
		s, err := decodeWith(unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), data)
		return s, EncUTF16BE, err
	}
	if utf8.Valid(data) {
		return string(data), EncUTF8, nil
	}
	if mostlyUTF8(data) {
		return toValidUTF8(data), EncUTF8, nil
	}
	s, err := decodeWith(simplifiedchinese.GB18030, data)
	return s, EncGB18030, err
}

func decodeWith(enc encoding.Encoding, data []byte) (string, error) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", fmt.Errorf("decode %v: %w", enc, err)
	}
	// Decoders replace bad input with U+FFFD already; this only guards odd trailing bytes.
	return toValidUTF8(out), nil
}

func toValidUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	return string(bytes.ToValidUTF8(b, []byte("\uFFFD")))
}

// utf16Guess looks at the first few KiB for the one thing UTF-16 text without a BOM
// cannot hide: every ASCII character (digits, line ends, tabs) carries a NUL byte, always on
// the same side of the pair. Real text files never contain NUL otherwise. Chinese
// characters in UTF-16 rarely contain NUL, so the threshold is low, but the parity must be
// overwhelming.
func utf16Guess(data []byte) string {
	n := len(data)
	if n > 4096 {
		n = 4096
	}
	n &^= 1
	if n < 4 {
		return ""
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	switch {
	case odd >= 2 && odd >= 9*even && odd*50 >= n/2:
		return EncUTF16LE
	case even >= 2 && even >= 9*odd && even*50 >= n/2:
		return EncUTF16BE
	}
	return ""
}

// mostlyUTF8 says whether data is UTF-8 with rare damage: at least ten well-formed
// multi-byte characters for every invalid byte. GB18030 text of any length fails this
// at once (its two-byte pairs are almost never valid UTF-8 sequences).
func mostlyUTF8(data []byte) bool {
	var good, bad int
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			bad++
		} else {
			good++
		}
		i += size
	}
	return good >= 10*bad && good > 0
}
