package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

const seed = "../../testdata/script/fixtures/seed-2023.txt"

// testEnv runs the CLI in-process with a fake terminal and environment.
func testEnv(terminal bool, vars map[string]string) (*env, *bytes.Buffer, *bytes.Buffer) {
	var out, errb bytes.Buffer
	e := &env{
		stdin: strings.NewReader(""), stdout: &out, stderr: &errb,
		getenv:     func(k string) string { return vars[k] },
		isTerminal: func(any) bool { return terminal },
	}
	return e, &out, &errb
}

// Colour only when stdout is a terminal, --no-color is absent, NO_COLOR is unset or empty,
// and the format is text.
func TestColourDecision(t *testing.T) {
	cases := []struct {
		name     string
		terminal bool
		vars     map[string]string
		args     []string
		want     bool
	}{
		{"terminal", true, nil, nil, true},
		{"pipe", false, nil, nil, false},
		{"no-color flag", true, nil, []string{"--no-color"}, false},
		{"NO_COLOR", true, map[string]string{"NO_COLOR": "1"}, nil, false},
		{"NO_COLOR empty", true, map[string]string{"NO_COLOR": ""}, nil, true},
		{"json", true, nil, []string{"--format", "json"}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e, out, errb := testEnv(c.terminal, c.vars)
			args := append([]string{"--today", "2024-03-01", "--fail-on", "never"}, c.args...)
			if code := e.run(context.Background(), append(args, seed)); code != 0 {
				t.Fatalf("exit %d: %s", code, errb)
			}
			if got := strings.Contains(out.String(), "\x1b["); got != c.want {
				t.Errorf("colour = %v, want %v:\n%s", got, c.want, out)
			}
		})
	}
}

// A progress writer goes to lint only when stderr is a terminal and CI is not set.
func TestProgressDecision(t *testing.T) {
	cases := []struct {
		terminal bool
		ci       string
		want     bool
	}{
		{true, "", true},
		{true, "true", false},
		{false, "", false},
	}
	for _, c := range cases {
		e, _, _ := testEnv(c.terminal, map[string]string{"CI": c.ci})
		cmd := &cobra.Command{Use: "lint"}
		lo := &lintOpts{}
		lo.register(cmd)
		if err := cmd.ParseFlags(nil); err != nil {
			t.Fatal(err)
		}
		s, err := lo.resolve(cmd, e, []string{seed})
		if err != nil {
			t.Fatal(err)
		}
		if got := s.opt.Progress != nil; got != c.want {
			t.Errorf("terminal=%v CI=%q: progress %v, want %v", c.terminal, c.ci, got, c.want)
		}
	}
}

// Ctrl-C (a cancelled context): what was done is printed, the run says it was
// interrupted, and the status is 1 even with --fail-on never.
func TestInterrupted(t *testing.T) {
	e, out, errb := testEnv(false, nil)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	code := e.run(ctx, []string{"--fail-on", "never", "--today", "2024-03-01", seed})
	if code != exitFindings {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(errb.String(), "已中断") {
		t.Errorf("stderr does not say it was interrupted: %q", errb)
	}
	if !strings.Contains(out.String(), "已中断") {
		t.Errorf("the summary does not say it was interrupted: %q", out)
	}
}

// template refuses to write a .docx to a terminal.
func TestTemplateRefusesTerminal(t *testing.T) {
	e, out, errb := testEnv(true, nil)
	if code := e.run(context.Background(), []string{"template", "--year", "2025"}); code != exitUsage {
		t.Errorf("exit %d, want 2", code)
	}
	if out.Len() != 0 || !strings.Contains(errb.String(), "-o FILE") {
		t.Errorf("stdout %d bytes, stderr %q", out.Len(), errb)
	}
}

func TestRuleSelection(t *testing.T) {
	cfg := &fileConfig{
		Disable:  []string{"date-late", "section-empty"},
		Enable:   []string{"stock-continuity"},
		Severity: map[string]string{"cell-blank": "note", "text-sum": "off"},
		path:     "x.yaml",
	}
	disable, enable, sev, err := ruleSelection(cfg, []string{"stock-continuity"}, []string{"date-late"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(disable, ",") != "section-empty,text-sum,stock-continuity" {
		t.Errorf("disable = %v", disable)
	}
	if strings.Join(enable, ",") != "date-late" {
		t.Errorf("enable = %v", enable)
	}
	if len(sev) != 1 || sev["cell-blank"].String() != "note" {
		t.Errorf("severity = %v", sev)
	}
}

func TestParseMonthDay(t *testing.T) {
	cases := map[string]bool{"01-31": true, "1-31": true, "02-29": true, "02-30": false, "13-01": false, "0131": false, "": false}
	for in, ok := range cases {
		if _, _, got := parseMonthDay(in); got != ok {
			t.Errorf("parseMonthDay(%q) ok = %v, want %v", in, got, ok)
		}
	}
}

func TestSuggestRules(t *testing.T) {
	cases := map[string]string{
		"table3-balanc":   "table3-balance",
		"date-befor":      "date-before-period-end",
		"personal":        "personal-data",
		"TABLE4-SUM":      "table4-sum",
		"qqqqqqqqqqqqqqq": "",
	}
	for in, want := range cases {
		got := suggestRules(in)
		if want == "" {
			if len(got) != 0 {
				t.Errorf("suggestRules(%q) = %v, want none", in, got)
			}
			continue
		}
		if len(got) == 0 || got[0] != want {
			t.Errorf("suggestRules(%q) = %v, want %s first", in, got, want)
		}
	}
}

// The config file is user input: parsing never panics, and an error is one line.
func FuzzParseConfig(f *testing.F) {
	seeds := []string{
		"disable: [section-empty]\nenable: [stock-continuity]\nseverity:\n  date-late: error\n",
		"deadline: \"02-15\"\nissuer_kind: township\nlang: en\ntoday: \"2024-03-01\"\njobs: 4\n",
		"limits:\n  max_file_mb: 64\n  max_cells: 200000\n",
		"disabel: [x]\n",
		"deadline: [1, 2]\njobs: many\n",
		"",
		"- a\n- b\n",
		"severity: {a: [1]}\n",
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := parseConfig(data)
		if err != nil && strings.Contains(err.Error(), "\n") {
			t.Errorf("multi-line error: %q", err)
		}
	})
}
