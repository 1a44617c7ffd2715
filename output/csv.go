package output

import (
	"encoding/csv"
	"io"
	"strconv"
)

// CSVHeader is the header row of `--format csv` (the contract).
var CSVHeader = []string{"file", "rule", "severity", "section", "table", "row", "column", "line", "expected", "actual", "message"}

// writeCSV writes one row per finding. A file without findings has no row: the CSV is a
// list of defects, the summary belongs to the other formats. Unknown numbers (section 0,
// line 0) are left empty rather than written as 0, which would read as a position.
func writeCSV(w io.Writer, files []FileResult, sum Summary, opt Options) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for _, f := range files {
		for _, fd := range f.Findings {
			rec := []string{
				f.File, fd.Rule, fd.Severity.String(), positive(fd.Where.Section),
				fd.Where.Table, fd.Where.Row, fd.Where.Column, positive(fd.Where.Line),
				fd.Expected, fd.Actual, fd.Message.In(opt.Lang),
			}
			if err := cw.Write(rec); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

func positive(n int) string {
	if n <= 0 {
		return ""
	}
	return strconv.Itoa(n)
}
