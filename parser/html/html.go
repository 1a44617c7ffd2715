// Package html reads reports published as web pages into a parser.Document.
//
// Its room is the page, not the report: it decodes the page (UTF-8, GBK/GB2312/GB18030,
// UTF-16), finds the report's body among the site's navigation, resolves table merges
// (colspan/rowspan) into the same rectangular grid the .docx reader gives, and files the
// site's own metadata (发布机构, 公开日期 …) under Document.Meta. It knows nothing of 表三.
//
// Finding the report (the heuristic):
//  1. Text nodes outside links (<a href>), scripts and hidden elements that carry words
//     only a report has (总体情况, 主动公开政府信息情况, 收到和处理, 本年新收, 第二十条,
//     其他需要报告的事项 …) are markers. With two or more distinct marker words, the body is
//     the deepest element that holds them all (their lowest common ancestor). If one child
//     of it holds every marker word again, the page carries the report twice (a PC and a
//     mobile copy): the first copy is taken. If the body falls inside a data table, the
//     table's parent is taken instead, so that the text around the table is kept.
//  2. Without markers, the whole <body> is read.
//  3. Inside the body, page furniture is skipped: nav, header, footer, aside, or class/id
//     naming a menu, breadcrumb, footer, share bar … unless it holds a marker or the title;
//     page tools (【打印】【关闭】, 字号：大 中 小, 分享到, 上一篇：, 访问量：), breadcrumbs,
//     short lines made only of links, and below the report's start links named like a
//     report (相关链接 to other years' reports).
//  4. The title (a short line with 信息公开, a year and 报告/年报) usually sits just above
//     the content box; when the body does not hold one, the last such line before the body
//     (or a breadcrumb's last step) is put first, with the issuer line above it when the
//     title starts with the year. The site's title of the page (<meta name=ArticleTitle>,
//     the index table's 标题/名称, else <title> without the site's name) must agree with
//     that line, so that a sidebar list of reports written without links is not taken;
//     without a site title, a line in such a list is not taken. Failing a line, the site's
//     title is put first.
//  5. A 落款 (issuer and 年月日 date lines) in a box of its own just after the body is
//     appended to it. <meta name=PubDate> and the like go to Meta as 发布日期.
//  6. Tables and lines outside the body that pair a known metadata label with a value
//     (发布机构, 公开日期, 发布日期, 成文日期, 索引号 …; 「label：value」, label and value
//     cells, <dt>/<dd>) go to Meta; such a table or a top line inside the body goes to Meta
//     too, never to Blocks. The page <title> is Meta["title"]; documents the body links
//     to (.pdf, .docx …) are Meta["附件"], so that a page carrying the report only as an
//     attachment can be told apart from a report missing its six sections.
//
// Tables: a table whose cells hold other tables, a single column of cells (a box, a
// signature block), or no row with text in two cells (a 落款 right of an empty cell), is
// layout: its cells are read as running text, so a page wrapped in a layout table still
// yields the report's own paragraphs and tables. Data tables follow the HTML table model
// (<tfoot> last, colspan 0 or junk is 1, rowspan 0 and overlong rowspans stop at the
// end of the row group); hidden rows and cells and Word's zero-height column-width row are
// dropped.
//
// Text: whitespace is collapsed as a browser shows it, a source line break between two
// Chinese characters vanishes, NBSP and U+3000 are trimmed at the ends. Outside tables a
// <br> starts a new paragraph (many CMS pages have no <p> at all), except inside headings;
// inside a cell, <p>, <div> and <br> become "\n". A bold run (<strong>, <b>, a span
// styled font-weight:bold) that opens a paragraph and reads as a section heading
// (<p><strong>五、存在的主要问题及改进情况</strong>存在的…</p>) is a paragraph of its
// own: the bold is the only mark of where the heading ends.
package html

import (
	"errors"
	"fmt"
	"math/bits"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/width"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// Read parses an HTML page into a Document (Input "html").
// It never panics: a page it cannot read gives an error.
func Read(data []byte, lim parser.Limits) (doc *parser.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("html: internal error reading page: %v", r)
		}
	}()
	lim = lim.WithDefaults()
	if int64(len(data)) > lim.MaxFileBytes {
		return nil, fmt.Errorf("html: page is %d bytes, more than the limit of %d (网页文件过大)", len(data), lim.MaxFileBytes)
	}
	text, _, err := decode(data)
	if err != nil {
		return nil, fmt.Errorf("html: %w", err)
	}
	root, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return nil, fmt.Errorf("html: parse page: %w", err)
	}
	if d := maxDepth(root, lim.MaxDepth); d > lim.MaxDepth {
		return nil, fmt.Errorf("html: elements nested deeper than %d levels (网页嵌套层数过多)", lim.MaxDepth)
	}
	r := &reader{lim: lim, meta: map[string]string{}}
	return r.read(root)
}

// ErrLimit is wrapped by errors that come from a parser.Limits cap.
var ErrLimit = errors.New("limit exceeded")

// maxDepth returns the nesting depth of the tree, stopping early once it passes limit.
func maxDepth(n *html.Node, limit int) int {
	type item struct {
		n *html.Node
		d int
	}
	stack := []item{{n, 0}}
	best := 0
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if it.d > best {
			best = it.d
			if best > limit {
				return best
			}
		}
		for c := it.n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, item{c, it.d + 1})
		}
	}
	return best
}

type reader struct {
	lim    parser.Limits
	meta   map[string]string
	tables int
	cells  int
	// metaTables are tables recognised as the site's metadata, skipped in the body.
	metaTables map[*html.Node]bool
}

