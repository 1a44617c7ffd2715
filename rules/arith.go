package rules

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"sync"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// Arithmetic rules. The printed figures are the evidence: a rule says which equation fails
// and by how much, and never rewrites a total so that a sum works.
//
// One wrong cell of 表三 usually breaks two or three equations at once (its row's 总计, its
// column's 勾稽 balance, its column's results sum). Reporting each would drown the clerk in
// consequences of one slip, so 表三's three rules share one analysis (analyseTable3):
//   - every equation is evaluated (blanks count as 0; equations touching an absent or
//     non-numeric cell are skipped, those cells have their own rules);
//   - a cell is a likely culprit when every equation it takes part in fails, at least two of
//     them fail, and they all agree on the one correction of that cell (changing it by d fixes
//     them all and breaks none);
//   - culprits are taken greedily, most equations fixed first, and each gives ONE finding
//     naming the cell, its printed and its implied value, with the failed equations folded
//     into the message. Its rule is the one the slip most likely belongs to: a 总计 column
//     cell → table3-row-sum; a cell of 一/二/四/（七） → table3-balance; a result row's cell →
//     table3-results-sum;
//   - every failed equation no culprit explains gets its own finding under its own rule.

func arithmeticRules() []*Rule {
	return []*Rule{
		{
			ID: "table2-stock", Severity: Warning,
			Summary: Text{"表二本年制发件数大于现行有效件数与本年废止件数之和", "Table 2: issued this year exceeds in force plus repealed"},
			Doc: Text{
				ZH: "2021年格式表二第二十条第（一）项，每行应满足：本年制发件数 ≤ 现行有效件数 + 本年废止件数（本年制发的文件要么仍然有效，要么已被废止）。2019年格式：本年新公开数量 ≤ 对外公开总数量，上一年项目数量 + 本年增/减 ≥ 0。\n依据：国办公开办函〔2021〕30号表二各栏的含义。\n修改：核对「现行有效件数」是否只填了本年数，应填截至年底仍有效的全部件数。",
				EN: "2021 Table 2 article 20(1), each row: issued this year ≤ in force + repealed this year (a document issued this year is either still in force or repealed). 2019 layout: published this year ≤ total public; items last year + change ≥ 0.\nBasis: the meaning of Table 2's columns in 国办公开办函〔2021〕30号.\nFix: check whether 现行有效件数 holds only this year's documents; it must count every document in force at year end.",
			},
			Check: checkTable2Stock,
		},
		{
			ID: "table3-balance", Severity: Error,
			Summary: Text{"表三某列不满足「第一项加第二项之和，等于第三项加第四项之和」", "Table 3: 一 + 二 ≠ （七）总计 + 四 in a column"},
			Doc: Text{
				ZH: "表三每一列（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计）都应满足：一、本年新收 + 二、上年结转 = 三、（七）总计 + 四、结转下年度继续办理。\n依据：表三表头印明的勾稽关系「本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和」（国办公开办函〔2021〕30号）。\n若同一单元格的错误同时破坏本列平衡、办理结果合计和行合计，本工具只报告一次，指出最可能填错的单元格及其应有数值。\n修改：核对台账，改正填错的单元格；不要改动合计数来凑平。",
				EN: "Each column of 表三 must satisfy: I new + II carried over = (7) total handled + IV carried forward.\nBasis: the cross-check printed in 表三's header (本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和), 国办公开办函〔2021〕30号.\nWhen one wrong cell breaks this balance and other sums at once, one finding names the likely culprit and its implied value.\nFix: correct the wrong cell from the register; never change a total to make the sums work.",
			},
			Check: func(r *parser.Report, _ *Context) []Finding { return analyseTable3(r).byRule["table3-balance"] },
		},
		{
			ID: "table3-results-sum", Severity: Error,
			Summary: Text{"表三（七）总计不等于各项办理结果之和", "Table 3: （七）总计 ≠ the sum of the result rows"},
			Doc: Text{
				ZH: "表三每一列：（七）总计 = （一）予以公开 + （二）部分公开 + （三）不予公开1–8 + （四）无法提供1–3 + （五）不予处理1–5 + （六）其他处理（2021年格式为1–3三行，2019年格式为一行）。\n依据：国办公开办函〔2021〕30号表三「三、本年度办理结果」的结构，（三）至（六）为合并的标签格而非小计行。\n修改：核对各办理结果的件数与（七）总计，改正填错的单元格。",
				EN: "Each column of Table 3: (7) total = (1) + (2) + (3)1–8 + (4)1–3 + (5)1–5 + (6) (three rows in 2021, one in 2019).\nBasis: the structure of 三、本年度办理结果 in 国办公开办函〔2021〕30号; (3)–(6) are merged labels, not subtotal rows.\nFix: check the result counts against (7) and correct the wrong cell.",
			},
			Check: func(r *parser.Report, _ *Context) []Finding { return analyseTable3(r).byRule["table3-results-sum"] },
		},
		{
			ID: "table3-row-sum", Severity: Error,
			Summary: Text{"表三某行总计不等于六类申请人之和", "Table 3: a row's 总计 ≠ the sum of its six applicant columns"},
			Doc: Text{
				ZH: "表三每一行：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他。\n依据：国办公开办函〔2021〕30号表三「申请人情况」各列的含义。\n修改：改正该行填错的单元格；打印的总计是证据，不要为凑平而改总计。",
				EN: "Each row of Table 3: total = natural persons + commercial + research + social welfare + legal services + others.\nBasis: the applicant columns of Table 3 in 国办公开办函〔2021〕30号.\nFix: correct the wrong cell of the row.",
			},
			Check: func(r *parser.Report, _ *Context) []Finding { return analyseTable3(r).byRule["table3-row-sum"] },
		},
		{
			ID: "table3-subtotal", Severity: Error,
			Summary: Text{"表三自行增加的小计行或小计列不等于其各项之和", "a subtotal row or column added to Table 3 does not add up"},
			Doc: Text{
				ZH: "标准表三没有小计行或小计列（（三）至（六）是合并的标签格）。有的报告自行增加「小计」行（如（三）不予公开小计）或在「法人或其他组织」下增加「小计」列；本工具容许，但检查它们是否等于所汇总的各项之和：小计行的总计等于六类申请人之和，并（能判断所属分组时）等于该组各行之和；小计列等于商业企业、科研机构、社会公益组织、法律服务机构、其他五列之和。\n依据：国办公开办函〔2021〕30号表三的结构。\n修改：改正小计，或删去自加的小计行/列。",
				EN: "The standard Table 3 has no subtotal rows or columns. Some reports add a 小计 row (e.g. after (3)) or a 小计 column under 法人或其他组织; they are tolerated but checked: a subtotal row's total equals its six columns and, when its group can be told, the sum of the group's rows; a subtotal column equals the five organisation columns.\nBasis: the structure of Table 3 in 国办公开办函〔2021〕30号.\nFix: correct the subtotal, or remove the added row or column.",
			},
			Check: checkTable3Subtotal,
		},
		{
			ID: "table4-sum", Severity: Error,
			Summary: Text{"表四某栏总计不等于四种结果之和", "a Table 4 总计 ≠ the sum of its four results"},
			Doc: Text{
				ZH: "表四的行政复议、未经复议直接起诉、复议后起诉三栏，各自的总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结。\n依据：国办公开办函〔2021〕30号表四的结构。\n修改：核对案件台账，改正填错的单元格。",
				EN: "In each of Table 4's three blocks (review, litigation without review, litigation after review): total = upheld + corrected + other + pending.\nBasis: the structure of Table 4 in 国办公开办函〔2021〕30号.\nFix: check the case register and correct the wrong cell.",
			},
			Check: checkTable4Sum,
		},
	}
}

