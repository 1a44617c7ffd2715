package output

import (
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/govinfo-lint/govinfo-lint/rules"
)

// ToolVersion is written as the SARIF driver's version; the CLI sets it from its build.
var ToolVersion = "dev"

const (
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifVersion = "2.1.0"
	toolURI      = "https://github.com/govinfo-lint/govinfo-lint"
)

// The SARIF 2.1.0 subset we write: one run, the rule catalogue in the driver, one result
// per finding. Field names are the standard's.

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool    sarifTool     `json:"tool"`
	Results []sarifResult `json:"results"`
	// Properties carries the run's summary, so that nothing of --format json is lost.
	Properties map[string]any `json:"properties,omitempty"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Language       string      `json:"language,omitempty"`
	Rules          []sarifRule `json:"rules"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifRule struct {
	ID                   string        `json:"id"`
	ShortDescription     sarifMessage  `json:"shortDescription"`
	FullDescription      sarifMessage  `json:"fullDescription"`
	Help                 sarifMessage  `json:"help"`
	DefaultConfiguration sarifDefaults `json:"defaultConfiguration"`
}

type sarifDefaults struct {
	Level string `json:"level"`
}

type sarifResult struct {
	RuleID     string          `json:"ruleId"`
	RuleIndex  *int            `json:"ruleIndex,omitempty"`
	Level      string          `json:"level"`
	Message    sarifMessage    `json:"message"`
	Locations  []sarifLocation `json:"locations"`
	Properties map[string]any  `json:"properties,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical  `json:"physicalLocation"`
	LogicalLocations []sarifLogical `json:"logicalLocations,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine int `json:"startLine"`
}

type sarifLogical struct {
	Name               string `json:"name"`
	FullyQualifiedName string `json:"fullyQualifiedName"`
	Kind               string `json:"kind"`
}

// sarifLevel maps our severities onto SARIF's levels (the same three words).
func sarifLevel(s rules.Severity) string {
	switch s {
	case rules.Error:
		return "error"
	case rules.Warning:
		return "warning"
	case rules.Note:
		return "note"
	}
	return "none"
}

// writeSARIF writes SARIF 2.1.0 for code-scanning dashboards. Messages are in opt.Lang and
// carry the expected and actual figures; the table/row/column become a logical location
// (table3/new_received/natural_person) since a cell has no line of its own in a .docx.
func writeSARIF(w io.Writer, files []FileResult, sum Summary, opt Options) error {
	lang := opt.Lang
	driver := sarifDriver{
		Name: "govinfo-lint", Version: ToolVersion, InformationURI: toolURI,
		Rules: []sarifRule{},
	}
	if lang == "en" {
		driver.Language = "en"
	} else {
		driver.Language = "zh-CN"
	}
	index := map[string]int{}
	for _, r := range rules.All() {
		index[r.ID] = len(driver.Rules)
		doc := r.Doc.In(lang)
		if doc == "" {
			doc = r.Summary.In(lang)
		}
		driver.Rules = append(driver.Rules, sarifRule{
			ID:                   r.ID,
			ShortDescription:     sarifMessage{r.Summary.In(lang)},
			FullDescription:      sarifMessage{doc},
			Help:                 sarifMessage{doc},
			DefaultConfiguration: sarifDefaults{sarifLevel(r.Severity)},
		})
	}
	run := sarifRun{
		Tool:    sarifTool{Driver: driver},
		Results: []sarifResult{},
		Properties: map[string]any{
			"files": sum.Files, "unreadable": sum.Unreadable, "skipped": sum.Skipped,
			"errors": sum.Errors, "warnings": sum.Warnings, "notes": sum.Notes,
			"interrupted": sum.Interrupted,
		},
	}
	for _, f := range files {
		uri := artifactURI(f.File)
		for _, fd := range f.Findings {
			res := sarifResult{
				RuleID:  fd.Rule,
				Level:   sarifLevel(fd.Severity),
				Message: sarifMessage{fd.Message.In(lang) + figuresUnlessSaid(fd.Message.In(lang), fd.Expected, fd.Actual, lang)},
			}
			if i, ok := index[fd.Rule]; ok {
				res.RuleIndex = &i
			}
			loc := sarifLocation{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{URI: uri}}}
			if fd.Where.Line > 0 {
				loc.PhysicalLocation.Region = &sarifRegion{StartLine: fd.Where.Line}
			}
			if l := logicalLocation(fd); l != nil {
				loc.LogicalLocations = []sarifLogical{*l}
			}
			res.Locations = []sarifLocation{loc}
			props := map[string]any{}
			if fd.Expected != "" {
				props["expected"] = fd.Expected
			}
			if fd.Actual != "" {
				props["actual"] = fd.Actual
			}
			if fd.Where.Section > 0 {
				props["section"] = fd.Where.Section
			}
			if len(props) > 0 {
				res.Properties = props
			}
			run.Results = append(run.Results, res)
		}
	}
	log := sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}

// artifactURI turns a path into a URI reference: relative paths stay relative (with
// forward slashes, percent-encoded, as SARIF viewers resolve them against the checkout),
// absolute ones become file: URIs, and standard input is "stdin".
func artifactURI(path string) string {
	if path == "-" {
		return "stdin"
	}
	slashed := filepath.ToSlash(path)
	if filepath.IsAbs(path) {
		if !strings.HasPrefix(slashed, "/") {
			slashed = "/" + slashed // C:/x → /C:/x
		}
		return (&url.URL{Scheme: "file", Path: slashed}).String()
	}
	return (&url.URL{Path: slashed}).String()
}

// logicalLocation names the table cell (or row, or table) a finding is about.
func logicalLocation(fd rules.Finding) *sarifLogical {
	w := fd.Where
	if w.Table == "" {
		return nil
	}
	parts := []string{w.Table}
	if w.Row != "" {
		parts = append(parts, w.Row)
	}
	if w.Column != "" {
		parts = append(parts, w.Column)
	}
	// "element" is SARIF's kind for a part of a structured document.
	return &sarifLogical{Name: parts[len(parts)-1], FullyQualifiedName: strings.Join(parts, "/"), Kind: "element"}
}