func (r *reader) read(root *html.Node) (*parser.Document, error) {
	r.metaTables = map[*html.Node]bool{}
	if t := findFirst(root, atom.Title); t != nil {
		if s := cleanLine(textOf(t)); s != "" {
			r.meta["title"] = s
		}
	}
	body := findFirst(root, atom.Body)
	if body == nil {
		body = root
	}
	// Some sites keep the report's text in a hidden box (shown by a script, or printed
	// while a PDF viewer is on screen). When nothing visible reads as a report but hidden
	// text does, read the hidden text as if shown.
	if markerWordsIn(body) < 2 && countMarkerWords(textOf(body)) >= 2 {
		unhide(body)
	}
	r.findMetaTables(body)

	content := findContent(body)

	// Body blocks.
	e := &emitter{r: r, inContent: true}
	if err := e.walk(content, false); err != nil {
		return nil, err
	}
	e.flush()

	// Outside the body: collect paragraphs before and after, for the title and metadata.
	out := &outsideCollector{}
	if content != body {
		oe := &emitter{r: r, skip: content, onSkip: func() { out.passed = true }}
		oe.sink = func(p para) {
			if out.passed {
				out.after = append(out.after, p)
			} else {
				out.before = append(out.before, p)
			}
		}
		if err := oe.walk(body, false); err != nil {
			return nil, err
		}
		oe.flush()
	}
	for _, p := range append(append([]para(nil), out.before...), out.after...) {
		if !r.metaFromLine(p.text) && !p.linkOnly {
			r.metaFromPrefix(p.text)
		}
	}
	// dt/dd style: a paragraph that is just a label, then its value.
	metaFromPairs(r.meta, out.before)
	metaFromPairs(r.meta, out.after)

	// The head's metadata counts only where the page itself printed none.
	r.headMeta(root)

	blocks := e.blocks
	// The site's own title of the page (ArticleTitle or the index table's 标题/名称, else
	// <title>), when it names a report. A line above the body is taken for the title
	// only if it agrees with it (one holds the other), so that a sidebar of other
	// reports is not; the site's title is taken instead when it adds the issuer before a
	// line 「2023年…报告」, or when no line agrees.
	var known string
	for _, k := range []string{"标题", "名称", "信息名称", "title"} {
		if known = pageTitle(r.meta[k]); known != "" {
			break
		}
	}
	if !hasTitle(blocks) {
		for i := len(out.before) - 1; i >= 0; i-- {
			p := out.before[i]
			if tail, ok := crumbTail(p.text); ok {
				// A breadcrumb ending in the title: the title alone.
				p.text = tail
			}
			if p.linkOnly || !isTitle(p.text) {
				continue
			}
			listed := func(j int) bool {
				return j >= 0 && j < len(out.before) && !out.before[j].linkOnly && isTitle(out.before[j].text)
			}
			if known == "" && (listed(i-1) || listed(i+1)) {
				// One of a list of reports (a sidebar of other years' or other
				// bodies' reports), with nothing to tell which, if any, is this one.
				continue
			}
			if known != "" {
				k, t := squeeze(known), squeeze(p.text)
				if !strings.Contains(k, t) && !strings.Contains(t, k) {
					continue
				}
				if len(k) > len(t) && strings.HasSuffix(k, t) && yearFirst().MatchString(t) {
					break // the site's title, below
				}
			}
			blocks = append([]block{{para: p.text}}, blocks...)
			// 「2023年政府信息公开工作年度报告」 under an issuer line of its own.
			if i > 0 && yearFirst().MatchString(p.text) {
				q := out.before[i-1]
				if !q.linkOnly && len([]rune(q.text)) <= 40 && !strings.ContainsAny(q.text, "。，,；;：:") {
					blocks = append([]block{{para: q.text}}, blocks...)
				}
			}
			break
		}
	}
	if !hasTitle(blocks) && known != "" {
		// The site's title of the page (the <title> minus the site's name).
		blocks = append([]block{{para: known}}, blocks...)
	}
	blocks = append(blocks, signatureAfter(blocks, out.after)...)

	// Documents the report's box links to (the report itself as a .pdf or .docx, when
	// the page carries nothing else), under the label sites give them.
	if as := attachments(content); len(as) > 0 {
		r.meta[MetaAttachments] = strings.Join(as, "；")
	}
	doc := &parser.Document{Input: parser.InputHTML}
	if len(r.meta) > 0 {
		doc.Meta = r.meta
	}
	n := 0
	for _, b := range blocks {
		if b.table == nil {
			n++
			doc.Blocks = append(doc.Blocks, parser.Block{Para: &parser.Paragraph{Text: b.para, Loc: parser.Loc{Para: n}}})
			continue
		}
		t := b.table
		t.number(&n)
		doc.Blocks = append(doc.Blocks, parser.Block{Table: t.out})
	}
	return doc, nil
}

// outsideCollector keeps the paragraphs before and after the body, for the title and the
// page's metadata lines.
type outsideCollector struct {
	before, after []para
	passed        bool
}

// block is a paragraph text or a table under construction.
type block struct {
	para  string
	table *gridTable
}

// para is a paragraph as the emitter found it.
type para struct {
	text string
	// linkOnly is true when every character came from inside <a> (menus, lists of links).
	linkOnly bool
}

// titleRe: a year and 报告/年报 in either order (「2023年政府信息公开工作年度报告」,
// 「政府信息公开工作2023年度报告」, 「政府信息公开年报（2023年）」).
var titleRe = lazyRegexp(`(19|20)\d{2}\s*年.*(报告|年报)|(报告|年报).*(19|20)\d{2}`)

// signDate is a 落款 date line alone: 2024年1月20日, 二〇二四年一月二十日.
var signDate = lazyRegexp(`^\s*(\d{4}|[〇○零OＯ一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日\s*$`)

