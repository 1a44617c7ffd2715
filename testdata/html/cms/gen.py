#!/usr/bin/env python3
"""Writes the synthetic CMS pages of testdata/html/cms and manifest.json.

Each page imitates how one kind of government CMS publishes a 政府信息公开工作年度报告
(TRS WCM, TRS UEditor, 政府网站集约化平台 boxes, layout tables, GBK pages, an
attachment-only page). The figures are ours, so manifest.json holds every cell as printed
(null where the page leaves a cell blank), the title, issuer, year, signature date, the
number of sections and the rule IDs of the defects planted on purpose.

Run: python3 gen.py   (from this folder)
"""
import copy
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

T3_KEYS = ['new_received', 'carried_over', 'granted', 'partially_granted',
           'withheld_state_secret', 'withheld_prohibited', 'withheld_three_safeties',
           'withheld_third_party', 'withheld_internal', 'withheld_process',
           'withheld_enforcement', 'withheld_inquiry', 'unable_not_held',
           'unable_needs_creation', 'unable_unclear', 'rejected_complaint',
           'rejected_duplicate', 'rejected_publication', 'rejected_excessive',
           'rejected_confirmation', 'other_no_correction', 'other_no_fee', 'other_other',
           'total_processed', 'carried_forward']
T3_COLS = ['natural_person', 'commercial', 'research', 'social_welfare', 'legal_services',
           'other', 'total']

# Six applicant columns per row; totals computed below.
BASE = {
    'new_received': [40, 3, 0, 1, 2, 0],
    'carried_over': [2, 0, 0, 0, 0, 0],
    'granted': [20, 1, 0, 0, 1, 0],
    'partially_granted': [5, 1, 0, 0, 0, 0],
    'withheld_state_secret': [0] * 6,
    'withheld_prohibited': [1, 0, 0, 0, 0, 0],
    'withheld_three_safeties': [0] * 6,
    'withheld_third_party': [2, 0, 0, 0, 0, 0],
    'withheld_internal': [0] * 6,
    'withheld_process': [1, 0, 0, 0, 0, 0],
    'withheld_enforcement': [0] * 6,
    'withheld_inquiry': [0] * 6,
    'unable_not_held': [6, 1, 0, 1, 0, 0],
    'unable_needs_creation': [1, 0, 0, 0, 0, 0],
    'unable_unclear': [0] * 6,
    'rejected_complaint': [2, 0, 0, 0, 0, 0],
    'rejected_duplicate': [1, 0, 0, 0, 0, 0],
    'rejected_publication': [0] * 6,
    'rejected_excessive': [0] * 6,
    'rejected_confirmation': [0] * 6,
    'other_no_correction': [1, 0, 0, 0, 0, 0],
    'other_no_fee': [0] * 6,
    'other_other': [0] * 6,
    'carried_forward': [2, 0, 0, 0, 1, 0],
}


def table3_base():
    t = {k: list(v) for k, v in BASE.items()}
    results = T3_KEYS[2:23]
    t['total_processed'] = [sum(t[k][i] for k in results) for i in range(6)]
    for k in T3_KEYS:
        t[k] = t[k] + [sum(t[k])]
    # The balance of every column must hold in the clean report.
    for i in range(7):
        assert t['new_received'][i] + t['carried_over'][i] == t['total_processed'][i] + t['carried_forward'][i], i
    return t


T3_LABELS = {
    'new_received': '一、本年新收政府信息公开申请数量',
    'carried_over': '二、上年结转政府信息公开申请数量',
    'granted': '（一）予以公开',
    'partially_granted': '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    'withheld_state_secret': '1.属于国家秘密',
    'withheld_prohibited': '2.其他法律行政法规禁止公开',
    'withheld_three_safeties': '3.危及“三安全一稳定”',
    'withheld_third_party': '4.保护第三方合法权益',
    'withheld_internal': '5.属于三类内部事务信息',
    'withheld_process': '6.属于四类过程性信息',
    'withheld_enforcement': '7.属于行政执法案卷',
    'withheld_inquiry': '8.属于行政查询事项',
    'unable_not_held': '1.本机关不掌握相关政府信息',
    'unable_needs_creation': '2.没有现成信息需要另行制作',
    'unable_unclear': '3.补正后申请内容仍不明确',
    'rejected_complaint': '1.信访举报投诉类申请',
    'rejected_duplicate': '2.重复申请',
    'rejected_publication': '3.要求提供公开出版物',
    'rejected_excessive': '4.无正当理由大量反复申请',
    'rejected_confirmation': '5.要求行政机关确认或重新出具已获取信息',
    'other_no_correction': '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    'other_no_fee': '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    'other_other': '3.其他',
    'total_processed': '（七）总计',
    'carried_forward': '四、结转下年度继续办理',
}

T2 = {
    'regulations': {'issued': 0, 'repealed': 0, 'in_force': 0},
    'normative_documents': {'issued': 5, 'repealed': 1, 'in_force': 23},
    'licensing': {'decisions': 1234},
    'punishment': {'decisions': 56},
    'coercion': {'decisions': 3},
    'fees': {'amount_10k_yuan': 12.5},
}
T4 = {
    'review': [1, 0, 0, 1, 2],
    'litigation_direct': [0, 1, 0, 0, 1],
    'litigation_after_review': [0, 0, 0, 1, 1],
}
T4_COLS = ['upheld', 'corrected', 'other', 'pending', 'total']


def fmt(v):
    if v is None:
        return ''
    if isinstance(v, float):
        return ('%g' % v)
    return str(v)


