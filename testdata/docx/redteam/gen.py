#!/usr/bin/env python3
"""Red-team variants of a filled report: the ways clerks really build 表二/表三/表四 in Word
and WPS, which our own generators do not produce. Each variant starts from the clean corpus
report (testdata/corpus/clean-department-2023.docx, the official WPS template filled) and
edits its document.xml; manifest.json records, for every variant, the figure of every cell
as written here (null: a cell written blank) and the rule IDs a correct linter reports.

Run from the repository root:  python3 testdata/docx/redteam/gen.py
"""
import copy, json, os, re, sys, zipfile
from xml.dom import minidom

SRC = 'testdata/corpus/clean-department-2023.docx'
OUT = 'testdata/docx/redteam'

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
NSDECL = ('xmlns:w="%s" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"') % W

T3KEYS = ['new_received', 'carried_over', 'granted', 'partially_granted', 'withheld_state_secret',
          'withheld_prohibited', 'withheld_three_safeties', 'withheld_third_party', 'withheld_internal',
          'withheld_process', 'withheld_enforcement', 'withheld_inquiry', 'unable_not_held',
          'unable_needs_creation', 'unable_unclear', 'rejected_complaint', 'rejected_duplicate',
          'rejected_publication', 'rejected_excessive', 'rejected_confirmation', 'other_no_correction',
          'other_no_fee', 'other_other', 'total_processed', 'carried_forward']
T3COLS = ['natural_person', 'commercial', 'research', 'social_welfare', 'legal_services', 'other', 'total']
T4BLOCKS = ['review', 'litigation_direct', 'litigation_after_review']
T4COLS = ['upheld', 'corrected', 'other', 'pending', 'total']
# 表二 data rows of the template: (row index, key, columns)
T2ROWS = [(2, 'regulations', ['issued', 'repealed', 'in_force']),
          (3, 'normative_documents', ['issued', 'repealed', 'in_force']),
          (6, 'licensing', ['decisions']), (9, 'punishment', ['decisions']),
          (10, 'coercion', ['decisions']), (13, 'fees', ['amount_10k_yuan'])]


# ---- DOM helpers ----

def kids(n, name):
    return [c for c in n.childNodes if c.nodeName == name]


def text(n):
    return ''.join(t.firstChild.data if t.firstChild else '' for t in n.getElementsByTagName('w:t'))


def frag(doc, xml):
    """Parse an XML fragment (w: etc. declared) into nodes of doc."""
    f = minidom.parseString('<x %s>%s</x>' % (NSDECL, xml))
    return [doc.importNode(c, True) for c in f.documentElement.childNodes]


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def run_props(tc):
    rp = tc.getElementsByTagName('w:rPr')
    return rp[0].toxml() if rp else ''


def set_runs(tc, xml):
    """Replace a cell's content with one paragraph holding the given runs (XML)."""
    ps = kids(tc, 'w:p')
    p = ps[0]
    for extra in ps[1:]:
        tc.removeChild(extra)
    for c in list(p.childNodes):
        if c.nodeName != 'w:pPr':
            p.removeChild(c)
    for n in frag(tc.ownerDocument, xml):
        p.appendChild(n)


def run(tc, s):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (run_props(tc), esc(s))


def set_text(tc, s):
    set_runs(tc, run(tc, s) if s != '' else '')


def set_para_text(p, s):
    rp = run_props(p)
    for c in list(p.childNodes):
        if c.nodeName != 'w:pPr':
            p.removeChild(c)
    for n in frag(p.ownerDocument, '<w:r>%s<w:t>%s</w:t></w:r>' % (rp, esc(s))):
        p.appendChild(n)


def set_paras(tc, parts):
    """A cell of several paragraphs."""
    set_text(tc, parts[0])
    p0 = kids(tc, 'w:p')[0]
    for s in parts[1:]:
        p = p0.cloneNode(True)
        tc.appendChild(p)
        for c in list(p.childNodes):
            if c.nodeName != 'w:pPr':
                p.removeChild(c)
        if s != '':
            for n in frag(tc.ownerDocument, run(tc, s)):
                p.appendChild(n)


def tc_pr(tc):
    prs = kids(tc, 'w:tcPr')
    if prs:
        return prs[0]
    pr = frag(tc.ownerDocument, '<w:tcPr/>')[0]
    tc.insertBefore(pr, tc.firstChild)
    return pr


def set_merge(tc, span=None, vmerge=None):
    """Set gridSpan and vMerge ('restart', 'continue', or '' to remove)."""
    pr = tc_pr(tc)
    if span is not None:
        for g in kids(pr, 'w:gridSpan'):
            pr.removeChild(g)
        if span > 1:
            g = frag(tc.ownerDocument, '<w:gridSpan w:val="%d"/>' % span)[0]
            w = kids(pr, 'w:tcW')
            pr.insertBefore(g, w[0].nextSibling if w else pr.firstChild)
    if vmerge is not None:
        for g in kids(pr, 'w:vMerge'):
            pr.removeChild(g)
        if vmerge == 'restart':
            pr.appendChild(frag(tc.ownerDocument, '<w:vMerge w:val="restart"/>')[0])
        elif vmerge == 'continue':
            pr.appendChild(frag(tc.ownerDocument, '<w:vMerge/>')[0])


def span_of(tc):
    g = tc.getElementsByTagName('w:gridSpan')
    return int(g[0].getAttribute('w:val')) if g else 1


def vmerge_of(tc):
    g = tc.getElementsByTagName('w:vMerge')
    if not g:
        return ''
    return g[0].getAttribute('w:val') or 'continue'


def new_cell_like(tc, s='', vmerge=''):
    c = tc.cloneNode(True)
    set_merge(c, span=1, vmerge=vmerge)
    set_text(c, s)
    return c


def add_grid_col(tbl, first=False):
    g = kids(tbl, 'w:tblGrid')
    if not g:
        return
    cols = kids(g[0], 'w:gridCol')
    n = cols[0].cloneNode(True)
    if first:
        g[0].insertBefore(n, cols[0])
    else:
        g[0].appendChild(n)


def page_break_para(doc):
    return frag(doc, '<w:p><w:r><w:br w:type="page"/></w:r></w:p>')[0]


def para(doc, s):
    return frag(doc, '<w:p><w:r><w:t>%s</w:t></w:r></w:p>' % esc(s))[0]


def set_trpr(tr, xml):
    prs = kids(tr, 'w:trPr')
    if not prs:
        pr = frag(tr.ownerDocument, '<w:trPr/>')[0]
        first_tc = kids(tr, 'w:tc')[0]
        tr.insertBefore(pr, first_tc)
    else:
        pr = prs[0]
    for n in frag(tr.ownerDocument, xml):
        pr.appendChild(n)


# The figures every variant starts from, written over the clean report's: as many
# different numbers as the arithmetic allows, so that a figure read from the wrong row or
# column shows (the clean report's many zeros would hide a swap). Rows left all zero are
# the ones some variants blank or merge. Each list: 自然人, 商业企业, 科研机构, 社会公益组织,
# 法律服务机构, 其他.
RESULTS = {
    'granted': [12, 3, 1, 2, 4, 5], 'partially_granted': [6, 1, 2, 0, 1, 3],
    'withheld_state_secret': [0] * 6, 'withheld_prohibited': [0] * 6,
    'withheld_three_safeties': [1, 0, 0, 0, 0, 2], 'withheld_third_party': [2, 1, 0, 3, 0, 0],
    'withheld_internal': [0, 2, 0, 0, 1, 0], 'withheld_process': [3, 0, 1, 0, 0, 0],
    'withheld_enforcement': [0, 0, 0, 1, 0, 1], 'withheld_inquiry': [0] * 6,
    'unable_not_held': [7, 2, 3, 0, 1, 0], 'unable_needs_creation': [1, 0, 0, 2, 0, 0],
    'unable_unclear': [0, 1, 0, 0, 0, 0], 'rejected_complaint': [2, 0, 0, 0, 0, 0],
    'rejected_duplicate': [4, 0, 1, 0, 0, 2], 'rejected_publication': [0, 0, 0, 0, 1, 0],
    'rejected_excessive': [1, 0, 0, 0, 0, 0], 'rejected_confirmation': [0, 1, 0, 0, 0, 0],
    'other_no_correction': [2, 0, 0, 1, 0, 0], 'other_no_fee': [0] * 6, 'other_other': [1, 0, 2, 0, 0, 0],
}
CARRIED_OVER = [2, 0, 1, 1, 0, 0]
CARRIED_FORWARD = [3, 1, 0, 0, 2, 1]
T2 = {'regulations': [1, 0, 4], 'normative_documents': [3, 1, 12], 'licensing': [156], 'punishment': [23],
      'coercion': [7], 'fees': ['1.5']}
T4 = {'review': [1, 2, 0, 3], 'litigation_direct': [0, 1, 2, 0], 'litigation_after_review': [2, 0, 1, 1]}


def base_figures():
    rows = dict(RESULTS)
    total = [sum(RESULTS[k][c] for k in RESULTS) for c in range(6)]
    rows['total_processed'] = total
    rows['carried_over'] = CARRIED_OVER
    rows['carried_forward'] = CARRIED_FORWARD
    rows['new_received'] = [total[c] + CARRIED_FORWARD[c] - CARRIED_OVER[c] for c in range(6)]
    return {k: v + [sum(v)] for k, v in rows.items()}


