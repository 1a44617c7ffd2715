#!/usr/bin/env python3
"""Makes the derived fixtures of testdata/text from seed.txt (Tika's text of a real report).

    python3 testdata/text/gen.py      (run from the repository root or from here)

seed-*.txt     the same bytes re-encoded: GB18030, UTF-16LE/BE with BOM, UTF-16LE without
               BOM, UTF-8 with BOM, CRLF and CR line ends.
word-tab.txt   the report as Word/WPS "save as plain text" writes it on Chinese Windows:
               GB18030 ("ANSI"), CRLF, one table row per line, cells joined by TAB, a
               row-wide cell printed alone, a cell's paragraphs run together.
markdown.md    the report as pandoc-style markdown: headings, pipe tables (a cell's
               paragraphs joined with <br>).
grid.md        表二 and 表四 as pandoc grid tables (a cell's wrapped lines one under another).
The Go tests also regenerate the seed-* encodings in memory and compare them with these files.
"""
import os

here = os.path.dirname(os.path.abspath(__file__))
seed = open(os.path.join(here, 'seed.txt'), encoding='utf-8').read()

def write(name, data):
    with open(os.path.join(here, name), 'wb') as f:
        f.write(data)

write('seed-gb18030.txt', seed.encode('gb18030'))
write('seed-utf16le.txt', b'\xff\xfe' + seed.encode('utf-16-le'))
write('seed-utf16be.txt', b'\xfe\xff' + seed.encode('utf-16-be'))
write('seed-utf16le-nobom.txt', seed.encode('utf-16-le'))
write('seed-utf8bom.txt', b'\xef\xbb\xbf' + seed.encode('utf-8'))
write('seed-crlf.txt', seed.replace('\n', '\r\n').encode('utf-8'))
write('seed-cr.txt', seed.replace('\n', '\r').encode('utf-8'))

# Parse the Tika layout into blocks: ('p', text) or ('t', rows of cells of paragraphs).
lines = seed.split('\n')
if lines and lines[-1] == '':
    lines.pop()
blocks, i = [], 0
while i < len(lines):
    l = lines[i]
    if l.startswith('\t'):
        rows, row, blanks = [], [], 0
        while i < len(lines):
            l = lines[i]
            if l.startswith('\t'):
                row.append([l[1:]]); blanks = 0
            elif l == '':
                if row:
                    rows.append(row); row = []
                blanks += 1
                if blanks == 2:
                    break
            elif row:
                row[-1].append(l)
            else:
                break
            i += 1
        blocks.append(('t', rows))
        continue
    blocks.append(('p', l))
    i += 1

word, md = [], []
for kind, b in blocks:
    if kind == 'p':
        word.append(b)
        t = b.strip()
        if t[:2] in ('一、', '二、', '三、', '四、', '五、', '六、'):
            md.append('## ' + t)
        elif t:
            md.append(t)
        md.append('')
        continue
    for row in b:
        word.append('\t'.join(''.join(p.strip() for p in c) for c in row))
    width = max(len(r) for r in b)
    md.append('| ' + ' | '.join('<br>'.join(p.strip() for p in c) for c in b[0]) + ' |')
    md.append('|' + '|'.join(':---' for _ in range(len(b[0]))) + '|')
    for row in b[1:]:
        md.append('| ' + ' | '.join('<br>'.join(p.strip() for p in c).replace('|', '\\|') for c in row) + ' |')
    md.append('')

# grid.md: the seed's 表二 and 表四 as pandoc grid tables; a cell's paragraphs on separate lines.
def grid(rows):
    width = max(len(r) for r in rows)
    w = 8
    rule = '+' + '+'.join('-' * (w + 2) for _ in range(width)) + '+'
    out = [rule]
    for n, row in enumerate(rows):
        depth = max(len(c) for c in row)
        for k in range(depth):
            cells = [(c[k].strip() if k < len(c) else '') for c in row] + [''] * (width - len(row))
            out.append('|' + '|'.join(' ' + x + ' ' * max(0, w - 2 * len(x)) + ' ' for x in cells) + '|')
        out.append(rule.replace('-', '=') if n == 0 else rule)
    return out

tables = [b for kind, b in blocks if kind == 't']
gridmd = ['# 表二', ''] + grid(tables[0]) + ['', '# 表四', ''] + grid(tables[2]) + ['']
write('grid.md', '\n'.join(gridmd).encode('utf-8'))

write('word-tab.txt', ('\r\n'.join(word) + '\r\n').encode('gb18030'))
write('markdown.md', ('\n'.join(md) + '\n').encode('utf-8'))
