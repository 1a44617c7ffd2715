#!/usr/bin/env python3
"""Writes the crawled-web-text fixtures of this folder: one synthetic report per SHAPE in
which real government pages arrive when their HTML tables are flattened by a crawler or a
browser copy. Issuers, numbers and wording of the prose are invented here; only the
shapes follow what real pages look like. Run from anywhere:

    python3 testdata/text/crawled-shapes/gen.py

Shapes (see the README of each function):
  a-cell-per-line-pipe.txt     one cell per line ending in " |"; covered cells as "|", "||", "|||"
  b-pipe-rows-nosep.txt        "| a | b | c |" rows, no |---| separator, trailing "|||" groups
  c-pipe-rows-noleading.txt    "a | b | c |" rows; header cells split over two lines; "| |" empties
  d-2019-cell-per-line.txt     the 2019 layout (a 2020 report) in shape a
  e-blank-line-cells.txt       one cell per paragraph, paragraphs separated by empty lines
  f-pipe-trailing-empty.txt    "label | |||" rows (covered cells glued), spaced labels (规 章)
  g-pdf-spaces.txt             PDF text: numbers separated by single spaces, 表四 header one char per line
  h-page-chrome-spaced.txt     shape e under a page's chrome (breadcrumb, 发布日期/来源/字体 line, title
                               split over two lines), no signature at the end
  i-2019-halfwidth-pipes.txt   the 2019 layout in shape f with half-width brackets and the header
                               labels cut by the crawler (「本年新」)
  j-pdf-wrapped-labels.txt     shape g where long row labels wrap: the label's head on a line of
                               its own, its tail and the numbers on the next
  k-spaced-with-menus.txt      shape e inside a page whose menus and footer are single-spaced lists
  l-cell-per-line-wrapped.txt  shape a where header cells hold a line break (「商业」 / 「企业 |」)
  m-cell-per-line-blanks.txt   shape a where the zeros of 表三 are empty cells, each a pipe alone
                               (「|」), and 规章's cells hold 「/」
  o-run-together-spaces.txt    the whole body one paragraph, the tables' cells joined by single spaces
                               (a crawler's text() of the page)
  p-run-together-pdf.txt       shape g's PDF text joined into one paragraph (表四's header a character
                               per column)
  q-2019-layout-2022.txt       planted: a 2022 report in the 2019 layout (shape d), signed before the
                               year ended, its （七）总计 自然人 printed 29 instead of 28
  r-meta-table-pipes.txt       shape f under the page's metadata table flattened with pipes (索 引 号 |
                               … | 发布日期 | …), no 落款 at the end
  n-pdf-words-header.txt       PDF text of a department: the title over two lines with a space in
                               「2023 年」, page numbers on lines of their own, 表四's header in words
                               over two lines (「结果 结果 其他 尚未 总」 / 「维持 纠正 结果 审结 计 …」)
Planted defects (the expected-values test knows them): b (表三 （一）予以公开 总计), e (表四
行政复议 总计), g (表三 四、结转 of one column).
The arithmetic of the clean data: see DATA21 / DATA19 below.
"""
import os

here = os.path.dirname(os.path.abspath(__file__))

COLS3 = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']

