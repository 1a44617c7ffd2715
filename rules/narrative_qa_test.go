package rules_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/govinfo-lint/govinfo-lint/parser"
	"github.com/govinfo-lint/govinfo-lint/parser/text"
	"github.com/govinfo-lint/govinfo-lint/rules"
)

// TestNarrativePhrasings puts one sentence at a time into a correct county report of the QA
// corpus (表三: 48 new, 3 carried over, 48 handled, 3 carried forward; 表四: review 2,
// litigation 2) and checks what the narrative rules make of it: phrasings real reports use
// must raise nothing; a sentence that contradicts the tables must raise the named rule.
func TestNarrativePhrasings(t *testing.T) {
	base, err := os.ReadFile(filepath.Join("..", "testdata", "qa", "county-gov-2023", "word.txt"))
	if err != nil {
		t.Fatal(err)
	}
	const anchor = "（二）依申请公开情况\n"
	if !strings.Contains(string(base), anchor) {
		t.Fatal("anchor not in the QA report")
	}
	for _, c := range []struct {
		sentence string
		rule     string // "" = nothing may fire
	}{
		{"全年共收到政府信息公开申请48件，比上年增加12件，增长33.3%。", ""},
		{"本年度新收政府信息公开申请48件，上年结转3件，合计51件。", ""},
		{"2023年共收到政府信息公开申请51件（含上年结转3件）。", ""},
		{"共办结政府信息公开申请48件，其中予以公开25件，部分公开4件，不予公开3件，无法提供10件，不予处理2件，其他处理4件。", ""},
		{"全年共收到政府信息公开申请48件，同比下降5%，其中网上申请40件，信函申请8件。", ""},
		{"截至2023年12月31日，已办结48件，3件结转至2024年继续办理。", ""},
		{"行政复议2件（维持1件，其他结果1件），行政诉讼2件。", ""},
		{"全年受理依申请公开48件。", ""},
		{"2022年，全县收到申请36件；2023年，收到48件。", ""},
		{"上年度结转的3件申请已全部办结。", ""},
		{"2022年结转的3件已于2023年办结。", ""},
		{"2023年度共收到政府信息公开申请48件，较2022年度的36件增加12件。", ""},
		{"全县共收到政府信息公开申请48件次，办结48件次。", ""},
		{"全年收到政府信息公开申请48件，上年结转3件，共办结48件，结转3件。", ""},
		{"主动公开政府信息21,456条，其中，政府文件1,234条、其他20,222条。", ""},
		{"公开财政预决算信息86条，其中部门预算42条、部门决算40条、“三公”经费4条。", ""},
		{"办理人大代表建议和政协提案56件，其中，建议38件，提案18件。", ""},
		{"举报电话：0527-12345678；传真：(0527)83212346；服务热线：400-800-1234；邮政编码：223600。", ""},
		{"统一社会信用代码：11321322014116925K；收费账户：32050173523600001234。", ""},
		{"详见县政府门户网站（http://www.shuyang.gov.cn/syx/zfxxgkndbg/content/15912345678.html）。", ""},
		{"政府信息公开指南网址：https://www.suqian.gov.cn/cnsq/xxgk/13912345678_3.shtml。", ""},
		{"本报告可在www.shuyang.gov.cn/col/13812345678/index.html下载。", ""},
		// Last year's figures, for comparison.
		{"2022年共收到政府信息公开申请36件，2023年共收到政府信息公开申请48件。", ""},
		{"与2022年收到政府信息公开申请36件相比，今年收到政府信息公开申请48件。", ""},
		{"上年度收到政府信息公开申请36件。", ""},
		{"2023年全县共办结政府信息公开申请48件，2022年办结36件。", ""},
		{"2022年，未发生政府信息公开行政诉讼；2023年，被提起行政诉讼2件。", ""},
		// A paragraph that lists the contents, numbered like the headings.
		{"本报告全文包括：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项。本报告电子版可在沭阳县人民政府门户网站下载，如对本报告有疑问，请与沭阳县人民政府办公室联系（地址：沭阳县沭城街道人民路1号，邮编：223600，电话：0527-83212345，传真：0527-83212346，电子邮箱：syxzwgk@163.com）。", ""},
		// Lists that say they are not complete.
		{"主动公开政府信息1000条，其中，政策文件500条、工作动态480条等。", ""},
		{"主动公开政府信息1000条，其中，政策文件500条、工作动态480条，其他信息若干。", ""},
		{"主动公开政府信息1000条，其中，政策文件500条，工作动态480条，另有图片新闻20条。", ""},
		{"主动公开政府信息1000条，其中主要包括政策文件500条、工作动态490条。", ""},
		// Contradictions and leaks that must still be caught.
		{"主动公开政府信息1000条，其中，政策文件500条、工作动态510条等。", "text-sum"},
		{"2023年共收到政府信息公开申请36件，较2022年增加3件。", "text-table-mismatch"},
		{"全年未收到针对本机关的政府信息公开行政诉讼。", "text-table-mismatch"},
		{"全年共收到政府信息公开申请50件。", "text-table-mismatch"},
		{"主动公开政府信息1,024条，其中，政府文件600条、其他434条。", "text-sum"},
		{"主动公开政府信息1024条，较上年增长8%，其中，政府文件600条、其他434条。", "text-sum"},
		{"如有疑问请联系经办人，手机13812345678。", "personal-data"},
		{"网址见http://www.shuyang.gov.cn，经办人手机13812345678。", "personal-data"},
	} {
		doc, err := text.Read([]byte(strings.Replace(string(base), anchor, anchor+c.sentence+"\n", 1)), parser.Limits{})
		if err != nil {
			t.Fatal(err)
		}
		r := parser.Recognize(doc)
		var got []string
		for _, f := range rules.Run(r, &rules.Context{Today: time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)}, nil) {
			if f.Severity >= rules.Warning {
				got = append(got, f.Rule+": "+f.Message.ZH)
			}
		}
		switch {
		case c.rule == "" && len(got) > 0:
			t.Errorf("%s\n  false alarm: %s", c.sentence, strings.Join(got, "\n  "))
		case c.rule != "" && (len(got) != 1 || !strings.HasPrefix(got[0], c.rule+":")):
			t.Errorf("%s\n  want only %s, got %q", c.sentence, c.rule, got)
		}
	}
}

