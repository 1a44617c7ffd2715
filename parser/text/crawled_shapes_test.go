package text

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// Crawled web text: tables flattened with pipes but no markdown separator line.

func TestSplitPipeLine(t *testing.T) {
	for _, c := range []struct {
		in    string
		cells []string
		pipes int
	}{
		{"规章 | 1 | 0 | 5 |", []string{"规章", "1", "0", "5"}, 0},
		{"| 规章 | 1 | 0 | 5 |", []string{"规章", "1", "0", "5"}, 0},
		{"| 第二十条第（一）项 |||", []string{"第二十条第（一）项"}, 0},
		// The first slot of a glued run after a space reads as an empty cell; recognition
		// drops surplus empty cells at the end of a row.
		{"行政许可 | 356 | ||", []string{"行政许可", "356", ""}, 0},
		{"一、本年新收 | 0 | | | | | | 0 |", []string{"一、本年新收", "0", "", "", "", "", "", "0"}, 0},
		{"| | 2.其他法律行政法规禁止公开 | | |", []string{"2.其他法律行政法规禁止公开", "", ""}, 0},
		{"a | b", []string{"a", "b"}, 0},
		{"|||", nil, 3},
		{"|", nil, 1},
	} {
		pl := splitPipeLine(c.in, 0)
		if !reflect.DeepEqual(pl.cells, c.cells) || pl.pipes != c.pipes {
			t.Errorf("splitPipeLine(%q) = %q, %d pipes; want %q, %d", c.in, pl.cells, pl.pipes, c.cells, c.pipes)
		}
	}
}

func rowsText(tb *parser.Table) [][]string {
	var out [][]string
	for _, r := range tb.Rows {
		var row []string
		for _, c := range r {
			row = append(row, c.Text)
		}
		out = append(out, row)
	}
	return out
}