# 2021 layout data. Columns: 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计.
T3 = [
    ('一、本年新收政府信息公开申请数量', [30, 4, 0, 1, 2, 0, 37]),
    ('二、上年结转政府信息公开申请数量', [2, 1, 0, 0, 0, 0, 3]),
    ('（一）予以公开', [10, 2, 0, 0, 1, 0, 13]),
    ('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [3, 0, 0, 0, 0, 0, 3]),
    ('1.属于国家秘密', [0] * 7),
    ('2.其他法律行政法规禁止公开', [0] * 7),
    ('3.危及“三安全一稳定”', [0] * 7),
    ('4.保护第三方合法权益', [1, 0, 0, 0, 0, 0, 1]),
    ('5.属于三类内部事务信息', [0] * 7),
    ('6.属于四类过程性信息', [2, 0, 0, 0, 0, 0, 2]),
    ('7.属于行政执法案卷', [0] * 7),
    ('8.属于行政查询事项', [0] * 7),
    ('1.本机关不掌握相关政府信息', [8, 1, 0, 1, 0, 0, 10]),
    ('2.没有现成信息需要另行制作', [1, 0, 0, 0, 0, 0, 1]),
    ('3.补正后申请内容仍不明确', [0] * 7),
    ('1.信访举报投诉类申请', [0] * 7),
    ('2.重复申请', [2, 0, 0, 0, 0, 0, 2]),
    ('3.要求提供公开出版物', [0] * 7),
    ('4.无正当理由大量反复申请', [0] * 7),
    ('5.要求行政机关确认或重新出具已获取信息', [0] * 7),
    ('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', [1, 0, 0, 0, 0, 0, 1]),
    ('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', [0] * 7),
    ('3.其他', [0] * 7),
    ('（七）总计', [28, 3, 0, 1, 1, 0, 33]),
    ('四、结转下年度继续办理', [4, 2, 0, 0, 1, 0, 7]),
]
GROUP = {2: None, 3: None, 4: '（三）不予公开', 12: '（四）无法提供', 15: '（五）不予处理', 20: '（六）其他处理'}
T4 = [1, 0, 1, 0, 2, 0, 1, 0, 1, 2, 0, 0, 0, 1, 1]

# 2019 layout (2020 report): （六）其他处理 is one row.
T3_19 = T3[:20] + [('（六）其他处理', [1, 0, 0, 0, 0, 0, 1])] + T3[23:]
GROUP19 = {2: None, 3: None, 4: '（三）不予公开', 12: '（四）无法提供', 15: '（五）不予处理'}


def check():
    for rows in (T3, T3_19):
        for _, v in rows:
            assert sum(v[:6]) == v[6], v
        res = [r[1] for r in rows[2:-2]]
        tot = rows[-2][1]
        for k in range(7):
            assert sum(r[k] for r in res) == tot[k], k
            assert rows[0][1][k] + rows[1][1][k] == tot[k] + rows[-1][1][k], k
    for b in range(3):
        assert sum(T4[b * 5:b * 5 + 4]) == T4[b * 5 + 4]


check()


def planted(rows, label, col, value):
    out = []
    for l, v in rows:
        if l == label:
            v = list(v)
            v[col] = value
        out.append((l, v))
    return out


def doc(title, issuer_line, year, body_tables, sign, date, preamble=None, fee=True):
    """A report with six sections; tables is a dict {2: text, 3: text, 4: text}."""
    t = body_tables
    parts = [title, '']
    parts.append(preamble or f'本报告依据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。如对本报告有疑问，请与{issuer_line}联系（电话：0000-1234567）。')
    parts += ['', '一、总体情况', '', f'{year}年，{issuer_line}认真落实政务公开各项要求，持续推进政府信息公开工作。',
              '', '二、主动公开政府信息情况', '', t[2], '', '三、收到和处理政府信息公开申请情况', '', t[3],
              '', '四、政府信息公开行政复议、行政诉讼情况', '', t[4],
              '', '五、存在的主要问题及改进情况', '', '公开内容的深度还不够，解读形式较为单一。下一步将加强培训，丰富解读形式，提升公开质量。',
              '', '六、其他需要报告的事项', '',
              ('本年度未收取信息处理费。' if fee else '无其他需要报告的事项。'), '', sign, date, '']
    return '\n'.join(parts)


def t3_rows(rows, group):
    """Yields (cells, ncovered) per printed row of 表三 in the HTML table's own order: the
    rowspan label 三、本年度办理结果 and the group labels print in the first row they cover."""
    out = []
    for i, (label, vals) in enumerate(rows):
        cells = []
        if i == 2:
            cells.append('三、本年度办理结果')
        if i in group and group[i]:
            cells.append(group[i])
        cells.append(label)
        cells += [str(v) for v in vals]
        out.append(cells)
    return out


# ---- shape a: one cell per line, " |" after each, covered cells as runs of pipes.
def shape_a_t2():
    L = []
    def blockhead(h, ncols_covered):
        L.append(h + ' |')
        L.append('|' * ncols_covered)
    blockhead('第二十条第（一）项', 3)
    for c in ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']:
        L.append(c + ' |')
    for lab, vals in [('规章', [1, 0, 5]), ('行政规范性文件', [12, 3, 47])]:
        L.append(lab + ' |')
        L += [f'{v} |' for v in vals]
    blockhead('第二十条第（五）项', 3)
    L += ['信息内容 |', '本年处理决定数量 |', '||', '行政许可 |', '356 |', '||']
    blockhead('第二十条第（六）项', 3)
    L += ['信息内容 |', '本年处理决定数量 |', '||', '行政处罚 |', '78 |', '||', '行政强制 |', '4 |', '||']
    blockhead('第二十条第（八）项', 3)
    L += ['信息内容 |', '本年收费金额（单位：万元） |', '||', '行政事业性收费 |', '12.5 |']
    return '\n'.join(L)


def shape_a_t3(rows, group, extra_sep=True):
    L = ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |', '申请人情况 |', '||||||||',
         '自然人 |', '法人或其他组织 |', '总计 |', '|||||||',
         '商业 企业 |', '科研 机构 |', '社会公益组织 |', '法律服务机构 |', '其他 |', '|||||']
    for cells in t3_rows(rows, group):
        L += [c + ' |' for c in cells]
        # Rows that print fewer cells than the widest (the covered label slots) end with
        # one or two empty pipes, as crawled pages do.
        L.append('||' if len(cells) == 8 else '|')
    return '\n'.join(L)


