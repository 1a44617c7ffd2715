package text

import (
	"slices"
	"testing"
)

// TestWordBlankRow: Word prints a row of empty cells (表四's unfilled data row) as a line of
// TABs only; it is a row of fifteen empty cells, not nothing.
func TestWordBlankRow(t *testing.T) {
	doc := mustRead(t, "word-tab-blank-row.txt")
	ts := doc.Tables()
	if len(ts) != 1 {
		t.Fatalf("tables = %d, want 1", len(ts))
	}
	rows := ts[0].Rows
	if len(rows) != 4 {
		t.Fatalf("rows = %d, want 4 (two header rows, the sub-header, the blank data row)", len(rows))
	}
	last := rows[3]
	if len(last) != 15 || last[0].Loc.Line != 5 {
		t.Fatalf("blank row: %d cells at line %d, want 15 at line 5", len(last), last[0].Loc.Line)
	}
	if got := rowTexts(last); !slices.Equal(got, make([]string, 15)) {
		t.Errorf("blank row = %q, want 15 empty cells", got)
	}
	if got := rowTexts(rows[2]); len(got) != 10 || got[0] != "结果维持" || got[9] != "总计" {
		t.Errorf("sub-header = %q", got)
	}
}
