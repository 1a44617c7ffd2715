package input

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/govinfo-lint/govinfo-lint/parser"
	"github.com/govinfo-lint/govinfo-lint/parser/docx"
	"github.com/govinfo-lint/govinfo-lint/parser/html"
)

// hostileCase is one file that must be refused with a given kind.
type hostileCase struct {
	name  string
	data  func(t testing.TB) []byte
	sniff string
	// kinds are the acceptable Error kinds (usually one).
	kinds []string
	// needs names the reader whose answer this is ("docx", "html"), when it is not
	// decided by sniffing alone.
	needs string
}

func fromFile(name string) func(t testing.TB) []byte {
	return func(t testing.TB) []byte {
		b, err := os.ReadFile(filepath.Join(hostileDir, name))
		if err != nil {
			t.Fatalf("%v (run go test ./parser/input -run TestGenerateHostile -update)", err)
		}
		return b
	}
}

func hostileCases() []hostileCase {
	f := fromFile
	return []hostileCase{
		{"empty.docx", f("empty.docx"), KindEmpty, []string{KindEmpty}, ""},
		{"blank.txt", f("blank.txt"), KindEmpty, []string{KindEmpty}, ""},
		{"random.docx", f("random.docx"), KindBinary, []string{KindBinary}, ""},
		{"truncated.docx", f("truncated.docx"), KindCorrupt, []string{KindCorrupt}, ""},
		{"no-document.docx", f("no-document.docx"), "docx", []string{KindCorrupt}, "docx"},
		{"archive-报告.docx", f("archive-报告.docx"), KindZip, []string{KindZip}, ""},
		{"cut-xml.docx", f("cut-xml.docx"), "docx", []string{KindCorrupt}, "docx"},
		{"deep-nesting.docx", f("deep-nesting.docx"), "docx", []string{KindTooLarge}, "docx"},
		{"billion-laughs.docx", f("billion-laughs.docx"), "docx", []string{KindCorrupt}, "docx"},
		{"entity-in-content.docx", f("entity-in-content.docx"), "docx", []string{KindCorrupt}, "docx"},
		{"garbled-deflate.docx", f("garbled-deflate.docx"), "docx", []string{KindCorrupt}, "docx"},
		{"pdf-报告.docx", f("pdf-报告.docx"), KindPDF, []string{KindPDF}, ""},
		{"png-报告.docx", f("png-报告.docx"), KindImage, []string{KindImage}, ""},
		{"legacy-word.doc", f("legacy-word.doc"), KindDoc, []string{KindDoc}, ""},
		// Real exports (LibreOffice, from readable/wps-clean-department-2023.docx), not generated.
		{"real-libreoffice-报告.doc", f("real-libreoffice-报告.doc"), KindDoc, []string{KindDoc}, ""},
		{"real-libreoffice-报告.pdf", f("real-libreoffice-报告.pdf"), KindPDF, []string{KindPDF}, ""},
		{"encrypted.docx", f("encrypted.docx"), KindEncrypted, []string{KindEncrypted}, ""},
		{"works.wps", f("works.wps"), KindWPS, []string{KindWPS}, ""},
		{"legacy-excel.xls", f("legacy-excel.xls"), KindXLS, []string{KindXLS}, ""},
		{"~$报告.docx", f("~$报告.docx"), KindLock, []string{KindLock}, ""},
		{"report.rtf", f("report.rtf"), KindRTF, []string{KindRTF}, ""},
		{"workbook.xlsx", f("workbook.xlsx"), KindXLSX, []string{KindXLSX}, ""},
		{"report.ofd", f("report.ofd"), KindOFD, []string{KindOFD}, ""},
		{"odf-document.odt", f("odf-document.odt"), KindODT, []string{KindODT}, ""},
		// A single-file web page is read through its HTML part: this one holds no report.
		{"single-page.mht", f("single-page.mht"), KindMHT, []string{KindNotReport}, "html"},
		{"wordml-2003.xml", f("wordml-2003.xml"), KindWordXML, []string{KindWordXML}, ""},
		{"images-only.docx", f("images-only.docx"), "docx", []string{KindEmpty}, "docx"},
		{"notice.docx", f("notice.docx"), "docx", []string{KindNotReport}, "docx"},
		{"notice-gb18030.txt", f("notice-gb18030.txt"), "text", []string{KindNotReport}, ""},
		{"notice-utf16.txt", f("notice-utf16.txt"), "text", []string{KindNotReport}, ""},
		{"notice.html", f("notice.html"), "html", []string{KindNotReport}, "html"},
		{"bomb-1GiB.docx", func(t testing.TB) []byte { genBombs(t); return bombZip }, "docx", []string{KindTooLarge}, ""},
		{"bomb-lying-sizes.docx", func(t testing.TB) []byte { genBombs(t); return lyingZip }, "docx", []string{KindCorrupt}, "docx"},
		{"many-entries.docx", genManyEntries, "docx", []string{KindTooLarge}, ""},
	}
}

