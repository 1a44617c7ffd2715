// Package input decides what a file is from its content (not its extension), sends it to
// the right reader, and turns everything that can go wrong (unknown kinds, limits, panics)
// into one clear reason. It is the only door from file bytes to a parser.Report.
package input

import "fmt"

// Error is why a file cannot be read as a report: one line, in both languages, saying
// what the file is and what to do.
type Error struct {
	// Kind is what the file turned out to be: "pdf", "doc", "wps", "encrypted-docx",
	// "image", "zip", "empty", "binary", "too-large", "corrupt", "not-report", "io" …
	Kind string
	ZH   string
	EN   string
}

func (e *Error) Error() string { return fmt.Sprintf("%s (%s)", e.EN, e.Kind) }