// usable says whether a figure can take part in arithmetic: present and numeric or blank.
func usable(f *parser.Figure) bool {
	return f != nil && (f.State == parser.Filled || f.State == parser.Blank)
}

func checkTable2Stock(r *parser.Report, _ *Context) []Finding {
	if r.Table2 == nil {
		return nil
	}
	var fs []Finding
	cells := table2Cells(r.Table2)
	find := func(row, col string) *cellRef {
		for i := range cells {
			if cells[i].row == row && cells[i].col == col {
				return &cells[i]
			}
		}
		return nil
	}
	if r.Table2.V2021 != nil {
		for _, row := range []string{"regulations", "normative_documents"} {
			is, rep, inf := find(row, "issued"), find(row, "repealed"), find(row, "in_force")
			if !is.fig.Filled() || !rep.fig.Filled() || !inf.fig.Filled() {
				continue
			}
			if is.fig.Value > inf.fig.Value+rep.fig.Value {
				fs = append(fs, Finding{
					Where:    inf.where(),
					Expected: "≥ " + num(is.fig.Value-rep.fig.Value),
					Actual:   num(inf.fig.Value),
					Message: Text{
						ZH: fmt.Sprintf("表二「%s」行：本年制发件数 %s 大于 现行有效件数 %s + 本年废止件数 %s；现行有效件数应至少为 %s（应填截至年底仍有效的全部件数）", is.rowZH, num(is.fig.Value), num(inf.fig.Value), num(rep.fig.Value), num(is.fig.Value-rep.fig.Value)),
						EN: fmt.Sprintf("Table 2 %s: issued this year %s exceeds in force %s + repealed %s; in force should be at least %s", is.rowEN, num(is.fig.Value), num(inf.fig.Value), num(rep.fig.Value), num(is.fig.Value-rep.fig.Value)),
					},
				})
			}
		}
	}
	if r.Table2.V2019 != nil {
		for _, row := range []string{"regulations", "normative_documents"} {
			pub, tot := find(row, "published"), find(row, "total_public")
			if pub.fig.Filled() && tot.fig.Filled() && pub.fig.Value > tot.fig.Value {
				fs = append(fs, Finding{
					Where:    tot.where(),
					Expected: "≥ " + num(pub.fig.Value),
					Actual:   num(tot.fig.Value),
					Message: Text{
						ZH: fmt.Sprintf("表二「%s」行：本年新公开数量 %s 大于 对外公开总数量 %s", pub.rowZH, num(pub.fig.Value), num(tot.fig.Value)),
						EN: fmt.Sprintf("Table 2 %s: published this year %s exceeds total public %s", pub.rowEN, num(pub.fig.Value), num(tot.fig.Value)),
					},
				})
			}
		}
		for _, row := range []string{"licensing", "other_services", "punishment", "coercion", "fees"} {
			prev, ch := find(row, "previous_items"), find(row, "change")
			if prev.fig.Filled() && ch.fig.Filled() && prev.fig.Value+ch.fig.Value < 0 {
				fs = append(fs, Finding{
					Where:    ch.where(),
					Expected: "≥ " + num(-prev.fig.Value),
					Actual:   num(ch.fig.Value),
					Message: Text{
						ZH: fmt.Sprintf("表二「%s」行：上一年项目数量 %s 加 本年增/减 %s 小于0", prev.rowZH, num(prev.fig.Value), num(ch.fig.Value)),
						EN: fmt.Sprintf("Table 2 %s: items last year %s plus change %s is below 0", prev.rowEN, num(prev.fig.Value), num(ch.fig.Value)),
					},
				})
			}
		}
	}
	return fs
}

