package input

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// fuzzLimits keep each fuzz input cheap; the limits themselves are tested elsewhere.
var fuzzLimits = parser.Limits{MaxFileBytes: 4 << 20, MaxXMLBytes: 8 << 20, MaxArchiveBytes: 16 << 20}

// FuzzRead: whatever the bytes, Read returns a report or an *Error (never both, never
// neither, never a panic), the error is one line in both languages, and a kind Sniff
// refuses is the kind Read reports.
func FuzzRead(f *testing.F) {
	for _, dir := range []string{hostileDir, readableDir, "../../testdata/samples"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, p := range files {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b)
			}
		}
	}
	f.Add([]byte("PK\x05\x06" + strings.Repeat("\x00", 18)))
	f.Add(append(append([]byte{}, oleMagic...), make([]byte, 600)...))
	f.Fuzz(func(t *testing.T, data []byte) {
		kind := Sniff(data)
		rep, err := Read("fuzz", data, fuzzLimits)
		if (rep == nil) == (err == nil) {
			t.Fatalf("Read returned report %v and error %v", rep != nil, err)
		}
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %T %v, want *input.Error", err, err)
			}
			if e.Kind == "" || e.ZH == "" || e.EN == "" || strings.ContainsAny(e.ZH+e.EN, "\r\n") {
				t.Fatalf("bad error %#v", e)
			}
			switch kind {
			case parser.InputDocx, parser.InputText, parser.InputHTML, KindMHT:
				// (a single-file web page is read through its HTML part)
			default:
				if e.Kind != kind {
					t.Fatalf("Sniff says %q, Read says %q", kind, e.Kind)
				}
			}
			return
		}
		if rep.File != "fuzz" || (rep.Input != kind && !(kind == KindMHT && rep.Input == parser.InputHTML)) {
			t.Fatalf("report file %q input %q, sniffed %q", rep.File, rep.Input, kind)
		}
	})
}