// readerReady tells whether the reader reads a plain sample; a case whose verdict depends on
// a reader fails (not skips) when that reader cannot, so a broken reader never hides here.
func readerReady(t testing.TB, kind string) bool {
	readyMu.Lock()
	defer readyMu.Unlock()
	if r, ok := ready[kind]; ok {
		return r
	}
	r := probeReader(t, kind)
	ready[kind] = r
	return r
}

var (
	readyMu sync.Mutex
	ready   = map[string]bool{}
)

func probeReader(t testing.TB, kind string) bool {
	switch kind {
	case "docx":
		b, err := os.ReadFile("../../testdata/samples/official-blank-2021.docx")
		if err != nil {
			t.Fatal(err)
		}
		_, err = docx.Read(b, parser.Limits{})
		return err == nil
	case "html":
		_, err := html.Read([]byte("<html><body><p>2023年政府信息公开工作年度报告</p></body></html>"), parser.Limits{})
		return err == nil
	}
	return true
}

func TestHostile(t *testing.T) {
	for _, c := range hostileCases() {
		t.Run(c.name, func(t *testing.T) {
			data := c.data(t)
			if got := Sniff(data); got != c.sniff {
				t.Errorf("Sniff = %q, want %q", got, c.sniff)
			}
			if !readerReady(t, c.needs) {
				t.Fatal(c.needs + " reader cannot read its plain sample")
			}
			rep, err := Read(c.name, data, parser.Limits{})
			checkRefused(t, rep, err, c.kinds)
		})
	}
}

// checkRefused: no report, an *Error of one of the kinds, one line in each language,
// the Chinese one in Chinese.
func checkRefused(t *testing.T, rep *parser.Report, err error, kinds []string) {
	t.Helper()
	if rep != nil {
		t.Fatalf("got a report (title %q), want an error of kind %v", rep.Title, kinds)
	}
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error %T %v, want *input.Error", err, err)
	}
	ok := false
	for _, k := range kinds {
		ok = ok || e.Kind == k
	}
	if !ok {
		t.Errorf("kind %q, want one of %v\n  zh: %s\n  en: %s", e.Kind, kinds, e.ZH, e.EN)
	}
	checkOneLine(t, e)
}

func checkOneLine(t *testing.T, e *Error) {
	t.Helper()
	if e.ZH == "" || e.EN == "" {
		t.Errorf("missing message: zh %q en %q", e.ZH, e.EN)
	}
	if strings.ContainsAny(e.ZH+e.EN, "\r\n") {
		t.Errorf("message is not one line:\n  zh: %q\n  en: %q", e.ZH, e.EN)
	}
	han := false
	for _, r := range e.ZH {
		han = han || unicode.Is(unicode.Han, r)
	}
	if !han {
		t.Errorf("zh message has no Chinese: %q", e.ZH)
	}
	if strings.Count(e.EN, " ") < 3 {
		t.Errorf("en message is not an English sentence: %q", e.EN)
	}
}

