package rules

import (
	"strconv"
	"strings"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// table3RowZH are the standard labels of 表三's rows, used when the report's own label is
// not known.
var table3RowZH = map[string]string{
	"new_received":            "一、本年新收政府信息公开申请数量",
	"carried_over":            "二、上年结转政府信息公开申请数量",
	"granted":                 "（一）予以公开",
	"partially_granted":       "（二）部分公开",
	"withheld_state_secret":   "（三）1.属于国家秘密",
	"withheld_prohibited":     "（三）2.其他法律行政法规禁止公开",
	"withheld_three_safeties": "（三）3.危及“三安全一稳定”",
	"withheld_third_party":    "（三）4.保护第三方合法权益",
	"withheld_internal":       "（三）5.属于三类内部事务信息",
	"withheld_process":        "（三）6.属于四类过程性信息",
	"withheld_enforcement":    "（三）7.属于行政执法案卷",
	"withheld_inquiry":        "（三）8.属于行政查询事项",
	"unable_not_held":         "（四）1.本机关不掌握相关政府信息",
	"unable_needs_creation":   "（四）2.没有现成信息需要另行制作",
	"unable_unclear":          "（四）3.补正后申请内容仍不明确",
	"rejected_complaint":      "（五）1.信访举报投诉类申请",
	"rejected_duplicate":      "（五）2.重复申请",
	"rejected_publication":    "（五）3.要求提供公开出版物",
	"rejected_excessive":      "（五）4.无正当理由大量反复申请",
	"rejected_confirmation":   "（五）5.要求行政机关确认或重新出具已获取信息",
	"other_no_correction":     "（六）1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
	"other_no_fee":            "（六）2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
	"other_other":             "（六）3.其他",
	"other":                   "（六）其他处理",
	"total_processed":         "（七）总计",
	"carried_forward":         "四、结转下年度继续办理",
}

var table3RowEN = map[string]string{
	"new_received":            "I. new requests received this year",
	"carried_over":            "II. requests carried over from last year",
	"granted":                 "(1) disclosed",
	"partially_granted":       "(2) partly disclosed",
	"withheld_state_secret":   "(3)1 withheld: state secret",
	"withheld_prohibited":     "(3)2 withheld: prohibited by law",
	"withheld_three_safeties": "(3)3 withheld: three safeties and one stability",
	"withheld_third_party":    "(3)4 withheld: third-party rights",
	"withheld_internal":       "(3)5 withheld: internal affairs",
	"withheld_process":        "(3)6 withheld: process information",
	"withheld_enforcement":    "(3)7 withheld: enforcement files",
	"withheld_inquiry":        "(3)8 withheld: inquiry matters",
	"unable_not_held":         "(4)1 unable: not held",
	"unable_needs_creation":   "(4)2 unable: would need creating",
	"unable_unclear":          "(4)3 unable: still unclear",
	"rejected_complaint":      "(5)1 not processed: petitions and complaints",
	"rejected_duplicate":      "(5)2 not processed: duplicate",
	"rejected_publication":    "(5)3 not processed: publications",
	"rejected_excessive":      "(5)4 not processed: excessive",
	"rejected_confirmation":   "(5)5 not processed: confirmation",
	"other_no_correction":     "(6)1 other: no correction in time",
	"other_no_fee":            "(6)2 other: fee not paid",
	"other_other":             "(6)3 other",
	"other":                   "(6) other handling",
	"total_processed":         "(7) total",
	"carried_forward":         "IV. carried forward to next year",
}

var table3ColZH = map[string]string{
	"natural_person": "自然人",
	"commercial":     "商业企业",
	"research":       "科研机构",
	"social_welfare": "社会公益组织",
	"legal_services": "法律服务机构",
	"other":          "其他",
	"total":          "总计",
}

// table3ColZHCell is how a cell names its column: 「自然人 列」.
var table3ColZHCell = func() map[string]string {
	m := make(map[string]string, len(table3ColZH))
	for k, v := range table3ColZH {
		m[k] = v + " 列"
	}
	return m
}()

// table3ColIndex is a column's place in parser.Table3Columns.
var table3ColIndex = func() map[string]int {
	m := make(map[string]int, len(parser.Table3Columns))
	for i, c := range parser.Table3Columns {
		m[c] = i
	}
	return m
}()

var table3ColEN = map[string]string{
	"natural_person": "natural persons",
	"commercial":     "commercial enterprises",
	"research":       "research institutions",
	"social_welfare": "social welfare organisations",
	"legal_services": "legal service organisations",
	"other":          "others",
	"total":          "total",
}

var table4BlockZH = map[string]string{
	"review":                  "行政复议",
	"litigation_direct":       "行政诉讼 未经复议直接起诉",
	"litigation_after_review": "行政诉讼 复议后起诉",
}

var table4BlockEN = map[string]string{
	"review":                  "administrative review",
	"litigation_direct":       "litigation without prior review",
	"litigation_after_review": "litigation after review",
}

var table4ColZH = map[string]string{
	"upheld": "结果维持", "corrected": "结果纠正", "other": "其他结果", "pending": "尚未审结", "total": "总计",
}

var table4ColEN = map[string]string{
	"upheld": "upheld", "corrected": "corrected", "other": "other results", "pending": "pending", "total": "total",
}

var sectionZH = [...]string{"", "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
	"四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"}

var sectionEN = [...]string{"", "I. General", "II. Proactive disclosure", "III. Requests received and handled",
	"IV. Administrative review and litigation", "V. Main problems and improvements", "VI. Other matters"}

var sectionNumZH = [...]string{"", "一", "二", "三", "四", "五", "六"}

// rowZH names a 表三 row in the report's own words when it printed a label.
func rowZH(key string, row *parser.Table3Row) string {
	if row != nil {
		if l := strings.Join(strings.Fields(row.Label), ""); l != "" {
			return "「" + l + "」"
		}
	}
	return "「" + table3RowZH[key] + "」"
}

func rowEN(key string) string { return "\"" + table3RowEN[key] + "\"" }

// num prints a figure value the way a clerk writes it: 12, 0.5, -8.
func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// figureWhere completes a figure's Where with what the rule knows (table, row, column,
// section) and falls back to the row's location for the line.
func figureWhere(f *parser.Figure, section int, table, row, col string, loc parser.Loc) parser.Where {
	w := parser.Where{}
	if f != nil {
		w = f.Where
	}
	if w.Section == 0 {
		w.Section = section
	}
	if w.Table == "" {
		w.Table = table
	}
	if w.Row == "" {
		w.Row = row
	}
	if w.Column == "" {
		w.Column = col
	}
	if w.Line == 0 {
		w.Line = loc.N()
	}
	return w
}

// cellZH / cellEN describe a figure as printed for messages: "5", or 未填写.
func cellZH(f *parser.Figure) string {
	switch f.State {
	case parser.Filled:
		return num(f.Value)
	case parser.Blank:
		if f.Raw != "" {
			return "「" + f.Raw + "」（未填写）"
		}
		return "空白"
	case parser.NotNumber:
		return "「" + f.Raw + "」"
	}
	return "缺失"
}

func cellEN(f *parser.Figure) string {
	switch f.State {
	case parser.Filled:
		return num(f.Value)
	case parser.Blank:
		return "blank"
	case parser.NotNumber:
		return "\"" + f.Raw + "\""
	}
	return "absent"
}

// listZH joins at most max items with 、 and says how many more there are.
func listZH(items []string, max int) string {
	if len(items) <= max {
		return strings.Join(items, "、")
	}
	return strings.Join(items[:max], "、") + " 等 " + strconv.Itoa(len(items)) + " 处"
}

// quotedEN turns the Chinese quotes around the report's own labels (「规范性文件」) into
// English ones ("规范性文件") for English messages.
func quotedEN(items []string) []string {
	out := make([]string, len(items))
	for i, s := range items {
		out[i] = enQuotes.Replace(s)
	}
	return out
}

var enQuotes = strings.NewReplacer("「", "\"", "」", "\"")

func listEN(items []string, max int) string {
	if len(items) <= max {
		return strings.Join(items, ", ")
	}
	return strings.Join(items[:max], ", ") + " and " + strconv.Itoa(len(items)-max) + " more"
}