// eqKind is the equation family, which is also its rule.
type eqKind int

const (
	eqBalance eqKind = iota
	eqResults
	eqRowSum
)

var eqRule = [...]string{"table3-balance", "table3-results-sum", "table3-row-sum"}

type term struct {
	c    *cellRef
	coef float64
}

// equation is Σ coef·value = 0 over 表三 cells.
type equation struct {
	kind     eqKind
	key      string // the column (balance, results) or the row (row sum)
	terms    []term
	residual float64
	// anchor is the cell the finding points at; expected/actual are what it prints.
	anchor           *cellRef
	expected, actual float64
}

func (e *equation) violated() bool { return math.Abs(e.residual) > 1e-9 }

func (e *equation) textZH() string {
	switch e.kind {
	case eqBalance:
		v := e.values()
		return fmt.Sprintf("%s列：一+二 应等于 （七）总计+四，应为 %s，实为 %s（一 %s + 二 %s；（七） %s + 四 %s）", table3ColZH[e.key], num(e.expected), num(e.actual), v[0], v[1], v[2], v[3])
	case eqResults:
		return fmt.Sprintf("%s列：（七）总计 应等于各项办理结果之和，应为 %s，实为 %s", table3ColZH[e.key], num(e.expected), num(e.actual))
	}
	return fmt.Sprintf("%s行：总计 应等于六类申请人之和，应为 %s，实为 %s", "「"+e.anchor.rowZH+"」", num(e.expected), num(e.actual))
}

