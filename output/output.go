// Package output writes lint results for people and programs: one file per format
// (text.go, json.go, csv.go, sarif.go, xlsx.go), all fed the same plain data.
package output

import "github.com/govinfo-lint/govinfo-lint/rules"

// FileResult is what linting one file gave.
type FileResult struct {
	File   string
	Input  string // docx | text | html; empty when unreadable before its kind was known
	Layout string
	Year   int
	Issuer string
	// Error is the one-line reason the file could not be read (Chinese and English);
	// Findings then holds an input-unreadable finding.
	Error    *rules.Text
	Findings []rules.Finding
}

// Summary counts a run.
type Summary struct {
	Files      int
	Unreadable int
	// Skipped counts files in walked folders that are clearly not reports (lock files,
	// images, spreadsheets …); they are not in Files.
	Skipped  int
	Errors   int
	Warnings int
	Notes    int
	// Interrupted is true when the run was stopped (Ctrl-C) before every file was done.
	Interrupted bool
}

// Options say how to write.
type Options struct {
	Lang  string // zh | en
	Color bool
}

// Counts returns how many of the file's findings are errors, warnings and notes.
func (fr *FileResult) Counts() (errors, warnings, notes int) {
	for _, fd := range fr.Findings {
		switch fd.Severity {
		case rules.Error:
			errors++
		case rules.Warning:
			warnings++
		case rules.Note:
			notes++
		}
	}
	return errors, warnings, notes
}

// DisplayWidth counts the columns s takes on a terminal or in a spreadsheet cell: CJK and
// other wide characters take two.
func DisplayWidth(s string) int {
	w := 0
	for _, r := range s {
		if r >= 0x1100 {
			w += 2
		} else {
			w++
		}
	}
	return w
}
