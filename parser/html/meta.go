package html

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// metaLabels are the labels government sites print in a page's own metadata box (the
// 政府信息公开目录 "信息索引" table, or a line under the title). Their values go to
// Document.Meta under the label as printed, so that recognition can fall back on the
// 发布日期 / 公开日期 when the report has no signature date.
var metaLabels = map[string]bool{
	"索引号": true, "统一编号": true, "信息索引号": true,
	"发布机构": true, "发文机关": true, "发布单位": true, "发文单位": true, "公开主体": true, "所属机构": true, "信息来源": true, "来源": true,
	"公开日期": true, "发布日期": true, "发布时间": true, "成文日期": true, "生成日期": true, "印发日期": true, "公开时间": true, "更新时间": true, "施行日期": true,
	"文号": true, "发文字号": true, "文件编号": true,
	"名称": true, "标题": true, "信息名称": true,
	"主题分类": true, "分类": true, "信息分类": true, "体裁分类": true, "组配分类": true, "服务对象分类": true, "主题词": true, "关键词": true,
	"公开方式": true, "公开范围": true, "公开形式": true, "公开时限": true, "公开类别": true,
	"时效": true, "有效性": true, "效力状态": true, "信息时效期": true,
	"内容概述": true, "摘要": true, "责任部门": true, "公开责任部门": true,
}

// labelRe finds "标签：" pairs; any 2–8 Han characters before a colon end the previous
// value, so that unknown labels (字号, 浏览次数) do not run into a known one's value.
var labelRe = lazyRegexp(`(\p{Han}{2,8})\s*[：:]`)

func trimLabel(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimRight(s, "：: \u3000")
	return strings.ReplaceAll(strings.ReplaceAll(s, " ", ""), "\u3000", "")
}

func isMetaLabel(s string) bool { return metaLabels[trimLabel(s)] }

// setMeta keeps the first value seen for a label; empty values are not kept.
func (r *reader) setMeta(label, value string) {
	value = strings.Trim(cleanLine(value), " |｜丨/【】[]")
	if value == "" {
		return
	}
	if _, ok := r.meta[label]; !ok {
		r.meta[label] = value
	}
}

// metaFromLine reads "发布日期：2024-01-20 来源：某某局" lines. It only reads lines that
// begin with a known label, so that prose mentioning a label is left alone, and reports
// whether the line was such a metadata line.
func (r *reader) metaFromLine(s string) bool {
	locs := labelRe().FindAllStringSubmatchIndex(s, -1)
	// 「发布机构：某某局来源：某某局」: the value runs into the next label; a match that
	// ends with a known label starts at that label.
	for _, l := range locs {
		if metaLabels[s[l[2]:l[3]]] {
			continue
		}
		for i := l[2]; i < l[3]; i++ {
			if metaLabels[s[i:l[3]]] {
				l[0], l[2] = i, i
				break
			}
		}
	}
	if len(locs) == 0 || strings.TrimSpace(s[:locs[0][0]]) != "" {
		return false
	}
	first := s[locs[0][2]:locs[0][3]]
	if !metaLabels[first] {
		return false
	}
	for i, l := range locs {
		label := s[l[2]:l[3]]
		end := len(s)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		if metaLabels[label] {
			r.setMeta(label, s[l[1]:end])
		}
	}
	return true
}

// metaFromPrefix reads a line that runs a label into its value without a colon
// (<b>发布机构</b><span>某某局</span>). Only labels of three characters or more, and date
// labels, are trusted this way: 「名称」「来源」 begin too many ordinary lines.
func (r *reader) metaFromPrefix(s string) {
	for label := range metaLabels {
		if len([]rune(label)) < 3 && !strings.HasSuffix(label, "日期") {
			continue
		}
		if rest, ok := strings.CutPrefix(s, label); ok && rest != "" && len([]rune(s)) <= 80 {
			if strings.HasSuffix(label, "日期") || strings.HasSuffix(label, "时间") {
				if rest[0] < '0' || rest[0] > '9' {
					continue
				}
			}
			r.setMeta(label, rest)
			return
		}
	}
}

