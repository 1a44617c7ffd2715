package rules_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/govinfo-lint/govinfo-lint/rules"
)

// TestMonthOnlySignature: a 落款 with the month only (「2024年1月」, Day 0, Date "2024-01")
// is never date-invalid, and the other date rules judge it only when the whole month
// decides.
func TestMonthOnlySignature(t *testing.T) {
	for _, c := range []struct {
		issuer string
		year   int
		y, m   int
		today  time.Time
		want   []string
	}{
		{"测试县发展和改革局", 2023, 2024, 1, today, nil},                                                             // January: could be on time
		{"测试县发展和改革局", 2023, 2024, 2, today, []string{"date-late"}},                                           // all of February is late
		{"测试县人民政府", 2023, 2024, 3, today, nil},                                                               // March for a government: on time
		{"测试县人民政府", 2023, 2024, 4, today, []string{"date-late"}},                                             // April: late
		{"测试县发展和改革局", 2023, 2023, 12, today, []string{"date-before-period-end"}},                             // December of the report year
		{"测试县发展和改革局", 2023, 2023, 1, today, []string{"date-before-period-end"}},                              // a template's year
		{"测试县连生乡人民政府", 2023, 2024, 6, today, nil},                                                            // no national deadline
		{"测试县连生乡人民政府", 2023, 2024, 1, time.Date(2024, 1, 10, 0, 0, 0, 0, time.UTC), nil},                     // this month: maybe today
		{"测试县连生乡人民政府", 2023, 2024, 2, time.Date(2024, 1, 10, 0, 0, 0, 0, time.UTC), []string{"date-future"}}, // next month
	} {
		r := correct2021()
		r.Issuer, r.Year, r.TitleYear, r.PeriodYear = c.issuer, c.year, c.year, c.year
		r.Signature.Issuer = c.issuer
		r.Signature.Year, r.Signature.Month, r.Signature.Day = c.y, c.m, 0
		r.Signature.Date = fmt.Sprintf("%04d-%02d", c.y, c.m)
		r.Signature.Text = fmt.Sprintf("%d年%d月", c.y, c.m)
		var got []string
		for _, f := range rules.Run(r, &rules.Context{Today: c.today}, &rules.Config{Disable: []string{"year-mismatch", "fee-statement-missing"}}) {
			if slices.Contains([]string{"date-invalid", "date-late", "date-before-period-end", "date-future", "date-missing"}, f.Rule) {
				got = append(got, f.Rule)
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%s %d signed %s: %v, want %v", c.issuer, c.year, r.Signature.Text, got, c.want)
		}
	}
}

// TestDayZero: a printed day 0 (「2024年1月0日」, Date "2024-01-00") is not a month-only
// date: it is date-invalid.
func TestDayZero(t *testing.T) {
	r := correct2021()
	r.Signature.Year, r.Signature.Month, r.Signature.Day = 2024, 1, 0
	r.Signature.Date, r.Signature.Text = "2024-01-00", "2024年1月0日"
	var got []string
	for _, f := range rules.Run(r, &rules.Context{Today: today}, &rules.Config{Disable: []string{"year-mismatch", "fee-statement-missing"}}) {
		if strings.HasPrefix(f.Rule, "date-") {
			got = append(got, f.Rule)
		}
	}
	if fmt.Sprint(got) != "[date-invalid]" {
		t.Errorf("day 0: %v", got)
	}
}
