package docx

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// scannerCases are small parts that probe where a hand-written scanner goes wrong:
// references, line ends, CDATA, comments, processing instructions, odd names and
// namespace declarations. accept says whether the fast path must read it itself
// (false: it must decline, and encoding/xml decides).
var scannerCases = []struct {
	name, xml string
	accept    bool
}{
	{"entities", docHead + para(`a&lt;b&gt;c&amp;d&apos;e&quot;f&#20013;&#x6587;`) + docTail, true},
	{"crlf", docHead + "<w:p><w:r><w:t>a\r\nb\rc\n\r\nd</w:t></w:r></w:p>" + docTail, true},
	{"cr entity", docHead + "<w:p><w:r><w:t>a\r&#10;b&#13;\nc</w:t></w:r></w:p>" + docTail, true},
	{"cdata", docHead + "<w:p><w:r><w:t><![CDATA[x<y&z]]]>\r\n</w:t></w:r></w:p>" + docTail, true},
	{"comment and pi", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><!-- c -->` + docHead + "<!----><?mso x?>" + para("注释") + docTail, true},
	{"single quotes", `<w:document xmlns:w='` + nsW + `'><w:body><w:p><w:r><w:t xml:space='preserve'> x </w:t></w:r></w:p></w:body></w:document>`, true},
	{"attr entity", docHead + `<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val="re&#115;tart"/><w:gridSpan w:val=" 2&#x9;"/></w:tcPr>` + para("合") + `</w:tc></w:tr><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>` + para("") + `</w:tc><w:tc>` + para("z") + `</w:tc></w:tr></w:tbl>` + docTail, true},
	{"attr crlf and gt", docHead + "<w:p w:x=\"a\r\nb]]>\"><w:r><w:t>t</w:t></w:r></w:p>" + docTail, true},
	{"colon names", `<w:document xmlns:w="` + nsW + `"><w:body><:p a:="1"><w:p><w:r><w:t>c</w:t></w:r></w:p></:p></w:body></w:document>`, true},
	{"default namespace", `<document xmlns="` + nsW + `"><body><p><r><t>默认</t></r></p></body></document>`, true},
	{"rebound prefix", `<x:document xmlns:x="` + nsW + `" xmlns:w="urn:other"><x:body><x:p><x:r><x:t>x</x:t><w:t>w</w:t></x:r></x:p></x:body></x:document>`, true},
	{"undeclared w", `<w:document><w:body><w:p><w:r><w:t>裸</w:t></w:r></w:p></w:body></w:document>`, true},
	{"spaces in tags", docHead + "<w:p\n><w:r ><w:t\tw:a = 'v' >s</w:t ></w:r></w:p\r\n>" + docTail, true},
	{"text after root", docHead + para("x") + docTail + "\n  \n", true},
	{"bom", "\ufeff" + docHead + para("x") + docTail, true},
	{"gbk declared", `<?xml version="1.0" encoding="GBK"?>` + docHead + para("x") + docTail, false},
	{"version 1.1", `<?xml version="1.1"?>` + docHead + para("x") + docTail, false},
	{"doctype", `<!DOCTYPE x>` + docHead + para("x") + docTail, false},
	{"bad entity", docHead + para("&nbsp;") + docTail, false},
	{"entity no semicolon", docHead + para("&amp") + docTail, false},
	{"bad char ref", docHead + para("&#0;") + docTail, false},
	{"capital X ref", docHead + para("&#X41;") + docTail, false},
	{"huge ref", docHead + para("&#x110000;") + docTail, false},
	{"surrogate ref", docHead + para("&#xD800;") + docTail, true},
	{"control char", docHead + para("a\x01b") + docTail, false},
	{"bad utf8", docHead + para("a\xffb") + docTail, false},
	{"noncharacter", docHead + para("a\uFFFEb") + docTail, false},
	{"]]> in text", docHead + para("a]]>b") + docTail, false},
	{"< in attribute", docHead + `<w:p w:x="<"/>` + docTail, false},
	{"unquoted attribute", docHead + `<w:p w:x=1/>` + docTail, false},
	{"two colons", docHead + `<w:p:q/>` + docTail, false},
	{"non-ascii name", docHead + `<w:段/>` + docTail, false},
	{"digit name", docHead + `<1/>` + docTail, false},
	{"bad comment", docHead + `<!-- a -- b -->` + docTail, false},
	{"mismatched", docHead + `<w:p></w:r>` + docTail, false},
	{"cut", docHead + para("x"), false},
	{"cut in tag", docHead + `<w:p w:x="1`, false},
	{"empty", "", false},
	{"only text", "hello", false},
}

func TestScannerAgrees(t *testing.T) {
	for _, c := range scannerCases {
		t.Run(c.name, func(t *testing.T) {
			fastErr := compareScanners(t, []byte(c.xml), parser.DefaultLimits)
			if accepted := fastErr == nil || errors.Is(fastErr, ErrLimit); accepted != c.accept {
				t.Errorf("scanner accepted = %v, want %v (%v)", accepted, c.accept, fastErr)
			}
		})
	}
}

// TestScannerReadsFixtures: the fast path reads every real document part itself;
// falling back to encoding/xml on them would be a silent loss of speed.
func TestScannerReadsFixtures(t *testing.T) {
	for _, part := range fixtureParts(t, 0) {
		if err := newBodyReader(parser.DefaultLimits).scan(part); err != nil {
			t.Errorf("scanner declined a fixture part (%d bytes): %v", len(part), err)
		}
		compareScanners(t, part, parser.DefaultLimits)
	}
}

// compareScanners reads data on both paths and fails unless they agree; it returns
// the fast path's error.
func compareScanners(t *testing.T, data []byte, lim parser.Limits) error {
	t.Helper()
	fast, slow := newBodyReader(lim), newBodyReader(lim)
	fastErr := fast.scan(data)
	slowErr := slow.runXML(bytes.NewReader(data))
	switch {
	case fastErr == nil:
		if slowErr != nil {
			t.Fatalf("scanner read what encoding/xml refuses: %v", slowErr)
		}
		if !reflect.DeepEqual(fast.body, slow.body) || !reflect.DeepEqual(fast.chunks, slow.chunks) {
			t.Fatalf("scanner and encoding/xml read different documents:\n%s\n%s", dumpBlocks(fast.body), dumpBlocks(slow.body))
		}
	case errors.Is(fastErr, ErrLimit):
		if slowErr == nil || slowErr.Error() != fastErr.Error() {
			t.Fatalf("scanner: %v; encoding/xml: %v", fastErr, slowErr)
		}
	case !errors.Is(fastErr, errSyntax):
		t.Fatalf("scanner error neither a limit nor a decline: %v", fastErr)
	}
	return fastErr
}

func dumpBlocks(bs []parser.Block) string {
	var sb strings.Builder
	for _, b := range bs {
		if b.Para != nil {
			sb.WriteString("P " + b.Para.Text + "\n")
			continue
		}
		for _, row := range b.Table.Rows {
			for _, c := range row {
				sb.WriteString(c.Text + "|")
			}
			sb.WriteString("\n")
		}
	}
	return sb.String()
}

// fixtureParts returns the main document parts of the fixtures (those under max
// bytes when max > 0).
func fixtureParts(tb testing.TB, max int) [][]byte {
	var out [][]byte
	for _, data := range fixtureFiles(tb) {
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			tb.Fatal(err)
		}
		for _, zf := range zr.File {
			if !strings.HasSuffix(zf.Name, "document.xml") && !strings.HasSuffix(zf.Name, "main.xml") {
				continue
			}
			rc, err := zf.Open()
			if err != nil {
				tb.Fatal(err)
			}
			part, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				tb.Fatal(err)
			}
			if max <= 0 || len(part) < max {
				out = append(out, part)
			}
		}
	}
	return out
}

