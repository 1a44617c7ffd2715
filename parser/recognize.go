package parser

import (
	"fmt"
	"strings"
)

// titleSuffixes are what every title ends with; 政府信息公开年度报告 and
// 政府信息公开工作报告 (「…2023年度政府信息公开工作报告」) are common shortenings.
var titleSuffixes = []string{"政府信息公开工作年度报告", "政府信息公开工作的年度报告", "政府信息公开年度报告", "政府信息公开工作报告", "政府信息公开年报",
	// Some bodies title it after 政务公开, the wider duty the report is part of.
	"政务公开工作年度报告", "政务公开年度报告"}

// titleNote is what may follow the suffix in a title: 「（2023年度）」, 「（全文）」.
func titleNote(tail string) bool {
	if tail == "" {
		return true
	}
	open, close := strings.HasPrefix(tail, "（") || strings.HasPrefix(tail, "("), strings.HasSuffix(tail, "）") || strings.HasSuffix(tail, ")")
	return open && close && runeLen(tail) <= 12
}

// Recognize turns a Document into a Report. It never returns nil and never fails: what it
// cannot find stays empty (nil table, Absent figure, zero year) for the rules to report.
// It knows labels, not positions: tables are found by what their cells say, so that a
// report with an extra table, a table broken at a page or 表二 cut into four still reads.
func Recognize(doc *Document) *Report {
	r := &Report{Schema: Schema, Layout: LayoutUnknown, ExtraRows: []ExtraRow{}, Sections: []Section{}}
	if doc == nil {
		return r
	}
	r.Input = doc.Input
	r.Meta = doc.Meta
	style := numberingStyle(headingCandidates(doc))
	r.Paragraphs = paragraphsWithHeadings(doc, style)

	firstHeading := recognizeSections(r, style)
	recognizeTitle(r, doc, firstHeading)
	recognizePeriod(r)
	recognizeSignature(r, doc, firstHeading)
	if r.Issuer == "" && r.Signature != nil {
		// No title names the issuer (a page whose title box says only 「2023年…报告」): the
		// 落款 does.
		r.Issuer = r.Signature.Issuer
	}
	recognizeYear(r)
	recognizeTables(r, doc, style)
	return r
}

// headingCandidates is every paragraph and every table cell, in document order: a text
// reader may have glued a heading into a table (see paragraphsWithHeadings), and the
// numbering style is judged on all the headings.
func headingCandidates(doc *Document) []*Paragraph {
	var out []*Paragraph
	for _, b := range doc.Blocks {
		if b.Para != nil {
			out = append(out, b.Para)
			continue
		}
		if b.Table == nil {
			continue
		}
		for _, row := range b.Table.Rows {
			for j, c := range row {
				if j > 0 && c.Text == row[j-1].Text {
					continue // a merged cell repeated across its columns
				}
				out = append(out, &Paragraph{Text: c.Text, Loc: c.Loc})
			}
		}
	}
	return out
}

// paragraphsWithHeadings is doc.Paragraphs(), plus the section headings that a reader glued
// into a table: LibreOffice's text export prints every cell on its own line, and a text
// reader that rebuilds the tables from it cannot tell 「三、收到和处理政府信息公开申请情况」 from
// the cells around it. A cell that is a section heading, for a section no paragraph heads,
// is taken back out as a paragraph in document order. Table labels that
// look like headings (「三、本年度办理结果」, 「四、结转下年度继续办理」) are not section
// headings (sectionFamily), so they stay where they are.
func paragraphsWithHeadings(doc *Document, style int) []*Paragraph {
	ps := doc.Paragraphs()
	// have: a paragraph heads the section in the standard wording; some: in any wording (a
	// numbered item of a body may read like a heading, see bodyItem).
	var have, some [7]bool
	for _, p := range ps {
		if n, _, std, ok := sectionHeadingStyle(p.Text, style); ok {
			have[n] = have[n] || std
			some[n] = true
		}
	}
	var out []*Paragraph
	added := false
	for _, b := range doc.Blocks {
		if b.Para != nil {
			out = append(out, b.Para)
			continue
		}
		if b.Table == nil {
			continue
		}
		for _, row := range b.Table.Rows {
			for _, c := range row {
				if n, _, std, ok := sectionHeadingStyle(c.Text, style); ok && !have[n] && (std || !some[n]) {
					have[n], some[n] = true, true
					added = true
					out = append(out, &Paragraph{Text: c.Text, Loc: c.Loc})
				}
			}
		}
	}
	if !added {
		return ps
	}
	return out
}

