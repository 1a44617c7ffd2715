package html

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// metaCharset finds a declared charset in <meta charset=…> or in the content of
// <meta http-equiv="Content-Type" content="text/html; charset=…">. Government CMS pages
// often put it after kilobytes of comments and scripts, so we look further than the
// 1024 bytes of the HTML prescan.
var metaCharset = lazyRegexp(`(?is)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_\-:.]+)|<\?xml[^>]*?encoding\s*=\s*["']([a-z0-9_\-:.]+)`)

const prescanBytes = 16 << 10

// decode turns page bytes into UTF-8 and says which encoding it used.
//
// Order: a BOM wins; then bytes that are valid UTF-8 are taken as UTF-8 whatever the page
// declares (crawlers and editors often re-save GBK pages as UTF-8 and keep the old meta,
// while real GBK text with Chinese in it is practically never valid UTF-8); then a page
// that is UTF-8 but for a GBK include (mixedUTF8); then the declared charset; then
// GB18030, the superset of GBK/GB2312 that mainland sites use.
func decode(data []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		if s, ok := mixedUTF8(data[3:]); ok {
			return s, "utf-8", nil
		}
		return string(data[3:]), "utf-8", nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		s, err := decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), data)
		return s, "utf-16", err
	}
	if utf8.Valid(data) {
		return string(data), "utf-8", nil
	}
	if s, ok := mixedUTF8(data); ok {
		return s, "utf-8", nil
	}
	head := data
	if len(head) > prescanBytes {
		head = head[:prescanBytes]
	}
	if m := metaCharset().FindSubmatch(head); m != nil {
		label := strings.ToLower(string(m[1]) + string(m[2]))
		if enc, name := charset.Lookup(label); enc != nil && name != "utf-8" {
			if name == "gbk" || name == "gb18030" || name == "gb2312" {
				// GB18030 decodes everything GBK and GB2312 do, and more.
				enc, name = simplifiedchinese.GB18030, "gb18030"
			}
			s, err := decodeWith(enc, data)
			return s, name, err
		}
	}
	s, err := decodeWith(simplifiedchinese.GB18030, data)
	return s, "gb18030", err
}

// mixedUTF8 reads a UTF-8 page with pieces in another encoding: a GBK footer or sidebar
// pulled in by a server-side include, or a stray byte. Taken whole as GB18030 such a page
// loses every character of the report. The page is cut into runs of non-ASCII bytes
// (Chinese text between tags and ASCII punctuation); when valid UTF-8 runs outnumber the
// others more than three to one (in a GBK page, a run is valid UTF-8 only by chance, and
// seldom), the valid runs are UTF-8 and the rest is decoded as GB18030.
func mixedUTF8(data []byte) (string, bool) {
	valid, invalid := 0, 0
	forRuns(data, func(run []byte, ascii bool) {
		switch {
		case ascii:
		case utf8.Valid(run):
			valid++
		default:
			invalid++
		}
	})
	if invalid == 0 || valid <= 3*invalid {
		return "", false
	}
	var b strings.Builder
	b.Grow(len(data) + len(data)/4)
	forRuns(data, func(run []byte, ascii bool) {
		if ascii || utf8.Valid(run) {
			b.Write(run)
		} else if out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(run); err == nil {
			b.Write(out)
		} else {
			b.WriteString(strings.ToValidUTF8(string(run), "\uFFFD"))
		}
	})
	return b.String(), true
}

// forRuns cuts data into maximal runs of ASCII and of non-ASCII bytes, in order.
func forRuns(data []byte, f func(run []byte, ascii bool)) {
	for i := 0; i < len(data); {
		ascii := data[i] < utf8.RuneSelf
		j := i
		for j < len(data) && (data[j] < utf8.RuneSelf) == ascii {
			j++
		}
		f(data[i:j], ascii)
		i = j
	}
}

func decodeWith(enc encoding.Encoding, data []byte) (string, error) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", fmt.Errorf("decode page: %w", err)
	}
	return string(out), nil
}

// lazyRegexp compiles a pattern on first use. Compiled at init, this package's
// patterns cost every run of the binary about a millisecond before main, web page
// or not (see docs/PERFORMANCE.md).
func lazyRegexp(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}
