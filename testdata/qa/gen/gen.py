#!/usr/bin/env python3
"""QA corpus: realistic, correct annual reports of many kinds, each written in many forms.

Run from the repository root:
    python3 testdata/qa/gen/gen.py            # every case, every form
    python3 testdata/qa/gen/gen.py CASE...    # only these cases

For each case it writes testdata/qa/<case>/:
    expect.json       the figures as the generator wrote them, the layout, year, issuer, the
                      signature date, and the rules the report may raise ("allowed"; empty for
                      a correct report) / must raise ("must", for planted defects)
    src.html          our own HTML (official merged layout: colspan/rowspan)
    gbk.html          the same page in GBK with a <meta charset>
    lo.docx           LibreOffice Writer's import of src.html saved as .docx
    lo.txt            LibreOffice "Text (encoded)" export of lo.docx
    lo.html           LibreOffice HTML export of lo.docx
    pandoc.md         pandoc markdown (grid tables) of lo.docx
    pandoc.gfm.md     pandoc GitHub markdown (pipe tables) of lo.docx
    pandoc.txt        pandoc plain text of lo.docx
    mammoth.html      mammoth's HTML of lo.docx (when node_modules/mammoth is found)
    pandoc.docx       pandoc's .docx of src.html (another .docx writer)
    word.txt          Word-style "save as plain text": one row per line, cells by tabs
    word.gb18030.txt  the same in GB18030 with CRLF
    word.utf16.txt    the same in UTF-16LE with a BOM
    tika.txt          Apache Tika's layout: a cell per line after a TAB, a blank line per row
    tika.utf8bom.crlf.txt  the same with a UTF-8 BOM and CRLF
    wps.docx          (2021 layout only) the official blank saved by WPS, filled in place
    wps.lo.docx, wps.lo.txt, wps.lo.html, wps.pandoc.gfm.md, wps.mammoth.html
                      wps.docx re-saved by LibreOffice, and through LibreOffice, pandoc, mammoth
Planted-defect cases are derived from a base case by one edit each (see DEFECTS).
"""
import copy, json, os, re, shutil, subprocess, sys, tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', '..'))
OUT = os.path.join(ROOT, 'testdata', 'qa')
sys.path.insert(0, os.path.join(ROOT, 'testdata', 'corpus', 'gen'))

