package parser

import (
	"encoding/json"
	"strconv"
)

// Schema is the value of the "schema" field of `extract --format json`.
const Schema = "govinfo-lint/report/v1"

// Layouts, as written in the JSON "layout" field.
const (
	Layout2021    = "2021"
	Layout2019    = "2019"
	LayoutUnknown = "unknown"
)

// Table keys, as used in JSON and in findings' "where".
const (
	KeyTable2 = "table2"
	KeyTable3 = "table3"
	KeyTable4 = "table4"
)

// Where names what a figure or a finding applies to. Keys are those of the public contract
// (shared/spec/CONTRACT.md): table "table3", row "new_received", column "natural_person".
// Line is the 1-based line for text inputs, the 1-based paragraph for docx and html.
type Where struct {
	Section int    `json:"section,omitempty"`
	Table   string `json:"table,omitempty"`
	Row     string `json:"row,omitempty"`
	Column  string `json:"column,omitempty"`
	Line    int    `json:"line"`
}

// FigureState says what a numeric cell holds.
type FigureState int

const (
	// Absent: the cell was not found in the document at all (row or column missing).
	Absent FigureState = iota
	// Filled: the cell holds a number (Value).
	Filled
	// Blank: the cell is not filled: empty, "/", "—", "-", "无" and the like.
	Blank
	// NotNumber: the cell holds text that is not a number.
	NotNumber
)

// Figure is one numeric cell of a fixed table, as printed.
type Figure struct {
	// Raw is the cell's text as printed (trimmed), the evidence.
	Raw string
	// Value is the number read from Raw when State is Filled (full-width digits, thousands
	// separators and units like 元/件/万元 tolerated); otherwise 0, which is what
	// arithmetic counts a blank as.
	Value float64
	State FigureState
	Where Where
}

// Filled reports whether the figure holds a number.
func (f Figure) Filled() bool { return f.State == Filled }

// MarshalJSON writes a number when filled, null otherwise (the contract).
func (f Figure) MarshalJSON() ([]byte, error) {
	if f.State != Filled {
		return []byte("null"), nil
	}
	return []byte(strconv.FormatFloat(f.Value, 'f', -1, 64)), nil
}

// UnmarshalJSON reads a number or null (for golden files and tests).
func (f *Figure) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*f = Figure{State: Blank}
		return nil
	}
	var v float64
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*f = Figure{Value: v, State: Filled, Raw: string(b)}
	return nil
}

// Period is the 统计期限 (e.g. 「本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止」).
type Period struct {
	From string `json:"from"` // YYYY-MM-DD
	To   string `json:"to"`   // YYYY-MM-DD
	Text string `json:"-"`
	Loc  Loc    `json:"-"`
}

// Signature is the signing issuer and date at the end of the report (落款), or, failing
// that, a publication date found elsewhere (e.g. a web page's 发布日期).
type Signature struct {
	Issuer string `json:"issuer"`
	// Date is YYYY-MM-DD as printed, even when it is not a real calendar date
	// (2023-02-30); Year/Month/Day hold the same numbers.
	Date string `json:"date"`
	// Text is the date as printed: 「2023年1月4日」, 「二〇二四年一月二十日」, 「2024-01-20」.
	Text             string `json:"text"`
	Year, Month, Day int    `json:"-"`
	Loc              Loc    `json:"-"`
	// Source is where the date came from: "signature" (the 落款), "meta" (a page's
	// metadata, e.g. 发布日期), "body" (a date in the last paragraphs without an issuer),
	// "head" (a date alone under the title).
	Source string `json:"-"`
}

// Section is one of the six numbered sections (一 … 六) as found, in document order.
type Section struct {
	// Number is 1…6 (一…六).
	Number  int    `json:"number"`
	Heading string `json:"heading"`
	// Standard is true when the heading is the standard wording or an accepted variant.
	Standard bool `json:"standard"`
	Loc      Loc  `json:"-"`
	// Paragraphs are the paragraphs of the section's body, up to the next heading (tables'
	// cells excluded).
	Paragraphs []*Paragraph `json:"-"`
}

