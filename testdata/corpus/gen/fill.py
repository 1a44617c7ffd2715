#!/usr/bin/env python3
"""Fill the official blank template (saved by WPS) with a consistent report, and variants with
one planted defect each. Output: testdata/corpus/*.docx and a manifest (expected rule IDs).

The XML is edited in place so that everything else WPS wrote (merged cells, styles, U+3000
padding) stays as the official template has it. Run from the repository root:
    python3 testdata/corpus/gen/fill.py
"""
import copy, json, os, re, sys, zipfile

BLANK = 'testdata/samples/official-blank-2021.docx'
OUT = 'testdata/corpus'

COLS = ['natural_person', 'commercial', 'research', 'social_welfare', 'legal_services', 'other', 'total']

def row(*v):
    v = list(v) + [0] * (6 - len(v))
    return v + [sum(v)]

BASE_T3 = {
    '一、本年新收': row(20, 3, 0, 0, 1, 0),
    '二、上年结转': row(2),
    '（一）予以公开': row(12, 2, 0, 0, 1),
    '（二）部分公开': row(2),
    '1.属于国家秘密': row(),
    '2.其他法律行政法规禁止公开': row(),
    '3.危及': row(),
    '4.保护第三方合法权益': row(1),
    '5.属于三类内部事务信息': row(),
    '6.属于四类过程性信息': row(),
    '7.属于行政执法案卷': row(),
    '8.属于行政查询事项': row(),
    '1.本机关不掌握相关政府信息': row(3, 1),
    '2.没有现成信息需要另行制作': row(),
    '3.补正后申请内容仍不明确': row(),
    '1.信访举报投诉类申请': row(),
    '2.重复申请': row(1),
    '3.要求提供公开出版物': row(),
    '4.无正当理由大量反复申请': row(),
    '5.要求行政机关确认或重新出具已获取信息': row(),
    '1.申请人无正当理由逾期不补正': row(1),
    '2.申请人逾期未按收费通知要求缴纳费用': row(),
    '3.其他': row(),
    '（七）总计': row(20, 3, 0, 0, 1, 0),
    '四、结转下年度继续办理': row(2),
}
BASE_T2 = {'规章': [0, 0, 0], '行政规范性文件': [3, 1, 12], '行政许可': [156], '行政处罚': [23],
           '行政强制': [2], '行政事业性收费': [0]}
BASE_T4 = [1, 0, 0, 1, 2, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0]

ISSUER = '临江县发展和改革局'
BASE_TEXT = {
    'title': ISSUER + '2023年政府信息公开工作年度报告',
    'preamble': ['本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国务院办公厅政府信息与政务公开办公室有关要求编制。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。'],
    'h1': '一、总体情况',
    'b1': ['2023年，我局坚持以公开为常态、不公开为例外，全面推进政府信息公开工作。全年主动公开政府信息186条，其中，政策文件42条，工作动态144条。',
           '全年共收到政府信息公开申请24件，上年结转2件，办结24件，结转下年度继续办理2件。'],
    'h2': '二、主动公开政府信息情况',
    'h3': '三、收到和处理政府信息公开申请情况',
    'h4': '四、政府信息公开行政复议、行政诉讼情况',
    'h5': '五、存在的主要问题及改进情况',
    'b5': ['一是政策解读形式还不够丰富；二是公开内容的及时性有待提高。下一步，我局将加强培训，完善发布审核机制，提升公开质量。'],
    'h6': '六、其他需要报告的事项',
    'b6': ['本年度未收取信息处理费。我局无其他需要报告的事项。'],
    'sign_issuer': ISSUER,
    'sign_date': '2024年1月20日',
}

