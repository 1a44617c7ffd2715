package docx

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// Fixtures under testdata/docx/numbering are the clean corpus report with its typed
// numbers taken out and drawn by Word's list numbering instead (make_fixtures.py), and
// LibreOffice's re-saves of them (lo-*), whose numbering.xml LibreOffice writes its own
// way (one abstract list per w:num, restarts as w:startOverride on extra w:num).
const numberingDir = "../../testdata/docx/numbering"

// allTexts lists every paragraph's text, table cells included (each merged cell once),
// in reading order.
func allTexts(doc *parser.Document) []string {
	var out []string
	for _, b := range doc.Blocks {
		if b.Para != nil {
			out = append(out, b.Para.Text)
			continue
		}
		seen := map[parser.Loc]bool{}
		for _, row := range b.Table.Rows {
			for _, c := range row {
				if c.Text != "" && !seen[c.Loc] {
					seen[c.Loc] = true
					out = append(out, c.Text)
				}
			}
		}
	}
	return out
}

func readNumberingFixture(t testing.TB, name string) *parser.Document {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(numberingDir, name))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Read(data, parser.Limits{})
	if err != nil {
		t.Fatalf("Read(%s): %v", name, err)
	}
	return doc
}

// inOrder reports the first of want not found in got after the previous one.
func inOrder(got, want []string) (missing string, ok bool) {
	i := 0
	for _, w := range want {
		j := slices.Index(got[i:], w)
		if j < 0 {
			return w, false
		}
		i += j + 1
	}
	return "", true
}

var table3Numbered = []string{
	"一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "三、本年度办理结果",
	"（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开",
	"1. 属于国家秘密", "2. 其他法律行政法规禁止公开", "8. 属于行政查询事项",
	"（四）无法提供", "1. 本机关不掌握相关政府信息", "3. 补正后申请内容仍不明确",
	"（五）不予处理", "1. 信访举报投诉类申请", "5. 要求行政机关确认或重新出具已获取信息",
	"（六）其他处理", "1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "3. 其他",
	"（七）总计", "四、结转下年度继续办理",
}

func TestNumberingFixtures(t *testing.T) {
	cases := []struct {
		name string
		want []string // in this order among all paragraphs and cells
		not  []string // nowhere
	}{
		{"auto-all.docx",
			append(append([]string{"临江县发展和改革局2023年政府信息公开工作年度报告",
				"一、总体情况", "（一）主动公开工作", "（二）依申请公开工作", "二、主动公开政府信息情况",
				"三、收到和处理政府信息公开申请情况"}, table3Numbered...),
				"四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
				"1. 政策解读形式还不够丰富。", "2. 公开内容的及时性有待提高。", "六、其他需要报告的事项"),
			[]string{"总体情况", "予以公开", "属于国家秘密", "9. 属于国家秘密", "1.属于国家秘密"}},
		{"mixed-restart.docx",
			[]string{"一、总体情况", "一、加强组织领导。", "二、完善制度建设。", "二、主动公开政府信息情况",
				"三、收到和处理政府信息公开申请情况", "（一）予以公开", "（七）总计",
				"四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
				"一、政策解读形式还不够丰富。", "二、公开内容的及时性有待提高。", "六、其他需要报告的事项"},
			[]string{"收到和处理政府信息公开申请情况", "一、收到和处理政府信息公开申请情况", "三、政策解读形式还不够丰富。"}},
		{"style-numbering.docx",
			[]string{"临江县发展和改革局2023年政府信息公开工作年度报告", "一、总体情况", "二、主动公开政府信息情况",
				"三、收到和处理政府信息公开申请情况", "一、本年新收政府信息公开申请数量", "（一）予以公开",
				"四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进举措", "六、其他需要报告的事项"},
			[]string{"一、临江县发展和改革局2023年政府信息公开工作年度报告", "七、其他需要报告的事项", "总体情况"}},
		{"wps-blank.docx",
			[]string{"一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
				"一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "三、本年度办理结果",
				"（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开", "1.属于国家秘密",
				"（四）无法提供", "（五）不予处理", "（六）其他处理", "（七）总计", "四、结转下年度继续办理",
				"四、因政府信息公开工作被申请行政复议、提起行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"},
			[]string{"七、存在的主要问题及改进情况", "五、结转下年度继续办理", "（八）总计"}},
	}
	for _, c := range cases {
		for _, name := range []string{c.name, "lo-" + c.name} {
			t.Run(name, func(t *testing.T) {
				got := allTexts(readNumberingFixture(t, name))
				if w, ok := inOrder(got, c.want); !ok {
					t.Errorf("%q missing or out of order; read:\n%s", w, strings.Join(got, "\n"))
				}
				for _, n := range c.not {
					if slices.Contains(got, n) {
						t.Errorf("%q read, should not be", n)
					}
				}
			})
		}
	}
}

