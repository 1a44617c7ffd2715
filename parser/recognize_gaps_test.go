package parser

import (
	"fmt"
	"strings"
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
		{"第一章 总体情况", 1, true},
		{"一、基本情况", 1, false},
		{"一、工作概述", 1, false},
		{"一、总体概况", 1, false},
		{"三、政府信息公开申请办理情况", 3, false},
		{"四、复议诉讼情况", 4, false},
		{"五、下一步工作打算", 5, false},
		{"六、其他", 6, false},
		{"六、其他情况", 6, false},
		{"六、其他需要报告的情况", 6, false},
		{"（六）其他处理", 0, false},
		{"第四章、政府信息公开行政复议、行政诉讼情况", 4, true},
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
		{"第一章", 0, false},
		{"第一节 总体情况", 0, false},
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
		{"第一章", headed(style(func(i int) string { return "第" + cn[i] + "章 " })), []int{1, 2, 3, 4, 5, 6}},
		// 一、 headings with （一） sub-headings that look like sections: the sub-headings stay
		// in their section.
		{"一、 with （一） sub-headings", headed(style(func(i int) string { return cn[i] + "、" }), "（一）主动公开情况", "（二）依申请公开情况", "（四）行政复议情况"), []int{1, 2, 3, 4, 5, 6}},
		// （一）…（六） headings with improvement items numbered 二、三、四、 in a body.
		{"（一） headings, 一、 items", headed(style(func(i int) string { return "（" + cn[i] + "）" }), "二、持续加大主动公开力度", "三、规范依申请公开办理", "四、做好行政复议应诉工作"), []int{1, 2, 3, 4, 5, 6}},
		// Word's automatic numbering: the text holds the standard wording only.
		{"unnumbered standard headings", headed(style(func(i int) string { return "" }), "主动公开情况", "依申请公开情况"), []int{1, 2, 3, 4, 5, 6}},
		{"unnumbered, a caption repeating the heading", []Block{para(1, "总体情况"), para(2, "正文。"), para(3, "主动公开政府信息情况"), para(4, "主动公开政府信息情况"),
			para(5, "正文。"), para(6, "收到和处理政府信息公开申请情况"), para(7, "正文。"), para(8, "政府信息公开行政复议、行政诉讼情况"), para(9, "正文。")}, []int{1, 2, 3, 4}},
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

func TestFindDatesVariants(t *testing.T) {
	for _, c := range []struct{ in, iso string }{
		{"二○二四年一月二十日", "2024-01-20"},   // ○ U+25CB
		{"二Ｏ二四年一月二十日", "2024-01-20"},   // full-width O
		{"二O二四年一月二十日", "2024-01-20"},   // Latin O
		{"二零二四年一月二十日", "2024-01-20"},   // 零
		{"二〇二四年 一月 二十日", "2024-01-20"}, // spaces inside
		{"二0二四年一月二十日", "2024-01-20"},   // an ASCII zero
		{"二◯二四年元月八日", "2024-01-08"},    // 元月
		{"2024年元月8日", ""},              // 元 only with Chinese numerals
		{"二〇二四 年一 月二十 日", "2024-01-20"},
		{"2024 年 1 月 20 日", "2024-01-20"},
		{"２０２４年１２月３１日", "2024-12-31"},
		{"二〇二四年一月", ""}, // the month alone is not a date (findMonths)
		{"一二三四五", ""},
	} {
		ds := findDates(c.in)
		got := ""
		if len(ds) == 1 {
			got = ds[0].ISO()
		}
		if got != c.iso || len(ds) > 1 {
			t.Errorf("%q: %v, want %s", c.in, ds, c.iso)
		}
	}
	for _, c := range []struct{ in, iso string }{
		{"2024年1月", "2024-01"},
		{"二〇二四年十二月", "2024-12"},
		{"2024 年 1 月", "2024-01"},
		{"2024年13月", ""},
		{"二〇二五年元月", "2025-01"},
	} {
		ds := findMonths(c.in)
		got := ""
		if len(ds) == 1 {
			got = ds[0].ISO()
		}
		if got != c.iso {
			t.Errorf("months %q: %v, want %s", c.in, ds, c.iso)
		}
	}
}

func TestSignatureVariants(t *testing.T) {
	body := func(tail ...string) []Block {
		bs := []Block{para(1, "某某县财政局2023年政府信息公开工作年度报告"), para(2, "一、总体情况"), para(3, "2023年，我局主动公开政府信息100条。")}
		for i, s := range tail {
			bs = append(bs, para(4+i, s))
		}
		return bs
	}
	for _, c := range []struct {
		name           string
		blocks         []Block
		date, text, is string
	}{
		{"○ in the year", body("某某县财政局", "二○二四年一月二十日"), "2024-01-20", "二○二四年一月二十日", "某某县财政局"},
		{"spaces inside", body("某某县财政局", "2024 年 1 月 20 日"), "2024-01-20", "2024 年 1 月 20 日", "某某县财政局"},
		{"full-width digits", body("某某县财政局", "２０２４年１月２０日"), "2024-01-20", "２０２４年１月２０日", "某某县财政局"},
		{"issuer and date on one line", body("某某县财政局　　2024年1月20日"), "2024-01-20", "2024年1月20日", "某某县财政局"},
		{"seal after the date", body("某某县财政局", "2024年1月20日（盖章）"), "2024-01-20", "2024年1月20日", "某某县财政局"},
		{"seal after the issuer", body("某某县财政局（盖章）", "2024年1月20日"), "2024-01-20", "2024年1月20日", "某某县财政局"},
		{"印发", body("某某县财政局", "2024年1月20日印发"), "2024-01-20", "2024年1月20日", "某某县财政局"},
		{"a note after the date", body("某某县财政局", "2024年1月20日（此件公开发布）"), "2024-01-20", "2024年1月20日", "某某县财政局"},
		{"month only", body("某某县财政局", "2024年1月"), "2024-01", "2024年1月", "某某县财政局"},
		{"day 0 is not month only", body("某某县财政局", "2024年1月0日"), "2024-01-00", "2024年1月0日", "某某县财政局"},
		{"labelled date", body("某某县财政局", "成文日期：2024年1月20日"), "2024-01-20", "2024年1月20日", "某某县财政局"},
		{"month only in Chinese numerals", body("某某县财政局", "二〇二四年一月"), "2024-01", "二〇二四年一月", "某某县财政局"},
		{"month only after the issuer", body("某某县财政局 2024年1月"), "2024-01", "2024年1月", "某某县财政局"},
		{"signature table, issuer on the left", append(body(), table(grid(9, []string{"某某县财政局", "2024年1月20日"}))), "2024-01-20", "2024年1月20日", "某某县财政局"},
		{"signature table, month only", append(body(), table(grid(9, []string{"某某县财政局"}, []string{"2024年1月"}))), "2024-01", "2024年1月", "某某县财政局"},
		// A sentence about a month is not a signature.
		{"month in a sentence", body("2024年1月，我局将继续做好公开工作。"), "", "", ""},
	} {
		r := Recognize(&Document{Input: InputText, Blocks: c.blocks})
		d, tx, is := "", "", ""
		if s := r.Signature; s != nil {
			d, tx, is = s.Date, s.Text, s.Issuer
		}
		if d != c.date || tx != c.text || is != c.is {
			t.Errorf("%s: signature %q %q %q, want %q %q %q", c.name, d, tx, is, c.date, c.text, c.is)
		}
	}
}

func TestTitleVariants(t *testing.T) {
	rest := []Block{para(20, "一、总体情况"), para(21, "2023年，我局主动公开政府信息100条。"), para(22, "某某县财政局"), para(23, "2024年1月20日")}
	with := func(bs ...Block) []Block { return append(bs, rest...) }
	for _, c := range []struct {
		name          string
		blocks        []Block
		title, issuer string
		year          int
	}{
		{"three lines", with(para(1, "某某市某某县"), para(2, "财政局"), para(3, "2023年政府信息公开工作年度报告")),
			"某某市某某县财政局2023年政府信息公开工作年度报告", "某某市某某县财政局", 2023},
		{"issuer, year, ending", with(para(1, "某某县财政局"), para(2, "2023年度"), para(3, "政府信息公开工作年度报告")),
			"某某县财政局2023年度政府信息公开工作年度报告", "某某县财政局", 2023},
		{"ending broken", with(para(1, "某某县财政局2023年政府信息公开"), para(2, "工作年度报告")),
			"某某县财政局2023年政府信息公开工作年度报告", "某某县财政局", 2023},
		{"year first", with(para(1, "2023年度某某县某某局政府信息公开工作年度报告")),
			"2023年度某某县某某局政府信息公开工作年度报告", "某某县某某局", 2023},
		{"year line before an issuer's title", with(para(1, "2023年度"), para(2, "某某县财政局政府信息公开工作年度报告")),
			"2023年度某某县财政局政府信息公开工作年度报告", "某某县财政局", 2023},
		{"year note after", with(para(1, "某某县财政局政府信息公开工作年度报告"), para(2, "（2023年度）")),
			"某某县财政局政府信息公开工作年度报告（2023年度）", "某某县财政局", 2023},
		{"subtitle", with(para(1, "某某县财政局2023年政府信息公开工作年度报告"), para(2, "——依据《中华人民共和国政府信息公开条例》编制")),
			"某某县财政局2023年政府信息公开工作年度报告", "某某县财政局", 2023},
		{"subtitle with a date", with(para(1, "某某县财政局"), para(2, "2023年政府信息公开工作年度报告"), para(3, "（2024年1月20日）")),
			"某某县财政局2023年政府信息公开工作年度报告", "某某县财政局", 2023},
		{"a line before that is not the issuer", with(para(1, "附件1"), para(2, "某某县财政局2023年政府信息公开工作年度报告")),
			"某某县财政局2023年政府信息公开工作年度报告", "某某县财政局", 2023},
		{"issuer in a subtitle", with(para(1, "2023年政府信息公开工作年度报告"), para(2, "——某某县财政局")),
			"2023年政府信息公开工作年度报告", "某某县财政局", 2023},
		{"issuer in a bracketed subtitle", with(para(1, "2023年政府信息公开工作年度报告"), para(2, "（某某县财政局）")),
			"2023年政府信息公开工作年度报告", "某某县财政局", 2023},
		{"issuer alone after the title", with(para(1, "2023年政府信息公开工作年度报告"), para(2, "某某县财政局")),
			"2023年政府信息公开工作年度报告", "某某县财政局", 2023},
		// (the issuer is then the 落款's)
		{"a heading after the title is not the issuer", with(para(1, "2023年政府信息公开工作年度报告"), para(2, "前言")),
			"2023年政府信息公开工作年度报告", "某某县财政局", 2023},
		{"the year inside the ending", with(para(1, "某某县财政局政府信息公开工作2023年度报告")),
			"某某县财政局政府信息公开工作2023年度报告", "某某县财政局", 2023},
		{"政务公开 for 政府信息公开", with(para(1, "某某县财政局2023年政务公开工作年度报告")),
			"某某县财政局2023年政务公开工作年度报告", "某某县财政局", 2023},
		{"one-cell table", with(table(grid(1, []string{"某某县财政局\n2023年政府信息公开工作年度报告"}))),
			"某某县财政局2023年政府信息公开工作年度报告", "某某县财政局", 2023},
	} {
		r := Recognize(&Document{Input: InputText, Blocks: c.blocks})
		if r.Title != c.title || r.Issuer != c.issuer || r.Year != c.year || r.TitleYear != c.year {
			t.Errorf("%s: title %q issuer %q year %d/%d", c.name, r.Title, r.Issuer, r.Year, r.TitleYear)
		}
		if r.Signature == nil || r.Signature.Date != "2024-01-20" {
			t.Errorf("%s: signature %+v", c.name, r.Signature)
		}
	}
}

func TestTableOfContentsAndLeadHeadings(t *testing.T) {
	std := []string{"一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"}
	body := func(head []string) []Block {
		bs := []Block{para(1, "某某县财政局2023年政府信息公开工作年度报告"), para(2, "目录")}
		for i, h := range head {
			bs = append(bs, para(3+i, h))
		}
		for i, h := range std {
			bs = append(bs, para(20+2*i, h), para(21+2*i, "正文。"))
		}
		return append(bs, para(40, "某某县财政局"), para(41, "2024年1月20日"))
	}
	leaders := make([]string, 6)
	for i, h := range std {
		leaders[i] = h + "……………" + fmt.Sprint(i+1)
	}
	tabs := make([]string, 6)
	for i, h := range std {
		tabs[i] = h + "\t" + fmt.Sprint(i+1)
	}
	lead := func() []Block {
		bs := []Block{para(1, "某某县财政局2023年政府信息公开工作年度报告")}
		for i, h := range std {
			if i == 4 {
				bs = append(bs, para(20+2*i, h+"：一是公开不够及时；二是解读不够。下一步将改进。"))
				continue
			}
			bs = append(bs, para(20+2*i, h), para(21+2*i, "正文。"))
		}
		return bs
	}
	for _, c := range []struct {
		name   string
		blocks []Block
	}{
		{"table of contents", body(std)},
		{"contents with leaders", body(leaders)},
		{"contents with tabs", body(tabs)},
		{"heading opening its paragraph", lead()},
	} {
		r := Recognize(&Document{Input: InputText, Blocks: c.blocks})
		var got []int
		for _, s := range r.Sections {
			got = append(got, s.Number)
			if len(s.Paragraphs) == 0 || !s.Standard {
				t.Errorf("%s: section %q: body %d standard %v", c.name, s.Heading, len(s.Paragraphs), s.Standard)
			}
		}
		if fmt.Sprint(got) != "[1 2 3 4 5 6]" {
			t.Errorf("%s: sections %v", c.name, got)
		}
		if r.Title != "某某县财政局2023年政府信息公开工作年度报告" {
			t.Errorf("%s: title %q", c.name, r.Title)
		}
	}
	// The whole body run together on one line (a web copy), headings with colons: the
	// first heading does not swallow the others.
	var one strings.Builder
	for _, h := range std {
		one.WriteString(h + "：本部分的正文，写得足够长以便这一段超过两百字，内容是关于政府信息公开工作的具体情况。")
	}
	r := Recognize(&Document{Input: InputText, Blocks: []Block{para(1, "某某县财政局2023年政府信息公开工作年度报告"), para(2, one.String())}})
	if len(r.Sections) != 6 {
		t.Errorf("run together: %d sections", len(r.Sections))
	}
	// A numbered item in a body is not a heading opening its paragraph.
	for _, s := range []string{"二、主动公开工作不够深入。下一步将改进。", "一、总体情况良好：各项工作有序推进。",
		"一、总体情况良好，各项工作有序推进。", "二、主动公开政府信息工作有待加强，下一步将改进。",
		"二、主动公开政府信息情况较好", "五、存在的主要问题及改进情况", "（一）总体情况 2023年，我局……"} {
		if n, _, _, ok := leadHeading(s, styleChinese); ok {
			t.Errorf("%q read as heading %d", s, n)
		}
	}
}

// A web page's bold heading run into its paragraph, with a space or nothing between.
func TestRunInHeadings(t *testing.T) {
	for _, c := range []struct {
		text  string
		style int
		n     int
		body  string
	}{
		{"一、总体情况 2023年，我局坚持以公开为常态。", styleChinese, 1, "2023年，我局坚持以公开为常态。"},
		{"一、总体情况2023年，我局坚持以公开为常态。", styleChinese, 1, "2023年，我局坚持以公开为常态。"},
		{"一、总体情况　本年度，我局坚持以公开为常态。", styleChinese, 1, "本年度，我局坚持以公开为常态。"},
		{"三、收到和处理政府信息公开申请情况本年度共收到申请5件。", styleChinese, 3, "本年度共收到申请5件。"},
		{"五、存在的主要问题及改进情况一是公开不够及时；二是解读不够。", styleChinese, 5, "一是公开不够及时；二是解读不够。"},
		{"六、其他需要报告的事项 本年度未收取信息处理费。", styleChinese, 6, "本年度未收取信息处理费。"},
		{"第一部分 总体情况 2023年，我局坚持以公开为常态。", styleChinese, 1, "2023年，我局坚持以公开为常态。"},
		{"（二）主动公开政府信息情况2023年主动公开信息186条。", styleParen, 2, "2023年主动公开信息186条。"},
		{"1、总体情况 我局坚持以公开为常态。", styleArabic, 1, "我局坚持以公开为常态。"},
	} {
		n, _, body, ok := leadHeading(c.text, c.style)
		if !ok || n != c.n || body != c.body {
			t.Errorf("%q: n=%d body=%q ok=%v, want %d %q", c.text, n, body, ok, c.n, c.body)
		}
	}
	// In a whole report: every section found, each with its body.
	std := []string{"一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"}
	bs := []Block{para(1, "某某县财政局2023年政府信息公开工作年度报告")}
	for i, h := range std {
		bs = append(bs, para(2+i, h+" 2023年，本部分的正文。"))
	}
	r := Recognize(&Document{Input: InputText, Blocks: bs})
	var got []int
	for _, s := range r.Sections {
		got = append(got, s.Number)
		if len(s.Paragraphs) != 1 || s.Paragraphs[0].Text != "2023年，本部分的正文。" || !s.Standard {
			t.Errorf("section %q: body %v standard %v", s.Heading, s.Paragraphs, s.Standard)
		}
	}
	if fmt.Sprint(got) != "[1 2 3 4 5 6]" {
		t.Errorf("sections %v", got)
	}
}

func TestPeriodKeys(t *testing.T) {
	for _, s := range []string{
		"本报告统计数据期限为2023年1月1日至2023年12月31日。",
		"本报告中所列数据时限自2023年1月1日起至2023年12月31日止。",
		"统计时段：2023年1月1日—2023年12月31日",
	} {
		r := Recognize(&Document{Blocks: []Block{para(1, s)}})
		if r.Period == nil || r.Period.From != "2023-01-01" || r.Period.To != "2023-12-31" || r.PeriodYear != 2023 {
			t.Errorf("%q: %+v", s, r.Period)
		}
	}
}

// FuzzRecognizeLines feeds lines as paragraphs (every third line also as a one-cell table) to
// Recognize, for the heading, title and date readers: nothing may panic, a month-only date
// has Day 0, a full one a day.
func FuzzRecognizeLines(f *testing.F) {
	for _, s := range []string{
		"某某市\n某某县财政局\n2023年度\n政府信息公开工作年度报告\n目录\n一、总体情况……1\n二、主动公开政府信息情况\t2\n三、收到和处理政府信息公开申请情况\n一、总体情况\n正文\n五、存在的主要问题及改进情况：一是\n某某县财政局（盖章）\n二○二四年元月",
		"（一）总体情况\n（二）主动公开政府信息情况\n1.主动公开\n（三）收到和处理政府信息公开申请情况\n（四）政府信息公开行政复议、行政诉讼情况\n成文日期：2024 年 1 月 20 日",
		"总体情况\n主动公开政府信息情况\n收到和处理政府信息公开申请情况\n其他需要报告的事项\n【第五部分 存在的主要问题及改进情况】\n**一、总体情况**\n2023年政府信息公开工作年度报告\n——某某局\n二0二四年一月",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var bs []Block
		for i, l := range strings.Split(s, "\n") {
			if i%3 == 2 {
				bs = append(bs, table(grid(i+1, []string{l})))
				continue
			}
			bs = append(bs, para(i+1, l))
		}
		r := Recognize(&Document{Input: InputText, Blocks: bs})
		if r == nil {
			t.Fatal("nil report")
		}
		if sg := r.Signature; sg != nil && sg.Source != "meta" {
			if (len(sg.Date) == 7) != (sg.Day == 0 && !strings.HasSuffix(sg.Date, "-00")) {
				t.Errorf("signature %+v", sg)
			}
		}
		for _, sec := range r.Sections {
			if sec.Number < 1 || sec.Number > 6 {
				t.Errorf("section %+v", sec)
			}
		}
	})
}