class Style:
    """How one CMS writes a table."""

    def __init__(self, **kw):
        self.th_header = False      # header cells are <th>
        self.thead = False          # header rows inside <thead>, data in <tbody>
        self.word = False           # <p class=MsoNormal><span style=…>x<o:p></o:p></span></p>
        self.pspan = False          # <p><span style=…>x</span></p>
        self.nbsp_blank = False     # blank cells written &nbsp;
        self.width = False          # width/height attributes on cells
        self.spacer_col = False     # an empty spacer column at the right
        self.spacer_row = False     # an empty spacer row between header and data
        self.table_attrs = 'border="1" cellspacing="0" cellpadding="0"'
        self.__dict__.update(kw)

    def wrap(self, text):
        if text == '':
            inner = '&nbsp;' if self.nbsp_blank else ''
            if self.word:
                return "<p class=MsoNormal align=center style='text-align:center'><span>%s<o:p></o:p></span></p>" % (inner or '<o:p>&nbsp;</o:p>')
            return inner
        if self.word:
            return "<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US style='font-size:10.5pt'>%s<o:p></o:p></span></p>" % text
        if self.pspan:
            return '<p style="text-align:center;"><span style="font-family:宋体;font-size:14px;">%s</span></p>' % text
        return text

    def cell(self, text, header=False, rs=1, cs=1, w=None):
        tag = 'th' if (header and self.th_header) else 'td'
        attrs = ''
        if rs > 1:
            attrs += ' rowspan="%d"' % rs
        if cs > 1:
            attrs += ' colspan="%d"' % cs
        if self.width and w:
            attrs += ' width="%d" valign="center"' % w
        return '<%s%s>%s</%s>' % (tag, attrs, self.wrap(text), tag)

    def table(self, head_rows, body_rows, ncols):
        sp = self.cell('', w=8) if self.spacer_col else ''
        out = ['<table %s%s>' % (self.table_attrs, ' width="600"' if self.width else '')]
        if self.thead:
            out.append('<thead>')
        for r in head_rows:
            out.append('<tr>' + ''.join(r) + sp + '</tr>')
        if self.thead:
            out.append('</thead><tbody>')
        if self.spacer_row:
            out.append('<tr style="height:6px">' + ''.join(self.cell('', w=10) for _ in range(ncols)) + sp + '</tr>')
        for r in body_rows:
            out.append('<tr>' + ''.join(r) + sp + '</tr>')
        if self.thead:
            out.append('</tbody>')
        out.append('</table>')
        return '\n'.join(out)


def t2_html(st, t2):
    c = st.cell
    n = lambda v: c(fmt(v), w=120)
    head = [[c('第二十条第（一）项', header=True, cs=4)],
            [c('信息内容', header=True, w=160), c('本年制发件数', header=True), c('本年废止件数', header=True), c('现行有效件数', header=True)]]
    body = [[c('规章'), n(t2['regulations']['issued']), n(t2['regulations']['repealed']), n(t2['regulations']['in_force'])],
            [c('行政规范性文件'), n(t2['normative_documents']['issued']), n(t2['normative_documents']['repealed']), n(t2['normative_documents']['in_force'])],
            [c('第二十条第（五）项', header=True, cs=4)],
            [c('信息内容', header=True), c('本年处理决定数量', header=True, cs=3)],
            [c('行政许可'), c(fmt(t2['licensing']['decisions']), cs=3)],
            [c('第二十条第（六）项', header=True, cs=4)],
            [c('信息内容', header=True), c('本年处理决定数量', header=True, cs=3)],
            [c('行政处罚'), c(fmt(t2['punishment']['decisions']), cs=3)],
            [c('行政强制'), c(fmt(t2['coercion']['decisions']), cs=3)],
            [c('第二十条第（八）项', header=True, cs=4)],
            [c('信息内容', header=True), c('本年收费金额（单位：万元）', header=True, cs=3)],
            [c('行政事业性收费'), c(fmt(t2['fees']['amount_10k_yuan']), cs=3)]]
    return st.table(head, body, 4)


def t3_html(st, t3):
    c = st.cell
    head = [[c('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', header=True, rs=3, cs=3, w=300), c('申请人情况', header=True, cs=7)],
            [c('自然人', header=True, rs=2), c('法人或其他组织', header=True, cs=5), c('总计', header=True, rs=2)],
            [c('商业企业', header=True), c('科研机构', header=True), c('社会公益组织', header=True), c('法律服务机构', header=True), c('其他', header=True)]]
    body = []
    nums = lambda k: [c(fmt(v), w=50) for v in t3[k]]
    body.append([c(T3_LABELS['new_received'], cs=3)] + nums('new_received'))
    body.append([c(T3_LABELS['carried_over'], cs=3)] + nums('carried_over'))
    body.append([c('三、本年度办理结果', rs=22), c(T3_LABELS['granted'], cs=2)] + nums('granted'))
    body.append([c(T3_LABELS['partially_granted'], cs=2)] + nums('partially_granted'))
    groups = [('（三）不予公开', T3_KEYS[4:12]), ('（四）无法提供', T3_KEYS[12:15]),
              ('（五）不予处理', T3_KEYS[15:20]), ('（六）其他处理', T3_KEYS[20:23])]
    for g, keys in groups:
        for i, k in enumerate(keys):
            lead = [c(g, rs=len(keys))] if i == 0 else []
            body.append(lead + [c(T3_LABELS[k])] + nums(k))
    body.append([c(T3_LABELS['total_processed'], cs=2)] + nums('total_processed'))
    body.append([c(T3_LABELS['carried_forward'], cs=3)] + nums('carried_forward'))
    return st.table(head, body, 10)


def t4_html(st, t4):
    c = st.cell
    res = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
    head = [[c('行政复议', header=True, cs=5), c('行政诉讼', header=True, cs=10)],
            [c(x, header=True, rs=2) for x in res] + [c('未经复议直接起诉', header=True, cs=5), c('复议后起诉', header=True, cs=5)],
            [c(x, header=True) for x in res] * 2]
    body = [[c(fmt(v)) for v in t4['review'] + t4['litigation_direct'] + t4['litigation_after_review']]]
    return st.table(head, body, 15)


def sections(issuer, t3, opts):
    """The six sections as (heading, paragraphs, table-key) triples."""
    recv = t3['new_received'][6]
    done = t3['total_processed'][6]
    return [
        ('一、总体情况', ['2023年，%s深入贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，持续提升政务公开质量。' % issuer,
                     '（一）主动公开。全年通过门户网站主动公开政府信息316条。',
                     '（二）依申请公开。全年收到政府信息公开申请%d件，办结%d件。' % (recv, done),
                     '（三）政府信息管理。及时清理规范性文件，做好动态更新。',
                     '（四）平台建设。优化政府网站信息公开专栏。',
                     '（五）监督保障。将政务公开纳入年度工作考核。'], None),
        ('二、主动公开政府信息情况', [], 't2'),
        ('三、收到和处理政府信息公开申请情况', [], 't3'),
        ('四、政府信息公开行政复议、行政诉讼情况', [], 't4'),
        ('五、存在的主要问题及改进情况', ['存在的主要问题：一是公开内容不够全面；二是解读形式较为单一。',
                               '改进情况：下一步将加强业务培训，丰富解读形式，提升公开实效。'], None),
        ('六、其他需要报告的事项', ['本年度未收取政府信息公开信息处理费。无其他需要报告的事项。'], None),
    ]