T3_KEYS_2021 = [
    ('new_received', '一、本年新收政府信息公开申请数量'),
    ('carried_over', '二、上年结转政府信息公开申请数量'),
    ('granted', '（一）予以公开'),
    ('partially_granted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'),
    ('withheld_state_secret', '1.属于国家秘密'),
    ('withheld_prohibited', '2.其他法律行政法规禁止公开'),
    ('withheld_three_safeties', '3.危及“三安全一稳定”'),
    ('withheld_third_party', '4.保护第三方合法权益'),
    ('withheld_internal', '5.属于三类内部事务信息'),
    ('withheld_process', '6.属于四类过程性信息'),
    ('withheld_enforcement', '7.属于行政执法案卷'),
    ('withheld_inquiry', '8.属于行政查询事项'),
    ('unable_not_held', '1.本机关不掌握相关政府信息'),
    ('unable_needs_creation', '2.没有现成信息需要另行制作'),
    ('unable_unclear', '3.补正后申请内容仍不明确'),
    ('rejected_complaint', '1.信访举报投诉类申请'),
    ('rejected_duplicate', '2.重复申请'),
    ('rejected_publication', '3.要求提供公开出版物'),
    ('rejected_excessive', '4.无正当理由大量反复申请'),
    ('rejected_confirmation', '5.要求行政机关确认或重新出具已获取信息'),
    ('other_no_correction', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'),
    ('other_no_fee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'),
    ('other_other', '3.其他'),
    ('total_processed', '（七）总计'),
    ('carried_forward', '四、结转下年度继续办理'),
]
GROUPS_2021 = [('（三）不予公开', 4, 12), ('（四）无法提供', 12, 15), ('（五）不予处理', 15, 20), ('（六）其他处理', 20, 23)]
T3_KEYS_2019 = T3_KEYS_2021[:20] + [('other', '（六）其他处理')] + T3_KEYS_2021[23:]
GROUPS_2019 = GROUPS_2021[:3]
COLS = ['natural_person', 'commercial', 'research', 'social_welfare', 'legal_services', 'other', 'total']
COL_LABELS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']
T4_GROUPS = ['review', 'litigation_direct', 'litigation_after_review']
T4_COLS = ['upheld', 'corrected', 'other', 'pending', 'total']


def t3(layout, **rows):
    """rows: key -> six applicant counts (short lists padded); totals and （七） computed."""
    keys = [k for k, _ in (T3_KEYS_2021 if layout == '2021' else T3_KEYS_2019)]
    out = {}
    for k in keys:
        v = list(rows.get(k, []))
        v += [0] * (6 - len(v))
        out[k] = v + [sum(v)]
    res = [k for k in keys if k not in ('new_received', 'carried_over', 'total_processed', 'carried_forward')]
    out['total_processed'] = [sum(out[k][i] for k in res) for i in range(7)]
    if 'carried_forward' not in rows:
        out['carried_forward'] = [out['new_received'][i] + out['carried_over'][i] - out['total_processed'][i] for i in range(7)]
    for i in range(7):
        assert out['new_received'][i] + out['carried_over'][i] == out['total_processed'][i] + out['carried_forward'][i], (i, out)
    return out


def t4(review=(0, 0, 0, 0), direct=(0, 0, 0, 0), after=(0, 0, 0, 0)):
    return {g: list(v) + [sum(v)] for g, v in zip(T4_GROUPS, (review, direct, after))}


# ---------------------------------------------------------------- cases

def county_gov_2023():
    T3 = t3('2021', new_received=[40, 5, 0, 1, 2, 0], carried_over=[3, 0], granted=[20, 3, 0, 1, 1],
            partially_granted=[4], withheld_third_party=[2], withheld_process=[1],
            unable_not_held=[8, 1, 0, 0, 1], rejected_duplicate=[2], other_no_correction=[2, 1],
            other_no_fee=[1], carried_forward=[3])
    return dict(
        layout='2021', year=2023, issuer='沭阳县人民政府', sign_issuer='沭阳县人民政府办公室',
        sign_date='2024年3月25日', date='2024-03-25',
        t2={'regulations': [0, 0, 0], 'normative_documents': [12, 3, 86], 'licensing': [15230],
            'punishment': [1268], 'coercion': [37], 'fees': [1523.46]},
        t3=T3, t4=t4(review=(1, 0, 1, 0), direct=(0, 1, 0, 1)),
        preamble=['本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第五十条规定编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。本报告电子版可在沭阳县人民政府门户网站（http://www.shuyang.gov.cn）下载。如对本报告有疑问，请与沭阳县人民政府办公室联系（地址：沭阳县沭城街道人民路1号，邮编：223600，电话：0527-83212345，传真：0527-83212346，电子邮箱：syxzwgk@163.com）。'],
        b1=['（一）主动公开情况',
            '2023年，全县主动公开政府信息21456条，较2022年增长15.3%，其中县政府门户网站发布12345条、政务新媒体发布9111条。公开政策解读126篇，其中图文解读58篇、视频解读12个。全年召开新闻发布会24场，回应社会关切156件，办理12345热线转办件8632件，按期办结率99.8%。',
            '（二）依申请公开情况',
            '全年共收到政府信息公开申请48件，其中自然人申请40件、法人或其他组织申请8件；上年结转3件。2022年结转的3件已于2023年办结。本年度办结48件，结转下年度继续办理3件。',
            '（三）政府信息管理情况',
            '印发《沭阳县政府信息公开保密审查办法》（沭政办发〔2023〕15号），规范性文件统一编号，索引号格式为014116925/2023-00123。全年清理规范性文件86件，废止3件。',
            '（四）平台建设情况',
            '优化县政府门户网站政府信息公开专栏，全年投入经费45.6万元，网站访问量达1,256,789人次。',
            '（五）监督保障情况',
            '将政务公开纳入全县高质量发展综合考核，分值占比4%，开展社会评议2次，全年未发生责任追究情况。因政府信息公开被申请行政复议2件、提起行政诉讼2件。'],
        b5=['一是部分单位公开意识仍需增强；二是政策解读质量不高。2024年，我县将加强业务培训，提升公开质量。'],
        b6=['依据《政府信息公开信息处理费管理办法》，本年度未收取信息处理费。发出收费通知书1件，申请人逾期未缴纳。'],
    )


def township_2023():
    return dict(
        layout='2021', year=2023, issuer='绥滨县连生乡人民政府', sign_issuer='连生乡人民政府',
        sign_date='2024年2月5日', date='2024-02-05',
        t2={'regulations': [0, 0, 0], 'normative_documents': [0, 0, 0], 'licensing': [0],
            'punishment': [0], 'coercion': [0], 'fees': [0]},
        t3=t3('2021'), t4=t4(),
        preamble=['统计期限为2023年1月1日至12月31日。'],
        b1=['2023年，连生乡人民政府深入贯彻《中华人民共和国政府信息公开条例》，主动公开政府信息292条，其中，政务公开239条，政府微信公众号53条。',
            '2023年度，我乡未收到政府信息公开申请，无行政复议、行政诉讼情况。咨询电话：0468-7812345。'],
        b5=['一是公开内容不够全面；二是工作人员业务能力有待提升。下一步，我乡将加强学习培训。'],
        b6=['本年度我乡未收取信息处理费。'],
    )


def street_blank_2023():
    c = township_2023()
    c.update(issuer='宿城区古城街道办事处', sign_issuer='古城街道办事处', sign_date='2024年1月10日', date='2024-01-10',
             blank_zero=True, allowed=['cell-blank'],
             preamble=['本报告中所列数据的统计时限为2023年1月1日至2023年12月31日。'],
             b1=['2023年，古城街道办事处主动公开政府信息126条，其中，政策文件6条、工作动态120条。全年未收到政府信息公开申请。'])
    return c


def city_department_2024():
    T3 = t3('2021', new_received=[12, 2], granted=[6, 1], partially_granted=[1], unable_not_held=[3, 1],
            rejected_complaint=[1], other_other=[1])
    return dict(
        layout='2021', year=2024, issuer='宿迁市财政局', sign_issuer='宿迁市财政局',
        sign_date='二〇二五年一月二十日', date='2025-01-20',
        t2={'regulations': [0, 0, 0], 'normative_documents': [5, 2, 31], 'licensing': [0],
            'punishment': [3], 'coercion': [0], 'fees': [0]},
        t3=T3, t4=t4(review=(1, 0, 0, 0)),
        preamble=['本年度报告中所列数据统计期限自2024年1月1日起至2024年12月31日止。'],
        b1=['2024年，市财政局主动公开财政信息356条，其中预决算信息128条、政策文件31篇、工作动态197条。公开市级部门预算102个，公开率100%。',
            '全年共收到政府信息公开申请14件，办结14件。',
            '全年因政府信息公开引发行政复议1件、行政诉讼0件。',
            '联系电话：0527-84367890；政务服务便民热线：12345。'],
        b5=['存在问题：预决算公开的细化程度有待提高。改进措施：下一步将细化公开口径。'],
        b6=['本机关2024年度未收取信息处理费。发布《关于做好2025年预算编制工作的通知》（宿财预〔2024〕12号）。'],
    )


def year2020_layout2019():
    T3 = t3('2019', new_received=[9, 1], carried_over=[1], granted=[5, 1], partially_granted=[1],
            unable_not_held=[2], other=[1], carried_forward=[1])
    return dict(
        layout='2019', year=2020, issuer='泗洪县教育局', sign_issuer='泗洪县教育局',
        sign_date='2021.1.28', date='2021-01-28',
        t2={'regulations': [0, 0, 0], 'normative_documents': [2, 2, 15],
            'licensing': [12, 0, 45], 'other_services': [5, -1, 8], 'punishment': [3, 0, 2],
            'coercion': [1, 0, 0], 'fees': [2, 0], 'procurement': [6, '251000元']},
        t3=T3, t4=t4(),
        preamble=['本报告所列数据统计期限自2020年1月1日起至2020年12月31日止。'],
        b1=['2020年，我局主动公开政府信息1,024条，其中，教育动态612条，通知公告412条。',
            '全年收到政府信息公开申请10件，上年结转1件，办结10件，结转1件。'],
        b5=['存在的主要问题是公开的时效性不强。下一步，我们将建立健全工作机制。'],
        b6=['无其他需要报告的事项。'],
    )


def year2019():
    T3 = t3('2019', new_received=[3], granted=[2], unable_not_held=[1])
    return dict(
        layout='2019', year=2019, issuer='宿豫区卫生健康委员会', sign_issuer='宿豫区卫生健康委员会',
        change_header='本年增（减）',
        sign_date='2020-01-20', date='2020-01-20',
        t2={'regulations': [0, 0, 0], 'normative_documents': [1, 1, 4],
            'licensing': [30, 2, 120], 'other_services': [0, 0, 0], 'punishment': [10, 0, 35],
            'coercion': [0, 0, 0], 'fees': [0, 0], 'procurement': [2, '86.5万元']},
        t3=T3, t4=t4(),
        preamble=['根据《中华人民共和国政府信息公开条例》（国务院令第711号）要求，现公布2019年度政府信息公开工作年度报告。'],
        b1=['2019年，我委主动公开政府信息186条，其中，工作动态120条、通知公告66条。全年共受理政府信息公开申请3件，均已按时答复。'],
        b5=['存在问题：信息更新不够及时。改进措施：落实专人负责。'],
        b6=['无。'],
    )


def subtotal_2023():
    c = county_gov_2023()
    c.update(issuer='宿迁市宿城区人民政府', sign_issuer='宿迁市宿城区人民政府', sign_date='2024年3月1日', date='2024-03-01',
             subtotal_rows=True, subtotal_col=True)
    c['preamble'] = ['本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。']
    c['b1'] = [p.replace('沭阳县', '宿城区').replace('全县', '全区').replace('我县', '我区') for p in c['b1']]
    c['b5'] = [p.replace('我县', '我区') for p in c['b5']]
    return c


def spaced_headings_2023():
    c = city_department_2024()
    c.update(year=2023, issuer='淮安市洪泽区交通运输局', sign_issuer='淮安市洪泽区交通运输局',
             sign_date='2024年1月31日', date='2024-01-31', spaced=True)
    c['preamble'] = ['统计期限为2023年1月1日至12月31日。']
    c['b1'] = [p.replace('2024', '2023').replace('市财政局', '区交通运输局').replace('财政', '交通') for p in c['b1']]
    c['b6'] = ['本机关2023年度未收取信息处理费。']
    return c


def county_gov_2022_twoline():
    T3 = t3('2021', new_received=[20, 4, 0, 0, 2], carried_over=[2], granted=[12, 2, 0, 0, 1], partially_granted=[1],
            withheld_process=[1], unable_not_held=[4, 1, 0, 0, 1], unable_needs_creation=[1], rejected_complaint=[1],
            other_no_correction=[0, 1], carried_forward=[2])
    return dict(
        layout='2021', year=2022, issuer='淮安市洪泽区人民政府', sign_issuer='淮安市洪泽区人民政府办公室',
        sign_date='2023年03月30日', date='2023-03-30', two_line_title=True,
        t2={'regulations': [0, 0, 0], 'normative_documents': [7, 2, 41], 'licensing': [8764],
            'punishment': [512], 'coercion': [0], 'fees': [86.3]},
        t3=T3, t4=t4(review=(2, 0, 0, 1), after=(1, 0, 0, 0)),
        preamble=['本报告由淮安市洪泽区人民政府办公室根据《中华人民共和国政府信息公开条例》（国令第711号）要求编制。报告中所列数据统计期限为2022年1月1日至12月31日。如对本报告有疑问，请与淮安市洪泽区人民政府办公室联系（地址：淮安市洪泽区洪泽湖大道90号，邮编：223100，电话：0517-87222589，电子邮箱：hzzwgk@126.com）。'],
        b1=['2022年，洪泽区人民政府全面贯彻落实《条例》要求，不断完善政府信息公开制度。',
            '（一）主动公开情况。2022年，我区在政府网站平台主动公开政府信息1136条，同比增长8.2%。发布政策解读文章46篇，其中，文字解读30篇、图解10篇、视频解读6个。',
            '（二）依申请公开情况。2022年度，本机关共受理政府信息公开申请26件（其中当面申请3件，网络申请20件，信函申请3件），较上年增加4件；加上2021年结转的2件，共需处理28件。已办结26件，办结率100%，结转下年度继续办理2件。',
            '（三）政府信息管理情况。全年清理行政规范性文件41件，制发7件（淮洪政规〔2022〕1号至7号），废止2件。政府信息公开指南索引号为014116925/2022-00021。',
            '（四）政府信息公开平台建设情况。区政府网站全年访问量3,456,789人次，开设“12345政务服务便民热线”专栏。',
            '（五）政府信息公开监督保障情况。将政府信息公开工作纳入年度综合考核，开展社会评议1次，全年未发生责任追究事项。本年度因政府信息公开工作被申请行政复议3件，被提起行政诉讼1件。'],
        b5=['（一）存在的主要问题：政策解读形式较为单一。（二）改进情况：2023年，我区将丰富解读形式。'],
        b6=['2022年度本机关收取信息处理费0元。'],
    )


def department_2021():
    T3 = t3('2021', new_received=[5, 1], granted=[3, 1], unable_not_held=[2])
    return dict(
        layout='2021', year=2021, issuer='泗阳县自然资源和规划局', sign_issuer='泗阳县自然资源和规划局',
        sign_date='2022/01/18', date='2022-01-18',
        t2={'regulations': [0, 0, 0], 'normative_documents': [0, 0, 3], 'licensing': [236],
            'punishment': [41], 'coercion': [2], 'fees': [12.5]},
        t3=T3, t4=t4(),
        preamble=['本年度报告根据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》（国办公开办函〔2021〕30号）要求编制。统计期限自2021年1月1日起至2021年12月31日止。'],
        b1=['2021年，我局共收到政府信息公开申请6件，其中自然人申请5件、法人或其他组织申请1件，均已按期答复。',
            '全年主动公开政府信息528条，其中，规划批前公示126条、不动产登记信息302条、其他100条。',
            '全年未发生因政府信息公开引起的行政复议、行政诉讼。'],
        b5=['存在问题：公开内容不够全面。改进措施：进一步梳理公开事项清单。'],
        b6=['本年度未收取信息处理费。统一社会信用代码：11321323MB1234567X。'],
    )


def street_2024():
    T3 = t3('2021', new_received=[2], granted=[1], unable_not_held=[1])
    return dict(
        layout='2021', year=2024, issuer='泗洪县青阳街道办事处', sign_issuer='泗洪县青阳街道办事处',
        sign_date='二〇二五年一月十五日', date='2025-01-15',
        t2={'regulations': [0, 0, 0], 'normative_documents': [0, 0, 0], 'licensing': [0],
            'punishment': [0], 'coercion': [0], 'fees': [0]},
        t3=T3, t4=t4(),
        preamble=['本报告所列数据的统计时限为2024年1月1日至2024年12月31日。'],
        b1=['2024年，青阳街道办事处主动公开政府信息86条，其中，通知公告20条、工作动态66条。',
            '全年共收到依申请公开事项2件，全部按时办结。',
            '2023年结转的申请已于2024年全部办结。2025年，我街道将进一步规范公开工作。'],
        b5=['问题：一是公开及时性不够；二是人员力量不足。整改措施：加强培训。'],
        b6=['本年度未收取信息处理费，无其他需要报告的事项。'],
    )


def township_2022(carry):
    def f():
        T3 = t3('2021', new_received=[3], granted=[2], carried_forward=[carry], unable_not_held=[1 - carry])
        return dict(
            layout='2021', year=2022, issuer='连生乡人民政府', sign_issuer='绥滨县连生乡人民政府',
            sign_date='2023年1月10日', date='2023-01-10',
            t2={'regulations': [0, 0, 0], 'normative_documents': [0, 0, 0], 'licensing': [0],
                'punishment': [0], 'coercion': [0], 'fees': [0]},
            t3=T3, t4=t4(),
            preamble=['本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。'],
            b1=['2022年，连生乡人民政府主动公开政府信息218条，其中，政务公开180条，政府微信公众号38条。',
                '2022年度，我乡收到政府信息公开申请3件。'],
            b5=['一是公开内容不够全面。下一步，我乡将加强学习培训。'],
            b6=['本年度我乡未收取信息处理费。'],
        )
    return f


def paren_headings_2023():
    """Sections numbered （一）…（六） throughout (sub-headings 1.、2.), the title over three
    lines, a 落款 with ○ in the year and the seal mark after the issuer."""
    c = county_gov_2023()
    c.update(issuer='宿迁市宿豫区人民政府', sign_issuer='宿迁市宿豫区人民政府（盖章）',
             sign_date='二○二四年三月二十日', date='2024-03-20',
             headings=['（一）总体情况', '（二）主动公开政府信息情况', '（三）收到和处理政府信息公开申请情况',
                       '（四）政府信息公开行政复议、行政诉讼情况', '（五）存在的主要问题及改进情况', '（六）其他需要报告的事项'],
             title_lines=['宿迁市', '宿豫区人民政府', '2023年政府信息公开工作年度报告'])
    c['preamble'] = ['本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。']
    c['b1'] = [re.sub(r'^（([一二三四五])）', lambda m: str('一二三四五'.index(m.group(1)) + 1) + '.', p)
               .replace('沭阳县', '宿豫区').replace('全县', '全区').replace('我县', '我区') for p in c['b1']]
    c['b5'] = [p.replace('我县', '我区') for p in c['b5']]
    return c


def part_headings_2024():
    """第一部分 … 第六部分 headings, one in 【】 and one with a colon; the title with the year
    first; a 落款 with the month only (January: on time for a department)."""
    c = city_department_2024()
    c.update(issuer='宿迁市生态环境局', sign_issuer='宿迁市生态环境局', sign_date='2025年1月', date='2025-01',
             headings=['第一部分 总体情况', '【第二部分 主动公开政府信息情况】', '第三部分：收到和处理政府信息公开申请情况',
                       '第四部分 政府信息公开行政复议、行政诉讼情况', '第五部分 存在的主要问题及改进情况：', '第六部分 其他需要报告的事项'],
             title_lines=['2024年度宿迁市生态环境局政府信息公开工作年度报告'])
    c['b1'] = [p.replace('市财政局', '市生态环境局').replace('财政信息', '环境信息').replace('预决算信息', '环评信息')
               .replace('公开市级部门预算102个，公开率100%。', '') for p in c['b1']]
    # Improvement items numbered like sections: body, not headings.
    c['b5'] = ['存在问题：环境信息公开的及时性有待提高。改进措施：', '一、建立定期更新机制。', '二、持续加大主动公开力度。',
               '三、规范依申请公开办理', '四、做好行政复议应诉工作']
    c['b6'] = ['本机关2024年度未收取信息处理费。']
    return c


def title_table_2024():
    """A street office's report whose title (issuer, then year) sits in a one-cell table,
    headings in 【】, and a 落款 whose date carries a label (成文日期：) after the seal mark."""
    c = street_2024()
    c.update(issuer='泗洪县大楼街道办事处', sign_issuer='泗洪县大楼街道办事处（盖章）', sign_date='成文日期：2025年1月16日', date='2025-01-16',
             title_table=True, two_line_title=True,
             headings=['【一、总体情况】', '【二、主动公开政府信息情况】', '【三、收到和处理政府信息公开申请情况】',
                       '【四、政府信息公开行政复议、行政诉讼情况】', '【五、存在的主要问题及改进情况】', '【六、其他需要报告的事项】'])
    c['b1'] = [p.replace('青阳街道', '大楼街道') for p in c['b1']]
    return c


def toc_2023():
    """A township's report that opens with a table of contents (目录, dot leaders, page
    numbers) and prints 五's heading at the start of its first paragraph."""
    c = township_2023()
    c.update(issuer='宿迁市宿城区王官集镇人民政府', sign_issuer='王官集镇人民政府', sign_date='2024年1月26日', date='2024-01-26')
    c['preamble'] = ['目录'] + ['%s……………………%d' % (h, i + 1) for i, h in enumerate(STD)] + c['preamble']
    c['b1'] = [p.replace('连生乡', '王官集镇').replace('我乡', '我镇') for p in c['b1']]
    c['headings'] = STD[:4] + [STD[4] + '：' + c['b5'][0].replace('我乡', '我镇')] + STD[5:]
    c['b5'] = []
    c['b6'] = ['本年度我镇未收取信息处理费。']
    return c


def autonum_2024():
    """A department's report whose headings are numbered by Word's automatic list numbering:
    the paragraphs' text is the standard wording alone (总体情况 …)."""
    c = city_department_2024()
    c.update(issuer='宿迁市住房和城乡建设局', sign_issuer='宿迁市住房和城乡建设局', sign_date='2025年1月24日', date='2025-01-24',
             autonum=True, headings=[h.split('、', 1)[1] for h in STD])
    c['b1'] = [p.replace('市财政局', '市住房和城乡建设局').replace('财政信息', '住建信息').replace('预决算信息', '工程建设信息')
               .replace('公开市级部门预算102个，公开率100%。', '') for p in c['b1']]
    c['b5'] = ['存在问题：信息更新不够及时。改进措施：建立定期更新机制。']
    c['b6'] = ['本机关2024年度未收取信息处理费。']
    return c


def arabic_headings_2023():
    """1、…6、 headings throughout (sub-headings （一）), the issuer on the line after a year
    line, a subtitle, and a 落款 date with spaces inside, on the issuer's line."""
    c = department_2021()
    c.update(year=2023, issuer='泗阳县市场监督管理局', sign_issuer='泗阳县市场监督管理局',
             sign_date='2024 年 1 月 22 日', date='2024-01-22', sign_one_line=True,
             headings=['1、总体情况', '2、主动公开政府信息情况', '3、收到和处理政府信息公开申请情况',
                       '4、政府信息公开行政复议、行政诉讼情况', '5、存在的主要问题及改进情况', '6、其他需要报告的事项'],
             title_lines=['泗阳县市场监督管理局', '2023年政府信息公开工作年度报告', '（根据《中华人民共和国政府信息公开条例》编制）'])
    c['preamble'] = ['本年度报告统计期限自2023年1月1日起至2023年12月31日止。']
    c['b1'] = ['（一）依申请公开情况', '2023年，我局共收到政府信息公开申请6件，其中自然人申请5件、法人或其他组织申请1件，均已按期答复。',
               '（二）主动公开情况', '全年主动公开政府信息528条，其中，行政许可信息126条、行政处罚信息302条、其他100条。',
               '（三）监督保障', '全年未发生因政府信息公开引起的行政复议、行政诉讼。']
    c['b6'] = ['本年度未收取信息处理费。']
    return c


CASES = {
    'paren-headings-2023': paren_headings_2023,
    'part-headings-2024': part_headings_2024,
    'arabic-headings-2023': arabic_headings_2023,
    'title-table-2024': title_table_2024,
    'toc-2023': toc_2023,
    'autonum-2024': autonum_2024,
    # The year before township-2023, titled by the township alone and signed with the county
    # in front: the batch must pair them (NormalizeIssuer). 'carry' leaves 1 carried forward,
    # which township-2023 does not carry over (carryover-mismatch across the pair).
    'township-2022': township_2022(0),
    'township-2022-carry': township_2022(1),
    'county-gov-2022-twoline': county_gov_2022_twoline,
    'department-2021': department_2021,
    'street-2024': street_2024,
    'county-gov-2023': county_gov_2023,
    'township-2023': township_2023,
    'street-blank-2023': street_blank_2023,
    'city-department-2024': city_department_2024,
    'layout2019-2020': year2020_layout2019,
    'layout2019-2019': year2019,
    'subtotal-2023': subtotal_2023,
    'spaced-headings-2023': spaced_headings_2023,
}


# ---------------------------------------------------------------- planted defects (on county-gov-2023)

def _d(base, rule, edit):
    def f():
        c = CASES[base]()
        edit(c)
        c['must'] = [rule]
        c['defect'] = True
        return c
    return f


def _t3set(row, col, delta):
    def e(c):
        c['t3'][row][col] += delta
    return e


def _sec_missing(c):
    c['drop5'] = True


DEFECTS = {
    # 四 自然人 3 → 4 (and its 总计): only the balance breaks.
    'defect-table3-balance': ('county-gov-2023', 'table3-balance', lambda c: c['t3'].__setitem__('carried_forward', [4, 0, 0, 0, 0, 0, 4])),
    # （一）予以公开 自然人 20 → 21 (and its 总计): the row adds up, （七） no longer equals the results.
    'defect-table3-results-sum': ('county-gov-2023', 'table3-results-sum', lambda c: c['t3'].update(
        granted=[21, 3, 0, 1, 1, 0, 26])),
    'defect-table3-row-sum': ('county-gov-2023', 'table3-row-sum', lambda c: c['t3']['granted'].__setitem__(6, 26)),
    'defect-table4-sum': ('county-gov-2023', 'table4-sum', lambda c: c['t4']['review'].__setitem__(4, 3)),
    'defect-table2-stock': ('county-gov-2023', 'table2-stock', lambda c: c['t2'].__setitem__('normative_documents', [12, 0, 5])),
    'defect-cell-negative': ('county-gov-2023', 'cell-negative', lambda c: c['t2'].__setitem__('coercion', [-2])),
    'defect-cell-fraction': ('county-gov-2023', 'cell-fraction', lambda c: c['t2'].__setitem__('coercion', [2.5])),
    'defect-cell-not-number': ('county-gov-2023', 'cell-not-number', lambda c: c['t2'].__setitem__('coercion', ['若干'])),
    'defect-date-late': ('county-gov-2023', 'date-late', lambda c: c.update(sign_date='2024年4月8日', date='2024-04-08')),
    'defect-date-before-period-end': ('county-gov-2023', 'date-before-period-end', lambda c: c.update(sign_date='2023年1月4日', date='2023-01-04')),
    'defect-date-invalid': ('county-gov-2023', 'date-invalid', lambda c: c.update(sign_date='2024年2月30日', date='2024-02-30')),
    # A township has no national deadline, so a future date is only date-future.
    'defect-date-future': ('township-2023', 'date-future', lambda c: c.update(sign_date='2027年1月20日', date='2027-01-20')),
    'defect-year-mismatch': ('county-gov-2023', 'year-mismatch', lambda c: c['preamble'].__setitem__(0, c['preamble'][0].replace('统计期限自2023年1月1日起至2023年12月31日止', '统计期限自2022年1月1日起至2022年12月31日止'))),
    'defect-text-table-mismatch': ('county-gov-2023', 'text-table-mismatch', lambda c: c['b1'].__setitem__(3, c['b1'][3].replace('全年共收到政府信息公开申请48件，其中自然人申请40件、法人或其他组织申请8件', '全年共收到政府信息公开申请50件，其中自然人申请42件、法人或其他组织申请8件'))),
    'defect-text-sum': ('county-gov-2023', 'text-sum', lambda c: c['b1'].__setitem__(1, c['b1'][1].replace('发布12345条', '发布12354条'))),
    'defect-section-empty': ('county-gov-2023', 'section-empty', lambda c: c.update(b5=['无。'])),
    'defect-fee-statement-missing': ('county-gov-2023', 'fee-statement-missing', lambda c: c.update(b6=['本年度无其他需要报告的事项。'])),
    'defect-personal-data': ('county-gov-2023', 'personal-data', lambda c: c['b1'].__setitem__(3, c['b1'][3] + '申请人张某（身份证号320322198001011234，电话13812345678）申请公开征收补偿方案。')),
    'defect-section-heading': ('county-gov-2023', 'section-heading', lambda c: c.update(h5='五、存在的主要问题及改正情况')),
    'defect-section-missing': ('county-gov-2023', 'section-missing', _sec_missing),
    # The body's 「Y年，」 left from last year's report.
    'defect-year-mismatch-body': ('county-gov-2023', 'year-mismatch', lambda c: c['b1'].__setitem__(1, c['b1'][1].replace('2023年，全县', '2022年，全县', 1))),
    # The narrative's 行政复议 count contradicts 表四 (2).
    'defect-text-table-mismatch-review': ('county-gov-2023', 'text-table-mismatch', lambda c: c['b1'].__setitem__(9, c['b1'][9].replace('被申请行政复议2件', '被申请行政复议1件'))),
    # A township's 2023 report that still says 2022 in its 统计期限 (统计期限为…至12月31日).
    'defect-year-mismatch-township': ('township-2023', 'year-mismatch', lambda c: c.update(preamble=['统计期限为2022年1月1日至12月31日。'])),
    'defect-section-order': ('county-gov-2023', 'section-order', lambda c: c.update(swap56=True)),
    'defect-table-missing': ('county-gov-2023', 'table-missing', lambda c: c.update(drop_t4=True)),
    'defect-table-incomplete': ('county-gov-2023', 'table-incomplete', lambda c: c.update(drop_rows=['withheld_inquiry'])),
    # A 落款 with the month only: February is wholly after a department's 01-31 deadline.
    'defect-date-late-month': ('part-headings-2024', 'date-late', lambda c: c.update(sign_date='2025年2月', date='2025-02')),
    # A month-only 落款 in the report year itself (a template's year).
    'defect-date-before-period-end-month': ('part-headings-2024', 'date-before-period-end', lambda c: c.update(sign_date='2024年12月', date='2024-12')),
    # A report numbered （一）…（六） without its （五）: the five others are still sections.
    'defect-section-missing-paren': ('paren-headings-2023', 'section-missing', _sec_missing),
    'defect-date-missing': ('county-gov-2023', 'date-missing', lambda c: c.update(sign_date='', date='')),
    'defect-cell-blank': ('county-gov-2023', 'cell-blank', lambda c: c['t2'].__setitem__('coercion', ['/'])),
    'defect-layout-outdated': ('layout2019-2020', 'layout-outdated', lambda c: c.update(year=2021, sign_date='2022年1月20日', date='2022-01-20',
                                                                                       preamble=['本报告所列数据统计期限自2021年1月1日起至2021年12月31日止。'],
                                                                                       b1=[p.replace('2020', '2021') for p in c['b1']], b6=['本年度未收取信息处理费。'])),
}


# ---------------------------------------------------------------- HTML writer

def esc(s):
    return str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def fmt(v, blank_zero=False):
    if isinstance(v, str):
        return v
    if v == 0 and blank_zero:
        return ''
    if isinstance(v, float) and v != int(v):
        return ('%.2f' % v).rstrip('0')
    return str(int(v))


def td(text, cs=1, rs=1):
    a = ''
    if cs > 1:
        a += ' colspan="%d"' % cs
    if rs > 1:
        a += ' rowspan="%d"' % rs
    return '<td%s>%s</td>' % (a, esc(text))


def table2_html(c):
    bz = c.get('blank_zero')
    t = c['t2']
    rows = []
    if c['layout'] == '2021':
        rows.append(td('第二十条第（一）项', 4))
        rows.append(td('信息内容') + td('本年制发件数') + td('本年废止件数') + td('现行有效件数'))
        rows.append(td('规章') + ''.join(td(fmt(v, bz)) for v in t['regulations']))
        rows.append(td('行政规范性文件') + ''.join(td(fmt(v, bz)) for v in t['normative_documents']))
        rows.append(td('第二十条第（五）项', 4))
        rows.append(td('信息内容') + td('本年处理决定数量', 3))
        rows.append(td('行政许可') + td(fmt(t['licensing'][0], bz), 3))
        rows.append(td('第二十条第（六）项', 4))
        rows.append(td('信息内容') + td('本年处理决定数量', 3))
        rows.append(td('行政处罚') + td(fmt(t['punishment'][0], bz), 3))
        rows.append(td('行政强制') + td(fmt(t['coercion'][0], bz), 3))
        rows.append(td('第二十条第（八）项', 4))
        rows.append(td('信息内容') + td('本年收费金额（单位：万元）', 3))
        rows.append(td('行政事业性收费') + td(fmt(t['fees'][0], bz), 3))
    else:
        rows.append(td('第二十条第（一）项', 4))
        rows.append(td('信息内容') + td('本年新制作数量') + td('本年新公开数量') + td('对外公开总数量'))
        rows.append(td('规章') + ''.join(td(fmt(v, bz)) for v in t['regulations']))
        rows.append(td('规范性文件') + ''.join(td(fmt(v, bz)) for v in t['normative_documents']))
        rows.append(td('第二十条第（五）项', 4))
        ch = c.get('change_header', '本年增/减')
        rows.append(td('信息内容') + td('上一年项目数量') + td(ch) + td('处理决定数量'))
        rows.append(td('行政许可') + ''.join(td(fmt(v, bz)) for v in t['licensing']))
        rows.append(td('其他对外管理服务事项') + ''.join(td(fmt(v, bz)) for v in t['other_services']))
        rows.append(td('第二十条第（六）项', 4))
        rows.append(td('信息内容') + td('上一年项目数量') + td(ch) + td('处理决定数量'))
        rows.append(td('行政处罚') + ''.join(td(fmt(v, bz)) for v in t['punishment']))
        rows.append(td('行政强制') + ''.join(td(fmt(v, bz)) for v in t['coercion']))
        rows.append(td('第二十条第（八）项', 4))
        rows.append(td('信息内容') + td('上一年项目数量') + td(ch, 2))
        rows.append(td('行政事业性收费') + td(fmt(t['fees'][0], bz)) + td(fmt(t['fees'][1], bz), 2))
        rows.append(td('第二十条第（九）项', 4))
        rows.append(td('信息内容') + td('采购项目数量') + td('采购总金额', 2))
        rows.append(td('政府集中采购') + td(fmt(t['procurement'][0], bz)) + td(fmt(t['procurement'][1], bz), 2))
    return '<table border="1">\n' + '\n'.join('<tr>%s</tr>' % r for r in rows) + '\n</table>'


def t3_layout(c):
    return (T3_KEYS_2021, GROUPS_2021) if c['layout'] == '2021' else (T3_KEYS_2019, GROUPS_2019)


def table3_html(c):
    bz = c.get('blank_zero')
    keys, groups = t3_layout(c)
    t = c['t3']
    sc = c.get('subtotal_col')

    def vals(k):
        v = t[k]
        cells = v[:1] + v[1:6]
        if sc:
            cells = cells + [sum(v[1:6])]
        return ''.join(td(fmt(x, bz)) for x in cells + v[6:])
    ncol = 8 if sc else 7
    rows = [td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3) + td('申请人情况', ncol),
            td('自然人', 1, 2) + td('法人或其他组织', 6 if sc else 5) + td('总计', 1, 2),
            ''.join(td(x) for x in COL_LABELS[1:6]) + (td('小计') if sc else '')]
    labels = dict(keys)
    rows.append(td(labels['new_received'], 3) + vals('new_received'))
    rows.append(td(labels['carried_over'], 3) + vals('carried_over'))
    body = []
    body.append([labels['granted'], None, 'granted'])
    body.append([labels['partially_granted'], None, 'partially_granted'])
    order = [k for k, _ in keys]
    drop = set(c.get('drop_rows', []))
    for g, a, b in groups:
        ks = [k for k in order[a:b] if k not in drop]
        for i, k in enumerate(ks):
            body.append([labels[k], (g, len(ks) + (1 if c.get('subtotal_rows') else 0)) if i == 0 else None, k])
        if c.get('subtotal_rows'):
            body.append(['小计', None, ('sub', ks)])
    if c['layout'] == '2019':
        body.append([labels['other'], None, 'other'])
    body.append([labels['total_processed'], None, 'total_processed'])
    n = len(body)
    for i, (label, grp, k) in enumerate(body):
        r = ''
        if i == 0:
            r += td('三、本年度办理结果', 1, n)
        if isinstance(k, tuple):
            v = [sum(t[kk][j] for kk in k[1]) for j in range(7)]
            cells = v[:6] + ([sum(v[1:6])] if sc else []) + v[6:]
            r += td(label) + ''.join(td(fmt(x, bz)) for x in cells)
        elif grp:
            r += td(grp[0], 1, grp[1]) + td(label) + vals(k)
        elif k in ('granted', 'partially_granted', 'total_processed', 'other'):
            r += td(label, 2) + vals(k)
        else:
            r += td(label) + vals(k)
        rows.append(r)
    rows.append(td(labels['carried_forward'], 3) + vals('carried_forward'))
    return '<table border="1">\n' + '\n'.join('<tr>%s</tr>' % r for r in rows) + '\n</table>'


