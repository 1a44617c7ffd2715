package rules_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/govinfo-lint/govinfo-lint/parser"
	"github.com/govinfo-lint/govinfo-lint/parser/text"
	"github.com/govinfo-lint/govinfo-lint/rules"
)

// phrasingBase is a correct report of the QA corpus that one sentence is put into.
type phrasingBase struct {
	file   string // under testdata/qa
	anchor string // the sentence goes on its own line after this one (in 一、总体情况)
	six    string // the body of 六, replaced when a case gives its own
}

var phrasingBases = map[string]phrasingBase{
	// 表三: 48 new, 3 carried over, 48 handled, 3 carried forward; 表四: review 2,
	// litigation 2 (direct); 表三（六）2 = 1.
	"county": {"county-gov-2023/word.txt", "（二）依申请公开情况\n",
		"依据《政府信息公开信息处理费管理办法》，本年度未收取信息处理费。发出收费通知书1件，申请人逾期未缴纳。\n"},
	// A township's 2023 report: every count of 表三 and 表四 is 0.
	"township": {"township-2023/word.txt", "一、总体情况\n", "本年度我乡未收取信息处理费。\n"},
}

// TestTextPhrasings puts sentences written in the phrasings of real reports (own wording and
// figures; about fifty published reports of 2019–2025 from cities, districts, counties,
// townships, streets and departments were read for them) into a correct report, and checks
// what the narrative rules make of them: the rules that fire (none for a sentence that agrees
// with the tables or says nothing clear), and for text-table-mismatch the figure read from
// the text (the finding's actual value), so that a right finding for a wrong reason fails.
func TestTextPhrasings(t *testing.T) {
	for _, c := range []struct {
		base     string
		sentence string   // put into 一
		six      string   // replaces the body of 六 when not empty
		rules    []string // the rules that fire, sorted; nil: none
		actual   string   // the first finding's actual value, when checked
	}{
		// 收到/受理/接收 … 申请 N件: the table's 一 (48), or 一 + 二 (51).
		{"county", "全年共受理政府信息公开申请48件，均在法定期限内答复。", "", nil, ""},
		{"county", "本年度共接收政府信息公开申请48件。", "", nil, ""},
		{"county", "本年度共接收政府信息公开申请45件。", "", []string{"text-table-mismatch"}, "45"},
		{"county", "全年共收到依申请公开申请48件，其中网络申请41件，信函申请7件。", "", nil, ""},
		{"county", "全年收到依申请公开共48件，均已按时办理。", "", nil, ""},
		{"county", "全年共收到政府信息公开申请51件（含上年结转3件）。", "", nil, ""},
		{"county", "本年度新收政府信息公开申请48件，上年结转3件，共51件。", "", nil, ""},
		{"county", "县政府办公室共受理政府信息公开申请总数45件。", "", []string{"text-table-mismatch"}, "45"},
		// The number before the noun: 「受理36件政府信息公开申请」.
		{"county", "2023年，县政府办公室共受理48件政府信息公开申请（均为自然人提出），同比上升12%。", "", nil, ""},
		{"county", "2023年，县政府办公室共受理45件政府信息公开申请（均为自然人提出），同比上升12%。", "", []string{"text-table-mismatch"}, "45"},
		// Chinese numerals.
		{"county", "全年共收到政府信息公开申请四十八件。", "", nil, ""},
		{"county", "全年共收到政府信息公开申请四十五件。", "", []string{"text-table-mismatch"}, "45"},
		{"township", "全年共收到政府信息公开申请两件。", "", []string{"text-table-mismatch"}, "2"},
		{"township", "乡政府与县政务公开办一起梳理公开目录，逐一件落实整改。", "", nil, ""},
		// Approximate figures are no claim.
		{"county", "全年共收到政府信息公开申请50余件。", "", nil, ""},
		{"county", "全年共收到政府信息公开申请约50件。", "", nil, ""},
		// Without 公开 in the phrase, 「申请」 may be any application: left alone (a miss we
		// accept; 「上年结转N件」 is still read, it is specific enough).
		{"county", "新收申请45件，上年结转3件，共48件。", "", nil, ""},
		{"county", "共收到申请51件（含上年结转2件）。", "", []string{"text-table-mismatch"}, "2"},
		// Counts of other things near the keywords.
		{"county", "收到人大代表建议12件、政协提案9件，均按期办结。", "", nil, ""},
		{"county", "政务服务中心全年受理各类申请事项15230件，办结15230件。", "", nil, ""},
		{"county", "全年收到政府信息公开咨询120件，均当场答复。", "", nil, ""},
		// A part by channel, not the total.
		{"county", "通过网上申请平台收到政府信息公开申请40件，通过信函收到8件。", "", nil, ""},
		{"county", "全年通过网站、信函等渠道共收到政府信息公开申请48件。", "", nil, ""},
		{"county", "全年通过网站、信函等渠道共收到政府信息公开申请46件。", "", []string{"text-table-mismatch"}, "46"},
		// Comparisons with last year, and last year's figures.
		{"county", "全年共收到政府信息公开申请48件，较上年增加12件。", "", nil, ""},
		{"county", "收到政府信息公开申请数量较上年减少5件。", "", nil, ""},
		{"county", "上年度共收到政府信息公开申请36件，本年度共收到政府信息公开申请48件。", "", nil, ""},
		{"county", "2023年共收到政府信息公开申请48件，2022年同期为36件。", "", nil, ""},
		{"county", "与2022年收到的36件相比，今年收到政府信息公开申请48件，增长33.3%。", "", nil, ""},
		// 办结: the table's （七） (48); on time / late are parts.
		{"county", "全县共受理政府信息公开申请48件，按期办结47件，延期办结1件。", "", nil, ""},
		{"county", "全年共收到政府信息公开申请48件，已全部办结，按时办结率100%。", "", nil, ""},
		{"county", "2023年共受理政府信息公开申请48件，其中按期办结48件，按期办结率100%。", "", nil, ""},
		{"county", "全县受理依申请公开件48件，办结48件，其中予以公开25件、部分公开4件。", "", nil, ""},
		{"county", "共办结政府信息公开申请45件。", "", []string{"text-table-mismatch"}, "45"},
		{"county", "全年按时办结政府信息公开申请50件。", "", []string{"text-table-mismatch"}, "50"},
		// 结转: 二 (3) and 四 (3).
		{"county", "共办理政府信息公开申请51件，含2022年转入的3件，办结48件，剩余3件结转下一年度处理。", "", nil, ""},
		{"county", "共办理政府信息公开申请51件，含2022年转入的3件，办结49件，剩余2件结转下一年度处理。", "", []string{"text-table-mismatch"}, "49"},
		{"county", "上年结转政府信息公开申请3件，均已办结。", "", nil, ""},
		{"county", "本年度新收政府信息公开申请48件，上年结转2件。", "", []string{"text-table-mismatch"}, "2"},
		{"county", "全年共收到依申请公开85件，除3件结转下年办理外，均依法答复。", "", []string{"text-table-mismatch"}, "85"},
		{"county", "2023年全县共收到依申请公开48件，除3件结转下年办理外，均依法答复。", "", nil, ""},
		{"county", "2022年结转至2023年的3件申请已办结。", "", nil, ""},
		{"township", "本年度无结转下年度继续办理的申请。", "", nil, ""},
		// 行政复议 / 行政诉讼: the table's totals (2 and 2).
		{"county", "因政府信息公开被申请行政复议2件、提起行政诉讼2件。", "", nil, ""},
		{"county", "答复后被申请行政复议2件，均维持；被提起行政诉讼2件。", "", nil, ""},
		{"county", "涉及政府信息公开行政复议3件。", "", []string{"text-table-mismatch"}, "3"},
		{"county", "因政府信息公开被申请行政复议两起、提起行政诉讼两起。", "", nil, ""},
		{"county", "因政府信息公开被申请行政复议三起。", "", []string{"text-table-mismatch"}, "3"},
		{"county", "发生针对本机关政府信息公开事务的行政复议案2件。", "", nil, ""},
		{"county", "发生针对本机关政府信息公开事务的行政复议案3件。", "", []string{"text-table-mismatch"}, "3"},
		{"county", "全年收到因政府信息公开申请引起的行政复议2件（已办结），未收到因政府信息公开申请引起的行政诉讼。", "", []string{"text-table-mismatch"}, "0"},
		// The body's own work as a reviewing authority is not 表四.
		{"county", "全年共办理行政复议案件35件，其中涉及政府信息公开的2件。", "", nil, ""},
		{"county", "县行政复议局全年受理行政复议申请120件，审结115件。", "", nil, ""},
		{"county", "主动公开行政复议决定书20份、行政处罚决定86件。", "", nil, ""},
		// 「未……行政复议」 in its many forms means 0.
		{"county", "2023年未产生因政府信息公开申请提请的行政复议和行政诉讼案件。", "", []string{"text-table-mismatch"}, "0"},
		{"county", "全年没有因政府信息公开引起的行政复议和行政诉讼。", "", []string{"text-table-mismatch"}, "0"},
		{"county", "全年无因政府信息公开工作被申请行政复议、提起行政诉讼的情况。", "", []string{"text-table-mismatch"}, "0"},
		{"township", "2023年度，我乡未发生因政府信息公开申请提起的行政复议和行政诉讼案件。", "", nil, ""},
		{"township", "我乡无行政复议、行政诉讼情况发生。", "", nil, ""},
		{"county", "全年无行政复议、行政诉讼情况发生。", "", []string{"text-table-mismatch"}, "0"},
		// About the outcome, not the count.
		{"county", "行政复议案件均未被纠正，未出现被行政复议纠错的情况。", "", nil, ""},
		{"county", "无论行政复议还是行政诉讼，均依法应诉答辩。", "", nil, ""},
		{"county", "准确无误地办理因政府信息公开被申请的行政复议2件。", "", nil, ""},
		// Cases of last year's requests, handled this year: which year's table? Left alone.
		{"county", "办理因2022年度政府信息公开申请引发的行政复议1件。", "", nil, ""},
		// 「未收到/未接收到/未接到 … 申请」 means 0.
		{"township", "本年度我乡未接收到政府信息公开申请。", "", nil, ""},
		{"county", "本年度未接收到政府信息公开申请。", "", []string{"text-table-mismatch"}, "0"},
		{"township", "2023年，全乡未接到提出公开政府信息的申请。", "", nil, ""},
		{"county", "2023年，全县未接到提出公开政府信息的申请。", "", []string{"text-table-mismatch"}, "0"},
		{"county", "本年度我县未收到申请人提出的依申请公开申请。", "", []string{"text-table-mismatch"}, "0"},
		{"township", "通过信息公开平台收到申请0件，转办0件。", "", nil, ""},
		{"township", "本年度未收到一件政府信息公开申请。", "", nil, ""},
		{"county", "本年度未收到一件政府信息公开申请。", "", []string{"text-table-mismatch"}, "0"},
		{"township", "全年共受理政府信息公开申请总数2件。", "", []string{"text-table-mismatch"}, "2"},
		// Aggregates over several bodies, or the issuer's own share: the table may be either.
		{"county", "全县各级行政机关共收到政府信息公开申请1260件，其中县政府本级48件。", "", nil, ""},
		{"county", "县政府本级共收到政府信息公开申请45件，全县各部门共收到1200件。", "", nil, ""},
		{"county", "全县各级行政机关因政府信息公开被申请行政复议15件、被提起行政诉讼9件。", "", nil, ""},
		// 其中-sums.
		{"county", "累计公开政府信息276条，其中：政务动态216条，更新公开目录50条，向上级报送信息100余条。", "", nil, ""},
		{"county", "主动公开政府信息130篇，其中统计报告25篇、统计数据8期、工作动态100篇。", "", nil, ""},
		{"county", "主动公开信息300条，其中政策文件100条，含规范性文件20条，工作动态200条。", "", nil, ""},
		{"county", "主动公开政府信息88条，其中包括政策解读3条，镇文件2条，财政决算1条，机构职能27条，工作动态55条。", "", nil, ""},
		{"county", "主动公开政府信息22条，其中人事信息2条，部门财务信息2条（其中部门预算1条、部门决算1条），计划总结5条，其他信息13条。", "", nil, ""},
		{"county", "门户网站共发布信息18439条，其中：概况类69条、政务动态类8043条、信息公开目录类10327条。", "", nil, ""},
		{"county", "主动公开政府信息1.17万条，其中网站发布3820条、新媒体发布7880条。", "", nil, ""},
		{"county", "共维护专栏13个，其中新开2个。", "", nil, ""},
		{"county", "共收到政府信息公开申请48件，其中自然人40件，占83.3%，法人或其他组织8件，占16.7%。", "", nil, ""},
		{"county", "全年主动公开政府信息600条，其中网站发布65条，微信公众号497条，抖音号57条。", "", []string{"text-sum"}, ""},
		{"county", "主动公开政府信息300条，其中政策文件100条、工作动态190条、公示公告8条。", "", []string{"text-sum"}, ""},
		// Fee statements in 六 (and in 一).
		{"township", "", "本年度未收取任何费用。", nil, ""},
		{"township", "", "本机关无收费情况。", nil, ""},
		{"township", "", "不存在收费情况。", nil, ""},
		{"township", "", "按照《政府信息公开信息处理费管理办法》规定，本年度未收取信息处理费。", nil, ""},
		{"township", "", "本年度未收取政府信息公开费。", nil, ""},
		{"township", "", "依申请公开的政府信息均免费提供。", nil, ""},
		{"township", "", "本年度未向申请人收取信息检索、复制等相关费用。", nil, ""},
		{"township", "", "本机关零收费。", nil, ""},
		{"township", "", "本年度发出收费通知0件，收取信息处理费0元。", nil, ""},
		{"township", "2023年，我乡未收取任何政府信息公开费用。", "无。", nil, ""},
		{"township", "2023年度我乡没有向政府信息公开申请人进行收费的情况。", "无。", nil, ""},
		{"township", "", "无。", []string{"fee-statement-missing"}, ""},
		{"township", "", "本年度无其他需要报告的事项。", []string{"fee-statement-missing"}, ""},
		{"township", "各类收费的依据和标准均已公开。", "无。", []string{"fee-statement-missing"}, ""},
		{"township", "本年度未收到政府信息公开申请，工作经费纳入预算保障。", "无。", []string{"fee-statement-missing"}, ""},
		// Years: a paragraph opening with another year is copied text, unless it plans ahead.
		{"county", "2024年，我县将进一步加强政策解读。", "", nil, ""},
		{"county", "2023年度，我县政府信息公开工作稳步推进。", "", nil, ""},
		{"county", "2019年以来，我县持续推进基层政务公开标准化规范化。", "", nil, ""},
		{"county", "2021年，我县被确定为全省政务公开标准化试点县，相关做法沿用至今。", "", nil, ""},
		{"county", "2022年，我县共收到政府信息公开申请36件。", "", []string{"year-mismatch"}, "2022"},
	} {
		b, ok := phrasingBases[c.base]
		if !ok {
			t.Fatalf("no base %q", c.base)
		}
		src, err := os.ReadFile(filepath.Join("..", "testdata", "qa", b.file))
		if err != nil {
			t.Fatal(err)
		}
		s := string(src)
		if !strings.Contains(s, b.anchor) || !strings.Contains(s, "六、其他需要报告的事项\n"+b.six) {
			t.Fatalf("%s: anchor or 六 not found", c.base)
		}
		if c.sentence != "" {
			s = strings.Replace(s, b.anchor, b.anchor+c.sentence+"\n", 1)
		}
		if c.six != "" {
			s = strings.Replace(s, "六、其他需要报告的事项\n"+b.six, "六、其他需要报告的事项\n"+c.six+"\n", 1)
		}
		doc, err := text.Read([]byte(s), parser.Limits{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		var first *rules.Finding
		var msgs []string
		for _, f := range rules.Run(parser.Recognize(doc), &rules.Context{Today: time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)}, nil) {
			if f.Severity < rules.Warning {
				continue
			}
			if first == nil {
				first = &f
			}
			if !slices.Contains(got, f.Rule) {
				got = append(got, f.Rule)
			}
			msgs = append(msgs, f.Rule+": "+f.Message.ZH)
		}
		slices.Sort(got)
		what := c.sentence + " / 六：" + c.six
		switch {
		case !slices.Equal(got, c.rules):
			t.Errorf("%s\n  want %v, got:\n  %s", what, c.rules, strings.Join(msgs, "\n  "))
		case c.actual != "" && first.Actual != c.actual:
			t.Errorf("%s\n  read %q from the text, want %q: %s", what, first.Actual, c.actual, first.Message.ZH)
		}
	}
}