def body_html(p, issuer, t2, t3, t4, st, heading, para, br=False):
    """The report's body; heading(h) and para(s) write one heading and one paragraph."""
    out = [para('根据《中华人民共和国政府信息公开条例》规定，特向社会公布%s2023年政府信息公开工作年度报告。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。' % issuer)]
    tabs = {'t2': t2_html(st, t2), 't3': t3_html(st, t3), 't4': t4_html(st, t4)}
    for h, ps, tk in sections(issuer, t3, {}):
        if br:
            out.append(heading(h, ps))
        else:
            out.append(heading(h, ps[:1]))
            for s in ps[1:]:
                out.append(para(s))
        if tk:
            out.append(p.get('table_wrap', '%s') % tabs[tk])
    return '\n'.join(out)


SECTIONS = sections('', {'new_received': [0] * 7, 'total_processed': [0] * 7}, {})


def expected(issuer, title, date, t2, t3, t4, rules=(), sections=6, blanks=()):
    # 表三 rows and 表四 blocks as lists in the order of T3_COLS and T4_COLS (the test
    # names the columns), null where the page leaves a cell blank.
    e3 = {k: [None if (k, col) in blanks else t3[k][i] for i, col in enumerate(T3_COLS)] for k in T3_KEYS}
    e4 = {k: list(v) for k, v in t4.items()}
    heads = [h for h, _, _ in SECTIONS]
    return {'title': title, 'issuer': issuer, 'year': 2023, 'date': date,
            'sections': sections, 'headings': heads, 'table2': copy.deepcopy(t2), 'table3': e3, 'table4': e4,
            'errors': sorted(rules)}


SIDEBAR = '''<div class="side-list"><h3>相关报告</h3><ul>
<li><a href="/art/2023/1/18/art_1_1.html">{i}2022年政府信息公开工作年度报告</a></li>
<li><a href="/art/2022/1/20/art_1_2.html">{i}2021年政府信息公开工作年度报告</a></li>
<li><a href="/art/2021/1/25/art_1_3.html">{i}2020年政府信息公开工作年度报告</a></li>
</ul></div>'''

TOOLS = '''<div class="article-tools"><span>【<a href="javascript:window.print()">打印</a>】</span><span>【<a href="javascript:window.close()">关闭</a>】</span>
<span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span><div class="bdsharebuttonbox">分享到：<a class="bds_weixin" href="#"></a><a class="bds_tsina" href="#"></a></div></div>'''


def page_trs_wcm():
    """TRS WCM: TRS_Editor box, Word paste (MsoNormal, <o:p>), &nbsp; blanks, ArticleTitle/PubDate metas."""
    issuer = '青禾县农业农村局'
    title = issuer + '2023年政府信息公开工作年度报告'
    t3 = table3_base()
    blanks = set()
    # The 科研机构 column is left blank (&nbsp;) throughout, as many pages do.
    for k in T3_KEYS:
        t3[k][2] = None
        blanks.add((k, 'research'))
    st = Style(word=True, nbsp_blank=True, width=True,
               table_attrs="class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'")
    heading = lambda h, ps: "<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'><b><span style='font-size:16.0pt;font-family:黑体'>%s<span lang=EN-US><o:p></o:p></span></span></b></p>" % h + ''.join(
        "\n<p class=MsoNormal style='text-indent:32.0pt'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>%s<span lang=EN-US><o:p></o:p></span></span></p>" % s for s in ps)
    para = lambda s: "<p class=MsoNormal style='text-indent:32.0pt'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>%s<span lang=EN-US><o:p></o:p></span></span></p>" % s
    body = body_html({}, issuer, T2, t3, T4, st, heading, para)
    html = '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}_青禾县人民政府</title>
<meta name="SiteName" content="青禾县人民政府">
<meta name="ColumnName" content="政府信息公开年报">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2024-01-26 09:30">
<meta name="ContentSource" content="{issuer}">
</head><body>
<div class="header"><div class="logo">青禾县人民政府</div><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府信息公开年报</div>
<div class="main">
{sidebar}
<div class="con-box">
<div class="con-title">{title}</div>
<div class="con-info">发布时间：2024-01-26　来源：{issuer}　浏览次数：<span id="hits">128</span></div>
<div class="TRS_Editor"><div class=WordSection1 style='layout-grid:15.6pt'>
{body}
<p class=MsoNormal align=right style='text-align:right'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>{issuer}<span lang=EN-US><o:p></o:p></span></span></p>
<p class=MsoNormal align=right style='text-align:right'><span lang=EN-US style='font-size:16.0pt'>2024</span><span style='font-size:16.0pt'>年</span><span lang=EN-US style='font-size:16.0pt'>1</span><span style='font-size:16.0pt'>月</span><span lang=EN-US style='font-size:16.0pt'>25</span><span style='font-size:16.0pt'>日<o:p></o:p></span></p>
</div></div>
{tools}
</div></div>
<div class="footer">主办：青禾县人民政府办公室　地址：青禾县人民路1号</div>
</body></html>'''.format(title=title, issuer=issuer, body=body, sidebar=SIDEBAR.format(i=issuer), tools=TOOLS)
    return 'trs-wcm-msonormal.html', html, 'utf-8', expected(issuer, title, '2024-01-25', T2, t3, T4, blanks=blanks)


def page_trs_ueditor():
    """TRS UEditor: <th> headers, thead/tbody, <p><span>0</span></p> cells, text-indent headings.
    Planted: 表三 一、本年新收 总计 printed 47 (the columns sum to 46)."""
    issuer = '白沙市市场监督管理局'
    title = issuer + '2023年政府信息公开工作年度报告'
    t3 = table3_base()
    t3['new_received'][6] = 47
    st = Style(th_header=True, thead=True, pspan=True,
               table_attrs='border="1" cellspacing="0" style="border-collapse:collapse;width:100%;"')
    heading = lambda h, ps: '<p style="text-indent:2em;"><strong>%s</strong></p>' % h + ''.join('\n<p style="text-indent:2em;">%s</p>' % s for s in ps)
    para = lambda s: '<p style="text-indent:2em;">%s</p>' % s
    body = body_html({}, issuer, T2, t3, T4, st, heading, para)
    html = '''<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{title}</title>
