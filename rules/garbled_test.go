package rules_test

import (
	"testing"

	"github.com/govinfo-lint/govinfo-lint/rules"
)

func TestTextGarbled(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"2023年，我局坚持以公开为常态。", false},
		{"本年度收费金额为0.5万元，同比下降12%，单价×数量÷2。", false},
		{"详见网站 www.example.gov.cn（Café 为外文名）。", false},
		{"2023年，我局坚持以\uFFFD\uFFFD为常态。", true},
		{"锟斤拷锟斤拷政府信息公开", true},
		{"2023å¹´ï¼Œæˆ‘å±€åšæŒ", true},
		{"2023骞达紝鎴戝眬鍧氭寔浠ュ叕寮€涓哄父鎬侊紝鍏ㄩ潰鎺ㄨ繘锛屾斂搴滀俊鎭叕寮€宸ヤ綔銆傚叏骞翠富鍔ㄥ叕寮€锛岃嚦浠婁负姝€", true},
	} {
		r := correct2021()
		r.Sections[0].Paragraphs[0].Text = c.text
		got := false
		for _, f := range rules.Run(r, ctx(), nil) {
			if f.Rule == "text-garbled" {
				got = true
				if f.Where.Line == 0 || f.Actual == "" || f.Message.ZH == "" {
					t.Errorf("%q: finding without place or excerpt: %+v", c.text, f)
				}
			}
		}
		if got != c.want {
			t.Errorf("%q: text-garbled %v, want %v", c.text, got, c.want)
		}
	}
}