class Report:
    """One variant under construction: the DOM and what every cell is expected to read."""

    def __init__(self):
        with zipfile.ZipFile(SRC) as z:
            self.parts = {i.filename: z.read(i.filename) for i in z.infolist()}
        self.doc = minidom.parseString(self.parts['word/document.xml'])
        self.body = self.doc.getElementsByTagName('w:body')[0]
        t2, t3, t4 = self.tables()
        self.t2 = t2
        self.t3 = t3
        self.t4 = t4
        self.fill()
        self.expect = {'table2': {}, 'table3': {}, 'table4': {}}
        for i, key, cols in T2ROWS:
            tcs = kids(kids(t2, 'w:tr')[i], 'w:tc')
            self.expect['table2'][key] = {c: num(text(tcs[1 + k])) for k, c in enumerate(cols)}
        trs = kids(t3, 'w:tr')[3:]
        assert len(trs) == 25
        for key, tr in zip(T3KEYS, trs):
            tcs = kids(tr, 'w:tc')[-7:]
            self.expect['table3'][key] = {c: num(text(tc)) for c, tc in zip(T3COLS, tcs)}
        tcs = kids(kids(t4, 'w:tr')[-1], 'w:tc')
        assert len(tcs) == 15
        for b, blk in enumerate(T4BLOCKS):
            self.expect['table4'][blk] = {c: num(text(tcs[b * 5 + k])) for k, c in enumerate(T4COLS)}

    def fill(self):
        """Write the base figures, and the narrative sentence that states them."""
        b3 = base_figures()
        for key, tr in zip(T3KEYS, kids(self.t3, 'w:tr')[3:]):
            for tc, v in zip(kids(tr, 'w:tc')[-7:], b3[key]):
                set_text(tc, str(v))
        for i, key, cols in T2ROWS:
            for k, tc in enumerate(kids(kids(self.t2, 'w:tr')[i], 'w:tc')[1:1 + len(cols)]):
                set_text(tc, str(T2[key][k]))
        tcs = kids(kids(self.t4, 'w:tr')[-1], 'w:tc')
        for b, blk in enumerate(T4BLOCKS):
            for k, v in enumerate(T4[blk] + [sum(T4[blk])]):
                set_text(tcs[b * 5 + k], str(v))
        for p in kids(self.body, 'w:p'):
            if text(p).startswith('全年共收到政府信息公开申请'):
                set_para_text(p, '全年共收到政府信息公开申请%d件，上年结转%d件，办结%d件，结转下年度继续办理%d件。' % (
                    b3['new_received'][6], b3['carried_over'][6], b3['total_processed'][6], b3['carried_forward'][6]))

    def tables(self):
        return kids(self.body, 'w:tbl')

    def rows(self, tbl):
        return kids(tbl, 'w:tr')

    def t3row(self, key):
        return kids(self.t3, 'w:tr')[3 + T3KEYS.index(key)]

    def t3cell(self, key, col):
        return kids(self.t3row(key), 'w:tc')[-7 + T3COLS.index(col)]

    def heading(self, prefix):
        for p in kids(self.body, 'w:p'):
            if text(p).startswith(prefix):
                return p
        raise KeyError(prefix)

    def write(self, name):
        root = self.doc.documentElement
        for pfx, uri in re.findall(r'xmlns:(\w+)="([^"]+)"', NSDECL):
            if not root.hasAttribute('xmlns:' + pfx):
                root.setAttribute('xmlns:' + pfx, uri)
        self.parts['word/document.xml'] = self.doc.toxml(encoding='UTF-8')
        path = os.path.join(OUT, name + '.docx')
        with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
            for n, b in self.parts.items():
                if n.endswith('/'):
                    continue
                # A fixed time stamp, so that regenerating leaves unchanged files unchanged.
                z.writestr(zipfile.ZipInfo(n, date_time=(2024, 1, 20, 0, 0, 0)), b, zipfile.ZIP_DEFLATED)
        return path


def num(s):
    s = s.strip()
    if s == '':
        return None
    return float(s) if '.' in s else int(s)


# ---- variants ----
# Each takes a fresh Report, alters it, and returns (note, expected rule IDs). It updates
# r.expect wherever it writes a figure other than the template's.

def split_table(r, tbl, at, header_rows=0, retype_labels=None):
    """Cut tbl before row index at into a second table after a page-break paragraph;
    repeat the first header_rows rows (marked w:tblHeader) at its top."""
    trs = r.rows(tbl)
    new = r.doc.createElement('w:tbl')
    for n in kids(tbl, 'w:tblPr') + kids(tbl, 'w:tblGrid'):
        new.appendChild(n.cloneNode(True))
    for h in trs[:header_rows]:
        set_trpr(h, '<w:tblHeader/>')
        new.appendChild(h.cloneNode(True))
    for tr in trs[at:]:
        tbl.removeChild(tr)
        new.appendChild(tr)
    nxt = tbl.nextSibling
    r.body.insertBefore(page_break_para(r.doc), nxt)
    r.body.insertBefore(new, nxt)
    if retype_labels:
        first = kids(r.rows(new)[header_rows], 'w:tc')
        for j, s in retype_labels.items():
            set_merge(first[j], vmerge='restart')
            set_text(first[j], s)
    return new


def v_split3_bare(r):
    split_table(r, r.t3, 3 + T3KEYS.index('withheld_third_party'))
    return '表三 split at a page break inside （三）不予公开; the second part has no header and its first row continues the vertical merges', []


def v_split3_retyped(r):
    split_table(r, r.t3, 3 + T3KEYS.index('withheld_third_party'),
                retype_labels={0: '三、本年度办理结果', 1: '（三）不予公开'})
    return '表三 split inside （三）; the clerk retyped 三、本年度办理结果 and （三）不予公开 in the second part', []


def v_split3_header(r):
    split_table(r, r.t3, 3 + T3KEYS.index('unable_not_held'), header_rows=3)
    return '表三 split before （四）无法提供, the three header rows repeated (w:tblHeader) in the second part', []


def v_split3_results(r):
    split_table(r, r.t3, 3 + T3KEYS.index('granted'), header_rows=3)
    return '表三 split before 三、本年度办理结果, header repeated', []


def v_split2_bare(r):
    split_table(r, r.t2, 7)
    return '表二 split at a page break before 第二十条第（六）项', []


def v_split2_midblock(r):
    split_table(r, r.t2, 3)
    return '表二 split inside 第二十条第（一）项 (行政规范性文件 on the next page), no header', []


def v_split2_header(r):
    split_table(r, r.t2, 3, header_rows=2)
    return '表二 split inside 第二十条第（一）项, its two header rows repeated', []


def v_split4(r):
    split_table(r, r.t4, 3, header_rows=3)
    return '表四 split: the data row alone on the next page under a repeated header', []


def v_seq_column(r):
    tbl = r.t3
    add_grid_col(tbl, first=True)
    for i, tr in enumerate(r.rows(tbl)):
        tcs = kids(tr, 'w:tc')
        if i < 3:
            c = new_cell_like(tcs[0], '序号' if i == 0 else '', 'restart' if i == 0 else 'continue')
        else:
            c = new_cell_like(tcs[-1], str(i - 2))
        tr.insertBefore(c, tcs[0])
    return '表三 with a leading 序号 column numbered 1–25', []


def v_seq_column2(r):
    tbl = r.t2
    add_grid_col(tbl, first=True)
    n = 0
    for i, tr in enumerate(r.rows(tbl)):
        tcs = kids(tr, 'w:tc')
        if span_of(tcs[0]) == 4:
            set_merge(tcs[0], span=5)
            continue
        if text(tcs[0]) == '信息内容':
            c = new_cell_like(tcs[0], '序号')
        else:
            n += 1
            c = new_cell_like(tcs[-1], str(n))
        tr.insertBefore(c, tcs[0])
    return '表二 with a leading 序号 column', []


def remarks_t3(r, data_text):
    tbl = r.t3
    add_grid_col(tbl)
    for i, tr in enumerate(r.rows(tbl)):
        tcs = kids(tr, 'w:tc')
        if i < 3:
            c = new_cell_like(tcs[-1], '备注' if i == 0 else '', 'restart' if i == 0 else 'continue')
        else:
            c = new_cell_like(tcs[-1], data_text.get(T3KEYS[i - 3], ''))
        tr.appendChild(c)


def v_remarks3(r):
    remarks_t3(r, {'new_received': '含网上申请18件', 'unable_not_held': '已告知申请人', 'carried_forward': '/'})
    return '表三 with a trailing 备注 column, some remarks filled', []


def v_remarks2(r):
    tbl = r.t2
    add_grid_col(tbl)
    for tr in r.rows(tbl):
        tcs = kids(tr, 'w:tc')
        if span_of(tcs[0]) == 4:
            set_merge(tcs[0], span=5)
            continue
        s = ''
        if text(tcs[0]) == '信息内容':
            s = '备注'
        elif text(tcs[0]) == '行政许可':
            s = '含变更'
        tr.appendChild(new_cell_like(tcs[-1], s))
    return '表二 with a trailing 备注 column', []


def v_remarks4(r):
    tbl = r.t4
    add_grid_col(tbl)
    trs = r.rows(tbl)
    for i, tr in enumerate(trs):
        tcs = kids(tr, 'w:tc')
        if i == 0:
            c = new_cell_like(tcs[-1], '备注', 'restart')
        elif i < 3:
            c = new_cell_like(tcs[-1], '', 'continue')
        else:
            c = new_cell_like(tcs[-1], '')
        tr.appendChild(c)
    return '表四 with a trailing 备注 column (empty in the data row)', []