// Report is a recognised annual report.
type Report struct {
	Schema string `json:"schema"`
	File   string `json:"file"`
	// Input is the reader's kind: docx | text | html.
	Input string `json:"input"`
	// Layout is 2021 | 2019 | unknown, judged from the tables' labels.
	Layout    string     `json:"layout"`
	Title     string     `json:"title"`
	Issuer    string     `json:"issuer"`
	Year      int        `json:"year"`
	Period    *Period    `json:"period"`
	Signature *Signature `json:"signature"`
	Sections  []Section  `json:"sections"`
	Table2    *Table2    `json:"table2"`
	Table3    *Table3    `json:"table3"`
	Table4    *Table4    `json:"table4"`
	ExtraRows []ExtraRow `json:"extra_rows"`

	// TitleYear is the year in the title (0 if none); PeriodYear the year of the 统计期限
	// (0 if none). Year is TitleYear, else PeriodYear, else the year the body speaks of.
	TitleYear  int `json:"-"`
	PeriodYear int `json:"-"`
	// TitleLoc is where the title was found.
	TitleLoc Loc `json:"-"`
	// Paragraphs is every paragraph outside tables, in order (preamble, headings, bodies,
	// signature), for the narrative rules.
	Paragraphs []*Paragraph `json:"-"`
	// LayoutLabels lists every layout-specific label seen, for layout-outdated: a 2019-only
	// label in a report for 2021 or later, or labels of both layouts in one report.
	LayoutLabels []LayoutLabel `json:"-"`
	// Meta is the Document's Meta (page metadata, core properties); may be nil.
	Meta map[string]string `json:"-"`
}

// LayoutLabel is a label that belongs to one layout only (e.g. 本年新制作数量 → 2019).
type LayoutLabel struct {
	Label  string
	Layout string
	Where  Where
}

// ExtraRow is a row a report adds to a fixed table (a 小计 row, 其他主动公开文件 …), kept so
// that rules can check it and extract can show it.
type ExtraRow struct {
	Table  string    `json:"table"`
	Label  string    `json:"label"`
	Values []*Figure `json:"values"`
	// Where of the row (Table set, Row empty, Line set).
	Where Where `json:"-"`
}

// Table2 is 表二 主动公开政府信息情况. Exactly one of V2021 and V2019 is set.
type Table2 struct {
	V2021 *Table2v2021
	V2019 *Table2v2019
	Loc   Loc
}

// MarshalJSON writes the layout's own object, as in the contract.
func (t *Table2) MarshalJSON() ([]byte, error) {
	switch {
	case t == nil:
		return []byte("null"), nil
	case t.V2021 != nil:
		return json.Marshal(t.V2021)
	case t.V2019 != nil:
		return json.Marshal(t.V2019)
	}
	return []byte("null"), nil
}

// Table2v2021 is 表二 in the 2021 layout.
type Table2v2021 struct {
	// Regulations is 规章 (第二十条第（一）项).
	Regulations DocCounts2021 `json:"regulations"`
	// NormativeDocuments is 行政规范性文件.
	NormativeDocuments DocCounts2021 `json:"normative_documents"`
	// Licensing is 行政许可 (第二十条第（五）项).
	Licensing Decisions `json:"licensing"`
	// Punishment is 行政处罚 (第二十条第（六）项).
	Punishment Decisions `json:"punishment"`
	// Coercion is 行政强制.
	Coercion Decisions `json:"coercion"`
	// Fees is 行政事业性收费 (第二十条第（八）项).
	Fees Fees2021 `json:"fees"`
}

// DocCounts2021 is a 规章 / 行政规范性文件 row of the 2021 表二.
type DocCounts2021 struct {
	// Issued is 本年制发件数.
	Issued Figure `json:"issued"`
	// Repealed is 本年废止件数.
	Repealed Figure `json:"repealed"`
	// InForce is 现行有效件数.
	InForce Figure `json:"in_force"`
}

// Decisions is a row with one column, 本年处理决定数量.
type Decisions struct {
	Decisions Figure `json:"decisions"`
}

// Fees2021 is the 行政事业性收费 row: 本年收费金额（单位：万元）.
type Fees2021 struct {
	Amount10kYuan Figure `json:"amount_10k_yuan"`
}

// Table2v2019 is 表二 in the 2019 trial layout.
type Table2v2019 struct {
	// Regulations is 规章.
	Regulations DocCounts2019 `json:"regulations"`
	// NormativeDocuments is 规范性文件.
	NormativeDocuments DocCounts2019 `json:"normative_documents"`
	// Licensing is 行政许可.
	Licensing Items2019 `json:"licensing"`
	// OtherServices is 其他对外管理服务事项.
	OtherServices Items2019 `json:"other_services"`
	// Punishment is 行政处罚.
	Punishment Items2019 `json:"punishment"`
	// Coercion is 行政强制.
	Coercion Items2019 `json:"coercion"`
	// Fees is 行政事业性收费 (no 处理决定数量 column).
	Fees Fees2019 `json:"fees"`
	// Procurement is 政府集中采购 (第二十条第（九）项).
	Procurement Procurement2019 `json:"procurement"`
}

// DocCounts2019 is a 规章 / 规范性文件 row of the 2019 表二.
type DocCounts2019 struct {
	// Made is 本年新制作数量.
	Made Figure `json:"made"`
	// Published is 本年新公开数量.
	Published Figure `json:"published"`
	// TotalPublic is 对外公开总数量.
	TotalPublic Figure `json:"total_public"`
}

