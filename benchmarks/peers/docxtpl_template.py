"""Makes the docxtpl template for the benchmark content (run once, untimed).

Usage: docxtpl_template.py TEMPLATE.docx

One Jinja loop over the content's blocks with a branch per kind: headings (levels 1-3), paragraphs of rich text
per style, pictures, page breaks, and a table whose rows ({%tr %}) and cells ({%tc %}) are loops.
"""
import sys

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Mm, Pt


def main(output_path):
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(16)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋")
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.header.paragraphs[0].text = "{{ header }}"
    section.footer.paragraphs[0].text = "— {{ footer }} —"
    document.add_paragraph("{{ title }}", style="Title")
    add = document.add_paragraph
    add("{%p for b in blocks %}")
    add("{%p if b.type == 'heading' and b.level == 1 %}")
    add("{{ b.text }}", style="Heading 1")
    add("{%p elif b.type == 'heading' and b.level == 2 %}")
    add("{{ b.text }}", style="Heading 2")
    add("{%p elif b.type == 'heading' %}")
    add("{{ b.text }}", style="Heading 3")
    add("{%p elif b.type == 'paragraph' and b.style == 'Caption' %}")
    add("{{r b.rich }}", style="Caption")
    add("{%p elif b.type == 'paragraph' and b.style == 'Title' %}")
    add("{{r b.rich }}", style="Title")
    add("{%p elif b.type == 'paragraph' %}")
    add("{{r b.rich }}", style="Body Text")
    add("{%p elif b.type == 'image' %}")
    add("{{ b.image }}")
    add("{%p elif b.type == 'page_break' %}")
    add().add_run().add_break(WD_BREAK.PAGE)
    add("{%p elif b.type == 'table' %}")
    table = document.add_table(rows=3, cols=3)
    table.style = "Table Grid"
    table.cell(0, 0).text = "{%tr for row in b.rows %}"
    table.cell(1, 0).text = "{%tc for c in row %}"
    table.cell(1, 1).text = "{{ c }}"
    table.cell(1, 2).text = "{%tc endfor %}"
    table.cell(2, 0).text = "{%tr endfor %}"
    add("{%p endif %}")
    add("{%p endfor %}")
    document.save(output_path)


if __name__ == "__main__":
    main(sys.argv[1])
