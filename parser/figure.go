package parser

import (
	"strconv"
	"strings"
)

// blankTokens are what real reports print in a cell they did not fill. FORMAT.md: read
// them as "not filled", never as 0 and never as an error at this stage.
var blankTokens = map[string]bool{
	"": true, "/": true, "\\": true, "-": true, "--": true, "---": true, "无": true,
	"空": true, "——": true, "—": true, "－": true, "／": true, "-/-": true, "/-": true,
	// Words for "nothing of this kind here": a county department has no 规章 to report
	// and writes 不涉及 rather than 0. Not filled, like 无, not a wrong figure.
	"不涉及": true, "未涉及": true, "暂无": true, "没有": true, "无此项": true, "不适用": true, "—/—": true,
	// The prompt of an unfilled content control, once a .doc round trip (or an old
	// editor) has turned the control into plain text: the cell was never filled.
	"单击或点击此处输入文字。": true, "单击此处输入文字。": true, "点击此处输入文字": true, "单击或点击此处输入文字": true,
	"Clickortapheretoentertext.": true, "Clickheretoentertext.": true, // as numFold leaves them
}

// figureUnits are suffixes stripped before reading a number (longest first).
var figureUnits = []string{"(万元)", "(元)", "(件)", "(条)", "(个)", "(项)", "万元", "元", "万", "件", "条", "个", "项", "次", "宗", "家", "篇"}

// changeWords spell the sign of a 2019 本年增/减 in words: 「增加3」, 「减少2」.
var changeWords = []struct {
	word string
	sign string
}{{"增加", "+"}, {"减少", "-"}, {"增", "+"}, {"减", "-"}}

// parseFigure reads a numeric cell as printed. Raw keeps the printed text; Value is set
// only when the cell holds a number.
func parseFigure(raw string, w Where) Figure {
	raw = trimSpace(raw)
	f := Figure{Raw: raw, Where: w}
	v, state := readNumber(raw)
	f.State = state
	if state == Filled {
		f.Value = v
	}
	return f
}

// readNumber classifies a cell's text: a number (full-width digits, 1,234, units and a
// leading sign tolerated), a blank, or other text.
func readNumber(raw string) (float64, FigureState) {
	s := numFold(raw)
	if blankTokens[s] || blankTokens[raw] {
		return 0, Blank
	}
	// A currency sign before an amount (「￥251000」) is a unit too.
	s = strings.TrimPrefix(strings.TrimPrefix(s, "¥"), "￥")
	for _, c := range changeWords {
		if strings.HasPrefix(s, c.word) && len(s) > len(c.word) && s[len(c.word)] >= '0' && s[len(c.word)] <= '9' {
			s = c.sign + s[len(c.word):]
			break
		}
	}
	for _, u := range figureUnits {
		if strings.HasSuffix(s, u) && len(s) > len(u) {
			s = s[:len(s)-len(u)]
			break
		}
	}
	// Chinese reports never use a decimal comma: a comma is a thousands separator, and
	// then every group after the first has three digits (「1,234」). 「1,2」 is not a
	// number one can read (a typo, or two figures in one cell): it stays text.
	if strings.IndexByte(s, ',') >= 0 {
		if !thousandsGrouped(s) {
			return 0, NotNumber
		}
		s = strings.ReplaceAll(s, ",", "")
	}
	if s == "" || !numberLike(s) {
		return 0, NotNumber
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, NotNumber
	}
	if v == 0 {
		v = 0 // 「-0」 is 0, not a negative zero printed as -0
	}
	return v, Filled
}

// thousandsGrouped reports whether the commas of s separate groups of three digits:
// 1,234 and 12,345.6, not 1,2 or 12,34 or ,5.
func thousandsGrouped(s string) bool {
	s = strings.TrimLeft(s, "+-")
	if i := strings.IndexByte(s, '.'); i >= 0 {
		s = s[:i]
	}
	parts := strings.Split(s, ",")
	if len(parts[0]) == 0 || len(parts[0]) > 3 {
		return false
	}
	for _, p := range parts[1:] {
		if len(p) != 3 {
			return false
		}
	}
	return true
}

// numFold is fold for numbers: width folded, whitespace dropped, dashes and minus signs
// made '-', but commas and points kept apart.
func numFold(raw string) string {
	var b strings.Builder
	b.Grow(len(raw))
	for _, r := range raw {
		if r >= 0xFF01 && r <= 0xFF5E {
			r -= 0xFEE0
		}
		switch r {
		case ' ', '\t', '\n', '\r', 0x3000, 0xA0, 0xFEFF, 0x200B:
			continue
		case '−', '–', '‐':
			r = '-'
		}
		b.WriteRune(r)
	}
	return b.String()
}

func numberLike(s string) bool {
	digits := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.':
		case i == 0 && (c == '-' || c == '+'):
		default:
			return false
		}
	}
	return digits > 0 && strings.Count(s, ".") <= 1
}

// isValueText reports whether a cell's text reads as a value (a number or a blank), as
// opposed to a label.
func isValueText(s string) bool {
	_, st := readNumber(s)
	return st != NotNumber
}

// isNumberText reports whether a cell's text is a number.
func isNumberText(s string) bool {
	_, st := readNumber(s)
	return st == Filled
}