// TestNumberingLibreOffice: LibreOffice's copy of each fixture reads the same, though
// its numbering.xml is organised differently.
func TestNumberingLibreOffice(t *testing.T) {
	for _, name := range []string{"auto-all.docx", "mixed-restart.docx", "style-numbering.docx", "wps-blank.docx"} {
		a := allTexts(readNumberingFixture(t, name))
		b := allTexts(readNumberingFixture(t, "lo-"+name))
		if !slices.Equal(a, b) {
			t.Errorf("%s and its LibreOffice copy read differently:\n%s\n---\n%s", name, strings.Join(a, "\n"), strings.Join(b, "\n"))
		}
	}
}

// Hand-written parts for the counting rules.

const numHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">`

const stylesHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">`

func nlvl(ilvl int, fmt, text, more string) string {
	return `<w:lvl w:ilvl="` + string(rune('0'+ilvl)) + `"><w:start w:val="1"/><w:numFmt w:val="` + fmt + `"/><w:lvlText w:val="` + text + `"/>` + more + `</w:lvl>`
}

// np is a paragraph in list numId at level ilvl ("" leaves either out).
func np(numID, ilvl, text string) string {
	pr := ""
	if ilvl != "" {
		pr += `<w:ilvl w:val="` + ilvl + `"/>`
	}
	if numID != "" {
		pr += `<w:numId w:val="` + numID + `"/>`
	}
	return `<w:p><w:pPr><w:numPr>` + pr + `</w:numPr></w:pPr><w:r><w:t>` + text + `</w:t></w:r></w:p>`
}

func sp(style, text string) string {
	return `<w:p><w:pPr><w:pStyle w:val="` + style + `"/></w:pPr><w:r><w:t>` + text + `</w:t></w:r></w:p>`
}

// twoLevels: 一、 over （一） over 1. (suffix nothing on the CJK levels, tab on 1.).
const twoLevels = `<w:abstractNum w:abstractNumId="0">` +
	`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/></w:lvl>` +
	`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>` +
	`<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>` +
	`</w:abstractNum>`

func docxWithLists(t testing.TB, numbering, styles, body string) []byte {
	parts := []string{"[Content_Types].xml", contentTypes, "_rels/.rels", pkgRels,
		"word/document.xml", docHead + body + docTail}
	if numbering != "" {
		parts = append(parts, "word/numbering.xml", numbering)
	}
	if styles != "" {
		parts = append(parts, "word/styles.xml", styles)
	}
	return zipParts(t, parts...)
}

