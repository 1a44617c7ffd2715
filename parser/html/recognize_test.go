package html

import (
	"testing"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// The pages must give the same Report a .docx of the same report gives: layout, year,
// issuer, signature, and every cell of 表三/表四 as printed.
func TestRecognizeShuyang(t *testing.T) {
	for _, name := range []string{"沭阳县发展和改革局-2023.html", "沭阳县发展和改革局-2023-gbk.html"} {
		t.Run(name, func(t *testing.T) {
			r := parser.Recognize(readPage(t, name))
			if r.Input != parser.InputHTML || r.Layout != parser.Layout2021 || r.Year != 2023 || r.Issuer != "沭阳县发展和改革局" {
				t.Errorf("input %q layout %q year %d issuer %q", r.Input, r.Layout, r.Year, r.Issuer)
			}
			if r.Signature == nil || r.Signature.Date != "2024-01-17" {
				t.Errorf("signature %+v", r.Signature)
			}
			if len(r.Sections) != 6 {
				t.Errorf("%d sections", len(r.Sections))
			}
			if r.Table2 == nil || r.Table3 == nil || r.Table4 == nil {
				t.Fatalf("tables missing")
			}
			if f := r.Table2.V2021.NormativeDocuments.InForce; f.State != parser.Filled || f.Value != 18 {
				t.Errorf("表二 现行有效件数 %+v", f)
			}
			for _, ref := range r.Table3.Rows() {
				row := *ref.Row
				switch ref.Key {
				case "other":
					if row != nil {
						t.Errorf("2019 row （六）其他处理 present")
					}
					continue
				}
				if row == nil {
					t.Errorf("表三 row %s missing", ref.Key)
					continue
				}
				want := 0.0
				switch ref.Key {
				case "new_received", "granted", "total_processed":
					want = 26
				}
				for i, f := range row.Cells() {
					switch i {
					case 0, 6:
						if f.State != parser.Filled || f.Value != want {
							t.Errorf("表三 %s col %d = %+v, want %v", ref.Key, i, *f, want)
						}
					default:
						if f.State != parser.Blank {
							t.Errorf("表三 %s col %d = %+v, want blank", ref.Key, i, *f)
						}
					}
				}
			}
			if r.Table4.Review.Pending.Value != 1 || r.Table4.Review.Total.Value != 1 || r.Table4.LitigationAfterReview.Total.State != parser.Filled {
				t.Errorf("表四 %+v", r.Table4.Review)
			}
		})
	}
}

func TestRecognizeNavPage(t *testing.T) {
	r := parser.Recognize(readPage(t, "nav-layout-meta.html"))
	if r.Year != 2023 || r.Issuer != "某某县某某镇人民政府" || len(r.Sections) != 6 {
		t.Errorf("year %d issuer %q sections %d", r.Year, r.Issuer, len(r.Sections))
	}
	if r.Meta["发布日期"] != "2024-01-20" {
		t.Errorf("meta %v", r.Meta)
	}
}
