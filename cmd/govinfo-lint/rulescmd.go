package main

import (
	"fmt"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/govinfo-lint/govinfo-lint/rules"
)

func newRulesCmd(e *env) *cobra.Command {
	var lang string
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "列出所有规则 / list every rule: id, default severity, summary",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkLang(lang); err != nil {
				return err
			}
			tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
			for _, r := range rules.All() {
				fmt.Fprintf(tw, "%s\t%s\t%s\n", r.ID, r.Severity, r.Summary.In(lang))
			}
			return tw.Flush()
		},
	}
	cmd.Flags().StringVar(&lang, "lang", "zh", "language: zh | en")
	cmd.SetFlagErrorFunc(flagError)
	return cmd
}

func newExplainCmd(e *env) *cobra.Command {
	var lang string
	cmd := &cobra.Command{
		Use:   "explain RULE",
		Short: "解释一条规则：检查什么、依据、如何改正 / what a rule checks, why, how to fix",
		Args:  usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkLang(lang); err != nil {
				return err
			}
			r := rules.Lookup(args[0])
			if r == nil {
				return usagef("%s", unknownRule(args[0]))
			}
			sevWord := map[string]string{"error": "错误", "warning": "警告", "note": "提示"}[r.Severity.String()]
			if lang == "en" {
				fmt.Fprintf(e.stdout, "%s (default severity: %s)\n%s\n\n", r.ID, r.Severity, r.Summary.In(lang))
			} else {
				fmt.Fprintf(e.stdout, "%s（默认级别：%s）\n%s\n\n", r.ID, sevWord, r.Summary.In(lang))
			}
			doc := strings.TrimRight(r.Doc.In(lang), "\n")
			if doc != "" {
				fmt.Fprintln(e.stdout, doc)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&lang, "lang", "zh", "language: zh | en")
	cmd.SetFlagErrorFunc(flagError)
	return cmd
}

func checkLang(lang string) error {
	if lang != "zh" && lang != "en" {
		return usagef("unknown --lang %q: want zh or en", lang)
	}
	return nil
}

// unknownRule is the one-line message for an ID not in the catalogue, with the closest
// IDs as a suggestion.
func unknownRule(id string) string {
	msg := fmt.Sprintf("unknown rule %q", id)
	if s := suggestRules(id); len(s) > 0 {
		msg += "; did you mean " + strings.Join(s, " or ") + "?"
	}
	return msg + " (govinfo-lint rules lists them)"
}

// suggestRules returns up to three catalogue IDs close to id: those containing it or
// contained in it, or within an edit distance of a third of its length.
func suggestRules(id string) []string {
	type cand struct {
		id   string
		dist int
	}
	var cs []cand
	lower := strings.ToLower(strings.TrimSpace(id))
	for _, r := range rules.All() {
		d := editDistance(lower, r.ID)
		if lower != "" && (strings.Contains(r.ID, lower) || strings.Contains(lower, r.ID)) {
			d = min(d, 1)
		}
		if d <= max(2, len(lower)/3) {
			cs = append(cs, cand{r.ID, d})
		}
	}
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].dist != cs[j].dist {
			return cs[i].dist < cs[j].dist
		}
		return cs[i].id < cs[j].id
	})
	var out []string
	for i := 0; i < len(cs) && i < 3; i++ {
		out = append(out, cs[i].id)
	}
	return out
}

// editDistance is the Levenshtein distance between a and b (byte-wise; rule IDs are ASCII).
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