// recognizeSections finds the six headings, numbered in the report's style (numberingStyle),
// and gives each its body. It returns the index in r.Paragraphs of the first heading (len
// when none), the end of the preamble.
func recognizeSections(r *Report, style int) int {
	first := len(r.Paragraphs)
	cur := -1
	// Headings run together inside one long paragraph are looked for only in a document that
	// has no headings of its own: a preamble that lists the contents
	// (「全文包括：一、总体情况；二、主动公开政府信息情况；……」) is not six sections.
	// A table of contents (目录) lists the headings before the body: it is preamble.
	toc := tocHeadings(r.Paragraphs, style)
	standalone := 0
	var stdHead [7]bool // numbers that have a heading in the standard wording
	for i, p := range r.Paragraphs {
		if n, _, std, ok := sectionHeadingStyle(p.Text, style); ok && !toc[i] {
			standalone++
			stdHead[n] = stdHead[n] || std
		}
	}
	for i, p := range r.Paragraphs {
		if toc[i] {
			if cur >= 0 {
				r.Sections[cur].Paragraphs = append(r.Sections[cur].Paragraphs, p)
			}
			continue
		}
		// 「五、存在的主要问题及改进情况：一是……」: the heading opens its first paragraph (unless
		// the paragraph is the whole body run together, read below).
		inline := runeLen(p.Text) > 200 && standalone < 3 && len(inlineSections(p)) > 0
		if n, heading, body, ok := leadHeading(p.Text, style); ok && !inline {
			r.Sections = append(r.Sections, Section{Number: n, Heading: heading, Standard: true, Loc: p.Loc,
				Paragraphs: []*Paragraph{{Text: body, Loc: p.Loc}}})
			cur = len(r.Sections) - 1
			if i < first {
				first = i
			}
			continue
		}
		if n, heading, std, ok := sectionHeadingStyle(p.Text, style); ok && !(style == styleBare && cur >= 0 && r.Sections[cur].Number == n) && !bodyItem(r, cur, n, heading, std, stdHead[n]) {
			// (Unnumbered, a caption repeating the heading just above is not a new section.)
			r.Sections = append(r.Sections, Section{Number: n, Heading: heading, Standard: std, Loc: p.Loc})
			cur = len(r.Sections) - 1
			if i < first {
				first = i
			}
			continue
		}
		if runeLen(p.Text) > 200 && standalone < 3 {
			if segs := inlineSections(p); len(segs) > 0 {
				if cur >= 0 && segs[0].start > 0 {
					r.Sections[cur].Paragraphs = append(r.Sections[cur].Paragraphs, &Paragraph{Text: p.Text[:segs[0].start], Loc: p.Loc})
				}
				for k, sg := range segs {
					end := len(p.Text)
					if k+1 < len(segs) {
						end = segs[k+1].start
					}
					sec := Section{Number: sg.n, Heading: sg.heading, Standard: sg.standard, Loc: p.Loc}
					if body := trimSpace(p.Text[sg.start+len(sg.heading) : end]); body != "" {
						sec.Paragraphs = []*Paragraph{{Text: body, Loc: p.Loc}}
					}
					r.Sections = append(r.Sections, sec)
				}
				cur = len(r.Sections) - 1
				if i < first {
					first = i + 1
				}
				continue
			}
		}
		if cur >= 0 && cleanText(p.Text) != "" {
			r.Sections[cur].Paragraphs = append(r.Sections[cur].Paragraphs, p)
		}
	}
	return first
}

// bodyItem reports a numbered item of a section's body that reads like a heading of
// another section: 五's 「二、加大主动公开力度。」 or 「三、规范依申请公开办理」. A heading whose
// wording is not standard is such an item when the report has that section's heading in the
// standard wording (stdElsewhere), ends with 。 or goes back to a number already passed; a
// standard wording is always a heading (section-order then reports it).
func bodyItem(r *Report, cur, n int, heading string, std, stdElsewhere bool) bool {
	if std {
		return false
	}
	if stdElsewhere {
		return true
	}
	if strings.HasSuffix(heading, "。") || strings.HasSuffix(heading, "；") {
		return true
	}
	return cur >= 0 && n <= r.Sections[cur].Number
}