<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="2024-01-22">
</head><body>
<div class="topbar">无障碍 | 长者模式 | 登录</div>
<div class="article">
<h1 class="article-title">{title}</h1>
<div class="article-meta"><span>发布日期：2024-01-22</span><span>信息来源：{issuer}</span></div>
<div class="view TRS_UEDITOR trs_paper_default trs_web">
{body}
<p style="text-align:right;">{issuer}</p>
<p style="text-align:right;">2024年1月19日</p>
</div>
{tools}
</div>
<div class="footer">版权所有：白沙市人民政府</div>
</body></html>'''.format(title=title, issuer=issuer, body=body, tools=TOOLS)
    return 'trs-ueditor-th-thead.html', html, 'utf-8', expected(issuer, title, '2024-01-19', T2, t3, T4, rules=['table3-row-sum'])


def page_zoom_gb2312():
    """集约化平台 #zoom box, GB2312 by http-equiv, headings run into their paragraph,
    a 「发布时间：」 line. Planted: the signature is dated 2023-12-20 (before the period end)."""
    # The title names the town without 人民政府; the issuer is read from the title.
    issuer = '石门镇人民政府'
    title = '石门镇2023年政府信息公开工作年度报告'
    t3 = table3_base()
    st = Style()
    heading = lambda h, ps: '<p><strong>%s</strong>%s</p>' % (h, ps[0] if ps else '')
    para = lambda s: '<p>%s</p>' % s
    body = body_html({}, issuer, T2, t3, T4, st, heading, para)
    html = '''<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>石门镇2023年政府信息公开工作年度报告 - 远山县人民政府</title>
</head><body>
<div id="nav"><a href="/">网站首页</a> <a href="/xxgk/">信息公开</a></div>
<div class="xl_title"><h2>{title}</h2></div>
<div class="xl_info">发布时间：2024-01-20 &nbsp; 来源：石门镇 &nbsp; 【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div id="zoom">
{body}
<p style="text-align:right">{issuer}</p>
<p style="text-align:right">2023年12月20日</p>
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
</body></html>'''.format(title=title, issuer=issuer, body=body)
    return 'zoom-gb2312-runin.html', html, 'gb2312', expected('石门镇', title, '2023-12-20', T2, t3, T4, rules=['date-before-period-end'])


def page_article_content_gbk():
    """.article-content box, <meta charset="gbk"> only, <br>-separated paragraphs in one
    <div>, tables with width attributes, an empty spacer row and an empty spacer column."""
    issuer = '东湖区教育局'
    title = issuer + '2023年政府信息公开工作年度报告'
    t3 = table3_base()
    st = Style(width=True, spacer_col=True, spacer_row=True)
    heading = lambda h, ps: '<div>' + '<br>'.join(['　　' + h] + ['　　' + s for s in ps]) + '</div>'
    para = lambda s: '　　' + s + '<br>'
    body = body_html({}, issuer, T2, t3, T4, st, heading, para, br=True)
    html = '''<!doctype html><html><head><meta charset="gbk"><title>{title}-东湖区人民政府</title></head><body>
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/zfxxgk/">政府信息公开</a> &gt; 年报</div>
<div class="article">
<div class="article-title">{title}</div>
<div class="article-source">发布时间：2024-01-18 &nbsp;&nbsp; 作者：东湖区教育局</div>
<div class="article-content">
{body}
<div style="text-align:right">{issuer}<br>2024年1月16日</div>
</div></div>
<div class="copyright">东湖区人民政府 版权所有</div>
</body></html>'''.format(title=title, issuer=issuer, body=body)
    return 'article-content-gbk-br.html', html, 'gbk', expected(issuer, title, '2024-01-16', T2, t3, T4)


def page_layout_tables():
    """An old site laid out with tables: the .pages_content box and the report tables sit
    inside layout tables, a sidebar of other years' reports, a print/close bar."""
    issuer = '南岭县卫生健康委员会'
    title = issuer + '2023年政府信息公开工作年度报告'
    t3 = table3_base()
    st = Style(width=True, table_attrs='width="100%" border="1" cellspacing="0" cellpadding="2" bordercolor="#000000"')
    heading = lambda h, ps: '<p style="text-indent:2em"><strong>%s</strong></p>' % h + ''.join('\n<p style="text-indent:2em">%s</p>' % s for s in ps)
    para = lambda s: '<p style="text-indent:2em">%s</p>' % s
    # Each report table inside a one-cell centring table, as some editors emit.
    body = body_html({'table_wrap': '<table width="100%%" border="0"><tr><td align="center">%s</td></tr></table>'}, issuer, T2, t3, T4, st, heading, para)
    html = '''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>南岭县人民政府</title></head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top.jpg"></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="240" valign="top">
<table width="100%" border="0"><tr><td class="lm">信息公开年报</td></tr>
<tr><td><a href="/a/1.html">{issuer}2022年政府信息公开工作年度报告</a></td></tr>
<tr><td><a href="/a/2.html">{issuer}2021年政府信息公开工作年度报告</a></td></tr>
<tr><td><a href="/a/3.html">南岭县人民政府2022年政府信息公开工作年度报告</a></td></tr></table>
</td>
<td width="760" valign="top">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td align="center" class="title"><h1>{title}</h1></td></tr>
<tr><td align="center">发布日期：2024-01-24　　点击数：56</td></tr>
<tr><td><div class="pages_content">
{body}
<p align="right">{issuer}</p>
<p align="right">2024年1月23日</p>
</div></td></tr>
<tr><td align="right">【<a href="javascript:print()">打印本页</a>】【<a href="javascript:close()">关闭窗口</a>】</td></tr>
</table>
</td></tr></table>
<table width="1000" align="center"><tr><td align="center">南岭县人民政府办公室主办</td></tr></table>
</body></html>'''.format(title=title, issuer=issuer, body=body)
    return 'layout-tables-pages-content.html', html, 'utf-8', expected(issuer, title, '2024-01-23', T2, t3, T4)


def page_attachment_only():
    """The body is only a link to the report as an attachment: no report text at all."""
    issuer = '西河街道办事处'
    title = issuer + '2023年政府信息公开工作年度报告'
    html = '''<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_北关区人民政府</title>