func TestNumberingRules(t *testing.T) {
	cases := []struct {
		name            string
		numbering, body string
		styles          string
		want            []string
	}{
		{"levels restart under a higher level",
			numHead + twoLevels + `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`, "" +
				np("1", "0", "甲") + np("1", "1", "a") + np("1", "2", "x") + np("1", "2", "y") + np("1", "1", "b") + np("1", "2", "z") +
				np("1", "0", "乙") + np("1", "1", "c") + np("1", "", "丙"),
			"", []string{"一、甲", "（一）a", "1. x", "2. y", "（二）b", "1. z", "二、乙", "（一）c", "三、丙"}},
		{"lvlRestart 0: never restarts; lvlRestart 1: only under level 1",
			numHead + `<w:abstractNum w:abstractNumId="0">` +
				nlvl(0, "chineseCounting", "%1、", `<w:suff w:val="nothing"/>`) +
				nlvl(1, "chineseCounting", "（%2）", `<w:lvlRestart w:val="0"/>`) +
				nlvl(2, "decimal", "%3.", `<w:lvlRestart w:val="1"/><w:suff w:val="nothing"/>`) +
				`</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
			np("1", "0", "甲") + np("1", "1", "a") + np("1", "2", "x") + np("1", "1", "b") + np("1", "2", "y") + np("1", "0", "乙") + np("1", "1", "c") + np("1", "2", "z"),
			"", []string{"一、甲", "（一）a", "1.x", "（二）b", "2.y", "二、乙", "（三）c", "1.z"}},
		{"multilevel %1.%2 and isLgl",
			numHead + `<w:abstractNum w:abstractNumId="0">` +
				nlvl(0, "chineseCounting", "第%1章", `<w:suff w:val="space"/>`) +
				nlvl(1, "decimal", "%1.%2", `<w:isLgl/>`) +
				nlvl(2, "upperLetter", "%1.%2.%3", `<w:suff w:val="space"/>`) +
				`</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
			np("1", "0", "总则") + np("1", "1", "a") + np("1", "1", "b") + np("1", "2", "c") + np("1", "0", "分则") + np("1", "1", "d"),
			"", []string{"第一章总则", "1.1 a", "1.2 b", "一.2.A c", "第二章分则", "2.1 d"}},
		{"w:num of one abstract list continue; a startOverride restarts where first used",
			numHead + `<w:abstractNum w:abstractNumId="5">` + nlvl(0, "decimal", "%1.", "") + `</w:abstractNum>` +
				`<w:num w:numId="1"><w:abstractNumId w:val="5"/></w:num>` +
				`<w:num w:numId="2"><w:abstractNumId w:val="5"/></w:num>` +
				`<w:num w:numId="3"><w:abstractNumId w:val="5"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>` +
				`<w:num w:numId="4"><w:abstractNumId w:val="5"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>` +
				`</w:numbering>`,
			np("1", "0", "a") + np("1", "0", "b") + np("2", "0", "c") + np("3", "0", "d") + np("3", "0", "e") + np("1", "0", "f") + np("4", "0", "g") + np("2", "0", "h"),
			"", []string{"1. a", "2. b", "3. c", "1. d", "2. e", "3. f", "7. g", "8. h"}},
		{"lvlOverride with a whole level; custom format falls back",
			numHead + `<w:abstractNum w:abstractNumId="0">` +
				`<w:lvl w:ilvl="0"><w:start w:val="1"/><mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="01, 02, 03, ..."/></mc:Choice><mc:Fallback><w:numFmt w:val="decimalZero"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%1"/><w:suff w:val="nothing"/></w:lvl>` +
				`</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
				`<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%1"/></w:lvl></w:lvlOverride></w:num></w:numbering>`,
			np("1", "0", "甲") + np("1", "0", "乙") + np("2", "0", "丙"),
			"", []string{"01甲", "02乙", "③丙"}},
		{"bullets, none and numId 0 add nothing; an unknown list adds nothing",
			numHead + `<w:abstractNum w:abstractNumId="0">` + nlvl(0, "bullet", "", "") + nlvl(1, "none", "", "") + `</w:abstractNum>` +
				`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
			np("1", "0", "要点") + np("1", "1", "无号") + np("0", "0", "去掉") + np("9", "0", "未定义") + np("x", "", "坏值"),
			"", []string{"要点", "无号", "去掉", "未定义", "坏值"}},
		{"empty numbered paragraphs count but are not emitted; a deleted paragraph mark is not counted",
			numHead + twoLevels + `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
			np("1", "0", "甲") + `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:p>` +
				`<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:del w:id="1" w:author="a" w:date="2024-01-01T00:00:00Z"/></w:rPr></w:pPr><w:del w:id="2" w:author="a" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>删去</w:delText></w:r></w:del></w:p>` +
				`<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:pPrChange w:id="3" w:author="a" w:date="2024-01-01T00:00:00Z"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange></w:pPr><w:r><w:t>丙</w:t></w:r></w:p>`,
			"", []string{"一、甲", "三、丙"}},
		{"numbered paragraphs in table cells",
			numHead + twoLevels + `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
			`<w:tbl><w:tr>` + tc("", np("1", "1", "予以公开")) + tc("", para("12")) + `</w:tr><w:tr>` + tc("", np("1", "1", "部分公开")) + tc("", para("3")) + `</w:tr></w:tbl>`,
			"", []string{"（一）予以公开", "12", "（二）部分公开", "3"}},
		{"numbering from the paragraph style, up its basedOn chain, and the default style",
			numHead + `<w:abstractNum w:abstractNumId="0">` +
				nlvl(0, "chineseCounting", "%1、", `<w:pStyle w:val="H1"/><w:suff w:val="nothing"/>`) +
				nlvl(1, "chineseCounting", "（%2）", `<w:pStyle w:val="H2"/>`) +
				`</w:abstractNum><w:abstractNum w:abstractNumId="1">` + nlvl(0, "decimalFullWidth", "%1．", "") + `</w:abstractNum>` +
				`<w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num></w:numbering>`,
			sp("H1", "总体情况") + sp("H2", "主动公开") + sp("H2b", "依申请公开") + sp("H1", "主动公开政府信息情况") +
				`<w:p><w:pPr><w:pStyle w:val="H1"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>标题</w:t></w:r></w:p>` +
				`<w:p><w:r><w:t>正文</w:t></w:r></w:p>` + sp("Plain", "不编号") + sp("Nope", "未知样式"),
			stylesHead + `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="4"/></w:numPr></w:pPr></w:style>` +
				`<w:style w:type="paragraph" w:styleId="Plain"><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr></w:style>` +
				`<w:style w:type="paragraph" w:styleId="H1"><w:basedOn w:val="Plain"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>` +
				`<w:style w:type="paragraph" w:styleId="H2"><w:basedOn w:val="H1"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>` +
				`<w:style w:type="paragraph" w:styleId="H2b"><w:basedOn w:val="H2"/></w:style>` +
				`<w:style w:type="paragraph" w:styleId="Loop1"><w:basedOn w:val="Loop2"/></w:style><w:style w:type="paragraph" w:styleId="Loop2"><w:basedOn w:val="Loop1"/></w:style>` +
				`</w:styles>`,
			[]string{"一、总体情况", "（一）主动公开", "（二）依申请公开", "二、主动公开政府信息情况", "标题", "１．正文", "不编号", "２．未知样式"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := Read(docxWithLists(t, c.numbering, c.styles, c.body), parser.Limits{})
			if err != nil {
				t.Fatal(err)
			}
			if got := allTexts(doc); !slices.Equal(got, c.want) {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}

// TestNumberingBroken: a missing, damaged, hostile or oversized numbering or styles part
// never fails the read; the paragraphs keep their text (with what numbering could be
// read, if any).
func TestNumberingBroken(t *testing.T) {
	body := np("1", "0", "总体情况") + sp("S", "主动公开")
	good := numHead + twoLevels + `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`
	deep := numHead + strings.Repeat("<w:x>", 300) + strings.Repeat("</w:x>", 300) + `</w:numbering>`
	cases := []struct{ name, numbering, styles string }{
		{"no numbering part", "", ""},
		{"not XML", "\x00\x01garbage", ""},
		{"cut short", good[:len(good)/2], ""},
		{"DOCTYPE", `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><w:numbering xmlns:w="` + nsW + `">&a;</w:numbering>`, ""},
		{"too deep", deep, ""},
		{"broken styles", good, "<w:styles"},
		{"cycles", numHead + `<w:abstractNum w:abstractNumId="0"><w:numStyleLink w:val="L"/></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
			stylesHead + `<w:style w:type="numbering" w:styleId="L"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="S"><w:basedOn w:val="S"/></w:style></w:styles>`},
		{"absurd values", numHead + `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="99999999999"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%9%0%"/></w:lvl><w:lvl w:ilvl="99"/><w:lvl w:ilvl="-1"/></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="12"><w:startOverride w:val="-4"/></w:lvlOverride></w:num></w:numbering>`, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := Read(docxWithLists(t, c.numbering, c.styles, body), parser.Limits{})
			if err != nil {
				t.Fatal(err)
			}
			got := allTexts(doc)
			if len(got) != 2 || !strings.HasSuffix(got[0], "总体情况") || !strings.HasSuffix(got[1], "主动公开") {
				t.Errorf("got %q", got)
			}
			for _, s := range got {
				if len(s) > 400 {
					t.Errorf("label runs away: %d bytes", len(s))
				}
			}
		})
	}
	t.Run("over the size limit", func(t *testing.T) {
		data := docxWithLists(t, good+strings.Repeat(" ", 5000), "", body)
		lim := parser.DefaultLimits
		lim.MaxXMLBytes = 4000 // the numbering part is over it, the main part is not
		doc, err := Read(data, lim)
		if err != nil {
			t.Fatal(err)
		}
		if got := allTexts(doc); !slices.Equal(got, []string{"总体情况", "主动公开"}) {
			t.Errorf("got %q", got)
		}
	})
	t.Run("the budget keeps room for the main part", func(t *testing.T) {
		data := docxWithLists(t, good+strings.Repeat(" ", 5000), "", body)
		lim := parser.DefaultLimits
		lim.MaxArchiveBytes = 6000 // enough for the main part or numbering, not both
		if _, err := Read(data, lim); err != nil {
			t.Fatal(err)
		}
	})
}

