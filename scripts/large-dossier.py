#!/usr/bin/env python3
"""Writes a copy of the commercial sample with N extra computer-staff rows, or with N attachments.

    scripts/large-dossier.py staff N OUT_FOLDER
    scripts/large-dossier.py attachments N OUT_FOLDER

Used by scripts/measure-large.sh to record time and peak memory of check and build on big dossiers.
"""
import pathlib
import shutil
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples/complete/commercial"


def staff_row(index: int) -> str:
    return (
        f"    - name: 员工{index:05d}\n"
        f"      id_number: \"410302199204100510\"\n"
        f"      sex: male\n"
        f"      position: 技术员\n"
        f"      discipline: computer\n"
        f"      diploma: {{level: bachelor, school: 河南科技大学, major: 计算机科学与技术}}\n"
        f"      resume: [2010.09-2014.06 河南科技大学, 2014.07-至今 网站运维]\n"
    )


def main() -> None:
    kind, count, out = sys.argv[1], int(sys.argv[2]), pathlib.Path(sys.argv[3])
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(SAMPLE, out)
    text = (out / "dossier.yaml").read_text(encoding="utf-8")
    if kind == "staff":
        marker = "  computer_staff:\n"
        text = text.replace(marker, marker + "".join(staff_row(i) for i in range(count)), 1)
    elif kind == "attachments":
        # N different small JPEG scans (bytes after the end marker differ, so packages cannot share them), all
        # attached to the business licence (always required).
        source = out / "scans/id-li-jing.jpg"
        names = []
        for index in range(count):
            name = f"scans/extra-{index:04d}.jpg"
            (out / name).write_bytes(source.read_bytes() + f"copy {index}".encode())
            names.append(name)
        marker = "        caption: 营业执照（副本）\n"
        text = text.replace(marker, marker + "".join(f"      - {name}\n" for name in names), 1)
    else:
        sys.exit(f"unknown kind {kind!r}: use staff or attachments")
    (out / "dossier.yaml").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
