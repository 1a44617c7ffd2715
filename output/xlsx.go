package output

import (
	"fmt"
	"os"
	"slices"
	"strconv"

	"github.com/xuri/excelize/v2"

	"github.com/govinfo-lint/govinfo-lint/parser"
	"github.com/govinfo-lint/govinfo-lint/rules"
)

// The workbook of `--summary FILE.xlsx`, for county offices that work in Excel: one sheet
// per file, one per rule, one with every finding, and the totals. Each sheet has a bold,
// frozen header row and a filter on every column, so that an auditor can sort by errors
// or pick one rule at once. excelize writes it (never hand-written XML), through its
// StreamWriter, which spills to a temporary file past 16 MB: a run over thousands of
// reports does not hold the whole sheet in memory twice.

// xlsxSheet is one sheet: its name, its headers and the widest a column may grow.
type xlsxSheet struct {
	name    label
	headers []label
	// maxWidth caps column widths, in Excel's character units (a CJK character is two).
	maxWidth []float64
}

var (
	sheetFiles = xlsxSheet{
		name: label{ZH: "按文件", EN: "Files"},
		headers: []label{
			{ZH: "文件", EN: "File"}, {ZH: "发文机关", EN: "Issuer"}, {ZH: "年度", EN: "Year"},
			{ZH: "格式版本", EN: "Layout"}, {ZH: "错误", EN: "Errors"}, {ZH: "警告", EN: "Warnings"},
			{ZH: "提示", EN: "Notes"}, {ZH: "无法读取原因", EN: "Why unreadable"},
		},
		maxWidth: []float64{60, 40, 8, 14, 8, 8, 8, 70},
	}
	sheetRules = xlsxSheet{
		name: label{ZH: "按规则", EN: "Rules"},
		headers: []label{
			{ZH: "规则", EN: "Rule"}, {ZH: "严重程度", EN: "Severity"}, {ZH: "说明", EN: "Description"},
			{ZH: "涉及报告数", EN: "Reports"}, {ZH: "发现数", EN: "Findings"},
		},
		maxWidth: []float64{26, 10, 70, 12, 10},
	}
	sheetFindings = xlsxSheet{
		name: label{ZH: "全部问题", EN: "Findings"},
		headers: []label{
			{ZH: "文件", EN: "File"}, {ZH: "规则", EN: "Rule"}, {ZH: "严重程度", EN: "Severity"},
			{ZH: "章节", EN: "Section"}, {ZH: "表格", EN: "Table"}, {ZH: "行", EN: "Row"},
			{ZH: "列", EN: "Column"}, {ZH: "行号", EN: "Line"}, {ZH: "应为", EN: "Expected"},
			{ZH: "实为", EN: "Actual"}, {ZH: "说明", EN: "Message"},
		},
		maxWidth: []float64{50, 24, 10, 8, 8, 36, 20, 8, 14, 14, 90},
	}
	sheetTotals = xlsxSheet{
		name:     label{ZH: "汇总", EN: "Summary"},
		headers:  []label{{ZH: "项目", EN: "Item"}, {ZH: "数量", EN: "Count"}},
		maxWidth: []float64{36, 12},
	}
)

// layoutWords are the layouts as a clerk names them.
var layoutWords = map[string]label{
	parser.Layout2021:    {ZH: "2021年版", EN: "2021"},
	parser.Layout2019:    {ZH: "2019年试行版", EN: "2019 (trial)"},
	parser.LayoutUnknown: {ZH: "未识别", EN: "unknown"},
}