// signatureAfter returns the 落款 (the issuer and date lines) when the page prints it in
// a box of its own just after the body (<div class="sign">), which the body, the deepest
// element holding the report's words, leaves out; nothing when the body ends with a
// date line already.
func signatureAfter(body []block, after []para) []block {
	for i, k := len(body)-1, 0; i >= 0 && k < 4; i-- {
		if body[i].table != nil {
			break
		}
		if signDate().MatchString(width.Fold.String(body[i].para)) {
			return nil
		}
		k++
	}
	var out []block
	for i, p := range after {
		if i >= 3 || p.linkOnly {
			break
		}
		if signDate().MatchString(width.Fold.String(p.text)) {
			return append(out, block{para: p.text})
		}
		if len([]rune(p.text)) > 40 || strings.ContainsAny(p.text, "。，,；;：:") {
			break
		}
		out = append(out, block{para: p.text})
	}
	return nil
}

// squeeze drops white space, so that titles compare whatever their spacing.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u3000' || r == '\u00a0' {
			return -1
		}
		return r
	}, s)
}

var yearFirst = lazyRegexp(`^\s*(19|20)\d{2}\s*年`)

func isTitle(s string) bool {
	n := len([]rune(s))
	// A title is not a sentence.
	return n >= 8 && n <= 80 && titleRe().MatchString(s) && strings.Contains(s, "信息公开") && !strings.ContainsAny(s, "。，,；;")
}

var titleSeparators = lazyRegexp(`\s*(?:[-_|｜—–]|--)\s*`)

// pageTitle returns the report title from a <title> such as
// 「某局2023年政府信息公开工作年度报告-某某县人民政府」, or "".
func pageTitle(s string) string {
	for _, part := range titleSeparators().Split(s, -1) {
		if isTitle(part) {
			return part
		}
	}
	return ""
}

func hasTitle(bs []block) bool {
	for i, b := range bs {
		if i > 5 {
			break
		}
		if b.table == nil && isTitle(b.para) {
			return true
		}
	}
	return false
}

// ---- finding the report ------------------------------------------------------------

// markerWords are words only the report itself prints (headings, table labels).
var markerWords = []string{
	"总体情况", "主动公开政府信息情况", "收到和处理", "行政复议、行政诉讼", "行政复议和提起行政诉讼",
	"存在的主要问题", "其他需要报告的事项", "本年新收", "上年结转", "第二十条第", "结转下年度",
	"统计期限", "统计时限", "本年制发件数", "予以公开", "申请人情况",
}

func findContent(body *html.Node) *html.Node {
	var markers []*html.Node
	// One pass records, for every element, the marker words of its subtree (what
	// markerWordsIn would count), so descending below does not walk subtrees again.
	masks := map[*html.Node]uint32{}
	var visit func(n *html.Node) uint32
	visit = func(n *html.Node) uint32 {
		if n.Type == html.ElementNode && (skipElement(n) || isLink(n)) {
			return 0
		}
		if n.Type == html.TextNode {
			m := markerMask(n.Data)
			if m != 0 {
				markers = append(markers, n)
			}
			return m
		}
		var m uint32
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			m |= visit(c)
		}
		if n.Type == html.ElementNode {
			masks[n] = m
		}
		return m
	}
	all := bits.OnesCount32(visit(body))
	if all < 2 {
		return body
	}
	lca := markers[0].Parent
	for _, m := range markers[1:] {
		lca = commonAncestor(lca, m)
	}
	if lca == nil {
		return body
	}
	// A page that carries the report twice (a PC and a mobile copy, one hidden by a
	// stylesheet we do not read): while one child holds every marker word, take it,
	// the first copy.
	for {
		var next *html.Node
		for c := lca.FirstChild; c != nil && next == nil; c = c.NextSibling {
			if c.Type == html.ElementNode && !skipElement(c) && bits.OnesCount32(masks[c]) >= all {
				next = c
			}
		}
		if next == nil {
			break
		}
		lca = next
	}
	// Inside a data table (one without nested tables): take the table's parent, so the
	// paragraphs around the table belong to the body too.
	for a := lca; a != nil && a != body; a = a.Parent {
		if a.DataAtom == atom.Table {
			if !hasDescendant(a, atom.Table) {
				lca = a.Parent
			}
			break
		}
	}
	if lca == nil {
		return body
	}
	return lca
}

func commonAncestor(a, b *html.Node) *html.Node {
	anc := map[*html.Node]bool{}
	for x := a; x != nil; x = x.Parent {
		anc[x] = true
	}
	for y := b; y != nil; y = y.Parent {
		if anc[y] {
			return y
		}
	}
	return nil
}

// isLink: an <a> with an href. Word exports bookmarks on headings as <a name=_Toc…>
// around the heading text; those are the report's own text, not navigation.
func isLink(n *html.Node) bool {
	if n.DataAtom != atom.A {
		return false
	}
	for _, a := range n.Attr {
		if a.Key == "href" {
			return true
		}
	}
	return false
}

func hasDescendant(n *html.Node, a atom.Atom) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == a || hasDescendant(c, a)) {
			return true
		}
	}
	return false
}

func findFirst(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findFirst(c, a); f != nil {
			return f
		}
	}
	return nil
}

// textOf returns the raw text under n (scripts and styles excluded).
func textOf(n *html.Node) string {
	var b strings.Builder
	var f func(*html.Node)
	f = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			return
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			f(c)
		}
	}
	f(n)
	return b.String()
}

