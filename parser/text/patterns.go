package text

import (
	"regexp"
	"sync"
)

// Patterns are compiled once, here; Read never compiles one.
var (
	// bookmarkRE matches what Tika prints for a Word bookmark, e.g. "[bookmark: _GoBack]".
	bookmarkRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\[bookmark: [^\]]*\]`) })
	// atxHeadingRE matches a markdown heading; group 1 is its text.
	atxHeadingRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$`) })
	// pipeSepRE matches a markdown table's separator row (|---|:--:|), with at least one pipe.
	pipeSepRE = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^\s*(?:\|\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?|:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?)\s*$`)
	})
	// gridRuleRE matches a pandoc grid table rule (+----+====+), on a trimmed line.
	gridRuleRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\+(?:[-=:]+\+)+$`) })
	// crawlRuleRE matches the rule a crawler prints between its header and the page body.
	crawlRuleRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\s*={3,}\s*正文\s*={3,}\s*$`) })
	// metaLineRE matches a crawler header line "发布机构: …".
	metaLineRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\s*([^:：\s]{1,12})\s*[:：]\s*(.*)$`) })
	// brRE matches an HTML line break inside a markdown cell.
	brRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?i)<br\s*/?>`) })
	// headingRE matches a section heading (一、…, 第一部分…), which is never a table row.
	headingRE = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章节部分])`)
	})
)
