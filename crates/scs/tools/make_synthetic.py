#!/usr/bin/env python3
"""Writes Shindan's synthetic SCS ★3/★4 workbook (Python 3 standard library only).

    python3 crates/scs/tools/make_synthetic.py            # both fixtures, in tests/fixtures/

The workbook follows the layout of IPA's requirements/criteria workbook as far as public sources
show it (crates/scs/LAYOUT.md): a header row 2, one row per criterion from row 3, the first ★3
criterion (1-2-1-1) on row 6 and the last (7-1-1-1) on row 154, columns B–N official content
(K, the level, merged over runs of rows), O–R the answer columns. Every requirement and criterion
TEXT in it is INVENTED and says so: it is not IPA's wording. IDs, counts and the category names are
facts about the scheme, not prose. Column N holds a formula (an invented helper) so that the
reader meets formula cells among the official columns.

The output is deterministic (fixed timestamps, fixed order), so re-running it leaves git clean.
"""
import os
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tests", "fixtures")

MARKER = "SHINDAN SYNTHETIC TEST WORKBOOK"
NOT_IPA = "【合成データ・IPAの文言ではありません】"

CATEGORIES = [
    "ガバナンスの整備",
    "取引先管理",
    "リスクの特定",
    "攻撃等の防御",
    "攻撃等の検知",
    "インシデントへの対応",
    "インシデントからの復旧",
]

# Per category, groups (中分類) of requirements; each requirement is the levels of its criteria
# in order ('3' = ★3 criterion, '4' = ★4-only criterion). Counts: ★3 8/4/11/48/3/6/1 = 81,
# ★4-only 10/6/9/33/6/7/1 = 72; 43 requirements, 26 with ★3 criteria, 17 ★4-only.
PLAN = [
    [["444"], ["3334", "334"], ["4444", "3343"]],
    [["334", "44"], ["33", "444"]],
    [["3334", "334"], ["3333", "44"], ["334", "4444"]],
    [
        ["33333344", "33344", "444"],
        ["3333333344", "3344", "3334"],
        ["44", "333334", "44444", "33334", "3333333"],
        ["3344", "44", "33333", "3334", "444", "4444"],
    ],
    [["334", "444"], ["3", "44"]],
    [["334", "44"], ["333", "34", "444"]],
    [["3", "4"]],
]

# Column letters of the layout (LAYOUT.md). B–N official, O–R answers.
HEADERS = {
    "B": "大分類No.",
    "C": "大分類",
    "D": "中分類No.",
    "E": "中分類",
    "F": "要求事項No.",
    "G": "★3",
    "H": "★4",
    "I": "要求事項名",
    "J": "要求事項",
    "K": "★3/★4",
    "L": "評価基準No.",
    "M": "評価基準",
    "N": "（合成）文字数",
    "O": "自己評価",
    "P": "理由",
    "Q": "根拠および実施する事",
    "R": "補足情報",
}
ANSWER_COLS = ["O", "P", "Q", "R"]


def rows_of_plan():
    """Yields one dict per criterion row, in sheet order."""
    for c, groups in enumerate(PLAN, start=1):
        for g, reqs in enumerate(groups, start=1):
            for r, levels in enumerate(reqs, start=1):
                has3 = "3" in levels
                for n, lv in enumerate(levels, start=1):
                    yield {
                        "c": c, "g": g, "r": r, "n": n,
                        "level": "★3" if lv == "3" else "★4",
                        "req_has3": has3,
                        "req_len": len(levels),
                    }


class Strings:
    def __init__(self):
        self.items, self.index = [], {}

    def add(self, xml_si_body, key=None):
        key = key or xml_si_body
        if key not in self.index:
            self.index[key] = len(self.items)
            self.items.append(xml_si_body)
        return self.index[key]

    def text(self, s):
        return self.add("<t xml:space=\"preserve\">%s</t>" % escape(s))


def col_num(letter):
    return ord(letter) - ord("A") + 1


