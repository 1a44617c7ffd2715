package parser

import (
	"fmt"
	"testing"
)

// Recognition gaps real reports hit: other heading numberings, dates, titles.

func TestSectionHeadingVariants(t *testing.T) {
	cases := []struct {
		text     string
		n        int
		standard bool
	}{
		{"第一部分 总体情况", 1, true},
		{"第二部分：主动公开政府信息情况", 2, true},
		{"第三部分、收到和处理政府信息公开申请情况", 3, true},
		{"第六部分　其他需要报告的事项", 6, true},
		{"一. 总体情况", 1, true},
		{"一．总体情况", 1, true},
		{"一：总体情况", 1, true},
		{"【一、总体情况】", 1, true},
		{"一、【总体情况】", 1, true},
		{"**二、主动公开政府信息情况**", 2, true},
		{"## 三、收到和处理政府信息公开申请情况", 3, true},
		{"五、存在的主要问题及改进情况：", 5, true},
		{"四、政府信息公开行政复议、行政诉讼情况:", 4, true},
		// Never a section in the usual numbering: sub-headings, 表三's labels.
		{"（一）总体情况", 0, false},
		{"1、总体情况", 0, false},
		{"第一部分", 0, false},
		{"【一、本年新收政府信息公开申请数量】", 0, false},
		{"四、结转下年度继续办理：", 0, false},
	}
	for _, c := range cases {
		n, _, std, ok := sectionHeading(c.text)
		if (c.n == 0 && ok) || (c.n != 0 && (n != c.n || std != c.standard)) {
			t.Errorf("%q: n=%d std=%v ok=%v, want %d %v", c.text, n, std, ok, c.n, c.standard)
		}
	}
}

// headed builds a report body with the six headings as given, a sub-heading or two in each.
func headed(h [6]string, subs ...string) []Block {
	var bs []Block
	line := 1
	add := func(s string) { bs = append(bs, para(line, s)); line++ }
	add("某某县人民政府2023年政府信息公开工作年度报告")
	for i, x := range h {
		add(x)
		for _, s := range subs {
			add(s)
		}
		add(fmt.Sprintf("第%d部分的正文。", i+1))
	}
	add("某某县人民政府")
	add("2024年3月1日")
	return bs
}

func TestNumberingStyles(t *testing.T) {
	std := [6]string{"总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"}
	style := func(f func(i int) string) [6]string {
		var h [6]string
		for i := range h {
			h[i] = f(i) + std[i]
		}
		return h
	}
	cn := []string{"一", "二", "三", "四", "五", "六"}
	cases := []struct {
		name   string
		blocks []Block
		want   []int
	}{
		{"（一）…（六） throughout", headed(style(func(i int) string { return "（" + cn[i] + "）" }), "1.主动公开情况", "2.依申请公开情况"), []int{1, 2, 3, 4, 5, 6}},
		{"1、…6、 throughout", headed(style(func(i int) string { return fmt.Sprint(i+1) + "、" }), "（一）主动公开情况"), []int{1, 2, 3, 4, 5, 6}},
		{"1.…6. throughout", headed(style(func(i int) string { return fmt.Sprint(i+1) + "." })), []int{1, 2, 3, 4, 5, 6}},
		{"第一部分", headed(style(func(i int) string { return "第" + cn[i] + "部分 " })), []int{1, 2, 3, 4, 5, 6}},
		// 一、 headings with （一） sub-headings that look like sections: the sub-headings stay
		// in their section.
		{"一、 with （一） sub-headings", headed(style(func(i int) string { return cn[i] + "、" }), "（一）主动公开情况", "（二）依申请公开情况", "（四）行政复议情况"), []int{1, 2, 3, 4, 5, 6}},
		// Sub-headings alone, under headings that are not numbered at all, are not sections.
		{"unnumbered headings", []Block{para(1, "总体情况"), para(2, "（一）主动公开情况"), para(3, "（二）依申请公开情况"), para(4, "（三）政府信息管理情况")}, nil},
	}
	for _, c := range cases {
		r := Recognize(&Document{Input: InputText, Blocks: c.blocks})
		var got []int
		for _, s := range r.Sections {
			got = append(got, s.Number)
			if !s.Standard {
				t.Errorf("%s: %q not standard", c.name, s.Heading)
			}
			if len(s.Paragraphs) == 0 {
				t.Errorf("%s: %q has no body", c.name, s.Heading)
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%s: sections %v, want %v", c.name, got, c.want)
		}
	}
}
