package docx

import (
	"testing"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// TestTabTables: which runs of TAB-laid paragraphs become tables, and which stay text.
func TestTabTables(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		want  [][]string // rows of the one table expected; nil: all stays text
	}{
		{"table4 typed with tabs", []string{
			"行政复议\t\t\t\t\t行政诉讼",
			"结果维持\t结果纠正\t其他结果\t尚未审结\t总计",
			"1\t0\t0\t1\t2\t０\t0\t1\t0\t1",
		}, [][]string{{"行政复议", "行政诉讼"}, {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"}, {"1", "0", "0", "1", "2", "０", "0", "1", "0", "1"}}},
		{"table2 rows with units and blanks", []string{
			"规章\t0\t0\t5件",
			"行政规范性文件\t3\t/\t1,234",
		}, [][]string{{"规章", "0", "0", "5件"}, {"行政规范性文件", "3", "/", "1,234"}}},
		{"signature indented with tabs", []string{"\t\t\t临江县发展和改革局", "\t\t\t2024年1月20日"}, nil},
		{"contact lines", []string{"联系电话：\t0571-88888888", "地址：\t临江县人民路1号"}, nil},
		{"contact lines with fax and post code", []string{
			"联系电话：\t0571-88888888\t传真：\t0571-88888889\t邮编：\t310000",
			"地址：\t临江县人民路1号\t邮箱：\tgk@linjiang.gov.cn",
		}, nil},
		{"dates and amounts in words", []string{"2024年1月20日\t2024年1月21日\t2024-01-22\t一二三", "甲\t乙"}, nil},
		{"table of contents", []string{"一、总体情况\t1", "二、主动公开政府信息情况\t2", "三、收到和处理政府信息公开申请情况\t3"}, nil},
		{"a single wide line", []string{"1\t0\t0\t1\t2"}, nil},
		{"wide but words", []string{"甲\t乙\t丙\t丁", "戊\t己\t庚\t辛"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var bs []parser.Block
			bs = append(bs, parser.Block{Para: &parser.Paragraph{Text: "前文", Loc: parser.Loc{Para: 1}}})
			for i, p := range c.paras {
				bs = append(bs, parser.Block{Para: &parser.Paragraph{Text: p, Loc: parser.Loc{Para: i + 2}}})
			}
			bs = append(bs, parser.Block{Para: &parser.Paragraph{Text: "后文", Loc: parser.Loc{Para: 9}}})
			out := tabTables(bs)
			if c.want == nil {
				if len(out) != len(bs) {
					t.Fatalf("got %d blocks, want the %d paragraphs untouched", len(out), len(bs))
				}
				return
			}
			if len(out) != 3 || out[1].Table == nil || out[0].Para == nil || out[2].Para == nil {
				t.Fatalf("got %d blocks, want paragraph, table, paragraph", len(out))
			}
			tb := out[1].Table
			if !tb.Ragged || tb.Loc.Para != 2 {
				t.Errorf("table Ragged=%v Loc=%v, want ragged at paragraph 2", tb.Ragged, tb.Loc)
			}
			if len(tb.Rows) != len(c.want) {
				t.Fatalf("%d rows, want %d", len(tb.Rows), len(c.want))
			}
			for i, row := range tb.Rows {
				if len(row) != len(c.want[i]) {
					t.Fatalf("row %d: %d cells, want %d", i, len(row), len(c.want[i]))
				}
				for j, cell := range row {
					if cell.Text != c.want[i][j] || cell.Loc.Para != i+2 {
						t.Errorf("row %d cell %d: %q at %d, want %q at %d", i, j, cell.Text, cell.Loc.Para, c.want[i][j], i+2)
					}
				}
			}
		})
	}
}
