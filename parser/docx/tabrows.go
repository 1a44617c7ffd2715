package docx

import (
	"strings"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// Tables typed with tabs. Some clerks lay a table out as paragraphs whose cells are
// separated by TABs (表四's fifteen figures on one line under a line of labels), never
// inserting a Word table. Word's "save as plain text" prints a real table the same way,
// and parser/text reads such lines as table rows; the .docx road does the same, so that
// both roads agree. The table is Ragged: TABs align text, they do not say which column
// a field is in.
//
// Only a run of at least two consecutive paragraphs that all split at TABs into two or
// more fields, one of them into at least four fields of which three are figures, is
// taken: a lone signature indented with TABs, a contact line 「电话：\t…」 or a table of
// contents (title TAB page) stays text.

const (
	tabMinRows   = 2
	tabMinFields = 4
	tabMinValues = 3
)

// tabTables replaces runs of TAB-laid paragraphs among blocks with ragged tables.
func tabTables(blocks []parser.Block) []parser.Block {
	out := blocks[:0:0]
	changed := false
	for i := 0; i < len(blocks); {
		j := i
		wide := false
		for j < len(blocks) && blocks[j].Para != nil {
			fs := tabFields(blocks[j].Para.Text)
			if len(fs) < 2 {
				break
			}
			if len(fs) >= tabMinFields && countValues(fs) >= tabMinValues {
				wide = true
			}
			j++
		}
		if j-i >= tabMinRows && wide {
			t := &parser.Table{Loc: blocks[i].Para.Loc, Ragged: true}
			for _, b := range blocks[i:j] {
				fs := tabFields(b.Para.Text)
				row := make([]parser.Cell, len(fs))
				for k, f := range fs {
					row[k] = parser.Cell{Text: f, Loc: b.Para.Loc, OriginRow: len(t.Rows), OriginCol: k}
				}
				t.Rows = append(t.Rows, row)
			}
			out = append(out, parser.Block{Table: t})
			changed = true
			i = j
			continue
		}
		if j == i {
			j = i + 1
		}
		out = append(out, blocks[i:j]...)
		i = j
	}
	if !changed {
		return blocks
	}
	return out
}

// tabFields splits a paragraph at TABs into its non-empty fields (runs of TABs align,
// they are not empty cells). A paragraph without a TAB has no fields; a soft line break
// inside it means it is not one row.
func tabFields(s string) []string {
	if strings.IndexByte(s, '\t') < 0 || strings.IndexByte(s, '\n') >= 0 {
		return nil
	}
	var fs []string
	for _, f := range strings.Split(s, "\t") {
		if f = strings.TrimFunc(f, isTrimmed); f != "" {
			fs = append(fs, f)
		}
	}
	return fs
}

// countValues counts the fields that read as figures: digits (ASCII or full-width),
// with thousands separators, a decimal point and a unit (件, 万元, 元) at most, or a
// blank mark (/, —, -, 无). A phone number (0571-88888888) or a date is no figure.
func countValues(fs []string) int {
	n := 0
	for _, f := range fs {
		switch f {
		case "/", "／", "—", "——", "-", "－", "无":
			n++
			continue
		}
		f = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(f, "件"), "万元"), "元")
		digits, ok := 0, f != ""
		for _, r := range f {
			switch {
			case r >= '0' && r <= '9', r >= '０' && r <= '９':
				digits++
			case strings.ContainsRune(".,，．", r) && digits > 0:
			default:
				ok = false
			}
		}
		if ok && digits > 0 && digits <= 9 {
			n++
		}
	}
	return n
}