// skipElement says whether an element never holds report text: scripts, styles, forms'
// widgets, media, hidden elements.
func skipElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.Title,
		atom.Iframe, atom.Object, atom.Embed, atom.Svg, atom.Math, atom.Canvas, atom.Audio,
		atom.Video, atom.Select, atom.Option, atom.Button, atom.Input, atom.Textarea, atom.Img,
		atom.Map, atom.Link, atom.Meta:
		return true
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "style":
			if !strings.Contains(a.Val, "none") && !strings.Contains(a.Val, "hidden") &&
				!strings.Contains(a.Val, "NONE") && !strings.Contains(a.Val, "HIDDEN") {
				continue
			}
			s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// furniture matches class or id values of page furniture (menus, footers, share bars).
var furniture = lazyRegexp(`(?i)(^|[^a-z])(nav|navbar|menu|breadcrumb|crumbs?|footer|foot|header|topbar|sidebar|banner|share|copyright|position|location|dqwz|weizhi)([^a-z]|$)`)

func isFurniture(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Nav, atom.Header, atom.Footer, atom.Aside:
		return true
	}
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && furniture().MatchString(a.Val) {
			return true
		}
	}
	return false
}

// markerWordsIn counts the distinct marker words in n's text outside links. A word
// counts when one text node holds it (it used to be searched for in the nodes' texts
// joined with NUL separators, which is the same thing, at the cost of building the
// whole text).
func markerWordsIn(n *html.Node) int {
	var f func(*html.Node) uint32
	f = func(n *html.Node) uint32 {
		if n.Type == html.TextNode {
			return markerMask(n.Data)
		}
		if n.Type == html.ElementNode && (skipElement(n) || isLink(n)) {
			return 0
		}
		var m uint32
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			m |= f(c)
		}
		return m
	}
	return bits.OnesCount32(f(n))
}

// markerMask has bit i set when s holds markerWords[i]. The words are all Chinese: a
// text without a multi-byte character (white space between tags, most of a page's
// text nodes) holds none.
func markerMask(s string) uint32 {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return 0
	}
	var m uint32
	for i, w := range markerWords {
		if strings.Contains(s, w) {
			m |= 1 << i
		}
	}
	return m
}

// holdsTitle: a box whose text carries the report's title (class names like
// "article-header" must not cost us the title).
func holdsTitle(n *html.Node) bool {
	s := textOf(n)
	return len(s) < 4000 && titleRe().MatchString(s) && strings.Contains(s, "信息公开")
}

func countMarkerWords(s string) int {
	k := 0
	for _, w := range markerWords {
		if strings.Contains(s, w) {
			k++
		}
	}
	return k
}

// unhide drops what hides elements (the hidden attribute, display:none and
// visibility:hidden in style) from the tree, which belongs to this Read call alone.
func unhide(n *html.Node) {
	if n.Type == html.ElementNode {
		attrs := n.Attr[:0]
		for _, a := range n.Attr {
			if a.Key == "hidden" {
				continue
			}
			if a.Key == "style" {
				a.Val = hiddenStyle().ReplaceAllString(a.Val, "")
			}
			attrs = append(attrs, a)
		}
		n.Attr = attrs
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		unhide(c)
	}
}

var hiddenStyle = lazyRegexp(`(?i)(display\s*:\s*none|visibility\s*:\s*hidden)`)

func hasMarker(n *html.Node) bool {
	s := textOf(n)
	k := 0
	for _, w := range markerWords {
		if strings.Contains(s, w) {
			k++
		}
	}
	return k > 0
}

// ---- running text -------------------------------------------------------------------

// blockAtoms break paragraphs.
var blockAtoms = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Center: true, atom.Dd: true, atom.Details: true, atom.Dialog: true, atom.Dir: true,
	atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true,
	atom.Hgroup: true, atom.Hr: true, atom.Li: true, atom.Main: true, atom.Menu: true,
	atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true,
	atom.Summary: true, atom.Table: true, atom.Ul: true, atom.Tr: true, atom.Td: true,
	atom.Th: true, atom.Caption: true, atom.Body: true, atom.Html: true, atom.Tbody: true,
	atom.Thead: true, atom.Tfoot: true, atom.Legend: true,
}

// emitter walks the tree and cuts running text into paragraphs and tables.
type emitter struct {
	r *reader
	// inContent: paragraphs go to blocks; furniture is skipped.
	inContent bool
	blocks    []block
	// sink, when set, receives paragraphs instead of blocks (outside the body).
	sink func(para)
	// skip is a subtree not to enter (the body, when collecting what is outside it);
	// onSkip is called when the walk passes it.
	skip   *html.Node
	onSkip func()
	// cell mode: paragraphs of one table cell (<br> gives a new line, not a new paragraph).
	cell      bool
	cellParas []string

	buf        strings.Builder
	bufNonLink bool
	pre        bool
	heading    int
	// bold counts open <strong>/<b>; plainSeen says the paragraph so far has text outside
	// them; splitHeading is set when a bold run that opens the paragraph reads as a
	// section heading (「<strong>五、存在的主要问题及改进情况</strong>存在的主要问题：…」):
	// the text after it starts a paragraph of its own, unless it goes on with punctuation.
	bold         int
	plainSeen    bool
	splitHeading bool
	// listMark is a list item's marker (「一、」) waiting for the item's first text.
	listMark string
}

func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

