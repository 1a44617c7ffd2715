package text

import (
	"strings"
	"testing"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

func TestListNumberTab(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"五、\t存在的主要问题及改进情况", "五、存在的主要问题及改进情况"},
		{"（一）\t主动公开情况", "（一）主动公开情况"},
		{"(2)\t依申请公开情况", "(2)依申请公开情况"},
		{"1.\t总体情况", "1.总体情况"},
		{"3、\t\t收到和处理政府信息公开申请情况", "3、收到和处理政府信息公开申请情况"},
		{"第一部分\t总体情况", "第一部分总体情况"},
		{"第二章\t主动公开政府信息情况", "第二章主动公开政府信息情况"},
		// Table rows keep their cells.
		{"（一）\t予以公开\t0\t0", ""},
		{"一、本年新收政府信息公开申请数量\t3\t0", ""},
		{"行政许可\t156", ""},
		{"1\t规章\t0", ""},
		{"12\t件", ""},
		{"一、\t", ""},
	} {
		got, ok := listNumberTab(c.in)
		if (c.want == "") == ok || got != c.want {
			t.Errorf("listNumberTab(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
}

// Word's and WPS's text of automatically numbered headings: 「五、<TAB>存在的主要问题…」, with
// a paragraph between two of them; they were read as one table and two sections lost.
func TestListNumberedHeadingsAreParagraphs(t *testing.T) {
	in := strings.Join([]string{
		"四、\t政府信息公开行政复议、行政诉讼情况",
		"本年度未发生行政复议、行政诉讼。",
		"五、\t存在的主要问题及改进情况",
		"一是政策解读形式还不够丰富。",
		"六、\t其他需要报告的事项",
		"本年度未收取信息处理费。",
	}, "\r\n")
	doc, err := Read([]byte(in), parser.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	var paras []string
	for _, b := range doc.Blocks {
		if b.Table != nil {
			t.Errorf("a table was read: %v", b.Table.Rows)
		}
		if b.Para != nil {
			paras = append(paras, b.Para.Text)
		}
	}
	if len(paras) != 6 || paras[2] != "五、存在的主要问题及改进情况" || paras[4] != "六、其他需要报告的事项" {
		t.Errorf("paragraphs %q", paras)
	}
}