def shape_a_t4(t4):
    L = ['行政复议 |', '行政诉讼 |', '|||||||||||||',
         '结果维持 |', '结果纠正 |', '其他结果 |', '尚未审结 |', '总计 |', '未经复议直接起诉 |', '复议后起诉 |', '||||||||']
    L += [c + ' |' for c in ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] * 2]
    L += [f'{v} |' for v in t4]
    return '\n'.join(L)


# ---- shape b: "| a | b |" rows, no separator line, trailing empty groups.
def shape_b_t2():
    return '\n'.join([
        '| 第二十条第（一）项 |||',
        '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
        '| 规章 | 1 | 0 | 5 |',
        '| 行政规范性文件 | 12 | 3 | 47 |',
        '| 第二十条第（五）项 |||',
        '| 信息内容 | 本年处理决定数量 ||',
        '| 行政许可 | 356 ||',
        '| 第二十条第（六）项 |||',
        '| 信息内容 | 本年处理决定数量 ||',
        '| 行政处罚 | 78 ||',
        '| 行政强制 | 4 ||',
        '| 第二十条第（八）项 |||',
        '| 信息内容 | 本年收费金额（单位：万元） ||',
        '| 行政事业性收费 | 12.5 ||',
    ])


def shape_b_t3(rows, group):
    L = ['| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |||||||',
         '| 自然人 | 法人或其他组织 | 总计 ||||||',
         '| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |||||']
    for cells in t3_rows(rows, group):
        L.append('| ' + ' | '.join(cells) + ' |' + ('|' if len(cells) == 8 else ''))
    return '\n'.join(L)


def shape_b_t4(t4):
    return '\n'.join([
        '| 行政复议 | 行政诉讼 |||||||||||||',
        '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 ||||||||',
        '| ' + ' | '.join(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] * 2) + ' |',
        '| ' + ' | '.join(str(v) for v in t4) + ' |',
    ])


# ---- shape c: "a | b |" rows without a leading pipe; 商业/企业 split; empty cells "| |";
# rowspan continuation rows start with "| " (their covered first slot).
def shape_c_t2():
    return '\n'.join([
        '第二十条第（一）项 |',
        '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
        '规章 | 1 | 0 | 5 |',
        '行政规范性文件 | 12 | 3 | 47 |',
        '第二十条第（五）项 |',
        '信息内容 | 本年处理决定数量 |',
        '行政许可 | 356 |',
        '第二十条第（六）项 |',
        '信息内容 | 本年处理决定数量 |',
        '行政处罚 | 78 |',
        '行政强制 | 4 |',
        '第二十条第（八）项 |',
        '信息内容 | 本年收费金额（单位：万元） |',
        '行政事业性收费 | 12.5 |',
    ])


def shape_c_t3(rows, group):
    L = ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |',
         '自然人 | 法人或其他组织 | 总计 |',
         '商业 | 科研 | 社会公益组织 | 法律服务机构 | 其他 |',
         '企业 | 机构 |']
    for i, cells in enumerate(t3_rows(rows, group)):
        # Zero cells left empty, as many small issuers print them.
        cells = ['' if c == '0' else c for c in cells]
        lead = ''
        if 3 <= i <= 23:
            lead = '| ' * (2 if i not in group or not group[i] else 1)
            if i in (3, 23):
                lead = '| '
        line = lead + ' | '.join(cells) + ' |'
        while '|  |' in line:
            line = line.replace('|  |', '| |')
        L.append(line)
    return '\n'.join(L)


