package output

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/fatih/color"

	"github.com/govinfo-lint/govinfo-lint/rules"
)

// severityWords are the severities as a clerk reads them.
var severityWords = map[rules.Severity]label{
	rules.Error:   {ZH: "错误", EN: "error"},
	rules.Warning: {ZH: "警告", EN: "warning"},
	rules.Note:    {ZH: "提示", EN: "note"},
}

func severityWord(s rules.Severity, lang string) string {
	if l, ok := severityWords[s]; ok {
		return l.In(lang)
	}
	return s.String()
}

// palette holds the colours of the text format. Each colour is forced on or off by
// opt.Color, so that the caller (the CLI knows whether stdout is a terminal, --no-color and
// NO_COLOR) decides, not fatih/color's guess about os.Stdout.
type palette struct {
	file, err, warn, note, dim *color.Color
}

func newPalette(on bool) palette {
	p := palette{
		file: color.New(color.Bold),
		err:  color.New(color.FgRed, color.Bold),
		warn: color.New(color.FgYellow),
		note: color.New(color.FgCyan),
		dim:  color.New(color.Faint),
	}
	for _, c := range []*color.Color{p.file, p.err, p.warn, p.note, p.dim} {
		if on {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
	}
	return p
}

func (p palette) severity(s rules.Severity) *color.Color {
	switch s {
	case rules.Error:
		return p.err
	case rules.Warning:
		return p.warn
	}
	return p.note
}

// writeText writes the report for people: a header line per file (path, issuer, year,
// input kind, layout), one indented line per finding (severity, where, message, expected
// and actual figures, rule id), then, for a run over several files, how many reports
// break each rule, and a summary line.
func writeText(w io.Writer, files []FileResult, sum Summary, opt Options) error {
	bw := bufio.NewWriter(w)
	p := newPalette(opt.Color)
	lang := opt.Lang
	for _, f := range files {
		fmt.Fprintln(bw, p.file.Sprint(f.File)+fileFacts(f, lang))
		if len(f.Findings) == 0 {
			if f.Error != nil {
				fmt.Fprintf(bw, "  %s %s\n", p.err.Sprint(severityWord(rules.Error, lang)), f.Error.In(lang))
			} else if lang == "en" {
				fmt.Fprintln(bw, "  "+p.dim.Sprint("no problems found"))
			} else {
				fmt.Fprintln(bw, "  "+p.dim.Sprint("未发现问题"))
			}
			continue
		}
		for _, fd := range f.Findings {
			fmt.Fprintln(bw, "  "+findingLine(fd, f.Input, lang, p))
		}
	}
	if len(files) > 1 {
		writeRuleCounts(bw, files, lang)
	}
	fmt.Fprintln(bw, summaryLine(sum, lang))
	return bw.Flush()
}

// fileFacts is what the header says of a file besides its path; empty parts are left out.
func fileFacts(f FileResult, lang string) string {
	var parts []string
	if f.Issuer != "" {
		parts = append(parts, f.Issuer)
	}
	if f.Year > 0 {
		if lang == "en" {
			parts = append(parts, fmt.Sprint(f.Year))
		} else {
			parts = append(parts, fmt.Sprintf("%d年", f.Year))
		}
	}
	if f.Input != "" {
		parts = append(parts, f.Input)
	}
	if f.Layout == "2021" || f.Layout == "2019" {
		if lang == "en" {
			parts = append(parts, f.Layout+" layout")
		} else {
			parts = append(parts, f.Layout+"版格式")
		}
	}
	if len(parts) == 0 {
		return ""
	}
	if lang == "en" {
		return " (" + strings.Join(parts, ", ") + ")"
	}
	return "（" + strings.Join(parts, "，") + "）"
}

// findingLine is one finding: 错误 第12行 表三 一、本年新收 自然人：message（应为 12，实为 11） [rule].
func findingLine(fd rules.Finding, input, lang string, p palette) string {
	var b strings.Builder
	b.WriteString(p.severity(fd.Severity).Sprint(severityWord(fd.Severity, lang)))
	if where := describeWhere(fd.Where, input, lang); where != "" {
		b.WriteString(" " + where)
	}
	if lang == "en" {
		b.WriteString(": ")
	} else {
		b.WriteString("：")
	}
	msg := fd.Message.In(lang)
	if fd.Rule == "input-unreadable" {
		// Its Actual is the machine-readable kind (pdf, doc …) for JSON and CSV; the
		// message already says in words what the file is.
		b.WriteString(msg)
	} else {
		b.WriteString(msg + figuresUnlessSaid(msg, fd.Expected, fd.Actual, lang))
	}
	b.WriteString(" " + p.dim.Sprint("["+fd.Rule+"]"))
	return b.String()
}

// figuresUnlessSaid is figures, or nothing when the message already quotes both values
// (a clerk should not read the same two headings twice).
func figuresUnlessSaid(msg, expected, actual, lang string) string {
	if (expected == "" || strings.Contains(msg, expected)) && (actual == "" || strings.Contains(msg, actual)) {
		return ""
	}
	return figures(expected, actual, lang)
}

// figures renders the expected and actual values, whichever are known.
func figures(expected, actual, lang string) string {
	switch {
	case expected == "" && actual == "":
		return ""
	case lang == "en" && expected != "" && actual != "":
		return fmt.Sprintf(" (expected %s, found %s)", expected, actual)
	case lang == "en" && expected != "":
		return fmt.Sprintf(" (expected %s)", expected)
	case lang == "en":
		return fmt.Sprintf(" (found %s)", actual)
	case expected != "" && actual != "":
		return fmt.Sprintf("（应为 %s，实为 %s）", expected, actual)
	case expected != "":
		return fmt.Sprintf("（应为 %s）", expected)
	}
	return fmt.Sprintf("（实为 %s）", actual)
}

// writeRuleCounts says, per rule, how many reports break it: what an auditor looks at
// first in a county's batch.
func writeRuleCounts(w io.Writer, files []FileResult, lang string) {
	count := map[string]int{}
	for _, f := range files {
		seen := map[string]bool{}
		for _, fd := range f.Findings {
			if !seen[fd.Rule] {
				seen[fd.Rule] = true
				count[fd.Rule]++
			}
		}
	}
	if len(count) == 0 {
		return
	}
	ids := make([]string, 0, len(count))
	for id := range count {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if count[ids[i]] != count[ids[j]] {
			return count[ids[i]] > count[ids[j]]
		}
		return ids[i] < ids[j]
	})
	if lang == "en" {
		fmt.Fprintln(w, "\nReports per rule:")
	} else {
		fmt.Fprintln(w, "\n各规则涉及的报告数：")
	}
	width := 0
	for _, id := range ids {
		width = max(width, len(id))
	}
	for _, id := range ids {
		if lang == "en" {
			fmt.Fprintf(w, "  %-*s %d\n", width, id, count[id])
		} else {
			fmt.Fprintf(w, "  %-*s %d 份\n", width, id, count[id])
		}
	}
}

