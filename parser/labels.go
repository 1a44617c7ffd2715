package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fold turns a label into the form labels are compared in: full-width ASCII to half-width,
// every kind of whitespace (U+3000, NBSP, soft breaks inside 商业\n企业) dropped, the
// enumeration commas and full stops (、，,．.。) made one '.', bracket styles made '(' ')',
// quotes dropped. Word, WPS, web pages and Tika each print the same label differently;
// after folding they are equal.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r >= 0xFF01 && r <= 0xFF5E {
			r -= 0xFEE0
		}
		if r == 0x3000 || r == 0xA0 || r == 0xFEFF || r == 0x200B || unicode.IsSpace(r) {
			continue
		}
		switch r {
		case '、', ',', '。', '．', '﹒', '・', '·':
			r = '.'
		case '“', '”', '「', '」', '"', '\'', '‘', '’', '『', '』':
			continue
		case '【', '〔', '[', '〖':
			r = '('
		case '】', '〕', ']', '〗':
			r = ')'
		case '—', '–', '−', '‐', '─':
			r = '-'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// cleanText trims what readers may leave around a paragraph: whitespace of every width and
// Tika's "[bookmark: _GoBack]" artefacts, which real exports put before headings.
func cleanText(s string) string {
	s = trimSpace(s)
	for strings.HasPrefix(s, "[bookmark:") {
		i := strings.IndexByte(s, ']')
		if i < 0 {
			break
		}
		s = trimSpace(s[i+1:])
	}
	return s
}

func trimSpace(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == 0x3000 || r == 0xA0 || r == 0xFEFF || r == 0x200B
	})
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }

// containsAny reports whether s contains one of subs.
func containsAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// Layout-specific labels (folded), FORMAT.md. 规范性文件 vs 行政规范性文件 alone does not
// decide the layout (many 2021 reports keep the older row name), so it is not listed.
var layoutLabels2019 = []string{"本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "本年增减", "本年增(减)", "第二十条第(九)项", "政府集中采购", "采购项目数量", "采购总金额"}

var layoutLabels2021 = []string{"本年制发件数", "本年废止件数", "现行有效件数", "本年收费金额"}

// table2Columns maps a 表二 column header (folded, longest first so that 本年处理决定数量
// wins over 处理决定数量) to its contract key.
var table2Columns = []struct{ label, key string }{
	{"本年处理决定数量", "decisions"},
	{"处理决定数量", "decisions"},
	{"本年制发件数", "issued"},
	{"本年废止件数", "repealed"},
	{"现行有效件数", "in_force"},
	{"本年收费金额", "amount_10k_yuan"},
	{"本年新制作数量", "made"},
	{"本年新公开数量", "published"},
	{"对外公开总数量", "total_public"},
	{"上一年项目数量", "previous_items"},
	{"本年增/减", "change"},
	{"本年增减", "change"},
	{"本年增(减)", "change"},
	{"增/减", "change"},
	{"增(减)", "change"},
	{"采购项目数量", "projects"},
	{"采购总金额", "amount"},
}

func table2Column(f string) string {
	for _, c := range table2Columns {
		if strings.Contains(f, c.label) {
			return c.key
		}
	}
	return ""
}

// table2Row maps a 表二 row label (folded) to its contract key.
func table2Row(f string) string {
	// A note after the label (「行政规范性文件(件)」) does not change the row.
	if i := strings.IndexByte(f, '('); i > 0 {
		f = f[:i]
	}
	f = strings.TrimRight(f, ".:")
	switch {
	case f == "规章":
		return "regulations"
	case f == "行政规范性文件" || f == "规范性文件":
		return "normative_documents"
	case f == "行政许可":
		return "licensing"
	case strings.HasPrefix(f, "其他对外管理服务事项"):
		return "other_services"
	case f == "行政处罚":
		return "punishment"
	case f == "行政强制":
		return "coercion"
	case strings.HasPrefix(f, "行政事业性收费"):
		return "fees"
	case strings.HasPrefix(f, "政府集中采购"):
		return "procurement"
	}
	return ""
}

// table3ColumnIndex maps a 表三 column header (folded) to its index in Table3Columns, -2 for
// an added 小计/合计 column, -1 for anything else.
func table3ColumnIndex(f string) int {
	switch f {
	case "自然人":
		return 0
	case "商业企业":
		return 1
	case "科研机构":
		return 2
	case "社会公益组织":
		return 3
	case "法律服务机构":
		return 4
	case "其他":
		return 5
	case "总计":
		return 6
	case "小计", "合计":
		return -2
	}
	return -1
}

// isTable3Header reports whether a row of 表三 is one of its header rows.
func isTable3Header(fs []string) bool {
	for _, f := range fs {
		if containsAny(f, "自然人", "申请人情况", "勾稽", "商业企业", "科研机构", "法人或其他组织", "社会公益组织", "法律服务机构") {
			return true
		}
	}
	return false
}

// table3 groups: the merged label cells （三）…（六） over their numbered rows.
const (
	groupNone = iota
	groupWithheld
	groupUnable
	groupRejected
	groupOther
)

func table3Group(f string) int {
	switch {
	case strings.Contains(f, "不予公开"):
		return groupWithheld
	case strings.Contains(f, "无法提供"):
		return groupUnable
	case strings.Contains(f, "不予处理"):
		return groupRejected
	case strings.Contains(f, "其他处理"):
		return groupOther
	}
	return groupNone
}

// table3ItemPhrases name each numbered row of 表三 by a phrase only it holds, so that a row
// is found whatever its number or the group cell beside it.
var table3ItemPhrases = []struct{ phrase, key string }{
	{"国家秘密", "withheld_state_secret"},
	{"禁止公开", "withheld_prohibited"},
	{"三安全一稳定", "withheld_three_safeties"},
	{"第三方合法权益", "withheld_third_party"},
	{"内部事务", "withheld_internal"},
	{"过程性信息", "withheld_process"},
	{"行政执法案卷", "withheld_enforcement"},
	{"行政查询事项", "withheld_inquiry"},
	{"不掌握", "unable_not_held"},
	{"另行制作", "unable_needs_creation"},
	{"仍不明确", "unable_unclear"},
	{"信访举报投诉", "rejected_complaint"},
	{"大量反复", "rejected_excessive"},
	{"重复申请", "rejected_duplicate"},
	{"公开出版物", "rejected_publication"},
	{"重新出具", "rejected_confirmation"},
	{"收费通知", "other_no_fee"},
	{"缴纳费用", "other_no_fee"},
	{"不补正", "other_no_correction"},
}

// table3ByNumber names numbered rows by group and number, for labels reworded beyond the
// phrases above.
var table3ByNumber = map[int][]string{
	groupWithheld: {"withheld_state_secret", "withheld_prohibited", "withheld_three_safeties", "withheld_third_party", "withheld_internal", "withheld_process", "withheld_enforcement", "withheld_inquiry"},
	groupUnable:   {"unable_not_held", "unable_needs_creation", "unable_unclear"},
	groupRejected: {"rejected_complaint", "rejected_duplicate", "rejected_publication", "rejected_excessive", "rejected_confirmation"},
	groupOther:    {"other_no_correction", "other_no_fee", "other_other"},
}

// leadingNumber reads "3." / "3)" / "(3)" at the start of a folded label.
func leadingNumber(f string) int {
	f = strings.TrimPrefix(f, "(")
	n, i := 0, 0
	for i < len(f) && f[i] >= '0' && f[i] <= '9' && i < 2 {
		n = n*10 + int(f[i]-'0')
		i++
	}
	if i == 0 || i >= len(f) {
		return 0
	}
	if f[i] == '.' || f[i] == ')' {
		return n
	}
	return 0
}

// table3RowKey names a 表三 data row from its label cells (folded, outermost first) and the
// group carried from the rows above (Tika prints a merged group cell on its first row only).
// It returns the key ("" when unknown) and the group in force for the next row.
func table3RowKey(labels []string, carried int) (string, int) {
	group := groupNone
	for _, l := range labels {
		if g := table3Group(l); g != groupNone {
			group = g
		}
	}
	if group == groupNone {
		group = carried
	}
	last := ""
	if len(labels) > 0 {
		last = labels[len(labels)-1]
	}
	all := strings.Join(labels, "|")
	for _, p := range table3ItemPhrases {
		if strings.Contains(last, p.phrase) {
			return p.key, group
		}
	}
	switch {
	case strings.Contains(all, "本年新收"):
		return "new_received", groupNone
	case strings.Contains(all, "上年结转"):
		return "carried_over", groupNone
	case strings.Contains(all, "结转下年度"):
		return "carried_forward", groupNone
	case strings.Contains(last, "部分公开"):
		return "partially_granted", groupNone
	case strings.Contains(last, "予以公开") && !strings.Contains(last, "不予"):
		return "granted", groupNone
	case strings.Contains(last, "总计") && !strings.Contains(last, "小计"):
		return "total_processed", groupNone
	case strings.HasPrefix(last, "(七)") && strings.Contains(last, "合计"):
		// 「（七）合计」: the numbered row is the total, whatever word it uses.
		return "total_processed", groupNone
	}
	if n := leadingNumber(last); n > 0 && group != groupNone {
		keys := table3ByNumber[group]
		if n <= len(keys) {
			return keys[n-1], group
		}
	}
	if group == groupOther && table3Group(last) == groupOther {
		// （六）其他处理 as one row: the 2019 layout.
		return "other", groupOther
	}
	return "", group
}

// Section headings (FORMAT.md), folded, with the variants to accept. The comparison drops
// 的, 工作, 主要 and a leading 政府信息公开 from both sides, so that wordings which differ
// only in those words compare equal.
var sectionStandard = [7][]string{
	1: {"总体情况"},
	2: {"主动公开政府信息情况"},
	3: {"收到和处理政府信息公开申请情况"},
	4: {"政府信息公开行政复议.行政诉讼情况", "因政府信息公开工作被申请行政复议.提起行政诉讼情况", "因政府信息公开工作被申请行政复议和提起行政诉讼情况", "因政府信息公开申请行政复议.提起行政诉讼情况"},
	5: {"存在的主要问题及改进情况", "政府信息公开工作存在的主要问题及改进情况", "政府信息公开工作存在的主要问题及改进举措", "存在问题及改进情况", "存在的主要问题及改进举措",
		// 整改 (rectify and improve) is how many bodies word the same thing; unlike 改正
		// (correct), it keeps the meaning of 改进.
		"存在的主要问题及整改措施", "存在的主要问题及整改情况", "存在问题及整改措施", "存在的主要问题及改进措施"},
	6: {"其他需要报告的事项"},
}

var sectionLoose = func() [7]map[string]bool {
	var m [7]map[string]bool
	for n := 1; n <= 6; n++ {
		m[n] = map[string]bool{}
		for _, s := range sectionStandard[n] {
			m[n][loosen(s)] = true
		}
	}
	return m
}()

// loosenPairs make 、 (folded to .), 和 and 与 one conjunction, and drop filler words. No
// word is a prefix of another, so at each place at most one applies. (A loop, not a
// strings.Replacer: building one at start-up cost more than all its uses in a run.)
var loosenPairs = [...][2]string{{"的", ""}, {"工作", ""}, {"主要", ""}, {"和", "及"}, {"与", "及"}, {".", "及"}}

func loosenWords(s string) string {
	var b strings.Builder
	b.Grow(len(s))
next:
	for i := 0; i < len(s); {
		for _, p := range loosenPairs {
			if strings.HasPrefix(s[i:], p[0]) {
				b.WriteString(p[1])
				i += len(p[0])
				continue next
			}
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		b.WriteString(s[i : i+size])
		i += size
	}
	return b.String()
}

// loosen also drops a final 情况: 「二、主动公开政府信息」 says the same as the standard.
func loosen(f string) string {
	return strings.TrimSuffix(loosenWords(strings.TrimPrefix(f, "政府信息公开")), "情况")
}

// sectionFamily reports whether a folded heading body belongs to section n at all (a
// reworded heading is still that section; a table label printed as a paragraph is not).
func sectionFamily(n int, f string) bool {
	switch n {
	case 1:
		// 总体情况, and the same said otherwise: 基本情况, 工作概况, 总体概况, 概述, 工作概述.
		return containsAny(f, "总体情况", "基本情况", "概况", "概述")
	case 2:
		return strings.Contains(f, "主动公开") && !strings.Contains(f, "申请数量")
	case 3:
		return strings.Contains(f, "申请") && containsAny(f, "收到", "处理", "办理", "依申请") && !containsAny(f, "申请数量", "办理结果")
	case 4:
		return containsAny(f, "复议", "诉讼")
	case 5:
		// 存在的主要问题及改进情况, also worded as plans only (下一步工作打算): section-heading
		// then says the problems are missing from the heading.
		return containsAny(f, "问题", "改进", "改正", "整改", "措施", "下一步", "打算") && !strings.Contains(f, "结转")
	case 6:
		// 其他需要报告的事项, also cut short: 其他, 其他情况, 其他说明 — not 表三's （六）其他处理
		// or 其他结果, which a text reader may print as lines of their own.
		return (strings.HasPrefix(f, "其他") && !containsAny(f, "处理", "结果", "管理服务")) ||
			(strings.Contains(f, "其他") && strings.Contains(f, "事项"))
	}
	return false
}

var chineseNumerals = []rune("一二三四五六")

// Numbering styles of section headings. Most reports number sections 一、…六、 and many
// write 第一部分; some number them （一）…（六） or 1、…6、 throughout. Those two are also how
// sub-headings and 表三's rows are numbered, so a report is read in them only when it has no
// heading numbered the usual way and its headings in that style run in order (numberingStyle).
const (
	styleChinese = iota // 一、总体情况, 第一部分 总体情况 or 第一章 总体情况
	styleParen          // （一）总体情况
	styleArabic         // 1、总体情况 / 1.总体情况
	// styleBare: headings with no number in their text, only the standard wording
	// (「总体情况」): Word's automatic list numbering (一、 drawn by the numbering part) is
	// not in the paragraph's text the reader gives.
	styleBare
)

// unwrapHeading strips what wraps a heading as a whole: 【一、总体情况】, markdown bold
// **一、总体情况**, a markdown # mark.
func unwrapHeading(t string) string {
	for {
		u := trimSpace(strings.TrimLeft(t, "#"))
		switch {
		case strings.HasPrefix(u, "**") && strings.HasSuffix(u, "**") && len(u) > 4:
			u = u[2 : len(u)-2]
		case strings.HasPrefix(u, "__") && strings.HasSuffix(u, "__") && len(u) > 4:
			u = u[2 : len(u)-2]
		case strings.HasPrefix(u, "【") && strings.HasSuffix(u, "】") && strings.Count(u, "【") == 1:
			u = u[len("【") : len(u)-len("】")]
		}
		u = trimSpace(u)
		if u == t {
			return u
		}
		t = u
	}
}

// headingNumber reads the number that opens a heading in the given style and returns it
// with the rest of the text (0 when the text does not open so).
func headingNumber(t string, style int) (int, string) {
	cn := func(r rune) int {
		for i, c := range chineseNumerals {
			if c == r {
				return i + 1
			}
		}
		return 0
	}
	switch style {
	case styleChinese:
		if strings.HasPrefix(t, "第") {
			// 第一部分 总体情况 / 第一部分：总体情况 / 第一部分、总体情况, and 第一章 总体情况
			// (some bodies number the six parts as chapters).
			r, size := utf8.DecodeRuneInString(t[len("第"):])
			rest := t[len("第")+size:]
			if n := cn(r); n > 0 {
				for _, unit := range []string{"部分", "章"} {
					if strings.HasPrefix(rest, unit) {
						return n, strings.TrimLeft(trimSpace(rest[len(unit):]), "、，,.．。:：")
					}
				}
			}
			return 0, ""
		}
		first, size := utf8.DecodeRuneInString(t)
		n := cn(first)
		if n == 0 {
			return 0, ""
		}
		rest := t[size:]
		sep, ssize := utf8.DecodeRuneInString(rest)
		switch sep {
		case '、', '，', ',', '.', '．', '。', ' ', 0x3000, '\t', ':', '：':
			return n, rest[ssize:]
		}
		return 0, ""
	case styleParen:
		for _, open := range []string{"（", "("} {
			if !strings.HasPrefix(t, open) {
				continue
			}
			r, size := utf8.DecodeRuneInString(t[len(open):])
			rest := t[len(open)+size:]
			if n := cn(r); n > 0 {
				for _, cl := range []string{"）", ")"} {
					if strings.HasPrefix(rest, cl) {
						return n, strings.TrimLeft(rest[len(cl):], "、，,.．。:： ")
					}
				}
			}
		}
		return 0, ""
	case styleBare:
		f := strings.Trim(fold(t), ".:;")
		for n := 1; n <= 6; n++ {
			if sectionLoose[n][loosen(f)] {
				return n, t
			}
		}
		return 0, ""
	case styleArabic:
		first, size := utf8.DecodeRuneInString(t)
		d := arabicDigit(first)
		if d < 1 || d > 6 {
			return 0, ""
		}
		rest := t[size:]
		sep, ssize := utf8.DecodeRuneInString(rest)
		switch sep {
		case '、', '.', '．', '，', ',', ' ', 0x3000, '\t':
			if nx, _ := utf8.DecodeRuneInString(rest[ssize:]); arabicDigit(nx) >= 0 {
				return 0, "" // 1.5, 2.3万
			}
			return d, rest[ssize:]
		}
		return 0, ""
	}
	return 0, ""
}

// sectionHeading recognises a section heading numbered the usual way: 一、 (or 一，一．一.
// 一： 一 followed by a space) or 第一部分, and the wording of that section, also when the
// heading is wrapped in 【】 or bold marks or ends with a colon. （一） is a sub-heading here.
func sectionHeading(text string) (n int, heading string, standard bool, ok bool) {
	return sectionHeadingStyle(text, styleChinese)
}

// sectionHeadingStyle is sectionHeading for a numbering style.
func sectionHeadingStyle(text string, style int) (n int, heading string, standard bool, ok bool) {
	t := cleanText(text)
	if t == "" || runeLen(t) > 60 {
		return 0, "", false, false
	}
	u := unwrapHeading(tocEntry(t))
	if runeLen(u) > 44 {
		return 0, "", false, false
	}
	n, rest := headingNumber(u, style)
	if n == 0 {
		return 0, "", false, false
	}
	body := fold(rest)
	body = strings.Trim(body, ".:;")
	if strings.HasPrefix(body, "(") && strings.HasSuffix(body, ")") && strings.Count(body, "(") == 1 {
		body = body[1 : len(body)-1] // 一、【总体情况】
	}
	if body == "" || runeLen(body) > 36 || !sectionFamily(n, body) {
		return 0, "", false, false
	}
	std := sectionLoose[n][loosen(body)]
	if style == styleBare && !std {
		return 0, "", false, false
	}
	return n, t, std, true
}

// tocEntry strips what a table of contents prints after a heading: dot leaders and the page
// number (「一、总体情况……………1」, 「二、主动公开政府信息情况\t2」).
func tocEntry(t string) string {
	rs := []rune(t)
	k := len(rs)
	for k > 0 && arabicDigit(rs[k-1]) >= 0 {
		k--
	}
	if k == len(rs) {
		return t
	}
	j := k
	for j > 0 && strings.ContainsRune("…．.·•-—─\t  　", rs[j-1]) {
		j--
	}
	if k-j < 2 && !(k-j == 1 && rs[j] == '\t') {
		return t
	}
	return trimSpace(string(rs[:j]))
}

// leadHeading reads a heading printed at the start of its section's first paragraph:
// 「五、存在的主要问题及改进情况：一是…」. Only a standard (or accepted) wording counts, so
// that a numbered item in a body (「二、主动公开工作不够深入。…」) is not a heading.
func leadHeading(text string, style int) (n int, heading, body string, ok bool) {
	t := cleanText(text)
	rs := []rune(t)
	for i, r := range rs {
		if i > 44 {
			break
		}
		if r != '：' && r != ':' && r != '。' {
			continue
		}
		head, rest := string(rs[:i]), trimSpace(string(rs[i+1:]))
		if rest == "" {
			if r == '。' {
				break // one sentence: its heading may be run in (runInHeading)
			}
			return 0, "", "", false
		}
		if n, h, std, ok := sectionHeadingStyle(head, style); ok && std {
			return n, h, rest, true
		}
		break
	}
	return runInHeading(t, style)
}

// runInHeading reads a heading run into its paragraph with no colon: 「一、总体情况 2023年，
// 我局……」 (a space between) or 「一、总体情况2023年，我局……」 (nothing between), as web pages
// print a bold heading inside its paragraph and crawlers join them. With a space, the words
// before it must be a standard heading as loosely as a heading line. With nothing between,
// the text must open with a standard wording exactly (the longest that fits) and what follows
// must open a sentence (a year or number, 本年度, 我局, 一是, （一） …: runInOpeners), so that
// 「一、总体情况良好……」 or 「二、主动公开政府信息工作有待加强」 in a body stay sentences.
// Unnumbered (styleBare) headings are never split out of a sentence.
func runInHeading(t string, style int) (n int, heading, body string, ok bool) {
	if style == styleBare {
		return 0, "", "", false
	}
	num, rest := headingNumber(t, style)
	if num == 0 || rest == "" {
		return 0, "", "", false
	}
	// At a space: the first one after which the words before are a standard heading
	// (「第一部分 总体情况 2023年……」 has one inside its heading).
	for i, r := range t {
		if runeLen(t[:i]) > 44 {
			break
		}
		if i == 0 || !(r == ' ' || r == '\t' || r == 0x3000 || r == 0xa0) {
			continue
		}
		if body := trimSpace(t[i:]); body != "" {
			if n, h, std, ok := sectionHeadingStyle(t[:i], style); ok && std {
				return n, h, body, true
			}
		}
	}
	best := ""
	for _, w := range sectionStandard[num] {
		w = strings.ReplaceAll(w, ".", "、")
		if strings.HasPrefix(rest, w) && len(w) > len(best) {
			best = w
		}
	}
	if best == "" {
		return 0, "", "", false
	}
	cut := len(t) - len(rest) + len(best)
	body = t[cut:]
	if !opensSentence(body) {
		return 0, "", "", false
	}
	n, h, _, ok := sectionHeadingStyle(t[:cut], style)
	if !ok {
		return 0, "", "", false
	}
	return n, h, body, true
}

// runInOpeners are how the first sentence of a section usually begins, besides a number.
var runInOpeners = []string{"本年", "本机关", "本单位", "今年", "全年", "我", "近年", "根据", "按照", "一是", "（一）", "(一)", "【"}

func opensSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if arabicDigit(r) >= 0 {
		return true
	}
	for _, o := range runInOpeners {
		if strings.HasPrefix(s, o) {
			return true
		}
	}
	return false
}

// tocHeadings finds a table of contents: a run of at least three headings with nothing
// between them, every one of which comes again later (the run ends where a number repeats:
// the body's first heading may follow the contents directly). Their indexes in ps are
// returned so that they are read as preamble, not as empty sections.
func tocHeadings(ps []*Paragraph, style int) map[int]bool {
	type hd struct{ i, n int }
	var hs []hd
	var runs [][]hd
	var run []hd
	var inRun [7]bool
	flush := func() {
		if len(run) >= 3 {
			runs = append(runs, run)
		}
		run, inRun = nil, [7]bool{}
	}
	for i, p := range ps {
		if cleanText(p.Text) == "" {
			continue
		}
		n, _, _, ok := sectionHeadingStyle(p.Text, style)
		if !ok {
			if n, _, _, lead := leadHeading(p.Text, style); lead {
				hs = append(hs, hd{i, n}) // the heading comes again, opening its paragraph
			}
			flush()
			continue
		}
		hs = append(hs, hd{i, n})
		if inRun[n] {
			flush()
		}
		run = append(run, hd{i, n})
		inRun[n] = true
	}
	flush()
	var lastAt [7]int // the last index where each number heads something
	for _, h := range hs {
		lastAt[h.n] = max(lastAt[h.n], h.i)
	}
	var toc map[int]bool
	for _, rn := range runs {
		last := rn[len(rn)-1].i
		again := true
		for _, h := range rn {
			again = again && lastAt[h.n] > last
		}
		if !again {
			continue
		}
		if toc == nil {
			toc = map[int]bool{}
		}
		for _, h := range rn {
			toc[h.i] = true
		}
	}
	return toc
}

// numberingStyle decides how the report numbers its sections, from its paragraphs (and
// table cells): the usual 一、 when at least three sections are found so in the standard
// wording; otherwise （一）, 1、 or no number at all (standard wording only) when that style
// names at least four different sections, in order, the first of them 一 or 二, and either
// the usual numbering finds fewer than three or this style has more standard wordings.
func numberingStyle(ps []*Paragraph) int {
	count := func(style int) (distinct, standard int, ordered bool) {
		var seen, std [7]bool
		last, ordered := 0, true
		first := 0
		for _, p := range ps {
			n, _, s, ok := sectionHeadingStyle(p.Text, style)
			if !ok {
				continue
			}
			if s && !std[n] {
				std[n] = true
				standard++
			}
			if first == 0 {
				first = n
			}
			if seen[n] {
				continue // a table of contents repeats the headings
			}
			if n <= last {
				ordered = false
			}
			last = n
			seen[n] = true
			distinct++
		}
		return distinct, standard, ordered && first <= 2
	}
	// Numbered items of a body (「二、加大主动公开力度」) may read like headings in the usual
	// numbering; they are rarely in the standard wording, so a style whose headings are
	// standard where the usual numbering's are not wins.
	d, std, _ := count(styleChinese)
	if d >= 3 && std >= 3 {
		return styleChinese
	}
	for _, style := range []int{styleParen, styleArabic, styleBare} {
		if ad, astd, ok := count(style); ok && ad >= 4 && (d < 3 || astd > std) {
			return style
		}
	}
	return styleChinese
}