def v_label4(r):
    tbl = r.t4
    add_grid_col(tbl, first=True)
    for i, tr in enumerate(r.rows(tbl)):
        tcs = kids(tr, 'w:tc')
        if i == 0:
            c = new_cell_like(tcs[0], '项目', 'restart')
        elif i < 3:
            c = new_cell_like(tcs[0], '', 'continue')
        else:
            c = new_cell_like(tcs[0], '件数')
        tr.insertBefore(c, tcs[0])
    return '表四 with a leading label column (项目 / 件数)', []


def v_empty_trailing(r):
    for tbl in (r.t2, r.t3, r.t4):
        add_grid_col(tbl)
        trs = r.rows(tbl)
        for tr in trs:
            tcs = kids(tr, 'w:tc')
            tr.appendChild(new_cell_like(tcs[-1], '', ''))
        last = trs[-1].cloneNode(True)
        for tc in kids(last, 'w:tc'):
            set_merge(tc, vmerge='')
            set_text(tc, '')
        tbl.appendChild(last)
    return 'every table with an empty trailing column and an empty trailing row', []


def v_sum_row2(r):
    trs = r.rows(r.t2)
    tot = trs[3].cloneNode(True)
    tcs = kids(tot, 'w:tc')
    set_text(tcs[0], '合计')
    e = r.expect['table2']
    for k, c in enumerate(['issued', 'repealed', 'in_force']):
        set_text(tcs[1 + k], str(e['regulations'][c] + e['normative_documents'][c]))
    r.t2.insertBefore(tot, trs[4])
    return '表二 with a 合计 row under 第二十条第（一）项', []


def subtotal_row(r, after_key, group_keys, wrong=0):
    ref = r.t3row(after_key)
    row = ref.cloneNode(True)
    tcs = kids(row, 'w:tc')
    set_text(tcs[-8], '小计')
    for k, col in enumerate(T3COLS):
        v = sum(r.expect['table3'][g][col] for g in group_keys)
        if k == 0:
            v += wrong
        set_text(tcs[-7 + k], str(v))
    r.t3.insertBefore(row, ref.nextSibling)


def v_subtotal3(r):
    subtotal_row(r, 'withheld_inquiry', T3KEYS[4:12])
    subtotal_row(r, 'unable_unclear', T3KEYS[12:15])
    return '表三 with 小计 rows after （三） and （四）, correct', []


def v_subtotal3_wrong(r):
    subtotal_row(r, 'unable_unclear', T3KEYS[12:15], wrong=1)
    return '表三 with a 小计 row after （四）无法提供 whose 自然人 is one too many', ['table3-subtotal']


def fw(v):
    """Full-width digits."""
    return ''.join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in str(v))


def v_fig_units(r):
    e3, e2 = r.expect['table3'], r.expect['table2']
    set_text(r.t3cell('new_received', 'natural_person'), '%d件' % e3['new_received']['natural_person'])
    set_text(r.t3cell('new_received', 'commercial'), fw(e3['new_received']['commercial']))
    set_text(r.t3cell('new_received', 'total'), fw(e3['new_received']['total']) + '件')
    set_text(r.t3cell('carried_over', 'natural_person'), ' %d ' % e3['carried_over']['natural_person'])
    set_text(r.t3cell('carried_over', 'total'), '\u3000%d\u3000' % e3['carried_over']['total'])
    set_text(r.t3cell('granted', 'total'), '%d.0' % e3['granted']['total'])
    t = str(e3['total_processed']['total'])
    set_text(r.t3cell('total_processed', 'total'), t[0] + ' ' + t[1:])
    trs = r.rows(r.t2)
    set_text(kids(trs[6], 'w:tc')[1], '1,560')
    e2['licensing']['decisions'] = 1560
    set_text(kids(trs[9], 'w:tc')[1], '%d件' % e2['punishment']['decisions'])
    set_text(kids(trs[13], 'w:tc')[1], '%.2f' % e2['fees']['amount_10k_yuan'])
    set_text(kids(trs[3], 'w:tc')[3], fw(e2['normative_documents']['in_force']))
    tcs = kids(r.rows(r.t4)[-1], 'w:tc')
    set_text(tcs[4], '%d件' % r.expect['table4']['review']['total'])
    return 'figures written N件, full-width digits, 1,560, padded " 2 " and U+3000, 30.0, 1.50, 「6 0」 (a space inside)', []


def v_fig_blanks(r):
    e3 = r.expect['table3']
    toks = ['—', '/', '无', '-', '', '／', '——', '\u3000']
    n = 0
    for key in ['withheld_state_secret', 'withheld_prohibited', 'unable_unclear', 'rejected_complaint']:
        for col in T3COLS:
            if e3[key][col] == 0:
                set_text(r.t3cell(key, col), toks[n % len(toks)])
                e3[key][col] = None
                n += 1
    return 'zero cells of four 表三 rows written —, /, 无, -, empty, ／, ——, U+3000', ['cell-blank']


def v_cell_paras(r):
    e3 = r.expect['table3']
    set_paras(r.t3cell('new_received', 'total'), [str(e3['new_received']['total']), ''])
    set_paras(r.t3cell('carried_over', 'natural_person'), ['', str(e3['carried_over']['natural_person'])])
    set_paras(r.t3cell('granted', 'natural_person'), [str(e3['granted']['natural_person']), '件'])
    hdr = kids(r.rows(r.t3)[2], 'w:tc')
    set_paras(hdr[2], ['商业', '企业'])
    set_paras(hdr[3], ['科研', '机构'])
    set_paras(hdr[5], ['法律服务', '机构'])
    lab = kids(r.t3row('partially_granted'), 'w:tc')[1]
    set_paras(lab, ['（二）部分公开', '（区分处理的，只计这一情形，不计其他情形）'])
    lab = kids(r.t3row('new_received'), 'w:tc')[0]
    set_paras(lab, ['一、本年新收政府信息', '公开申请数量'])
    trs = r.rows(r.t2)
    set_paras(kids(trs[1], 'w:tc')[1], ['本年制发', '件数'])
    set_paras(kids(trs[6], 'w:tc')[1], [str(r.expect['table2']['licensing']['decisions']), ''])
    h4 = kids(r.rows(r.t4)[2], 'w:tc')
    set_paras(h4[0], ['结果', '维持'])
    return 'cells of two paragraphs: figures with an empty paragraph or 件 below, labels wrapped by Enter', []


def v_split_runs(r):
    e3 = r.expect['table3']
    tc = r.t3cell('new_received', 'total')
    rp = run_props(tc)
    a, b = str(e3['new_received']['total'])[:1], str(e3['new_received']['total'])[1:]
    set_runs(tc, ('<w:r>%s<w:t>%s</w:t></w:r><w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="9" w:name="_GoBack"/>'
                  '<w:bookmarkEnd w:id="9"/><w:proofErr w:type="spellEnd"/><w:r>%s<w:t>%s</w:t></w:r>') % (rp, a, rp, b))
    tc = r.t3cell('granted', 'total')
    a, b = str(e3['granted']['total'])[:1], str(e3['granted']['total'])[1:]
    set_runs(tc, ('<w:r>%s<w:t>%s</w:t></w:r><w:permStart w:id="1" w:edGrp="everyone"/><w:r>%s<w:t>%s</w:t></w:r>'
                  '<w:permEnd w:id="1"/><w:r>%s<w:lastRenderedPageBreak/></w:r>') % (rp, a, rp, b, rp))
    tc = kids(r.rows(r.t2)[6], 'w:tc')[1]
    v = str(r.expect['table2']['licensing']['decisions'])
    set_runs(tc, ('<w:r>%s<w:t>%s</w:t></w:r><w:r>%s<w:t>%s</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>0</w:t></w:r>'
                  '<w:r>%s<w:t>%s</w:t></w:r>') % (rp, v[0], rp, v[1:-1], rp, v[-1]))
    lab = kids(r.t3row('rejected_duplicate'), 'w:tc')[2]
    set_runs(lab, '<w:r><w:t>2.</w:t></w:r><w:proofErr w:type="gramStart"/><w:r><w:t>重复</w:t></w:r>'
                  '<w:proofErr w:type="gramEnd"/><w:r><w:t>申请</w:t></w:r>')
    return 'numbers and labels split across runs with proofErr, bookmarks, an editing permission range and a hidden digit between', []


def v_tracked(r):
    e3 = r.expect['table3']
    tc = r.t3cell('new_received', 'natural_person')
    rp = run_props(tc)
    v = e3['new_received']['natural_person']
    set_runs(tc, ('<w:del w:id="1" w:author="a" w:date="2024-01-10T00:00:00Z"><w:r>%s<w:delText>%d</w:delText></w:r></w:del>'
                  '<w:ins w:id="2" w:author="a" w:date="2024-01-10T00:00:00Z"><w:r>%s<w:t>%d</w:t></w:r></w:ins>') % (rp, v - 1, rp, v))
    tc = r.t3cell('new_received', 'total')
    v = str(e3['new_received']['total'])
    set_runs(tc, ('<w:r>%s<w:t>%s</w:t></w:r><w:del w:id="3" w:author="a" w:date="2024-01-10T00:00:00Z"><w:r>%s<w:delText>9</w:delText></w:r></w:del>'
                  '<w:ins w:id="4" w:author="a" w:date="2024-01-10T00:00:00Z"><w:r>%s<w:t>%s</w:t></w:r></w:ins>') % (rp, v[:-1], rp, rp, v[-1]))
    # A duplicate 予以公开 row deleted in tracked changes, with wrong figures.
    ref = r.t3row('granted')
    dup = ref.cloneNode(True)
    set_trpr(dup, '<w:del w:id="5" w:author="a" w:date="2024-01-10T00:00:00Z"/>')
    for tc in kids(dup, 'w:tc')[-7:]:
        set_text(tc, '9')
    r.t3.insertBefore(dup, ref)
    # 表四 data cell: a moveFrom/moveTo pair.
    tcs = kids(r.rows(r.t4)[-1], 'w:tc')
    rp = run_props(tcs[0])
    set_runs(tcs[0], ('<w:moveFrom w:id="6" w:author="a" w:date="2024-01-10T00:00:00Z"><w:r>%s<w:t>7</w:t></w:r></w:moveFrom>'
                      '<w:moveTo w:id="7" w:author="a" w:date="2024-01-10T00:00:00Z"><w:r>%s<w:t>%d</w:t></w:r></w:moveTo>')
             % (rp, rp, r.expect['table4']['review']['upheld']))
    return 'tracked changes: w:del+w:ins inside figures, a deleted duplicate row, moveFrom/moveTo', []