func (e *emitter) flush() {
	raw := e.buf.String()
	nonLink := e.bufNonLink
	e.buf.Reset()
	e.bufNonLink = false
	e.plainSeen, e.splitHeading = false, false
	if e.cell {
		e.cellParas = append(e.cellParas, cleanLine(raw))
		return
	}
	s := cleanLine(raw)
	if s == "" {
		return
	}
	if e.sink != nil {
		e.sink(para{text: s, linkOnly: !nonLink})
		return
	}
	if e.inContent && e.r.metaLine(s, len(e.blocks) == 0 || onlyTitleBefore(e.blocks)) {
		return
	}
	if e.inContent && isPageTool(s, !nonLink) {
		return
	}
	if e.inContent && !nonLink && isTitle(s) && len(e.blocks) > 0 && !onlyTitleBefore(e.blocks) {
		// A link named like a report below the report's start: 「相关链接」 to other
		// years' reports, not a title.
		return
	}
	if _, ok := crumbTail(s); ok && e.inContent {
		// A breadcrumb inside the body (kept because it ends in the title).
		return
	}
	e.blocks = append(e.blocks, block{para: s})
}

// pageTool matches the page's own tools printed inside an article box: 【打印】【关闭】,
// 字号：大 中 小, 分享到, 上一篇：/下一篇：(the neighbouring articles, often other years'
// reports), 相关链接：, 访问量：1024, 【责任编辑：某某】 …. A bracket holding 、 or a colon is not a tool but a heading
// (【一、总体情况】), which some sites print in brackets.
var pageTool = lazyRegexp(`^(\s*【[^】、：:]{1,10}】\s*)+$|^(字号|字体)\s*[：:]?\s*[【\[]?\s*大|^分享到|^(扫一扫|打印本页|关闭窗口|返回顶部)|^(上一篇|下一篇|上一条|下一条)\s*[：:]|^(相关链接|相关文章|相关阅读|相关信息|相关文件|相关稿件|相关新闻|相关报道)\s*[：:]?$|^(访问量|浏览量|浏览次数|阅读次数|点击数|点击量|访问次数)\s*[：:]\s*\d+\s*(次)?$|^[【\[]?\s*(责任编辑|编辑|审核|校对)\s*[：:][^】\]]{0,12}[】\]]?$`)

// isPageTool says whether a paragraph of the body is page furniture: a page tool, or a
// short line made only of links (「上一篇」「下一篇」, a site's name).
func isPageTool(s string, linkOnly bool) bool {
	if pageTool().MatchString(s) {
		return true
	}
	return linkOnly && len([]rune(s)) <= 40 && !isTitle(s)
}

// crumbPrefix opens a breadcrumb line (「当前位置：首页 > 政务公开 > …」, 「首页 > …」).
var crumbPrefix = lazyRegexp(`^(当前位置|您的位置|您现在的位置|您当前的位置|你的位置|你现在的位置|所在位置|当前页面)\s*[：:]|^(网站)?首页\s*(>|＞|»|›|→)`)

// crumbSep separates a breadcrumb's steps.
var crumbSep = lazyRegexp(`\s*(?:>|＞|»|›|→|>>)\s*`)

// crumbTail says whether s is a breadcrumb, and returns its last step (often the page's
// title, sometimes cut short or only 正文).
func crumbTail(s string) (string, bool) {
	if !crumbPrefix().MatchString(s) {
		return "", false
	}
	parts := crumbSep().Split(s, -1)
	return strings.TrimSpace(parts[len(parts)-1]), true
}

func onlyTitleBefore(bs []block) bool {
	for _, b := range bs {
		if b.table != nil || !isTitle(b.para) {
			return false
		}
	}
	return true
}

func (e *emitter) walk(n *html.Node, inLink bool) error {
	switch n.Type {
	case html.TextNode:
		s := n.Data
		if e.pre && strings.Contains(s, "\n") {
			lines := strings.Split(s, "\n")
			for i, l := range lines {
				if i > 0 {
					e.flush()
				}
				e.write(l, inLink)
			}
			return nil
		}
		e.write(s, inLink)
		return nil
	case html.CommentNode, html.DoctypeNode:
		return nil
	case html.ElementNode:
		if n == e.skip {
			e.flush()
			if e.onSkip != nil {
				e.onSkip()
			}
			return nil
		}
		if skipElement(n) {
			return nil
		}
		if e.inContent && !e.cell && isFurniture(n) && !hasMarker(n) && !holdsTitle(n) {
			return nil
		}
		switch n.DataAtom {
		case atom.Br:
			// A break inside a heading only wraps a long title: keep the title whole.
			if e.heading == 0 {
				e.flush()
			}
			return nil
		case atom.Table:
			return e.table(n, inLink)
		case atom.A:
			if isLink(n) {
				inLink = true
			}
		}
		isBlock := blockAtoms[n.DataAtom]
		if isBlock {
			e.flush()
		}
		if n.DataAtom == atom.Li {
			// The number a browser prints before the item (UEditor numbers section
			// headings with <ol style="list-style-type:cjk-ideographic">: 一、总体情况).
			// It goes before the item's first text, which may sit in a <p> of its own.
			e.listMark = listMarker(n)
			defer func() { e.listMark = "" }()
		}
		wasPre := e.pre
		if n.DataAtom == atom.Pre {
			e.pre = true
		}
		heading := isHeading(n.DataAtom)
		if heading {
			e.heading++
		}
		bold := isBold(n)
		if bold {
			e.bold++
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if err := e.walk(c, inLink); err != nil {
				return err
			}
		}
		e.pre = wasPre
		if heading {
			e.heading--
		}
		if bold {
			e.bold--
			if e.bold == 0 && !e.cell && e.heading == 0 && !e.plainSeen && leadHeading().MatchString(cleanLine(e.buf.String())) {
				e.splitHeading = true
			}
		}
		if isBlock {
			e.flush()
		}
		return nil
	default: // DocumentNode
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if err := e.walk(c, inLink); err != nil {
				return err
			}
		}
	}
	return nil
}