func (e *equation) textEN() string {
	switch e.kind {
	case eqBalance:
		v := e.values()
		return fmt.Sprintf("column %s: I + II should equal (7) total + IV, expected %s, actual %s (I %s + II %s; (7) %s + IV %s)", table3ColEN[e.key], num(e.expected), num(e.actual), v[0], v[1], v[2], v[3])
	case eqResults:
		return fmt.Sprintf("column %s: (7) total should equal the sum of the results, expected %s, actual %s", table3ColEN[e.key], num(e.expected), num(e.actual))
	}
	return fmt.Sprintf("row \"%s\": total should equal the six applicant columns, expected %s, actual %s", table3RowEN[e.key], num(e.expected), num(e.actual))
}

// values prints the figures of the equation's terms, in order.
func (e *equation) values() []string {
	out := make([]string, len(e.terms))
	for i, tm := range e.terms {
		out[i] = num(tm.c.fig.Value)
	}
	return out
}

// table3Analysis is the shared result of 表三's three arithmetic rules.
type table3Analysis struct {
	byRule map[string][]Finding
	// implied is the value the cross-checks imply for a cell that cell-negative or
	// cell-fraction already reports (keyed row, column), for their messages.
	implied map[[2]string]float64
	// suspect marks cells that take part in a failed equation: the narrative is not
	// compared with them (text-table-mismatch), since the table itself is in doubt.
	suspect map[[2]string]bool
}

// invalidCount is a count cell-negative or cell-fraction reports: its own rule is the root
// of whatever sums it breaks, so the arithmetic rules leave those sums to it.
func invalidCount(c *cellRef) bool {
	return c.kind == kindCount && c.fig.State == parser.Filled && (c.fig.Value < 0 || c.fig.Value != math.Trunc(c.fig.Value))
}

var resultKeys = []string{"granted", "partially_granted",
	"withheld_state_secret", "withheld_prohibited", "withheld_three_safeties", "withheld_third_party",
	"withheld_internal", "withheld_process", "withheld_enforcement", "withheld_inquiry",
	"unable_not_held", "unable_needs_creation", "unable_unclear",
	"rejected_complaint", "rejected_duplicate", "rejected_publication", "rejected_excessive", "rejected_confirmation"}

// runCache holds each report's 表三 analysis while Run is at it, so that the five rules that
// need it compute it once. Outside Run (a rule's Check called alone) it is computed afresh.
var runCache sync.Map // *parser.Report → *lazyAnalysis

type lazyAnalysis struct {
	once sync.Once
	val  table3Analysis
	// cells is allCells of the report, shared by the four cell rules.
	cellsOnce sync.Once
	cells     [][]cellRef
}

func analyseTable3(r *parser.Report) table3Analysis {
	if v, ok := runCache.Load(r); ok {
		la := v.(*lazyAnalysis)
		la.once.Do(func() { la.val = computeTable3(r) })
		return la.val
	}
	return computeTable3(r)
}

