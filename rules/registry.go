package rules

import (
	"sort"
	"strings"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// catalogue is built once; All hands out the same values so that a rule's identity is stable.
var catalogue = buildCatalogue()

var byID = func() map[string]*Rule {
	m := make(map[string]*Rule, len(catalogue))
	for _, r := range catalogue {
		m[r.ID] = r
	}
	return m
}()

func buildCatalogue() []*Rule {
	var rs []*Rule
	rs = append(rs, structureRules()...)
	rs = append(rs, cellRules()...)
	rs = append(rs, arithmeticRules()...)
	rs = append(rs, dateRules()...)
	rs = append(rs, textRules()...)
	rs = append(rs, acrossYearRules()...)
	rs = append(rs, unreadableRule, garbledRule)
	sort.Slice(rs, func(i, j int) bool { return rs[i].ID < rs[j].ID })
	return rs
}

// All returns the catalogue, sorted by ID.
func All() []*Rule {
	out := make([]*Rule, len(catalogue))
	copy(out, catalogue)
	return out
}

// Lookup returns the rule with this ID, or nil.
func Lookup(id string) *Rule { return byID[id] }

// effective says whether a rule runs under cfg and at which severity. Unknown IDs in cfg
// are ignored here: the CLI validates them. A severity override of 0 ("off") disables.
func effective(rule *Rule, cfg *Config) (Severity, bool) {
	sev := rule.Severity
	if cfg == nil {
		return sev, true
	}
	on := true
	for _, id := range cfg.Disable {
		if id == rule.ID {
			on = false
		}
	}
	for _, id := range cfg.Enable {
		if id == rule.ID {
			on = true
		}
	}
	if s, ok := cfg.Severity[rule.ID]; ok {
		if s == 0 {
			return 0, false
		}
		sev = s
	}
	return sev, on
}

// Run applies every enabled rule to r and returns the findings sorted by line, then rule,
// then row and column, with Rule and Severity set.
func Run(r *parser.Report, ctx *Context, cfg *Config) []Finding {
	if r == nil {
		return nil
	}
	if ctx == nil {
		ctx = &Context{}
	}
	runCache.Store(r, &lazyAnalysis{})
	defer runCache.Delete(r)
	var out []Finding
	for _, rule := range catalogue {
		if rule.Check == nil {
			continue
		}
		sev, on := effective(rule, cfg)
		if !on {
			continue
		}
		for _, f := range safeCheck(rule, r, ctx) {
			f.Rule = rule.ID
			f.Severity = sev
			out = append(out, f)
		}
	}
	sortFindings(out)
	return out
}

// finish sets Rule/Severity for findings of a rule run outside Run (across years) and
// drops them when cfg disables the rule.
func finish(id string, fs []Finding, cfg *Config) []Finding {
	rule := byID[id]
	if rule == nil || len(fs) == 0 {
		return nil
	}
	sev, on := effective(rule, cfg)
	if !on {
		return nil
	}
	for i := range fs {
		fs[i].Rule = id
		fs[i].Severity = sev
	}
	return fs
}

func sortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Where.Line != b.Where.Line {
			return a.Where.Line < b.Where.Line
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		if a.Where.Section != b.Where.Section {
			return a.Where.Section < b.Where.Section
		}
		if a.Where.Table != b.Where.Table {
			return a.Where.Table < b.Where.Table
		}
		if a.Where.Row != b.Where.Row {
			ra, rb := rowOrder(a.Where.Row), rowOrder(b.Where.Row)
			if ra != rb {
				return ra < rb
			}
			return a.Where.Row < b.Where.Row
		}
		if a.Where.Column != b.Where.Column {
			ca, cb := colOrder(a.Where.Column), colOrder(b.Where.Column)
			if ca != cb {
				return ca < cb
			}
			return a.Where.Column < b.Where.Column
		}
		return strings.Compare(a.Message.ZH, b.Message.ZH) < 0
	})
}

var rowIndex = func() map[string]int {
	m := map[string]int{}
	var t parser.Table3
	for i, ref := range t.Rows() {
		m[ref.Key] = i + 1
	}
	return m
}()

var colIndex = func() map[string]int {
	m := map[string]int{}
	for i, c := range parser.Table3Columns {
		m[c] = i + 1
	}
	for i, c := range parser.Table4Columns {
		if _, ok := m[c]; !ok {
			m[c] = 10 + i
		}
	}
	return m
}()

// rowOrder orders 表三 rows as printed; other keys after them, alphabetically via the caller.
func rowOrder(k string) int {
	if n, ok := rowIndex[k]; ok {
		return n
	}
	return 100
}

func colOrder(k string) int {
	if n, ok := colIndex[k]; ok {
		return n
	}
	return 100
}

// safeCheck runs one rule; a rule that panics on a strange report loses its own findings
// and nothing else, so that one bad check never costs a file all its other findings.
func safeCheck(rule *Rule, r *parser.Report, ctx *Context) (fs []Finding) {
	defer func() {
		if recover() != nil {
			fs = nil
		}
	}()
	return rule.Check(r, ctx)
}
