package input

import (
	"bytes"
	"encoding/base64"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// mhtHTML takes the web page out of a single-file web page (.mht/.mhtml: MIME
// multipart/related, as Word's 「单个文件网页」 and browsers save a page): the first
// text/html part (the one the message's start parameter names, when it names one),
// transfer-decoded (quoted-printable, base64) and converted to UTF-8 from the charset
// its Content-Type declares, so that the HTML reader reads it like any page. Images and
// style sheets in the other parts are never read. max caps what is read from any part.
func mhtHTML(data []byte, max int64) ([]byte, error) {
	msg, err := mail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	mt, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil || !strings.HasPrefix(mt, "multipart/") || params["boundary"] == "" {
		return nil, errors.New("not a multipart message")
	}
	start := strings.Trim(params["start"], "<>")
	mr := multipart.NewReader(msg.Body, params["boundary"])
	var found []byte
	for n := 0; n < 1000; n++ {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			if found != nil {
				break
			}
			return nil, err
		}
		pt, pp, err := mime.ParseMediaType(part.Header.Get("Content-Type"))
		if err != nil || pt != "text/html" {
			continue
		}
		if found != nil && (start == "" || strings.Trim(part.Header.Get("Content-ID"), "<>") != start) {
			continue
		}
		// multipart.Part has already undone quoted-printable; base64 is left to us.
		var r io.Reader = part
		if strings.EqualFold(strings.TrimSpace(part.Header.Get("Content-Transfer-Encoding")), "base64") {
			r = base64.NewDecoder(base64.StdEncoding, part)
		}
		body, err := io.ReadAll(io.LimitReader(r, max+1))
		if err != nil {
			return nil, err
		}
		if int64(len(body)) > max {
			return nil, errors.New("the page part is larger than the limit")
		}
		found = toUTF8(body, pp["charset"])
		if start == "" {
			break
		}
	}
	if found == nil {
		return nil, errors.New("no text/html part")
	}
	return found, nil
}

// toUTF8 converts a part from its declared charset; without one (or when it already is
// valid UTF-8) the HTML reader decides from the page itself.
func toUTF8(b []byte, label string) []byte {
	label = strings.ToLower(strings.TrimSpace(label))
	if label == "" || label == "utf-8" || label == "utf8" || utf8.Valid(b) {
		return b
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return b
	}
	if name, _ := htmlindex.Name(enc); name == "gbk" || name == "gb18030" {
		enc = simplifiedchinese.GB18030 // decodes everything GBK and GB2312 do, and more
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return b
	}
	return out
}