func computeTable3(r *parser.Report) table3Analysis {
	out := table3Analysis{byRule: map[string][]Finding{}, implied: map[[2]string]float64{}, suspect: map[[2]string]bool{}}
	t := r.Table3
	if t == nil {
		return out
	}
	cells := table3CellsOf(r)
	// Cells come row by row, each present row with its seven columns in order.
	rowAt := make(map[string]int, len(cells)/len(parser.Table3Columns))
	for i := 0; i < len(cells); i += len(parser.Table3Columns) {
		rowAt[cells[i].row] = i
	}
	get := func(row, col string) *cellRef {
		i, ok := rowAt[row]
		if !ok {
			return nil
		}
		return &cells[i+table3ColIndex[col]]
	}

	var eqs []*equation
	mk := func(kind eqKind, key string, terms []term, anchor *cellRef, expTerms, actTerms []term) {
		for _, tm := range terms {
			if tm.c == nil || !usable(tm.c.fig) {
				return
			}
		}
		e := &equation{kind: kind, key: key, terms: terms, anchor: anchor}
		for _, tm := range terms {
			e.residual += tm.coef * tm.c.fig.Value
		}
		for _, tm := range expTerms {
			e.expected += tm.c.fig.Value
		}
		for _, tm := range actTerms {
			e.actual += tm.c.fig.Value
		}
		eqs = append(eqs, e)
	}

	// Result rows for this layout; if one is absent the results equation is not checked
	// (table-incomplete says so) rather than guessed.
	results := append([]string{}, resultKeys...)
	if table3Is2019(r) {
		results = append(results, "other")
	} else {
		results = append(results, "other_no_correction", "other_no_fee", "other_other")
	}

	for _, col := range parser.Table3Columns {
		nr, co, tp, cf := get("new_received", col), get("carried_over", col), get("total_processed", col), get("carried_forward", col)
		mk(eqBalance, col, []term{{nr, 1}, {co, 1}, {tp, -1}, {cf, -1}}, nr, []term{{tp, 1}, {cf, 1}}, []term{{nr, 1}, {co, 1}})

		terms := []term{{tp, 1}}
		var parts []term
		for _, k := range results {
			c := get(k, col)
			terms = append(terms, term{c, -1})
			parts = append(parts, term{c, 1})
		}
		mk(eqResults, col, terms, tp, parts, []term{{tp, 1}})
	}
	for _, ref := range t.Rows() {
		if *ref.Row == nil {
			continue
		}
		tot := get(ref.Key, "total")
		terms := []term{{tot, 1}}
		var parts []term
		for _, col := range parser.Table3Columns[:6] {
			c := get(ref.Key, col)
			terms = append(terms, term{c, -1})
			parts = append(parts, term{c, 1})
		}
		mk(eqRowSum, ref.Key, terms, tot, parts, []term{{tot, 1}})
	}

	// Which equations each cell takes part in.
	member := make(map[*cellRef][]*equation, len(cells))
	for _, e := range eqs {
		for _, tm := range e.terms {
			member[tm.c] = append(member[tm.c], e)
		}
	}
	coefOf := func(e *equation, c *cellRef) float64 {
		for _, tm := range e.terms {
			if tm.c == c {
				return tm.coef
			}
		}
		return 0
	}
	type candidate struct {
		c     *cellRef
		delta float64
		eqs   []*equation
		order int
	}
	var cands []candidate
	for i := range cells {
		c := &cells[i]
		es := member[c]
		if len(es) < 2 {
			continue
		}
		ok := true
		var delta float64
		for j, e := range es {
			if !e.violated() {
				ok = false
				break
			}
			d := -e.residual / coefOf(e, c)
			if j == 0 {
				delta = d
			} else if math.Abs(d-delta) > 1e-9 {
				ok = false
				break
			}
		}
		if ok && c.fig.Value+delta >= 0 {
			cands = append(cands, candidate{c, delta, es, i})
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return len(cands[i].eqs) > len(cands[j].eqs) })
	explained := map[*equation]bool{}
	for _, e := range eqs {
		if e.violated() {
			for _, tm := range e.terms {
				out.suspect[[2]string{tm.c.row, tm.c.col}] = true
			}
		}
		for _, tm := range e.terms {
			if invalidCount(tm.c) {
				explained[e] = true
			}
		}
	}
	for _, cd := range cands {
		if invalidCount(cd.c) {
			out.implied[[2]string{cd.c.row, cd.c.col}] = cd.c.fig.Value + cd.delta
		}
	}
	for _, cd := range cands {
		free := true
		for _, e := range cd.eqs {
			if explained[e] {
				free = false
			}
		}
		if !free {
			continue
		}
		for _, e := range cd.eqs {
			explained[e] = true
		}
		rule := culpritRule(cd.c, cd.eqs)
		zh := make([]string, len(cd.eqs))
		en := make([]string, len(cd.eqs))
		for i, e := range cd.eqs {
			zh[i], en[i] = e.textZH(), e.textEN()
		}
		implied := cd.c.fig.Value + cd.delta
		out.byRule[rule] = append(out.byRule[rule], Finding{
			Where:    cd.c.where(),
			Expected: num(implied),
			Actual:   num(cd.c.fig.Value),
			Message: Text{
				ZH: fmt.Sprintf("表三%s %s 很可能填错：印为 %s，按勾稽关系应为 %s。改正这一格即可同时消除以下 %d 处不平：%s。请核对台账后改正该格，不要为凑平而改动合计数",
					"「"+cd.c.rowZH+"」", cd.c.colZH, cellZH(cd.c.fig), num(implied), len(cd.eqs), strings.Join(zh, "；")),
				EN: fmt.Sprintf("Table 3 \"%s\" / %s is most likely wrong: printed %s, the cross-checks imply %s. Correcting this one cell clears %d failed checks: %s. Check the register and correct that cell; do not change totals to make the sums work",
					cd.c.rowEN, cd.c.colEN, cellEN(cd.c.fig), num(implied), len(cd.eqs), strings.Join(en, "; ")),
			},
		})
	}
	resultsOK, balanceOK := map[string]bool{}, map[string]bool{}
	for _, e := range eqs {
		if e.kind == eqResults && !e.violated() {
			resultsOK[e.key] = true
		}
		if e.kind == eqBalance && !e.violated() {
			balanceOK[e.key] = true
		}
	}
	for _, e := range eqs {
		if !e.violated() || explained[e] {
			continue
		}
		w := e.anchor.where()
		zh, en := "表三 "+e.textZH(), "Table 3 "+e.textEN()
		if e.kind == eqBalance {
			w.Column = e.key
			zh = fmt.Sprintf("表三%s %s", rowZH("new_received", t.NewReceived), e.textZH())
			if resultsOK[e.key] {
				// （七） agrees with the results, so the slip is in 一, 二 or 四.
				zh += "。本列（七）总计与各项办理结果之和相符，差错应在第一、二或四项，请对照台账核对"
				en += ". (7) agrees with the results in this column, so the slip is in I, II or IV"
			}
		}
		if e.kind == eqResults && balanceOK[e.key] {
			// （七） agrees with 一+二−四, so the slip is among the result rows.
			zh += "。本列（七）总计与一+二−四相符，差错应在（一）至（六）各项办理结果中"
			en += ". (7) agrees with I + II − IV in this column, so the slip is among the result rows"
		}
		out.byRule[eqRule[e.kind]] = append(out.byRule[eqRule[e.kind]], Finding{
			Where:    w,
			Expected: num(e.expected),
			Actual:   num(e.actual),
			Message:  Text{ZH: zh, EN: en},
		})
	}
	return out
}