def shape_c_t4(t4):
    return '\n'.join([
        '行政复议 | 行政诉讼 |',
        '结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |',
        ' | '.join(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] * 2) + ' |',
        ' | '.join(str(v) for v in t4) + ' |',
    ])


# ---- shape d: the 2019 layout in shape a.
def shape_d_t2():
    L = []
    def head(h, n):
        L.append(h + ' |')
        L.append('|' * n)
    head('第二十条第（一）项', 3)
    L += ['信息内容 |', '本年新制作数量 |', '本年新公开数量 |', '对外公开总数量 |']
    L += ['规章 |', '0 |', '0 |', '0 |', '规范性文件 |', '6 |', '6 |', '38 |']
    head('第二十条第（五）项', 3)
    L += ['信息内容 |', '上一年项目数量 |', '本年增/减 |', '处理决定数量 |']
    L += ['行政许可 |', '41 |', '-3 |', '212 |', '其他对外管理服务事项 |', '9 |', '0 |', '15 |']
    head('第二十条第（六）项', 3)
    L += ['信息内容 |', '上一年项目数量 |', '本年增/减 |', '处理决定数量 |']
    L += ['行政处罚 |', '120 |', '5 |', '33 |', '行政强制 |', '8 |', '0 |', '2 |']
    head('第二十条第（八）项', 3)
    L += ['信息内容 |', '上一年项目数量 |', '本年增/减 |', '|']
    L += ['行政事业性收费 |', '3 |', '0 |', '|']
    head('第二十条第（九）项', 3)
    L += ['信息内容 |', '采购项目数量 |', '采购总金额 |', '|']
    L += ['政府集中采购 |', '4 |', '86000元 |', '|']
    return '\n'.join(L)


# ---- shape e: one cell per paragraph, paragraphs separated by an empty line.
def shape_e_t2():
    cells = ['第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数',
             '规章', '1', '0', '5', '行政规范性文件', '12', '3', '47',
             '第二十条第（五）项', '信息内容', '本年处理决定数量', '行政许可', '356',
             '第二十条第（六）项', '信息内容', '本年处理决定数量', '行政处罚', '78', '行政强制', '4',
             '第二十条第（八）项', '信息内容', '本年收费金额（单位：万元）', '行政事业性收费', '12.5']
    return '\n\n'.join(cells)


def shape_e_t3(rows, group):
    cells = ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况',
             '自然人', '法人或其他组织', '总计', '商业', '企业', '科研', '机构', '社会公益组织', '法律服务机构', '其他']
    for row in t3_rows(rows, group):
        cells += row
    return '\n\n'.join(cells)


def shape_e_t4(t4):
    cells = ['行政复议', '行政诉讼', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉']
    cells += ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] * 2
    cells += [str(v) for v in t4]
    return '\n\n'.join(cells)


# ---- shape f: "label | |||" rows (a row-wide cell, its covered slots glued), labels with
# a space between characters (规 章), "行政许可 | 356 | ||".
def shape_f_t2():
    return '\n'.join([
        '第二十条第（一）项 | |||',
        '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
        '规 章 | 1 | 0 | 5 |',
        '行政规范性文件 | 12 | 3 | 47 |',
        '第二十条第（五）项 | |||',
        '信息内容 | 本年处理决定数量 | ||',
        '行政许可 | 356 | ||',
        '第二十条第（六）项 | |||',
        '信息内容 | 本年处理决定数量 | ||',
        '行政处罚 | 78 | ||',
        '行政强制 | 4 | ||',
        '第二十条第（八）项 | |||',
        '信息内容 | 本年收费金额（单位：万元） | ||',
        '行政事业性收费 | 12.5 | ||',
    ])


def shape_f_t3(rows, group):
    L = ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 | ||||||||',
         '自然人 | 法人或其他组织 | 总计 | |||||||',
         '商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||']
    for cells in t3_rows(rows, group):
        L.append(' | '.join(cells) + ' |' + (' ||' if len(cells) == 8 else ' |'))
    return '\n'.join(L)


def shape_f_t4(t4):
    return '\n'.join([
        '行政复议 | 行政诉讼 | |||||||||||||',
        '结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 | ||||||||',
        ' | '.join(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] * 2) + ' |',
        ' | '.join(str(v) for v in t4) + ' |',
    ])