// FuzzScanner: on any input the scanner either declines or reads exactly what
// encoding/xml reads (same document, or the same limit error).
func FuzzScanner(f *testing.F) {
	for _, c := range scannerCases {
		f.Add([]byte(c.xml))
	}
	for _, part := range fixtureParts(f, 64<<10) {
		f.Add(part)
	}
	lim := parser.DefaultLimits
	lim.MaxCells, lim.MaxDepth = 20000, 128
	f.Fuzz(func(t *testing.T, data []byte) {
		compareScanners(t, data, lim)
	})
}

// TestStreamedMainPart: a main part too large to hold whole is streamed through
// encoding/xml, and reads exactly as the in-memory scanner reads it.
func TestStreamedMainPart(t *testing.T) {
	files := fixtureFiles(t)
	var want [][]byte
	for _, data := range files {
		doc, err := Read(data, parser.Limits{})
		if err != nil {
			t.Fatal(err)
		}
		j, _ := json.Marshal(doc)
		want = append(want, j)
	}
	saved := maxInMemory
	maxInMemory = 0
	defer func() { maxInMemory = saved }()
	for i, data := range files {
		doc, err := Read(data, parser.Limits{})
		if err != nil {
			t.Fatal(err)
		}
		if j, _ := json.Marshal(doc); !bytes.Equal(j, want[i]) {
			t.Errorf("fixture %d reads differently when streamed", i)
		}
	}
}