// culpritRule picks the rule a single wrong cell most likely belongs to (see the package
// comment of this file), among the rules whose equations it breaks.
func culpritRule(c *cellRef, eqs []*equation) string {
	has := map[eqKind]bool{}
	for _, e := range eqs {
		has[e.kind] = true
	}
	var want eqKind
	switch {
	case c.col == "total":
		want = eqRowSum
	case c.row == "new_received" || c.row == "carried_over" || c.row == "carried_forward" || c.row == "total_processed":
		want = eqBalance
	default:
		want = eqResults
	}
	if has[want] {
		return eqRule[want]
	}
	for _, k := range []eqKind{eqBalance, eqResults, eqRowSum} {
		if has[k] {
			return eqRule[k]
		}
	}
	return eqRule[eqRowSum]
}

// subtotal groups of 表三, by the label words that name them.
var subtotalGroups = []struct {
	word string
	rows []string
}{
	{"不予公开", []string{"withheld_state_secret", "withheld_prohibited", "withheld_three_safeties", "withheld_third_party", "withheld_internal", "withheld_process", "withheld_enforcement", "withheld_inquiry"}},
	{"无法提供", []string{"unable_not_held", "unable_needs_creation", "unable_unclear"}},
	{"不予处理", []string{"rejected_complaint", "rejected_duplicate", "rejected_publication", "rejected_excessive", "rejected_confirmation"}},
	{"其他处理", []string{"other_no_correction", "other_no_fee", "other_other"}},
}