// inlineHeadings are the section headings as printed, for finding them inside a long
// paragraph: a page copied from the web often has the whole body on one line.
var inlineHeadings = func() [7][]string {
	var out [7][]string
	for n := 1; n <= 6; n++ {
		for _, s := range sectionStandard[n] {
			out[n] = append(out[n], string(chineseNumerals[n-1])+"、"+strings.ReplaceAll(s, ".", "、"))
		}
	}
	out[5] = append(out[5], "五、存在的主要问题及改正情况", "五、政府信息公开工作存在的主要问题及改正情况")
	return out
}()

type inlineSection struct {
	n        int
	start    int // byte offset in the paragraph
	heading  string
	standard bool
}

// inlineSections finds the section headings inside one long paragraph, in order. It needs
// at least three of them, so that a sentence quoting one heading is not split.
func inlineSections(p *Paragraph) []inlineSection {
	var out []inlineSection
	from := 0
	for n := 1; n <= 6; n++ {
		best := inlineSection{start: -1}
		for _, h := range inlineHeadings[n] {
			i := strings.Index(p.Text[from:], h)
			if i < 0 {
				continue
			}
			if best.start < 0 || from+i < best.start || (from+i == best.start && len(h) > len(best.heading)) {
				best = inlineSection{n: n, start: from + i, heading: h}
			}
		}
		if best.start < 0 {
			continue
		}
		_, _, best.standard, _ = sectionHeading(best.heading)
		out = append(out, best)
		from = best.start + len(best.heading)
	}
	if len(out) < 3 {
		return nil
	}
	return out
}

// metaPrefixes are the "key: value" lines crawlers print above the body.
var metaPrefixes = []string{"标题:", "标题：", "题名:", "题名：", "名称:", "名称："}

// recognizeTitle finds the 「…年政府信息公开工作年度报告」 line in the preamble. Titles are
// often printed on two or three lines (issuer, then year and the rest; or issuer, year,
// 政府信息公开工作年度报告), so short lines just before are joined while the title found does
// not name its issuer or its year; a year note on the line after (「（2023年度）」) gives a
// title without a year its year. Some offices put the title in a one-cell table: when the
// paragraphs have no title, the small tables before the body are read the same way.
func recognizeTitle(r *Report, doc *Document, end int) {
	limit := end
	if limit > 40 {
		limit = 40
	}
	if limit == 0 && len(r.Paragraphs) > 0 {
		limit = min(len(r.Paragraphs), 40)
	}
	t, iss, loc, ok := findTitle(r.Paragraphs, limit)
	if !ok {
		t, iss, loc, ok = tableTitle(doc)
	}
	if ok {
		r.Title = t
		r.TitleLoc = loc
		r.TitleYear = firstYear(t)
		r.Issuer = iss
		return
	}
	// No title in the body: a page's own title metadata, if it names the report.
	for _, k := range []string{"标题", "title", "Title", "dc:title"} {
		t := titleText(r.Meta[k])
		for _, s := range titleSuffixes {
			if strings.HasSuffix(t, s) && runeLen(t) <= 80 {
				r.Title, r.TitleYear, r.Issuer = t, firstYear(t), issuerOf(t)
				return
			}
		}
	}
}

// titleLine reports whether a line may be a piece of a title printed over several lines:
// short, no sentence punctuation, no date, not a section heading.
func titleLine(t string) bool {
	return t != "" && runeLen(t) <= 40 && !strings.ContainsAny(t, "。；;，,：:") && len(findDates(t)) == 0
}

// titleSuffix is the title ending t holds ("" when none): one of titleSuffixes, or the
// year put inside it, 「政府信息公开工作2023年度报告」.
func titleSuffix(t string) string {
	for _, s := range titleSuffixes {
		if strings.Contains(t, s) {
			return s
		}
	}
	const work = "政府信息公开工作"
	if k := strings.Index(t, work); k >= 0 {
		rs := []rune(t[k+len(work):])
		if _, ok := yearAt(rs, 0); ok {
			j := skipSpaces(rs, 4)
			for _, end := range []string{"年度报告", "年报告"} {
				if strings.HasPrefix(string(rs[j:]), end) {
					return t[k : k+len(work)+len(string(rs[:j]))+len(end)]
				}
			}
		}
	}
	return ""
}