// TestHostileMessages pins the wording users see for the kinds the brief names: what the
// file is and what to do.
func TestHostileMessages(t *testing.T) {
	for _, c := range []struct {
		file   string
		zh, en []string
		needs  string
	}{
		{"legacy-word.doc", []string{"Word 97-2003", "另存为 .docx"}, []string{"legacy Word 97-2003", "save it as .docx"}, ""},
		{"encrypted.docx", []string{"密码"}, []string{"password"}, ""},
		{"pdf-报告.docx", []string{"PDF"}, []string{"PDF"}, ""},
		{"png-报告.docx", []string{"PNG", "图片"}, []string{"PNG image"}, ""},
		{"~$报告.docx", []string{"锁定文件", "zhangsan"}, []string{"lock file", "zhangsan"}, ""},
		{"works.wps", []string{"WPS"}, []string{"WPS"}, ""},
		{"report.rtf", []string{"RTF", "另存为 .docx"}, []string{"RTF", "save it as .docx"}, ""},
		{"notice.docx", []string{"不是政府信息公开工作年度报告"}, []string{"does not look like"}, "docx"},
		{"images-only.docx", []string{"只有图片"}, []string{"only pictures"}, "docx"},
	} {
		t.Run(c.file, func(t *testing.T) {
			if !readerReady(t, c.needs) {
				t.Fatal(c.needs + " reader cannot read its plain sample")
			}
			_, err := Read(c.file, fromFile(c.file)(t), parser.Limits{})
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v, want *input.Error", err)
			}
			for _, w := range c.zh {
				if !strings.Contains(e.ZH, w) {
					t.Errorf("zh %q lacks %q", e.ZH, w)
				}
			}
			for _, w := range c.en {
				if !strings.Contains(e.EN, w) {
					t.Errorf("en %q lacks %q", e.EN, w)
				}
			}
		})
	}
}

func TestLimits(t *testing.T) {
	notice := fromFile("notice-gb18030.txt")(t)
	blank, err := os.ReadFile("../../testdata/samples/official-blank-2021.docx")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		data []byte
		lim  parser.Limits
		want string // a word the EN message must hold
	}{
		{"file size", notice, parser.Limits{MaxFileBytes: 100}, "--max-file-size"},
		{"archive total", blank, parser.Limits{MaxArchiveBytes: 10 << 10}, "--max-archive-size"},
		{"document.xml", blank, parser.Limits{MaxXMLBytes: 1 << 10}, "--max-xml-size"},
		{"entries", blank, parser.Limits{MaxZipEntries: 3}, "--max-zip-entries"},
		{"text cells", mustReadT(t, "../../testdata/samples/连生乡-2023-tika.txt"), parser.Limits{MaxCells: 50}, "--max-cells"},
		{"html cells", mustReadT(t, readableDir+"/clean-department-2023.html"), parser.Limits{MaxCells: 50}, "--max-cells"},
	} {
		t.Run(c.name, func(t *testing.T) {
			rep, err := Read("x", c.data, c.lim)
			checkRefused(t, rep, err, []string{KindTooLarge})
			if err != nil && !strings.Contains(err.(*Error).EN, c.want) {
				t.Errorf("EN %q does not say how to raise the limit (%s)", err.(*Error).EN, c.want)
			}
		})
	}
}

