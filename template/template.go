// Package template writes a blank 政府信息公开工作年度报告 in the official layout (.docx),
// for clerks to fill in: title, preamble with the 统计期限 sentence, the six headings with
// short guidance notes, 表二/表三/表四 with the exact labels and merged cells of the
// State Council format (国办公开办函〔2021〕30号, or the 2019 trial format of
// 国办公开办函〔2019〕60号), numeric cells left empty, and a signature line.
//
// The tables copy the merges of the official blank template as Word saves it: gridSpan
// for horizontal merges, vMerge restart/continue for vertical ones, so that Word, WPS and
// LibreOffice show the same grid and our own .docx reader resolves it like any report.
package template

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"sync"
	"time"

	"github.com/fumiama/go-docx"
)

// Options say what to write.
type Options struct {
	// Year is the report year; 0 means last year.
	Year int
	// Issuer is the reporting body (发布机构), e.g. 「XX县XX镇人民政府」; it heads the title and
	// signs the report. Empty leaves a 「（机关名称）」 placeholder in the signature.
	Issuer string
	// Layout is "2021" (default, also for "") or "2019".
	Layout string
}

// Layouts this package writes.
const (
	Layout2021 = "2021"
	Layout2019 = "2019"
)

// Fonts of the official 公文 look; the East Asian font is what matters for Chinese text,
// and viewers fall back to a similar face when one is missing.
const (
	fontTitle   = "方正小标宋简体"
	fontHeading = "黑体"
	fontBody    = "仿宋_GB2312"
	fontTable   = "宋体"
)

// Write writes the blank report as a .docx to w.
func Write(w io.Writer, opt Options) error {
	if opt.Year == 0 {
		opt.Year = time.Now().Year() - 1
	}
	if opt.Year < 2008 || opt.Year > 9998 {
		return fmt.Errorf("template: year %d is out of range (报告年度应在2008年之后)", opt.Year)
	}
	switch opt.Layout {
	case "":
		opt.Layout = Layout2021
	case Layout2021, Layout2019:
	default:
		return fmt.Errorf("template: unknown layout %q, want 2021 or 2019 (格式只能是2021或2019)", opt.Layout)
	}
	d := docx.New().WithDefaultTheme()
	b := &builder{d: d}
	b.write(opt)
	// A4 with margins that fit 表三's width; sectPr must be the body's last element, or
	// Word calls the file damaged.
	d.Document.Body.Items = append(d.Document.Body.Items, &docx.SectPr{
		PgSz:  &docx.PgSz{W: 11906, H: 16838},
		PgMar: &docx.PgMar{Top: 1440, Bottom: 1440, Left: 980, Right: 980, Header: 851, Footer: 992},
	})
	var buf bytes.Buffer
	if _, err := d.WriteTo(&buf); err != nil {
		return fmt.Errorf("template: write .docx: %w", err)
	}
	if err := schemaOrder(w, buf.Bytes()); err != nil {
		return fmt.Errorf("template: write .docx: %w", err)
	}
	return nil
}

