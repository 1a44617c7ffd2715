#!/usr/bin/env python3
"""Builds the list-numbering fixtures of parser/docx (numbering_test.go) from the clean
corpus report: typed numbers (一、 （一） 1.) are taken out of the text and drawn by Word's
automatic numbering instead (word/numbering.xml, and paragraph styles in word/styles.xml).

    python3 testdata/docx/numbering/make_fixtures.py

    python3 testdata/docx/numbering/make_fixtures.py --lo   # also the LibreOffice copies

LibreOffice copies (lo-*.docx, soffice --convert-to docx) are there so that LibreOffice's
own numbering.xml is read too.
"""
import os, re, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, '..', '..', 'corpus', 'clean-department-2023.docx')

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"'

def lvl(ilvl, fmt, text, start=1, suff=None, extra='', pstyle=None):
    s = f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
    if pstyle:
        s += f'<w:pStyle w:val="{pstyle}"/>'
    if suff:
        s += f'<w:suff w:val="{suff}"/>'
    s += f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>{extra}<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
    return s

def abstract(aid, *lvls, link=''):
    return f'<w:abstractNum w:abstractNumId="{aid}"><w:multiLevelType w:val="multilevel"/>{link}' + ''.join(lvls) + '</w:abstractNum>'

def num(nid, aid, overrides=''):
    return f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{overrides}</w:num>'

def numbering(abstracts, nums):
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}>' + ''.join(abstracts) + ''.join(nums) + '</w:numbering>'

def paras(doc):
    return [m for m in re.finditer(r'<w:p[ >](?:(?!<w:p[ >]).)*?</w:p>', doc, flags=re.S)]

def text_of(p):
    return ''.join(re.findall(r'<w:t[^>]*>([^<]*)</w:t>', p))

NUMBER = re.compile(r'^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)')

def number_para(p, nid=None, ilvl=None, style=None, keep_number=False, new_text=None):
    """Puts numPr (and/or a style) on a paragraph and strips its typed number."""
    numpr = ''
    if nid is not None:
        numpr = '<w:numPr>' + (f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else '') + f'<w:numId w:val="{nid}"/></w:numPr>'
    if '<w:pPr>' not in p:
        p = re.sub(r'(<w:p[ >][^>]*?>|<w:p>)', r'\1<w:pPr></w:pPr>', p, count=1)
    if style:
        if '<w:pStyle ' in p:
            p = re.sub(r'<w:pStyle w:val="[^"]*"/>', f'<w:pStyle w:val="{style}"/>', p, count=1)
        else:
            p = p.replace('<w:pPr>', f'<w:pPr><w:pStyle w:val="{style}"/>', 1)
    if numpr:
        if '<w:widowControl/>' in p:
            p = p.replace('<w:widowControl/>', '<w:widowControl/>' + numpr, 1)
        elif '<w:pStyle ' in p:
            p = re.sub(r'(<w:pStyle w:val="[^"]*"/>)', r'\1' + numpr, p, count=1)
        else:
            p = p.replace('<w:pPr>', '<w:pPr>' + numpr, 1)
    if not keep_number:
        first = re.search(r'(<w:t[^>]*>)([^<]*)(</w:t>)', p)
        t = first.group(2)
        t2 = new_text if new_text is not None else NUMBER.sub('', t, count=1)
        p = p[:first.start(2)] + t2 + p[first.end(2):]
    return p

def edit(doc, fn):
    """fn(index, text, para) returns the new paragraph XML (or a list of them)."""
    out, last = [], 0
    for i, m in enumerate(paras(doc)):
        out.append(doc[last:m.start()])
        r = fn(i, text_of(m.group(0)), m.group(0))
        out.append(''.join(r) if isinstance(r, list) else r)
        last = m.end()
    out.append(doc[last:])
    return ''.join(out)

HEADINGS = ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况',
            '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项']

def heading_no(t):
    m = re.match(r'^([一二三四五六])、(.*)$', t)
    if m and m.group(2) in HEADINGS:
        return '一二三四五六'.index(m.group(1)) + 1
    return 0

BODY = '<w:p><w:pPr>{numpr}<w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>'

def body(text, nid=None, ilvl=0):
    numpr = f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{nid}"/></w:numPr>' if nid else ''
    return BODY.format(numpr=numpr, text=text)

def table3_row(t):
    """Level of a 表三 row label cell: 一、 rows 0, （一） rows 1, 1. rows 2."""
    if re.match(r'^[一二三四]、(本年新收|上年结转|本年度办理结果|结转下年度)', t):
        return 0
    if re.match(r'^（[一二三四五六七]）', t):
        return 1
    if re.match(r'^\d\.', t):
        return 2
    return None

NUMBERING_REL = '<Relationship Id="rIdNum1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
NUMBERING_CT = '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'