func TestLoadFile(t *testing.T) {
	dir := t.TempDir()
	// A 120 MB text file, sparse: refused from its size before a byte is read.
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(120 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	_, err = LoadFile(big, parser.Limits{})
	checkRefusedErr(t, "big.txt", err, KindTooLarge)
	if err != nil && !strings.Contains(err.(*Error).ZH, "120 MiB") {
		t.Errorf("zh %q does not give the size", err.(*Error).ZH)
	}

	_, err = LoadFile(filepath.Join(dir, "missing.docx"), parser.Limits{})
	checkRefusedErr(t, "missing", err, KindIO)
	_, err = LoadFile(dir, parser.Limits{})
	checkRefusedErr(t, "folder", err, KindIO)

	if runtime.GOOS != "windows" {
		a, b := filepath.Join(dir, "loop-a.docx"), filepath.Join(dir, "loop-b.docx")
		if err := os.Symlink(b, a); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(a, b); err != nil {
			t.Fatal(err)
		}
		_, err = LoadFile(a, parser.Limits{})
		checkRefusedErr(t, "symlink loop", err, KindIO)
		if err != nil && !strings.Contains(err.(*Error).EN, "loop") {
			t.Errorf("symlink loop: %q does not say loop", err.(*Error).EN)
		}
	}

	// A hostile file through LoadFile: same answer as Read, File not set on failure.
	_, err = LoadFile(filepath.Join(hostileDir, "legacy-word.doc"), parser.Limits{})
	checkRefusedErr(t, "legacy-word.doc", err, KindDoc)
}

func checkRefusedErr(t *testing.T, what string, err error, kind string) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Errorf("%s: error %v, want *input.Error", what, err)
		return
	}
	if e.Kind != kind {
		t.Errorf("%s: kind %q, want %q (%s)", what, e.Kind, kind, e.EN)
	}
	checkOneLine(t, e)
}

// readableDir holds real reports in the forms people send (copied from the readers'
// testdata, so that this package's tests stand alone): they must go through.
const readableDir = hostileDir + "/readable"

// TestReadable: real reports are sniffed right and come out as reports, with File set.
// The control group for the hostile files: refusing everything would pass TestHostile.
func TestReadable(t *testing.T) {
	for _, c := range []struct {
		file, input string
		// table3: the report has a 表三 that recognition must find.
		table3 bool
	}{
		{"../../testdata/samples/连生乡-2023-tika.txt", parser.InputText, true},
		{"../../testdata/samples/official-blank-2021.docx", parser.InputDocx, true},
		{readableDir + "/seed-utf16le-nobom.txt", parser.InputText, true},
		{readableDir + "/seed-utf16be.txt", parser.InputText, true},
		{readableDir + "/seed-gb18030.txt", parser.InputText, true},
		{readableDir + "/webcopy-spaces.txt", parser.InputText, false},
		{readableDir + "/markdown.md", parser.InputText, true},
		{readableDir + "/wps-clean-department-2023.docx", parser.InputDocx, true},
		{readableDir + "/libreoffice-clean-department-2023.docx", parser.InputDocx, true},
		{readableDir + "/沭阳县发展和改革局-2023-gbk.html", parser.InputHTML, true},
		{readableDir + "/clean-department-2023.html", parser.InputHTML, true},
	} {
		t.Run(filepath.Base(c.file), func(t *testing.T) {
			data, err := os.ReadFile(c.file)
			if err != nil {
				t.Fatal(err)
			}
			if got := Sniff(data); got != c.input {
				t.Errorf("Sniff = %q, want %q", got, c.input)
			}
			if !readerReady(t, c.input) {
				t.Fatal(c.input + " reader cannot read its plain sample")
			}
			rep, err := LoadFile(c.file, parser.Limits{})
			if err != nil {
				t.Fatalf("LoadFile: %v", err)
			}
			if rep.File != c.file || rep.Input != c.input || rep.Schema != parser.Schema {
				t.Errorf("file %q input %q schema %q; want %q %q", rep.File, rep.Input, rep.Schema, c.file, c.input)
			}
			if c.table3 && rep.Table3 == nil {
				t.Errorf("no 表三 recognised")
			}
		})
	}
	// Strict OOXML names its main part through _rels (here word\main.xml): still a docx.
	if b, err := os.ReadFile(readableDir + "/strict.docx"); err != nil || Sniff(b) != parser.InputDocx {
		t.Errorf("strict.docx: Sniff = %q (%v), want docx", Sniff(b), err)
	}
}