# ---- shape g: PDF text; a row's numbers after its label separated by single spaces; 表四's
# header printed one character per line in columns, its data row all numbers.
def shape_g_t2():
    return '\n'.join([
        '第二十条第（一）项',
        '信息内容 本年制发件数 本年废止件数 现行有效件数',
        '规章 1 0 5',
        '行政规范性文件 12 3 47',
        '第二十条第（五）项',
        '信息内容 本年处理决定数量',
        '行政许可 356',
        '第二十条第（六）项',
        '信息内容 本年处理决定数量',
        '行政处罚 78',
        '行政强制 4',
        '第二十条第（八）项',
        '信息内容 本年收费金额（单位：万元）',
        '行政事业性收费 12.5',
    ])


def shape_g_t3(rows, group):
    L = ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加',
         '第四项之和） 申请人情况',
         '法人或其他组织',
         '自然人 商业 科研 社会公益 法律服务 其他 总计',
         '企业 机构 组织 机构']
    for cells in t3_rows(rows, group):
        L.append(' '.join(cells))
    return '\n'.join(L)


def shape_g_t4(t4):
    return '\n'.join([
        '行政复议 行政诉讼',
        '未经复议直接起诉 复议后起诉',
        '结 结 其 尚',
        '果 果 他 未 结 结 其 尚 结 结 其 尚',
        '总计 果 果 他 未 总 果 果 他 未 总',
        '维 纠 结 审 维 纠 结 审 计 维 纠 结 审 计',
        '持 正 果 结 持 正 果 结 持 正 果 结',
        ' '.join(str(v) for v in t4),
    ])


def shape_i_t2():
    return '\n'.join([
        '第二十条第(一)项 | ||||',
        '信息内容 | 本年新 | 本年新 | 对外公开总数量 | |',
        '规章 | 0 | 0 | 0 | |',
        '规范性文件 | 6 | 6 | 38 | |',
        '第二十条第(五)项 | ||||',
        '信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | |',
        '行政许可 | 41 | -3 | 212 | |',
        '其他对外管理服务事项 | 9 | 0 | 15 | |',
        '第二十条第(六)项 | ||||',
        '信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | |',
        '行政处罚 | 120 | 5 | 33 | |',
        '行政强制 | 8 | 0 | 2 | |',
        '第二十条第(八)项 | ||||',
        '信息内容 | 上一年项目数量 | 本年增/减 | ||',
        '行政事业性收费 | 3 | 0 | ||',
        '第二十条第(九)项 | ||||',
        '信息内容 | 采购项目数量 | 采购总金额 | ||',
        '政府集中采购 | 4 | 86000元 |',
    ])


def halfwidth(t):
    return t.replace('（', '(').replace('）', ')')


def shape_j_t3(rows, group):
    L = ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加',
         '第四项之和） 申请人情况',
         '法人或其他组织',
         '自然人 商业 科研 社会公益 法律服务 其他 总计',
         '企业 机构 组织 机构']
    for cells in t3_rows(rows, group):
        label = ' '.join(cells[:-7])
        nums = ' '.join(cells[-7:])
        if len(label) > 22:
            # A PDF line holds about 22 characters of the label column: the rest wraps.
            L.append(label[:22])
            L.append(label[22:] + ' ' + nums)
        else:
            L.append(label + ' ' + nums)
    return '\n'.join(L)


def shape_m_t2():
    return shape_a_t2().replace('规章 |\n1 |\n0 |\n5 |', '规章 |\n/ |\n/ |\n/ |')


def shape_m_t3(rows, group):
    L = ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |', '申请人情况 |', '||||||||',
         '自然人 |', '法人或其他组织 |', '总计 |', '|||||||',
         '商业企业 |', '科研机构 |', '社会公益组织 |', '法律服务机构 |', '其他 |', '|||||']
    for cells in t3_rows(rows, group):
        L += [('|' if c == '0' else c + ' |') for c in cells]
        L.append('||' if len(cells) == 8 else '|')
    return '\n'.join(L)


def shape_n_t4(t4):
    return '\n'.join([
        '行政复议 行政诉讼',
        '未经复议直接起诉 复议后起诉',
        '结果 结果 其他 尚未 总',
        '维持 纠正 结果 审结 计 结果 结果 其他 尚未 总 结果 结果 其他 尚未 总',
        '维持 纠正 结果 审结 计 维持 纠正 结果 审结 计',
        ' '.join(str(v) for v in t4),
    ])


def write(name, text):
    with open(os.path.join(here, name), 'w', encoding='utf-8') as f:
        f.write(text)


