package rules

import (
	"fmt"
	"strings"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// Structure rules: the six sections and the three tables that 国办公开办函〔2021〕30号 (and
// 〔2019〕60号 before it) prescribe.

func structureRules() []*Rule {
	return []*Rule{
		{
			ID: "section-missing", Severity: Error,
			Summary: Text{"缺少规定的六个部分之一", "one of the six prescribed sections is absent"},
			Doc: Text{
				ZH: "检查报告是否包含六个部分：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项。\n依据：《中华人民共和国政府信息公开条例》第五十条列明年度报告应当包括的内容，国办公开办函〔2021〕30号（2019年度、2020年度为国办公开办函〔2019〕60号）规定了格式。\n修改：按标准格式补上缺少的部分及其标题（标题以「一、」…「六、」编号）。",
				EN: "Checks that the report has the six sections: I. General; II. Proactive disclosure; III. Requests received and handled; IV. Administrative review and litigation; V. Main problems and improvements; VI. Other matters.\nBasis: Article 50 of the Regulations on Open Government Information lists what the annual report contains; the layout is fixed by 国办公开办函〔2021〕30号 (〔2019〕60号 for 2019 and 2020).\nFix: add the missing section with its numbered heading (一、 … 六、).",
			},
			Check: checkSectionMissing,
		},
		{
			ID: "section-order", Severity: Warning,
			Summary: Text{"各部分顺序错乱或重复", "sections are out of order or duplicated"},
			Doc: Text{
				ZH: "检查六个部分是否按一至六的顺序出现、且每部分只出现一次。\n依据：国办公开办函〔2021〕30号规定的年度报告格式。\n修改：调整各部分顺序，删除重复的部分标题（常见于从往年报告复制时留下的旧标题）。",
				EN: "Checks that the six sections appear in order one to six, each once.\nBasis: the layout of 国办公开办函〔2021〕30号.\nFix: reorder the sections and remove duplicated headings (often left over from last year's report).",
			},
			Check: checkSectionOrder,
		},
		{
			ID: "section-heading", Severity: Warning,
			Summary: Text{"部分标题的措辞改变了含义", "a section heading's wording changes its meaning"},
			Doc: Text{
				ZH: "检查各部分标题是否使用标准写法或公认的变体（如「四、因政府信息公开工作被申请行政复议、提起行政诉讼情况」「五、政府信息公开工作存在的主要问题及改进情况」）。改变含义的措辞会被指出，例如把「改进情况」写成「改正情况」。\n依据：国办公开办函〔2021〕30号规定的标题。\n修改：把标题改回标准写法，如「五、存在的主要问题及改进情况」。",
				EN: "Checks that section headings use the standard wording or an accepted variant. A wording that changes the meaning is flagged, e.g. 改正情况 (corrections) for 改进情况 (improvements).\nBasis: the headings of 国办公开办函〔2021〕30号.\nFix: restore the standard heading, e.g. 「五、存在的主要问题及改进情况」.",
			},
			Check: checkSectionHeading,
		},
		{
			ID: "table-missing", Severity: Error,
			Summary: Text{"缺少表二、表三或表四", "Table 2, Table 3 or Table 4 is absent"},
			Doc: Text{
				ZH: "检查报告是否含有三张统计表：第二部分的「主动公开政府信息情况」表（表二）、第三部分的「收到和处理政府信息公开申请情况」表（表三）、第四部分的「政府信息公开行政复议、行政诉讼情况」表（表四）。\n依据：国办公开办函〔2021〕30号规定以表格形式报告这些数据，没有数据也应填0，不得删表。\n修改：按标准格式插入缺少的表格（可用 govinfo-lint template 生成空白报告复制表格）。",
				EN: "Checks that the three statistical tables are present: Table 2 (proactive disclosure), Table 3 (requests) and Table 4 (review and litigation).\nBasis: 国办公开办函〔2021〕30号 requires these figures in tables; with nothing to report, fill 0 rather than dropping the table.\nFix: insert the missing table in the official layout (govinfo-lint template writes a blank report to copy from).",
			},
			Check: checkTableMissing,
		},
		{
			ID: "table-incomplete", Severity: Error,
			Summary: Text{"表格缺少规定的行或列", "a required row or column of a present table is absent"},
			Doc: Text{
				ZH: "检查表二、表三、表四中规定的每一行、每一列是否都在。表三2021年版有25个数据行（（六）其他处理分为3行），2019年版23行；表四为15个数字。\n依据：国办公开办函〔2021〕30号（2019、2020年度为〔2019〕60号）规定的表格样式。\n修改：按标准表格补齐缺少的行或列，并填写数字（没有的填0）。",
				EN: "Checks that every prescribed row and column of Table 2, Table 3 and Table 4 is present (Table 3 has 25 data rows in the 2021 layout, 23 in the 2019 one; Table 4 has 15 figures).\nBasis: the table layouts of 国办公开办函〔2021〕30号 (〔2019〕60号 for 2019 and 2020).\nFix: restore the missing rows or columns from the official table and fill them (0 when nothing happened).",
			},
			Check: checkTableIncomplete,
		},
		{
			ID: "layout-outdated", Severity: Error,
			Summary: Text{"2021年及以后的报告使用了2019年旧格式（或新旧混用）", "a report for 2021 or later uses the 2019 layout (or mixes layouts)"},
			Doc: Text{
				ZH: "2021年度起的报告应使用国办公开办函〔2021〕30号的新格式。若出现2019年试行格式独有的栏目（本年新制作数量、本年新公开数量、对外公开总数量、上一年项目数量、本年增/减、第二十条第（九）项、政府集中采购、单行的「（六）其他处理」等），或同一报告中新旧两种栏目混用，即为「未使用最新格式」。\n依据：国办公开办函〔2021〕30号（2021年9月26日）。\n修改：用新格式的表格重新填报表二、表三（可用 govinfo-lint template 生成）。",
				EN: "Reports for 2021 and later must use the layout of 国办公开办函〔2021〕30号. A 2019-only label (本年新制作数量, 本年新公开数量, 对外公开总数量, 上一年项目数量, 本年增/减, 第二十条第（九）项, 政府集中采购, a single-row （六）其他处理) in such a report, or labels of both layouts in one report, is the defect 未使用最新格式.\nBasis: 国办公开办函〔2021〕30号 (2021-09-26).\nFix: redo Table 2 and Table 3 in the current layout (govinfo-lint template writes one).",
			},
			Check: checkLayoutOutdated,
		},
	}
}

func checkSectionMissing(r *parser.Report, _ *Context) []Finding {
	seen := map[int]bool{}
	for _, s := range r.Sections {
		seen[s.Number] = true
	}
	var fs []Finding
	for n := 1; n <= 6; n++ {
		if seen[n] {
			continue
		}
		fs = append(fs, Finding{
			Where:    parser.Where{Section: n},
			Expected: sectionZH[n],
			Message: Text{
				ZH: fmt.Sprintf("缺少第%s部分「%s」", sectionNumZH[n], sectionZH[n]),
				EN: fmt.Sprintf("section %d \"%s\" (%s) is missing", n, sectionEN[n], sectionZH[n]),
			},
		})
	}
	return fs
}

func checkSectionOrder(r *parser.Report, _ *Context) []Finding {
	var fs []Finding
	seen := map[int]bool{}
	last := 0
	for _, s := range r.Sections {
		if s.Number < 1 || s.Number > 6 {
			continue
		}
		switch {
		case seen[s.Number]:
			fs = append(fs, Finding{
				Where:  parser.Where{Section: s.Number, Line: s.Loc.N()},
				Actual: s.Heading,
				Message: Text{
					ZH: fmt.Sprintf("第%s部分重复出现：「%s」", sectionNumZH[s.Number], s.Heading),
					EN: fmt.Sprintf("section %d appears twice: \"%s\"", s.Number, s.Heading),
				},
			})
		case s.Number < last:
			fs = append(fs, Finding{
				Where:  parser.Where{Section: s.Number, Line: s.Loc.N()},
				Actual: s.Heading,
				Message: Text{
					ZH: fmt.Sprintf("第%s部分「%s」出现在第%s部分之后，顺序错乱", sectionNumZH[s.Number], s.Heading, sectionNumZH[last]),
					EN: fmt.Sprintf("section %d \"%s\" comes after section %d: out of order", s.Number, s.Heading, last),
				},
			})
		}
		seen[s.Number] = true
		if s.Number > last {
			last = s.Number
		}
	}
	return fs
}

func checkSectionHeading(r *parser.Report, _ *Context) []Finding {
	var fs []Finding
	for _, s := range r.Sections {
		if s.Standard || s.Number < 1 || s.Number > 6 || !meaningChanged(s.Number, s.Heading) {
			continue
		}
		fs = append(fs, Finding{
			Where:    parser.Where{Section: s.Number, Line: s.Loc.N()},
			Expected: sectionZH[s.Number],
			Actual:   s.Heading,
			Message: Text{
				ZH: fmt.Sprintf("第%s部分标题「%s」与标准写法「%s」不符，措辞改变了含义%s", sectionNumZH[s.Number], s.Heading, sectionZH[s.Number], headingHint(s.Heading)),
				EN: fmt.Sprintf("the heading of section %d \"%s\" departs from the standard \"%s\" in a way that changes its meaning", s.Number, s.Heading, sectionZH[s.Number]),
			},
		})
	}
	return fs
}

// meaningChanged says whether a heading that is not the standard wording says something
// else (FORMAT.md: variants are accepted, a wording that changes the meaning is worth a
// warning). Recognition already made sure the heading belongs to its section (一 speaks of
// 总体情况, 四 of 复议/诉讼 …), so rewordings of 一–四 and 六 keep their meaning
// (「二、主动公开情况」, 「一、概述」, 「六、其他事项」). 五 must still name both the problems
// and the improvements, and 改正 (correction) is not 改进 (improvement).
func meaningChanged(n int, heading string) bool {
	if n != 5 {
		return false
	}
	if strings.Contains(heading, "改正") {
		return true
	}
	problems := mentionsAny(heading, []string{"问题", "不足", "短板"})
	improves := mentionsAny(heading, []string{"改进", "整改", "措施", "举措", "下一步", "打算", "计划", "方向", "改善", "提升", "对策"})
	return !problems || !improves
}

// headingHint names the usual slip when we recognise it.
func headingHint(h string) string {
	if strings.Contains(h, "改正") {
		return "（应为「改进情况」，不是「改正情况」）"
	}
	return ""
}

func checkTableMissing(r *parser.Report, _ *Context) []Finding {
	var fs []Finding
	add := func(sec int, key, zh, en string) {
		fs = append(fs, Finding{
			Where: parser.Where{Section: sec, Table: key},
			Message: Text{
				ZH: fmt.Sprintf("未找到%s（第%s部分的统计表）", zh, sectionNumZH[sec]),
				EN: fmt.Sprintf("%s (the table of section %d) was not found", en, sec),
			},
		})
	}
	if r.Table2 == nil || (r.Table2.V2021 == nil && r.Table2.V2019 == nil) {
		add(2, parser.KeyTable2, "表二「主动公开政府信息情况」", "Table 2 (proactive disclosure)")
	}
	if r.Table3 == nil {
		add(3, parser.KeyTable3, "表三「收到和处理政府信息公开申请情况」", "Table 3 (requests received and handled)")
	}
	if r.Table4 == nil {
		add(4, parser.KeyTable4, "表四「政府信息公开行政复议、行政诉讼情况」", "Table 4 (review and litigation)")
	}
	return fs
}

// missingCell is one absent slot, for table-incomplete.
type missingCell struct {
	zh, en string
	where  parser.Where
}

func checkTableIncomplete(r *parser.Report, _ *Context) []Finding {
	var fs []Finding
	emit := func(sec int, table, tzh, ten string, ms []missingCell) {
		if len(ms) == 0 {
			return
		}
		zh := make([]string, len(ms))
		en := make([]string, len(ms))
		for i, m := range ms {
			zh[i], en[i] = m.zh, m.en
		}
		w := ms[0].where
		w.Section, w.Table = sec, table
		fs = append(fs, Finding{
			Where:  w,
			Actual: fmt.Sprint(len(ms)),
			Message: Text{
				ZH: fmt.Sprintf("%s缺少规定的栏目：%s", tzh, listZH(zh, 8)),
				EN: fmt.Sprintf("%s lacks required cells: %s", ten, listEN(en, 8)),
			},
		})
	}
	if t := r.Table2; t != nil {
		var ms []missingCell
		for _, c := range table2Cells(t) {
			if c.fig.State == parser.Absent && !unsplit(c.fig) {
				ms = append(ms, missingCell{c.rowZH + " " + c.colZH, c.rowEN + " / " + c.colEN,
					figureWhere(c.fig, 2, parser.KeyTable2, c.row, c.col, t.Loc)})
			}
		}
		emit(2, parser.KeyTable2, "表二", "Table 2", ms)
	}
	if t := r.Table3; t != nil {
		var ms []missingCell
		for _, ref := range t.Rows() {
			if !table3RowRequired(r, ref.Key) {
				continue
			}
			row := *ref.Row
			if row == nil {
				ms = append(ms, missingCell{"「" + table3RowZH[ref.Key] + "」行", rowEN(ref.Key) + " row",
					parser.Where{Row: ref.Key, Line: t.Loc.N()}})
				continue
			}
			absent, unread := 0, 0
			for _, f := range row.Cells() {
				switch {
				case unsplit(f):
					unread++
				case f.State == parser.Absent:
					absent++
				}
			}
			if unread > 0 {
				continue // present but not splittable: cell-unreadable says so
			}
			if absent == 7 {
				w := figureWhere(&row.NaturalPerson, 3, parser.KeyTable3, ref.Key, "", row.Loc)
				w.Column = ""
				ms = append(ms, missingCell{rowZH(ref.Key, row) + "行的全部数字", rowEN(ref.Key) + " row's figures", w})
				continue
			}
			for i, f := range row.Cells() {
				if f.State == parser.Absent {
					col := parser.Table3Columns[i]
					ms = append(ms, missingCell{rowZH(ref.Key, row) + " " + table3ColZH[col] + " 列", rowEN(ref.Key) + " / " + table3ColEN[col],
						figureWhere(f, 3, parser.KeyTable3, ref.Key, col, row.Loc)})
				}
			}
		}
		emit(3, parser.KeyTable3, "表三", "Table 3", ms)
	}
	if t := r.Table4; t != nil {
		var ms []missingCell
		for _, b := range table4Blocks(t) {
			for i, f := range b.block.Cells() {
				if f.State == parser.Absent && !unsplit(f) {
					col := parser.Table4Columns[i]
					ms = append(ms, missingCell{table4BlockZH[b.key] + " " + table4ColZH[col], table4BlockEN[b.key] + " / " + table4ColEN[col],
						figureWhere(f, 4, parser.KeyTable4, b.key, col, t.Loc)})
				}
			}
		}
		emit(4, parser.KeyTable4, "表四", "Table 4", ms)
	}
	return fs
}

// table3Is2019 says which （六） rows the report's 表三 should have.
func table3Is2019(r *parser.Report) bool {
	t := r.Table3
	if r.Layout == parser.Layout2019 {
		return true
	}
	if r.Layout == parser.Layout2021 {
		return false
	}
	// Unknown layout: follow what the table holds, then the year.
	if t != nil && t.Other != nil && t.OtherNoCorrection == nil && t.OtherNoFee == nil && t.OtherOther == nil {
		return true
	}
	if t != nil && (t.OtherNoCorrection != nil || t.OtherNoFee != nil || t.OtherOther != nil) {
		return false
	}
	return r.Year > 0 && r.Year <= 2020
}

func table3RowRequired(r *parser.Report, key string) bool {
	switch key {
	case "other":
		return table3Is2019(r)
	case "other_no_correction", "other_no_fee", "other_other":
		return !table3Is2019(r)
	}
	return true
}

func checkLayoutOutdated(r *parser.Report, _ *Context) []Finding {
	var old, new []parser.LayoutLabel
	for _, l := range r.LayoutLabels {
		switch l.Layout {
		case parser.Layout2019:
			old = append(old, l)
		case parser.Layout2021:
			new = append(new, l)
		}
	}
	labels := func(ls []parser.LayoutLabel) []string {
		var out []string
		seen := map[string]bool{}
		for _, l := range ls {
			if !seen[l.Label] {
				seen[l.Label] = true
				out = append(out, "「"+l.Label+"」")
			}
		}
		return out
	}
	whereOf := func(ls []parser.LayoutLabel, table string) parser.Where {
		if len(ls) > 0 {
			w := ls[0].Where
			if w.Table == "" {
				w.Table = table
			}
			return w
		}
		return parser.Where{Table: table}
	}
	switch {
	case r.Year >= 2021 && (len(old) > 0 || (r.Layout == parser.Layout2019)):
		var zh []string
		if len(old) > 0 {
			zh = labels(old)
		}
		w := whereOf(old, parser.KeyTable2)
		if w.Section == 0 && w.Table != "" {
			w.Section = sectionOfTable(w.Table)
		}
		detail := ""
		if len(zh) > 0 {
			detail = "，如" + listZH(zh, 5)
		}
		return []Finding{{
			Where:    w,
			Expected: parser.Layout2021,
			Actual:   parser.Layout2019,
			Message: Text{
				ZH: fmt.Sprintf("%d年度报告仍使用2019年试行格式的栏目%s；2021年度起应使用国办公开办函〔2021〕30号的新格式（未使用最新格式）", r.Year, detail),
				EN: fmt.Sprintf("the report for %d still uses 2019-layout labels %s; reports for 2021 and later must use the 2021 format (国办公开办函〔2021〕30号)", r.Year, listEN(quotedEN(zh), 5)),
			},
		}}
	case len(old) > 0 && len(new) > 0:
		w := whereOf(old, parser.KeyTable2)
		if w.Section == 0 && w.Table != "" {
			w.Section = sectionOfTable(w.Table)
		}
		return []Finding{{
			Where: w,
			Message: Text{
				ZH: fmt.Sprintf("新旧格式混用：既有2019年格式的栏目%s，又有2021年格式的栏目%s", listZH(labels(old), 3), listZH(labels(new), 3)),
				EN: fmt.Sprintf("layouts mixed: 2019 labels %s alongside 2021 labels %s", listEN(labels(old), 3), listEN(labels(new), 3)),
			},
		}}
	}
	return nil
}

func sectionOfTable(key string) int {
	switch key {
	case parser.KeyTable2:
		return 2
	case parser.KeyTable3:
		return 3
	case parser.KeyTable4:
		return 4
	}
	return 0
}
