package rules

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// text-garbled (beyond the contract): characters that no Chinese report contains, left by
// a broken encoding conversion. Published that way, the passage cannot be read by the
// public, and no rule can check it either, so a clean result would say less than it seems.
//
// What counts, deliberately narrow so that a correct report never raises it:
//   - U+FFFD, the replacement character a decoder leaves for bytes it could not read
//     (a GBK phrase pasted into a UTF-8 file, a file cut in the middle of a character);
//   - 「锟斤拷」, what U+FFFD becomes when UTF-8 is read as GBK and written back;
//   - UTF-8 read as Latin-1 or Windows-1252 (「æ”¿åºœ」 for 政府): three or more letters
//     of U+00C0–U+00FF in one paragraph, which Chinese reports never use;
//   - UTF-8 read as GBK (「鏀垮簻」 for 政府): the full-width comma and the ideographic
//     comma and full stop become 锛 and 銆, characters no report uses, so three or more
//     of them in a paragraph.
var garbledRule = &Rule{
	ID: "text-garbled", Severity: Warning,
	Summary: Text{"正文有乱码（编码转换损坏）", "the text is garbled (a broken encoding conversion)"},
	Doc: Text{
		ZH: "检查正文中是否有乱码：无法识别的字符（�）、「锟斤拷」，或把 UTF-8 当作 GBK、Latin-1 读出的字符（如「鏀垮簻」「æ”¿åºœ」）。这些段落公众无法阅读，本工具也无法检查其中的数字和日期。\n依据：《条例》要求公开的信息准确；乱码通常来自转换编码或复制粘贴。\n修改：从原始文件重新复制该段文字，或以 UTF-8/GB18030 重新保存后再检查。",
		EN: "Checks the text for garbled characters: U+FFFD (�), 「锟斤拷」, or UTF-8 read as GBK or Latin-1 (「鏀垮簻」, 「æ”¿åºœ」). The public cannot read such passages, and this tool cannot check the figures and dates in them either.\nBasis: the Regulations require accurate information; garbling comes from encoding conversions or copy-and-paste.\nFix: copy the passage again from the original, or save the file again as UTF-8 or GB18030, and lint again.",
	},
	Check: checkGarbled,
}

func checkGarbled(r *parser.Report, _ *Context) []Finding {
	var first *parser.Paragraph
	var sample string
	n := 0
	for _, p := range r.Paragraphs {
		if lo, hi, ok := garbled(p.Text); ok {
			if first == nil {
				first, sample = p, snippet(p.Text, lo, hi)
			}
			n++
		}
	}
	if first == nil {
		return nil
	}
	secs := sectionOf(r)
	more, moreEN := "", ""
	if n > 1 {
		more, moreEN = fmt.Sprintf("（共 %d 段）", n), fmt.Sprintf(" (%d paragraphs in all)", n)
	}
	return []Finding{{
		Where:  parser.Where{Section: secs[first], Line: first.Loc.N()},
		Actual: sample,
		Message: Text{
			ZH: fmt.Sprintf("正文有乱码「%s」%s，可能是转换编码时损坏，这些文字无法阅读，也未能检查；请从原始文件重新复制或另存后再检查", sample, more),
			EN: fmt.Sprintf("the text is garbled (%q)%s, probably by an encoding conversion: it cannot be read, nor checked; copy it again from the original or save the file again, then lint again", sample, moreEN),
		},
	}}
}

// garbled reports whether t holds garbled characters (see garbledRule) and where the
// first of them stands (byte offsets, for snippet).
func garbled(t string) (lo, hi int, ok bool) {
	if i := strings.IndexRune(t, utf8.RuneError); i >= 0 {
		return i, i + utf8.RuneLen(utf8.RuneError), true
	}
	if i := strings.Index(t, "锟斤拷"); i >= 0 {
		return i, i + len("锟斤拷"), true
	}
	latin, gbk := 0, 0
	firstLatin, firstGBK := -1, -1
	for i, r := range t {
		switch {
		case r >= 0xC0 && r <= 0xFF && r != 0xD7 && r != 0xF7: // × and ÷ are maths
			latin++
			if firstLatin < 0 {
				firstLatin = i
			}
		case r == '锛' || r == '銆':
			gbk++
			if firstGBK < 0 {
				firstGBK = i
			}
		}
	}
	switch {
	case latin >= 3:
		return firstLatin, firstLatin + 2, true // U+00C0–U+00FF: two bytes
	case gbk >= 3:
		return firstGBK, firstGBK + len("锛"), true
	}
	return 0, 0, false
}
