package docx

// Fixture generator: `go test ./parser/docx -update` rewrites testdata/docx/*.docx from
// the sources below (and then the golden JSON). Fixtures carry one family of quirks
// each, written the way Word, WPS or LibreOffice write them. go-docx's writer builds
// the plain-merge fixture; quirks it cannot write (sdt, tracked changes, fields,
// AlternateContent, gridBefore …) are hand-written document.xml parts zipped here.

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	godocx "github.com/fumiama/go-docx"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

const fixtureDir = "../../testdata/docx"

const docHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"><w:body>`

const docTail = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`

const pkgRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`

// para and cell keep the hand-written fixtures readable.
func para(text string) string {
	return `<w:p><w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`
}

func tc(props, body string) string { return `<w:tc><w:tcPr>` + props + `</w:tcPr>` + body + `</w:tc>` }

// zipParts writes a zip with the parts in the given order (name, content pairs).
func zipParts(t testing.TB, parts ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(parts); i += 2 {
		w, err := zw.Create(parts[i])
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(parts[i+1])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// docxOf wraps body XML into a minimal valid .docx.
func docxOf(t testing.TB, body string) []byte {
	return zipParts(t, "[Content_Types].xml", contentTypes, "_rels/.rels", pkgRels,
		"word/document.xml", docHead+body+docTail)
}

// fixtureSources builds each generated fixture. Names are file names under testdata/docx.
var fixtureSources = map[string]func(t testing.TB) []byte{
	// Text split across runs, bookmarks, proofing marks, breaks, tabs, ideographic spaces,
	// full-width digits, smart tags, custom XML, hyperlinks, simple and complex fields,
	// hidden text.
	"runs.docx": func(t testing.TB) []byte {
		return docxOf(t, ``+
			`<w:p><w:pPr><w:jc w:val="center"/><w:rPr><w:b/></w:rPr></w:pPr><w:r><w:t>一、本年</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:rPr><w:b/></w:rPr><w:t>新收</w:t></w:r><w:proofErr w:type="spellEnd"/><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:r><w:t xml:space="preserve">政府信息公开</w:t></w:r><w:r><w:t>申请数量</w:t></w:r><w:bookmarkEnd w:id="0"/></w:p>`+
			`<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t><w:cr/><w:t>第三行</w:t></w:r></w:p>`+
			`<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:t>名称</w:t><w:tab/><w:t>１２３</w:t></w:r></w:p>`+
			`<w:p><w:r><w:t>　　全年共收到申请２４件。　</w:t></w:r></w:p>`+
			`<w:p><w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chsdate"><w:smartTagPr><w:attr w:name="Year" w:val="2024"/></w:smartTagPr><w:r><w:t>2024年1月20日</w:t></w:r></w:smartTag></w:p>`+
			`<w:p><w:customXml w:element="issuer"><w:customXmlPr><w:attr w:name="x" w:val="隐藏属性"/></w:customXmlPr><w:r><w:t>临江县</w:t></w:r></w:customXml><w:hyperlink r:id="rId9" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>人民政府</w:t></w:r></w:hyperlink></w:p>`+
			`<w:p><w:r><w:t>第</w:t></w:r><w:fldSimple w:instr=" PAGE \* MERGEFORMAT "><w:r><w:t>3</w:t></w:r></w:fldSimple><w:r><w:t>页</w:t></w:r></w:p>`+
			`<w:p><w:r><w:t>共</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> NUMPAGES </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>5</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>页</w:t></w:r></w:p>`+
			// Nested fields: IF { MERGEFIELD x } = "" "空" "非空" → result 非空.
			`<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> IF </w:instrText></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> MERGEFIELD x </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>«x»</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:instrText xml:space="preserve"> = "" "空" "非空" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>非空</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`+
			`<w:p><w:r><w:t xml:space="preserve">  　 </w:t></w:r></w:p>`+
			`<w:p><w:r><w:t>a</w:t><w:noBreakHyphen/><w:t>b</w:t><w:softHyphen/><w:t>c</w:t><w:sym w:font="Wingdings" w:char="F0FC"/></w:r></w:p>`+
			`<w:p><w:r><w:t>`+"\u00a0"+`不换行空格`+"\u00a0"+`</w:t></w:r></w:p>`+
			`<w:p><w:r><w:t>可见</w:t></w:r><w:r><w:rPr><w:rFonts w:hint="eastAsia"/><w:vanish/></w:rPr><w:t>隐藏文字</w:t><w:br/></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>也可见</w:t></w:r></w:p>`)
	},

	// Tracked changes: insertions count, deletions and moved-away text do not; a deleted
	// table row is dropped.
	"tracked.docx": func(t testing.TB) []byte {
		return docxOf(t, ``+
			`<w:p><w:r><w:t>收到申请</w:t></w:r><w:del w:id="1" w:author="a" w:date="2024-01-02T00:00:00Z"><w:r><w:delText>23</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>24</w:t></w:r></w:ins><w:r><w:t>件</w:t></w:r></w:p>`+
			`<w:p><w:moveFrom w:id="3" w:author="a"><w:r><w:t>旧位置</w:t></w:r></w:moveFrom><w:r><w:t>正文</w:t></w:r><w:moveTo w:id="4" w:author="a"><w:r><w:t>新位置</w:t></w:r></w:moveTo></w:p>`+
			`<w:p><w:del w:id="5" w:author="a"><w:r><w:delText>整段删除</w:delText></w:r></w:del></w:p>`+
			`<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>`+
			`<w:tr>`+tc(``, para(`信息内容`))+tc(``, para(`本年处理决定数量`))+`</w:tr>`+
			`<w:tr><w:trPr><w:del w:id="6" w:author="a"/></w:trPr>`+tc(``, `<w:p><w:del w:id="7" w:author="a"><w:r><w:delText>已删除行</w:delText></w:r></w:del></w:p>`)+tc(``, `<w:p/>`)+`</w:tr>`+
			`<w:tr><w:trPr><w:ins w:id="8" w:author="a"/></w:trPr>`+tc(``, para(`行政许可`))+tc(``, `<w:p><w:del w:id="9" w:author="a"><w:r><w:delText>150</w:delText></w:r></w:del><w:ins w:id="10" w:author="a"><w:r><w:t>156</w:t></w:r></w:ins></w:p>`)+`</w:tr>`+
			`</w:tbl>`)
	},

	// Content controls at block, row, cell and run level (WPS and Word templates use them
	// for fill-in fields), custom XML around a row, unfilled controls showing a prompt.
	"sdt.docx": func(t testing.TB) []byte {
		return docxOf(t, ``+
			`<w:sdt><w:sdtPr><w:alias w:val="标题"/><w:placeholder><w:docPart w:val="DefaultPlaceholder"/></w:placeholder></w:sdtPr><w:sdtEndPr/><w:sdtContent><w:p><w:r><w:t>临江县2023年政府信息公开工作年度报告</w:t></w:r></w:p></w:sdtContent></w:sdt>`+
			`<w:sdt><w:sdtPr><w:id w:val="1"/></w:sdtPr><w:sdtContent>`+
			`<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>`+
			`<w:tr>`+tc(``, para(`信息内容`))+`<w:sdt><w:sdtPr><w:id w:val="2"/></w:sdtPr><w:sdtContent>`+tc(``, para(`本年处理决定数量`))+`</w:sdtContent></w:sdt></w:tr>`+
			`<w:sdt><w:sdtPr><w:id w:val="3"/></w:sdtPr><w:sdtContent><w:tr>`+tc(``, para(`行政处罚`))+tc(``, `<w:p><w:sdt><w:sdtPr><w:text/></w:sdtPr><w:sdtContent><w:r><w:t>23</w:t></w:r></w:sdtContent></w:sdt></w:p>`)+`</w:tr></w:sdtContent></w:sdt>`+
			`<w:customXml w:element="row"><w:tr>`+tc(``, para(`行政强制`))+`<w:customXml w:element="cell">`+tc(``, `<w:sdt><w:sdtPr/><w:sdtContent>`+para(`2`)+`</w:sdtContent></w:sdt>`)+`</w:customXml></w:tr></w:customXml>`+
			// An unfilled control shows Word's prompt, which is not content.
			`<w:tr>`+tc(``, para(`行政事业性收费`))+tc(``, `<w:sdt><w:sdtPr><w:showingPlcHdr/><w:placeholder><w:docPart w:val="X"/></w:placeholder></w:sdtPr><w:sdtContent><w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>单击或点击此处输入文字。</w:t></w:r></w:p></w:sdtContent></w:sdt>`)+`</w:tr>`+
			`</w:tbl></w:sdtContent></w:sdt>`+
			para(`表后段落`)+
			`<w:p><w:r><w:t>日期：</w:t></w:r><w:sdt><w:sdtPr><w:showingPlcHdr/><w:date/></w:sdtPr><w:sdtContent><w:r><w:t>单击或点击以输入日期。</w:t></w:r></w:sdtContent></w:sdt></w:p>`)
	},

	// Text boxes: a DrawingML text box with its VML fallback (same text, must be read
	// once), a VML-only text box, and an AlternateContent whose branches differ.
	"textbox.docx": func(t testing.TB) []byte {
		box := func(text string) string { return `<w:txbxContent>` + para(text) + `</w:txbxContent>` }
		return docxOf(t, ``+
			`<w:p><w:r><w:t>锚定段落</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx>`+box(`文本框内容`)+`</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>`+box(`文本框内容`)+`</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>（续）</w:t></w:r></w:p>`+
			`<w:p><w:r><w:pict><v:shape><v:textbox>`+box(`旧式文本框`)+`</v:textbox></v:shape></w:pict></w:r></w:p>`+
			`<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:t>选择分支</w:t></mc:Choice><mc:Fallback><w:t>后备分支</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>`+
			`<w:p><w:r><mc:AlternateContent><mc:Fallback><w:t>只有后备</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>`+
			para(`结尾`))
	},

	// A one-cell table used as a page frame around the report, holding paragraphs and
	// a data table; then a data table broken in two at a page break.
	"frame.docx": func(t testing.TB) []byte {
		inner := `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>` +
			`<w:tr>` + tc(`<w:gridSpan w:val="3"/>`, para(`第二十条第（一）项`)) + `</w:tr>` +
			`<w:tr>` + tc(``, para(`信息内容`)) + tc(``, para(`本年制发件数`)) + tc(``, para(`本年废止件数`)) + `</w:tr>` +
			`<w:tr>` + tc(``, para(`规章`)) + tc(``, para(`0`)) + tc(``, para(`1`)) + `</w:tr>` +
			`</w:tbl>`
		return docxOf(t, ``+
			`<w:tbl><w:tblPr><w:tblBorders><w:top w:val="double"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="9000"/></w:tcPr>`+
			para(`一、总体情况`)+para(`二、主动公开政府信息情况`)+inner+`<w:p/>`+para(`三、收到和处理政府信息公开申请情况`)+
			`</w:tc></w:tr></w:tbl>`+
			`<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>`+
			`<w:tr>`+tc(``, para(`行政处罚`))+tc(``, para(`23`))+`</w:tr></w:tbl>`+
			`<w:p><w:r><w:br w:type="page"/></w:r></w:p>`+
			`<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>`+
			`<w:tr>`+tc(``, para(`行政强制`))+tc(``, para(`2`))+`</w:tr></w:tbl>`)
	},

	// Grid shapes: gridBefore / gridAfter, a short row, legacy hMerge, vMerge in both
	// spellings (Word's bare <w:vMerge/>, LibreOffice's val="continue"), a continue cell
	// in the first row, a continue cell under padding, cells of several paragraphs.
	"grid.docx": func(t testing.TB) []byte {
		return docxOf(t, ``+
			`<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>`+
			`<w:tr><w:trPr><w:gridBefore w:val="1"/><w:wBefore w:w="500"/></w:trPr>`+tc(`<w:vMerge/>`, para(`B0`))+tc(``, para(`C0`))+tc(``, para(`D0`))+`</w:tr>`+
			`<w:tr>`+tc(`<w:vMerge/>`, para(`A1`))+tc(`<w:vMerge w:val="restart"/>`, para(`B1`))+tc(`<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>`, `<w:p><w:r><w:t>C1</w:t></w:r></w:p><w:p/><w:p><w:r><w:t>第二段</w:t></w:r></w:p>`)+`</w:tr>`+
			`<w:tr>`+tc(``, para(`A2`))+tc(`<w:vMerge/>`, `<w:p/>`)+tc(`<w:gridSpan w:val="2"/><w:vMerge w:val="continue"/>`, para(`隐藏`))+`</w:tr>`+
			`<w:tr><w:trPr><w:gridAfter w:val="2"/></w:trPr>`+tc(``, para(`A3`))+tc(``, para(`B3`))+`</w:tr>`+
			`<w:tr>`+tc(`<w:hMerge w:val="restart"/>`, para(`A4`))+tc(`<w:hMerge/>`, `<w:p/>`)+tc(``, para(`　`))+tc(`<w:vMerge/>`, para(`D4`))+`</w:tr>`+
			`<w:tr>`+tc(``, para(`A5`))+`</w:tr>`+
			`<w:tr></w:tr>`+
			`</w:tbl>`)
	},

	// A Strict OOXML document whose main part is not word/document.xml (found through
	// _rels/.rels), stored with a Windows path separator, with core properties.
	"strict.docx": func(t testing.TB) []byte {
		rels := `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
			`<Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="/word/main.xml"/></Relationships>`
		core := `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>报告</dc:title><dcterms:created xsi:type="dcterms:W3CDTF">2024-01-15T08:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2024-01-20T09:30:00Z</dcterms:modified></cp:coreProperties>`
		doc := `<?xml version="1.0" encoding="UTF-8"?><x:document xmlns:x="http://purl.oclc.org/ooxml/wordprocessingml/main"><x:body>` +
			`<x:p><x:r><x:t>严格格式</x:t></x:r></x:p>` +
			`<x:tbl><x:tr><x:tc><x:p><x:r><x:t>甲</x:t></x:r></x:p></x:tc><x:tc><x:p><x:r><x:t>乙</x:t></x:r></x:p></x:tc></x:tr></x:tbl>` +
			`</x:body></x:document>`
		return zipParts(t, "[Content_Types].xml", contentTypes, "_rels/.rels", rels,
			`word\main.xml`, doc, "docProps/core.xml", core)
	},

	// Web systems' "export to Word": the report is an HTML part pulled in by w:altChunk.
	"altchunk.docx": func(t testing.TB) []byte {
		rels := `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="htmlChunk" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="afchunk.htm"/>` +
			`<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://example.gov.cn/x.htm" TargetMode="External"/></Relationships>`
		chunk := `<html><head><meta charset="utf-8"></head><body><p>一、总体情况</p>` +
			`<table><tr><td colspan="2">第二十条第（一）项</td></tr><tr><td>规章</td><td>0</td></tr></table>` +
			`<p>二、主动公开政府信息情况</p></body></html>`
		return zipParts(t, "[Content_Types].xml", contentTypes, "_rels/.rels", pkgRels,
			"word/document.xml", docHead+para(`前言段落`)+`<w:altChunk r:id="htmlChunk"/>`+para(`结尾段落`)+`<w:altChunk r:id="rId9"/>`+docTail,
			"word/_rels/document.xml.rels", rels, "word/afchunk.htm", chunk)
	},

	// Written by go-docx: paragraphs and a 表四-like header with gridSpan and vMerge.
	"godocx-merge.docx": func(t testing.TB) []byte {
		d := godocx.New().WithDefaultTheme()
		d.AddParagraph().AddText("四、政府信息公开行政复议、行政诉讼情况")
		tbl := d.AddTable(3, 4, 0, nil)
		set := func(r, c int, text string) *godocx.WTableCell {
			cell := tbl.TableRows[r].TableCells[c]
			cell.AddParagraph().AddText(text)
			return cell
		}
		set(0, 0, "行政复议").TableCellProperties.GridSpan = &godocx.WGridSpan{Val: 2}
		set(0, 1, "行政诉讼").TableCellProperties.GridSpan = &godocx.WGridSpan{Val: 2}
		tbl.TableRows[0].TableCells = tbl.TableRows[0].TableCells[:2]
		set(1, 0, "结果维持").TableCellProperties.VMerge = &godocx.WvMerge{Val: "restart"}
		set(1, 1, "总计")
		set(1, 2, "结果维持")
		set(1, 3, "总计")
		tbl.TableRows[2].TableCells[0].AddParagraph()
		tbl.TableRows[2].TableCells[0].TableCellProperties.VMerge = &godocx.WvMerge{}
		set(2, 1, "1")
		set(2, 2, "0")
		set(2, 3, "0")
		d.AddParagraph().AddText("五、存在的主要问题及改进情况")
		var buf bytes.Buffer
		if _, err := d.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	},
}

// copiedFixtures are real files copied into testdata/docx (tests never read outside it):
// the official 2021 template as saved by WPS, a filled report in WPS XML and the same
// report saved by LibreOffice (from the acceptance corpus).
var copiedFixtures = map[string]string{
	"official-blank-2021.docx":     "../../testdata/samples/official-blank-2021.docx",
	"filled-wps-2023.docx":         "../../testdata/corpus/clean-department-2023.docx",
	"filled-libreoffice-2023.docx": "../../testdata/corpus/libreoffice/clean-department-2023.docx",
}

// libreofficeFixtures are generated fixtures round-tripped through LibreOffice
// (soffice --convert-to docx), which writes its own XML: explicit vMerge="continue",
// adjacent tables joined into one, text boxes as DrawingML with a VML fallback, every
// run with full properties. Their content must read as the source's does.
// (Not runs.docx: LibreOffice recomputes field results and writes w:sym as a
// private-use character.) Without soffice, -update keeps the committed files.
var libreofficeFixtures = []string{"frame.docx", "textbox.docx", "tracked.docx"}

func convertWithLibreOffice(t *testing.T, name string) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Logf("keep committed lo-%s: no soffice", name)
		return
	}
	tmp := t.TempDir()
	src := filepath.Join(tmp, name)
	data, err := os.ReadFile(filepath.Join(fixtureDir, name))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(src, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(tmp, "out")
	cmd := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.Join(tmp, "profile"),
		"--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", out, src)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice %s: %v\n%s", name, err, msg)
	}
	conv, err := os.ReadFile(filepath.Join(out, name))
	if err != nil {
		t.Fatal(err)
	}
	writeFixture(t, "lo-"+name, conv)
}

// writeFixture writes a generated fixture unless the committed one reads to the same
// Document: go-docx and LibreOffice stamp times into their zips, and a fixture should
// change in git only when its content does.
func writeFixture(t *testing.T, name string, data []byte) {
	path := filepath.Join(fixtureDir, name)
	if old, err := os.ReadFile(path); err == nil {
		a, errA := Read(old, parser.Limits{})
		b, errB := Read(data, parser.Limits{})
		if errA == nil && errB == nil {
			ja, _ := json.Marshal(a)
			jb, _ := json.Marshal(b)
			if bytes.Equal(ja, jb) {
				return
			}
		}
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func writeFixtures(t *testing.T) {
	if err := os.MkdirAll(fixtureDir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, build := range fixtureSources {
		writeFixture(t, name, build(t))
	}
	for _, name := range libreofficeFixtures {
		convertWithLibreOffice(t, name)
	}
	for name, src := range copiedFixtures {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Logf("keep committed %s: %v", name, err)
			continue
		}
		if err := os.WriteFile(filepath.Join(fixtureDir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