// placePrefix reports a line that names only a place, the first line of an issuer printed
// over two (「某某市某某县」 then 「财政局」, 「宿迁市」 then 「宿豫区人民政府」).
func placePrefix(t string) bool {
	return runeLen(t) <= 12 && firstYear(t) == 0 && strings.ContainsAny(lastRune(t), "省市县区州盟旗")
}

func lastRune(s string) string {
	rs := []rune(s)
	if len(rs) == 0 {
		return ""
	}
	return string(rs[len(rs)-1])
}

// findTitle looks for the title among the first limit paragraphs, and gives it with its
// issuer: the title's own, or a subtitle's that names the issuer (「——某某县财政局」).
func findTitle(ps []*Paragraph, limit int) (string, string, Loc, bool) {
	limit = min(limit, len(ps))
	for i := 0; i < limit; i++ {
		t := titleText(ps[i].Text)
		next := i + 1 // the first paragraph after the title
		suffix := titleSuffix(t)
		if suffix == "" && titleLine(t) && i+1 < len(ps) {
			// The ending itself broken over two lines: 「…2023年政府信息公开」「工作年度报告」.
			if n := titleText(ps[i+1].Text); titleLine(n) && titleSuffix(n) == "" && titleSuffix(t+n) != "" {
				t += n
				suffix = titleSuffix(t)
				next = i + 2
			}
		}
		if suffix == "" || runeLen(t) > 80 {
			continue
		}
		// A sentence that mentions the report is not its title.
		if idx := strings.Index(t, suffix); idx >= 0 && runeLen(t[idx+len(suffix):]) > 2 && !titleNote(t[idx+len(suffix):]) {
			continue
		}
		loc := ps[i].Loc
		// The issuer, and the year, may stand on the lines before (possibly after blank
		// lines): at most two of them.
		taken := 0
		for j := i - 1; j >= 0 && j >= i-5 && taken < 2; j-- {
			prev := titleText(ps[j].Text)
			if prev == "" {
				continue
			}
			if !titleLine(prev) || titleSuffix(prev) != "" {
				break
			}
			need := issuerOf(t) == "" || (firstYear(t) == 0 && firstYear(prev) > 0 && runeLen(prev) <= 10)
			if !need && !placePrefix(prev) {
				break // only a year line (「2023年度」) or the place before the issuer is wanted now
			}
			if _, _, _, h := sectionHeading(prev); h {
				break
			}
			t = prev + t
			loc = ps[j].Loc
			taken++
		}
		if firstYear(t) == 0 {
			// A year note after the title: 「（2023年度）」, 「2023年度」.
			for k := next; k < len(ps) && k < next+3; k++ {
				n := titleText(ps[k].Text)
				if n == "" {
					continue
				}
				if runeLen(n) <= 12 && firstYear(n) > 0 && len(findDates(n)) == 0 && len(findMonths(n)) == 0 {
					t += n
				}
				break
			}
		}
		issuer := issuerOf(t)
		if issuer == "" {
			// A subtitle naming the issuer: 「——某某县财政局」, 「（某某县财政局）」.
			for k := next; k < len(ps) && k < next+3; k++ {
				n := titleText(ps[k].Text)
				if n == "" {
					continue
				}
				if o := subtitleIssuer(n); o != "" {
					issuer = o
				}
				break
			}
		}
		return t, issuer, loc, true
	}
	return "", "", Loc{}, false
}

// issuerEndings are how the names of issuing bodies end, for a subtitle that names one.
var issuerEndings = []string{"政府", "局", "委员会", "委", "办公室", "办公厅", "办", "厅", "中心", "处", "院", "街道办事处", "管委会", "所", "队", "站"}

