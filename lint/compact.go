package lint

import (
	"strings"

	"github.com/govinfo-lint/govinfo-lint/parser"
	"github.com/govinfo-lint/govinfo-lint/rules"
)

// Why copy: a figure's Raw, a row's Label or a finding's Actual may be a slice of the
// document's text (that is how readers avoid copies). Kept as is, one short string would
// keep a whole report's text alive until the end of the batch, and memory would grow with
// the number of files. Copying the few strings a batch keeps lets each report go.

// compactFindings returns the findings with every string copied out of the report.
func compactFindings(fs []rules.Finding) []rules.Finding {
	if len(fs) == 0 {
		return nil
	}
	out := make([]rules.Finding, len(fs))
	for i, f := range fs {
		f.Where = compactWhere(f.Where)
		f.Expected = strings.Clone(f.Expected)
		f.Actual = strings.Clone(f.Actual)
		f.Message = rules.Text{ZH: strings.Clone(f.Message.ZH), EN: strings.Clone(f.Message.EN)}
		out[i] = f
	}
	return out
}

// compactWhere leaves the keys of a Where alone: they are the contract's constant keys
// ("table3", "carried_over"), shared by every report, and copying them would cost memory
// rather than save it.
func compactWhere(w parser.Where) parser.Where { return w }

// compactFacts returns a copy of f that shares nothing with the report.
func compactFacts(f *rules.YearFacts) *rules.YearFacts {
	if f == nil {
		return nil
	}
	c := &rules.YearFacts{
		File:           strings.Clone(f.File),
		Issuer:         strings.Clone(f.Issuer),
		Key:            strings.Clone(f.Key),
		Year:           f.Year,
		CarriedOver:    compactRow(f.CarriedOver),
		CarriedForward: compactRow(f.CarriedForward),
	}
	if t := f.Table2; t != nil {
		c.Table2 = &parser.Table2{Loc: t.Loc}
		if t.V2021 != nil {
			v := *t.V2021
			for _, fig := range []*parser.Figure{
				&v.Regulations.Issued, &v.Regulations.Repealed, &v.Regulations.InForce,
				&v.NormativeDocuments.Issued, &v.NormativeDocuments.Repealed, &v.NormativeDocuments.InForce,
				&v.Licensing.Decisions, &v.Punishment.Decisions, &v.Coercion.Decisions, &v.Fees.Amount10kYuan,
			} {
				compactFigure(fig)
			}
			c.Table2.V2021 = &v
		}
		if t.V2019 != nil {
			v := *t.V2019
			for _, fig := range []*parser.Figure{
				&v.Regulations.Made, &v.Regulations.Published, &v.Regulations.TotalPublic,
				&v.NormativeDocuments.Made, &v.NormativeDocuments.Published, &v.NormativeDocuments.TotalPublic,
				&v.Licensing.PreviousItems, &v.Licensing.Change, &v.Licensing.Decisions,
				&v.OtherServices.PreviousItems, &v.OtherServices.Change, &v.OtherServices.Decisions,
				&v.Punishment.PreviousItems, &v.Punishment.Change, &v.Punishment.Decisions,
				&v.Coercion.PreviousItems, &v.Coercion.Change, &v.Coercion.Decisions,
				&v.Fees.PreviousItems, &v.Fees.Change,
				&v.Procurement.Projects, &v.Procurement.Amount,
			} {
				compactFigure(fig)
			}
			c.Table2.V2019 = &v
		}
	}
	return c
}

func compactRow(r *parser.Table3Row) *parser.Table3Row {
	if r == nil {
		return nil
	}
	c := *r
	c.Label = strings.Clone(c.Label)
	for _, fig := range c.Cells() {
		compactFigure(fig)
	}
	return &c
}

func compactFigure(f *parser.Figure) {
	f.Raw = strings.Clone(f.Raw)
	f.Where = compactWhere(f.Where)
}
