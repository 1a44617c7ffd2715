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