// subtitleIssuer reads the issuer from a subtitle line 「——某某县财政局」, 「（某某县财政局）」 or
// the name alone, when it ends as the names of bodies do ("" when the line is not one).
func subtitleIssuer(n string) string {
	switch {
	case strings.HasPrefix(n, "——"), strings.HasPrefix(n, "—"), strings.HasPrefix(n, "--"):
		n = strings.TrimLeft(n, "—-")
	case (strings.HasPrefix(n, "（") && strings.HasSuffix(n, "）")) || (strings.HasPrefix(n, "(") && strings.HasSuffix(n, ")")):
		n = strings.TrimSuffix(strings.TrimSuffix(n, "）"), ")")
		n = strings.TrimPrefix(strings.TrimPrefix(n, "（"), "(")
	default:
		// The issuer alone on the line after the title.
		if _, _, _, h := sectionHeading(n); h {
			return ""
		}
	}
	n = trimSpace(n)
	if n == "" || runeLen(n) > 30 || !titleLine(n) || firstYear(n) > 0 || strings.ContainsAny(n, "《》") {
		return ""
	}
	for _, e := range issuerEndings {
		if strings.HasSuffix(n, e) {
			return n
		}
	}
	return ""
}

// tableTitle finds a title printed in a small table (one row, one or two cells) before the
// body's first large table: each line of a cell is read as a paragraph.
func tableTitle(doc *Document) (string, string, Loc, bool) {
	if doc == nil {
		return "", "", Loc{}, false
	}
	for _, b := range doc.Blocks {
		if b.Table == nil {
			continue
		}
		if len(b.Table.Rows) > 2 {
			return "", "", Loc{}, false
		}
		var ps []*Paragraph
		for _, row := range b.Table.Rows {
			if len(row) > 2 {
				return "", "", Loc{}, false
			}
			for _, c := range row {
				for _, l := range strings.Split(c.Text, "\n") {
					ps = append(ps, &Paragraph{Text: l, Loc: c.Loc})
				}
			}
		}
		if t, iss, loc, ok := findTitle(ps, len(ps)); ok {
			return t, iss, loc, true
		}
	}
	return "", "", Loc{}, false
}

// titleText is a paragraph cleaned to be read as a title: breaks and spaces inside dropped,
// book-title marks, markdown bold and a crawler's 「标题:」 removed.
func titleText(s string) string {
	s = cleanText(s)
	for _, p := range metaPrefixes {
		if strings.HasPrefix(s, p) {
			s = trimSpace(s[len(p):])
		}
	}
	// Markdown bold inside a table cell, which the text reader leaves as printed.
	s = strings.ReplaceAll(s, "**", "")
	s = strings.Map(func(r rune) rune {
		if isSpaceRune(r) || r == '\n' || r == '\r' || r == '《' || r == '》' {
			return -1
		}
		return r
	}, s)
	return s
}

// issuerOf is the title minus the year and 政府信息公开工作年度报告:
// 绥滨县连生乡人民政府2023年政府信息公开工作年度报告 → 绥滨县连生乡人民政府.
func issuerOf(title string) string {
	t := title
	if s := titleSuffix(t); s != "" {
		t = t[:strings.Index(t, s)]
	}
	rs := []rune(t)
	for i := 0; i+4 < len(rs); i++ {
		if _, ok := yearAt(rs, i); ok {
			k := skipSpaces(rs, i+4) + 1
			if k < len(rs) && rs[k] == '度' {
				k++
			}
			rs = append(rs[:i:i], rs[k:]...)
			break
		}
	}
	t = strings.TrimSpace(string(rs))
	t = strings.TrimPrefix(t, "关于")
	t = strings.TrimSuffix(t, "的")
	t = strings.TrimSuffix(t, "关于")
	return t
}

// periodKeys are how reports name the 统计期限.
var periodKeys = []string{"统计期限", "统计时限", "统计期间", "统计时间", "统计区间", "统计时段", "统计数据期限", "数据期限", "数据时限"}

// recognizePeriod reads the 统计期限 sentence: the first two dates after the key.
func recognizePeriod(r *Report) {
	for _, p := range r.Paragraphs {
		for _, k := range periodKeys {
			i := strings.Index(p.Text, k)
			if i < 0 {
				continue
			}
			rest := p.Text[i:]
			if len(rest) > 400 {
				rest = rest[:400]
			}
			ds := findDates(rest)
			if len(ds) == 1 {
				// 「自2023年1月1日起至12月31日止」: the end date borrows the start's year.
				if d, ok := monthDayAfter(rest, ds[0]); ok {
					ds = append(ds, d)
				}
			}
			if len(ds) == 0 {
				// 「统计期限为2023年度」 / 「为2023年1月至12月」 stops short of days: a year alone,
				// right after the key, is that whole calendar year.
				if y, text, ok := periodYear(rest[len(k):]); ok {
					r.Period = &Period{From: fmt.Sprintf("%d-01-01", y), To: fmt.Sprintf("%d-12-31", y), Text: k + text, Loc: p.Loc}
					r.PeriodYear = y
					return
				}
			}
			if len(ds) < 2 {
				continue
			}
			end := strings.Index(rest, ds[1].Text) + len(ds[1].Text)
			r.Period = &Period{From: ds[0].ISO(), To: ds[1].ISO(), Text: rest[:end], Loc: p.Loc}
			r.PeriodYear = ds[0].Year
			return
		}
	}
}