// TestBodyItems: numbered items in a body that read like other sections' headings stay in
// their section.
func TestBodyItems(t *testing.T) {
	bs := []Block{para(1, "某某县财政局2023年政府信息公开工作年度报告"),
		para(2, "一、总体情况"), para(3, "二、加大主动公开力度。"), para(4, "三、规范依申请公开办理"), para(18, "正文。"),
		para(5, "二、主动公开政府信息情况"), para(6, "正文。"),
		para(7, "三、收到和处理政府信息公开申请情况"), para(8, "正文。"),
		para(9, "四、政府信息公开行政复议、行政诉讼情况"), para(10, "正文。"),
		para(11, "五、存在的主要问题及改进情况"), para(12, "下一步："), para(13, "二、持续加强主动公开"), para(14, "三、规范依申请公开办理"), para(15, "四、做好行政复议应诉"),
		para(16, "六、其他需要报告的事项"), para(17, "本年度未收取信息处理费。")}
	r := Recognize(&Document{Input: InputText, Blocks: bs})
	var got []int
	for _, s := range r.Sections {
		got = append(got, s.Number)
	}
	if fmt.Sprint(got) != "[1 2 3 4 5 6]" {
		t.Errorf("sections %v", got)
	}
	if len(r.Sections) == 6 && len(r.Sections[4].Paragraphs) != 4 {
		t.Errorf("五 body: %d paragraphs", len(r.Sections[4].Paragraphs))
	}
}