// WriteXLSX writes the run as an Excel workbook at path (Chinese headers; English with
// opt.Lang "en").
func WriteXLSX(path string, files []FileResult, sum Summary, opt Options) error {
	lang := opt.Lang
	f := excelize.NewFile()
	defer f.Close()

	header, err := f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
		Alignment: &excelize.Alignment{Vertical: "center"},
		Border:    []excelize.Border{{Type: "bottom", Color: "7F7F7F", Style: 1}},
	})
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	sheets := []struct {
		sheet xlsxSheet
		rows  func(yield func([]any) bool)
	}{
		{sheetFiles, fileRows(files, lang)},
		{sheetRules, ruleRows(files, lang)},
		{sheetFindings, findingRows(files, lang)},
		{sheetTotals, totalRows(files, sum, lang)},
	}
	for i, s := range sheets {
		name := s.sheet.name.In(lang)
		if i == 0 {
			err = f.SetSheetName("Sheet1", name)
		} else {
			_, err = f.NewSheet(name)
		}
		if err == nil {
			err = writeSheet(f, name, s.sheet, s.rows, header, lang)
		}
		if err != nil {
			return fmt.Errorf("write %s: sheet %s: %w", path, name, err)
		}
	}
	f.SetActiveSheet(0)
	// Not f.SaveAs: it creates the file with mode 0755; a workbook is not a program.
	out, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if _, err := f.WriteTo(out); err != nil {
		out.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := out.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// writeSheet streams one sheet: column widths from the content (measured in a first pass,
// since a stream must set them before the first row), the frozen header, the rows, and a
// filter over all of them.
func writeSheet(f *excelize.File, name string, s xlsxSheet, rows func(func([]any) bool), header int, lang string) error {
	widths := make([]float64, len(s.headers))
	for i, h := range s.headers {
		widths[i] = cellWidth(h.In(lang)) + 4 // room for the filter button
	}
	n := 0
	rows(func(row []any) bool {
		n++
		for i, v := range row {
			if i < len(widths) {
				widths[i] = max(widths[i], cellWidth(v))
			}
		}
		return true
	})
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	for i, w := range widths {
		if err := sw.SetColWidth(i+1, i+1, min(max(w+1, 6), s.maxWidth[i])); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{
		Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	}); err != nil {
		return err
	}
	head := make([]any, len(s.headers))
	for i, h := range s.headers {
		head[i] = excelize.Cell{StyleID: header, Value: h.In(lang)}
	}
	if err := sw.SetRow("A1", head, excelize.RowOpts{Height: 20}); err != nil {
		return err
	}
	r := 1
	rows(func(row []any) bool {
		r++
		var cell string
		if cell, err = excelize.CoordinatesToCellName(1, r); err == nil {
			err = sw.SetRow(cell, row)
		}
		return err == nil
	})
	if err != nil {
		return err
	}
	last, _ := excelize.CoordinatesToCellName(len(s.headers), max(r, 1))
	// The filter goes into the worksheet the stream writer flushes, so it must be set
	// before Flush.
	if err := f.AutoFilter(name, "A1:"+last, nil); err != nil {
		return err
	}
	return sw.Flush()
}

// fileRows are the rows of 按文件: one per file, in the run's order (by path).
func fileRows(files []FileResult, lang string) func(func([]any) bool) {
	return func(yield func([]any) bool) {
		for _, fr := range files {
			e, w, n := fr.Counts()
			reason := ""
			if fr.Error != nil {
				reason = fr.Error.In(lang)
			}
			if !yield([]any{fr.File, fr.Issuer, yearCell(fr.Year), layoutWord(fr, lang), e, w, n, cellText(reason)}) {
				return
			}
		}
	}
}

func yearCell(y int) any {
	if y == 0 {
		return ""
	}
	return y
}

func layoutWord(fr FileResult, lang string) string {
	if fr.Error != nil || fr.Layout == "" {
		return ""
	}
	if l, ok := layoutWords[fr.Layout]; ok {
		return l.In(lang)
	}
	return fr.Layout
}

// ruleRows are the rows of 按规则: every rule of the catalogue (and any other seen), the
// ones that most reports break first, so that the sheet reads as a to-do list.
func ruleRows(files []FileResult, lang string) func(func([]any) bool) {
	type count struct {
		id       string
		severity rules.Severity
		reports  int
		findings int
	}
	counts := map[string]*count{}
	for _, r := range rules.All() {
		counts[r.ID] = &count{id: r.ID, severity: r.Severity}
	}
	for _, fr := range files {
		seen := map[string]bool{}
		for _, fd := range fr.Findings {
			c := counts[fd.Rule]
			if c == nil {
				c = &count{id: fd.Rule}
				counts[fd.Rule] = c
			}
			if c.findings == 0 {
				// The severity given (after the config), not the default.
				c.severity = fd.Severity
			}
			c.severity = max(c.severity, fd.Severity)
			c.findings++
			if !seen[fd.Rule] {
				seen[fd.Rule] = true
				c.reports++
			}
		}
	}
	list := make([]*count, 0, len(counts))
	for _, c := range counts {
		list = append(list, c)
	}
	slices.SortFunc(list, func(a, b *count) int {
		if a.reports != b.reports {
			return b.reports - a.reports
		}
		if a.findings != b.findings {
			return b.findings - a.findings
		}
		if a.severity != b.severity {
			return int(b.severity) - int(a.severity)
		}
		if a.id < b.id {
			return -1
		}
		if a.id > b.id {
			return 1
		}
		return 0
	})
	return func(yield func([]any) bool) {
		for _, c := range list {
			summary := ""
			if r := rules.Lookup(c.id); r != nil {
				summary = r.Summary.In(lang)
			}
			if !yield([]any{c.id, severityWord(c.severity, lang), summary, c.reports, c.findings}) {
				return
			}
		}
	}
}

// findingRows are the rows of 全部问题: every finding, file by file, with where it is in
// the report's own words.
func findingRows(files []FileResult, lang string) func(func([]any) bool) {
	return func(yield func([]any) bool) {
		for _, fr := range files {
			for _, fd := range fr.Findings {
				w := fd.Where
				section := ""
				if w.Section > 0 {
					if lang != "en" && w.Section < len(sectionNumerals) {
						section = sectionNumerals[w.Section]
					} else {
						section = strconv.Itoa(w.Section)
					}
				}
				table := ""
				if w.Table != "" {
					table = w.Table
					if l, ok := tableLabels[w.Table]; ok {
						table = l.In(lang)
					}
				}
				row, col := "", ""
				if w.Row != "" {
					row = lookup(rowLabels, w.Table, w.Row, lang)
				}
				if w.Column != "" {
					col = lookup(columnLabels, w.Table, w.Column, lang)
				}
				var line any = ""
				if w.Line > 0 {
					line = w.Line
				}
				if !yield([]any{
					fr.File, fd.Rule, severityWord(fd.Severity, lang), section, table, row, col, line,
					cellText(fd.Expected), cellText(fd.Actual), cellText(fd.Message.In(lang)),
				}) {
					return
				}
			}
		}
	}
}

// totalRows are the rows of 汇总.
func totalRows(files []FileResult, sum Summary, lang string) func(func([]any) bool) {
	withFindings := 0
	for _, fr := range files {
		if len(fr.Findings) > 0 {
			withFindings++
		}
	}
	interrupted := label{ZH: "否", EN: "no"}
	if sum.Interrupted {
		interrupted = label{ZH: "是（部分文件未检查）", EN: "yes (some files were not checked)"}
	}
	rows := []struct {
		name  label
		value any
	}{
		{label{ZH: "检查的文件", EN: "Files checked"}, sum.Files},
		{label{ZH: "其中无法读取", EN: "of which unreadable"}, sum.Unreadable},
		{label{ZH: "有问题的文件", EN: "Files with findings"}, withFindings},
		{label{ZH: "跳过的非报告文件", EN: "Non-report files skipped"}, sum.Skipped},
		{label{ZH: "错误", EN: "Errors"}, sum.Errors},
		{label{ZH: "警告", EN: "Warnings"}, sum.Warnings},
		{label{ZH: "提示", EN: "Notes"}, sum.Notes},
		{label{ZH: "是否中断", EN: "Interrupted"}, interrupted.In(lang)},
	}
	return func(yield func([]any) bool) {
		for _, r := range rows {
			if !yield([]any{r.name.In(lang), r.value}) {
				return
			}
		}
	}
}

// maxCellChars is Excel's limit on the text of one cell.
const maxCellChars = 32767

// cellText keeps a string within what Excel accepts in one cell.
func cellText(s string) string {
	if len(s) <= maxCellChars {
		return s
	}
	r := []rune(s)
	if len(r) <= maxCellChars {
		return s
	}
	return string(r[:maxCellChars-1]) + "…"
}

// cellWidth is the width a value needs, in Excel's units: a CJK character takes two.
func cellWidth(v any) float64 {
	var s string
	switch v := v.(type) {
	case string:
		s = v
	case int:
		s = strconv.Itoa(v)
	case excelize.Cell:
		return cellWidth(v.Value)
	default:
		s = fmt.Sprint(v)
	}
	return float64(DisplayWidth(s))
}