// periodYear reads 「为2023年度」, 「是2023年」, 「：2023年全年」 just after a period key: the
// year and the text up to it, when nothing but a verb or colon stands before it.
func periodYear(s string) (int, string, bool) {
	rs := []rune(s)
	i := 0
	for i < len(rs) && i < 4 && strings.ContainsRune("为是：: 自从", rs[i]) {
		i++
	}
	y, ok := yearAt(rs, i)
	if !ok {
		return 0, "", false
	}
	j := skipSpaces(rs, i+4)
	if j >= len(rs) || rs[j] != '年' {
		return 0, "", false
	}
	j++
	if j < len(rs) && rs[j] == '度' {
		j++
	}
	// Not the start of a span of dates with months (「2023年1月至12月」 without days is a
	// year only when it covers it all; leave those to the dates above).
	if j < len(rs) && arabicDigit(rs[j]) >= 0 {
		return 0, "", false
	}
	return y, string(rs[:j]), true
}

// metaDateKeys are the page metadata that carry a publication date, in order of trust.
var metaDateKeys = []string{"成文日期", "发文日期", "发布日期", "公开日期", "发布时间", "印发日期"}

// footerWords mark the lines of a government site's footer and page tools, which crawled
// text keeps after the report: 「主办单位：…」, 「备案号：…ICP备…」, 「网站地图」.
var footerWords = []string{"主办单位", "承办单位", "主办：", "承办：", "备案", "ICP", "网站标识码", "版权所有", "Copyright",
	"copyright", "©", "技术支持", "联系我们", "网站地图", "使用帮助", "隐私声明", "免责声明", "访问量", "浏览次数", "公网安备",
	"打印本页", "关闭窗口", "【打印】", "【关闭】", "扫一扫", "分享到"}

