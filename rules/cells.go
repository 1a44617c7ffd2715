package rules

import (
	"fmt"
	"math"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// cellKind says which checks a numeric cell takes.
type cellKind int

const (
	kindCount  cellKind = iota // a whole count ≥ 0
	kindMoney                  // 万元 / 采购总金额: decimals allowed, ≥ 0
	kindChange                 // 2019 本年增/减: whole, may be negative
)

// cellRef is one numeric cell with the names a message needs.
type cellRef struct {
	fig          *parser.Figure
	section      int
	table        string
	row, col     string
	rowZH, colZH string
	rowEN, colEN string
	kind         cellKind
	loc          parser.Loc
}

func (c cellRef) where() parser.Where {
	return figureWhere(c.fig, c.section, c.table, c.row, c.col, c.loc)
}

func (c cellRef) nameZH() string {
	return fmt.Sprintf("%s「%s」%s", tableZH(c.table), c.rowZH, c.colZH)
}

func (c cellRef) nameEN() string {
	return fmt.Sprintf("%s \"%s\" / %s", tableEN(c.table), c.rowEN, c.colEN)
}

// tableEN names a table in English messages (the report's own labels stay quoted).
func tableEN(key string) string {
	switch key {
	case parser.KeyTable2:
		return "Table 2"
	case parser.KeyTable3:
		return "Table 3"
	case parser.KeyTable4:
		return "Table 4"
	}
	return key
}

func tableZH(key string) string {
	switch key {
	case parser.KeyTable2:
		return "表二"
	case parser.KeyTable3:
		return "表三"
	case parser.KeyTable4:
		return "表四"
	}
	return key
}

// table2Cells lists 表二's figures in printed order.
func table2Cells(t *parser.Table2) []cellRef {
	cs := make([]cellRef, 0, 24)
	add := func(f *parser.Figure, row, col, rzh, czh, ren, cen string, k cellKind) {
		cs = append(cs, cellRef{fig: f, section: 2, table: parser.KeyTable2, row: row, col: col,
			rowZH: rzh, colZH: czh, rowEN: ren, colEN: cen, kind: k, loc: t.Loc})
	}
	if v := t.V2021; v != nil {
		for _, d := range []struct {
			key, zh, en string
			c           *parser.DocCounts2021
		}{{"regulations", "规章", "regulations", &v.Regulations}, {"normative_documents", "行政规范性文件", "normative documents", &v.NormativeDocuments}} {
			add(&d.c.Issued, d.key, "issued", d.zh, "本年制发件数", d.en, "issued this year", kindCount)
			add(&d.c.Repealed, d.key, "repealed", d.zh, "本年废止件数", d.en, "repealed this year", kindCount)
			add(&d.c.InForce, d.key, "in_force", d.zh, "现行有效件数", d.en, "in force", kindCount)
		}
		add(&v.Licensing.Decisions, "licensing", "decisions", "行政许可", "本年处理决定数量", "licensing", "decisions this year", kindCount)
		add(&v.Punishment.Decisions, "punishment", "decisions", "行政处罚", "本年处理决定数量", "punishment", "decisions this year", kindCount)
		add(&v.Coercion.Decisions, "coercion", "decisions", "行政强制", "本年处理决定数量", "coercion", "decisions this year", kindCount)
		add(&v.Fees.Amount10kYuan, "fees", "amount_10k_yuan", "行政事业性收费", "本年收费金额（单位：万元）", "fees", "amount (10k yuan)", kindMoney)
	}
	if v := t.V2019; v != nil {
		for _, d := range []struct {
			key, zh, en string
			c           *parser.DocCounts2019
		}{{"regulations", "规章", "regulations", &v.Regulations}, {"normative_documents", "规范性文件", "normative documents", &v.NormativeDocuments}} {
			add(&d.c.Made, d.key, "made", d.zh, "本年新制作数量", d.en, "made this year", kindCount)
			add(&d.c.Published, d.key, "published", d.zh, "本年新公开数量", d.en, "published this year", kindCount)
			add(&d.c.TotalPublic, d.key, "total_public", d.zh, "对外公开总数量", d.en, "total public", kindCount)
		}
		for _, d := range []struct {
			key, zh, en string
			c           *parser.Items2019
		}{{"licensing", "行政许可", "licensing", &v.Licensing}, {"other_services", "其他对外管理服务事项", "other services", &v.OtherServices},
			{"punishment", "行政处罚", "punishment", &v.Punishment}, {"coercion", "行政强制", "coercion", &v.Coercion}} {
			add(&d.c.PreviousItems, d.key, "previous_items", d.zh, "上一年项目数量", d.en, "items last year", kindCount)
			add(&d.c.Change, d.key, "change", d.zh, "本年增/减", d.en, "change this year", kindChange)
			add(&d.c.Decisions, d.key, "decisions", d.zh, "处理决定数量", d.en, "decisions", kindCount)
		}
		add(&v.Fees.PreviousItems, "fees", "previous_items", "行政事业性收费", "上一年项目数量", "fees", "items last year", kindCount)
		add(&v.Fees.Change, "fees", "change", "行政事业性收费", "本年增/减", "fees", "change this year", kindChange)
		add(&v.Procurement.Projects, "procurement", "projects", "政府集中采购", "采购项目数量", "procurement", "projects", kindCount)
		add(&v.Procurement.Amount, "procurement", "amount", "政府集中采购", "采购总金额", "procurement", "amount", kindMoney)
	}
	return cs
}

// table3Cells lists 表三's figures of present rows, row by row.
func table3Cells(t *parser.Table3) []cellRef {
	cs := make([]cellRef, 0, 26*7)
	for _, ref := range t.Rows() {
		row := *ref.Row
		if row == nil {
			continue
		}
		label := rowZH(ref.Key, row)
		label = label[len("「") : len(label)-len("」")]
		for i, f := range row.Cells() {
			col := parser.Table3Columns[i]
			cs = append(cs, cellRef{fig: f, section: 3, table: parser.KeyTable3, row: ref.Key, col: col,
				rowZH: label, colZH: table3ColZHCell[col], rowEN: table3RowEN[ref.Key], colEN: table3ColEN[col],
				kind: kindCount, loc: row.Loc})
		}
	}
	return cs
}

type table4Ref struct {
	key   string
	block *parser.Table4Block
}

func table4Blocks(t *parser.Table4) []table4Ref {
	return []table4Ref{{"review", &t.Review}, {"litigation_direct", &t.LitigationDirect}, {"litigation_after_review", &t.LitigationAfterReview}}
}

func table4Cells(t *parser.Table4) []cellRef {
	cs := make([]cellRef, 0, 15)
	for _, b := range table4Blocks(t) {
		for i, f := range b.block.Cells() {
			col := parser.Table4Columns[i]
			cs = append(cs, cellRef{fig: f, section: 4, table: parser.KeyTable4, row: b.key, col: col,
				rowZH: table4BlockZH[b.key], colZH: table4ColZH[col], rowEN: table4BlockEN[b.key], colEN: table4ColEN[col],
				kind: kindCount, loc: t.Loc})
		}
	}
	return cs
}

// table3CellsOf is table3Cells of r's 表三, the list allCells already built when there is
// one for this Run.
func table3CellsOf(r *parser.Report) []cellRef {
	for _, group := range allCells(r) {
		if len(group) > 0 && group[0].table == parser.KeyTable3 {
			return group
		}
	}
	return table3Cells(r.Table3)
}

// allCells lists every numeric cell of the fixed tables, grouped by table (once per Run).
func allCells(r *parser.Report) [][]cellRef {
	if v, ok := runCache.Load(r); ok {
		la := v.(*lazyAnalysis)
		la.cellsOnce.Do(func() { la.cells = buildAllCells(r) })
		return la.cells
	}
	return buildAllCells(r)
}

func buildAllCells(r *parser.Report) [][]cellRef {
	var out [][]cellRef
	if r.Table2 != nil {
		out = append(out, table2Cells(r.Table2))
	}
	if r.Table3 != nil {
		out = append(out, table3Cells(r.Table3))
	}
	if r.Table4 != nil {
		out = append(out, table4Cells(r.Table4))
	}
	return out
}

func cellRules() []*Rule {
	return []*Rule{
		{
			ID: "cell-not-number", Severity: Error,
			Summary: Text{"数字单元格中填了非数字的文字", "a numeric cell holds text that is not a number"},
			Doc: Text{
				ZH: "检查表二、表三、表四的数字单元格是否为数字。「0」「/」「—」「无」等视为未填写（见 cell-blank）；其他文字（如「若干」「详见附件」）无法参与计算。\n依据：国办公开办函〔2021〕30号的表格为统计数字表，每格应填数字。\n修改：在该单元格填写数字（没有的填0），说明文字写到正文中。",
				EN: "Checks that the numeric cells of Table 2, Table 3 and Table 4 hold numbers. 0, /, —, 无 count as not filled (see cell-blank); other text cannot be counted.\nBasis: the tables of 国办公开办函〔2021〕30号 are statistics, one number per cell.\nFix: write a number (0 when nothing happened) and move explanations into the narrative.",
			},
			Check: checkCellNotNumber,
		},
		{
			ID: "cell-blank", Severity: Warning,
			Summary: Text{"数字单元格未填写（空白、/、— 等），计算时按0计", "a numeric cell is not filled (empty, /, —, …); arithmetic counts it as 0"},
			Doc: Text{
				ZH: "检查数字单元格是否留空或只填「/」「—」「-」「无」。格式未规定空白的含义，读者无法区分「没有」与「漏填」；计算勾稽关系时按0计。每张表只报告一次，列出未填写的单元格个数和前几处位置，以免一张几乎空白的表三产生上百条提示。\n依据：国办公开办函〔2021〕30号的统计表，每格应填数字。\n修改：没有发生的事项填「0」。",
				EN: "Checks for numeric cells left empty or holding /, —, -, 无. The format gives blanks no meaning, so readers cannot tell \"none\" from \"forgotten\"; arithmetic counts them as 0. Reported once per table, with the count and the first few cells, so that a nearly blank Table 3 does not give a hundred findings.\nBasis: the statistical tables of 国办公开办函〔2021〕30号.\nFix: write 0 where nothing happened.",
			},
			Check: checkCellBlank,
		},
		{
			ID: "cell-negative", Severity: Error,
			Summary: Text{"数量为负数", "a count is negative"},
			Doc: Text{
				ZH: "检查件数、数量是否为负数。唯一的例外是2019年格式表二的「本年增/减」，可以为负（如 -8）。\n依据：国办公开办函〔2021〕30号、〔2019〕60号的统计口径，件数不可能为负。\n修改：核对原始台账，填写正确的数量。",
				EN: "Checks that counts are not negative. The one exception is 本年增/减 (change) in the 2019 Table 2, which may be negative (-8).\nBasis: counts under 国办公开办函〔2021〕30号 and 〔2019〕60号 cannot be negative.\nFix: check the register and write the real count.",
			},
			Check: checkCellNegative,
		},
		{
			ID: "cell-fraction", Severity: Error,
			Summary: Text{"件数不是整数", "a count is not a whole number"},
			Doc: Text{
				ZH: "检查件数是否为整数。例外：表二「本年收费金额（单位：万元）」可有小数，2019年格式的「采购总金额」按金额填写。\n依据：国办公开办函〔2021〕30号的统计口径（件数以件计）。\n修改：填写整数件数；金额请填在金额栏。",
				EN: "Checks that counts are whole numbers. Exceptions: the fee amount in 万元 of Table 2 and the 2019 procurement amount.\nBasis: counts under 国办公开办函〔2021〕30号 are whole items.\nFix: write a whole count; amounts belong in the amount cells.",
			},
			Check: checkCellFraction,
		},
		{
			ID: "cell-unreadable", Severity: Note,
			Summary: Text{"数字连在一起，无法确定各栏数值", "a row's digits run together and cannot be split into cells"},
			Doc: Text{
				ZH: "从网页复制或抓取的文本中，表格一行的数字常常连在一起（如「行政规范性文件77132470」），各栏之间没有分隔。只有在表格自身的勾稽关系只允许一种拆法时才会拆分；否则这些单元格不作计算，也不视为缺少栏目，只在此提示，请对照原文核对。\n依据：不猜测数字，印出的数字才是依据。\n修改：用原始文件（.docx）或带表格的网页重新检查。",
				EN: "In text copied or crawled from a web page, a table row's digits often run together (「行政规范性文件77132470」) with nothing between the cells. They are split only where the table's own arithmetic allows exactly one split; otherwise the cells are left out of the arithmetic and not reported as missing, only noted here: check them against the original.\nBasis: figures are never guessed; the printed figure is the evidence.\nFix: lint the original file (.docx) or the web page with its table.",
			},
			Check: checkCellUnreadable,
		},
	}
}

// unsplit reports a cell that the document has but whose digits could not be told apart
// from its neighbours' (crawled text); recognition keeps the run as Raw.
func unsplit(f *parser.Figure) bool { return f.State == parser.Absent && f.Raw != "" }

func checkCellUnreadable(r *parser.Report, _ *Context) []Finding {
	var fs []Finding
	for _, group := range allCells(r) {
		var rows []string
		var rowsEN []string
		var first *cellRef
		seen := map[string]bool{}
		for i := range group {
			c := &group[i]
			if !unsplit(c.fig) || seen[c.row] {
				continue
			}
			seen[c.row] = true
			if first == nil {
				first = c
			}
			rows = append(rows, "「"+c.rowZH+"」（"+c.fig.Raw+"）")
			rowsEN = append(rowsEN, "\""+c.rowZH+"\" ("+c.fig.Raw+")")
		}
		if first == nil {
			continue
		}
		w := first.where()
		w.Column = ""
		fs = append(fs, Finding{
			Where:  w,
			Actual: first.fig.Raw,
			Message: Text{
				ZH: fmt.Sprintf("%s中以下各行的数字连在一起，无法确定各栏数值，未参与计算：%s；请对照原文核对", tableZH(first.table), listZH(rows, 5)),
				EN: fmt.Sprintf("in %s the digits of these rows run together and cannot be split into cells, so they were left out of the checks: %s; check them against the original", tableEN(first.table), listEN(rowsEN, 5)),
			},
		})
	}
	return fs
}

func checkCellNotNumber(r *parser.Report, _ *Context) []Finding {
	var fs []Finding
	for _, group := range allCells(r) {
		for _, c := range group {
			if c.fig.State != parser.NotNumber {
				continue
			}
			fs = append(fs, Finding{
				Where:  c.where(),
				Actual: c.fig.Raw,
				Message: Text{
					ZH: fmt.Sprintf("%s 应填数字，实为「%s」", c.nameZH(), c.fig.Raw),
					EN: fmt.Sprintf("%s should hold a number, holds \"%s\"", c.nameEN(), c.fig.Raw),
				},
			})
		}
	}
	fs = append(fs, extraRowsNotNumber(r)...)
	return fs
}

func extraRowsNotNumber(r *parser.Report) []Finding {
	var fs []Finding
	for _, er := range r.ExtraRows {
		for _, f := range er.Values {
			if f == nil || f.State != parser.NotNumber {
				continue
			}
			w := f.Where
			if w.Table == "" {
				w = er.Where
			}
			if w.Section == 0 {
				w.Section = sectionOfTable(w.Table)
			}
			fs = append(fs, Finding{
				Where:  w,
				Actual: f.Raw,
				Message: Text{
					ZH: fmt.Sprintf("%s 增加的「%s」行应填数字，实为「%s」", tableZH(er.Table), er.Label, f.Raw),
					EN: fmt.Sprintf("the added row \"%s\" of %s should hold numbers, holds \"%s\"", er.Label, tableEN(er.Table), f.Raw),
				},
			})
		}
	}
	return fs
}

func checkCellBlank(r *parser.Report, _ *Context) []Finding {
	var fs []Finding
	for _, group := range allCells(r) {
		var blanks []cellRef
		for _, c := range group {
			if c.fig.State == parser.Blank {
				blanks = append(blanks, c)
			}
		}
		if len(blanks) == 0 {
			continue
		}
		// A column left blank from top to bottom (often the five 法人或其他组织 columns) is
		// named once as a column rather than cell by cell.
		perCol, blankCol := map[string]int{}, map[string]int{}
		for _, c := range group {
			if c.fig.State != parser.Absent {
				perCol[c.col]++
			}
			if c.fig.State == parser.Blank {
				blankCol[c.col]++
			}
		}
		wholeCol := func(c cellRef) bool {
			return c.table == parser.KeyTable3 && perCol[c.col] > 1 && blankCol[c.col] == perCol[c.col]
		}
		var zh, en []string
		seenCol := map[string]bool{}
		for _, c := range blanks {
			if wholeCol(c) {
				if !seenCol[c.col] {
					seenCol[c.col] = true
					zh = append(zh, fmt.Sprintf("%s整列", c.colZH))
					en = append(en, "the whole "+c.colEN+" column")
				}
				continue
			}
			zh = append(zh, fmt.Sprintf("「%s」%s", c.rowZH, c.colZH))
			en = append(en, c.rowEN+" / "+c.colEN)
		}
		t := blanks[0].table
		present := 0
		for _, n := range perCol {
			present += n
		}
		if len(blanks) == present {
			zh, en = []string{"整张表均未填写"}, []string{"the whole table is empty"}
		}
		fs = append(fs, Finding{
			Where:    blanks[0].where(),
			Expected: "0",
			Actual:   blanks[0].fig.Raw,
			Message: Text{
				ZH: fmt.Sprintf("%s有 %d 个数字单元格未填写（空白或「/」「—」等）：%s；计算时按0计，没有发生的请填「0」", tableZH(t), len(blanks), listZH(zh, 5)),
				EN: fmt.Sprintf("%s has %d numeric cells not filled (empty, /, — …): %s; counted as 0; write 0 where nothing happened", tableEN(t), len(blanks), listEN(en, 5)),
			},
		})
	}
	return fs
}

// impliedNote says what the cross-checks of 表三 imply for an invalid cell, if anything.
func impliedNote(a *table3Analysis, c cellRef) (string, string, string) {
	if a == nil || c.table != parser.KeyTable3 {
		return "", "", ""
	}
	v, ok := a.implied[[2]string{c.row, c.col}]
	if !ok {
		return "", "", ""
	}
	return num(v), fmt.Sprintf("；按本行总计和本列勾稽关系应为 %s", num(v)), fmt.Sprintf("; the row total and column cross-checks imply %s", num(v))
}

func checkCellNegative(r *parser.Report, _ *Context) []Finding {
	var fs []Finding
	var a *table3Analysis
	if r.Table3 != nil {
		an := analyseTable3(r)
		a = &an
	}
	for _, group := range allCells(r) {
		for _, c := range group {
			if c.fig.State != parser.Filled || c.fig.Value >= 0 || c.kind == kindChange {
				continue
			}
			exp, zh, en := impliedNote(a, c)
			fs = append(fs, Finding{
				Where:    c.where(),
				Expected: exp,
				Actual:   num(c.fig.Value),
				Message: Text{
					ZH: fmt.Sprintf("%s 为负数 %s，数量不能小于0%s", c.nameZH(), num(c.fig.Value), zh),
					EN: fmt.Sprintf("%s is negative (%s); a count cannot be below 0%s", c.nameEN(), num(c.fig.Value), en),
				},
			})
		}
	}
	return fs
}

func checkCellFraction(r *parser.Report, _ *Context) []Finding {
	var fs []Finding
	var a *table3Analysis
	if r.Table3 != nil {
		an := analyseTable3(r)
		a = &an
	}
	for _, group := range allCells(r) {
		for _, c := range group {
			if c.fig.State != parser.Filled || c.kind == kindMoney || c.fig.Value == math.Trunc(c.fig.Value) {
				continue
			}
			exp, zh, en := impliedNote(a, c)
			if exp == "" {
				exp = num(math.Round(c.fig.Value))
			}
			fs = append(fs, Finding{
				Where:    c.where(),
				Expected: exp,
				Actual:   num(c.fig.Value),
				Message: Text{
					ZH: fmt.Sprintf("%s 为 %s，件数应为整数%s", c.nameZH(), num(c.fig.Value), zh),
					EN: fmt.Sprintf("%s is %s; a count must be a whole number%s", c.nameEN(), num(c.fig.Value), en),
				},
			})
		}
	}
	return fs
}