def build(answered):
    ss = Strings()
    rows = {}  # row -> list of cell xml, in column order
    merges = []

    def put(row, col, xml):
        rows.setdefault(row, []).append((col_num(col), xml))

    def s_cell(row, col, text, style=1):
        put(row, col, '<c r="%s%d" s="%d" t="s"><v>%d</v></c>' % (col, row, style, ss.text(text)))

    # Row 1: the title, with the marker that tells the reader this is the synthetic book.
    s_cell(1, "B", "【合成】サプライチェーン強化に向けたセキュリティ対策評価制度 要求事項・評価基準 — "
           + MARKER + "（Shindanのテスト用。IPAの文書ではありません / not IPA's document）", 3)
    merges.append("B1:R1")
    for col, h in HEADERS.items():
        s_cell(2, col, h, 3)

    plan = list(rows_of_plan())
    first_row = 3
    # Runs of equal level within a requirement are merged in K; F, I, J are merged over the
    # requirement's rows.
    row = first_row
    answers_seen = 0
    marks = []
    for i, crit in enumerate(plan):
        c, g, r, n = crit["c"], crit["g"], crit["r"], crit["n"]
        row = first_row + i
        req_id = "%d-%d-%d" % (c, g, r)
        cid = "%s-%d" % (req_id, n)
        put(row, "B", '<c r="B%d" s="1"><v>%d</v></c>' % (row, c))
        s_cell(row, "C", CATEGORIES[c - 1])
        s_cell(row, "D", "%d-%d" % (c, g))
        s_cell(row, "E", "（合成）中分類 %d-%d の見出し" % (c, g))
        s_cell(row, "F", req_id)
        if crit["req_has3"]:
            s_cell(row, "G", "○")
        s_cell(row, "H", "○")
        s_cell(row, "I", "（合成）要求事項 %s の名前" % req_id)
        s_cell(row, "J", NOT_IPA + "要求事項 %s の架空の本文。組織は合成の手順を定め、合成の記録を残すこと。" % req_id)
        s_cell(row, "K", crit["level"], 2)
        s_cell(row, "L", cid)
        text = NOT_IPA + "評価基準 %s の架空の本文（%s）。" % (cid, crit["level"])
        if cid == "4-1-1-1":
            # A string with a phonetic run, as Japanese Excel writes them: the reader must take
            # the base text only.
            si = ('<r><t xml:space="preserve">%s</t></r><r><rPr><b/></rPr><t>太字の部分</t></r>'
                  '<rPh sb="0" eb="2"><t>ゴウセイ</t></rPh><phoneticPr fontId="1"/>') % escape(text)
            idx = ss.add(si)
            put(row, "M", '<c r="M%d" s="1" t="s"><v>%d</v></c>' % (row, idx))
            text = text + "太字の部分"
        else:
            s_cell(row, "M", text)
        put(row, "N", '<c r="N%d" s="1"><f>LEN(M%d)</f><v>%d</v></c>' % (row, row, len(text)))
        if crit["level"] == "★3":
            if answered:
                k = answers_seen
                mark = "○" if k < 24 else "△" if k < 48 else "✖" if k < 76 else ""
                marks.append(mark)
                vals = {
                    "O": mark,
                    "P": "合成の理由 %s\n二行目 " % cid,
                    "Q": "=SUM(1,1) は数式ではなく文字列（%s）" % cid if k == 0 else "合成の根拠 %s" % cid,
                    "R": "  前後に空白  " if k == 1 else "合成の補足 %s" % cid,
                }
                for col in ANSWER_COLS:
                    if vals[col] == "":
                        put(row, col, '<c r="%s%d" s="4"/>' % (col, row))
                    else:
                        s_cell(row, col, vals[col], 4)
            else:
                for col in ANSWER_COLS:
                    put(row, col, '<c r="%s%d" s="4"/>' % (col, row))
            answers_seen += 1
        # ★4 rows carry no O–R cells at all: a writer has to insert them.
        if n == 1:
            merges.append("F%d:F%d" % (row, row + crit["req_len"] - 1)) if crit["req_len"] > 1 else None
            if crit["req_len"] > 1:
                merges.append("I%d:I%d" % (row, row + crit["req_len"] - 1))
                merges.append("J%d:J%d" % (row, row + crit["req_len"] - 1))
    last_row = row

    # K merges: runs of the same level inside one requirement.
    start = first_row
    for i in range(1, len(plan) + 1):
        end_run = i == len(plan) or plan[i]["level"] != plan[start - first_row]["level"] or \
            plan[i]["n"] == 1
        if end_run:
            end = first_row + i - 1
            if end > start:
                merges.append("K%d:K%d" % (start, end))
            start = first_row + i
    # Merged-away cells are written empty (with their style), as Excel does.
    merged_away = set()
    for ref in merges:
        a, b = ref.split(":")
        ca, ra = a[0], int(a[1:])
        cb, rb = b[0], int(b[1:])
        for rr in range(ra, rb + 1):
            for cc in range(col_num(ca), col_num(cb) + 1):
                if (rr, cc) != (ra, col_num(ca)):
                    merged_away.add((rr, cc))
    for rr in list(rows):
        rows[rr] = [(cc, ('<c r="%s%d" s="%d"/>' % (chr(64 + cc), rr, 2 if cc == 11 else 1))
                     if (rr, cc) in merged_away else x) for cc, x in rows[rr]]

    sheet = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
             '<dimension ref="B1:R%d"/>' % last_row,
             '<sheetViews><sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" '
             'activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
             '<sheetFormatPr defaultRowHeight="13.5"/>'
             '<cols><col min="1" max="1" width="2.5" customWidth="1"/>'
             '<col min="2" max="12" width="10" customWidth="1"/>'
             '<col min="13" max="13" width="60" customWidth="1"/>'
             '<col min="15" max="18" width="24" customWidth="1"/></cols><sheetData>']
    for rr in sorted(rows):
        cells = "".join(x for _, x in sorted(rows[rr]))
        sheet.append('<row r="%d" spans="2:18">%s</row>' % (rr, cells))
    sheet.append("</sheetData>")
    sheet.append('<mergeCells count="%d">%s</mergeCells>'
                 % (len(merges), "".join('<mergeCell ref="%s"/>' % m for m in merges)))
    sheet.append('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" '
                 'footer="0.3"/></worksheet>')

    cover = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<dimension ref="B2"/><sheetData><row r="2"><c r="B2" t="s"><v>%d</v></c></row>'
             '</sheetData></worksheet>'
             % ss.text("この合成ブックはShindanのテスト用です。記載の要求事項・評価基準の文言は架空で、"
                       "IPAの文書ではありません。This synthetic workbook is Shindan's test data; "
                       "its requirement and criterion texts are invented, not IPA's."))

    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" '
           'uniqueCount="%d">%s</sst>'
           % (len(ss.items), len(ss.items), "".join("<si>%s</si>" % x for x in ss.items)))

    parts = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
         '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
         '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ("docProps/app.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
         '<Application>Shindan make_synthetic.py</Application></Properties>'),
        ("docProps/core.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
         'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
         '<dc:title>%s</dc:title><dc:creator>Shindan</dc:creator>'
         '<dcterms:created xsi:type="dcterms:W3CDTF">2026-12-07T00:00:00Z</dcterms:created>'
         '</cp:coreProperties>' % MARKER),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<bookViews><workbookView activeTab="1"/></bookViews><sheets>'
         '<sheet name="はじめに（合成）" sheetId="2" r:id="rId2"/>'
         '<sheet name="要求事項・評価基準（合成）" sheetId="1" r:id="rId1"/>'
         '</sheets><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>'),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/>'
         '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
         '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
         '</Relationships>'),
        ("xl/styles.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         '<fonts count="2"><font><sz val="11"/><name val="Yu Gothic"/></font>'
         '<font><b/><sz val="11"/><name val="Yu Gothic"/></font></fonts>'
         '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
         '<fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/></patternFill></fill></fills>'
         '<borders count="2"><border/><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/></border></borders>'
         '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
         '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
         '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'
         '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>'
         '<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1"/>'
         '<xf numFmtId="49" fontId="0" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="1"><alignment vertical="top" wrapText="1"/><protection locked="0"/></xf>'
         '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
         '</styleSheet>'),
        ("xl/sharedStrings.xml", sst),
        ("xl/worksheets/sheet1.xml", "".join(sheet)),
        ("xl/worksheets/sheet2.xml", cover),
    ]
    return parts, marks


def write(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 7, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, text.encode("utf-8"))


def main():
    os.makedirs(OUT, exist_ok=True)
    parts, _ = build(answered=False)
    write(os.path.join(OUT, "synthetic.xlsx"), parts)
    parts, marks = build(answered=True)
    write(os.path.join(OUT, "synthetic-answered.xlsx"), parts)
    counts = {m: marks.count(m) for m in ["○", "△", "✖", ""]}
    print("wrote synthetic.xlsx and synthetic-answered.xlsx;", counts, file=sys.stderr)


if __name__ == "__main__":
    main()