func isSubtotalLabel(l string) bool {
	return strings.Contains(l, "小计") || strings.Contains(l, "合计")
}

func checkTable3Subtotal(r *parser.Report, _ *Context) []Finding {
	t := r.Table3
	if t == nil {
		return nil
	}
	var fs []Finding
	rowOf := map[string]*parser.Table3Row{}
	for _, ref := range t.Rows() {
		if *ref.Row != nil {
			rowOf[ref.Key] = *ref.Row
		}
	}
	for _, er := range r.ExtraRows {
		if er.Table != parser.KeyTable3 || !isSubtotalLabel(er.Label) || len(er.Values) != 7 {
			continue
		}
		w := er.Where
		w.Table, w.Section = parser.KeyTable3, 3
		// (a) the subtotal row's own 总计.
		ok := true
		totalReported := false
		var six float64
		for _, f := range er.Values {
			if !usable(f) {
				ok = false
			}
		}
		if ok {
			for _, f := range er.Values[:6] {
				six += f.Value
			}
			if math.Abs(six-er.Values[6].Value) > 1e-9 {
				ww := w
				ww.Column = "total"
				totalReported = true
				fs = append(fs, Finding{
					Where: ww, Expected: num(six), Actual: num(er.Values[6].Value),
					Message: Text{
						ZH: fmt.Sprintf("表三自加的「%s」行：总计 应等于六类申请人之和，应为 %s，实为 %s", er.Label, num(six), num(er.Values[6].Value)),
						EN: fmt.Sprintf("Table 3 added row \"%s\": total should equal the six applicant columns, expected %s, actual %s", er.Label, num(six), num(er.Values[6].Value)),
					},
				})
			}
		}
		// (b) the group it sums, when it can be told.
		group := subtotalGroupOf(er, t, rowOf)
		if group < 0 {
			continue
		}
		for ci, col := range parser.Table3Columns {
			f := er.Values[ci]
			if !usable(f) || (col == "total" && totalReported) {
				continue
			}
			var sum float64
			complete := true
			for _, k := range subtotalGroups[group].rows {
				row := rowOf[k]
				if row == nil || !usable(row.Cells()[ci]) {
					complete = false
					break
				}
				sum += row.Cells()[ci].Value
			}
			if complete && math.Abs(sum-f.Value) > 1e-9 {
				ww := w
				ww.Column = col
				fs = append(fs, Finding{
					Where: ww, Expected: num(sum), Actual: num(f.Value),
					Message: Text{
						ZH: fmt.Sprintf("表三自加的「%s」行 %s 列：应等于（%s）各行之和，应为 %s，实为 %s", er.Label, table3ColZH[col], subtotalGroups[group].word, num(sum), num(f.Value)),
						EN: fmt.Sprintf("Table 3 added row \"%s\", column %s: should equal the rows of %s, expected %s, actual %s", er.Label, table3ColEN[col], subtotalGroups[group].word, num(sum), num(f.Value)),
					},
				})
			}
		}
	}
	for _, ec := range t.ExtraColumns {
		if !isSubtotalLabel(ec.Label) && !strings.Contains(ec.Label, "法人") {
			continue
		}
		for _, ref := range t.Rows() {
			row := *ref.Row
			f := ec.Values[ref.Key]
			if row == nil || !usable(f) {
				continue
			}
			cs := row.Cells()
			var sum float64
			ok := true
			for _, c := range cs[1:6] {
				if !usable(c) {
					ok = false
				}
				sum += c.Value
			}
			if !ok || math.Abs(sum-f.Value) < 1e-9 {
				continue
			}
			fs = append(fs, Finding{
				Where:    figureWhere(f, 3, parser.KeyTable3, ref.Key, "", row.Loc),
				Expected: num(sum), Actual: num(f.Value),
				Message: Text{
					ZH: fmt.Sprintf("表三%s行 自加的「%s」列：应等于商业企业、科研机构、社会公益组织、法律服务机构、其他五列之和，应为 %s，实为 %s", rowZH(ref.Key, row), ec.Label, num(sum), num(f.Value)),
					EN: fmt.Sprintf("Table 3 %s, added column \"%s\": should equal the five organisation columns, expected %s, actual %s", rowEN(ref.Key), ec.Label, num(sum), num(f.Value)),
				},
			})
		}
	}
	return fs
}

