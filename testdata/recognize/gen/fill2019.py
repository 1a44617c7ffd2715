"""Fill a blank 2019 report with odd but real-world cell texts, for recognition tests.

    govinfo-lint template --layout 2019 --year 2019 --issuer 某某县人民政府 -o /tmp/blank-2019.docx
    python3 testdata/recognize/gen/fill2019.py /tmp/blank-2019.docx testdata/recognize/template-filled-2019.docx

Every empty cell that is not a vMerge continuation (i.e. every data cell of 表二/表三/表四)
gets the next value of VALUES in turn: full-width digits, thousands separators, units,
blanks (/ — 无), a negative 本年增/减 and text. The golden file pins what recognition reads.
"""
import re
import sys
import zipfile

VALUES = ["3", "０", "12", "/", "1,234", "—", "7", "无", "-8", "251000元", "0.35", "见附件", "１５", "0"]


def fill(xml):
    n = [0]

    def cell(m):
        tc = m.group(0)
        tcpr = re.search(r"<w:tcPr>.*?</w:tcPr>", tc, re.S)
        if tcpr and "<w:vMerge" in tcpr.group(0) and "restart" not in tcpr.group(0):
            return tc
        if "<w:t>" in tc or "<w:t " in tc:
            return tc
        v = VALUES[n[0] % len(VALUES)]
        n[0] += 1
        return tc.replace("</w:pPr></w:p>", "</w:pPr><w:r><w:t>%s</w:t></w:r></w:p>" % v, 1)

    out = re.sub(r"<w:tc>.*?</w:tc>", cell, xml, flags=re.S)
    print(n[0], "cells filled", file=sys.stderr)
    return out


def main(src, dst):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                data = fill(data.decode("utf8")).encode("utf8")
            zout.writestr(item, data)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