// loosenWords does what strings.NewReplacer("的", "", "工作", "", "主要", "", "和", "及",
// "与", "及", ".", "及") did.
func TestLoosenWords(t *testing.T) {
	want := strings.NewReplacer("的", "", "工作", "", "主要", "", "和", "及", "与", "及", ".", "及")
	for _, s := range []string{"", "存在的主要问题及改进情况", "政府信息公开行政复议.行政诉讼情况", "收到和处理政府信息公开申请情况",
		"因政府信息公开工作被申请行政复议和提起行政诉讼情况", "的的工作工作主要和与.", "a的b工c作d主要e", "其他需要报告的事项"} {
		if got := loosenWords(s); got != want.Replace(s) {
			t.Errorf("loosenWords(%q) = %q, want %q", s, got, want.Replace(s))
		}
	}
}

// A report dated under its title, with no 落款 at the end.
func TestHeadDate(t *testing.T) {
	body := func(head ...string) []Block {
		bs := []Block{para(1, "临江县发展和改革局2023年政府信息公开工作年度报告")}
		for i, h := range head {
			bs = append(bs, para(2+i, h))
		}
		for i, h := range []string{"一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"} {
			bs = append(bs, para(10+2*i, h), para(11+2*i, "本年度，正文。"))
		}
		return bs
	}
	for _, c := range []struct {
		name string
		bs   []Block
		want string
	}{
		{"in brackets", body("（2024年1月20日）"), "2024-01-20"},
		{"alone", body("2024年1月20日"), "2024-01-20"},
		{"in Chinese numerals", body("二〇二四年一月二十日"), "2024-01-20"},
		{"labelled", body("成文日期：2024年1月20日"), "2024-01-20"},
		{"a sentence with a date is not a dating", body("本报告于2024年1月20日经局务会审议通过。"), ""},
		{"a period is not a dating", body("统计期限为2023年1月1日至2023年12月31日。"), ""},
		{"the 落款 wins", append(body("（2024年1月20日）"), para(30, "临江县发展和改革局"), para(31, "2024年2月1日")), "2024-02-01"},
	} {
		r := Recognize(&Document{Input: InputText, Blocks: c.bs})
		got := ""
		if r.Signature != nil {
			got = r.Signature.Date
		}
		if got != c.want {
			t.Errorf("%s: date %q, want %q", c.name, got, c.want)
		}
	}
}