def write(name, doc_fn, numbering_xml, style_xml='', src=SRC):
    with zipfile.ZipFile(src) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    doc = parts['word/document.xml'].decode('utf8')
    in_table = set()
    # index → inside a table (a cell paragraph)
    pos = [(m.start(), m.end()) for m in re.finditer(r'<w:tbl>.*?</w:tbl>', doc, flags=re.S)]
    for i, m in enumerate(paras(doc)):
        if any(a <= m.start() < b for a, b in pos):
            in_table.add(i)
    doc = edit(doc, lambda i, t, p: doc_fn(i, t, p, i in in_table))
    parts['word/document.xml'] = doc.encode('utf8')
    parts['word/numbering.xml'] = numbering_xml.encode('utf8')
    rels = parts['word/_rels/document.xml.rels'].decode('utf8')
    parts['word/_rels/document.xml.rels'] = rels.replace('</Relationships>', NUMBERING_REL + '</Relationships>').encode('utf8')
    ct = parts['[Content_Types].xml'].decode('utf8')
    parts['[Content_Types].xml'] = ct.replace('</Types>', NUMBERING_CT + '</Types>').encode('utf8')
    if style_xml:
        st = parts['word/styles.xml'].decode('utf8')
        parts['word/styles.xml'] = st.replace('</w:styles>', style_xml + '</w:styles>').encode('utf8')
    with zipfile.ZipFile(os.path.join(HERE, name), 'w', zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            if not n.endswith('/'):
                # A fixed time, so that a fixture changes in git only when its content does.
                z.writestr(zipfile.ZipInfo(n, date_time=(2024, 1, 20, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)

# auto-all: every heading, sub-heading, 表三 row label and list item numbered by Word.
# Headings: chineseCounting "%1、" (suffix tab, Word's default), sub-headings "（%2）"
# (suffix nothing); 表三: a three-level list 一、 / （一） / 1. (the 1. level restarts under
# each （三）…（六） by itself); 五's items a decimal list "%1." followed by a tab.
def auto_all(i, t, p, cell):
    n = heading_no(t)
    if n and not cell:
        p = number_para(p, 1, 0)
        if n == 1:
            return [p, body('主动公开工作', 1, 1), body('依申请公开工作', 1, 1)]
        if n == 5:
            return [p, body('政策解读形式还不够丰富。', 3, 0), body('公开内容的及时性有待提高。', 3, 0)]
        return p
    if i == 357:  # 五's old text: now in the two items above
        return body('下一步，我局将加强培训，完善发布审核机制，提升公开质量。')
    if cell and table3_row(t) is not None:
        return number_para(p, 2, table3_row(t))
    return p

write('auto-all.docx', auto_all, numbering(
    [abstract(0, lvl(0, 'chineseCounting', '%1、'), lvl(1, 'chineseCounting', '（%2）', suff='nothing')),
     abstract(1, lvl(0, 'chineseCounting', '%1、', suff='nothing'), lvl(1, 'chineseCounting', '（%2）', suff='nothing'), lvl(2, 'decimal', '%3.')),
     abstract(2, lvl(0, 'decimal', '%1.'))],
    [num(1, 0), num(2, 1), num(3, 2)]))

# mixed-restart: 一、 and 二、 typed; 三 to 六 drawn by a list whose w:num starts it at 3
# (w:startOverride). Numbered body items: 一、二、 under 一 (chineseCountingThousand), and
# again 一、二、 under 五 from a second w:num of the same abstract list that restarts it;
# 表三's （一）…（七） with a decimalEnclosedCircle level below them.
def mixed(i, t, p, cell):
    n = heading_no(t)
    if n >= 3 and not cell:
        p = number_para(p, 4, 0)
    if n == 1:
        return [p, body('加强组织领导。', 5, 0), body('完善制度建设。', 5, 0)]
    if n == 5:
        return [p, body('政策解读形式还不够丰富。', 6, 0), body('公开内容的及时性有待提高。', 6, 0)]
    if i == 357:
        return body('下一步，我局将加强培训，完善发布审核机制，提升公开质量。')
    if cell and table3_row(t) == 1:
        return number_para(p, 7, 0)
    return p

OVERRIDE_START = lambda k, v: f'<w:lvlOverride w:ilvl="{k}"><w:startOverride w:val="{v}"/></w:lvlOverride>'
write('mixed-restart.docx', mixed, numbering(
    [abstract(10, lvl(0, 'chineseCounting', '%1、', suff='nothing')),
     abstract(11, lvl(0, 'chineseCountingThousand', '%1、', suff='space')),
     abstract(12, lvl(0, 'chineseCounting', '（%1）', suff='nothing'), lvl(1, 'decimalEnclosedCircle', '%2'))],
    [num(4, 10, OVERRIDE_START(0, 3)), num(5, 11), num(6, 11, OVERRIDE_START(0, 1)), num(7, 12)]))

# style-numbering: headings take their number from a paragraph style (GovHeading, based on
# the template's style 2) whose list is a list style (numStyleLink → GovList → styleLink),
# as Word writes 「定义新的多级列表」 linked to a heading style. The title has that style
# too but w:numId 0 on the paragraph (numbering removed). 五 is worded 改进举措 (a
# variant FORMAT.md accepts).
STYLES = ('<w:style w:type="paragraph" w:customStyle="1" w:styleId="GovHeading"><w:name w:val="Gov Heading"/>'
          '<w:basedOn w:val="2"/><w:pPr><w:numPr><w:numId w:val="8"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
          '<w:style w:type="numbering" w:customStyle="1" w:styleId="GovList"><w:name w:val="Gov List"/>'
          '<w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:style>')

def styled(i, t, p, cell):
    if i == 1:
        return number_para(p, 0, None, style='GovHeading', keep_number=True)
    n = heading_no(t)
    if n and not cell:
        if n == 5:
            return number_para(p, style='GovHeading', new_text='存在的主要问题及改进举措')
        return number_para(p, style='GovHeading')
    return p

write('style-numbering.docx', styled, numbering(
    [abstract(20, link='<w:numStyleLink w:val="GovList"/>'),
     abstract(21, lvl(0, 'chineseCounting', '%1、', suff='nothing', pstyle='GovHeading'), lvl(1, 'chineseCounting', '（%2）'), link='<w:styleLink w:val="GovList"/>')],
    [num(8, 20), num(9, 21)]), STYLES)

# wps-blank: the official blank (saved by WPS) numbered the way WPS writes lists: one
# single-level abstract list per list (w:nsid, w:tmpl), 五 and 六 from a second list set to
# start at 5 (「设置编号值」 makes a new list), 表三's 一、… and （一）… rows two more lists.
# 四 is worded as the accepted variant 因政府信息公开工作被申请行政复议、提起行政诉讼情况.
BLANK = os.path.join(HERE, '..', 'official-blank-2021.docx')

def wps_abstract(aid, nsid, fmt, text, start=1):
    return (f'<w:abstractNum w:abstractNumId="{aid}"><w:nsid w:val="{nsid}"/><w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="{nsid}"/>'
            f'<w:lvl w:ilvl="0" w:tentative="0"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:suff w:val="nothing"/><w:lvlText w:val="{text}"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl></w:abstractNum>')

def wps(i, t, p, cell):
    n = heading_no(t)
    if n and not cell:
        if n == 4:
            return number_para(p, 1, 0, new_text='因政府信息公开工作被申请行政复议、提起行政诉讼情况')
        return number_para(p, 1 if n <= 4 else 2, 0)
    if cell and table3_row(t) == 0:
        return number_para(p, 4, 0)
    if cell and table3_row(t) == 1:
        return number_para(p, 3, 0)
    return p

write('wps-blank.docx', wps, numbering(
    [wps_abstract(0, '2F0A1B3C', 'chineseCounting', '%1、'), wps_abstract(1, '5D3E2A11', 'chineseCounting', '%1、', start=5),
     wps_abstract(2, '0C4B7E29', 'chineseCounting', '（%1）'), wps_abstract(3, '61A2F0D4', 'chineseCounting', '%1、')],
    [num(1, 0), num(2, 1), num(3, 2), num(4, 3)]), src=BLANK)

# nonstandard-heading: the corpus report whose 五 reads 改正情况 (a wording that changes the
# meaning), every heading numbered by one list. It must draw the same warning as the typed
# original, not lose 五.
def nonstandard(i, t, p, cell):
    if not cell and (heading_no(t) or t == '五、存在的主要问题及改正情况'):
        return number_para(p, 1, 0)
    return p

write('nonstandard-heading.docx', nonstandard, numbering(
    [abstract(0, lvl(0, 'chineseCounting', '%1、', suff='nothing'))], [num(1, 0)]),
    src=os.path.join(HERE, '..', '..', 'corpus', 'defect-section-heading.docx'))

# LibreOffice copies (with --lo): LibreOffice rewrites numbering.xml its own way (one
# abstract list per w:num, restarts as extra w:num with w:startOverride, its own styles).
import shutil, subprocess, tempfile
soffice = shutil.which('soffice')
if soffice and '--lo' in sys.argv[1:]:
    for name in ('auto-all.docx', 'mixed-restart.docx', 'style-numbering.docx', 'wps-blank.docx'):
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([soffice, '-env:UserInstallation=file:///tmp/lo-numbering', '--headless',
                            '--convert-to', 'docx:MS Word 2007 XML', '--outdir', tmp, os.path.join(HERE, name)],
                           check=True, capture_output=True)
            shutil.copy(os.path.join(tmp, name), os.path.join(HERE, 'lo-' + name))