def caption_row(r, tbl, caption):
    trs = r.rows(tbl)
    width = sum(span_of(tc) for tc in kids(trs[-1], 'w:tc'))
    row = trs[-1].cloneNode(True)
    tcs = kids(row, 'w:tc')
    for tc in tcs[1:]:
        row.removeChild(tc)
    set_merge(tcs[0], span=width, vmerge='')
    set_text(tcs[0], caption)
    tbl.insertBefore(row, trs[0])


def v_caption_in_table(r):
    caption_row(r, r.t2, '表二 主动公开政府信息情况')
    caption_row(r, r.t3, '表三 收到和处理政府信息公开申请情况')
    caption_row(r, r.t4, '表四 政府信息公开行政复议、行政诉讼情况')
    return 'captions 表二/表三/表四 in a merged first row of each table', []


def v_heading_in_table(r):
    for tbl, h in ((r.t2, '二、'), (r.t3, '三、'), (r.t4, '四、')):
        p = r.heading(h)
        caption_row(r, tbl, text(p))
        r.body.removeChild(p)
    return 'the section headings 二、三、四、 written only as the merged first row of their tables', []


def v_caption_after(r):
    for tbl, c in ((r.t2, '表二：主动公开政府信息情况'), (r.t3, '表三：收到和处理政府信息公开申请情况'),
                   (r.t4, '表四：政府信息公开行政复议、行政诉讼情况')):
        r.body.insertBefore(para(r.doc, c), tbl.nextSibling)
    return 'captions as paragraphs after each table', []


def v_caption_before(r):
    for tbl, c in ((r.t2, '表二 主动公开政府信息情况'), (r.t3, '表三 收到和处理政府信息公开申请情况'),
                   (r.t4, '表四 政府信息公开行政复议、行政诉讼情况（单位：件）')):
        r.body.insertBefore(para(r.doc, c), tbl)
    return 'captions as paragraphs before each table (表四 with 单位：件)', []


def v_frame(r):
    sect = kids(r.body, 'w:sectPr')[0]
    blocks = [c for c in list(r.body.childNodes) if c.nodeName in ('w:p', 'w:tbl')]
    frame = frag(r.doc, '<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid>'
                        '<w:tr><w:tc><w:tcPr><w:tcW w:w="9000" w:type="dxa"/></w:tcPr></w:tc></w:tr></w:tbl>')[0]
    tc = frame.getElementsByTagName('w:tc')[0]
    for b in blocks:
        r.body.removeChild(b)
        tc.appendChild(b)
    tc.appendChild(para(r.doc, ''))
    r.body.insertBefore(frame, sect)
    return 'the whole report inside a one-cell layout table', []


def v_textbox(r):
    """表四 inside a text box (DrawingML with a VML fallback holding the same table)."""
    t4 = r.t4
    xml = t4.toxml()
    anchor = frag(r.doc, (
        '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" '
        'simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph">'
        '<wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="6000000" cy="1200000"/><wp:wrapTopAndBottom/>'
        '<wp:docPr id="1" name="文本框 1"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="6000000" cy="1200000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s<w:p/></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
        '</mc:Choice><mc:Fallback><w:pict><v:rect style="width:472pt;height:94pt"><v:textbox><w:txbxContent>%s<w:p/></w:txbxContent>'
        '</v:textbox></v:rect></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>') % (xml, xml))[0]
    r.body.insertBefore(anchor, t4)
    r.body.removeChild(t4)
    return '表四 inside a text box (mc:AlternateContent: wps text box, VML fallback)', []


def wrap_sdt(r, nodes, placeholder=False):
    pr = '<w:sdtPr><w:alias w:val="数字"/><w:id w:val="12345"/>%s</w:sdtPr>' % ('<w:showingPlcHdr/>' if placeholder else '')
    sdt = frag(r.doc, '<w:sdt>%s<w:sdtContent/></w:sdt>' % pr)[0]
    content = sdt.getElementsByTagName('w:sdtContent')[0]
    parent = nodes[0].parentNode
    parent.insertBefore(sdt, nodes[0])
    for n in nodes:
        parent.removeChild(n)
        content.appendChild(n)
    return sdt


def v_sdt(r):
    trs = r.rows(r.t3)  # (rows first: t3cell counts the table's own w:tr children)
    wrap_sdt(r, [r.t3cell('granted', 'commercial')])  # a cell in a content control
    tc = r.t3cell('granted', 'research')  # a run-level control inside a cell
    rp = run_props(tc)
    set_runs(tc, '<w:sdt><w:sdtPr><w:id w:val="7"/></w:sdtPr><w:sdtContent><w:r>%s<w:t>%d</w:t></w:r></w:sdtContent></w:sdt>'
             % (rp, r.expect['table3']['granted']['research']))
    wrap_sdt(r, trs[3:5])  # rows in a content control
    wrap_sdt(r, [r.t4])  # a whole table in a control
    tc = kids(r.rows(r.t2)[13], 'w:tc')[1]  # an unfilled control showing its prompt
    set_runs(tc, '<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>单击或点击此处输入文字。</w:t></w:r></w:sdtContent></w:sdt>')
    r.expect['table2']['fees']['amount_10k_yuan'] = None
    return 'w:sdt around 表三 rows, a cell, a run, the whole 表四; an unfilled control in 表二 收费', ['cell-blank']


def v_alternate_in_cell(r):
    tc = r.t3cell('carried_forward', 'total')
    rp = run_props(tc)
    v = r.expect['table3']['carried_forward']['total']
    set_runs(tc, ('<mc:AlternateContent><mc:Choice Requires="w14"><w:r>%s<w:t>%d</w:t></w:r></mc:Choice>'
                  '<mc:Fallback><w:r>%s<w:t>%d</w:t></w:r></mc:Fallback></mc:AlternateContent>') % (rp, v, rp, v))
    tc = r.t3cell('carried_forward', 'natural_person')
    set_runs(tc, ('<w:r w14:paraId="1A2B3C4D" w:rsidR="00A1">%s<w:t>%d</w:t></w:r>'
                  '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> = 1+1 </w:instrText></w:r>'
                  '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t></w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>') % (rp, r.expect['table3']['carried_forward']['natural_person']))
    return 'mc:AlternateContent inside a figure (both branches print 2), an empty formula field after a figure', []


def v_grid_after(r):
    """A 备注 column that only the header and two rows have; other rows end early (gridAfter)."""
    tbl = r.t3
    add_grid_col(tbl)
    for i, tr in enumerate(r.rows(tbl)):
        tcs = kids(tr, 'w:tc')
        if i == 0:
            tr.appendChild(new_cell_like(tcs[-1], '备注', 'restart'))
        elif i < 3:
            tr.appendChild(new_cell_like(tcs[-1], '', 'continue'))
        elif i in (3, 27):
            tr.appendChild(new_cell_like(tcs[-1], '含来信' if i == 3 else ''))
        else:
            set_trpr(tr, '<w:gridAfter w:val="1"/><w:wAfter w:w="600" w:type="dxa"/>')
    return '表三 备注 column held by three rows only, the others ending early with w:gridAfter', []


def v_grid_before(r):
    """表四's data row indented by one grid column, the table one column wider."""
    tbl = r.t4
    add_grid_col(tbl, first=True)
    for i, tr in enumerate(r.rows(tbl)):
        tcs = kids(tr, 'w:tc')
        if i < 3:
            set_trpr(tr, '<w:gridBefore w:val="1"/><w:wBefore w:w="600" w:type="dxa"/>')
    tr = r.rows(tbl)[-1]
    tcs = kids(tr, 'w:tc')
    tr.insertBefore(new_cell_like(tcs[0], '数量'), tcs[0])
    return '表四 header rows indented with w:gridBefore, the data row led by a 数量 cell', []


def v_hmerge(r):
    """Old Word (and some converters) write horizontal merges as w:hMerge restart/continue cells."""
    for tbl in (r.t2, r.t3, r.t4):
        for tr in r.rows(tbl):
            for tc in kids(tr, 'w:tc'):
                n = span_of(tc)
                if n <= 1:
                    continue
                set_merge(tc, span=1)
                tc_pr(tc).appendChild(frag(r.doc, '<w:hMerge w:val="restart"/>')[0])
                vm = vmerge_of(tc)
                for _ in range(n - 1):
                    c = tc.cloneNode(True)
                    pr = tc_pr(c)
                    for h in kids(pr, 'w:hMerge'):
                        pr.removeChild(h)
                    pr.appendChild(frag(r.doc, '<w:hMerge/>')[0])
                    set_text(c, '')
                    tr.insertBefore(c, tc.nextSibling)
                    _ = vm
    return 'every gridSpan rewritten as w:hMerge restart + continue cells', []