// With no issuer in the title, the 落款's issuer is the report's.
func TestIssuerFromSignature(t *testing.T) {
	bs := []Block{para(1, "2023年政府信息公开工作年度报告"), para(2, "一、总体情况"), para(3, "本年度，正文。"),
		para(4, "石门镇人民政府"), para(5, "2024年1月20日")}
	r := Recognize(&Document{Input: InputText, Blocks: bs})
	if r.Issuer != "石门镇人民政府" || r.Year != 2023 {
		t.Errorf("issuer %q year %d, want 石门镇人民政府 2023", r.Issuer, r.Year)
	}
	bs[0] = para(1, "临江县发展和改革局2023年政府信息公开工作年度报告")
	if r := Recognize(&Document{Input: InputText, Blocks: bs}); r.Issuer != "临江县发展和改革局" {
		t.Errorf("the title's issuer %q, want 临江县发展和改革局", r.Issuer)
	}
}

// A page's 发文日期 dates the report when there is no 落款.
func TestMetaDateLabels(t *testing.T) {
	bs := []Block{para(1, "临江县发展和改革局2023年政府信息公开工作年度报告"), para(2, "一、总体情况"), para(3, "本年度，正文。")}
	r := Recognize(&Document{Input: InputHTML, Blocks: bs, Meta: map[string]string{"发文日期": "2024-01-26"}})
	if r.Signature == nil || r.Signature.Date != "2024-01-26" {
		t.Errorf("signature %+v, want the 发文日期 2024-01-26", r.Signature)
	}
}