def table4_html(c):
    bz = c.get('blank_zero')
    rows = [td('行政复议', 5) + td('行政诉讼', 10),
            ''.join(td(x, 1, 2) for x in ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']) + td('未经复议直接起诉', 5) + td('复议后起诉', 5),
            ''.join(td(x) for x in ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] * 2),
            ''.join(td(fmt(v, bz)) for g in T4_GROUPS for v in c['t4'][g])]
    return '<table border="1">\n' + '\n'.join('<tr>%s</tr>' % r for r in rows) + '\n</table>'


STD = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
       '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']


def headings(c):
    h = list(STD)
    if c.get('spaced'):
        h = [' 一、 总体情况', '二、主动公开政府信息情况 ', '三、 收到和处理政府信息公开申请情况',
             '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况', '五、政府信息公开工作存在的主要问题及改进情况', '六、 其他需要报告的事项']
    if c.get('headings'):
        h = list(c['headings'])
    if c.get('h5'):
        h[4] = c['h5']
    return h


def title(c):
    return '%s%d年政府信息公开工作年度报告' % (c['issuer'], c['year'])


def title_lines(c):
    """The title as printed: often the issuer on one line and the year on the next."""
    if c.get('title_lines'):
        return list(c['title_lines'])
    if c.get('two_line_title'):
        return [c['issuer'], '%d年度政府信息公开工作年度报告' % c['year']]
    return [title(c)]