func TestAppendNumber(t *testing.T) {
	cases := []struct {
		fmt  string
		v    int
		want string
	}{
		{"chineseCounting", 1, "一"}, {"chineseCounting", 6, "六"}, {"chineseCounting", 10, "十"},
		{"chineseCounting", 11, "十一"}, {"chineseCounting", 20, "二十"}, {"chineseCounting", 21, "二十一"},
		{"chineseCounting", 99, "九十九"}, {"chineseCounting", 101, "一〇一"}, {"chineseCounting", 0, "〇"},
		{"chineseCountingThousand", 10, "十"}, {"chineseCountingThousand", 100, "一百"},
		{"chineseCountingThousand", 105, "一百零五"}, {"chineseCountingThousand", 110, "一百一十"},
		{"chineseCountingThousand", 1001, "一千零一"},
		{"japaneseCounting", 3, "三"}, {"taiwaneseCounting", 12, "十二"},
		{"chineseLegalSimplified", 12, "壹拾贰"}, {"ideographLegalTraditional", 3, "參"},
		{"ideographTraditional", 1, "甲"}, {"ideographTraditional", 10, "癸"}, {"ideographZodiac", 12, "亥"},
		{"ideographDigital", 10, "一〇"},
		{"decimalEnclosedCircle", 1, "①"}, {"decimalEnclosedCircle", 20, "⑳"}, {"decimalEnclosedCircle", 21, "㉑"},
		{"decimalEnclosedCircle", 50, "㊿"}, {"decimalEnclosedCircle", 51, "51"}, {"decimalEnclosedCircleChinese", 2, "②"},
		{"ideographEnclosedCircle", 1, "㈠"}, {"decimalEnclosedParen", 3, "⑶"}, {"decimalEnclosedFullstop", 2, "⒉"},
		{"decimalFullWidth", 12, "１２"}, {"decimal", 7, "7"}, {"decimalZero", 5, "05"}, {"decimalZero", 12, "12"},
		{"upperRoman", 4, "IV"}, {"lowerRoman", 9, "ix"}, {"upperLetter", 2, "B"}, {"lowerLetter", 27, "aa"},
		{"bullet", 3, ""}, {"none", 3, ""}, {"somethingNew", 4, "4"},
	}
	for _, c := range cases {
		if got := string(appendNumber(nil, c.v, c.fmt)); got != c.want {
			t.Errorf("%s %d = %q, want %q", c.fmt, c.v, got, c.want)
		}
	}
}

