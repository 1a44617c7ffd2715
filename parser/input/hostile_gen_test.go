package input

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"flag"
	"hash/crc32"
	"image"
	"image/color"
	"image/png"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/simplifiedchinese"
)

var update = flag.Bool("update", false, "rewrite testdata/hostile from the generators")

const hostileDir = "../../testdata/hostile"

// committed lists the small hostile files kept in testdata/hostile, with the generator
// of each. `go test ./parser/input -run TestGenerateHostile -update` rewrites them.
var committed = map[string]func(t testing.TB) []byte{
	"empty.docx":          func(testing.TB) []byte { return nil },
	"blank.txt":           func(testing.TB) []byte { return []byte(" \r\n\t\u3000\r\n  \n") },
	"random.docx":         genRandom,
	"truncated.docx":      genTruncated,
	"no-document.docx":    genNoDocument,
	"archive-报告.docx":     genPlainZip,
	"cut-xml.docx":        genCutXML,
	"deep-nesting.docx":   genDeepNesting,
	"billion-laughs.docx": genBillionLaughs,
	"pdf-报告.docx":         genPDF,
	"png-报告.docx":         genPNG,
	"legacy-word.doc":     genOLEDoc,
	"encrypted.docx":      genOLEEncrypted,
	"works.wps":           genOLEWorks,
	"legacy-excel.xls":    genOLEXLS,
	"~$报告.docx":           genLock,
	"notice.docx":         genNoticeDocx,
	"notice-gb18030.txt":  genNoticeGB,
	"notice-utf16.txt":    genNoticeUTF16,
	"notice.html":         genNoticeHTML,
	"report.rtf": func(testing.TB) []byte {
		return []byte(`{\rtf1\ansi\ansicpg936 {\fonttbl{\f0 SimSun;}} 2023年政府信息公开工作年度报告\par}`)
	},
	"workbook.xlsx":          genXLSX,
	"report.ofd":             genOFD,
	"images-only.docx":       genImagesOnly,
	"entity-in-content.docx": genEntityNoDoctype,
	"garbled-deflate.docx":   genGarbledDeflate,
	"odf-document.odt":       genODT,
	"single-page.mht":        genMHT,
	"wordml-2003.xml":        genWordML,
}