// listMarker returns the marker a browser prints before an item of an ordered list in
// Chinese numerals (list-style-type: cjk-ideographic, 「一、」), counting from the list's
// start; other lists give "" (their markers are not report numbering).
func listMarker(li *html.Node) string {
	ol := li.Parent
	if ol == nil || ol.DataAtom != atom.Ol {
		return ""
	}
	cjk := false
	for _, a := range ol.Attr {
		if a.Key == "style" && strings.Contains(strings.ReplaceAll(strings.ToLower(a.Val), " ", ""), "list-style-type:cjk-ideographic") {
			cjk = true
		}
	}
	if !cjk {
		return ""
	}
	k := spanAttr(ol, "start", 1)
	for c := ol.FirstChild; c != nil && c != li; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Li {
			k++
		}
	}
	if k < 1 || k > 99 {
		return ""
	}
	return cjkNumeral(k) + "、"
}

// cjkNumeral writes 1–99 in Chinese numerals as a list marker does (十一, 二十).
func cjkNumeral(k int) string {
	digits := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case k < 10:
		return digits[k]
	case k < 20:
		return "十" + digits[k%10]
	default:
		return digits[k/10] + "十" + digits[k%10]
	}
}

// boldWeight matches a bold font-weight in a style attribute.
var boldWeight = lazyRegexp(`(?i)font-weight\s*:\s*(bold|bolder|[6-9]00)\b`)

// isBold: <strong>, <b>, or an element styled bold (UEditor writes
// <span style="font-weight: bold;">).
func isBold(n *html.Node) bool {
	if n.DataAtom == atom.Strong || n.DataAtom == atom.B {
		return true
	}
	for _, a := range n.Attr {
		if a.Key == "style" && strings.Contains(strings.ToLower(a.Val), "font-weight") && boldWeight().MatchString(a.Val) {
			return true
		}
	}
	return false
}

// leadHeading: a section heading of the report's top level (一、… 第一部分 …, maybe in
// 【】), short and not a sentence.
var leadHeading = lazyRegexp(`^【?(第[一二三四五六七八九十]{1,2}(部分|章)\s*|[一二三四五六七八九十]{1,2}\s*[、．.]\s*)\p{Han}[^。；;，,：:]{1,40}$`)

func (e *emitter) write(s string, inLink bool) {
	if s == "" {
		return
	}
	if e.splitHeading {
		if t := strings.TrimLeft(s, " \t\r\n\f\u00a0\u3000"); t != "" {
			e.splitHeading = false
			if r, _ := utf8.DecodeRuneInString(t); !unicode.IsPunct(r) {
				e.flush()
			}
		}
	}
	if e.listMark != "" && strings.TrimSpace(s) != "" {
		e.buf.WriteString(e.listMark)
		e.listMark = ""
	}
	if e.bold == 0 && strings.TrimSpace(s) != "" {
		e.plainSeen = true
	}
	e.buf.WriteString(s)
	if !inLink && strings.TrimSpace(s) != "" {
		e.bufNonLink = true
	}
}

// table emits a data table as a grid, or walks a layout table's cells as running text.
func (e *emitter) table(n *html.Node, inLink bool) error {
	e.flush()
	rows, ends := tableRowGroups(n)
	if isLayoutTable(n, rows) || e.cell {
		// In a cell, a nested table's text becomes the cell's text: a grid cannot hold a grid.
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if err := e.walk(c, inLink); err != nil {
				return err
			}
		}
		e.flush()
		return nil
	}
	if e.r.metaTables[n] {
		return nil
	}
	if e.sink != nil {
		// Outside the body, tables are only read for metadata (done already).
		return nil
	}
	// Caption first, as a paragraph.
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Caption {
			if err := e.walk(c, inLink); err != nil {
				return err
			}
		}
	}
	g, err := e.r.buildGrid(rows, ends)
	if err != nil {
		return err
	}
	if g == nil {
		return nil
	}
	e.blocks = append(e.blocks, block{table: g})
	return nil
}

// isLayoutTable: a table whose cells hold tables, or a single column of cells (a box, a
// signature block set in a borderless table), is layout, not data: the report's tables
// all have several columns.
//
// So is a table none of whose rows has two cells with text: a 落款 set right with an
// empty cell on its left (issuer and date in one cell), a box beside a spacer column.
// Every row of a report table has a label and a figure, or several labels.
func isLayoutTable(n *html.Node, rows [][]*html.Node) bool {
	oneColumn, oneText := true, true
	for _, r := range rows {
		if len(r) > 1 {
			oneColumn = false
		}
		texts := 0
		for _, c := range r {
			if hasDescendant(c, atom.Table) {
				return true
			}
			if spanAttr(c, "colspan", 1) > 1 {
				oneColumn = false
			}
			if strings.TrimFunc(textOf(c), func(r rune) bool { return unicode.IsSpace(r) || r == '\u00a0' || r == '\u3000' }) != "" {
				texts++
			}
		}
		if texts > 1 {
			oneText = false
		}
	}
	return oneColumn || oneText && len(rows) > 0
}

// tableRows returns the table's own rows (tr) and their cells (td/th), not those of
// nested tables.
func tableRows(t *html.Node) [][]*html.Node {
	rows, _ := tableRowGroups(t)
	return rows
}

