package output

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/govinfo-lint/govinfo-lint/rules"
)

// sarifWithoutRules drops tool.driver.rules (the catalogue, which grows with every rule
// and is checked by TestSARIFRulesFromCatalogue) so that the golden file holds the
// results only.
func sarifWithoutRules(t *testing.T, b []byte) []byte {
	t.Helper()
	var log map[string]any
	if err := json.Unmarshal(b, &log); err != nil {
		t.Fatal(err)
	}
	run := log["runs"].([]any)[0].(map[string]any)
	driver := run["tool"].(map[string]any)["driver"].(map[string]any)
	driver["rules"] = "(the catalogue, see TestSARIFRulesFromCatalogue)"
	for _, r := range run["results"].([]any) {
		delete(r.(map[string]any), "ruleIndex")
	}
	out, err := json.MarshalIndent(log, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(out, '\n')
}

func TestSARIFRulesFromCatalogue(t *testing.T) {
	files, sum := sampleRun()
	var buf bytes.Buffer
	if err := Write(&buf, "sarif", files, sum, Options{Lang: "en"}); err != nil {
		t.Fatal(err)
	}
	var log sarifLog
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 {
		t.Fatalf("version %q, %d runs", log.Version, len(log.Runs))
	}
	run := log.Runs[0]
	all := rules.All()
	if len(run.Tool.Driver.Rules) != len(all) {
		t.Fatalf("%d rules in the driver, %d in the catalogue", len(run.Tool.Driver.Rules), len(all))
	}
	for i, r := range all {
		d := run.Tool.Driver.Rules[i]
		if d.ID != r.ID || d.DefaultConfiguration.Level != r.Severity.String() || d.ShortDescription.Text != r.Summary.EN {
			t.Errorf("driver rule %d = %+v, catalogue %s", i, d, r.ID)
		}
	}
	if len(run.Results) != 5 {
		t.Fatalf("%d results, want 5", len(run.Results))
	}
	for _, res := range run.Results {
		if res.RuleIndex != nil && run.Tool.Driver.Rules[*res.RuleIndex].ID != res.RuleID {
			t.Errorf("ruleIndex of %s points at %s", res.RuleID, run.Tool.Driver.Rules[*res.RuleIndex].ID)
		}
	}
	first := run.Results[0].Locations[0]
	if first.PhysicalLocation.Region == nil || first.PhysicalLocation.Region.StartLine != 112 {
		t.Errorf("region %+v", first.PhysicalLocation.Region)
	}
	if len(first.LogicalLocations) != 1 || first.LogicalLocations[0].FullyQualifiedName != "table3/new_received/natural_person" {
		t.Errorf("logical %+v", first.LogicalLocations)
	}
	if last := run.Results[4].Locations[0]; last.PhysicalLocation.Region != nil {
		t.Errorf("a finding without a line has a region: %+v", last.PhysicalLocation.Region)
	}
}

func TestArtifactURI(t *testing.T) {
	cases := map[string]string{
		"a/b.docx":      "a/b.docx",
		"报告/x y.docx":   "%E6%8A%A5%E5%91%8A/x%20y.docx",
		"/srv/r/a.docx": "file:///srv/r/a.docx",
		"-":             "stdin",
		"dir/50%.docx":  "dir/50%25.docx",
		"./rel/a.txt":   "./rel/a.txt",
	}
	for in, want := range cases {
		if got := artifactURI(in); got != want {
			t.Errorf("artifactURI(%q) = %q, want %q", in, got, want)
		}
	}
}
