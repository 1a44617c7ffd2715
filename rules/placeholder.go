package rules

import "github.com/govinfo-lint/govinfo-lint/parser"

// Placeholders until the registry lands; its owner deletes this file.

func All() []*Rule                                              { return nil }
func Lookup(id string) *Rule                                    { return nil }
func Run(r *parser.Report, ctx *Context, cfg *Config) []Finding { return nil }
func Facts(r *parser.Report) *YearFacts                         { return nil }
func NormalizeIssuer(name string) string                        { return name }
func Unreadable(err error, file string) Finding {
	return Finding{Rule: "input-unreadable", Severity: Error}
}
func CheckAcrossYears(prev, cur *YearFacts, ctx *Context, cfg *Config) []Finding { return nil }