// tableRowGroups also returns, for each row, the end (one past the last row) of its row
// group (thead, tbody, tfoot): HTML stops a rowspan at the end of its group.
func tableRowGroups(t *html.Node) ([][]*html.Node, []int) {
	var rows [][]*html.Node
	var ends []int
	addRow := func(tr *html.Node) {
		if skipElement(tr) || ghostRow(tr) {
			return
		}
		var cells []*html.Node
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) && !skipElement(c) {
				cells = append(cells, c)
			}
		}
		rows = append(rows, cells)
	}
	closeGroup := func(start int) {
		for i := start; i < len(rows); i++ {
			ends = append(ends, len(rows))
		}
	}
	group := func(g *html.Node) {
		start := len(rows)
		for r := g.FirstChild; r != nil; r = r.NextSibling {
			if r.Type == html.ElementNode && r.DataAtom == atom.Tr {
				addRow(r)
			}
		}
		closeGroup(start)
	}
	// A <tfoot> is drawn below the body wherever the source puts it (HTML 4 wanted it
	// before <tbody>): its rows come last, as on screen.
	var feet []*html.Node
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.Tr:
			start := len(rows)
			addRow(c)
			closeGroup(start)
		case atom.Tfoot:
			feet = append(feet, c)
		case atom.Tbody, atom.Thead:
			group(c)
		}
	}
	for _, f := range feet {
		group(f)
	}
	return rows, ends
}

// ghostRow tells Word's "save as web page" column-width row (<tr height=0> of empty,
// borderless cells, inside <![if !supportMisalignedColumns]>) from a real row: it has
// zero height and no text. A real blank row (表四 left empty) has a height.
func ghostRow(tr *html.Node) bool {
	zero := false
	for _, a := range tr.Attr {
		v := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
		if (a.Key == "height" && (v == "0" || v == "0px")) || (a.Key == "style" && (strings.Contains(v, "height:0;") || strings.HasSuffix(v, "height:0") || strings.Contains(v, "height:0px") || strings.Contains(v, "height:0pt"))) {
			zero = true
		}
	}
	return zero && strings.TrimSpace(strings.ReplaceAll(textOf(tr), "\u00a0", "")) == ""
}

// cellText reads one cell: its paragraphs (p, div, br …) joined with "\n", empty ones
// dropped. It also returns how many paragraphs the cell has (at least one), for Loc.
func (r *reader) cellText(td *html.Node) (string, int) {
	ce := &emitter{r: r, cell: true}
	for c := td.FirstChild; c != nil; c = c.NextSibling {
		_ = ce.walk(c, false)
	}
	ce.flush()
	var lines []string
	for _, p := range ce.cellParas {
		if p != "" {
			lines = append(lines, p)
		}
	}
	k := len(lines)
	if k == 0 {
		k = 1
	}
	return strings.Join(lines, "\n"), k
}

// ---- grids --------------------------------------------------------------------------

// gridTable is a table being built; paras[r][c] is how many paragraphs the cell at its
// origin has, so that Loc.Para can be numbered in reading order once blocks are final.
type gridTable struct {
	out   *parser.Table
	paras [][]int
}

// number sets Loc.Para of every cell (covered slots take their origin's), counting each
// origin cell's paragraphs, row by row.
func (g *gridTable) number(n *int) {
	rows := g.out.Rows
	first := true
	for i := range rows {
		for j := range rows[i] {
			c := &rows[i][j]
			if c.OriginRow != i || c.OriginCol != j {
				continue
			}
			c.Loc = parser.Loc{Para: *n + 1}
			if first {
				g.out.Loc = c.Loc
				first = false
			}
			*n += g.paras[i][j]
		}
	}
	for i := range rows {
		for j := range rows[i] {
			c := &rows[i][j]
			if c.OriginRow != i || c.OriginCol != j {
				c.Loc = rows[c.OriginRow][c.OriginCol].Loc
			}
		}
	}
}

// maxSpan caps colspan and rowspan values as browsers do (HTML: 1000 and 65534).
const (
	maxColspan = 1000
	maxRowspan = 65534
)

func spanAttr(n *html.Node, key string, def int) int {
	for _, a := range n.Attr {
		if a.Key != key {
			continue
		}
		v := strings.TrimSpace(a.Val)
		// Browsers read the leading digits ("2px" is 2).
		end := 0
		for end < len(v) && v[end] >= '0' && v[end] <= '9' {
			end++
		}
		if end == 0 {
			return def
		}
		k, err := strconv.Atoi(v[:end])
		if err != nil {
			return def
		}
		return k
	}
	return def
}

