// Package rules holds the checks. A rule sees only a parser.Report and returns findings:
// plain data with a position, as golang.org/x/tools/go/analysis has it. Rules never parse
// file formats and never repair a printed figure: the printed value is the evidence.
package rules

import (
	"time"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// Severity of a finding. The order matters: Error > Warning > Note.
type Severity int

const (
	Note Severity = iota + 1
	Warning
	Error
)

// String is the contract's spelling: error | warning | note.
func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	case Note:
		return "note"
	}
	return "none"
}

// ParseSeverity reads error | warning | note (and "never"/"none" as 0).
func ParseSeverity(s string) (Severity, bool) {
	switch s {
	case "error":
		return Error, true
	case "warning":
		return Warning, true
	case "note":
		return Note, true
	case "never", "none", "off":
		return 0, true
	}
	return 0, false
}

// Text is a message in both languages of the tool.
type Text struct {
	ZH string
	EN string
}

// In returns the text in lang ("en" → English, anything else → Chinese).
func (t Text) In(lang string) string {
	if lang == "en" && t.EN != "" {
		return t.EN
	}
	return t.ZH
}

// Finding is one defect: plain data, shared by every output format.
type Finding struct {
	Rule     string
	Severity Severity
	Where    parser.Where
	// Expected and Actual are the figures as strings ("12", "2024-01-31"); empty when the
	// rule has no figure to compare.
	Expected string
	Actual   string
	Message  Text
}

// Context is what a check may know besides the report.
type Context struct {
	// Today is the date date rules take as today (--today).
	Today time.Time
	// Deadline, when set, is the publication deadline (month, day of year Y+1) for issuers
	// without a statutory one (townships, streets, others), from --deadline or the config.
	DeadlineMonth, DeadlineDay int
	// IssuerKind overrides the kind inferred from the issuer's name ("department",
	// "government", "township", "other"); empty means infer.
	IssuerKind string
}

// Rule is one check: a value with a stable ID and written documentation.
type Rule struct {
	// ID is stable and public (e.g. "table3-balance").
	ID       string
	Severity Severity
	// Summary is one line.
	Summary Text
	// Doc is the explanation shown by `govinfo-lint explain ID`: what it checks, its legal or
	// format basis, how to fix it.
	Doc Text
	// Check returns the rule's findings; Rule and Severity of each are filled in by Run.
	// Nil for rules that need more than one report (see CheckAcrossYears) or that the
	// reading stage raises (input-unreadable).
	Check func(r *parser.Report, ctx *Context) []Finding
}

// Config selects and tunes rules (from flags and .govinfo-lint.yaml).
type Config struct {
	// Disable and Enable list rule IDs; Enable wins over Disable for the same ID.
	Disable []string
	Enable  []string
	// Severity overrides a rule's default severity by ID.
	Severity map[string]Severity
}

// YearFacts is the little a batch keeps of one report to compare consecutive years of the
// same issuer (carryover-mismatch, stock-continuity) without holding the report.
type YearFacts struct {
	File   string
	Issuer string // as printed
	Key    string // NormalizeIssuer(Issuer)
	Year   int
	// CarriedOver is 表三 二、上年结转; CarriedForward is 表三 四、结转下年度继续办理.
	CarriedOver, CarriedForward *parser.Table3Row
	// Table2 is kept for 现行有效件数 continuity (nil when absent).
	Table2 *parser.Table2
}