// TestPanicRecovered: a panic below Read becomes a corrupt-kind error naming where.
func TestPanicRecovered(t *testing.T) {
	rep, err := func() (rep *parser.Report, err error) {
		defer func() {
			if r := recover(); r != nil {
				rep, err = nil, panicError(r)
			}
		}()
		var m map[string]int
		m["x"]++ // a real runtime panic (nil map), not a string
		return nil, nil
	}()
	checkRefused(t, rep, err, []string{KindCorrupt})
	if !strings.Contains(err.(*Error).EN, "internal error") {
		t.Errorf("EN %q does not say internal error", err.(*Error).EN)
	}
}

func mustReadT(t *testing.T, path string) []byte {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestCellPrecount: the pre-counts never refuse a real report at the default limits, and
// they do not undercount the cells a reader finds.
func TestCellPrecount(t *testing.T) {
	if n := countCellTags([]byte("<TD>1</td><th class=x>2<td/><tdx><thead><table>")); n != 3 {
		t.Errorf("countCellTags = %d, want 3", n)
	}
	for _, f := range []string{"../../testdata/samples/连生乡-2023-tika.txt", readableDir + "/clean-department-2023.html",
		readableDir + "/沭阳县发展和改革局-2023-gbk.html", readableDir + "/seed-utf16be.txt"} {
		data := mustReadT(t, f)
		n := countTabs(data)
		if Sniff(data) == parser.InputHTML {
			n = countCellTags(data)
		}
		if n == 0 || n > 5000 {
			t.Errorf("%s: pre-count %d cells, want 1..5000 for a real report", filepath.Base(f), n)
		}
	}
}

// TestBlank: whitespace in any encoding is empty; a big file with text in the middle is not.
func TestBlank(t *testing.T) {
	mid := append(append(bytes.Repeat([]byte(" "), 100<<10), "2023年报告"...), bytes.Repeat([]byte("\n"), 100<<10)...)
	for _, c := range []struct {
		name  string
		data  []byte
		blank bool
	}{
		{"spaces", []byte(" \t\r\n"), true},
		{"utf8 ideographic", []byte("\ufeff\u3000\u00a0\n"), true},
		{"utf16le", []byte{0xFF, 0xFE, 0x20, 0x00, 0x00, 0x30, 0x0A, 0x00}, true},
		{"gb18030 ideographic", []byte{0xA1, 0xA1, 0x0D, 0x0A}, true},
		{"nul padding", make([]byte, 4096), true},
		{"text in the middle", mid, false},
		{"one letter", []byte("   a   "), false},
		{"utf16 letter", []byte{0xFF, 0xFE, 0x20, 0x00, 0x41, 0x00}, false},
	} {
		if got := isBlank(c.data); got != c.blank {
			t.Errorf("%s: isBlank = %v, want %v", c.name, got, c.blank)
		}
	}
}

// TestOLEDamagedFAT: when the directory chain cannot be followed (a damaged header or
// FAT), the slot scan still finds the stream names.
func TestOLEDamagedFAT(t *testing.T) {
	for _, c := range []struct {
		name string
		gen  func(testing.TB) []byte
		want string
	}{
		{"doc", genOLEDoc, KindDoc},
		{"encrypted", genOLEEncrypted, KindEncrypted},
	} {
		data := c.gen(t)
		binary.LittleEndian.PutUint32(data[0x30:], 0x7FFFFFFF) // first directory sector: out of the file
		if oleNames(data) != nil {
			t.Errorf("%s: oleNames followed a broken chain", c.name)
		}
		if got := Sniff(data); got != c.want {
			t.Errorf("%s: Sniff = %q, want %q", c.name, got, c.want)
		}
	}
}