// Items2019 is a 2019 row with 上一年项目数量｜本年增/减｜处理决定数量.
type Items2019 struct {
	// PreviousItems is 上一年项目数量.
	PreviousItems Figure `json:"previous_items"`
	// Change is 本年增/减 (may be negative).
	Change Figure `json:"change"`
	// Decisions is 处理决定数量.
	Decisions Figure `json:"decisions"`
}

// Fees2019 is the 2019 行政事业性收费 row: 上一年项目数量｜本年增/减.
type Fees2019 struct {
	PreviousItems Figure `json:"previous_items"`
	Change        Figure `json:"change"`
}

// Procurement2019 is 政府集中采购: 采购项目数量｜采购总金额.
type Procurement2019 struct {
	Projects Figure `json:"projects"`
	// Amount is 采购总金额, as printed (no unit is given; real reports write 元).
	Amount Figure `json:"amount"`
}

// Table3Columns are the seven numeric columns of 表三, in order.
var Table3Columns = []string{"natural_person", "commercial", "research", "social_welfare", "legal_services", "other", "total"}

// Table3Row is one row of 表三: the seven columns 自然人｜商业企业｜科研机构｜社会公益组织｜
// 法律服务机构｜其他｜总计.
type Table3Row struct {
	NaturalPerson Figure `json:"natural_person"`
	Commercial    Figure `json:"commercial"`
	Research      Figure `json:"research"`
	SocialWelfare Figure `json:"social_welfare"`
	LegalServices Figure `json:"legal_services"`
	Other         Figure `json:"other"`
	Total         Figure `json:"total"`
	// Label is the row's label as printed (for messages in the report's own words).
	Label string `json:"-"`
	Loc   Loc    `json:"-"`
}

// Cells returns pointers to the seven figures in Table3Columns order.
func (r *Table3Row) Cells() []*Figure {
	return []*Figure{&r.NaturalPerson, &r.Commercial, &r.Research, &r.SocialWelfare, &r.LegalServices, &r.Other, &r.Total}
}

// Table3 is 表三 收到和处理政府信息公开申请情况. A nil row is absent from the report.
// The 2021 layout has OtherNoCorrection, OtherNoFee and OtherOther; the 2019 layout has
// the single row Other instead.
type Table3 struct {
	// NewReceived is 一、本年新收政府信息公开申请数量.
	NewReceived *Table3Row `json:"new_received"`
	// CarriedOver is 二、上年结转政府信息公开申请数量.
	CarriedOver *Table3Row `json:"carried_over"`
	// Granted is （一）予以公开.
	Granted *Table3Row `json:"granted"`
	// PartiallyGranted is （二）部分公开.
	PartiallyGranted *Table3Row `json:"partially_granted"`
	// WithheldStateSecret is （三）1.属于国家秘密.
	WithheldStateSecret *Table3Row `json:"withheld_state_secret"`
	// WithheldProhibited is （三）2.其他法律行政法规禁止公开.
	WithheldProhibited *Table3Row `json:"withheld_prohibited"`
	// WithheldThreeSafeties is （三）3.危及“三安全一稳定”.
	WithheldThreeSafeties *Table3Row `json:"withheld_three_safeties"`
	// WithheldThirdParty is （三）4.保护第三方合法权益.
	WithheldThirdParty *Table3Row `json:"withheld_third_party"`
	// WithheldInternal is （三）5.属于三类内部事务信息.
	WithheldInternal *Table3Row `json:"withheld_internal"`
	// WithheldProcess is （三）6.属于四类过程性信息.
	WithheldProcess *Table3Row `json:"withheld_process"`
	// WithheldEnforcement is （三）7.属于行政执法案卷.
	WithheldEnforcement *Table3Row `json:"withheld_enforcement"`
	// WithheldInquiry is （三）8.属于行政查询事项.
	WithheldInquiry *Table3Row `json:"withheld_inquiry"`
	// UnableNotHeld is （四）1.本机关不掌握相关政府信息.
	UnableNotHeld *Table3Row `json:"unable_not_held"`
	// UnableNeedsCreation is （四）2.没有现成信息需要另行制作.
	UnableNeedsCreation *Table3Row `json:"unable_needs_creation"`
	// UnableUnclear is （四）3.补正后申请内容仍不明确.
	UnableUnclear *Table3Row `json:"unable_unclear"`
	// RejectedComplaint is （五）1.信访举报投诉类申请.
	RejectedComplaint *Table3Row `json:"rejected_complaint"`
	// RejectedDuplicate is （五）2.重复申请.
	RejectedDuplicate *Table3Row `json:"rejected_duplicate"`
	// RejectedPublication is （五）3.要求提供公开出版物.
	RejectedPublication *Table3Row `json:"rejected_publication"`
	// RejectedExcessive is （五）4.无正当理由大量反复申请.
	RejectedExcessive *Table3Row `json:"rejected_excessive"`
	// RejectedConfirmation is （五）5.要求行政机关确认或重新出具已获取信息.
	RejectedConfirmation *Table3Row `json:"rejected_confirmation"`
	// OtherNoCorrection is （六）1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 (2021).
	OtherNoCorrection *Table3Row `json:"other_no_correction,omitempty"`
	// OtherNoFee is （六）2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 (2021).
	OtherNoFee *Table3Row `json:"other_no_fee,omitempty"`
	// OtherOther is （六）3.其他 (2021).
	OtherOther *Table3Row `json:"other_other,omitempty"`
	// Other is （六）其他处理, the single row of the 2019 layout.
	Other *Table3Row `json:"other,omitempty"`
	// TotalProcessed is （七）总计.
	TotalProcessed *Table3Row `json:"total_processed"`
	// CarriedForward is 四、结转下年度继续办理.
	CarriedForward *Table3Row `json:"carried_forward"`

	Loc Loc `json:"-"`
	// ExtraColumns are columns the report adds (a 小计 column under 法人或其他组织).
	ExtraColumns []ExtraColumn `json:"-"`
}

