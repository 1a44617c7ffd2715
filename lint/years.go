package lint

import (
	"slices"
	"strings"

	"github.com/govinfo-lint/govinfo-lint/output"
	"github.com/govinfo-lint/govinfo-lint/rules"
)

// checkAcrossYears compares consecutive years of the same issuer (carryover-mismatch,
// stock-continuity) and adds the findings to the later year's result. facts[i] belongs to
// results[i] (nil when the file gave none). Issuers are matched by rules.NormalizeIssuer,
// never by file name. When an issuer has several files for one year, each report of Y is
// compared with each of Y−1 and identical findings are kept once.
func checkAcrossYears(results []output.FileResult, facts []*rules.YearFacts, ctx *rules.Context, cfg *rules.Config) {
	type entry struct {
		idx   int
		facts *rules.YearFacts
	}
	type issuerYear struct {
		key  string
		year int
	}
	groups := map[issuerYear][]entry{}
	for i, f := range facts {
		if f == nil || f.Year == 0 {
			continue
		}
		key := f.Key
		if key == "" {
			key = rules.NormalizeIssuer(f.Issuer)
		}
		if strings.TrimSpace(key) == "" {
			continue
		}
		k := issuerYear{key, f.Year}
		groups[k] = append(groups[k], entry{i, f})
	}
	// Visit in a fixed order so that findings come out the same whatever the scheduling.
	keys := make([]issuerYear, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b issuerYear) int {
		if c := strings.Compare(a.key, b.key); c != 0 {
			return c
		}
		return a.year - b.year
	})
	byFile := func(a, b entry) int { return comparePaths(results[a.idx].File, results[b.idx].File) }
	for _, k := range keys {
		prevs, ok := groups[issuerYear{k.key, k.year - 1}]
		if !ok {
			continue
		}
		curs := groups[k]
		slices.SortFunc(prevs, byFile)
		slices.SortFunc(curs, byFile)
		for _, cur := range curs {
			var add []rules.Finding
			for _, prev := range prevs {
				for _, f := range rules.CheckAcrossYears(prev.facts, cur.facts, ctx, cfg) {
					if !slices.ContainsFunc(add, func(g rules.Finding) bool { return sameFinding(f, g) }) {
						add = append(add, f)
					}
				}
			}
			if len(add) == 0 {
				continue
			}
			r := &results[cur.idx]
			r.Findings = append(r.Findings, compactFindings(add)...)
			sortFindings(r.Findings)
		}
	}
}

func sameFinding(a, b rules.Finding) bool {
	return a.Rule == b.Rule && a.Severity == b.Severity && a.Where == b.Where &&
		a.Expected == b.Expected && a.Actual == b.Actual && a.Message == b.Message
}

// sortFindings puts a file's findings back in the order rules.Run gives them (by line,
// then rule, section and table); the sort is stable, so findings that tie keep the order
// rules gave them, and the cross-year findings added at the end sit where they apply.
func sortFindings(fs []rules.Finding) {
	slices.SortStableFunc(fs, func(a, b rules.Finding) int {
		if c := a.Where.Line - b.Where.Line; c != 0 {
			return c
		}
		if c := strings.Compare(a.Rule, b.Rule); c != 0 {
			return c
		}
		if c := a.Where.Section - b.Where.Section; c != 0 {
			return c
		}
		return strings.Compare(a.Where.Table, b.Where.Table)
	})
}
