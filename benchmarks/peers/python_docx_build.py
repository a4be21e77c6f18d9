"""Builds the benchmark content (content.json from `filingpack-bench export`) as a DOCX with python-docx.

Usage: python_docx_build.py CONTENT.json OUTPUT.docx

The same blocks as filingpack writes: headings, styled paragraphs with bold runs, tables with merged cells and
shading, pictures at their display width, page breaks, a TOC field, header text and a page-number footer, with
the Chinese font in the East-Asian slot (python-docx has no API for it, so it goes through the XML).
"""
import json
import os
import sys

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

STYLES = {"Title": "Title", "BodyText": "Body Text", "Caption": "Caption"}
ALIGNMENT = {"center": WD_ALIGN_PARAGRAPH.CENTER, "end": WD_ALIGN_PARAGRAPH.RIGHT,
             "justified": WD_ALIGN_PARAGRAPH.JUSTIFY, "start": WD_ALIGN_PARAGRAPH.LEFT}


def field(paragraph, instruction):
    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), instruction)
    paragraph._p.append(simple)


def shade(cell, fill):
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def table(document, block):
    rows = block["rows"]
    widths = block["widths_mm"]
    result = document.add_table(rows=len(rows), cols=len(widths))
    result.style = "Table Grid"
    grid = [row.cells for row in result.rows]
    for row_cells in rows:
        for cell in row_cells:
            target = grid[cell["row"]][cell["column"]]
            target.text = cell["text"]
            target.width = Mm(widths[cell["column"]])
            if cell.get("shading"):
                shade(target, cell["shading"])
    for row_cells in rows:
        for cell in row_cells:
            if cell["colspan"] > 1 or cell["rowspan"] > 1:
                last = grid[cell["row"] + cell["rowspan"] - 1][cell["column"] + cell["colspan"] - 1]
                grid[cell["row"]][cell["column"]].merge(last)
    for index in range(block.get("header_rows", 0)):
        row_properties = result.rows[index]._tr.get_or_add_trPr()
        row_properties.append(OxmlElement("w:tblHeader"))


def main(content_path, output_path):
    folder = os.path.dirname(os.path.abspath(content_path))
    with open(content_path, encoding="utf-8") as handle:
        content = json.load(handle)
    document = Document()
    document.core_properties.title = content["title"]
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(16)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋")
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    if content.get("header"):
        section.header.paragraphs[0].text = content["header"]
    if content.get("footer_page_number"):
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        footer.add_run("— ")
        field(footer, "PAGE")
        footer.add_run(" —")
    # Style objects looked up once: python-docx resolves a style name by scanning the styles part each time.
    styles = {name: document.styles[style] for name, style in STYLES.items()}
    styles[None] = document.styles["Normal"]
    pending_break = False
    for block in content["blocks"]:
        kind = block["type"]
        if kind == "page_break":
            pending_break = True
            continue
        if pending_break:
            document.add_page_break()
            pending_break = False
        if kind == "heading":
            document.add_heading(block["runs"][0]["text"], level=min(block["level"], 9))
        elif kind == "paragraph":
            paragraph = document.add_paragraph(style=styles.get(block["style"], styles[None]))
            if block.get("alignment"):
                paragraph.alignment = ALIGNMENT[block["alignment"]]
            for run in block["runs"]:
                paragraph.add_run(run["text"]).bold = run.get("bold")
        elif kind == "table":
            table(document, block)
        elif kind == "image":
            document.add_picture(os.path.join(folder, block["image"]), width=Mm(block["width_mm"]))
            document.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "toc":
            document.add_paragraph("目  录")
            field(document.add_paragraph(), 'TOC \\o "1-2" \\h \\z \\u')
    document.save(output_path)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
