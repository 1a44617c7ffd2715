package output

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// ExtractCSVHeader is the header row of `extract --format csv` (the contract).
var ExtractCSVHeader = []string{"file", "table", "row", "column", "value"}

// WriteExtract prints the typed tables of reports for `govinfo-lint extract`: format
// "json" (schema govinfo-lint/report/v1; one object, or an array when array is true, as
// when several files were asked for) or "csv" (file,table,row,column,value: one row per
// cell).
func WriteExtract(w io.Writer, format string, reports []*parser.Report, array bool) error {
	switch format {
	case "json", "":
		return writeExtractJSON(w, reports, array)
	case "csv":
		return writeExtractCSV(w, reports)
	}
	return fmt.Errorf("unknown extract format %q (want json or csv)", format)
}

// forJSON returns a shallow copy of r as the contract wants it: schema set, lists [] rather
// than null. The report itself is not modified.
func forJSON(r *parser.Report) *parser.Report {
	c := *r
	if c.Schema == "" {
		c.Schema = parser.Schema
	}
	if c.Layout == "" {
		c.Layout = parser.LayoutUnknown
	}
	if c.Sections == nil {
		c.Sections = []parser.Section{}
	}
	if c.ExtraRows == nil {
		c.ExtraRows = []parser.ExtraRow{}
	}
	return &c
}

func writeExtractJSON(w io.Writer, reports []*parser.Report, array bool) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if !array {
		if len(reports) != 1 {
			return fmt.Errorf("extract: %d reports for a single JSON object", len(reports))
		}
		return enc.Encode(forJSON(reports[0]))
	}
	out := make([]*parser.Report, 0, len(reports))
	for _, r := range reports {
		out = append(out, forJSON(r))
	}
	return enc.Encode(out)
}

func writeExtractCSV(w io.Writer, reports []*parser.Report) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(ExtractCSVHeader); err != nil {
		return err
	}
	for _, r := range reports {
		for _, c := range Cells(r) {
			if err := cw.Write([]string{r.File, c.Table, c.Row, c.Column, c.Value}); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// Cell is one numeric cell of a report, named by the contract's keys, with its value as
// extract prints it ("" when not filled).
type Cell struct {
	Table, Row, Column, Value string
}

// Cells lists every cell of 表二, 表三 and 表四 present in r, in the contract's order,
// then the rows the report adds (extra_rows, their columns numbered from 1 unless they
// have 表三's seven).
func Cells(r *parser.Report) []Cell {
	var out []Cell
	if t := r.Table2; t != nil {
		var v any
		switch {
		case t.V2021 != nil:
			v = t.V2021
		case t.V2019 != nil:
			v = t.V2019
		}
		if v != nil {
			out = append(out, structCells(parser.KeyTable2, v)...)
		}
	}
	if t := r.Table3; t != nil {
		for _, ref := range t.Rows() {
			row := *ref.Row
			if row == nil {
				continue
			}
			for i, f := range row.Cells() {
				out = append(out, Cell{parser.KeyTable3, ref.Key, parser.Table3Columns[i], figureValue(f)})
			}
		}
	}
	if t := r.Table4; t != nil {
		blocks := []struct {
			key string
			b   *parser.Table4Block
		}{
			{"review", &t.Review},
			{"litigation_direct", &t.LitigationDirect},
			{"litigation_after_review", &t.LitigationAfterReview},
		}
		for _, b := range blocks {
			for i, f := range b.b.Cells() {
				out = append(out, Cell{parser.KeyTable4, b.key, parser.Table4Columns[i], figureValue(f)})
			}
		}
	}
	for _, er := range r.ExtraRows {
		for i, f := range er.Values {
			col := strconv.Itoa(i + 1)
			if er.Table == parser.KeyTable3 && len(er.Values) == len(parser.Table3Columns) {
				col = parser.Table3Columns[i]
			}
			out = append(out, Cell{er.Table, er.Label, col, figureValue(f)})
		}
	}
	return out
}

var figureType = reflect.TypeOf(parser.Figure{})

// structCells walks a 表二 layout struct: each field is a row (its JSON key), each Figure
// field of the row a column. Walking the struct rather than listing keys keeps extract in
// step with parser/report.go when a layout gains a cell.
func structCells(table string, v any) []Cell {
	var out []Cell
	rv := reflect.Indirect(reflect.ValueOf(v))
	rt := rv.Type()
	for i := 0; i < rt.NumField(); i++ {
		rowKey := jsonKey(rt.Field(i))
		row := rv.Field(i)
		if rowKey == "" || row.Kind() != reflect.Struct {
			continue
		}
		for j := 0; j < row.NumField(); j++ {
			sf := row.Type().Field(j)
			colKey := jsonKey(sf)
			if colKey == "" || sf.Type != figureType {
				continue
			}
			f := row.Field(j).Interface().(parser.Figure)
			out = append(out, Cell{table, rowKey, colKey, figureValue(&f)})
		}
	}
	return out
}

func jsonKey(f reflect.StructField) string {
	if !f.IsExported() {
		return ""
	}
	tag := f.Tag.Get("json")
	name, _, _ := strings.Cut(tag, ",")
	if name == "-" || name == "" {
		return ""
	}
	return name
}

// figureValue is the value as JSON has it: the number when filled, "" otherwise (null).
func figureValue(f *parser.Figure) string {
	if f == nil || !f.Filled() {
		return ""
	}
	return strconv.FormatFloat(f.Value, 'f', -1, 64)
}