// siteFooter reports a short line made of a site footer's words.
func siteFooter(t string) bool {
	if runeLen(t) > 60 {
		return false
	}
	for _, w := range footerWords {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// signatureTrailers may follow the date of a 落款: 「2024年3月25日印发」, 「…（盖章）」.
var signatureTrailers = map[string]bool{"印发": true, "发布": true, "公布": true, "制发": true, "成文": true, "发": true,
	"（盖章）": true, "(盖章)": true, "盖章": true}

// dateLabel are the labels a 落款's date may carry: 「成文日期：2024年1月20日」.
var dateLabel = map[string]bool{"日期": true, "时间": true, "成文日期": true, "发文日期": true, "发布日期": true, "印发日期": true, "发布时间": true, "落款日期": true, "公开日期": true}

// sealMarks are what a 落款 prints where the seal goes: 「XX县人民政府（盖章）」.
var sealMarks = []string{"（盖章）", "(盖章)", "（印章）", "(印章)", "（公章）", "(公章)", "（章）", "(章)", "盖章"}

// withoutSeal drops the seal marks from an issuer's line.
func withoutSeal(s string) string {
	for _, m := range sealMarks {
		s = strings.ReplaceAll(s, m, "")
	}
	return cleanText(s)
}

// recognizeSignature finds the 落款 at the end: a date standing alone (or after the issuer
// on the same line, or followed by 印发/（盖章）), with the issuer on the line before.
// Failing that, a date from the page's metadata.
//
// A 落款 with the month only (「2024年1月」, 「二〇二四年一月」) is read as such: Signature.Date
// is "YYYY-MM" (the JSON "date" stays a string), Text the month as printed, Day 0. The day
// is unknown, not invalid: the date rules never call it date-invalid, and judge it only when
// the whole month decides (late when its first day is after the deadline, before the period
// end when its last day is not after it, future when its first day is after today).
func recognizeSignature(r *Report, doc *Document, preambleEnd int) {
	seen := 0
	for i := len(r.Paragraphs) - 1; i >= 0 && seen < 8; i-- {
		t := cleanText(r.Paragraphs[i].Text)
		if t == "" || siteFooter(t) {
			continue // a crawled page's footer (主办单位, 备案号 …) does not push the 落款 out
		}
		seen++
		// The signature may be one paragraph with a soft break: issuer\ndate.
		lines := strings.Split(t, "\n")
		last := cleanText(lines[len(lines)-1])
		ds := findDates(last)
		if len(ds) == 0 {
			// 「2024年1月」: a signature with the month only.
			ds = findMonths(last)
		}
		if len(ds) == 0 {
			continue
		}
		d := ds[len(ds)-1]
		rs := []rune(last)
		before := cleanText(string(rs[:d.Start]))
		after := strings.Trim(cleanText(string(rs[d.End:])), "。.")
		if signatureTrailers[after] || (titleNote(after) && runeLen(after) <= 10) {
			after = "" // 「2024年3月25日印发」, 「2024年3月25日（此件公开发布）」
		}
		if (strings.HasSuffix(before, "（") || strings.HasSuffix(before, "(")) && (after == "）" || after == ")") {
			// 「（2024年3月25日）」
			before = cleanText(strings.TrimRight(before, "（("))
			after = ""
		}
		if after != "" || runeLen(before) > 40 || strings.ContainsAny(before, "。，,；;") {
			continue
		}
		sig := &Signature{Date: d.ISO(), Text: d.Text, Year: d.Year, Month: d.Month, Day: d.Day, Loc: r.Paragraphs[i].Loc, Source: "signature"}
		before = withoutSeal(before)
		if k := strings.TrimRight(before, "：: "); k != before && dateLabel[k] {
			before = "" // 「日期：2024年1月20日」: a label, not the issuer
		}
		switch {
		case before != "":
			sig.Issuer = before
		case len(lines) > 1:
			sig.Issuer = withoutSeal(cleanText(strings.Join(lines[:len(lines)-1], "")))
		default:
			for j := i - 1; j >= 0; j-- {
				prev := withoutSeal(cleanText(r.Paragraphs[j].Text))
				if prev == "" {
					continue
				}
				if runeLen(prev) <= 40 && !strings.ContainsAny(prev, "。，,；;：:") {
					sig.Issuer = strings.ReplaceAll(prev, "\n", "")
				}
				break
			}
		}
		if sig.Issuer == "" {
			sig.Source = "body"
		}
		r.Signature = sig
		return
	}
	if sig := tableSignature(doc); sig != nil {
		r.Signature = sig
		return
	}
	meta := r.Meta
	if !hasMetaDate(meta) {
		meta = preambleMeta(r.Paragraphs)
	}
	for _, k := range metaDateKeys {
		v, ok := meta[k]
		if !ok {
			continue
		}
		ds := findDates(v)
		if len(ds) == 0 {
			continue
		}
		d := ds[0]
		r.Signature = &Signature{Issuer: metaIssuer(meta), Date: d.ISO(), Text: d.Text, Year: d.Year, Month: d.Month, Day: d.Day, Source: "meta"}
		return
	}
	r.Signature = headDate(r.Paragraphs[:min(preambleEnd, len(r.Paragraphs), 15)])
}

// headDate finds a report dated under its title instead of at the end, as documents are:
// a preamble line that is a date and nothing else, maybe in brackets or after a label
// (「（2024年1月20日）」, 「2024年1月20日」, 「成文日期：2024年1月20日」). It is the last
// resort, after the 落款, a signature table and the page's metadata.
func headDate(pre []*Paragraph) *Signature {
	for _, p := range pre {
		t := cleanText(p.Text)
		ds := findDates(t)
		if len(ds) != 1 {
			continue
		}
		d := ds[0]
		rs := []rune(t)
		before := strings.TrimLeft(cleanText(string(rs[:d.Start])), "（(【[")
		after := strings.TrimRight(cleanText(string(rs[d.End:])), "）)】]")
		if k := strings.TrimRight(before, "：: "); k != before && dateLabel[k] {
			before = ""
		}
		if before != "" || after != "" {
			continue
		}
		return &Signature{Date: d.ISO(), Text: d.Text, Year: d.Year, Month: d.Month, Day: d.Day, Loc: p.Loc, Source: "head"}
	}
	return nil
}

// tableSignature finds a 落款 laid out in a small borderless table after the body (a
// layout trick of some offices): a cell holding only a date, the issuer in a cell above it.
func tableSignature(doc *Document) *Signature {
	seen := 0
	for i := len(doc.Blocks) - 1; i >= 0 && seen < 4; i-- {
		b := doc.Blocks[i]
		if b.Para != nil {
			if cleanText(b.Para.Text) != "" {
				seen++
			}
			continue
		}
		if b.Table == nil || len(b.Table.Rows) > 4 {
			seen++
			continue
		}
		rows := b.Table.Rows
		for ri := len(rows) - 1; ri >= 0; ri-- {
			for ci := len(rows[ri]) - 1; ci >= 0; ci-- {
				c := rows[ri][ci]
				t := cleanText(c.Text)
				ds := findDates(t)
				if len(ds) == 0 {
					ds = findMonths(t)
				}
				if len(ds) != 1 || runeLen(t) > runeLen(ds[0].Text)+2 {
					continue
				}
				d := ds[0]
				sig := &Signature{Date: d.ISO(), Text: d.Text, Year: d.Year, Month: d.Month, Day: d.Day, Loc: c.Loc, Source: "signature"}
				if ri > 0 && ci < len(rows[ri-1]) {
					if iss := withoutSeal(cleanText(rows[ri-1][ci].Text)); iss != "" && runeLen(iss) <= 40 && len(findDates(iss)) == 0 {
						sig.Issuer = strings.ReplaceAll(iss, "\n", "")
					}
				}
				if sig.Issuer == "" && ci > 0 {
					// The issuer in the cell on the left, on the same row.
					if iss := withoutSeal(cleanText(rows[ri][ci-1].Text)); iss != "" && runeLen(iss) <= 40 && len(findDates(iss)) == 0 && len(findMonths(iss)) == 0 {
						sig.Issuer = strings.ReplaceAll(iss, "\n", "")
					}
				}
				if sig.Issuer == "" {
					sig.Source = "body"
				}
				return sig
			}
		}
		seen++
	}
	return nil
}

func hasMetaDate(m map[string]string) bool {
	for _, k := range metaDateKeys {
		if _, ok := m[k]; ok {
			return true
		}
	}
	return false
}

// preambleMeta reads the 「发布时间: 2024-03-08 15:34」 lines that crawled pages print above
// the body, when the reader had no metadata to give.
func preambleMeta(ps []*Paragraph) map[string]string {
	var m map[string]string
	for i, p := range ps {
		if i >= 15 {
			break
		}
		t := cleanText(p.Text)
		k := strings.IndexAny(t, ":：")
		if k <= 0 || runeLen(t[:k]) > 6 {
			continue
		}
		if m == nil {
			m = map[string]string{}
		}
		sep := 1
		if strings.HasPrefix(t[k:], "：") {
			sep = len("：")
		}
		m[trimSpace(t[:k])] = trimSpace(t[k+sep:])
	}
	return m
}

func metaIssuer(m map[string]string) string {
	for _, k := range []string{"发布机构", "发文机关", "发文单位", "来源"} {
		if v := strings.TrimSpace(m[k]); v != "" {
			return v
		}
	}
	return ""
}

// recognizeYear sets Year: the title's, else the 统计期限's, else the year the body speaks
// of most (「2023年，我乡…」), the signature excluded.
func recognizeYear(r *Report) {
	switch {
	case r.TitleYear > 0:
		r.Year = r.TitleYear
	case r.PeriodYear > 0:
		r.Year = r.PeriodYear
	default:
		r.Year = bodyYear(r)
	}
}

func bodyYear(r *Report) int {
	counts := map[int]int{}
	best, bestN := 0, 0
	for _, p := range r.Paragraphs {
		if r.Signature != nil && p.Loc == r.Signature.Loc && p.Loc != (Loc{}) {
			continue
		}
		rs := []rune(p.Text)
		for i := 0; i+4 < len(rs); i++ {
			if i > 0 && arabicDigit(rs[i-1]) >= 0 {
				continue
			}
			if y, ok := yearAt(rs, i); ok {
				counts[y]++
				if n := counts[y]; n > bestN || (n == bestN && y < best) {
					best, bestN = y, n
				}
				i += 4
			}
		}
	}
	return best
}