// TestHeadingWordings rewords one heading of the QA county report at a time: wordings that
// keep the meaning raise nothing; 改正 for 改进, or a 五 that drops the improvements, raise
// section-heading.
func TestHeadingWordings(t *testing.T) {
	base, err := os.ReadFile(filepath.Join("..", "testdata", "qa", "county-gov-2023", "word.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		std, heading string
		fires        bool
	}{
		{"五、存在的主要问题及改进情况", "五、主要问题和改进措施", false},
		{"五、存在的主要问题及改进情况", "五、存在的主要问题及改进方向", false},
		{"五、存在的主要问题及改进情况", "五、存在的不足及改进措施", false},
		{"五、存在的主要问题及改进情况", "五、存在问题和改进计划", false},
		{"五、存在的主要问题及改进情况", "五、存在的主要问题及下一步工作打算", false},
		{"五、存在的主要问题及改进情况", "五、政府信息公开工作存在的主要问题及改进情况和下一步工作打算", false},
		{"一、总体情况", "一、概述", false},
		{"二、主动公开政府信息情况", "二、主动公开情况", false},
		{"三、收到和处理政府信息公开申请情况", "三、依申请公开政府信息情况", false},
		{"六、其他需要报告的事项", "六、其他事项", false},
		{"五、存在的主要问题及改进情况", "五、存在的主要问题及改正情况", true},
		{"五、存在的主要问题及改进情况", "五、存在的主要问题", true},
		{"五、存在的主要问题及改进情况", "五、改进情况", true},
	} {
		doc, err := text.Read([]byte(strings.Replace(string(base), c.std+"\n", c.heading+"\n", 1)), parser.Limits{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range rules.Run(parser.Recognize(doc), &rules.Context{Today: time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)}, nil) {
			if f.Severity >= rules.Warning {
				got = append(got, f.Rule)
			}
		}
		want := []string(nil)
		if c.fires {
			want = []string{"section-heading"}
		}
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("%s: got %v, want %v", c.heading, got, want)
		}
	}
}