// metaLine handles a paragraph inside the body: at the top of the body (before anything
// but the title), a metadata line is filed under Meta and dropped from the blocks.
func (r *reader) metaLine(s string, atTop bool) bool {
	if !atTop {
		return false
	}
	return r.metaFromLine(s)
}

// metaFromPairs reads <dt>label</dt><dd>value</dd> style pairs: a paragraph that is only
// a label, followed by its value.
func metaFromPairs(meta map[string]string, ps []para) {
	for i := 0; i+1 < len(ps); i++ {
		l := trimLabel(ps[i].text)
		if !metaLabels[l] || isMetaLabel(ps[i+1].text) {
			continue
		}
		if _, ok := meta[l]; !ok {
			if v := strings.TrimSpace(ps[i+1].text); v != "" {
				meta[l] = v
			}
		}
		i++
	}
}

// findMetaTables marks tables that pair known labels with values (at least two labels)
// and files their pairs under Meta. Such tables are the site's, not the report's.
func (r *reader) findMetaTables(n *html.Node) {
	if n.Type == html.ElementNode && skipElement(n) {
		return
	}
	if n.Type == html.ElementNode && n.DataAtom == atom.Table && !hasDescendant(n, atom.Table) {
		r.metaTable(n)
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.findMetaTables(c)
	}
}

// spaceRemover drops the spaces people type inside labels (「发 布 日 期」).
var spaceRemover = strings.NewReplacer(" ", "", "\u00a0", "", "\u3000", "")

func (r *reader) metaTable(t *html.Node) {
	// Cheap test first: most tables (the report's own) name no metadata label at all.
	text := spaceRemover.Replace(textOf(t))
	found := false
	for l := range metaLabels {
		if strings.Contains(text, l) {
			found = true
			break
		}
	}
	if !found {
		return
	}
	rows := tableRows(t)
	type pair struct{ label, value string }
	var pairs []pair
	var lines []string
	labels := 0
	for _, row := range rows {
		texts := make([]string, len(row))
		for i, td := range row {
			texts[i], _ = r.cellText(td)
			texts[i] = strings.ReplaceAll(texts[i], "\n", " ")
		}
		for i := 0; i < len(texts); i++ {
			if isMetaLabel(texts[i]) {
				labels++
				if i+1 < len(texts) && !isMetaLabel(texts[i+1]) {
					pairs = append(pairs, pair{trimLabel(texts[i]), texts[i+1]})
					i++
				}
				continue
			}
			if m := labelRe().FindStringSubmatchIndex(texts[i]); m != nil && m[0] == 0 && metaLabels[texts[i][m[2]:m[3]]] {
				labels++
				lines = append(lines, texts[i])
			}
		}
	}
	if labels < 2 {
		return
	}
	r.metaTables[t] = true
	for _, p := range pairs {
		r.setMeta(p.label, p.value)
	}
	for _, l := range lines {
		r.metaFromLine(l)
	}
}

// headMetaNames maps the <meta name=…> of government CMSs (TRS WCM and the 集约化平台
// print ArticleTitle, PubDate, ContentSource for search engines; others publishdate,
// firstpublishedtime) to the labels Meta files the same facts under. A document's own
// dates (created, changed: when a file was made in an editor) are not publication dates
// and are left alone.
var headMetaNames = map[string]string{
	"articletitle":       "标题",
	"pubdate":            "发布日期",
	"publishdate":        "发布日期",
	"firstpublishedtime": "发布日期",
	"contentsource":      "来源",
}

// headMeta files the page head's CMS metadata, where the page printed none of its own.
func (r *reader) headMeta(root *html.Node) {
	var f func(n *html.Node)
	f = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Meta {
			var name, content string
			for _, a := range n.Attr {
				switch a.Key {
				case "name":
					name = strings.ToLower(strings.TrimSpace(a.Val))
				case "content":
					content = a.Val
				}
			}
			if label, ok := headMetaNames[name]; ok {
				r.setMeta(label, content)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			f(c)
		}
	}
	f(root)
}