// subtotalGroupOf tells which group a subtotal row sums: by its label (「不予公开小计」),
// else by position (the group whose last row comes just before it). -1 when unknown.
func subtotalGroupOf(er parser.ExtraRow, t *parser.Table3, rowOf map[string]*parser.Table3Row) int {
	for i, g := range subtotalGroups {
		if strings.Contains(er.Label, g.word) {
			return i
		}
	}
	line := er.Where.Line
	if line == 0 {
		return -1
	}
	bestLine, best := 0, -1
	for _, ref := range t.Rows() {
		row := *ref.Row
		if row == nil || row.Loc.N() == 0 || row.Loc.N() >= line || row.Loc.N() <= bestLine {
			continue
		}
		bestLine = row.Loc.N()
		best = -1
		for i, g := range subtotalGroups {
			if g.rows[len(g.rows)-1] == ref.Key {
				best = i
			}
		}
		if ref.Key == "other" {
			best = -1
		}
	}
	return best
}

func checkTable4Sum(r *parser.Report, _ *Context) []Finding {
	if r.Table4 == nil {
		return nil
	}
	var fs []Finding
	cells := table4Cells(r.Table4)
	for b := 0; b < 3; b++ {
		block := cells[b*5 : b*5+5]
		ok := true
		var sum float64
		for _, c := range block {
			if !usable(c.fig) {
				ok = false
			}
		}
		if !ok {
			continue
		}
		for _, c := range block[:4] {
			sum += c.fig.Value
		}
		tot := block[4]
		if math.Abs(sum-tot.fig.Value) < 1e-9 {
			continue
		}
		fs = append(fs, Finding{
			Where:    tot.where(),
			Expected: num(sum),
			Actual:   num(tot.fig.Value),
			Message: Text{
				ZH: fmt.Sprintf("表四「%s」：总计 应等于 结果维持+结果纠正+其他结果+尚未审结（%s+%s+%s+%s），应为 %s，实为 %s",
					tot.rowZH, num(block[0].fig.Value), num(block[1].fig.Value), num(block[2].fig.Value), num(block[3].fig.Value), num(sum), num(tot.fig.Value)),
				EN: fmt.Sprintf("Table 4 %s: total should equal upheld + corrected + other + pending, expected %s, actual %s", tot.rowEN, num(sum), num(tot.fig.Value)),
			},
		})
	}
	return fs
}
