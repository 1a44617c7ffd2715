package output

import (
	"bytes"
	"encoding/json"
	"testing"
)

// The findings JSON has the contract's keys and types, whatever the golden file holds.
func TestJSONContractShape(t *testing.T) {
	files, sum := sampleRun()
	var buf bytes.Buffer
	if err := Write(&buf, "json", files, sum, Options{Lang: "zh"}); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Schema string `json:"schema"`
		Files  []struct {
			File     string           `json:"file"`
			Input    string           `json:"input"`
			Layout   string           `json:"layout"`
			Year     *int             `json:"year"`
			Issuer   string           `json:"issuer"`
			Error    *string          `json:"error"`
			Findings []map[string]any `json:"findings"`
		} `json:"files"`
		Summary map[string]any `json:"summary"`
	}
	dec := json.NewDecoder(&buf)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		t.Fatal(err)
	}
	if doc.Schema != "govinfo-lint/findings/v1" {
		t.Errorf("schema %q", doc.Schema)
	}
	if len(doc.Files) != 3 {
		t.Fatalf("%d files", len(doc.Files))
	}
	f0 := doc.Files[0]
	if f0.Year == nil || *f0.Year != 2023 || f0.Error != nil || len(f0.Findings) != 4 {
		t.Errorf("first file: %+v", f0)
	}
	fd := f0.Findings[0]
	for _, k := range []string{"rule", "severity", "message", "where", "expected", "actual"} {
		if _, ok := fd[k]; !ok {
			t.Errorf("finding lacks %q", k)
		}
	}
	where := fd["where"].(map[string]any)
	if where["table"] != "table3" || where["row"] != "new_received" || where["column"] != "natural_person" || where["line"] != 112.0 || where["section"] != 3.0 {
		t.Errorf("where = %v", where)
	}
	if doc.Files[1].Findings == nil {
		t.Error("a clean file's findings must be [], not null")
	}
	if doc.Files[2].Error == nil || doc.Files[2].Year != nil {
		t.Errorf("unreadable file: error %v year %v", doc.Files[2].Error, doc.Files[2].Year)
	}
	for _, k := range []string{"files", "unreadable", "errors", "warnings", "notes"} {
		if _, ok := doc.Summary[k].(float64); !ok {
			t.Errorf("summary.%s missing or not a number", k)
		}
	}
}