<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="2024-01-30 10:00"></head><body>
<div class="nav"><a href="/">首页</a><a href="/xxgk">信息公开</a></div>
<div class="side"><ul><li><a href="/n/1.html">{issuer}2022年政府信息公开工作年度报告</a></li></ul></div>
<div class="article">
<h1>{title}</h1>
<div class="info">发布时间：2024-01-30　来源：{issuer}</div>
<div id="zoom">
<p>附件：<a href="/u/cms/2024/0130/report.pdf">{title}.pdf</a></p>
</div>
<div class="share">【<a href="javascript:print()">打印</a>】【<a href="javascript:close()">关闭</a>】</div>
</div></body></html>'''.format(title=title, issuer=issuer)
    return 'attachment-only.html', html, 'utf-8', {'no_content': True, 'attachment': title + '.pdf'}


def page_meta_only_title():
    """No visible title (the <title> is the site's name): the title only in
    <meta name="ArticleTitle">, the date only in <meta name="PubDate"> (the 落款 has no
    date); a sidebar of other years' reports whose items are not links (onclick)."""
    issuer = '青禾县司法局'
    title = issuer + '2023年政府信息公开工作年度报告'
    t3 = table3_base()
    st = Style(pspan=True)
    heading = lambda h, ps: '<p style="text-indent:2em"><strong>%s</strong></p>' % h + ''.join('\n<p style="text-indent:2em">%s</p>' % s for s in ps)
    para = lambda s: '<p style="text-indent:2em">%s</p>' % s
    body = body_html({}, issuer, T2, t3, T4, st, heading, para)
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾县人民政府门户网站</title>
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2024-01-26 09:30:00">
<meta name="ContentSource" content="{issuer}">
</head><body>
<div class="left-list"><div class="hd">往年年报</div><ul>
<li onclick="location.href='/a/1.html'">{issuer}2022年政府信息公开工作年度报告</li>
<li onclick="location.href='/a/2.html'">{issuer}2021年政府信息公开工作年度报告</li></ul></div>
<div class="right-con"><div class="detail">
{body}
<p style="text-align:right">{issuer}</p>
</div></div>
</body></html>""".format(title=title, issuer=issuer, body=body)
    return 'meta-only-title.html', html, 'utf-8', expected(issuer, title, '2024-01-26', T2, t3, T4)


def page_related_inside_box():
    """The title box wraps the title after the issuer (<br>), 表三 header labels wrap with
    <br> (商业<br>企业), the 落款 date is in Chinese numerals, and the #zoom box ends with a
    「相关链接」 list of other years' reports."""
    issuer = '远山县水利局'
    title = issuer + '2023年政府信息公开工作年度报告'
    t3 = table3_base()
    st = Style()
    heading = lambda h, ps: '<p style="text-indent:2em"><b>%s</b></p>' % h + ''.join('\n<p style="text-indent:2em">%s</p>' % s for s in ps)
    para = lambda s: '<p style="text-indent:2em">%s</p>' % s
    body = body_html({}, issuer, T2, t3, T4, st, heading, para)
    for a, b in [('商业企业', '商业<br>企业'), ('科研机构', '科研<br>机构'), ('社会公益组织', '社会公<br>益组织'), ('法律服务机构', '法律服<br>务机构')]:
        body = body.replace('>%s<' % a, '>%s<' % b)
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="article-title">{issuer}<br>2023年政府信息公开工作年度报告</div>
<div class="article-info">发布日期：2024-01-16</div>
<div id="zoom">
{body}
<p style="text-align:right">{issuer}</p>
<p style="text-align:right">二〇二四年一月十五日</p>
<p>相关链接：</p>
<p><a href="/a/1.html">{issuer}2022年政府信息公开工作年度报告</a></p>
<p><a href="/a/2.html">{issuer}2021年政府信息公开工作年度报告</a></p>
</div>
</body></html>""".format(title=title, issuer=issuer, body=body)
    return 'related-inside-box.html', html, 'utf-8', expected(issuer, title, '2024-01-15', T2, t3, T4)


def page_wechat_sections():
    """A WeChat-style article (秀米/135 editor): the content box is visibility:hidden until a
    script runs, paragraphs in nested <section>s, headings in coloured boxes, figures in
    <strong>. Planted: 表四 行政复议 总计 printed 3 (its parts sum to 2)."""
    issuer = '白沙市生态环境局'
    title = issuer + '2023年政府信息公开工作年度报告'
    t3 = table3_base()
    t4 = copy.deepcopy(T4)
    t4['review'][4] = 3
    st = Style(table_attrs='style="width:100%;border-collapse:collapse"')
    st.wrap = (lambda w: (lambda text: '<section><span leaf="">%s</span></section>' % text if text else '<br>'))(st.wrap)
    heading = lambda h, ps: ('<section style="margin:10px 0;background-color:#1e6fd9;padding:4px"><section><p><strong><span style="color:#fff">%s</span></strong></p></section></section>' % h
                             + ''.join('\n<section style="text-indent:2em"><p><span leaf="">%s</span></p></section>' % s for s in ps))
    para = lambda s: '<section style="text-indent:2em"><p><span leaf="">%s</span></p></section>' % s
    body = body_html({}, issuer, T2, t3, t4, st, heading, para)
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{title}</title></head><body>
<div id="page-content"><div class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">{title}</h1>
<div id="meta_content"><span id="publish_time">2024-01-22</span> <a id="js_name">白沙生态环境</a></div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">
{body}
<section style="text-align:right"><p>{issuer}</p><p>2024年1月22日</p></section>
</div></div></div>
<script>document.getElementById('js_content').style.visibility='visible';</script>
</body></html>""".format(title=title, issuer=issuer, body=body)
    return 'wechat-sections.html', html, 'utf-8', expected(issuer, title, '2024-01-22', T2, t3, t4, rules=['table4-sum'])


def page_ol_headings():
    """UEditor lists: each section heading is an item of <ol style="list-style-type:
    cjk-ideographic"> (the browser prints 一、二、…; the text holds only 总体情况), the
    sub-items of 一 a decimal <ol>."""
    issuer = '东湖区民政局'
    title = issuer + '2023年政府信息公开工作年度报告'
    t3 = table3_base()
    st = Style(pspan=True)
    counter = [0]

    def heading(h, ps):
        counter[0] += 1
        name = h.split('、', 1)[1]
        out = '<ol class=" list-paddingleft-2" start="%d" style="list-style-type: cjk-ideographic;"><li><p><strong>%s</strong></p></li></ol>' % (counter[0], name)
        if ps:
            out += '\n<p style="text-indent:2em">%s</p>' % ps[0]
        return out
    para = lambda s: '<p style="text-indent:2em">%s</p>' % s
    body = body_html({}, issuer, T2, t3, T4, st, heading, para)
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<h1>{title}</h1>
<div class="article-content">
{body}
<p style="text-align:right">{issuer}</p>
<p style="text-align:right">2024年1月10日</p>
</div></body></html>""".format(title=title, issuer=issuer, body=body)
    return 'ol-cjk-headings.html', html, 'utf-8', expected(issuer, title, '2024-01-10', T2, t3, T4)


def page_junk_after_signature():
    """Inside the content box after the 落款: an attachment list, 「扫一扫在手机打开当前页」,
    访问量, 上一篇/下一篇 with plain-text labels; the site's index table (索引号 …) heads the
    box in four columns."""
    issuer = '南岭县交通运输局'
    title = issuer + '2023年政府信息公开工作年度报告'
    t3 = table3_base()
    st = Style()
    heading = lambda h, ps: '<p><strong>%s</strong></p>' % h + ''.join('\n<p>%s</p>' % s for s in ps)
    para = lambda s: '<p>%s</p>' % s
    body = body_html({}, issuer, T2, t3, T4, st, heading, para)
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}-南岭县人民政府</title></head><body>
<div class="xxgk-detail">
<table class="xxgk-info"><tr><td>索引号：</td><td>11320000MB1234567X/2024-00012</td><td>主题分类：</td><td>其他</td></tr>
<tr><td>发布机构：</td><td>{issuer}</td><td>发文日期：</td><td>2024-01-12</td></tr>
<tr><td>名称：</td><td colspan="3">{title}</td></tr></table>
<div class="xxgk-title">{title}</div>
<div class="xxgk-content">
{body}
<p style="text-align:right">{issuer}</p>
<p style="text-align:right">2024年1月12日</p>
<p>附件：<a href="/u/2024/t.xls">政府信息公开数据统计表.xls</a></p>
<div class="ewm"><img src="/qr.png"><p>扫一扫在手机打开当前页</p></div>
<p>访问量：1024</p>
<div class="prev-next"><p>上一篇：<a href="/a/9.html">关于公布2024年第一批行政许可事项的通知</a></p><p>下一篇：<a href="/a/11.html">{issuer}2022年政府信息公开工作年度报告</a></p></div>
</div></div></body></html>""".format(title=title, issuer=issuer, body=body)
    return 'junk-after-signature.html', html, 'utf-8', expected(issuer, title, '2024-01-12', T2, t3, T4)


def page_spacer_rows():
    """Tables with full-width spacer rows between 表二's blocks and 表三's row groups, and
    a narrow empty column (a Word paste's misaligned grid) between label and figures."""
    issuer = '远山县自然资源局'
    title = issuer + '2023年政府信息公开工作年度报告'
    t3 = table3_base()
    st = Style(width=True)
    heading = lambda h, ps: '<p style="text-indent:2em"><strong>%s</strong></p>' % h + ''.join('\n<p style="text-indent:2em">%s</p>' % s for s in ps)
    para = lambda s: '<p style="text-indent:2em">%s</p>' % s
    body = body_html({}, issuer, T2, t3, T4, st, heading, para)
    # A spacer row before each 第二十条 block after the first, and before 三、本年度办理结果.
    body = body.replace('<tr><td colspan="4">第二十条第（五）项', '<tr><td colspan="4">&nbsp;</td></tr>\n<tr><td colspan="4">第二十条第（五）项')
    body = body.replace('<tr><td colspan="4">第二十条第（八）项', '<tr><td colspan="4" height="8"></td></tr>\n<tr><td colspan="4">第二十条第（八）项')
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="detail-title">{title}</div>
<div class="pages_content" id="UCAP-CONTENT"><ucapcontent>
{body}
<p style="text-align:right">{issuer}</p>
<p style="text-align:right">2024年1月19日</p>
</ucapcontent></div></body></html>""".format(title=title, issuer=issuer, body=body)
    return 'spacer-rows-ucap.html', html, 'utf-8', expected(issuer, title, '2024-01-19', T2, t3, T4)


def page_word_list_signtable():
    """A Word paste with list numbering kept as text (<span style='mso-list:Ignore'>一、
    <span style='font:7.0pt'>&nbsp;&nbsp;</span></span>), table labels spaced out
    (自 然 人, 总　计), and the 落款 in a two-column borderless table (an empty cell, then the
    issuer and the date in one cell); the page's 发布日期 is later than the 落款."""
    issuer = '青禾县人力资源和社会保障局'
    title = issuer + '2023年政府信息公开工作年度报告'
    t3 = table3_base()
    st = Style(word=True)

    def heading(h, ps):
        num, name = h.split('、', 1)
        out = ("<p class=MsoListParagraph style='margin-left:32pt;text-indent:-32pt;mso-list:l0 level1 lfo1'><b><span style='font-family:黑体'>"
               "<span style='mso-list:Ignore'>%s、<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span></span></b><b><span style='font-family:黑体'>%s<o:p></o:p></span></b></p>" % (num, name))
        return out + ''.join("\n<p class=MsoNormal style='text-indent:32pt'><span>%s<o:p></o:p></span></p>" % s for s in ps)
    para = lambda s: "<p class=MsoNormal style='text-indent:32pt'><span>%s<o:p></o:p></span></p>" % s
    body = body_html({}, issuer, T2, t3, T4, st, heading, para)
    for a, b in [('>自然人<', '>自 然 人<'), ('>总计<', '>总　计<'), ('>商业企业<', '>商 业 企 业<')]:
        body = body.replace(a, b)
    html = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><title>{title}</title></head><body>
<div class="title">{title}</div>
<div class="info">发布日期：2024-01-29</div>
<div class="TRS_Editor">
{body}
<table border=0 width="100%"><tr><td width="50%">&nbsp;</td><td align=center><p class=MsoNormal align=center><span>{issuer}</span></p><p class=MsoNormal align=center><span>2024年1月24日</span></p></td></tr></table>
</div></body></html>""".format(title=title, issuer=issuer, body=body)
    return 'word-list-signtable.html', html, 'utf-8', expected(issuer, title, '2024-01-24', T2, t3, T4)


def page_gap_column_gbk_noheader():
    """A GBK page that declares no charset at all; 表三 with a narrow empty column between
    the labels and the figures (a Word paste's misaligned grid: the corner spans four
    columns); 表二's 规章 row left blank with a double-escaped 「&amp;nbsp;」 that the browser
    shows as the literal text &nbsp;."""
    issuer = '东湖区文化和旅游局'
    title = issuer + '2023年政府信息公开工作年度报告'
    t3 = table3_base()
    t2 = copy.deepcopy(T2)
    t2['regulations'] = {'issued': None, 'repealed': None, 'in_force': None}
    st = Style()
    heading = lambda h, ps: '<p><b>%s</b></p>' % h + ''.join('\n<p>%s</p>' % s for s in ps)
    para = lambda s: '<p>%s</p>' % s
    body = body_html({}, issuer, t2, t3, T4, st, heading, para)
    # The gap column: the corner takes it, every 表三 data row gets an empty cell after its labels.
    body = body.replace('<td rowspan="3" colspan="3">（本列', '<td rowspan="3" colspan="4">（本列')
    import re
    def gap(m):
        row = m.group(0)
        cells = re.findall(r'<td[^>]*>.*?</td>', row)
        nums = 7
        return '<tr>' + ''.join(cells[:-nums]) + '<td width="1"></td>' + ''.join(cells[-nums:]) + '</tr>'
    start = body.index('一、本年新收政府信息公开申请数量') - 30
    end = body.index('</table>', start)
    part = re.sub(r'<tr>.*?</tr>', gap, body[start:end], flags=re.S)
    body = body[:start] + part + body[end:]
    body = body.replace('<tr><td>规章</td><td></td><td></td><td></td></tr>', '<tr><td>规章</td><td>&amp;nbsp;</td><td>&amp;nbsp;</td><td>&amp;nbsp;</td></tr>')
    assert '&amp;nbsp;' in body
    html = """<html><head><title>{title}</title></head><body>
<div class="wzy_title">{title}</div>
<div class="wzy_content">
{body}
<p align="right">{issuer}</p>
<p align="right">2024年1月8日</p>
</div></body></html>""".format(title=title, issuer=issuer, body=body)
    return 'gap-column-gbk-nocharset.html', html, 'gbk', expected(issuer, title, '2024-01-08', t2, t3, T4)


def page_pdf_viewer():
    """The report shown in an embedded PDF viewer (pdf.js in an <iframe>), with a one-line
    introduction: no report text in the page."""
    issuer = '北关区应急管理局'
    title = issuer + '2023年政府信息公开工作年度报告'
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="nav"><a href="/">首页</a></div>
<h1>{title}</h1>
<div class="article-content">
<p>现将《{title}》予以公布，全文如下。</p>
<iframe src="/pdfjs/web/viewer.html?file=/u/cms/2024/0125/yjglj2023nb.pdf" width="100%" height="900"></iframe>
</div></body></html>""".format(title=title)
    return 'pdf-viewer-iframe.html', html, 'utf-8', {'no_content': True, 'attachment': 'yjglj2023nb.pdf'}


def page_scanned_images():
    """The report published as scanned page images, the title above them: no text."""
    issuer = '远山县审计局'
    title = issuer + '2023年政府信息公开工作年度报告'
    imgs = '\n'.join('<p style="text-align:center"><img src="/u/2024/nb-%d.jpg" alt="%d.jpg"></p>' % (i, i) for i in range(1, 6))
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="article"><div class="title">{title}</div><div class="date">发布时间：2024-01-19</div>
<div id="zoom">
{imgs}
</div></div></body></html>""".format(title=title, imgs=imgs)
    return 'scanned-images.html', html, 'utf-8', {'no_content': True, 'attachment': ''}


def page_breadcrumb_title():
    """No title box: the title is the last step of the breadcrumbs, once above the body
    (「当前位置：首页 > 政务公开 > …」) and once inside the content box (「首页 > … > …」)."""
    issuer = '青禾县发展和改革局'
    title = issuer + '2023年政府信息公开工作年度报告'
    t3 = table3_base()
    st = Style()
    heading = lambda h, ps: '<p><strong>%s</strong></p>' % h + ''.join('\n<p>%s</p>' % s for s in ps)
    para = lambda s: '<p>%s</p>' % s
    body = body_html({}, issuer, T2, t3, T4, st, heading, para)
    html = """<html><head><meta charset="utf-8"><title>{title}_青禾县人民政府</title></head><body>
<div class="crumb-wrap"><span>当前位置：</span><a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <span>{title}</span></div>
<div class="main-txt">
<div class="weizhi">首页 &gt; 政府信息公开年报 &gt; {title}</div>
{body}
<p align="right">{issuer}</p>
<p align="right">2024年1月20日</p>
</div></body></html>""".format(title=title, issuer=issuer, body=body)
    return 'breadcrumb-title.html', html, 'utf-8', expected(issuer, title, '2024-01-20', T2, t3, T4)


def page_cssbold_runin():
    """UEditor run-in headings bolded by style (<span style="font-weight: bold;">), some
    with the number in a bold run of its own (<strong>五、</strong><strong>存在…</strong>)."""
    issuer = '白沙市统计局'
    title = issuer + '2023年政府信息公开工作年度报告'
    t3 = table3_base()
    st = Style(pspan=True)
    def heading(h, ps):
        first = ps[0] if ps else ''
        if h.startswith(('一', '六')):
            num, name = h.split('、', 1)
            return '<p style="text-indent:2em"><strong>%s、</strong><strong>%s</strong>%s</p>' % (num, name, first) + ''.join('\n<p style="text-indent:2em">%s</p>' % s for s in ps[1:])
        return '<p style="text-indent:2em"><span style="font-family:黑体;font-weight: bold;">%s</span>%s</p>' % (h, first) + ''.join('\n<p style="text-indent:2em">%s</p>' % s for s in ps[1:])
    para = lambda s: '<p style="text-indent:2em">%s</p>' % s
    body = body_html({}, issuer, T2, t3, T4, st, heading, para, br=True)
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="article"><h2 class="article-title">{title}</h2>
<div class="view TRS_UEDITOR trs_paper_default trs_web">
{body}
<p style="text-align:right">{issuer}</p>
<p style="text-align:right">2024年1月23日</p>
</div></div></body></html>""".format(title=title, issuer=issuer, body=body)
    return 'cssbold-runin.html', html, 'utf-8', expected(issuer, title, '2024-01-23', T2, t3, T4)


def page_utf8_gbk_include():
    """A UTF-8 page whose footer and 「相关文章」 box come from server-side includes saved in
    GBK: the page is not valid UTF-8, and read whole as GB18030 it loses every character."""
    issuer = '南岭县财政局'
    title = issuer + '2023年政府信息公开工作年度报告'
    t3 = table3_base()
    st = Style()
    heading = lambda h, ps: '<p><strong>%s</strong></p>' % h + ''.join('\n<p>%s</p>' % s for s in ps)
    para = lambda s: '<p>%s</p>' % s
    body = body_html({}, issuer, T2, t3, T4, st, heading, para)
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<!--gbk--><div class="top">南岭县人民政府门户网站 | 无障碍浏览 | 长者模式</div><!--/gbk-->
<h1>{title}</h1>
<div class="article-content">
{body}
<p style="text-align:right">{issuer}</p>
<p style="text-align:right">2024年1月18日</p>
</div>
<!--gbk--><div class="xgwz">相关文章：<a href="/a/1.html">南岭县财政局2022年政府信息公开工作年度报告</a></div>
<div class="footer">主办：南岭县人民政府办公室　承办：南岭县大数据中心　网站标识码：3213000001</div><!--/gbk-->
</body></html>""".format(title=title, issuer=issuer, body=body)
    return 'utf8-gbk-include.html', html, 'mixed', expected(issuer, title, '2024-01-18', T2, t3, T4)


def _plain_page(issuer, before, date, name, doc):
    title = issuer + '2023年政府信息公开工作年度报告'
    t3 = table3_base()
    st = Style()
    heading = lambda h, ps: '<p><strong>%s</strong></p>' % h + ''.join('\n<p>%s</p>' % s for s in ps)
    para = lambda s: '<p>%s</p>' % s
    body = body_html({}, issuer, T2, t3, T4, st, heading, para)
    y, m, d = date.split('-')
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} - 青禾县人民政府</title></head><body>
{before}
<div class="zw">
{body}
<p style="text-align:right">{issuer}</p>
<p style="text-align:right">{y}年{m}月{d}日</p>
</div></body></html>""".format(title=title, issuer=issuer, body=body, before=before, y=y, m=int(m), d=int(d))
    return name, html, 'utf-8', dict(expected(issuer, title, date, T2, t3, T4), doc=doc)


def page_sidebar_same_year():
    """A sidebar of this year's reports of other bodies, written without links, above the
    body; no title box; the <title> names the report."""
    before = ('<div class="left"><div>本年度部门年报</div><ul><li onclick="go(1)">青禾县人民政府2023年政府信息公开工作年度报告</li>'
              '<li onclick="go(2)">青禾县教育局2023年政府信息公开工作年度报告</li></ul></div>')
    return _plain_page('青禾县林业局', before, '2024-01-21', 'sidebar-same-year.html', '')


def page_h1_without_issuer():
    """The title box prints 「2023年政府信息公开工作年度报告」 without the issuer, which the
    <title> has."""
    return _plain_page('青禾县粮食和物资储备局', '<h1 class="tit">2023年政府信息公开工作年度报告</h1>', '2024-01-21', 'h1-without-issuer.html', '')


def page_sign_box_after():
    """The CMS prints the 落款 from a field of its own, in a box after the body's box
    (<div class="TRS_Editor">…</div><div class="article-sign">…</div>), and the page has
    no publication date to fall back on."""
    issuer = '北关区城市管理局'
    title = issuer + '2023年政府信息公开工作年度报告'
    t3 = table3_base()
    st = Style(pspan=True)
    heading = lambda h, ps: '<p style="text-indent:2em"><strong>%s</strong></p>' % h + ''.join('\n<p style="text-indent:2em">%s</p>' % s for s in ps)
    para = lambda s: '<p style="text-indent:2em">%s</p>' % s
    body = body_html({}, issuer, T2, t3, T4, st, heading, para)
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="article"><h1>{title}</h1>
<div class="article-body">
<div class="TRS_Editor">
{body}
</div>
<div class="article-sign" style="text-align:right"><p>{issuer}</p><p>2024年1月17日</p></div>
</div>
<div class="article-tools">【<a href="javascript:print()">打印</a>】</div>
</div></body></html>""".format(title=title, issuer=issuer, body=body)
    return 'sign-box-after.html', html, 'utf-8', expected(issuer, title, '2024-01-17', T2, t3, T4)


def page_sidebar_no_site_title():
    """A sidebar list of this body's reports of several years, written without links, above
    a body without a title, and a <title> that is only the site's name: no line can be
    told to be this report's title, so none is taken (a 2022 item gave year 2022 and a
    false year-mismatch); the year comes from the 统计期限, the issuer from the 落款."""
    name, html, enc, exp = _plain_page('青禾县气象局', (
        '<div class="left"><div>往年年报</div><ul><li onclick="go(1)">青禾县气象局2023年政府信息公开工作年度报告</li>'
        '<li onclick="go(2)">青禾县气象局2022年政府信息公开工作年度报告</li></ul></div>'), '2024-01-21', 'sidebar-no-site-title.html', '')
    html = html.replace('<title>青禾县气象局2023年政府信息公开工作年度报告 - 青禾县人民政府</title>', '<title>青禾县人民政府</title>')
    exp['title'] = ''
    return name, html, enc, exp


def page_index_table_name():
    """A 政府信息公开目录 page: the index table (索引号 / 发布机构 / 生成日期 / 名称) names the
    report; the <title> is only the site's name, there is no title box, and a list of
    reports (no links) sits above the body."""
    issuer = '白沙市医疗保障局'
    title = issuer + '2023年政府信息公开工作年度报告'
    before = ('<table class="xxgk_table"><tr><td>索 引 号</td><td>11330000MB0000000A/2024-00003</td><td>生成日期</td><td>2024-01-25</td></tr>'
              '<tr><td>发布机构</td><td>%s</td><td>公开方式</td><td>主动公开</td></tr>'
              '<tr><td>名　　称</td><td colspan="3">%s</td></tr></table>'
              '<div class="lst"><p>%s2022年政府信息公开工作年度报告</p><p>%s2023年政府信息公开工作年度报告</p></div>') % (issuer, title, issuer, '白沙市人民政府')
    name, html, enc, exp = _plain_page(issuer, before, '2024-01-24', 'index-table-name.html', '')
    html = html.replace('<title>%s - 青禾县人民政府</title>' % title, '<title>白沙市人民政府门户网站</title>')
    return name, html, enc, exp


PAGES = [page_trs_wcm, page_trs_ueditor, page_zoom_gb2312, page_article_content_gbk,
         page_layout_tables, page_attachment_only, page_meta_only_title,
         page_related_inside_box, page_wechat_sections, page_ol_headings,
         page_junk_after_signature, page_spacer_rows, page_word_list_signtable,
         page_gap_column_gbk_noheader, page_pdf_viewer, page_scanned_images,
         page_breadcrumb_title, page_cssbold_runin, page_utf8_gbk_include,
         page_sidebar_same_year, page_h1_without_issuer, page_sign_box_after,
         page_sidebar_no_site_title, page_index_table_name]


def main():
    manifest = {}
    for f in PAGES:
        name, html, enc, exp = f()
        if enc == 'mixed':
            # UTF-8, except the <!--gbk--> … <!--/gbk--> pieces, in GBK.
            parts = html.split('<!--gbk-->')
            data = parts[0].encode('utf-8')
            for p in parts[1:]:
                g, u = p.split('<!--/gbk-->')
                data += g.encode('gbk') + u.encode('utf-8')
        else:
            data = html.encode(enc)
        assert len(data) < 60 << 10, (name, len(data))
        with open(os.path.join(HERE, name), 'wb') as fh:
            fh.write(data)
        exp['doc'] = f.__doc__.strip()  # (the function's, not _plain_page's)
        manifest[name] = exp
    with open(os.path.join(HERE, 'manifest.json'), 'w', encoding='utf-8') as fh:
        # One page per line: the manifest stays small and diffs stay readable.
        fh.write('{\n' + ',\n'.join('%s: %s' % (json.dumps(k, ensure_ascii=False), json.dumps(manifest[k], ensure_ascii=False, sort_keys=True))
                                    for k in sorted(manifest)) + '\n}\n')


if __name__ == '__main__':
    main()
