"""Renders the benchmark content with docxtpl into the template from docxtpl_template.py.

Usage: docxtpl_render.py TEMPLATE.docx CONTENT.json OUTPUT.docx

Cell merges have no template form here: merged cells keep their text in their first grid position.
"""
import json
import os
import sys

from docx.shared import Mm
from docxtpl import DocxTemplate, InlineImage, RichText


def main(template_path, content_path, output_path):
    folder = os.path.dirname(os.path.abspath(content_path))
    with open(content_path, encoding="utf-8") as handle:
        content = json.load(handle)
    template = DocxTemplate(template_path)
    blocks = []
    for block in content["blocks"]:
        kind = block["type"]
        item = {"type": kind}
        if kind == "heading":
            item.update(level=block["level"], text=block["runs"][0]["text"])
        elif kind == "paragraph":
            rich = RichText()
            for run in block["runs"]:
                rich.add(run["text"], bold=bool(run.get("bold")))
            item.update(style=block["style"], rich=rich)
        elif kind == "image":
            item["image"] = InlineImage(template, os.path.join(folder, block["image"]), width=Mm(block["width_mm"]))
        elif kind == "table":
            columns = len(block["widths_mm"])
            rows = [["" for _ in range(columns)] for _ in block["rows"]]
            for row in block["rows"]:
                for cell in row:
                    rows[cell["row"]][cell["column"]] = cell["text"]
            item["rows"] = rows
        blocks.append(item)
    template.render({"title": content["title"], "header": content.get("header") or "", "footer": "1",
                     "blocks": blocks})
    template.save(output_path)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
