package parser

import (
	"strconv"
	"strings"
)

// Crawled web text: a table copied from a page can come out as one run of text where the
// cells run together: 「规范性文件898989」, 「（一）予以公开7000007（二）部分公开…」. The labels
// are still there, so the rows can be found; the digits of a row are split back into cells
// only where the table's own arithmetic leaves exactly one way to do it:
//   - 表三: seven cells per row, the first six adding up to the seventh (总计);
//   - 表四: fifteen cells, each block's 总计 the sum of its four results;
//   - 表二: no arithmetic binds a row, so a row is split only when its digits allow one
//     split at all (「000」); otherwise its cells stay Absent, never guessed.
// Spaces that survive in a run (「230 000023」) are taken as cell boundaries when they
// decide between splits. The printed run stays in each figure's Raw.

// crawledRows3 lists 表三's rows in printed order with the label that precedes their digits.
var crawledRows3 = []struct{ key, label string }{
	{"new_received", "本年新收政府信息公开申请数量"},
	{"carried_over", "上年结转政府信息公开申请数量"},
	{"granted", "(一)予以公开"},
	{"partially_granted", "(二)部分公开(区分处理的,只计这一情形,不计其他情形)"},
	{"withheld_state_secret", "1.属于国家秘密"},
	{"withheld_prohibited", "2.其他法律行政法规禁止公开"},
	{"withheld_three_safeties", "3.危及“三安全一稳定”"},
	{"withheld_third_party", "4.保护第三方合法权益"},
	{"withheld_internal", "5.属于三类内部事务信息"},
	{"withheld_process", "6.属于四类过程性信息"},
	{"withheld_enforcement", "7.属于行政执法案卷"},
	{"withheld_inquiry", "8.属于行政查询事项"},
	{"unable_not_held", "1.本机关不掌握相关政府信息"},
	{"unable_needs_creation", "2.没有现成信息需要另行制作"},
	{"unable_unclear", "3.补正后申请内容仍不明确"},
	{"rejected_complaint", "1.信访举报投诉类申请"},
	{"rejected_duplicate", "2.重复申请"},
	{"rejected_publication", "3.要求提供公开出版物"},
	{"rejected_excessive", "4.无正当理由大量反复申请"},
	{"rejected_confirmation", "5.要求行政机关确认或重新出具已获取信息"},
	{"other_no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
	{"other_no_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
	{"other_other", "3.其他"},
	{"other", "(六)其他处理"},
	{"total_processed", "(七)总计"},
	{"carried_forward", "结转下年度继续办理"},
}

// halfWidth folds full-width ASCII to half-width, rune for rune, so that rune offsets in
// the result are offsets in the original.
func halfWidth(rs []rune) []rune {
	out := make([]rune, len(rs))
	for i, r := range rs {
		if r >= 0xFF01 && r <= 0xFF5E {
			r -= 0xFEE0
		} else if r == 0x3000 {
			r = ' '
		}
		out[i] = r
	}
	return out
}

func runeIndex(hay []rune, from int, needle []rune) int {
	if from < 0 {
		from = 0
	}
outer:
	for i := from; i+len(needle) <= len(hay); i++ {
		for j, r := range needle {
			if hay[i+j] != r {
				continue outer
			}
		}
		return i
	}
	return -1
}

// digitRun reads the digits (and spaces between them) at i: the digits, the offsets
// within them where a space stood, and where the run ends.
func digitRun(rs []rune, i int) (digits string, hints []int, end int) {
	var b strings.Builder
	j := i
	for j < len(rs) && rs[j] == ' ' {
		j++
	}
	for j < len(rs) {
		r := rs[j]
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == ' ' || r == 0xA0:
			if b.Len() > 0 && (len(hints) == 0 || hints[len(hints)-1] != b.Len()) {
				hints = append(hints, b.Len())
			}
		default:
			goto done
		}
		j++
	}
done:
	return b.String(), hints, j
}

// splitDigits splits a run of digits into n numbers (no leading zeros) that ok accepts.
// It returns nil unless exactly one split is acceptable (after preferring splits whose
// boundaries include every space hint).
func splitDigits(digits string, hints []int, n int, ok func([]int) bool) []string {
	sols := splitAll(digits, hints, n, ok)
	if len(sols) != 1 {
		return nil
	}
	return sols[0]
}

// splitAll lists the acceptable splits (at most about twenty).
func splitAll(digits string, hints []int, n int, ok func([]int) bool) [][]string {
	if len(digits) < n || len(digits) > n*5 {
		return nil
	}
	var sols [][]int // boundaries
	cut := make([]int, 0, n)
	budget := 20000
	var rec func(pos, k int)
	rec = func(pos, k int) {
		if budget--; budget < 0 || len(sols) > 20 {
			return
		}
		if k == n-1 {
			if pos < len(digits) && (digits[pos] != '0' || pos == len(digits)-1) && len(digits)-pos <= 9 {
				vals := make([]int, n)
				prev := 0
				all := append(append([]int{}, cut...), len(digits))
				for i, c := range all {
					vals[i], _ = strconv.Atoi(digits[prev:c])
					prev = c
				}
				if ok(vals) {
					sols = append(sols, append([]int{}, all...))
				}
			}
			return
		}
		if pos >= len(digits) {
			return
		}
		maxLen := 1
		if digits[pos] != '0' {
			maxLen = min(9, len(digits)-pos-(n-1-k))
		}
		for l := 1; l <= maxLen; l++ {
			cut = append(cut, pos+l)
			rec(pos+l, k+1)
			cut = cut[:len(cut)-1]
		}
	}
	rec(0, 0)
	if len(sols) > 1 && len(hints) > 0 {
		var kept [][]int
		for _, s := range sols {
			if hasAll(s, hints) {
				kept = append(kept, s)
			}
		}
		sols = kept
	}
	out := make([][]string, len(sols))
	for k, sol := range sols {
		out[k] = make([]string, n)
		prev := 0
		for i, c := range sol {
			out[k][i] = digits[prev:c]
			prev = c
		}
	}
	return out
}

func hasAll(bounds, hints []int) bool {
	for _, h := range hints {
		if !containsInt(bounds, h) {
			return false
		}
	}
	return true
}

// crawledParagraph returns the first paragraph holding all of the given labels.
func crawledParagraph(r *Report, labels ...string) *Paragraph {
	for _, p := range r.Paragraphs {
		if runeLen(p.Text) < 100 {
			continue
		}
		all := true
		for _, l := range labels {
			all = all && strings.Contains(p.Text, l)
		}
		if all {
			return p
		}
	}
	return nil
}

// crawledTable3 reads 表三 from run-together text.
func crawledTable3(r *Report) {
	p := crawledParagraph(r, "本年新收政府信息公开申请数量", "结转下年度继续办理")
	if p == nil {
		return
	}
	orig := []rune(p.Text)
	rs := halfWidth(orig)
	t3 := &Table3{Loc: p.Loc}
	slots := map[string]**Table3Row{}
	for _, ref := range t3.Rows() {
		slots[ref.Key] = ref.Row
	}
	cursor := runeIndex(rs, 0, []rune("本年新收政府信息公开申请数量"))
	found := 0
	var pending []crawledRow
	for _, row := range crawledRows3 {
		label := []rune(strings.ReplaceAll(row.label, ",", "，"))
		i := runeIndex(rs, cursor, label)
		if i < 0 {
			label = []rune(row.label)
			i = runeIndex(rs, cursor, label)
		}
		if i < 0 || (found > 0 && i-cursor > 200) {
			continue
		}
		end := i + len(label)
		if row.key == "other" {
			// 2021 prints （六）其他处理 before its numbered rows: only a run of digits right
			// after it makes it the 2019 single row.
			if d, _, _ := digitRun(rs, end); d == "" {
				continue
			}
		}
		digits, hints, stop := digitRun(rs, end)
		cursor = end
		if stop < len(rs) && rs[stop] == '.' && len(digits) > 0 {
			// 「…00000002.其他法律…」: the digit before the point numbers the next row.
			digits = digits[:len(digits)-1]
			stop--
		}
		if digits == "" {
			continue
		}
		cursor = stop
		found++
		cands := splitAll(digits, hints, 7, func(v []int) bool {
			return v[0]+v[1]+v[2]+v[3]+v[4]+v[5] == v[6]
		})
		tr := &Table3Row{Label: string(orig[i:end]), Loc: p.Loc}
		*slots[row.key] = tr
		pending = append(pending, crawledRow{key: row.key, row: tr, cands: cands, digits: digits})
		w := Where{Section: 3, Table: KeyTable3, Row: row.key, Line: p.Loc.N()}
		switch row.key {
		case "other_no_correction", "other_no_fee", "other_other":
			r.addLayoutLabel(tr.Label, Layout2021, w)
		case "other":
			r.addLayoutLabel(tr.Label, Layout2019, w)
		}
	}
	resolveTable3(pending, p.Loc.N())
	if found >= 3 {
		r.Table3 = t3
	}
}

type crawledRow struct {
	key    string
	row    *Table3Row
	cands  [][]string
	digits string // the row's run as printed, kept as Raw when it cannot be split
}

// resolveTable3 fills the rows whose digits split one way only, then tries every
// combination of the splits of the ambiguous rows (「220000022」: 22|0|…|22 or 2|20|…|22)
// against the column arithmetic of 表三 (（七） = the sum of the results; 一+二 = （七）+四);
// a combination that alone satisfies it is taken. Rows still ambiguous stay Absent.
func resolveTable3(rows []crawledRow, line int) {
	choice := make([]int, len(rows))
	var amb []int
	combos := 1
	for i, r := range rows {
		if len(r.cands) > 1 {
			amb = append(amb, i)
			combos *= len(r.cands)
		}
	}
	if len(amb) > 0 && combos <= 2000 {
		valid, found := 0, []int(nil)
		idx := make([]int, len(amb))
		for {
			for k, a := range amb {
				choice[a] = idx[k]
			}
			if table3Arithmetic(rows, choice) {
				valid++
				found = append(found[:0], choice...)
			}
			k := 0
			for k < len(amb) {
				idx[k]++
				if idx[k] < len(rows[amb[k]].cands) {
					break
				}
				idx[k] = 0
				k++
			}
			if k == len(amb) {
				break
			}
		}
		if valid == 1 {
			copy(choice, found)
			for i := range rows {
				if len(rows[i].cands) > 1 {
					rows[i].cands = rows[i].cands[choice[i] : choice[i]+1]
					choice[i] = 0
				}
			}
		}
	}
	for i, r := range rows {
		for k, f := range r.row.Cells() {
			w := Where{Section: 3, Table: KeyTable3, Row: r.key, Column: Table3Columns[k], Line: line}
			if len(r.cands) != 1 {
				*f = Figure{State: Absent, Raw: r.digits, Where: w}
				continue
			}
			*f = parseFigure(r.cands[choice[i]][k], w)
		}
	}
}

// table3Arithmetic checks the column sums of 表三 for one choice of splits.
func table3Arithmetic(rows []crawledRow, choice []int) bool {
	get := map[string][]string{}
	for i, r := range rows {
		if len(r.cands) == 0 {
			return false
		}
		get[r.key] = r.cands[choice[i]]
	}
	val := func(key string, k int) (int, bool) {
		c, ok := get[key]
		if !ok {
			return 0, false
		}
		v, _ := strconv.Atoi(c[k])
		return v, true
	}
	for k := 0; k < 7; k++ {
		total, ok := val("total_processed", k)
		if !ok {
			return false
		}
		sum := 0
		for key := range get {
			switch key {
			case "new_received", "carried_over", "total_processed", "carried_forward":
				continue
			}
			v, _ := val(key, k)
			sum += v
		}
		if sum != total {
			return false
		}
		a, _ := val("new_received", k)
		b, _ := val("carried_over", k)
		d, _ := val("carried_forward", k)
		if a+b != total+d {
			return false
		}
	}
	return true
}

// crawledTable4 reads 表四's fifteen figures from run-together text: the digits after the
// last header word.
func crawledTable4(r *Report) {
	p := crawledParagraph(r, "行政复议", "未经复议直接起诉", "复议后起诉")
	if p == nil {
		return
	}
	rs := halfWidth([]rune(p.Text))
	start := runeIndex(rs, 0, []rune("复议后起诉"))
	last := -1
	for i := start; i >= 0; {
		j := runeIndex(rs, i, []rune("总计"))
		if j < 0 || j-start > 200 {
			break
		}
		last = j
		i = j + 1
	}
	if last < 0 {
		return
	}
	digits, hints, _ := digitRun(rs, last+2)
	if digits == "" {
		// PDF text joined into one paragraph prints the header a character per column
		// (「总计 果 果 他 未 总 … 计」): the figures are the first run of fifteen digits
		// or more after 复议后起诉.
		for i := start; i < len(rs) && i-start < 300; i++ {
			if rs[i] < '0' || rs[i] > '9' || (i > 0 && rs[i-1] >= '0' && rs[i-1] <= '9') {
				continue
			}
			if d, h, _ := digitRun(rs, i); len(d) >= 15 {
				digits, hints = d, h
				break
			}
		}
	}
	if digits == "" {
		return
	}
	parts := splitDigits(digits, hints, 15, func(v []int) bool {
		for b := 0; b < 3; b++ {
			if v[b*5]+v[b*5+1]+v[b*5+2]+v[b*5+3] != v[b*5+4] {
				return false
			}
		}
		return true
	})
	t4 := &Table4{Loc: p.Loc}
	for b, blk := range []*Table4Block{&t4.Review, &t4.LitigationDirect, &t4.LitigationAfterReview} {
		for k, f := range blk.Cells() {
			w := Where{Section: 4, Table: KeyTable4, Row: table4Blocks[b], Column: Table4Columns[k], Line: p.Loc.N()}
			if parts == nil {
				*f = Figure{State: Absent, Raw: digits, Where: w}
				continue
			}
			*f = parseFigure(parts[b*5+k], w)
		}
	}
	r.Table4 = t4
}

// crawledTable2 reads 表二 from run-together text: the layout from its column labels, each
// row's digits split only when they allow a single split.
func crawledTable2(r *Report) *table2State {
	p := crawledParagraph(r, "第二十条第", "信息内容")
	if p == nil {
		return nil
	}
	rs := halfWidth([]rune(p.Text))
	start := runeIndex(rs, 0, []rune("第二十条第"))
	end := runeIndex(rs, start, []rune("勾稽"))
	if end < 0 {
		end = min(len(rs), start+2000)
	}
	region := string(rs[start:end])
	st := &table2State{}
	w := Where{Section: 2, Table: KeyTable2, Line: p.Loc.N()}
	for _, l := range layoutLabels2019 {
		if strings.Contains(region, l) {
			r.addLayoutLabel(l, Layout2019, w)
			st.n19++
		}
	}
	for _, l := range append(append([]string{}, layoutLabels2021...), "本年处理决定数量") {
		if strings.Contains(region, l) {
			r.addLayoutLabel(l, Layout2021, w)
			st.n21++
		}
	}
	layout := Layout2021
	if st.n19 > st.n21 {
		layout = Layout2019
	}
	rrs := []rune(region)
	cursor := 0
	for _, row := range []struct{ key, label string }{
		{"regulations", "规章"}, {"normative_documents", "规范性文件"}, {"licensing", "行政许可"},
		{"other_services", "其他对外管理服务事项"}, {"punishment", "行政处罚"}, {"coercion", "行政强制"},
		{"fees", "行政事业性收费"}, {"procurement", "政府集中采购"},
	} {
		cols := defaultTable2Columns[layout][row.key]
		if cols == nil {
			continue
		}
		i := runeIndex(rrs, cursor, []rune(row.label))
		if i < 0 {
			continue
		}
		e := i + len([]rune(row.label))
		digits, hints, stop := digitRun(rrs, e)
		cursor = stop
		if digits == "" {
			continue
		}
		var parts []string
		if len(cols) == 1 {
			// One column: the whole number, decimals and unit included (本年收费金额).
			j := stop
			for j < len(rrs) && (rrs[j] == '.' || (rrs[j] >= '0' && rrs[j] <= '9')) {
				j++
			}
			parts = []string{strings.TrimSpace(string(rrs[e:j]))}
			cursor = j
		} else {
			parts = splitDigits(digits, hints, len(cols), func([]int) bool { return true })
		}
		var vals []Cell
		if parts != nil {
			for _, s := range parts {
				vals = append(vals, Cell{Text: s, Loc: p.Loc})
			}
		}
		t2 := t2Row{key: row.key, label: Cell{Text: row.label, Loc: p.Loc}, values: vals, cols: cols}
		if parts == nil {
			t2.unsplit = digits
		}
		st.rows = append(st.rows, t2)
	}
	if len(st.rows) == 0 {
		return nil
	}
	r.Table2 = &Table2{Loc: p.Loc}
	return st
}