func TestGenerateHostile(t *testing.T) {
	if !*update {
		t.Skip("run with -update to rewrite testdata/hostile")
	}
	if err := os.MkdirAll(hostileDir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, gen := range committed {
		if err := os.WriteFile(filepath.Join(hostileDir, name), gen(t), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// zipOf builds a zip of the given name/content pairs, deflated.
func zipOf(t testing.TB, parts ...string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(parts); i += 2 {
		w, err := zw.Create(parts[i])
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(parts[i+1]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const (
	contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`
	packageRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`
	documentRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`
	docOpen  = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`
	docClose = `</w:body></w:document>`
)

// docxOf builds a minimal Word package around the given document.xml.
func docxOf(t testing.TB, documentXML string, extra ...string) []byte {
	parts := []string{"[Content_Types].xml", contentTypes, "_rels/.rels", packageRels,
		"word/_rels/document.xml.rels", documentRels, "word/document.xml", documentXML}
	return zipOf(t, append(parts, extra...)...)
}

func paras(lines ...string) string {
	var b strings.Builder
	for _, l := range lines {
		b.WriteString("<w:p><w:r><w:t xml:space=\"preserve\">" + l + "</w:t></w:r></w:p>")
	}
	return b.String()
}

// notice is a real kind of document that lands in report folders: a meeting notice.
var notice = []string{
	"关于召开2024年第一季度安全生产工作会议的通知",
	"各科室、各下属单位：",
	"经研究，定于2024年3月5日（星期二）上午9时在局三楼会议室召开第一季度安全生产工作会议，请各单位主要负责同志准时参加。",
	"请于3月4日下午5时前将参会人员名单报办公室。",
	"特此通知。",
	"某县应急管理局",
	"2024年3月1日",
}

func genRandom(testing.TB) []byte {
	r := rand.New(rand.NewPCG(5, 2026))
	b := make([]byte, 4096)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

func genTruncated(t testing.TB) []byte {
	d := docxOf(t, docOpen+paras(notice...)+docClose)
	return d[:len(d)*6/10]
}

func genNoDocument(t testing.TB) []byte {
	return zipOf(t, "[Content_Types].xml", contentTypes, "_rels/.rels", packageRels,
		"word/styles.xml", `<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`)
}

func genPlainZip(t testing.TB) []byte {
	return zipOf(t, "报告/说明.txt", "2023年年报见附件", "报告/附件.txt", "附件")
}

func genCutXML(t testing.TB) []byte {
	x := docOpen + paras(notice...) + docClose
	return docxOf(t, x[:len(x)/2])
}

func genDeepNesting(t testing.TB) []byte {
	const levels = 100000 / 3
	return docxOf(t, docOpen+strings.Repeat("<w:tbl><w:tr><w:tc>", levels)+"<w:p/>"+
		strings.Repeat("</w:tc></w:tr></w:tbl>", levels)+docClose)
}

func genBillionLaughs(t testing.TB) []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<!DOCTYPE w:document [` + "\n" + `<!ENTITY lol "lol">` + "\n")
	prev := "lol"
	for i := 1; i <= 9; i++ {
		name := "lol" + string(rune('0'+i))
		b.WriteString(`<!ENTITY ` + name + ` "` + strings.Repeat("&"+prev+";", 10) + `">` + "\n")
		prev = name
	}
	b.WriteString("]>\n")
	b.WriteString(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		paras("&lol9;") + docClose)
	return docxOf(t, b.String())
}

// genEntityNoDoctype uses an undeclared entity without a DOCTYPE: a strict decoder must
// refuse it rather than expand it or pass it through.
func genEntityNoDoctype(t testing.TB) []byte {
	return docxOf(t, docOpen+paras("2023年政府信息公开工作年度报告&xxe;")+docClose)
}

// genGarbledDeflate keeps a valid directory but scrambles the compressed bytes of
// document.xml, so that inflating fails (or yields a wrong checksum).
func genGarbledDeflate(t testing.TB) []byte {
	d := docxOf(t, docOpen+paras(notice...)+paras(notice...)+docClose)
	i := bytes.Index(d, []byte("word/document.xml"))
	for j := i + len("word/document.xml") + 10; j < i+200 && j < len(d); j++ {
		d[j] ^= 0x5A
	}
	return d
}

func genPDF(testing.TB) []byte {
	return []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
}

func genPNG(t testing.TB) []byte {
	img := image.NewGray(image.Rect(0, 0, 8, 8))
	img.Set(3, 3, color.White)
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func genImagesOnly(t testing.TB) []byte {
	return docxOf(t, docOpen+`<w:p><w:r><w:drawing/></w:r></w:p>`+docClose, "word/media/image1.png", string(genPNG(t)))
}

func genNoticeDocx(t testing.TB) []byte { return docxOf(t, docOpen+paras(notice...)+docClose) }

func genNoticeGB(t testing.TB) []byte {
	b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(strings.Join(notice, "\r\n") + "\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func genNoticeUTF16(testing.TB) []byte {
	u := utf16.Encode([]rune(strings.Join(notice, "\r\n") + "\r\n"))
	b := []byte{0xFF, 0xFE}
	for _, c := range u {
		b = binary.LittleEndian.AppendUint16(b, c)
	}
	return b
}

func genNoticeHTML(testing.TB) []byte {
	return []byte("\ufeff  <!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + notice[0] + "</title></head><body>\n<p>" +
		strings.Join(notice, "</p>\n<p>") + "</p>\n</body></html>\n")
}

func genXLSX(t testing.TB) []byte {
	return zipOf(t, "[Content_Types].xml", contentTypes, "xl/workbook.xml",
		`<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`)
}

func genOFD(t testing.TB) []byte {
	return zipOf(t, "OFD.xml", `<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0"/>`, "Doc_0/Document.xml", "<ofd:Document/>")
}

func genODT(t testing.TB) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.CreateHeader(&zip.FileHeader{Name: "mimetype", Method: zip.Store})
	w.Write([]byte("application/vnd.oasis.opendocument.text"))
	w, _ = zw.Create("content.xml")
	w.Write([]byte("<office:document-content/>"))
	zw.Close()
	return buf.Bytes()
}

// genLock writes a Word lock file the way Word does: length byte, ANSI name padded to
// 54 bytes, UTF-16 length and name, zero padding to 162 bytes.
func genLock(testing.TB) []byte {
	const user = "zhangsan"
	b := make([]byte, lockFileSize)
	b[0] = byte(len(user))
	copy(b[1:], user)
	binary.LittleEndian.PutUint16(b[54:], uint16(len(user)))
	for i, c := range utf16.Encode([]rune(user)) {
		binary.LittleEndian.PutUint16(b[56+2*i:], c)
	}
	return b
}

// oleEntry is a directory entry of a compound file built by oleFile.
type oleEntry struct {
	name    string
	storage bool
	data    []byte
}

// oleFile builds a small but well-formed compound file (512-byte sectors, one FAT
// sector, one directory sector, every stream 4096 bytes so that none lives in the mini
// stream), enough for anything that reads the directory.
func oleFile(entries ...oleEntry) []byte {
	const ss = 512
	const free, end, fatSect, noStream = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
	hdr := make([]byte, ss)
	copy(hdr, oleMagic)
	binary.LittleEndian.PutUint16(hdr[0x18:], 0x3E)
	binary.LittleEndian.PutUint16(hdr[0x1A:], 3)
	binary.LittleEndian.PutUint16(hdr[0x1C:], 0xFFFE)
	binary.LittleEndian.PutUint16(hdr[0x1E:], 9)
	binary.LittleEndian.PutUint16(hdr[0x20:], 6)
	binary.LittleEndian.PutUint32(hdr[0x2C:], 1)    // FAT sectors
	binary.LittleEndian.PutUint32(hdr[0x30:], 1)    // first directory sector
	binary.LittleEndian.PutUint32(hdr[0x38:], 4096) // mini stream cutoff
	binary.LittleEndian.PutUint32(hdr[0x3C:], end)
	binary.LittleEndian.PutUint32(hdr[0x44:], end)
	for i := 0; i < 109; i++ {
		binary.LittleEndian.PutUint32(hdr[0x4C+4*i:], free)
	}
	binary.LittleEndian.PutUint32(hdr[0x4C:], 0)

	fat := make([]uint32, ss/4)
	for i := range fat {
		fat[i] = free
	}
	fat[0], fat[1] = fatSect, end
	dir := make([]byte, ss)
	var data []byte
	next := uint32(2)
	all := append([]oleEntry{{name: "Root Entry", storage: true}}, entries...)
	if len(all) > 4 {
		panic("oleFile: at most 3 entries")
	}
	for i, e := range all {
		d := dir[128*i : 128*i+128]
		u := utf16.Encode([]rune(e.name))
		for j, c := range u {
			binary.LittleEndian.PutUint16(d[2*j:], c)
		}
		binary.LittleEndian.PutUint16(d[64:], uint16(2*len(u)+2))
		d[66] = 2
		switch {
		case i == 0:
			d[66] = 5
		case e.storage:
			d[66] = 1
		}
		d[67] = 1
		binary.LittleEndian.PutUint32(d[68:], noStream)
		binary.LittleEndian.PutUint32(d[72:], noStream)
		binary.LittleEndian.PutUint32(d[76:], noStream)
		if i == 0 {
			binary.LittleEndian.PutUint32(d[76:], 1)
		} else if i+1 < len(all) {
			binary.LittleEndian.PutUint32(d[72:], uint32(i+1))
		}
		binary.LittleEndian.PutUint32(d[116:], end)
		if i > 0 && !e.storage {
			binary.LittleEndian.PutUint32(d[116:], next)
			binary.LittleEndian.PutUint32(d[120:], 4096)
			chunk := make([]byte, 4096)
			copy(chunk, e.data)
			data = append(data, chunk...)
			for k := uint32(0); k < 8; k++ {
				fat[next+k] = next + k + 1
			}
			fat[next+7] = end
			next += 8
		}
	}
	for i := 128 * len(all); i+128 <= ss; i += 128 {
		binary.LittleEndian.PutUint32(dir[i+68:], noStream)
		binary.LittleEndian.PutUint32(dir[i+72:], noStream)
		binary.LittleEndian.PutUint32(dir[i+76:], noStream)
	}
	fatB := make([]byte, ss)
	for i, v := range fat {
		binary.LittleEndian.PutUint32(fatB[4*i:], v)
	}
	out := append(hdr, fatB...)
	out = append(out, dir...)
	return append(out, data...)
}

func genOLEDoc(testing.TB) []byte {
	return oleFile(oleEntry{name: "WordDocument", data: []byte{0xEC, 0xA5, 0xC1, 0x00}},
		oleEntry{name: "1Table", data: []byte{0}})
}

func genOLEEncrypted(testing.TB) []byte {
	return oleFile(oleEntry{name: "\x06DataSpaces", storage: true},
		oleEntry{name: "EncryptionInfo", data: []byte{4, 0, 4, 0, 0x40, 0, 0, 0}},
		oleEntry{name: "EncryptedPackage", data: []byte{0x10, 0x27}})
}

func genOLEWorks(testing.TB) []byte {
	return oleFile(oleEntry{name: "CONTENTS", data: []byte("CHNKWKS ")}, oleEntry{name: "MatOST", data: []byte{0}})
}

func genOLEXLS(testing.TB) []byte {
	return oleFile(oleEntry{name: "Workbook", data: []byte{0x09, 0x08}})
}

// Generated at run time: too big to commit, or cheap to make.

var (
	bombOnce sync.Once
	bombZip  []byte
	lyingZip []byte
)

// genBomb returns a .docx whose word/document.xml inflates to 1 GiB of zeros from about
// 1 MB of deflate data, with correct sizes and CRC (the honest bomb), and genLyingBomb
// the same data declared as 1 000 bytes. The deflate stream is one compressed MiB of
// zeros repeated: sync-flushed blocks concatenate into a valid stream, so building it
// costs one MiB of compression, not one GiB.
func genBombs(t testing.TB) {
	bombOnce.Do(func() {
		const mib = 1 << 20
		zero := make([]byte, mib)
		var chunk bytes.Buffer
		fw, _ := flate.NewWriter(&chunk, flate.BestCompression)
		fw.Write(zero)
		fw.Flush()
		var stream bytes.Buffer
		for i := 0; i < 1024; i++ {
			stream.Write(chunk.Bytes())
		}
		stream.Write([]byte{0x03, 0x00}) // final empty fixed-Huffman block
		crc := crc32.NewIEEE()
		for i := 0; i < 1024; i++ {
			crc.Write(zero)
		}
		build := func(declared uint64) []byte {
			var buf bytes.Buffer
			zw := zip.NewWriter(&buf)
			for _, p := range [][2]string{{"[Content_Types].xml", contentTypes}, {"_rels/.rels", packageRels}} {
				w, _ := zw.Create(p[0])
				w.Write([]byte(p[1]))
			}
			w, err := zw.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate,
				CRC32: crc.Sum32(), CompressedSize64: uint64(stream.Len()), UncompressedSize64: declared})
			if err != nil {
				t.Fatal(err)
			}
			w.Write(stream.Bytes())
			zw.Close()
			return buf.Bytes()
		}
		bombZip = build(1 << 30)
		lyingZip = build(1000)
	})
}

// genManyEntries is a .docx with more zip entries than the default limit allows.
func genManyEntries(t testing.TB) []byte {
	parts := []string{"[Content_Types].xml", contentTypes, "word/document.xml", docOpen + paras(notice...) + docClose}
	for i := 0; i <= 2000; i++ {
		parts = append(parts, "customXml/item"+strings.Repeat("x", i%7)+string(rune('a'+i%26))+itoa(i)+".xml", "")
	}
	return zipOf(t, parts...)
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b []byte
	for ; i > 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}

// genMHT is what Word writes for 「单个文件网页」: MIME, quoted-printable HTML.
func genMHT(testing.TB) []byte {
	return []byte("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_01DA\"\r\n\r\n" +
		"------=_NextPart_01DA\r\nContent-Location: file:///C:/report.htm\r\nContent-Transfer-Encoding: quoted-printable\r\n" +
		"Content-Type: text/html; charset=\"gb2312\"\r\n\r\n<html xmlns:o=3D\"urn:schemas-microsoft-com:office:office\">\r\n" +
		"<body><p>2023=C4=EA</p></body></html>\r\n------=_NextPart_01DA--\r\n")
}

// genWordML is Word 2003's 「XML 文档」 format.
func genWordML(testing.TB) []byte {
	return []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<?mso-application progid="Word.Document"?>` + "\n" +
		`<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body><w:p><w:r><w:t>` + notice[0] + `</w:t></w:r></w:p></w:body></w:wordDocument>`)
}