// ExtraColumn is a column a report adds to 表三 (typically 小计 = the five 法人或其他组织
// columns). Values are keyed by the row keys of Table3.Rows.
type ExtraColumn struct {
	Label  string
	Values map[string]*Figure
}

// Table3RowRef is a row of 表三 with its contract key.
type Table3RowRef struct {
	Key string
	Row **Table3Row
}

// Rows lists every row slot of 表三 with its key, in the order of the format (both
// layouts' （六） rows included; absent rows are nil).
func (t *Table3) Rows() []Table3RowRef {
	return []Table3RowRef{
		{"new_received", &t.NewReceived},
		{"carried_over", &t.CarriedOver},
		{"granted", &t.Granted},
		{"partially_granted", &t.PartiallyGranted},
		{"withheld_state_secret", &t.WithheldStateSecret},
		{"withheld_prohibited", &t.WithheldProhibited},
		{"withheld_three_safeties", &t.WithheldThreeSafeties},
		{"withheld_third_party", &t.WithheldThirdParty},
		{"withheld_internal", &t.WithheldInternal},
		{"withheld_process", &t.WithheldProcess},
		{"withheld_enforcement", &t.WithheldEnforcement},
		{"withheld_inquiry", &t.WithheldInquiry},
		{"unable_not_held", &t.UnableNotHeld},
		{"unable_needs_creation", &t.UnableNeedsCreation},
		{"unable_unclear", &t.UnableUnclear},
		{"rejected_complaint", &t.RejectedComplaint},
		{"rejected_duplicate", &t.RejectedDuplicate},
		{"rejected_publication", &t.RejectedPublication},
		{"rejected_excessive", &t.RejectedExcessive},
		{"rejected_confirmation", &t.RejectedConfirmation},
		{"other_no_correction", &t.OtherNoCorrection},
		{"other_no_fee", &t.OtherNoFee},
		{"other_other", &t.OtherOther},
		{"other", &t.Other},
		{"total_processed", &t.TotalProcessed},
		{"carried_forward", &t.CarriedForward},
	}
}

// Table4Block is one block of 表四: 结果维持｜结果纠正｜其他结果｜尚未审结｜总计.
type Table4Block struct {
	Upheld    Figure `json:"upheld"`
	Corrected Figure `json:"corrected"`
	Other     Figure `json:"other"`
	Pending   Figure `json:"pending"`
	Total     Figure `json:"total"`
}

// Cells returns the five figures in order upheld, corrected, other, pending, total.
func (b *Table4Block) Cells() []*Figure {
	return []*Figure{&b.Upheld, &b.Corrected, &b.Other, &b.Pending, &b.Total}
}

// Table4Columns are the keys of Table4Block's figures, in Cells order.
var Table4Columns = []string{"upheld", "corrected", "other", "pending", "total"}

// Table4 is 表四 政府信息公开行政复议、行政诉讼情况.
type Table4 struct {
	// Review is 行政复议.
	Review Table4Block `json:"review"`
	// LitigationDirect is 行政诉讼 未经复议直接起诉.
	LitigationDirect Table4Block `json:"litigation_direct"`
	// LitigationAfterReview is 行政诉讼 复议后起诉.
	LitigationAfterReview Table4Block `json:"litigation_after_review"`
	Loc                   Loc         `json:"-"`
}