// TestNumberingPaths: the streamed path (encoding/xml over a large main part) and the
// fallback reading after the scanner declines count the lists afresh and read the same.
func TestNumberingPaths(t *testing.T) {
	names := []string{"auto-all.docx", "mixed-restart.docx", "style-numbering.docx", "lo-auto-all.docx"}
	var want [][]string
	for _, n := range names {
		want = append(want, allTexts(readNumberingFixture(t, n)))
	}
	saved := maxInMemory
	maxInMemory = 0
	defer func() { maxInMemory = saved }()
	for i, n := range names {
		if got := allTexts(readNumberingFixture(t, n)); !slices.Equal(got, want[i]) {
			t.Errorf("%s reads differently when streamed", n)
		}
	}
	maxInMemory = saved
	// A DOCTYPE-free oddity the scanner declines (a non-ASCII element name in a foreign
	// namespace) sends the part to encoding/xml after the scanner has counted some lists.
	num := numHead + twoLevels + `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`
	body := np("1", "0", "甲") + `<x:扩展 xmlns:x="urn:x"/>` + np("1", "0", "乙")
	doc, err := Read(docxWithLists(t, num, "", body), parser.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if got := allTexts(doc); !slices.Equal(got, []string{"一、甲", "二、乙"}) {
		t.Errorf("after the scanner declined: %q", got)
	}
}

// FuzzNumbering: whatever the numbering and styles parts hold, Read succeeds on a sound
// main part, and every paragraph keeps its text at the end.
func FuzzNumbering(f *testing.F) {
	// Small seeds: the fuzzer minimises what it finds, and the fixtures' parts (tens of
	// kilobytes) make that crawl. The lists and styles of the fixtures, cut down.
	f.Add(numHead+twoLevels+`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="3"/></w:lvlOverride></w:num></w:numbering>`, "")
	f.Add(numHead+`<w:abstractNum w:abstractNumId="20"><w:numStyleLink w:val="GovList"/></w:abstractNum><w:abstractNum w:abstractNumId="21"><w:styleLink w:val="GovList"/>`+
		nlvl(0, "chineseCounting", "%1、", `<w:pStyle w:val="GovHeading"/><w:suff w:val="nothing"/>`)+nlvl(1, "decimalEnclosedCircle", "%1.%2", `<w:isLgl/><w:lvlRestart w:val="0"/>`)+
		`</w:abstractNum><w:num w:numId="8"><w:abstractNumId w:val="20"/></w:num><w:num w:numId="9"><w:abstractNumId w:val="21"/></w:num></w:numbering>`,
		stylesHead+`<w:style w:type="paragraph" w:default="1" w:styleId="1"/><w:style w:type="paragraph" w:styleId="GovHeading"><w:basedOn w:val="1"/><w:pPr><w:numPr><w:numId w:val="8"/></w:numPr></w:pPr></w:style>`+
			`<w:style w:type="numbering" w:styleId="GovList"><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:style></w:styles>`)
	f.Add(numHead+`<w:abstractNum w:abstractNumId="4"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:suff w:val="nothing"/><w:lvlText w:val="（%1）"/></w:lvl></w:abstractNum><w:num w:numId="4"><w:abstractNumId w:val="4"/></w:num><w:num w:numId="6"><w:abstractNumId w:val="4"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num></w:numbering>`, "")
	body := np("1", "0", "总体情况") + np("2", "1", "主动公开") + np("8", "", "依申请") + sp("GovHeading", "其他") +
		`<w:tbl><w:tr>` + tc("", np("4", "0", "予以公开")) + `</w:tr></w:tbl>`
	f.Fuzz(func(t *testing.T, numbering, styles string) {
		doc, err := Read(docxWithLists(t, numbering, styles, body), parser.Limits{MaxDepth: 64})
		if err != nil {
			t.Fatal(err)
		}
		got := allTexts(doc)
		if len(got) != 5 {
			t.Fatalf("%d paragraphs: %q", len(got), got)
		}
		for i, w := range []string{"总体情况", "主动公开", "依申请", "其他", "予以公开"} {
			if !strings.HasSuffix(got[i], w) || len(got[i]) > len(w)+maxLabel+1 {
				t.Errorf("paragraph %d: %q", i, got[i])
			}
		}
	})
}