func TestCrawledPipeTables(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     [][]string
	}{
		{"cell per line", strings.Join([]string{
			"第二十条第（五）项 |", "|||", "信息内容 |", "本年处理决定数量 |", "||", "行政许可 |", "356 |", "||",
			"规章 |", "1 |", "|", "5 |", "行政强制 |", "4 |"}, "\n"),
			[][]string{{"第二十条第（五）项"}, {"信息内容", "本年处理决定数量"}, {"行政许可", "356"}, {"规章", "1", "", "5"}, {"行政强制", "4"}}},
		{"cell per line, a blank row", strings.Join([]string{
			"一、本年新收 |", "|", "|", "|", "|", "|", "|", "0 |", "||", "二、上年结转 |", "1 |", "|", "|", "|", "|", "|", "1 |", "||"}, "\n"),
			[][]string{{"一、本年新收", "", "", "", "", "", "", "0"}, {"二、上年结转", "1", "", "", "", "", "", "1"}}},
		{"cell per line, header over values", strings.Join([]string{
			"信息内容 |", "本年制发件数 |", "本年废止件数 |", "现行有效件数 |", "规章 |", "1 |", "0 |", "5 |"}, "\n"),
			[][]string{{"信息内容", "本年制发件数", "本年废止件数", "现行有效件数"}, {"规章", "1", "0", "5"}}},
		{"cell per line, a cell over two lines", strings.Join([]string{
			"自然人 |", "法人或其他组织 |", "|||", "商业", "企业 |", "科研", "机构 |", "其他 |", "||", "一、本年新收 |", "1 |", "2 |", "3 |"}, "\n"),
			[][]string{{"自然人", "法人或其他组织"}, {"商业企业", "科研机构", "其他"}, {"一、本年新收", "1", "2", "3"}}},
		{"row per line", "| 信息内容 | 本年处理决定数量 ||\n| 行政许可 | 356 ||\n| 行政处罚 | 7 ||",
			[][]string{{"信息内容", "本年处理决定数量"}, {"行政许可", "356"}, {"行政处罚", "7"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc, err := Read([]byte("标题\n\n"+c.in+"\n\n结尾。\n"), parser.Limits{})
			if err != nil {
				t.Fatal(err)
			}
			ts := doc.Tables()
			if len(ts) != 1 {
				t.Fatalf("%d tables, want 1", len(ts))
			}
			if got := rowsText(ts[0]); !reflect.DeepEqual(got, c.want) {
				t.Errorf("rows = %q\nwant   %q", got, c.want)
			}
			if ts[0].Loc.Line != 3 {
				t.Errorf("table line %d, want 3", ts[0].Loc.Line)
			}
		})
	}
	// A page's metadata table at the top fills Meta (keys without their spaces).
	doc0, err := Read([]byte("索 引 号 | 0001/2024-1 | 分 类 | 年报 |\n发布机构 | 某局 | 发文日期 | 2024-01-15 |\n文 号 | 有 效 性 |\n\n某局2023年政府信息公开工作年度报告\n"), parser.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if want := map[string]string{"索引号": "0001/2024-1", "分类": "年报", "发布机构": "某局", "发文日期": "2024-01-15"}; !reflect.DeepEqual(doc0.Meta, want) {
		t.Errorf("Meta = %v, want %v", doc0.Meta, want)
	}
	// Prose with a pipe or two is not a table.
	doc, err := Read([]byte("索引号 | 0001 | 分类 | 年报 |\n发布机构 | 某局 |\n\n正文。\n"), parser.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(doc.Tables()); n != 0 {
		t.Errorf("two pipe lines made %d tables", n)
	}
}

func TestDoubleSpaced(t *testing.T) {
	var b strings.Builder
	for k := 0; k < 10; k++ {
		b.WriteString("第" + string(rune('一'+k)) + "段正文，说明本年度的工作情况。\n\n")
	}
	// 行政许可's value is an empty paragraph: three empty lines, not one.
	b.WriteString("信息内容\n\n本年制发件数\n\n本年废止件数\n\n现行有效件数\n\n规章\n\n1\n\n\n\n5\n\n行政强制\n\n4\n\n")
	b.WriteString("结尾的一段话，写得很长很长，说明这不是表格里的一个单元格，而是正文的最后一段。\n")
	doc, err := Read([]byte(b.String()), parser.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	ts := doc.Tables()
	if len(ts) != 1 {
		t.Fatalf("%d tables, want 1", len(ts))
	}
	want := [][]string{{"信息内容", "本年制发件数", "本年废止件数", "现行有效件数"}, {"规章", "1", "", "5"}, {"行政强制", "4"}}
	if got := rowsText(ts[0]); !reflect.DeepEqual(got, want) {
		t.Errorf("rows = %q\nwant   %q", got, want)
	}
	// Lines are the file's: 「规章」 stands on line 29, its 「5」 on line 35.
	if l := ts[0].Rows[1][0].Loc.Line; l != 29 {
		t.Errorf("规章 on line %d, want 29", l)
	}
	if l := ts[0].Rows[1][3].Loc.Line; l != 35 {
		t.Errorf("5 on line %d, want 35", l)
	}
	if ps := doc.Paragraphs(); len(ps) != 11 || ps[1].Loc.Line != 3 {
		t.Errorf("paragraphs %d, second on line %d", len(ps), ps[1].Loc.Line)
	}
}

func TestLooseRows(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     [][]string // nil: no table
	}{
		{"one number per row", "第二十条第（六）项\n信息内容 本年处理决定数量\n行政处罚 78\n行政强制 4",
			[][]string{{"第二十条第（六）项"}, {"信息内容", "本年处理决定数量"}, {"行政处罚", "78"}, {"行政强制", "4"}}},
		{"spaced label", "规 章 1 0 5\n行政规范性文件 12 3 47",
			[][]string{{"规 章", "1", "0", "5"}, {"行政规范性文件", "12", "3", "47"}}},
		{"data row under one-character headers", "行政复议 行政诉讼\n结 结 其 尚\n果 果 他 未\n1 0 1 0 2 0 1 0 1 2 0 0 0 1 1",
			[][]string{{"行政复议", "行政诉讼"}, {"结", "结", "其", "尚"}, {"果", "果", "他", "未"},
				{"1", "0", "1", "0", "2", "0", "1", "0", "1", "2", "0", "0", "0", "1", "1"}}},
		{"wrapped labels", "（二）部分公开（区分处理的，只计这一情形，不\n计其他情形） 3 0 0 0 0 0 3\n2.申请人逾期未按收费通知要求缴纳费用、行政\n机关不再处理其政府信息公开申请 0 0 0 0 0 0 0\n三、本年度办理结果\n（一）予以公开 1 0 0 0 0 0 1",
			[][]string{{"（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "3", "0", "0", "0", "0", "0", "3"},
				{"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "0", "0", "0", "0", "0", "0", "0"},
				{"三、本年度办理结果"}, {"（一）予以公开", "1", "0", "0", "0", "0", "0", "1"}}},
		{"narrow label column", "一、本年新收政府信息公开申请\n数量 3 0 0 0 0 0 3\n二、上年结转政府信息公开申请\n数量 0 0 0 0 0 0 0",
			[][]string{{"一、本年新收政府信息公开申请数量", "3", "0", "0", "0", "0", "0", "3"},
				{"二、上年结转政府信息公开申请数量", "0", "0", "0", "0", "0", "0", "0"}}},
		{"one row only", "信息内容 本年处理决定数量\n行政许可 356", nil},
		{"prose with a number", "全年共发布信息，累计 120\n其中政策解读 12", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc, err := Read([]byte("标题\n\n"+c.in+"\n\n结尾。\n"), parser.Limits{})
			if err != nil {
				t.Fatal(err)
			}
			ts := doc.Tables()
			if c.want == nil {
				if len(ts) != 0 {
					t.Errorf("got a table %q", rowsText(ts[0]))
				}
				return
			}
			if len(ts) != 1 {
				t.Fatalf("%d tables, want 1", len(ts))
			}
			if got := rowsText(ts[0]); !reflect.DeepEqual(got, c.want) {
				t.Errorf("rows = %q\nwant   %q", got, c.want)
			}
		})
	}
}

func TestDoubleSpacedUnderMenus(t *testing.T) {
	var b strings.Builder
	for k := 0; k < 30; k++ {
		b.WriteString("栏目" + string(rune('甲'+k)) + "\n") // a single-spaced menu
	}
	b.WriteString("\n某镇2023年政府信息公开工作年度报告\n\n")
	b.WriteString("本报告依据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n\n")
	for _, c := range []string{"信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "规章", "1", "0", "5",
		"行政规范性文件", "12", "3", "47", "行政许可", "356", "行政处罚", "78", "行政强制", "4", "行政事业性收费", "12.5", "其他", "7", "8", "9"} {
		b.WriteString(c + "\n\n")
	}
	doc, err := Read([]byte(b.String()), parser.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	ts := doc.Tables()
	if len(ts) != 1 || len(ts[0].Rows) != 8 {
		t.Fatalf("tables %d, want one of 8 rows", len(ts))
	}
	if got := rowsText(ts[0])[2]; !reflect.DeepEqual(got, []string{"行政规范性文件", "12", "3", "47"}) {
		t.Errorf("row 2 = %q", got)
	}
}

// FuzzReadCrawled runs the reader over mutations of the crawled-shape fixtures (pipes,
// double spacing, PDF rows): it must not panic, and every cell must keep a line of the file.
func FuzzReadCrawled(f *testing.F) {
	names, err := filepath.Glob(filepath.Join(dir, "crawled-shapes", "*.txt"))
	if err != nil || len(names) == 0 {
		f.Fatalf("no crawled-shape fixtures: %v", err)
	}
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("a |\n|||\nb |\n1 |\n|\n\n\n| x || y |\nz\nw |\n规 章 1 0 5\n（二）部分公开（，\n计） 1 2\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Read(data, parser.Limits{})
		if err != nil {
			return
		}
		lines := 1 + bytes.Count(data, []byte("\n")) + bytes.Count(data, []byte("\r"))
		for _, tb := range doc.Tables() {
			for _, row := range tb.Rows {
				for _, c := range row {
					if c.Loc.Line < 1 || c.Loc.Line > lines {
						t.Fatalf("cell %q on line %d of %d", c.Text, c.Loc.Line, lines)
					}
				}
			}
		}
	})
}