def xml_escape(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def cell_text(tc):
    return ''.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', tc))

def set_cell(tc, value):
    """Put value into a cell: replace the text of its first run, or add a run."""
    v = xml_escape(str(value))
    if re.search(r'<w:t(?: [^>]*)?>[^<]*</w:t>', tc):
        first = [True]
        def rep(m):
            if first[0]:
                first[0] = False
                return '<w:t xml:space="preserve">%s</w:t>' % v
            return '<w:t></w:t>'
        return re.sub(r'<w:t(?: [^>]*)?>[^<]*</w:t>', rep, tc)
    # no run: add one before </w:p>
    return re.sub(r'</w:p>', '<w:r><w:t>%s</w:t></w:r></w:p>' % v, tc, count=1)

def fill_rows(tbl, lookup):
    def fill_tr(m):
        tr = m.group(0)
        tcs = re.findall(r'<w:tc>.*?</w:tc>', tr, flags=re.S)
        labels = ''.join(cell_text(tc) for tc in tcs)
        vals = lookup(labels, tcs)
        if vals is None:
            return tr
        empties = [i for i, tc in enumerate(tcs) if cell_text(tc).strip('\u3000 ') == '' and 'w:vMerge/>' not in tc and 'w:val="continue"' not in tc]
        empties = empties[-len(vals):] if len(vals) <= len(empties) else empties
        out = tr
        for i, v in zip(empties, vals[-len(empties):]):
            out = out.replace(tcs[i], set_cell(tcs[i], v), 1)
        return out
    return re.sub(r'<w:tr[ >].*?</w:tr>', fill_tr, tbl, flags=re.S)

def para(text):
    return '<w:p><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr><w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t>%s</w:t></w:r></w:p>' % xml_escape(text)

def build(t2, t3, t4, text, drop_section=None):
    with zipfile.ZipFile(BLANK) as z:
        parts = {n: z.read(n) for n in z.namelist()}
        infos = z.infolist()
    s = parts['word/document.xml'].decode('utf8')
    tbls = re.findall(r'<w:tbl>.*?</w:tbl>', s, flags=re.S)
    def l2(labels, tcs):
        for k, v in t2.items():
            if cell_text(tcs[0]).strip() == k:
                return v
        return None
    def l3(labels, tcs):
        for k, v in t3.items():
            if k in labels and '申请人情况' not in labels:
                return v
        return None
    def l4(labels, tcs):
        return t4 if len(tcs) == 15 and labels.strip('\u3000 ') == '' else None
    new = [fill_rows(tbls[0], l2), fill_rows(tbls[1], l3), fill_rows(tbls[2], l4)]
    for old, nw in zip(tbls, new):
        s = s.replace(old, nw, 1)
    # Title, headings, bodies.
    s = s.replace('政府信息公开工作年度报告格式模板', xml_escape(text['title']), 1)
    def replace_para_containing(s, needle, new_paras):
        m = re.search(r'<w:p[ >](?:(?!</w:p>).)*?%s.*?</w:p>' % re.escape(needle), s, flags=re.S)
        if not m:
            raise SystemExit('not found: ' + needle)
        return s[:m.start()] + ''.join(new_paras) + s[m.end():]
    def set_heading(s, std, new):
        m = re.search(r'(<w:p[ >](?:(?!</w:p>).)*?)(<w:t(?: [^>]*)?>)%s(</w:t>)' % re.escape(std), s, flags=re.S)
        return s[:m.start()] + m.group(1) + m.group(2) + xml_escape(new) + m.group(3) + s[m.end():]
    std = {'h1': '一、总体情况', 'h2': '二、主动公开政府信息情况', 'h3': '三、收到和处理政府信息公开申请情况',
           'h4': '四、政府信息公开行政复议、行政诉讼情况', 'h5': '五、存在的主要问题及改进情况', 'h6': '六、其他需要报告的事项'}
    s = replace_para_containing(s, '（文字描述）</w:t>', [para(p) for p in text['b1']])
    s = replace_para_containing(s, '（文字描述）</w:t>', [para(p) for p in text['b5']])
    s = replace_para_containing(s, '（文字描述，收取信息处理费情况在此处报告。）', [para(p) for p in text['b6']] +
                                [para(''), para(text['sign_issuer']), para(text['sign_date'])])
    for k, v in std.items():
        if text[k] != v:
            s = set_heading(s, v, text[k])
    # Preamble right after the title paragraph.
    m = re.search(r'<w:p[ >](?:(?!</w:p>).)*?%s.*?</w:p>' % re.escape(xml_escape(text['title'])), s, flags=re.S)
    s = s[:m.end()] + ''.join(para(p) for p in text['preamble']) + s[m.end():]
    if drop_section:
        # Remove the heading and the body paragraphs up to the signature.
        m = re.search(r'<w:p[ >](?:(?!</w:p>).)*?%s.*?</w:p>' % re.escape(drop_section), s, flags=re.S)
        body = ''.join(para(p) for p in text['b6'])
        s = s[:m.start()] + s[m.end():]
        s = s.replace(body, '', 1)
    parts['word/document.xml'] = s.encode('utf8')
    return parts, infos

def write(name, parts, infos):
    path = os.path.join(OUT, name)
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in infos:
            z.writestr(info.filename, parts[info.filename])
    return path

def main():
    manifest = []
    def emit(name, expect, t2=BASE_T2, t3=BASE_T3, t4=BASE_T4, text=BASE_TEXT, drop=None, note='', also=()):
        # expect: rules that must fire; also: rules that may fire as a consequence.
        parts, infos = build(t2, t3, t4, text, drop)
        write(name, parts, infos)
        manifest.append({'file': name, 'expect': expect, 'also': list(also), 'note': note})
    T = lambda **kw: {**BASE_TEXT, **kw}
    emit('clean-department-2023.docx', [], note='a correct department report: no error, no warning')
    t3 = copy.deepcopy(BASE_T3); t3['四、结转下年度继续办理'] = [3, 0, 0, 0, 0, 0, 3]
    emit('defect-table3-balance.docx', ['table3-balance'], t3=t3, note='四 自然人 3 instead of 2, total 3')
    t3 = copy.deepcopy(BASE_T3); t3['（一）予以公开'] = [12, 2, 0, 0, 1, 0, 16]
    emit('defect-table3-row-sum.docx', ['table3-row-sum'], t3=t3, note='予以公开 总计 16, parts add to 15')
    t3 = copy.deepcopy(BASE_T3); t3['（二）部分公开'] = [3, 0, 0, 0, 0, 0, 3]; t3['（一）予以公开'] = [11, 2, 0, 0, 1, 0, 14]
    t3['2.重复申请'] = [2, 0, 0, 0, 0, 0, 2]
    emit('defect-table3-results-sum.docx', ['table3-results-sum'], t3=t3, note='results add to 21 自然人, （七） says 20')
    t4 = list(BASE_T4); t4[4] = 0
    emit('defect-table4-sum.docx', ['table4-sum'], t4=t4, note='行政复议 总计 0, parts add to 2')
    emit('defect-date-before-period-end.docx', ['date-before-period-end'], text=T(sign_date='2023年1月4日'))
    emit('defect-date-late.docx', ['date-late'], text=T(sign_date='2024年2月20日'), note='a department: deadline 2024-01-31')
    emit('defect-date-invalid.docx', ['date-invalid'], text=T(sign_date='2024年2月30日'))
    emit('defect-date-future.docx', ['date-future', 'date-late'], text=T(sign_date='2027年1月20日'), note='with --today 2026-11-27; also late')
    emit('defect-section-heading.docx', ['section-heading'], text=T(h5='五、存在的主要问题及改正情况'))
    emit('defect-section-missing.docx', ['section-missing'], text=T(), drop='六、其他需要报告的事项', also=['fee-statement-missing'])
    emit('defect-year-mismatch.docx', ['year-mismatch'], text=T(preamble=[BASE_TEXT['preamble'][0].replace('自2023年1月1日起至2023年12月31日止', '自2022年1月1日起至2022年12月31日止')]))
    emit('defect-text-table-mismatch.docx', ['text-table-mismatch'], text=T(b1=[BASE_TEXT['b1'][0], BASE_TEXT['b1'][1].replace('收到政府信息公开申请24件', '收到政府信息公开申请25件')]))
    emit('defect-text-sum.docx', ['text-sum'], text=T(b1=[BASE_TEXT['b1'][0].replace('工作动态144条', '工作动态140条'), BASE_TEXT['b1'][1]]))
    emit('defect-section-empty.docx', ['section-empty'], text=T(b5=['无。']))
    emit('defect-fee-statement-missing.docx', ['fee-statement-missing'], text=T(b6=['我局无其他需要报告的事项。']))
    emit('defect-personal-data.docx', ['personal-data'], text=T(b5=[BASE_TEXT['b5'][0] + '如有疑问请联系申请人张某，电话13812345678。']))
    t2 = dict(BASE_T2); t2['行政规范性文件'] = [15, 1, 12]
    emit('defect-table2-stock.docx', ['table2-stock'], t2=t2, note='制发 15 > 现行有效 12 + 废止 1')
    t3 = copy.deepcopy(BASE_T3); t3['2.重复申请'] = ['1.5', 0, 0, 0, 0, 0, 1]
    emit('defect-cell-fraction.docx', ['cell-fraction'], t3=t3)
    t3 = copy.deepcopy(BASE_T3); t3['2.重复申请'] = ['一件', 0, 0, 0, 0, 0, 1]
    emit('defect-cell-not-number.docx', ['cell-not-number'], t3=t3)
    t3 = copy.deepcopy(BASE_T3); t3['2.重复申请'] = [-1, 0, 0, 0, 0, 0, 1]
    emit('defect-cell-negative.docx', ['cell-negative'], t3=t3)
    t2 = dict(BASE_T2); t2['行政强制'] = ['/']
    emit('defect-cell-blank.docx', ['cell-blank'], t2=t2)
    with open(os.path.join(OUT, 'manifest.json'), 'w', encoding='utf8') as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
    print(len(manifest), 'files')

if __name__ == '__main__':
    main()