def v_no_grid(r):
    for tbl in r.tables():
        for g in kids(tbl, 'w:tblGrid'):
            tbl.removeChild(g)
    return 'tables without w:tblGrid', []


def v_header2rows(r):
    """表三 with a two-row header: no 申请人情况 row; 自然人 and 总计 merged down two rows."""
    trs = r.rows(r.t3)
    r.t3.removeChild(trs[0])
    first = kids(trs[1], 'w:tc')
    set_merge(first[0], vmerge='restart')
    set_text(first[0], '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）')
    return '表三 header of two rows (申请人情况 row left out)', []


def v_header_flat(r):
    """表三 header in one row: the five 法人 columns named directly, no 法人或其他组织."""
    trs = r.rows(r.t3)
    r.t3.removeChild(trs[0])
    r.t3.removeChild(trs[1])
    tcs = kids(trs[2], 'w:tc')
    set_merge(tcs[0], vmerge='')
    set_text(tcs[0], '项目')
    set_merge(tcs[1], vmerge='')
    set_text(tcs[1], '自然人')
    set_merge(tcs[-1], vmerge='')
    set_text(tcs[-1], '总计')
    return '表三 header flattened to one row (项目 | 自然人 | 商业企业 … 其他 | 总计)', []


def v_vmerge_corner(r):
    """The corner note merged over the three header rows and the first data row label moved:
    申请人情况 vertically merged with 自然人 (restart chain through the header)."""
    trs = r.rows(r.t3)
    r0 = kids(trs[0], 'w:tc')
    r1 = kids(trs[1], 'w:tc')
    # 申请人情况 row: split its 7-wide cell into 自然人 (restart) + 法人或其他组织 (5) + 总计 (restart)
    set_merge(r0[1], span=1, vmerge='restart')
    set_text(r0[1], '自然人')
    c_org = new_cell_like(r0[1], '法人或其他组织')
    set_merge(c_org, span=5, vmerge='restart')
    c_tot = new_cell_like(r0[1], '总计', 'restart')
    trs[0].appendChild(c_org)
    trs[0].appendChild(c_tot)
    # row 1 becomes continue cells
    set_merge(r1[1], vmerge='continue')
    set_text(r1[1], '')
    set_merge(r1[2], vmerge='continue')
    set_text(r1[2], '')
    set_merge(r1[3], vmerge='continue')
    set_text(r1[3], '')
    return '表三 header with 自然人/总计/法人或其他组织 restart in the top row, vMerge chains through two rows', []