// 表三's labels are never section 六, whatever the numbering style.
func TestTableLabelsAreNotSectionSix(t *testing.T) {
	for _, s := range []string{"（六）其他处理", "(六)其他处理", "六、其他处理", "（六）其他结果"} {
		for _, style := range []int{styleChinese, styleParen} {
			if n, _, _, ok := sectionHeadingStyle(s, style); ok {
				t.Errorf("%q (style %d) read as section %d", s, style, n)
			}
		}
	}
	if n, _, _, ok := sectionHeadingStyle("（六）其他", styleParen); !ok || n != 6 {
		t.Errorf("（六）其他 in paren style: %d %v, want section 6", n, ok)
	}
}

// A 统计期限 given as a year only is that calendar year.
func TestPeriodYearOnly(t *testing.T) {
	for _, c := range []struct {
		text string
		year int
	}{
		{"本报告中所列数据统计期限为2023年度。", 2023},
		{"本报告所列数据统计时限：2022年。", 2022},
		{"统计期限为2023年1月至12月。", 0}, // months without days: not a year only, not dates either
		{"统计期限为今年。", 0},
	} {
		r := Recognize(&Document{Blocks: []Block{para(1, c.text)}})
		got := 0
		if r.Period != nil {
			got = r.PeriodYear
			if r.Period.From != fmt.Sprintf("%d-01-01", c.year) || r.Period.To != fmt.Sprintf("%d-12-31", c.year) {
				t.Errorf("%q: period %+v", c.text, r.Period)
			}
		}
		if got != c.year {
			t.Errorf("%q: period year %d, want %d", c.text, got, c.year)
		}
	}
}
