package output

import (
	"encoding/json"
	"io"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// FindingsSchema is the value of the "schema" field of `--format json`.
const FindingsSchema = "govinfo-lint/findings/v1"

// The JSON shapes below are the contract (shared/spec/CONTRACT.md); field order follows it.

type jsonRun struct {
	Schema  string      `json:"schema"`
	Files   []jsonFile  `json:"files"`
	Summary jsonSummary `json:"summary"`
}

type jsonFile struct {
	File   string `json:"file"`
	Input  string `json:"input"`
	Layout string `json:"layout"`
	// Year is null when no year could be found.
	Year     *int          `json:"year"`
	Issuer   string        `json:"issuer"`
	Error    *string       `json:"error"`
	Findings []jsonFinding `json:"findings"`
}

type jsonFinding struct {
	Rule     string       `json:"rule"`
	Severity string       `json:"severity"`
	Message  string       `json:"message"`
	Where    parser.Where `json:"where"`
	Expected string       `json:"expected"`
	Actual   string       `json:"actual"`
}

type jsonSummary struct {
	Files      int `json:"files"`
	Unreadable int `json:"unreadable"`
	Errors     int `json:"errors"`
	Warnings   int `json:"warnings"`
	Notes      int `json:"notes"`
	// Skipped and Interrupted are additions to the contract's floor.
	Skipped     int  `json:"skipped"`
	Interrupted bool `json:"interrupted"`
}

// writeJSON writes the findings/v1 document, messages in opt.Lang. Empty lists are [],
// never null, so that consumers can iterate without checks.
func writeJSON(w io.Writer, files []FileResult, sum Summary, opt Options) error {
	run := jsonRun{
		Schema: FindingsSchema,
		Files:  make([]jsonFile, 0, len(files)),
		Summary: jsonSummary{
			Files: sum.Files, Unreadable: sum.Unreadable, Errors: sum.Errors,
			Warnings: sum.Warnings, Notes: sum.Notes, Skipped: sum.Skipped,
			Interrupted: sum.Interrupted,
		},
	}
	for _, f := range files {
		jf := jsonFile{
			File: f.File, Input: f.Input, Layout: f.Layout, Issuer: f.Issuer,
			Findings: make([]jsonFinding, 0, len(f.Findings)),
		}
		if jf.Layout == "" {
			// A file never read has no layout; say so in the contract's word.
			jf.Layout = parser.LayoutUnknown
		}
		if f.Year > 0 {
			y := f.Year
			jf.Year = &y
		}
		if f.Error != nil {
			e := f.Error.In(opt.Lang)
			jf.Error = &e
		}
		for _, fd := range f.Findings {
			jf.Findings = append(jf.Findings, jsonFinding{
				Rule: fd.Rule, Severity: fd.Severity.String(), Message: fd.Message.In(opt.Lang),
				Where: fd.Where, Expected: fd.Expected, Actual: fd.Actual,
			})
		}
		run.Files = append(run.Files, jf)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(run)
}
