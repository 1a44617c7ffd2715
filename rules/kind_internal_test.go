package rules

import (
	"regexp"
	"testing"
)

// The issuer-kind lists in dates.go replaced these regular expressions (compiling them at
// start-up cost more than all their matches). This test keeps the two equivalent: every
// name built from the words the patterns know, in every order that matters, must get the
// same answer from both.
func TestIssuerKindListsMatchPatterns(t *testing.T) {
	var (
		reTownship      = regexp.MustCompile(`(乡|镇|苏木)(人民)?政府$|街道办事处$|街道办$|街道$|(乡|镇)$|(乡|镇|街道)(党委|党工委)`)
		reGovernment    = regexp.MustCompile(`(县|区|市|州|盟|旗|省|自治区|特区)(人民)?政府(办公厅|办公室)?$`)
		reDepartment    = regexp.MustCompile(`(局|委员会|委|办公室|办公厅|办|厅|中心|署|院|处|总队|支队|大队|研究室|事务所|分局|馆)$`)
		reZone          = regexp.MustCompile(`(开发区|新区|园区|实验区|示范区|高新区|保税区|合作区)(管理委员会|管委会)$`)
		reNotDepartment = regexp.MustCompile(`(法院|检察院|医院|卫生院|学院|研究院|设计院|科学院)$`)
	)
	heads := []string{"", "测试", "连生", "测试县", "某市", "人民", "政府", "平潭综合"}
	mids := []string{"", "乡", "镇", "苏木", "街道", "县", "区", "市", "州", "盟", "旗", "省", "自治区", "特区",
		"开发区", "新区", "高新区", "合作区", "园区", "人民", "党委", "党工委", "法院", "医", "学", "卫生", "检察"}
	tails := []string{"", "政府", "人民政府", "政府办公厅", "政府办公室", "人民政府办公室", "街道办事处", "办事处",
		"办", "党委", "党工委", "党委办公室", "管理委员会", "管委会", "局", "委员会", "委", "办公室", "厅", "中心",
		"署", "院", "处", "总队", "支队", "大队", "研究室", "事务所", "分局", "馆", "法院", "检察院", "医院",
		"卫生院", "学院", "研究院", "设计院", "科学院", "公司", "乡", "镇", "街道"}
	n := 0
	for _, h := range heads {
		for _, m := range mids {
			for _, tl := range tails {
				for _, extra := range []string{"", "乡", "政府", "委"} {
					name := h + m + tl + extra
					n++
					for _, c := range []struct {
						what string
						re   *regexp.Regexp
						got  bool
					}{
						{"township", reTownship, isTownship(name)},
						{"government", reGovernment, isGovernment(name)},
						{"department", reDepartment, hasAnySuffix(name, departmentSuffixes)},
						{"zone", reZone, isZone(name)},
						{"not a department", reNotDepartment, hasAnySuffix(name, notDepartmentSuffixes)},
					} {
						if want := c.re.MatchString(name); c.got != want {
							t.Errorf("%q: %s = %v, the pattern says %v", name, c.what, c.got, want)
						}
					}
				}
			}
		}
	}
	if n < 10000 {
		t.Fatalf("only %d names tried", n)
	}
}