// buildGrid lays the cells out by the HTML table model: each cell takes the first free
// slot of its row, colspan and rowspan reserve slots; colspan 0 or junk counts as 1,
// rowspan 0 runs to the end of the row group (thead, tbody, tfoot), a rowspan beyond
// the group's last row is cut there.
// Rows come out of equal length; a covered slot repeats its origin's text.
func (r *reader) buildGrid(rows [][]*html.Node, ends []int) (*gridTable, error) {
	// Drop rows without cells that no rowspan reaches into: they are not rows at all.
	nrows := len(rows)
	if nrows == 0 {
		return nil, nil
	}
	grid := make([][]slot, nrows)
	type origin struct {
		text  string
		paras int
	}
	origins := map[[2]int]origin{}
	width := 0
	for i, cells := range rows {
		col := 0
		for _, td := range cells {
			for col < len(grid[i]) && grid[i][col].set {
				col++
			}
			cs := spanAttr(td, "colspan", 1)
			if cs < 1 {
				cs = 1
			}
			if cs > maxColspan {
				cs = maxColspan
			}
			rs := spanAttr(td, "rowspan", 1)
			end := nrows
			if i < len(ends) {
				end = ends[i]
			}
			if rs == 0 || rs > end-i {
				rs = end - i
			}
			if rs < 1 {
				rs = 1
			}
			if col+cs > width {
				width = col + cs
			}
			r.cells += cs * rs
			if r.cells > r.lim.MaxCells {
				return nil, fmt.Errorf("html: more than %d table cells (%w; 表格单元格过多)", r.lim.MaxCells, ErrLimit)
			}
			text, k := r.cellText(td)
			origins[[2]int{i, col}] = origin{text, k}
			for dr := 0; dr < rs; dr++ {
				row := grid[i+dr]
				for len(row) < col+cs {
					row = append(row, slot{})
				}
				for dc := 0; dc < cs; dc++ {
					if !row[col+dc].set {
						row[col+dc] = slot{true, i, col}
					}
				}
				grid[i+dr] = row
			}
			col += cs
		}
	}
	if width == 0 {
		return nil, nil
	}
	r.tables++
	if r.tables > r.lim.MaxTables {
		return nil, fmt.Errorf("html: more than %d tables (%w; 表格过多)", r.lim.MaxTables, ErrLimit)
	}
	if nrows*width > r.lim.MaxCells {
		return nil, fmt.Errorf("html: table of %d×%d cells is over the limit of %d (%w; 表格单元格过多)", nrows, width, r.lim.MaxCells, ErrLimit)
	}
	out := &parser.Table{Rows: make([][]parser.Cell, 0, nrows)}
	paras := make([][]int, 0, nrows)
	for i := 0; i < nrows; i++ {
		if len(rows[i]) == 0 && rowUncovered(grid[i]) {
			continue
		}
		out.Rows = append(out.Rows, make([]parser.Cell, width))
		paras = append(paras, make([]int, width))
	}
	// Row indexes shift when empty rows are dropped.
	newIndex := make([]int, nrows)
	k := 0
	for i := 0; i < nrows; i++ {
		newIndex[i] = k
		if !(len(rows[i]) == 0 && rowUncovered(grid[i])) {
			k++
		}
	}
	for i := 0; i < nrows; i++ {
		if len(rows[i]) == 0 && rowUncovered(grid[i]) {
			continue
		}
		ni := newIndex[i]
		for j := 0; j < width; j++ {
			c := &out.Rows[ni][j]
			if j < len(grid[i]) && grid[i][j].set {
				s := grid[i][j]
				o := origins[[2]int{s.orow, s.ocol}]
				c.Text = o.text
				c.OriginRow, c.OriginCol = newIndex[s.orow], s.ocol
				if s.orow == i && s.ocol == j {
					paras[ni][j] = o.paras
				}
			} else {
				// A slot no cell reaches: an empty cell of its own.
				c.OriginRow, c.OriginCol = ni, j
				paras[ni][j] = 1
			}
		}
	}
	if len(out.Rows) == 0 {
		return nil, nil
	}
	return &gridTable{out: out, paras: paras}, nil
}

// slot is one grid position while laying out: set when a cell covers it, with the
// position of that cell.
type slot struct {
	set  bool
	orow int
	ocol int
}

func rowUncovered(row []slot) bool {
	for _, s := range row {
		if s.set {
			return false
		}
	}
	return true
}

// ---- text cleaning ------------------------------------------------------------------

// cleanLine collapses HTML whitespace the way a browser shows it: runs of spaces, tabs
// and newlines become one space, except that a line break between two wide (CJK)
// characters disappears (CSS Text 3 segment-break rule: Chinese wrapped in the source
// must not get spaces). NBSP, and the text 「&nbsp;」 of a twice-escaped entity, count as
// a space; zero-width characters go; the result is
// trimmed of spaces, NBSP and U+3000.
func cleanLine(s string) string {
	if s == "" {
		return ""
	}
	if strings.IndexByte(s, '&') >= 0 {
		s = escapedSpace.Replace(s)
	}
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	var prev rune // last written rune
	for i := 0; i < len(rs); {
		c := rs[i]
		if c == '\u200b' || c == '\ufeff' || c == '\u200c' || c == '\u200d' || c == '\u00ad' {
			i++
			continue
		}
		if isHTMLSpace(c) || c == '\u00a0' {
			j := i
			newline, nbsp := false, false
			for j < len(rs) && (isHTMLSpace(rs[j]) || rs[j] == '\u00a0' || rs[j] == '\u200b') {
				switch rs[j] {
				case '\n', '\r':
					newline = true
				case '\u00a0':
					nbsp = true // &nbsp; is a space a browser always shows
				}
				j++
			}
			var next rune
			if j < len(rs) {
				next = rs[j]
			}
			if newline && !nbsp && isWide(prev) && isWide(next) {
				i = j
				continue
			}
			// Nor is a space after an enumeration comma (「一、 总体情况」: Word's list
			// number padded to the tab stop with NBSPs).
			if prev == '、' && isWide(next) {
				i = j
				continue
			}
			if prev != 0 && prev != ' ' {
				b.WriteByte(' ')
				prev = ' '
			}
			i = j
			continue
		}
		b.WriteRune(c)
		prev = c
		i++
	}
	return strings.TrimFunc(b.String(), func(r rune) bool {
		return unicode.IsSpace(r) || r == '\u3000' || r == '\u00a0'
	})
}

// escapedSpace undoes space entities a CMS escaped twice (「&amp;nbsp;」 in the source,
// shown as the text 「&nbsp;」): an author never types them, and a blank cell must not
// read as a cell holding text.
var escapedSpace = strings.NewReplacer("&nbsp;", "\u00a0", "&NBSP;", "\u00a0", "&#160;", "\u00a0",
	"&ensp;", " ", "&emsp;", "\u3000", "&#12288;", "\u3000", "&thinsp;", " ")

func isHTMLSpace(c rune) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

func isWide(r rune) bool {
	if r == 0 {
		return false
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth, width.EastAsianHalfwidth:
		return !unicode.Is(unicode.Hangul, r)
	}
	return false
}
