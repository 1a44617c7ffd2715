package parser

import "testing"

// TestTableContinuation: the lines between two parts of a table that do not end it.
func TestTableContinuation(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"续表", true}, {"（续表）", true}, {"续上表", true}, {"表三（续）", true}, {"表三 续表", true},
		{"表四（续表）", true}, {"- 5 -", true}, {"—12—", true}, {"第 3 页 共 6 页", true}, {"第3页", true},
		{"3/6", true}, {"7", true},
		{"四、政府信息公开行政复议、行政诉讼情况", false}, {"表四 政府信息公开行政复议、行政诉讼情况", false},
		{"2024", false}, {"第三页", false}, {"注：本表数据截至2023年12月31日", false}, {"续", false},
		{"表三继续办理情况说明", false}, {"", false},
	} {
		if got := tableContinuation(c.text); got != c.want {
			t.Errorf("tableContinuation(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestReadNumberClerkForms: figures as clerks type them in Word/WPS cells.
func TestReadNumberClerkForms(t *testing.T) {
	for _, c := range []struct {
		raw   string
		v     float64
		state FigureState
	}{
		{"12件", 12, Filled}, {"１２", 12, Filled}, {"1,234", 1234, Filled}, {"12,345.5", 12345.5, Filled},
		{" 0 ", 0, Filled}, {"0.0", 0, Filled}, {"-0", 0, Filled}, {"12（件）", 12, Filled}, {"0.35（万元）", 0.35, Filled},
		{"１，２３４", 1234, Filled}, {"2\n件", 2, Filled},
		{"—", 0, Blank}, {"/", 0, Blank}, {"无", 0, Blank}, {"-", 0, Blank}, {"\u3000", 0, Blank},
		{"不涉及", 0, Blank}, {"暂无", 0, Blank}, {"—/—", 0, Blank},
		{"单击或点击此处输入文字。", 0, Blank}, {"Click or tap here to enter text.", 0, Blank},
		// Not readable as one figure: the raw text is the evidence.
		{"1,2", 0, NotNumber}, {"12,34", 0, NotNumber}, {",5", 0, NotNumber}, {"1,2345", 0, NotNumber},
		{"零", 0, NotNumber}, {"O", 0, NotNumber}, {"l2", 0, NotNumber}, {"2件（含转办1件）", 0, NotNumber},
	} {
		v, st := readNumber(c.raw)
		if st != c.state || v != c.v {
			t.Errorf("readNumber(%q) = %v, %v; want %v, %v", c.raw, v, st, c.v, c.state)
		}
	}
	if v, _ := readNumber("-0"); 1/v < 0 {
		t.Errorf("readNumber(\"-0\") is a negative zero")
	}
}
