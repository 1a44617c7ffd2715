package output

import (
	"fmt"
	"strings"

	"github.com/govinfo-lint/govinfo-lint/parser"
	"github.com/govinfo-lint/govinfo-lint/rules"
)

// label is a name in the report's own words (Chinese) and in English.
type label = rules.Text

// tableLabels name the fixed tables as the official format does.
var tableLabels = map[string]label{
	parser.KeyTable2: {ZH: "表二", EN: "table 2"},
	parser.KeyTable3: {ZH: "表三", EN: "table 3"},
	parser.KeyTable4: {ZH: "表四", EN: "table 4"},
}

// rowLabels name the rows of each table, keyed by table then by the contract's row key.
// The Chinese is short but unambiguous: the clerk finds the row by it.
var rowLabels = map[string]map[string]label{
	parser.KeyTable2: {
		"regulations":         {ZH: "规章", EN: "regulations"},
		"normative_documents": {ZH: "行政规范性文件", EN: "normative documents"},
		"licensing":           {ZH: "行政许可", EN: "administrative licensing"},
		"other_services":      {ZH: "其他对外管理服务事项", EN: "other public services"},
		"punishment":          {ZH: "行政处罚", EN: "administrative punishment"},
		"coercion":            {ZH: "行政强制", EN: "administrative coercion"},
		"fees":                {ZH: "行政事业性收费", EN: "administrative fees"},
		"procurement":         {ZH: "政府集中采购", EN: "central government procurement"},
	},
	parser.KeyTable3: {
		"new_received":            {ZH: "一、本年新收", EN: "I. new requests this year"},
		"carried_over":            {ZH: "二、上年结转", EN: "II. requests carried over from last year"},
		"granted":                 {ZH: "（一）予以公开", EN: "(1) disclosed"},
		"partially_granted":       {ZH: "（二）部分公开", EN: "(2) partly disclosed"},
		"withheld_state_secret":   {ZH: "（三）1.属于国家秘密", EN: "(3)1 withheld: state secret"},
		"withheld_prohibited":     {ZH: "（三）2.其他法律行政法规禁止公开", EN: "(3)2 withheld: prohibited by law"},
		"withheld_three_safeties": {ZH: "（三）3.危及“三安全一稳定”", EN: "(3)3 withheld: three safeties and one stability"},
		"withheld_third_party":    {ZH: "（三）4.保护第三方合法权益", EN: "(3)4 withheld: third-party rights"},
		"withheld_internal":       {ZH: "（三）5.属于三类内部事务信息", EN: "(3)5 withheld: internal affairs"},
		"withheld_process":        {ZH: "（三）6.属于四类过程性信息", EN: "(3)6 withheld: process information"},
		"withheld_enforcement":    {ZH: "（三）7.属于行政执法案卷", EN: "(3)7 withheld: enforcement files"},
		"withheld_inquiry":        {ZH: "（三）8.属于行政查询事项", EN: "(3)8 withheld: inquiry matters"},
		"unable_not_held":         {ZH: "（四）1.本机关不掌握相关政府信息", EN: "(4)1 unable: not held"},
		"unable_needs_creation":   {ZH: "（四）2.没有现成信息需要另行制作", EN: "(4)2 unable: would need creating"},
		"unable_unclear":          {ZH: "（四）3.补正后申请内容仍不明确", EN: "(4)3 unable: still unclear"},
		"rejected_complaint":      {ZH: "（五）1.信访举报投诉类申请", EN: "(5)1 not processed: petitions and complaints"},
		"rejected_duplicate":      {ZH: "（五）2.重复申请", EN: "(5)2 not processed: duplicate"},
		"rejected_publication":    {ZH: "（五）3.要求提供公开出版物", EN: "(5)3 not processed: publications"},
		"rejected_excessive":      {ZH: "（五）4.无正当理由大量反复申请", EN: "(5)4 not processed: excessive"},
		"rejected_confirmation":   {ZH: "（五）5.要求行政机关确认或重新出具已获取信息", EN: "(5)5 not processed: confirmation"},
		"other_no_correction":     {ZH: "（六）1.逾期不补正", EN: "(6)1 other: no correction in time"},
		"other_no_fee":            {ZH: "（六）2.逾期未缴纳费用", EN: "(6)2 other: fee not paid"},
		"other_other":             {ZH: "（六）3.其他", EN: "(6)3 other"},
		"other":                   {ZH: "（六）其他处理", EN: "(6) other handling"},
		"total_processed":         {ZH: "（七）总计", EN: "(7) total"},
		"carried_forward":         {ZH: "四、结转下年度继续办理", EN: "IV. carried forward to next year"},
	},
	parser.KeyTable4: {
		"review":                  {ZH: "行政复议", EN: "administrative review"},
		"litigation_direct":       {ZH: "行政诉讼（未经复议直接起诉）", EN: "litigation without prior review"},
		"litigation_after_review": {ZH: "行政诉讼（复议后起诉）", EN: "litigation after review"},
	},
}