// summaryLine is the last line of the text format.
func summaryLine(s Summary, lang string) string {
	if lang == "en" {
		var extra []string
		if s.Unreadable > 0 {
			extra = append(extra, fmt.Sprintf("%d unreadable", s.Unreadable))
		}
		if s.Skipped > 0 {
			extra = append(extra, fmt.Sprintf("%d non-report %s skipped", s.Skipped, plural(s.Skipped, "file", "files")))
		}
		line := fmt.Sprintf("%d %s", s.Files, plural(s.Files, "file", "files"))
		if len(extra) > 0 {
			line += " (" + strings.Join(extra, ", ") + ")"
		}
		line += fmt.Sprintf(": %d %s, %d %s, %d %s", s.Errors, plural(s.Errors, "error", "errors"),
			s.Warnings, plural(s.Warnings, "warning", "warnings"), s.Notes, plural(s.Notes, "note", "notes"))
		if s.Interrupted {
			line = "Interrupted before every file was checked. " + line
		}
		return line
	}
	var extra []string
	if s.Unreadable > 0 {
		extra = append(extra, fmt.Sprintf("%d 个无法读取", s.Unreadable))
	}
	if s.Skipped > 0 {
		extra = append(extra, fmt.Sprintf("跳过 %d 个非报告文件", s.Skipped))
	}
	line := fmt.Sprintf("共 %d 个文件", s.Files)
	if len(extra) > 0 {
		line += "（" + strings.Join(extra, "，") + "）"
	}
	line += fmt.Sprintf("：错误 %d 个，警告 %d 个，提示 %d 个", s.Errors, s.Warnings, s.Notes)
	if s.Interrupted {
		line = "已中断，部分文件未检查。" + line
	}
	return line
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