def v_t4_vmerge_top(r):
    """表四 with 行政复议 merged down over two rows and its five labels on the third row."""
    trs = r.rows(r.t4)
    r0, r1, r2 = (kids(t, 'w:tc') for t in trs[:3])
    set_merge(r0[0], vmerge='restart')
    # row 1: 行政复议 continue (span 5), then 未经复议直接起诉, 复议后起诉
    c = new_cell_like(r0[0], '', 'continue')
    set_merge(c, span=5)
    for tc in r1[:5]:
        trs[1].removeChild(tc)
    trs[1].insertBefore(c, r1[5])
    # row 2: the five labels of 行政复议
    for k, tc in enumerate(r2[:5]):
        set_merge(tc, vmerge='')
        set_text(tc, ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'][k])
    return '表四: 行政复议 merged down over two rows, its five labels in the third row', []


def v_t4_two_tables(r):
    """表四 as two tables: 行政复议 (5 columns) then 行政诉讼 (10 columns)."""
    doc = r.doc
    e = r.expect['table4']
    def table(head, sub, labels, values, width):
        rows = ''
        rows += '<w:tr><w:tc><w:tcPr><w:gridSpan w:val="%d"/></w:tcPr><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc></w:tr>' % (width, head)
        if sub:
            rows += '<w:tr>' + ''.join('<w:tc><w:tcPr><w:gridSpan w:val="5"/></w:tcPr><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc>' % s for s in sub) + '</w:tr>'
        rows += '<w:tr>' + ''.join('<w:tc><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc>' % s for s in labels) + '</w:tr>'
        rows += '<w:tr>' + ''.join('<w:tc><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc>' % s for s in values) + '</w:tr>'
        grid = '<w:tblGrid>' + '<w:gridCol w:w="600"/>' * width + '</w:tblGrid>'
        return frag(doc, '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>%s%s</w:tbl>' % (grid, rows))[0]
    L = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
    vals = lambda b: [str(e[b][c]) for c in T4COLS]
    a = table('行政复议', None, L, vals('review'), 5)
    b = table('行政诉讼', ['未经复议直接起诉', '复议后起诉'], L + L, vals('litigation_direct') + vals('litigation_after_review'), 10)
    r.body.insertBefore(a, r.t4)
    r.body.insertBefore(para(doc, ''), r.t4)
    r.body.insertBefore(b, r.t4)
    r.body.removeChild(r.t4)
    return '表四 as two tables: 行政复议 (5 columns) above 行政诉讼 (10 columns)', []


def v_t4_vertical(r):
    """表四 written vertically: one row per result, a column per block."""
    doc = r.doc
    e = r.expect['table4']
    rows = '<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc>' \
           '<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>行政复议</w:t></w:r></w:p></w:tc>' \
           '<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>行政诉讼</w:t></w:r></w:p></w:tc></w:tr>'
    rows += '<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>' \
            '<w:tc><w:p><w:r><w:t>未经复议直接起诉</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>复议后起诉</w:t></w:r></w:p></w:tc></w:tr>'
    for k, lab in enumerate(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']):
        c = T4COLS[k]
        rows += '<w:tr>' + ''.join('<w:tc><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc>' % s for s in
                                   [lab, e['review'][c], e['litigation_direct'][c], e['litigation_after_review'][c]]) + '</w:tr>'
    t = frag(doc, '<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>%s</w:tbl>' % rows)[0]
    r.body.insertBefore(t, r.t4)
    r.body.removeChild(r.t4)
    return '表四 transposed: a row per result (结果维持 … 总计), a column per block', []


def v_formula_fields(r):
    """Clerks total with Word formulas: =SUM(LEFT) as a complex field, =SUM(ABOVE) as a simple one."""
    for key in ('new_received', 'granted', 'total_processed'):
        tc = r.t3cell(key, 'total')
        rp = run_props(tc)
        v = r.expect['table3'][key]['total']
        set_runs(tc, ('<w:r>%s<w:fldChar w:fldCharType="begin"/></w:r><w:r>%s<w:instrText xml:space="preserve"> =SUM(LEFT) </w:instrText></w:r>'
                      '<w:r>%s<w:fldChar w:fldCharType="separate"/></w:r><w:r>%s<w:t>%d</w:t></w:r><w:r>%s<w:fldChar w:fldCharType="end"/></w:r>')
                 % (rp, rp, rp, rp, v, rp))
    tc = r.t3cell('total_processed', 'natural_person')
    rp = run_props(tc)
    set_runs(tc, '<w:fldSimple w:instr=" =SUM(ABOVE) "><w:r>%s<w:t>%d</w:t></w:r></w:fldSimple>' % (rp, r.expect['table3']['total_processed']['natural_person']))
    tcs = kids(r.rows(r.t4)[-1], 'w:tc')
    rp = run_props(tcs[4])
    set_runs(tcs[4], ('<w:r>%s<w:fldChar w:fldCharType="begin"/></w:r><w:r>%s<w:instrText>=SUM(LEFT)</w:instrText></w:r>'
                      '<w:r>%s<w:fldChar w:fldCharType="separate"/></w:r><w:r>%s<w:t>%d</w:t></w:r><w:r>%s<w:fldChar w:fldCharType="end"/></w:r>')
             % (rp, rp, rp, rp, r.expect['table4']['review']['total'], rp))
    return 'totals as formula fields (=SUM(LEFT) complex fields, an =SUM(ABOVE) simple field)', []


def v_t4_tabbed(r):
    """表四 typed as tab-separated paragraphs (no table at all)."""
    e = r.expect['table4']
    vals = [str(e[b][c]) for b in T4BLOCKS for c in T4COLS]
    lines = ['行政复议\t\t\t\t\t行政诉讼',
             '\t\t\t\t\t未经复议直接起诉\t\t\t\t\t复议后起诉',
             '\t'.join(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] * 3),
             '\t'.join(vals)]
    for ln in lines:
        xml = '<w:p><w:r>' + ''.join(('<w:tab/>' if ch == '\t' else '<w:t>%s</w:t>' % esc(ch)) for ch in re.split(r'(\t)', ln) if ch) + '</w:r></w:p>'
        r.body.insertBefore(frag(r.doc, xml)[0], r.t4)
    r.body.removeChild(r.t4)
    return '表四 typed as tab-separated paragraphs, no table', []


def v_t3_numbering(r):
    """Item numbers written 1、 (1) ①, （七）合计, and the group cells repeated on every row
    instead of merged."""
    marks = {'withheld': lambda n: '%d、' % n, 'unable': lambda n: '（%d）' % n,
             'rejected': lambda n: '①②③④⑤'[n - 1], 'other': lambda n: '%d.' % n}
    groups = {'withheld': '（三）不予公开', 'unable': '（四）无法提供', 'rejected': '（五）不予处理', 'other': '（六）其他处理'}
    for key in T3KEYS:
        g = key.split('_')[0]
        if g not in marks:
            continue
        tcs = kids(r.t3row(key), 'w:tc')
        lab = tcs[-8]
        t = text(lab)
        m = re.match(r'(\d+)\.(.*)', t)
        set_text(lab, marks[g](int(m.group(1))) + m.group(2))
        grp = tcs[-9]
        set_merge(grp, vmerge='')
        set_text(grp, groups[g])
    lab = kids(r.t3row('total_processed'), 'w:tc')[-8]
    set_text(lab, '（七）合计')
    return '表三 items numbered 1、/（1）/①, （七）合计, the group cells repeated on each row (not merged)', []


def v_t3_two_label_cols(r):
    """表三 without the 三、本年度办理结果 column: two label columns."""
    tbl = r.t3
    for i, tr in enumerate(r.rows(tbl)):
        tcs = kids(tr, 'w:tc')
        if i < 3:
            set_merge(tcs[0], span=2)
            continue
        first = tcs[0]
        if span_of(first) == 3:
            set_merge(first, span=2)
        elif span_of(first) == 1 and T3KEYS[i - 3] not in ('new_received', 'carried_over', 'carried_forward'):
            tr.removeChild(first)
    g = kids(tbl, 'w:tblGrid')[0]
    g.removeChild(kids(g, 'w:gridCol')[0])
    return '表三 with two label columns (no 三、本年度办理结果 column)', []


def v_t3_header_words(r):
    """Header words as clerks vary them: 合计 for 总计, 自然人（件）, breaks inside labels."""
    trs = r.rows(r.t3)
    r1, r2 = kids(trs[1], 'w:tc'), kids(trs[2], 'w:tc')
    set_text(r1[1], '自然人（件）')
    set_text(r1[3], '合计')
    tc = r2[2]
    rp = run_props(tc)
    set_runs(tc, '<w:r>%s<w:t>商业</w:t><w:br/><w:t>企业</w:t></w:r>' % rp)
    set_runs(r2[6], '<w:r>%s<w:t>其</w:t></w:r><w:r>%s<w:t xml:space="preserve">　他</w:t></w:r>' % (rp, rp))
    return '表三 header: 总计 written 合计, 自然人（件）, 商业<br/>企业, 其　他', []


def v_t3_short_header(r):
    """法人或其他组织 columns named short: 企业, 科研, 公益组织, 法律服务, 其他."""
    r2 = kids(r.rows(r.t3)[2], 'w:tc')
    for tc, w in zip(r2[1:6], ['企业', '科研单位', '公益组织', '法律服务', '其他组织']):
        set_text(tc, w)
    return '表三 法人或其他组织 columns named 企业/科研单位/公益组织/法律服务/其他组织', []


def v_t3_total_first(r):
    """总计 placed right after the labels, before 自然人."""
    for i, tr in enumerate(r.rows(r.t3)):
        if i == 0:  # 申请人情况 spans all seven
            continue
        tcs = kids(tr, 'w:tc')
        last = tcs[-1]
        tr.removeChild(last)
        # before the first value column: 自然人's cell (the third cell in header row 1)
        tr.insertBefore(last, tcs[1] if i == 1 else tcs[-7])
    return '表三 with the 总计 column first, before 自然人', []


def v_nested_t4_in_t3(r):
    """表四 pasted into a cell of an extra last row of 表三 (a nested table)."""
    trs = r.rows(r.t3)
    row = trs[-1].cloneNode(True)
    tcs = kids(row, 'w:tc')
    for tc in tcs[1:]:
        row.removeChild(tc)
    set_merge(tcs[0], span=10, vmerge='')
    set_text(tcs[0], '')
    t4 = r.t4
    r.body.removeChild(t4)
    tcs[0].insertBefore(para(r.doc, '四、政府信息公开行政复议、行政诉讼情况'), kids(tcs[0], 'w:p')[0])
    tcs[0].insertBefore(t4, kids(tcs[0], 'w:p')[-1])
    r.t3.appendChild(row)
    h = r.heading('四、')
    r.body.removeChild(h)
    return '表四 and the heading of 四 pasted into an extra last row of 表三 (a nested table)', []


def v_t2_four_tables(r):
    """表二 as four small tables, each block label a paragraph caption above its table."""
    trs = r.rows(r.t2)
    starts = [i for i, tr in enumerate(trs) if span_of(kids(tr, 'w:tc')[0]) == 4]
    ref = r.t2.nextSibling
    for a, b in zip(starts, starts[1:] + [len(trs)]):
        new = r.doc.createElement('w:tbl')
        for n in kids(r.t2, 'w:tblPr') + kids(r.t2, 'w:tblGrid'):
            new.appendChild(n.cloneNode(True))
        for tr in trs[a + 1:b]:
            new.appendChild(tr)
        r.body.insertBefore(para(r.doc, text(trs[a])), ref)
        r.body.insertBefore(new, ref)
    r.body.removeChild(r.t2)
    return '表二 as four tables, the 第二十条第（x）项 block labels as paragraphs above them', []


def v_misaligned(r):
    """A grid of twice the columns where header and data cells do not share boundaries
    (what a PDF-to-Word conversion leaves): every header cell spans 2, data cells of the
    first value column span 3 and of the last 1."""
    tbl = r.t3
    g = kids(tbl, 'w:tblGrid')[0]
    for c in kids(g, 'w:gridCol'):
        g.appendChild(c.cloneNode(True))
    for i, tr in enumerate(r.rows(tbl)):
        tcs = kids(tr, 'w:tc')
        for tc in tcs:
            set_merge(tc, span=span_of(tc) * 2)
        if i >= 3:
            set_merge(tcs[-7], span=3)
            set_merge(tcs[-1], span=1)
    return '表三 on a doubled grid: data cells of 自然人 span 3 grid columns, of 总计 1, header cells 2', []


def v_header_repeat_inside(r):
    """The three header rows copied again inside the same table (a clerk's manual repeat at
    the top of page two), in the middle of （四）."""
    trs = r.rows(r.t3)
    at = r.t3row('unable_needs_creation')
    for h in trs[:3]:
        r.t3.insertBefore(h.cloneNode(True), at)
    return '表三 header rows pasted again inside the same table, in the middle of （四）', []


def v_merged_zero_row(r):
    """A row with no applications: its seven value cells merged into one cell reading 0."""
    tcs = kids(r.t3row('withheld_inquiry'), 'w:tc')
    for tc in tcs[-6:]:
        tcs[-7].parentNode.removeChild(tc)
    set_merge(tcs[-7], span=7)
    set_text(tcs[-7], '0')
    return '表三 row 8.属于行政查询事项 with its seven value cells merged into one 0', []


def v_subtotal_column(r):
    """An added 小计 column for 法人或其他组织, correct."""
    tbl = r.t3
    add_grid_col(tbl)
    e = r.expect['table3']
    for i, tr in enumerate(r.rows(tbl)):
        tcs = kids(tr, 'w:tc')
        if i == 0:
            set_merge(tcs[-1], span=8)
            continue
        if i == 1:
            set_merge(tcs[2], span=6)
            continue
        if i == 2:
            c = new_cell_like(tcs[-2], '小计')
        else:
            key = T3KEYS[i - 3]
            c = new_cell_like(tcs[-2], str(sum(e[key][k] for k in T3COLS[1:6])))
        tr.insertBefore(c, tcs[-1])
    return '表三 with an added 小计 column under 法人或其他组织 (correct)', []


VARIANTS2 = [v_formula_fields, v_t4_tabbed, v_t3_numbering, v_t3_two_label_cols, v_t3_header_words,
             v_t3_short_header, v_t3_total_first, v_nested_t4_in_t3, v_t2_four_tables, v_misaligned,
             v_header_repeat_inside, v_merged_zero_row, v_subtotal_column]

def v_t2_header_words(r):
    """表二 column labels as clerks vary them."""
    trs = r.rows(r.t2)
    h = kids(trs[1], 'w:tc')
    for tc, w in zip(h[1:], ['本年制发件数（件）', '本年废止件数(件)', '现行有效件数（件）']):
        set_text(tc, w)
    set_text(kids(trs[5], 'w:tc')[1], '本年处理决定数量（件）')
    set_text(kids(trs[12], 'w:tc')[1], '本年收费金额(万元)')
    set_text(kids(trs[2], 'w:tc')[0], '规　章')
    set_text(kids(trs[3], 'w:tc')[0], '行政规范性文件（件）')
    return '表二 labels with units and spaces: 本年制发件数（件）, 本年收费金额(万元), 规　章, 行政规范性文件（件）', []


def v_two_row_label(r):
    """（二）部分公开's label over two table rows, its figures merged down over both."""
    ref = r.t3row('partially_granted')
    tcs = kids(ref, 'w:tc')
    set_text(tcs[1], '（二）部分公开')
    row = ref.cloneNode(True)
    rt = kids(row, 'w:tc')
    set_merge(rt[0], vmerge='continue')
    set_text(rt[0], '')
    set_text(rt[1], '（区分处理的，只计这一情形，不计其他情形）')
    for tc in tcs[-7:]:
        set_merge(tc, vmerge='restart')
    for tc in rt[-7:]:
        set_merge(tc, vmerge='continue')
        set_text(tc, '')
    r.t3.insertBefore(row, ref.nextSibling)
    return '表三 （二）部分公开 label on two rows (the note on the second), figures merged down over both', []


def v_vmerged_zeros(r):
    """Two zero rows' figures merged vertically: one 0 printed over 1.属于国家秘密 and 2.其他法律行政法规禁止公开."""
    a, b = r.t3row('withheld_state_secret'), r.t3row('withheld_prohibited')
    for ta, tb in zip(kids(a, 'w:tc')[-7:], kids(b, 'w:tc')[-7:]):
        set_merge(ta, vmerge='restart')
        set_merge(tb, vmerge='continue')
        set_text(tb, '')
    return '表三 figures of two all-zero rows merged vertically (one 0 over both)', []


def v_custom_xml(r):
    """Rows and cells wrapped in w:customXml (Word 2007–2010 custom XML tagging)."""
    trs = r.rows(r.t3)
    cx = frag(r.doc, '<w:customXml w:uri="urn:report" w:element="rows"/>')[0]
    r.t3.insertBefore(cx, trs[5])
    for tr in trs[5:8]:
        r.t3.removeChild(tr)
        cx.appendChild(tr)
    tc = r.t3cell('carried_over', 'total')
    cc = frag(r.doc, '<w:customXml w:uri="urn:report" w:element="cell"/>')[0]
    tc.parentNode.insertBefore(cc, tc)
    tc.parentNode.removeChild(tc)
    cc.appendChild(tc)
    return '表三 rows and a cell wrapped in w:customXml', []


def plant(r, t3=True, t4=True):
    """Plant errors the rules must still find: 表三 予以公开 自然人 one too many (its row and
    its column no longer add up: one table3-results-sum finding names the cell), 表四 行政复议
    结果维持 one too many (its sum breaks)."""
    rules = []
    if t3:
        tc = r.t3cell('granted', 'natural_person')
        v = r.expect['table3']['granted']['natural_person'] + 1
        set_text(tc, str(v))
        r.expect['table3']['granted']['natural_person'] = v
        rules += ['table3-results-sum']
    if t4:
        tcs = kids(r.rows(r.t4)[-1], 'w:tc')
        v = r.expect['table4']['review']['upheld'] + 1
        set_text(tcs[0], str(v))
        r.expect['table4']['review']['upheld'] = v
        rules += ['table4-sum']
    return rules


def plant2(r):
    """表二 行政规范性文件 本年制发件数 20: more than 现行有效件数 12 + 本年废止件数 1."""
    tc = kids(r.rows(r.t2)[3], 'w:tc')[1]
    set_text(tc, '20')
    r.expect['table2']['normative_documents']['issued'] = 20
    return ['table2-stock']


def with_defect2(v):
    def f(r):
        rules = plant2(r)
        note, more = v(r)
        return note + '; planted: 表二 行政规范性文件 本年制发件数 20', sorted(set(rules + more))
    f.__name__ = v.__name__ + '_defect'
    return f


def with_defects(v, t3=True, t4=True):
    def f(r):
        rules = plant(r, t3, t4)  # before the variant moves cells around
        note, more = v(r)
        return note + '; planted: 表三 予以公开 自然人 +1, 表四 行政复议 结果维持 +1', sorted(set(rules + more))
    f.__name__ = v.__name__ + '_defect'
    return f


def split_with(r, tbl, at, note, header_rows=0):
    new = split_table(r, tbl, at, header_rows=header_rows)
    for t in note:
        r.body.insertBefore(para(r.doc, t), new)
    return new


def v_split3_xubiao(r):
    split_with(r, r.t3, 3 + T3KEYS.index('withheld_third_party'), ['续表'])
    return '表三 split inside （三）, 「续表」 typed above the second part (no header)', []


def v_split3_pagenum(r):
    split_with(r, r.t3, 3 + T3KEYS.index('withheld_third_party'), ['- 5 -', '表三（续）'])
    return '表三 split inside （三）, a page number 「- 5 -」 and 「表三（续）」 between the parts', []


def v_split4_xubiao(r):
    split_with(r, r.t4, 3, ['（续表）'])
    return '表四 split: the data row alone under 「（续表）」, no header', []


def v_split2_xubiao(r):
    split_with(r, r.t2, 3, ['第 3 页 共 6 页', '续上表'])
    return '表二 split inside 第二十条第（一）项 under 「第 3 页 共 6 页」 and 「续上表」', []


def nest_in_cell(tc, values):
    """Replace a cell's content with a one-row nested table of the given values (what Word
    makes when cells copied from Excel are pasted into one table cell)."""
    rp = run_props(tc)
    cells = ''.join('<w:tc><w:tcPr><w:tcW w:w="600" w:type="dxa"/></w:tcPr><w:p><w:r>%s<w:t>%s</w:t></w:r></w:p></w:tc>' % (rp, v) for v in values)
    grid = '<w:gridCol w:w="600"/>' * len(values)
    t = frag(tc.ownerDocument, '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>%s</w:tblGrid><w:tr>%s</w:tr></w:tbl>' % (grid, cells))[0]
    set_text(tc, '')
    tc.insertBefore(t, kids(tc, 'w:p')[0])  # a cell must end with a paragraph


def v_nested_cell(r):
    e = r.expect['table3']
    nest_in_cell(r.t3cell('granted', 'natural_person'), [str(e['granted']['natural_person'])])
    nest_in_cell(r.t3cell('new_received', 'total'), [str(e['new_received']['total'])])
    tcs = kids(r.rows(r.t4)[-1], 'w:tc')
    nest_in_cell(tcs[4], [str(r.expect['table4']['review']['total'])])
    tcs = kids(r.rows(r.t2)[6], 'w:tc')
    nest_in_cell(tcs[1], [str(r.expect['table2']['licensing']['decisions'])])
    return 'figures pasted from Excel into single cells: one-cell nested tables in 表二, 表三 and 表四', []


def v_no_header3(r):
    """表三 with its three header rows deleted (the clerk kept only the rows of figures)."""
    for tr in r.rows(r.t3)[:3]:
        r.t3.removeChild(tr)
    return '表三 without its header rows', []


def v_no_header2(r):
    """表二 without its 信息内容 header rows (block rows and data rows only)."""
    for tr in r.rows(r.t2):
        if text(kids(tr, 'w:tc')[0]) == '信息内容':
            r.t2.removeChild(tr)
    return '表二 without its 信息内容 header rows', []


def v_number_col(r):
    """表三 item numbers in a column of their own: （三）不予公开 | 1. | 属于国家秘密 | figures."""
    tbl = r.t3
    add_grid_col(tbl)
    for i, tr in enumerate(r.rows(tbl)):
        tcs = kids(tr, 'w:tc')
        first = tcs[0]
        if i < 3 or span_of(first) == 3:
            set_merge(first, span=span_of(first) + 1)
            continue
        key = T3KEYS[i - 3]
        if key in ('granted', 'partially_granted', 'total_processed'):
            set_merge(tcs[1], span=3)
            continue
        lab = tcs[2]
        m = re.match(r'(\d+)\.(.*)', text(lab))
        num = new_cell_like(lab, m.group(1) + '.')
        set_text(lab, m.group(2))
        tr.insertBefore(num, lab)
    return '表三 item numbers 1. 2. … in a column of their own before the item labels', []


def v_fig_words(r):
    """A county department without rule-making power writes 不涉及 in the 规章 row; units in
    brackets; 收费 as 0.00（万元）."""
    trs = r.rows(r.t2)
    for k, tc in enumerate(kids(trs[2], 'w:tc')[1:]):
        set_text(tc, ['不涉及', '暂无', '—/—'][k])
    r.expect['table2']['regulations'] = {'issued': None, 'repealed': None, 'in_force': None}
    set_text(kids(trs[13], 'w:tc')[1], '%.2f（万元）' % r.expect['table2']['fees']['amount_10k_yuan'])
    set_text(kids(trs[6], 'w:tc')[1], '%d（件）' % r.expect['table2']['licensing']['decisions'])
    set_text(r.t3cell('new_received', 'total'), '%d(件)' % r.expect['table3']['new_received']['total'])
    return '表二 规章 row written 不涉及/暂无/—/—, figures with units in brackets (156（件）, 1.50（万元）, N(件))', ['cell-blank']


def v_fig_comma_typo(r):
    """A comma that is no thousands separator: 「1,2」 for 12 in 予以公开 自然人."""
    set_text(r.t3cell('granted', 'natural_person'), '1,2')
    r.expect['table3']['granted']['natural_person'] = None
    return '表三 予以公开 自然人 written 「1,2」 (not a number one can read)', ['cell-not-number']


def v_joined_tables(r):
    """Word joins two tables once the paragraphs between them are deleted: 表二, 表三 and 表四
    in one w:tbl, the headings of 三 and 四 as merged rows inside it."""
    for tbl, h in ((r.t3, '三、'), (r.t4, '四、')):
        p = r.heading(h)
        caption_row(r, tbl, text(p))
        r.body.removeChild(p)
    for tbl in (r.t3, r.t4):
        # the paragraphs between the tables go too
        prev = tbl.previousSibling
        while prev is not None and prev.nodeName == 'w:p' and prev is not r.t2:
            pp = prev.previousSibling
            if text(prev).strip() == '':
                r.body.removeChild(prev)
            prev = pp
        for tr in r.rows(tbl):
            pr = frag(r.doc, '<w:tblPrEx><w:tblW w:w="0" w:type="auto"/></w:tblPrEx>')[0]
            tr.insertBefore(pr, tr.firstChild)
            tbl.removeChild(tr)
            r.t2.appendChild(tr)
        r.body.removeChild(tbl)
    return '表二, 表三 and 表四 joined into one w:tbl (rows with w:tblPrEx), the headings of 三 and 四 as rows inside it', []


def v_smart_tags(r):
    """Word's Chinese measure smart tags (chmetcnv) around figures with units."""
    for key, col in (('new_received', 'total'), ('granted', 'natural_person'), ('carried_forward', 'total')):
        tc = r.t3cell(key, col)
        v = r.expect['table3'][key][col]
        rp = run_props(tc)
        set_runs(tc, ('<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chmetcnv">'
                      '<w:smartTagPr><w:attr w:name="UnitName" w:val="件"/><w:attr w:name="SourceValue" w:val="%d"/>'
                      '<w:attr w:name="HasSpace" w:val="False"/><w:attr w:name="Negative" w:val="False"/>'
                      '<w:attr w:name="NumberType" w:val="1"/><w:attr w:name="TCSC" w:val="0"/></w:smartTagPr>'
                      '<w:r>%s<w:t>%d件</w:t></w:r></w:smartTag>') % (v, rp, v))
    return 'figures wrapped in Word\'s chmetcnv smart tags (「24件」 with SourceValue attributes)', []


def v_label_words(r):
    """Row labels in words clerks use: 本年度新收, 上年度结转, 结转下一年度, and items worded
    a little off the format."""
    words = {'new_received': '一、本年度新收政府信息公开申请数量', 'carried_over': '二、上年度结转政府信息公开申请数量',
             'carried_forward': '四、结转下一年度继续办理'}
    for key, w in words.items():
        set_text(kids(r.t3row(key), 'w:tc')[0], w)
    items = {'withheld_three_safeties': '3.危及"三安全一稳定"', 'unable_not_held': '1.本机关不掌握相关政府信息的',
             'rejected_excessive': '4.无正当理由大量反复申请的', 'total_processed': '（七）总  计'}
    for key, w in items.items():
        tcs = kids(r.t3row(key), 'w:tc')
        set_text(tcs[-8], w)
    return '表三 labels 本年度新收/上年度结转/结转下一年度, ASCII quotes, items ending 的, 总  计 with spaces', []


def v_t2_block_column(r):
    """表二 with the 第二十条 block labels in a merged left column instead of full-width rows."""
    tbl = r.t2
    add_grid_col(tbl, first=True)
    block = None
    for tr in list(r.rows(tbl)):
        tcs = kids(tr, 'w:tc')
        if span_of(tcs[0]) == 4:
            block = text(tcs[0])
            tbl.removeChild(tr)
            first = True
            continue
        c = new_cell_like(tcs[0], block if first else '', 'restart' if first else 'continue')
        tr.insertBefore(c, tcs[0])
        first = False
    return '表二 with the 第二十条第（x）项 labels in a vertically merged left column', []


def form_field(rp, result):
    return ('<w:r>%s<w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text1"/><w:enabled/><w:calcOnExit w:val="0"/>'
            '<w:textInput/></w:ffData></w:fldChar></w:r><w:r>%s<w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
            '<w:r>%s<w:fldChar w:fldCharType="separate"/></w:r><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>'
            '<w:r>%s<w:fldChar w:fldCharType="end"/></w:r>') % (rp, rp, rp, rp, esc(result), rp)


def v_form_fields(r):
    """A protected form of legacy text form fields (FORMTEXT): filled ones hold the figure,
    unfilled ones Word's default result of five EN SPACEs."""
    e = r.expect['table3']
    for key in ('new_received', 'carried_over', 'granted'):
        for col in T3COLS:
            tc = r.t3cell(key, col)
            set_runs(tc, form_field(run_props(tc), str(e[key][col])))
    for col in T3COLS[2:6]:
        tc = r.t3cell('withheld_state_secret', col)
        set_runs(tc, form_field(run_props(tc), '\u2002' * 5))
        e['withheld_state_secret'][col] = None
    return 'legacy FORMTEXT form fields in 表三: filled with figures, four left at five EN SPACEs', ['cell-blank']


def v_seq_number_col(r):
    v_number_col(r)
    v_seq_column(r)
    return '表三 with a 序号 column and the item numbers in a column of their own', []


DEFECTS2 = [with_defect2(v) for v in (v_seq_column2, v_remarks2, v_split2_midblock, v_split2_xubiao,
                                       v_t2_four_tables, v_t2_block_column, v_no_header2, v_t2_header_words)]

VARIANTS3 = [v_seq_number_col, v_form_fields, v_t2_block_column, v_label_words, v_joined_tables, v_smart_tags, v_fig_words, v_fig_comma_typo, v_no_header3, v_no_header2, v_number_col, v_nested_cell, v_split3_xubiao, v_split3_pagenum, v_split4_xubiao, v_split2_xubiao, v_t2_header_words, v_two_row_label, v_vmerged_zeros, v_custom_xml] + [
    with_defects(v) for v in (v_split3_header, v_split3_bare, v_seq_column, v_remarks4, v_label4,
                              v_hmerge, v_misaligned, v_t4_vertical, v_textbox, v_frame,
                              v_t3_total_first, v_empty_trailing, v_grid_before)] + [
    with_defects(v_t4_tabbed, t3=False), with_defects(v_tracked, t4=False)]

VARIANTS = [v_split3_bare, v_split3_retyped, v_split3_header, v_split3_results, v_split2_bare,
            v_split2_midblock, v_split2_header, v_split4, v_seq_column, v_seq_column2, v_remarks3,
            v_remarks2, v_remarks4, v_label4, v_empty_trailing, v_sum_row2, v_subtotal3,
            v_subtotal3_wrong, v_fig_units, v_fig_blanks, v_cell_paras, v_split_runs, v_tracked,
            v_caption_in_table, v_heading_in_table, v_caption_after, v_caption_before, v_frame,
            v_textbox, v_sdt, v_alternate_in_cell, v_grid_after, v_grid_before, v_hmerge, v_no_grid,
            v_header2rows, v_header_flat, v_vmerge_corner, v_t4_vmerge_top, v_t4_two_tables,
            v_t4_vertical] + VARIANTS2 + VARIANTS3 + DEFECTS2


# Variants also saved again by LibreOffice (into libreoffice/), whose writer rebuilds merges,
# content controls and text boxes its own way. (tracked is left out: LibreOffice drops the
# tracked deletion of a table row, so its copy shows the deleted row.)
LIBREOFFICE = ['split3-header', 'split2-midblock', 'seq-column', 'seq-column2', 'remarks4',
               'hmerge', 'textbox', 't4-vertical', 't4-vmerge-top', 'header-flat', 'grid-after',
               'grid-before', 'sdt', 'frame', 'misaligned', 't3-two-label-cols', 'subtotal-column', 'nested-cell', 'joined-tables', 't2-block-column']


# Variants saved by LibreOffice as a Word 97 .doc and that .doc saved again as .docx (into
# doc/): the road of a report kept as .doc for years. The .doc format stores each row's
# cell boundaries on its own, so grids come back jagged. (frame is left out: LibreOffice's
# .doc export drops the tables nested in the frame; tracked: it drops the row deletion;
# sdt: it has no content controls, its copy is kept to show the prompt read as blank.)
DOC = ['split3-header', 'header-repeat-inside', 'sdt', 'grid-after', 't4-vmerge-top', 'nested-cell',
       'joined-tables', 'misaligned', 'hmerge', 'seq-column', 't2-block-column']


def libreoffice(names, doc_names=()):
    import shutil, subprocess, tempfile
    soffice = shutil.which('soffice')
    if not soffice:
        print('soffice not found: libreoffice/ and doc/ not refreshed', file=sys.stderr)
        return
    out = os.path.join(OUT, 'libreoffice')
    os.makedirs(out, exist_ok=True)
    with tempfile.TemporaryDirectory() as prof:
        lo = [soffice, '-env:UserInstallation=file://' + prof, '--headless', '--convert-to']
        subprocess.run(lo + ['docx:MS Word 2007 XML', '--outdir', out] +
                       [os.path.join(OUT, n + '.docx') for n in names], check=True, capture_output=True)
        if doc_names:
            out = os.path.join(OUT, 'doc')
            os.makedirs(out, exist_ok=True)
            with tempfile.TemporaryDirectory() as tmp:
                subprocess.run(lo + ['doc', '--outdir', tmp] + [os.path.join(OUT, n + '.docx') for n in doc_names],
                               check=True, capture_output=True)
                subprocess.run(lo + ['docx:MS Word 2007 XML', '--outdir', out] +
                               [os.path.join(tmp, n + '.doc') for n in doc_names], check=True, capture_output=True)


def main():
    only = set(sys.argv[1:])
    manifest = []
    base = None
    columns = {'table2': {key: cols for _, key, cols in T2ROWS},
               'table3': {key: T3COLS for key in T3KEYS},
               'table4': {key: T4COLS for key in T4BLOCKS}}
    for v in VARIANTS:
        name = v.__name__[2:].replace('_', '-')
        r = Report()
        note, rules = v(r)
        if only and name not in only:
            continue
        r.write(name)
        # Rows as lists in the order of 'columns' (the manifest stays small).
        tables = {t: {row: [cols[c] for c in columns[t][row]] for row, cols in r.expect[t].items()}
                  for t in r.expect}
        if base is None:
            base = Report().expect
            base = {t: {row: [cols[c] for c in columns[t][row]] for row, cols in base[t].items()} for t in base}
        # Only the rows whose figures differ from the clean report's (base).
        diff = {t: {row: v for row, v in rows.items() if v != base[t][row]} for t, rows in tables.items()}
        manifest.append({'file': name + '.docx', 'note': note, 'expect': sorted(rules),
                         'tables': {t: rows for t, rows in diff.items() if rows}})
    if not only:
        with open(os.path.join(OUT, 'manifest.json'), 'w', encoding='utf-8') as f:
            f.write('{"columns":%s,\n"base":%s,\n"variants":[\n' % (json.dumps(columns, separators=(',', ':')),
                                                                  json.dumps(base, separators=(',', ':'))))
            f.write(',\n'.join(json.dumps(e, ensure_ascii=False, separators=(',', ':')) for e in manifest) + '\n]}\n')
        libreoffice(LIBREOFFICE, DOC)


if __name__ == '__main__':
    main()
