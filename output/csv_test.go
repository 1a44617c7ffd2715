package output

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
)

func TestCSVRows(t *testing.T) {
	files, sum := sampleRun()
	var buf bytes.Buffer
	if err := Write(&buf, "csv", files, sum, Options{Lang: "en"}); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(recs[0], ","); got != "file,rule,severity,section,table,row,column,line,expected,actual,message" {
		t.Errorf("header %s", got)
	}
	// One row per finding: 4 + 0 + 1.
	if len(recs) != 6 {
		t.Fatalf("%d rows, want 6", len(recs))
	}
	want := []string{"报告/绥滨县连生乡-2023.txt", "table3-balance", "error", "3", "table3", "new_received", "natural_person", "112", "12", "11"}
	for i, w := range want {
		if recs[1][i] != w {
			t.Errorf("row 1 col %s = %q, want %q", recs[0][i], recs[1][i], w)
		}
	}
	if !strings.HasPrefix(recs[1][10], "table 3") {
		t.Errorf("message not in English: %q", recs[1][10])
	}
	last := recs[5]
	if last[1] != "input-unreadable" || last[3] != "" || last[7] != "" {
		t.Errorf("unreadable row %q: unknown section/line must be empty", last)
	}
}