// columnLabels name the columns of each table, keyed like rowLabels.
var columnLabels = map[string]map[string]label{
	parser.KeyTable2: {
		"issued":          {ZH: "本年制发件数", EN: "issued this year"},
		"repealed":        {ZH: "本年废止件数", EN: "repealed this year"},
		"in_force":        {ZH: "现行有效件数", EN: "in force"},
		"decisions":       {ZH: "处理决定数量", EN: "decisions"},
		"amount_10k_yuan": {ZH: "本年收费金额（万元）", EN: "fees this year (10k yuan)"},
		"made":            {ZH: "本年新制作数量", EN: "made this year"},
		"published":       {ZH: "本年新公开数量", EN: "published this year"},
		"total_public":    {ZH: "对外公开总数量", EN: "total public"},
		"previous_items":  {ZH: "上一年项目数量", EN: "items last year"},
		"change":          {ZH: "本年增/减", EN: "change this year"},
		"projects":        {ZH: "采购项目数量", EN: "procurement projects"},
		"amount":          {ZH: "采购总金额", EN: "procurement amount"},
	},
	parser.KeyTable3: {
		"natural_person": {ZH: "自然人", EN: "natural persons"},
		"commercial":     {ZH: "商业企业", EN: "commercial enterprises"},
		"research":       {ZH: "科研机构", EN: "research institutions"},
		"social_welfare": {ZH: "社会公益组织", EN: "social welfare organisations"},
		"legal_services": {ZH: "法律服务机构", EN: "legal service organisations"},
		"other":          {ZH: "其他", EN: "others"},
		"total":          {ZH: "总计", EN: "total"},
	},
	parser.KeyTable4: {
		"upheld":    {ZH: "结果维持", EN: "upheld"},
		"corrected": {ZH: "结果纠正", EN: "corrected"},
		"other":     {ZH: "其他结果", EN: "other results"},
		"pending":   {ZH: "尚未审结", EN: "pending"},
		"total":     {ZH: "总计", EN: "total"},
	},
}

var sectionNumerals = []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}

// lookup returns the label of key in m[table] in lang, or the key itself when unknown
// (a row a report adds, a future key): better the key than nothing.
func lookup(m map[string]map[string]label, table, key, lang string) string {
	if l, ok := m[table][key]; ok {
		return l.In(lang)
	}
	return key
}

// describeWhere renders a finding's position in the report's words: the line (text) or
// paragraph (docx, html), the section when no table is named, then table, row, column.
// input decides between 行 and 段.
func describeWhere(w parser.Where, input, lang string) string {
	var parts []string
	if w.Line > 0 {
		para := input == parser.InputDocx || input == parser.InputHTML
		switch {
		case lang == "en" && para:
			parts = append(parts, fmt.Sprintf("paragraph %d", w.Line))
		case lang == "en":
			parts = append(parts, fmt.Sprintf("line %d", w.Line))
		case para:
			parts = append(parts, fmt.Sprintf("第%d段", w.Line))
		default:
			parts = append(parts, fmt.Sprintf("第%d行", w.Line))
		}
	}
	if w.Section > 0 && w.Table == "" {
		if lang == "en" {
			parts = append(parts, fmt.Sprintf("section %d", w.Section))
		} else if w.Section < len(sectionNumerals) {
			parts = append(parts, "第"+sectionNumerals[w.Section]+"部分")
		} else {
			parts = append(parts, fmt.Sprintf("第%d部分", w.Section))
		}
	}
	if w.Table != "" {
		if l, ok := tableLabels[w.Table]; ok {
			parts = append(parts, l.In(lang))
		} else {
			parts = append(parts, w.Table)
		}
	}
	if w.Row != "" {
		parts = append(parts, lookup(rowLabels, w.Table, w.Row, lang))
	}
	if w.Column != "" {
		parts = append(parts, lookup(columnLabels, w.Table, w.Column, lang))
	}
	if lang == "en" {
		// English labels contain spaces of their own; commas keep the parts apart.
		return strings.Join(parts, ", ")
	}
	return strings.Join(parts, " ")
}