def sign_lines(c):
    """The 落款 as printed: the issuer and the date on two lines, or on one (sign_one_line)."""
    if not c['sign_date']:
        return [c['sign_issuer']]
    if c.get('sign_one_line'):
        return [c['sign_issuer'] + '\u3000\u3000' + c['sign_date']]
    return [c['sign_issuer'], c['sign_date']]


def html_doc(c, charset='utf-8'):
    h = headings(c)
    parts = ['<p align="center"><b>%s</b></p>' % esc(t) for t in title_lines(c)]
    if c.get('title_table'):
        # The title in a one-cell table (a layout trick of some offices).
        parts = ['<table border="1"><tr><td>%s</td></tr></table>' % ''.join('<p align="center"><b>%s</b></p>' % esc(t) for t in title_lines(c))]
    parts += ['<p>%s</p>' % esc(p) for p in c['preamble']]
    if c.get('autonum'):
        # Headings numbered by the list (Word's automatic numbering): the text has no 一、.
        h = ['<ol start="%d" style="list-style-type: cjk-ideographic"><li>%s</li></ol>' % (i + 1, esc(x)) for i, x in enumerate(h)]
    else:
        h = ['<p>%s</p>' % esc(x) for x in h]
    parts.append(h[0])
    parts += ['<p>%s</p>' % esc(p) for p in c['b1']]
    parts += [h[1], table2_html(c)]
    parts += [h[2], table3_html(c)]
    parts += [h[3]]
    if not c.get('drop_t4'):
        parts.append(table4_html(c))
    s5 = [] if c.get('drop5') else [h[4]] + ['<p>%s</p>' % esc(p) for p in c['b5']]
    s6 = [h[5]] + ['<p>%s</p>' % esc(p) for p in c['b6']]
    parts += s6 + s5 if c.get('swap56') else s5 + s6
    parts += ['<p align="right">%s</p>' % esc(x) for x in sign_lines(c)]
    return ('<!DOCTYPE html>\n<html><head><meta charset="%s"><title>%s</title></head><body>\n%s\n</body></html>\n'
            % (charset, esc(title(c)), '\n'.join(parts)))