def main():
    T3b = planted(T3, '（一）予以公开', 6, 14)
    T4e = list(T4)
    T4e[4] = 3
    T3g = planted(T3, '四、结转下年度继续办理', 0, 5)
    T3g = [(l, (v[:6] + [sum(v[:6])]) if l == '四、结转下年度继续办理' else v) for l, v in T3g]

    write('a-cell-per-line-pipe.txt', doc(
        '青禾县自然资源局2023年政府信息公开工作年度报告', '青禾县自然资源局', 2023,
        {2: shape_a_t2(), 3: shape_a_t3(T3, GROUP), 4: shape_a_t4(T4)},
        '青禾县自然资源局', '2024年1月22日'))
    write('b-pipe-rows-nosep.txt', doc(
        '白鹭镇人民政府2022年政府信息公开工作年度报告', '白鹭镇人民政府', 2022,
        {2: shape_b_t2(), 3: shape_b_t3(T3b, GROUP), 4: shape_b_t4(T4)},
        '白鹭镇人民政府', '2023年1月16日'))
    write('c-pipe-rows-noleading.txt', doc(
        '松岭县交通运输局2021年政府信息公开工作年度报告', '松岭县交通运输局', 2021,
        {2: shape_c_t2(), 3: shape_c_t3(T3, GROUP), 4: shape_c_t4(T4)},
        '松岭县交通运输局', '2022年1月25日'))
    write('d-2019-cell-per-line.txt', doc(
        '石桥镇人民政府2020年政府信息公开工作年度报告', '石桥镇人民政府', 2020,
        {2: shape_d_t2(), 3: shape_a_t3(T3_19, GROUP19), 4: shape_a_t4(T4)},
        '石桥镇人民政府', '2021年1月28日', fee=False))
    write('e-blank-line-cells.txt', doc(
        '云溪街道办事处2022年政府信息公开工作年度报告', '云溪街道办事处', 2022,
        {2: shape_e_t2(), 3: shape_e_t3(T3, GROUP), 4: shape_e_t4(T4e)},
        '云溪街道办事处', '2023年1月12日'))
    write('f-pipe-trailing-empty.txt', doc(
        '杉木乡人民政府2024年政府信息公开工作年度报告', '杉木乡人民政府', 2024,
        {2: shape_f_t2(), 3: shape_f_t3(T3, GROUP), 4: shape_f_t4(T4)},
        '杉木乡人民政府', '2025年1月15日'))
    write('g-pdf-spaces.txt', doc(
        '柳河县审计局2022年政府信息公开工作年度报告', '柳河县审计局', 2022,
        {2: shape_g_t2(), 3: shape_g_t3(T3g, GROUP), 4: shape_g_t4(T4)},
        '柳河县审计局', '2023年1月20日'))

    body = doc('枫林镇人民政府2022年政府信息公开工作年度报告', '枫林镇人民政府', 2022,
               {2: shape_e_t2(), 3: shape_e_t3(T3, GROUP), 4: shape_e_t4(T4)}, '', '')
    paras = ['首页 > 政府信息公开 > 政府信息公开年报 > 2022年',
             '枫林镇人民政府2022年政府信息公开工作',
             '年度报告',
             '发布日期：2023-01-18　来源：枫林镇党政办　字体：[ 大 中 小 ]　打印']
    paras += [l for l in body.split('\n')[1:] if l.strip()]
    write('h-page-chrome-spaced.txt', '\n\n'.join(paras) + '\n')
    write('i-2019-halfwidth-pipes.txt', halfwidth(doc(
        '桃源县司法局2020年政府信息公开工作年度报告', '桃源县司法局', 2020,
        {2: shape_i_t2(), 3: shape_f_t3(T3_19, GROUP19), 4: shape_f_t4(T4)},
        '桃源县司法局', '2021年1月26日', fee=False)))
    write('j-pdf-wrapped-labels.txt', doc(
        '柳河县审计局2023年政府信息公开工作年度报告', '柳河县审计局', 2023,
        {2: shape_g_t2(), 3: shape_j_t3(T3, GROUP), 4: shape_g_t4(T4)},
        '柳河县审计局', '2024年1月19日'))

    menu = ['首页', '政务公开', '政务服务', '互动交流', '走进梅岭'] + ['栏目%d' % k for k in range(1, 19)]
    footer = ['主办单位：梅岭县人民政府办公室', '网站标识码：0000000000', '备案号：某ICP备00000000号', '技术支持：某某公司',
              '联系我们', '网站地图', '使用帮助', '隐私声明']
    body = doc('梅岭县卫生健康局2023年政府信息公开工作年度报告', '梅岭县卫生健康局', 2023,
               {2: shape_e_t2(), 3: shape_e_t3(T3, GROUP), 4: shape_e_t4(T4)}, '梅岭县卫生健康局', '2024年1月30日')
    paras = [l for l in body.split('\n') if l.strip()]
    write('k-spaced-with-menus.txt', '\n'.join(menu) + '\n\n' + '\n\n'.join(paras) + '\n\n' + '\n'.join(footer) + '\n')
    a = doc('竹溪县水利局2024年政府信息公开工作年度报告', '竹溪县水利局', 2024,
            {2: shape_a_t2(), 3: shape_a_t3(T3, GROUP), 4: shape_a_t4(T4)}, '竹溪县水利局', '2025年1月21日')
    a = a.replace('商业 企业 |', '商业\n企业 |').replace('科研 机构 |', '科研\n机构 |').replace('本年收费金额（单位：万元） |', '本年收费金额\n（单位：万元） |')
    write('l-cell-per-line-wrapped.txt', a)

    write('m-cell-per-line-blanks.txt', doc(
        '枣林区统计局2023年政府信息公开工作年度报告', '枣林区统计局', 2023,
        {2: shape_m_t2(), 3: shape_m_t3(T3, GROUP), 4: shape_a_t4(T4)},
        '枣林区统计局', '2024年1月26日'))
    n = doc('濠江区文化和旅游局2023 年政府信息公开工作年度报告', '濠江区文化和旅游局', 2023,
            {2: shape_g_t2(), 3: shape_g_t3(T3, GROUP), 4: shape_n_t4(T4)},
            '濠江区文化和旅游局', '2024 年 1 月 25 日')
    n = n.replace('濠江区文化和旅游局2023 年政府信息公开工作年度报告\n', '1\n濠江区文化和旅游局\n2023 年政府信息公开工作年度报告\n', 1)
    n = n.replace('三、收到和处理政府信息公开申请情况\n', '2\n三、收到和处理政府信息公开申请情况\n', 1)
    write('n-pdf-words-header.txt', n)

    o = doc('龙泉乡人民政府2021年政府信息公开工作年度报告', '龙泉乡人民政府', 2021,
            {2: shape_g_t2(), 3: shape_g_t3(T3, GROUP), 4: shape_c_t4(T4).replace(' |', '')},
            '龙泉乡人民政府', '2022年1月10日')
    lines = o.split('\n')
    body = ' '.join(l for l in lines[2:-4] if l.strip())
    write('o-run-together-spaces.txt', '\n'.join([lines[0], body, lines[-3], lines[-2], '']))

    p_ = doc('龙泉乡人民政府2022年政府信息公开工作年度报告', '龙泉乡人民政府', 2022,
             {2: shape_g_t2(), 3: shape_g_t3(T3, GROUP), 4: shape_g_t4(T4)},
             '龙泉乡人民政府', '2023年1月9日')
    lines = p_.split('\n')
    body = ' '.join(l for l in lines[2:-4] if l.strip())
    write('p-run-together-pdf.txt', '\n'.join([lines[0], body, lines[-3], lines[-2], '']))

    write('q-2019-layout-2022.txt', doc(
        '石桥镇人民政府2022年政府信息公开工作年度报告', '石桥镇人民政府', 2022,
        {2: shape_d_t2(), 3: shape_a_t3(planted(T3_19, '（七）总计', 0, 29), GROUP19), 4: shape_a_t4(T4)},
        '石桥镇人民政府', '2022年12月28日'))

    r_ = doc('杉木乡人民政府2023年政府信息公开工作年度报告', '杉木乡人民政府', 2023,
             {2: shape_f_t2(), 3: shape_f_t3(T3, GROUP), 4: shape_f_t4(T4)}, '', '')
    meta = '\n'.join(['索 引 号 | 000000000/2024-00012 | 分 类 | 政府信息公开年报 |',
                      '发布机构 | 杉木乡人民政府 | 发布日期 | 2024-01-17 |',
                      '文 号 | | 有 效 性 | |', ''])
    write('r-meta-table-pipes.txt', meta + r_.rstrip('\n') + '\n')


main()
