package output

import (
	"fmt"
	"io"
)

// Formats are the values of `--format` for lint, in the contract's order.
var Formats = []string{"text", "json", "csv", "sarif"}

// Write writes a lint run in format (text | json | csv | sarif).
func Write(w io.Writer, format string, files []FileResult, sum Summary, opt Options) error {
	switch format {
	case "text", "":
		return writeText(w, files, sum, opt)
	case "json":
		return writeJSON(w, files, sum, opt)
	case "csv":
		return writeCSV(w, files, sum, opt)
	case "sarif":
		return writeSARIF(w, files, sum, opt)
	}
	return fmt.Errorf("unknown output format %q (want text, json, csv or sarif)", format)
}