# ---------------------------------------------------------------- Word and Tika plain text

def grid_rows(html_table):
    """The rows as Word stores them: a cell spanning columns once (gridSpan), a cell spanning
    rows once and then an empty continuation cell in each row below (vMerge)."""
    rows = []
    pending = {}  # column -> (rows left, colspan) of a rowspan from above
    for tr in re.findall(r'<tr>(.*?)</tr>', html_table, flags=re.S):
        cells = [(int(a.group(1) or 1) if (a := re.search(r'colspan="(\d+)"', attrs)) else 1,
                  int(b.group(1)) if (b := re.search(r'rowspan="(\d+)"', attrs)) else 1,
                  text.replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>'))
                 for attrs, text in re.findall(r'<td([^>]*)>(.*?)</td>', tr, flags=re.S)]
        out = []
        col = 0
        it = iter(cells)
        while True:
            if col in pending:
                left, cs = pending[col]
                out.append('')
                if left > 1:
                    pending[col] = (left - 1, cs)
                else:
                    del pending[col]
                col += cs
                continue
            c = next(it, None)
            if c is None:
                break
            cs, rs, text = c
            out.append(text)
            if rs > 1:
                pending[col] = (rs - 1, cs)
            col += cs
        rows.append(out)
    return rows


def body_lines(c, table_fmt):
    h = headings(c)
    lines = title_lines(c) + c['preamble'] + [h[0]] + c['b1']
    lines += [h[1]] + table_fmt(grid_rows(table2_html(c)))
    lines += [h[2]] + table_fmt(grid_rows(table3_html(c)))
    lines += [h[3]] + ([] if c.get('drop_t4') else table_fmt(grid_rows(table4_html(c))))
    s5 = [] if c.get('drop5') else [h[4]] + c['b5']
    s6 = [h[5]] + c['b6']
    lines += s6 + s5 if c.get('swap56') else s5 + s6
    lines += sign_lines(c)
    return '\n'.join(lines) + '\n'


def word_text(c):
    """Word's "save as plain text": a row per line, its cells separated by TABs."""
    return body_lines(c, lambda rows: ['\t'.join(r) for r in rows])


# Labels the official blank wraps inside their cells; Tika prints the second paragraph of a
# cell on a line of its own, without the TAB.
WRAPPED = {'商业企业': '商业\n企业', '科研机构': '科研\n机构'}


def tika_text(c):
    """Apache Tika's text of a .docx: each cell on its own line after a TAB (a cell's further
    paragraphs on lines of their own), a blank line after each row, one more after the
    table; the [bookmark: _GoBack] Word leaves where the cursor was."""
    def fmt_rows(rows):
        out = []
        for r in rows:
            out += ['\t' + WRAPPED.get(x, x) for x in r] + ['']
        return out + ['']
    return body_lines(c, fmt_rows).replace('\n' + headings(c)[3] + '\n', '\n[bookmark: _GoBack]' + headings(c)[3] + '\n', 1)


# ---------------------------------------------------------------- WPS docx (official blank filled)

def wps_docx(c, path):
    import fill
    order = [k for k, _ in T3_KEYS_2021]
    prefixes = ['一、本年新收', '二、上年结转', '（一）予以公开', '（二）部分公开', '1.属于国家秘密', '2.其他法律行政法规禁止公开',
                '3.危及', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷',
                '8.属于行政查询事项', '1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确',
                '1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请',
                '5.要求行政机关确认或重新出具已获取信息', '1.申请人无正当理由逾期不补正', '2.申请人逾期未按收费通知要求缴纳费用',
                '3.其他', '（七）总计', '四、结转下年度继续办理']
    bz = c.get('blank_zero')
    T3 = {p: [fmt(v, bz) for v in c['t3'][k]] for p, k in zip(prefixes, order)}
    t = c['t2']
    T2 = {'规章': t['regulations'], '行政规范性文件': t['normative_documents'], '行政许可': t['licensing'],
          '行政处罚': t['punishment'], '行政强制': t['coercion'], '行政事业性收费': t['fees']}
    T2 = {k: [fmt(x, bz) for x in v] for k, v in T2.items()}
    T4 = [fmt(v, bz) for g in T4_GROUPS for v in c['t4'][g]]
    h = headings(c)
    text = {'title': title(c), 'preamble': c['preamble'], 'b1': c['b1'], 'b5': c['b5'], 'b6': c['b6'],
            'h1': h[0], 'h2': h[1], 'h3': h[2], 'h4': h[3], 'h5': h[4], 'h6': h[5],
            'sign_issuer': c['sign_issuer'], 'sign_date': c['sign_date']}
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        parts, infos = fill.build(T2, T3, T4, text)
    finally:
        os.chdir(cwd)
    import zipfile
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in infos:
            z.writestr(info.filename, parts[info.filename])


# ---------------------------------------------------------------- expected figures

def expect(c):
    keys, _ = t3_layout(c)
    e = {'layout': c['layout'], 'year': c['year'], 'issuer': c['issuer'], 'date': c['date'],
         'allowed': c.get('allowed', []), 'must': c.get('must', []), 'today': '2027-06-30' if c.get('today_override') else '',
         'blank_zero': bool(c.get('blank_zero'))}
    e['table3'] = {k: dict(zip(COLS, c['t3'][k])) for k, _ in keys}
    e['table4'] = {g: dict(zip(T4_COLS, c['t4'][g])) for g in T4_GROUPS}
    t = c['t2']
    if c['layout'] == '2021':
        e['table2'] = {'regulations': dict(zip(['issued', 'repealed', 'in_force'], t['regulations'])),
                       'normative_documents': dict(zip(['issued', 'repealed', 'in_force'], t['normative_documents'])),
                       'licensing': {'decisions': t['licensing'][0]}, 'punishment': {'decisions': t['punishment'][0]},
                       'coercion': {'decisions': t['coercion'][0]}, 'fees': {'amount_10k_yuan': t['fees'][0]}}
    else:
        def num(v):
            if isinstance(v, str):
                m = re.match(r'[\d.]+', v)
                return float(m.group(0)) if m else v
            return v
        e['table2'] = {'regulations': dict(zip(['made', 'published', 'total_public'], t['regulations'])),
                       'normative_documents': dict(zip(['made', 'published', 'total_public'], t['normative_documents']))}
        for k in ['licensing', 'other_services', 'punishment', 'coercion']:
            e['table2'][k] = dict(zip(['previous_items', 'change', 'decisions'], t[k]))
        e['table2']['fees'] = dict(zip(['previous_items', 'change'], t['fees']))
        e['table2']['procurement'] = {'projects': t['procurement'][0], 'amount': num(t['procurement'][1])}
    return e


# ---------------------------------------------------------------- conversions

def soffice(args, cwd):
    prof = 'file:///tmp/lo-qa'
    subprocess.run(['soffice', '-env:UserInstallation=' + prof, '--headless'] + args, cwd=cwd,
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def mammoth_bin():
    for d in [os.path.join(ROOT, 'node_modules'), '/tmp/mam/node_modules']:
        p = os.path.join(d, 'mammoth', 'bin', 'mammoth')
        if os.path.exists(p):
            return p
    return None


def write_case(name, c, tmp):
    d = os.path.join(OUT, name)
    os.makedirs(d, exist_ok=True)
    for f in os.listdir(d):
        os.remove(os.path.join(d, f))
    with open(os.path.join(d, 'expect.json'), 'w', encoding='utf8') as f:
        json.dump(expect(c), f, ensure_ascii=False, indent=1)
    src = html_doc(c)
    with open(os.path.join(d, 'src.html'), 'w', encoding='utf8') as f:
        f.write(src)
    with open(os.path.join(tmp, name + '.html'), 'w', encoding='utf8') as f:
        f.write(src)
    with open(os.path.join(d, 'gbk.html'), 'wb') as f:
        f.write(html_doc(c, 'gbk').encode('gbk'))
    wt = word_text(c)
    with open(os.path.join(d, 'word.txt'), 'w', encoding='utf8') as f:
        f.write(wt)
    with open(os.path.join(d, 'word.gb18030.txt'), 'wb') as f:
        f.write(wt.replace('\n', '\r\n').encode('gb18030'))
    with open(os.path.join(d, 'word.utf16.txt'), 'wb') as f:
        f.write(b'\xff\xfe' + wt.encode('utf-16-le'))
    tt = tika_text(c)
    with open(os.path.join(d, 'tika.txt'), 'w', encoding='utf8') as f:
        f.write(tt)
    with open(os.path.join(d, 'tika.utf8bom.crlf.txt'), 'wb') as f:
        f.write(b'\xef\xbb\xbf' + tt.replace('\n', '\r\n').encode('utf8'))
    structural = ['subtotal_rows', 'subtotal_col', 'drop5', 'spaced', 'drop_t4', 'swap56', 'drop_rows']
    if c['layout'] == '2021' and not any(c.get(k) for k in structural) and c['sign_date']:
        wps_docx(c, os.path.join(d, 'wps.docx'))


# Cases whose pandoc.gfm.md is not written (none: a file opening with pandoc's raw <table>,
# the title's one-cell table, is read since parser/input and parser/text were fixed; repro
# reader-bugs/gfm-title-table-first.md).
NO_GFM = set()


def convert_all(names, tmp):
    """LibreOffice once for all cases (it starts slowly), then pandoc and mammoth per case."""
    htmls = [n + '.html' for n in names]
    soffice(['--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML'] + htmls, tmp)
    for h in htmls:
        os.remove(os.path.join(tmp, h))
    docxs = [n + '.docx' for n in names]
    soffice(['--convert-to', 'txt:Text (encoded):UTF8'] + docxs, tmp)
    soffice(['--convert-to', 'html:HTML (StarWriter)'] + docxs, tmp)
    # The WPS-saved blank, filled, through the same tools: LibreOffice re-saves it as .docx
    # (what a clerk gets opening a WPS file in LibreOffice and saving), as text and HTML.
    wps = [n for n in names if os.path.exists(os.path.join(OUT, n, 'wps.docx'))]
    wdir = os.path.join(tmp, 'wps')
    os.makedirs(wdir, exist_ok=True)
    for n in wps:
        shutil.copy(os.path.join(OUT, n, 'wps.docx'), os.path.join(wdir, n + '.docx'))
    if wps:
        odir = os.path.join(wdir, 'out')
        os.makedirs(odir, exist_ok=True)
        ins = [n + '.docx' for n in wps]
        soffice(['--convert-to', 'docx:MS Word 2007 XML', '--outdir', 'out'] + ins, wdir)
        soffice(['--convert-to', 'txt:Text (encoded):UTF8', '--outdir', 'out'] + ins, wdir)
        soffice(['--convert-to', 'html:HTML (StarWriter)', '--outdir', 'out'] + ins, wdir)
    mb = mammoth_bin()
    for n in wps:
        d = os.path.join(OUT, n)
        src = os.path.join(wdir, n + '.docx')
        shutil.copy(os.path.join(wdir, 'out', n + '.docx'), os.path.join(d, 'wps.lo.docx'))
        shutil.copy(os.path.join(wdir, 'out', n + '.txt'), os.path.join(d, 'wps.lo.txt'))
        shutil.copy(os.path.join(wdir, 'out', n + '.html'), os.path.join(d, 'wps.lo.html'))
        subprocess.run(['pandoc', '-f', 'docx', '-t', 'gfm', '-o', os.path.join(d, 'wps.pandoc.gfm.md'), src], check=True)
        if mb:
            subprocess.run(['node', mb, src, os.path.join(d, 'wps.mammoth.html')], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for n in names:
        d = os.path.join(OUT, n)
        src = os.path.join(tmp, n + '.docx')
        shutil.copy(src, os.path.join(d, 'lo.docx'))
        shutil.copy(os.path.join(tmp, n + '.txt'), os.path.join(d, 'lo.txt'))
        shutil.copy(os.path.join(tmp, n + '.html'), os.path.join(d, 'lo.html'))
        subprocess.run(['pandoc', '-f', 'docx', '-t', 'markdown-simple_tables-multiline_tables', '-o', os.path.join(d, 'pandoc.md'), src], check=True)
        if n not in NO_GFM:
            subprocess.run(['pandoc', '-f', 'docx', '-t', 'gfm', '-o', os.path.join(d, 'pandoc.gfm.md'), src], check=True)
        subprocess.run(['pandoc', '-f', 'docx', '-t', 'plain', '-o', os.path.join(d, 'pandoc.txt'), src], check=True)
        subprocess.run(['pandoc', '-f', 'html', '-t', 'docx', '-o', os.path.join(d, 'pandoc.docx'), os.path.join(d, 'src.html')], check=True)
        if mb:
            subprocess.run(['node', mb, src, os.path.join(d, 'mammoth.html')], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    want = sys.argv[1:]
    allc = dict(CASES)
    for name, (base, rule, edit) in DEFECTS.items():
        allc[name] = _d(base, rule, edit)
    tmp = tempfile.mkdtemp(prefix='qa-')
    try:
        names = []
        for name, f in allc.items():
            if want and name not in want:
                continue
            write_case(name, f(), tmp)
            names.append(name)
        convert_all(names, tmp)
    finally:
        shutil.rmtree(tmp)
    print(len(names), 'cases')


if __name__ == '__main__':
    main()
