package docx

import (
	"bytes"
	"encoding/xml"
	"io"
	"path"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Automatic list numbering (Word's and WPS's 「编号」/「多级列表」).
//
// Clerks number the six section headings (一、总体情况), the sub-headings （一）（二） and
// 表三's rows with Word's lists: the number is then not in the paragraph's text but
// drawn by Word from word/numbering.xml. Without it a report reads 「总体情况」 where the
// page shows 「一、总体情况」, and recognition loses the sections or takes them from
// numbered body items. So each numbered paragraph's text is prefixed with its number,
// rendered as Word draws it.
//
// What is followed: the paragraph's w:numPr (w:numId, w:ilvl; numId 0 removes a
// number its style gives), else the w:numPr of its paragraph style or of the styles that
// style is based on (the default paragraph style when it names none); a style that gives
// a numId without a level takes the level whose w:pStyle names it. w:num → its
// w:abstractNum, through w:numStyleLink / w:styleLink (a list style) when the
// abstract number only points to one; w:lvlOverride replaces a level (w:lvl) or its start
// (w:startOverride). Counters are kept per abstract list and level, as Word does: all
// w:num of one abstract list continue one another, except that a w:num with a
// w:startOverride restarts the overridden levels where it is first used; drawing a
// level restarts the deeper levels, unless their w:lvlRestart says otherwise (0: never;
// n: only when a level above n is drawn). The number is w:lvlText with each %n replaced
// by level n's counter in level n's w:numFmt (in Arabic digits when the level is
// w:isLgl). What Word draws after it (w:suff: tab by default, space, nothing) is read as
// nothing after a CJK mark (「一、总体情况」, 「（一）予以公开」) and as one space after
// an ASCII one (「1. 属于国家秘密」), the forms recognition reads typed numbers in.
// Bullets (w:numFmt bullet) and levels without a number (none) add nothing.
//
// Every numbered paragraph counts, the empty ones too (Word draws their number), but an
// empty one is still not emitted: a lone 「3.」 in a table cell would read as a figure.
// A paragraph whose mark is deleted in tracked changes is not counted (it is merged
// into the next one on the page).
//
// The numbering and styles parts are small; they are read with encoding/xml under the
// same limits as the rest (size, archive budget, depth, counts). A missing, oversized
// or damaged part never fails the read: the paragraphs then keep their bare text.

// numbering holds the list definitions of one document; immutable once read.
type numbering struct {
	abstracts   map[string]*abstractDef
	nums        map[int]*numDef
	styles      map[string]*styleDef
	defaultPara *styleDef
}

// lvlDef is one w:lvl.
type lvlDef struct {
	start      int
	fmt        string
	fmtSet     bool
	text       string
	textSet    bool
	restart    int
	restartSet bool
	isLgl      bool
	suff       string
	pStyle     string
}

type abstractDef struct {
	lvls          [9]*lvlDef
	numStyleLink  string
	hasOwnLevels  bool
	resolvedLevel *abstractDef // set once numStyleLink is resolved (or itself)
}

type levelOverride struct {
	start    int
	startSet bool
	lvl      *lvlDef
}

type numDef struct {
	abstractID string
	over       [9]levelOverride
	restarts   bool // some level has a startOverride
}

// styleDef is what a style says about numbering.
type styleDef struct {
	id       string
	basedOn  string
	numID    int
	numIDSet bool
	ilvl     int
	ilvlSet  bool
}

// Caps on what the numbering and styles parts may declare: real documents have tens.
const (
	maxNumberingPart = 4 << 20
	maxListDefs      = 20000
	maxLvlText       = 64  // bytes of w:lvlText kept
	maxLabel         = 128 // bytes of a drawn number
	maxStyleHops     = 16
	maxStart         = 1 << 20
)

// loadNumbering reads the numbering and styles parts the main part's relationships
// name (word/numbering.xml and word/styles.xml when they name none). It returns nil
// when there is nothing to number with. main is the main part's entry, whose size is
// kept in the archive budget: the main part must never become unreadable because the
// numbering part was read first.
func (a *archive) loadNumbering(mainName string, mainSize uint64) *numbering {
	numName, styleName := path.Join(path.Dir(mainName), "numbering.xml"), path.Join(path.Dir(mainName), "styles.xml")
	for typ, target := range a.relTargetsByType(mainName) {
		switch {
		case strings.HasSuffix(typ, "/numbering"):
			numName = target
		case strings.HasSuffix(typ, "/styles"):
			styleName = target
		}
	}
	n := &numbering{abstracts: map[string]*abstractDef{}, nums: map[int]*numDef{}, styles: map[string]*styleDef{}}
	read := func(name string, parse func([]byte) bool) {
		f := a.find(name)
		if f == nil {
			return
		}
		max := min(a.lim.MaxXMLBytes, maxNumberingPart)
		if f.UncompressedSize64 > uint64(max) || int64(f.UncompressedSize64+mainSize) > a.budget {
			return
		}
		rc, err := a.open(f, max)
		if err != nil {
			return
		}
		defer rc.Close()
		data, err := io.ReadAll(rc)
		if err != nil {
			return
		}
		parse(data)
	}
	read(numName, n.parseNumbering)
	if len(n.nums) == 0 {
		return nil
	}
	read(styleName, n.parseStyles)
	return n
}

// relTargetsByType is a part's relationships by Type → target part name.
func (a *archive) relTargetsByType(part string) map[string]string {
	out := map[string]string{}
	for _, r := range a.relationships(part) {
		if r.typ == "" {
			continue
		}
		if strings.HasPrefix(r.target, "/") {
			out[r.typ] = strings.TrimPrefix(r.target, "/")
		} else {
			out[r.typ] = path.Join(path.Dir(part), r.target)
		}
	}
	return out
}

// walkXML calls fn for each start element with the local names of its ancestors; it
// stops at the first error, a directive (DOCTYPE), depth over max, or when fn says no.
// It reports whether the part was read to its end.
func walkXML(r io.Reader, maxDepth int, fn func(t xml.StartElement, stack []string) bool) bool {
	dec := xml.NewDecoder(r)
	var stack []string
	for {
		// RawToken: prefixes are not resolved (every element here is w: or mc:, and only
		// local names are compared), which saves most of encoding/xml's allocations.
		tok, err := dec.RawToken()
		if err == io.EOF {
			return len(stack) == 0
		}
		if err != nil {
			return false
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if len(stack) >= maxDepth {
				return false
			}
			if !fn(t, stack) {
				return false
			}
			stack = append(stack, t.Name.Local)
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		case xml.Directive:
			return false
		}
	}
}

func xattrVal(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

func xattrInt(t xml.StartElement, local string) (int, bool) {
	n, err := strconv.Atoi(strings.TrimSpace(xattrVal(t, local)))
	if err != nil {
		return 0, false
	}
	return n, true
}

// parent returns the local name n levels up the stack (1: the parent), "" past the root.
func parent(stack []string, n int) string {
	if len(stack) < n {
		return ""
	}
	return stack[len(stack)-n]
}

// parseNumbering reads word/numbering.xml. What was read before an error is kept.
func (n *numbering) parseNumbering(data []byte) bool {
	r := bytes.NewReader(data)
	var abs *abstractDef
	var num *numDef
	var lvl *lvlDef
	var over *levelOverride
	count := 0
	return walkXML(r, maxDepthNumbering, func(t xml.StartElement, stack []string) bool {
		count++
		if count > maxListDefs*20 {
			return false
		}
		switch t.Name.Local {
		case "abstractNum":
			if len(stack) != 1 || len(n.abstracts) >= maxListDefs {
				abs = nil
				return true
			}
			abs = &abstractDef{}
			n.abstracts[xattrVal(t, "abstractNumId")] = abs
			num, lvl, over = nil, nil, nil
		case "num":
			id, ok := xattrInt(t, "numId")
			if len(stack) != 1 || !ok || len(n.nums) >= maxListDefs {
				num = nil
				return true
			}
			num = &numDef{}
			n.nums[id] = num
			abs, lvl, over = nil, nil, nil
		case "abstractNumId":
			if num != nil && parent(stack, 1) == "num" {
				num.abstractID = xattrVal(t, "val")
			}
		case "lvlOverride":
			over = nil
			if ilvl, ok := xattrInt(t, "ilvl"); ok && num != nil && ilvl >= 0 && ilvl < 9 {
				over = &num.over[ilvl]
			}
		case "startOverride":
			if over != nil && parent(stack, 1) == "lvlOverride" {
				over.start, over.startSet = clampStart(t), true
				num.restarts = true
			}
		case "numStyleLink":
			if abs != nil && parent(stack, 1) == "abstractNum" {
				abs.numStyleLink = xattrVal(t, "val")
			}
		case "lvl":
			lvl = nil
			ilvl, ok := xattrInt(t, "ilvl")
			if !ok || ilvl < 0 || ilvl >= 9 {
				return true
			}
			l := &lvlDef{start: 1, fmt: "decimal", suff: "tab"}
			switch p := parent(stack, 1); {
			case p == "abstractNum" && abs != nil:
				abs.lvls[ilvl] = l
				abs.hasOwnLevels = true
				lvl = l
			case p == "lvlOverride" && over != nil:
				over.lvl = l
				lvl = l
			}
		case "start", "numFmt", "lvlText", "lvlRestart", "isLgl", "suff", "pStyle":
			if lvl == nil || !underLvl(stack) {
				return true
			}
			v := xattrVal(t, "val")
			switch t.Name.Local {
			case "start":
				lvl.start = clampStart(t)
			case "numFmt":
				// Word 2010 writes custom formats in mc:AlternateContent with a
				// fallback: the first plain format wins.
				if v != "custom" && v != "" && !lvl.fmtSet {
					lvl.fmt, lvl.fmtSet = v, true
				}
			case "lvlText":
				if len(v) > maxLvlText {
					v = v[:maxLvlText]
				}
				lvl.text, lvl.textSet = v, true
			case "lvlRestart":
				if k, ok := xattrInt(t, "val"); ok && k >= 0 {
					lvl.restart, lvl.restartSet = k, true
				}
			case "isLgl":
				lvl.isLgl = v != "0" && v != "false" && v != "off"
			case "suff":
				lvl.suff = v
			case "pStyle":
				lvl.pStyle = v
			}
		}
		return true
	})
}

// maxDepthNumbering: numbering.xml nests five or six deep (mc:AlternateContent adds two).
const maxDepthNumbering = 32

// underLvl: a level property sits in w:lvl, or in mc:Choice / mc:Fallback within it.
func underLvl(stack []string) bool {
	for i := len(stack) - 1; i >= 0 && i >= len(stack)-3; i-- {
		if stack[i] == "lvl" {
			return true
		}
	}
	return false
}

func clampStart(t xml.StartElement) int {
	k, ok := xattrInt(t, "val")
	if !ok || k < 0 {
		return 0
	}
	return min(k, maxStart)
}

// parseStyles reads what word/styles.xml says about numbering: each paragraph or
// numbering style's w:numPr and w:basedOn, and the default paragraph style.
func (n *numbering) parseStyles(data []byte) bool {
	if !bytes.Contains(data, []byte("numPr")) {
		return true // no style is numbered: nothing here matters (most documents)
	}
	r := bytes.NewReader(data)
	var st *styleDef
	return walkXML(r, maxDepthNumbering, func(t xml.StartElement, stack []string) bool {
		switch t.Name.Local {
		case "style":
			st = nil
			if len(stack) != 1 || len(n.styles) >= maxListDefs {
				return true
			}
			typ := xattrVal(t, "type")
			if typ != "paragraph" && typ != "numbering" {
				return true
			}
			st = &styleDef{id: xattrVal(t, "styleId")}
			n.styles[st.id] = st
			if d := xattrVal(t, "default"); typ == "paragraph" && (d == "1" || d == "true" || d == "on") && n.defaultPara == nil {
				n.defaultPara = st
			}
		case "basedOn":
			if st != nil && parent(stack, 1) == "style" {
				st.basedOn = xattrVal(t, "val")
			}
		case "numId", "ilvl":
			if st == nil || parent(stack, 1) != "numPr" || parent(stack, 2) != "pPr" || parent(stack, 3) != "style" {
				return true
			}
			v, ok := xattrInt(t, "val")
			if !ok || v < 0 {
				return true
			}
			if t.Name.Local == "numId" {
				st.numID, st.numIDSet = v, true
			} else if v < 9 {
				st.ilvl, st.ilvlSet = v, true
			}
		}
		return true
	})
}

// abstractOf follows a w:num to the abstract list that holds its levels.
func (n *numbering) abstractOf(nd *numDef) *abstractDef {
	abs := n.abstracts[nd.abstractID]
	for hop := 0; abs != nil && !abs.hasOwnLevels && abs.numStyleLink != "" && hop < maxStyleHops; hop++ {
		st := n.styles[abs.numStyleLink]
		if st == nil || !st.numIDSet {
			return abs
		}
		linked := n.nums[st.numID]
		if linked == nil {
			return abs
		}
		abs = n.abstracts[linked.abstractID]
	}
	return abs
}

// styleNum finds the numbering a paragraph style gives: the first style up its basedOn
// chain with a w:numPr. numStyle is the style that holds it.
func (n *numbering) styleNum(st *styleDef) (numStyle *styleDef) {
	for hop := 0; st != nil && hop < maxStyleHops; hop++ {
		if st.numIDSet {
			return st
		}
		if st.basedOn == "" || st.basedOn == st.id {
			return nil
		}
		st = n.styles[st.basedOn]
	}
	return nil
}

// paraNum is what one paragraph's properties say about its numbering.
type paraNum struct {
	numID    int
	numIDSet bool
	ilvl     int
	ilvlSet  bool
	style    *styleDef
	styleSet bool
	deleted  bool // the paragraph mark is deleted (tracked changes)
	done     bool // counted already
}

// listState holds the counters of one reading of a document.
type listState struct {
	defs     *numbering
	counters map[*abstractDef]*listCounters
	used     map[*numDef]bool
}

type listCounters struct {
	v   [9]int
	set [9]bool
}

func newListState(n *numbering) *listState {
	if n == nil {
		return nil
	}
	return &listState{defs: n, counters: map[*abstractDef]*listCounters{}, used: map[*numDef]bool{}}
}

// label counts a paragraph and returns the number Word draws before its text, with
// the separator that stands between them ("" when the paragraph is not numbered).
func (ls *listState) label(pn *paraNum, dst []byte) []byte {
	if pn.done || pn.deleted {
		pn.done = true
		return dst
	}
	pn.done = true
	n := ls.defs
	st := pn.style
	if !pn.styleSet || st == nil {
		st = n.defaultPara
	}
	numStyle := n.styleNum(st)
	numID, ok := pn.numID, pn.numIDSet
	if !ok && numStyle != nil {
		numID, ok = numStyle.numID, true
	}
	if !ok || numID == 0 {
		return dst
	}
	nd := n.nums[numID]
	if nd == nil {
		return dst
	}
	abs := n.abstractOf(nd)
	if abs == nil {
		return dst
	}
	ilvl := 0
	switch {
	case pn.ilvlSet:
		ilvl = pn.ilvl
	case numStyle != nil && numStyle.ilvlSet:
		ilvl = numStyle.ilvl
	case numStyle != nil:
		for k, l := range abs.lvls {
			if l != nil && l.pStyle == numStyle.id && l.pStyle != "" {
				ilvl = k
				break
			}
		}
	}
	if ilvl < 0 || ilvl > 8 {
		return dst
	}
	lvl := ls.level(nd, abs, ilvl)
	if lvl == nil {
		return dst
	}
	c := ls.counters[abs]
	if c == nil {
		c = &listCounters{}
		ls.counters[abs] = c
	}
	if nd.restarts && !ls.used[nd] {
		for k := range nd.over {
			if nd.over[k].startSet {
				c.set[k] = false
			}
		}
	}
	ls.used[nd] = true
	if c.set[ilvl] {
		c.v[ilvl]++
	} else {
		c.v[ilvl], c.set[ilvl] = ls.start(nd, abs, ilvl), true
	}
	for k := ilvl + 1; k < 9; k++ {
		r := k // by default a level restarts after any level above it
		if l := ls.level(nd, abs, k); l != nil && l.restartSet {
			r = l.restart
		}
		if ilvl < r {
			c.set[k] = false
		}
	}
	if lvl.fmt == "bullet" || lvl.fmt == "none" || !lvl.textSet {
		return dst
	}
	start := len(dst)
	text := lvl.text
	for i := 0; i < len(text); i++ {
		if text[i] == '%' && i+1 < len(text) && text[i+1] >= '1' && text[i+1] <= '9' {
			k := int(text[i+1] - '1')
			v := ls.start(nd, abs, k)
			if c.set[k] {
				v = c.v[k]
			}
			f := "decimal"
			if l := ls.level(nd, abs, k); l != nil {
				f = l.fmt
			}
			if lvl.isLgl {
				f = "decimal"
			}
			dst = appendNumber(dst, v, f)
			i++
			continue
		}
		dst = append(dst, text[i])
	}
	if len(dst) == start || len(dst)-start > maxLabel {
		return dst[:start] // a label that long is no number a clerk set
	}
	if lvl.suff != "nothing" {
		if r, _ := utf8.DecodeLastRune(dst[start:]); r < utf8.RuneSelf {
			dst = append(dst, ' ')
		}
	}
	return dst
}

// level is level k as a w:num sees it: its override's w:lvl, else the abstract list's.
func (ls *listState) level(nd *numDef, abs *abstractDef, k int) *lvlDef {
	if l := nd.over[k].lvl; l != nil {
		return l
	}
	return abs.lvls[k]
}

func (ls *listState) start(nd *numDef, abs *abstractDef, k int) int {
	if nd.over[k].startSet {
		return nd.over[k].start
	}
	if l := ls.level(nd, abs, k); l != nil {
		return l.start
	}
	return 1
}

var (
	cnDigits      = []rune("〇一二三四五六七八九")
	cnLegal       = []rune("零壹贰叁肆伍陆柒捌玖")
	cnLegalTrad   = []rune("零壹貳參肆伍陸柒捌玖")
	cnTiangan     = []rune("甲乙丙丁戊己庚辛壬癸")
	cnDizhi       = []rune("子丑寅卯辰巳午未申酉戌亥")
	fullWidthBase = '０'
)

// appendNumber writes v in a w:numFmt. Formats a report has no use for fall back to
// Arabic digits, as do values a format cannot show.
func appendNumber(dst []byte, v int, f string) []byte {
	switch f {
	case "none", "bullet":
		return dst
	case "chineseCounting", "japaneseCounting", "taiwaneseCounting", "koreanCounting":
		if v > 0 && v < 100 {
			return appendChinese(dst, v, cnDigits, "十")
		}
		return appendDigits(dst, v, cnDigits)
	case "chineseCountingThousand", "taiwaneseCountingThousand", "japaneseLegal":
		if v > 0 && v < 10000 {
			return appendChinese(dst, v, cnDigits, "十")
		}
		return appendDigits(dst, v, cnDigits)
	case "chineseLegalSimplified":
		if v > 0 && v < 10000 {
			return appendChinese(dst, v, cnLegal, "拾")
		}
	case "ideographLegalTraditional":
		if v > 0 && v < 10000 {
			return appendChinese(dst, v, cnLegalTrad, "拾")
		}
	case "ideographDigital", "japaneseDigitalTenThousand", "taiwaneseDigital":
		return appendDigits(dst, v, cnDigits)
	case "ideographTraditional":
		if v > 0 {
			return utf8.AppendRune(dst, cnTiangan[(v-1)%10])
		}
	case "ideographZodiac":
		if v > 0 {
			return utf8.AppendRune(dst, cnDizhi[(v-1)%12])
		}
	case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
		switch {
		case v >= 1 && v <= 20:
			return utf8.AppendRune(dst, rune(0x2460+v-1))
		case v >= 21 && v <= 35:
			return utf8.AppendRune(dst, rune(0x3251+v-21))
		case v >= 36 && v <= 50:
			return utf8.AppendRune(dst, rune(0x32B1+v-36))
		}
	case "ideographEnclosedCircle":
		if v >= 1 && v <= 10 {
			return utf8.AppendRune(dst, rune(0x3220+v-1))
		}
	case "decimalEnclosedFullstop":
		if v >= 1 && v <= 20 {
			return utf8.AppendRune(dst, rune(0x2488+v-1))
		}
	case "decimalEnclosedParen":
		if v >= 1 && v <= 20 {
			return utf8.AppendRune(dst, rune(0x2474+v-1))
		}
	case "decimalFullWidth", "decimalFullWidth2":
		for _, r := range strconv.Itoa(v) {
			dst = utf8.AppendRune(dst, fullWidthBase+(r-'0'))
		}
		return dst
	case "decimalZero":
		if v >= 0 && v < 10 {
			dst = append(dst, '0')
		}
	case "upperRoman", "lowerRoman":
		if v > 0 && v < 4000 {
			s := roman(v)
			if f == "lowerRoman" {
				s = strings.ToLower(s)
			}
			return append(dst, s...)
		}
	case "upperLetter", "lowerLetter":
		if v > 0 {
			// Word repeats the letter: 27 → AA, 53 → AAA.
			b := byte('A')
			if f == "lowerLetter" {
				b = 'a'
			}
			for i := 0; i <= (v-1)/26 && i < 16; i++ {
				dst = append(dst, b+byte((v-1)%26))
			}
			return dst
		}
	}
	return strconv.AppendInt(dst, int64(v), 10)
}

// appendChinese writes 1–9999 as Chinese numerals are read: 十一 (not 一十一), 二十,
// 一百零五.
func appendChinese(dst []byte, v int, digits []rune, ten string) []byte {
	units := []string{"", ten, "百", "千"}
	if ten == "拾" {
		units = []string{"", "拾", "佰", "仟"}
	}
	var ds [4]int
	for i := range 4 {
		ds[i] = v % 10
		v /= 10
	}
	top := 3
	for top > 0 && ds[top] == 0 {
		top--
	}
	zero := false
	for i := top; i >= 0; i-- {
		d := ds[i]
		if d == 0 {
			zero = true
			continue
		}
		if zero {
			dst = append(dst, "零"...) // 一百零五
		}
		zero = false
		if !(i == 1 && d == 1 && top == 1 && ten == "十") {
			dst = utf8.AppendRune(dst, digits[d])
		}
		dst = append(dst, units[i]...)
	}
	return dst
}

func appendDigits(dst []byte, v int, digits []rune) []byte {
	if v < 0 {
		return strconv.AppendInt(dst, int64(v), 10)
	}
	for _, r := range strconv.Itoa(v) {
		dst = utf8.AppendRune(dst, digits[r-'0'])
	}
	return dst
}

func roman(v int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, n := range vals {
		for v >= n {
			b.WriteString(syms[i])
			v -= n
		}
	}
	return b.String()
}