// vMergeBeforeGridSpan finds the one spot where go-docx writes w:tcPr children out of the
// schema's order (vMerge before gridSpan: 表三's merged corner has both). Word refuses
// out-of-order elements as "unreadable content" where LibreOffice does not mind.
// Compiled on first use: linting never writes a template.
var vMergeBeforeGridSpan = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(<w:vMerge[^>]*?(?:/>|></w:vMerge>))(<w:gridSpan[^>]*?(?:/>|></w:gridSpan>))`)
})

// schemaOrder copies the package to w with word/document.xml's tcPr children in order.
func schemaOrder(w io.Writer, pkg []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(pkg), int64(len(pkg)))
	if err != nil {
		return err
	}
	zw := zip.NewWriter(w)
	// [Content_Types].xml and the package relationships first, as Office writes them:
	// some tools sniff a .docx by its first entries.
	files := append([]*zip.File(nil), zr.File...)
	rank := func(name string) int {
		switch name {
		case "[Content_Types].xml":
			return 0
		case "_rels/.rels":
			return 1
		case "word/document.xml":
			return 2
		}
		return 3
	}
	sort.SliceStable(files, func(i, j int) bool { return rank(files[i].Name) < rank(files[j].Name) })
	for _, f := range files {
		rc, err := f.Open()
		if err != nil {
			return err
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return err
		}
		if f.Name == "word/document.xml" {
			data = vMergeBeforeGridSpan().ReplaceAll(data, []byte("$2$1"))
		}
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate, Modified: f.Modified})
		if err != nil {
			return err
		}
		if _, err := fw.Write(data); err != nil {
			return err
		}
	}
	return zw.Close()
}

type builder struct{ d *docx.Docx }

func (b *builder) write(opt Options) {
	year := strconv.Itoa(opt.Year)
	title := opt.Issuer + year + "年政府信息公开工作年度报告"
	b.para(title, fontTitle, "44", "center", true)

	instrument := "国办公开办函〔2021〕30号"
	if opt.Layout == Layout2019 {
		instrument = "国办公开办函〔2019〕60号"
	}
	issuer := opt.Issuer
	if issuer == "" {
		issuer = "（机关名称）"
	}
	b.body("本报告由" + issuer + "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（" + instrument + "）要求编制。")
	b.body("本报告中所列数据的统计期限自" + year + "年1月1日起至" + year + "年12月31日止。")
	b.body("（说明：本报告电子版的发布网站、联系地址和电话。填写时删去各括号中的说明文字。）")

	b.heading("一、总体情况")
	b.body("（文字描述：本年度主动公开、依申请公开、政府信息管理、平台建设、监督保障等工作情况；人民政府的报告还应说明工作考核、社会评议和责任追究结果情况。）")

	b.heading("二、主动公开政府信息情况")
	b.body("（表中各格填写数字，没有的填“0”。）")
	if opt.Layout == Layout2019 {
		b.table(table2v2019())
	} else {
		b.table(table2v2021())
	}

	b.heading("三、收到和处理政府信息公开申请情况")
	b.body("（表中各格填写数字，没有的填“0”。各列应满足：第一项加第二项之和，等于第三项加第四项之和。）")
	b.table(table3(opt.Layout))

	b.heading("四、政府信息公开行政复议、行政诉讼情况")
	b.body("（表中各格填写数字，没有的填“0”。）")
	b.table(table4())

	b.heading("五、存在的主要问题及改进情况")
	b.body("（文字描述：本年度工作存在的主要问题、改进措施，以及上一年度报告所列问题的改进情况。）")

	b.heading("六、其他需要报告的事项")
	if opt.Layout == Layout2019 {
		b.body("（文字描述：其他需要报告的事项。）")
	} else {
		b.body("（文字描述：依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），报告本年度收取信息处理费的情况（发出收费通知的件数和总金额、实际收取的总金额）；以及其他需要报告的事项。）")
	}

	b.para("", fontBody, "32", "", false)
	b.para(issuer, fontBody, "32", "right", false)
	b.para(strconv.Itoa(opt.Year+1)+"年  月  日", fontBody, "32", "right", false)
}

func (b *builder) para(text, font, size, jc string, bold bool) *docx.Paragraph {
	p := b.d.AddParagraph()
	if jc != "" {
		p.Justification(jc)
	}
	if text == "" {
		return p
	}
	r := p.AddText(text).Font(font, font, font, "eastAsia").Size(size)
	if bold {
		r.Bold()
	}
	return p
}

// heading and body paragraphs are indented by two characters, as 公文 are.
func (b *builder) heading(text string) { indent(b.para(text, fontHeading, "32", "both", false)) }
func (b *builder) body(text string)    { indent(b.para(text, fontBody, "32", "both", false)) }

func indent(p *docx.Paragraph) {
	if p.Properties == nil {
		p.Properties = &docx.ParagraphProperties{}
	}
	p.Properties.Ind = &docx.Ind{FirstLineChars: 200, FirstLine: 640}
}

// cell is one w:tc of a table spec: its text, how many grid columns it spans, and its
// part in a vertical merge ("restart", "continue" or none).
type cell struct {
	text   string
	span   int
	vmerge string
}

type tableSpec struct {
	widths []int64 // grid column widths in twips
	rows   [][]cell
}

func c(text string) cell             { return cell{text: text, span: 1} }
func span(text string, n int) cell   { return cell{text: text, span: n} }
func vstart(text string, n int) cell { return cell{text: text, span: n, vmerge: "restart"} }
func vcont(n int) cell               { return cell{span: n, vmerge: "continue"} }

func blanks(n int) []cell {
	cs := make([]cell, n)
	for i := range cs {
		cs[i] = c("")
	}
	return cs
}

func row(cs ...cell) []cell { return cs }

func cat(a []cell, b ...[]cell) []cell {
	for _, x := range b {
		a = append(a, x...)
	}
	return a
}

// table adds a table: a grid of len(widths) columns, each row's cells spanning as told.
func (b *builder) table(spec tableSpec) {
	heights := make([]int64, len(spec.rows))
	var total int64
	for _, w := range spec.widths {
		total += w
	}
	// Colours as ST_HexColor wants them (go-docx's default "#000000" is not valid OOXML),
	// and a width with its unit: Word is stricter than LibreOffice about both.
	black := &docx.APITableBorderColors{Top: "000000", Left: "000000", Bottom: "000000", Right: "000000", InsideH: "000000", InsideV: "000000"}
	t := b.d.AddTableTwips(heights, spec.widths, total, black)
	t.TableProperties.Width = &docx.WTableWidth{W: total, Type: "dxa"}
	t.Justification("center")
	for i, cells := range spec.rows {
		tr := t.TableRows[i]
		col := 0
		for j, sc := range cells {
			tc := tr.TableCells[j]
			var w int64
			for k := col; k < col+sc.span && k < len(spec.widths); k++ {
				w += spec.widths[k]
			}
			tc.TableCellProperties.TableCellWidth = &docx.WTableCellWidth{W: w, Type: "dxa"}
			if sc.span > 1 {
				tc.TableCellProperties.GridSpan = &docx.WGridSpan{Val: sc.span}
			}
			switch sc.vmerge {
			case "restart":
				tc.TableCellProperties.VMerge = &docx.WvMerge{Val: "restart"}
			case "continue":
				tc.TableCellProperties.VMerge = &docx.WvMerge{}
			}
			tc.TableCellProperties.VAlign = &docx.WVerticalAlignment{Val: "center"}
			p := tc.AddParagraph()
			// Column heads and numbers centred; long row labels read better justified.
			if len([]rune(sc.text)) <= 10 {
				p.Justification("center")
			} else {
				p.Justification("both")
			}
			if sc.text != "" {
				p.AddText(sc.text).Font(fontTable, fontTable, fontTable, "eastAsia").Size("21")
			}
			col += sc.span
		}
		tr.TableCells = tr.TableCells[:len(cells)]
	}
}

// table2v2021 is 表二 of the 2021 format: four blocks, each opened by a row over all columns.
func table2v2021() tableSpec {
	return tableSpec{
		widths: []int64{2435, 2435, 2435, 2435},
		rows: [][]cell{
			row(span("第二十条第（一）项", 4)),
			row(c("信息内容"), c("本年制发件数"), c("本年废止件数"), c("现行有效件数")),
			cat(row(c("规章")), blanks(3)),
			cat(row(c("行政规范性文件")), blanks(3)),
			row(span("第二十条第（五）项", 4)),
			row(c("信息内容"), span("本年处理决定数量", 3)),
			row(c("行政许可"), span("", 3)),
			row(span("第二十条第（六）项", 4)),
			row(c("信息内容"), span("本年处理决定数量", 3)),
			row(c("行政处罚"), span("", 3)),
			row(c("行政强制"), span("", 3)),
			row(span("第二十条第（八）项", 4)),
			row(c("信息内容"), span("本年收费金额（单位：万元）", 3)),
			row(c("行政事业性收费"), span("", 3)),
		},
	}
}

// table2v2019 is 表二 of the 2019 trial format: five blocks; the (八) and (九) blocks have
// two value columns, the last one spanning the grid's last two columns.
func table2v2019() tableSpec {
	items := row(c("信息内容"), c("上一年项目数量"), c("本年增/减"), c("处理决定数量"))
	return tableSpec{
		widths: []int64{2435, 2435, 2435, 2435},
		rows: [][]cell{
			row(span("第二十条第（一）项", 4)),
			row(c("信息内容"), c("本年新制作数量"), c("本年新公开数量"), c("对外公开总数量")),
			cat(row(c("规章")), blanks(3)),
			cat(row(c("规范性文件")), blanks(3)),
			row(span("第二十条第（五）项", 4)),
			items,
			cat(row(c("行政许可")), blanks(3)),
			cat(row(c("其他对外管理服务事项")), blanks(3)),
			row(span("第二十条第（六）项", 4)),
			items,
			cat(row(c("行政处罚")), blanks(3)),
			cat(row(c("行政强制")), blanks(3)),
			row(span("第二十条第（八）项", 4)),
			row(c("信息内容"), c("上一年项目数量"), span("本年增/减", 2)),
			row(c("行政事业性收费"), c(""), span("", 2)),
			row(span("第二十条第（九）项", 4)),
			row(c("信息内容"), c("采购项目数量"), span("采购总金额", 2)),
			row(c("政府集中采购"), c(""), span("", 2)),
		},
	}
}

// table3 is 表三: a 3×3 merged corner, 申请人情况 over seven columns, 三、本年度办理结果
// merged down its rows; （六）其他处理 has three rows in 2021 and one in 2019.
func table3(layout string) tableSpec {
	corner := "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
	seven := func() []cell { return blanks(7) }
	rows := [][]cell{
		row(vstart(corner, 3), span("申请人情况", 7)),
		row(vcont(3), vstart("自然人", 1), span("法人或其他组织", 5), vstart("总计", 1)),
		row(vcont(3), vcont(1), c("商业企业"), c("科研机构"), c("社会公益组织"), c("法律服务机构"), c("其他"), vcont(1)),
		cat(row(span("一、本年新收政府信息公开申请数量", 3)), seven()),
		cat(row(span("二、上年结转政府信息公开申请数量", 3)), seven()),
	}
	results := 0 // rows under 三、本年度办理结果
	add := func(r []cell) {
		if results == 0 {
			r = cat(row(vstart("三、本年度办理结果", 1)), r)
		} else {
			r = cat(row(vcont(1)), r)
		}
		rows = append(rows, r)
		results++
	}
	group := func(label string, items ...string) {
		for i, it := range items {
			head := vcont(1)
			if i == 0 {
				head = vstart(label, 1)
			}
			add(cat(row(head, c(it)), seven()))
		}
	}
	add(cat(row(span("（一）予以公开", 2)), seven()))
	add(cat(row(span("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 2)), seven()))
	group("（三）不予公开", "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”",
		"4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项")
	group("（四）无法提供", "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确")
	group("（五）不予处理", "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
		"5.要求行政机关确认或重新出具已获取信息")
	if layout == Layout2019 {
		add(cat(row(span("（六）其他处理", 2)), seven()))
	} else {
		group("（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
			"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他")
	}
	add(cat(row(span("（七）总计", 2)), seven()))
	rows = append(rows, cat(row(span("四、结转下年度继续办理", 3)), seven()))
	return tableSpec{
		widths: []int64{754, 921, 3271, 685, 685, 685, 685, 685, 685, 685},
		rows:   rows,
	}
}

// table4 is 表四 (both layouts): 行政复议 over five columns, 行政诉讼 over ten, its two
// blocks 未经复议直接起诉 and 复议后起诉, and one row of fifteen empty numbers.
func table4() tableSpec {
	five := func() []cell {
		return row(c("结果维持"), c("结果纠正"), c("其他结果"), c("尚未审结"), c("总计"))
	}
	return tableSpec{
		widths: []int64{649, 649, 649, 649, 649, 649, 649, 650, 650, 650, 650, 650, 650, 650, 650},
		rows: [][]cell{
			row(span("行政复议", 5), span("行政诉讼", 10)),
			row(vstart("结果维持", 1), vstart("结果纠正", 1), vstart("其他结果", 1), vstart("尚未审结", 1), vstart("总计", 1),
				span("未经复议直接起诉", 5), span("复议后起诉", 5)),
			cat(row(vcont(1), vcont(1), vcont(1), vcont(1), vcont(1)), five(), five()),
			blanks(15),
		},
	}
}
