"""Turns the results of benchmarks/run.sh into the tables of BENCHMARKS.md (between the bench markers).

Usage: report.py RESULTS_DIR BENCHMARKS.md
Standard library only.
"""
import glob
import json
import os
import platform
import statistics
import subprocess
import sys
import time

BEGIN, END = "<!-- bench:begin (benchmarks/run.sh rewrites this part) -->", "<!-- bench:end -->"


def read(path, default=""):
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read().strip()
    except OSError:
        return default


def machine():
    cpu = "unknown"
    for line in read("/proc/cpuinfo").splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    memory = "unknown"
    for line in read("/proc/meminfo").splitlines():
        if line.startswith("MemTotal"):
            memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    system = platform.platform()
    for line in read("/etc/os-release").splitlines():
        if line.startswith("PRETTY_NAME="):
            system = line.split("=", 1)[1].strip('"') + f", Linux {platform.release()}"
    return cpu, os.cpu_count(), memory, system


def ms(seconds):
    return f"{seconds * 1000:,.0f} ms" if seconds >= 1 else f"{seconds * 1000:,.1f} ms"


def mb(size):
    return f"{size / 1048576:,.1f} MB"


def quartile_spread(times):
    if len(times) < 2:
        return 0.0
    quartiles = statistics.quantiles(times, n=4, method="inclusive")
    median = statistics.median(times)
    return (quartiles[2] - quartiles[0]) / 2 / median * 100 if median else 0.0


def tool_of(command):
    if "python_docx_build" in command:
        return "python-docx"
    if "docxtpl_render" in command:
        return "docxtpl"
    if command.startswith("pandoc"):
        return "pandoc"
    return "filingpack"


def main(results, target):
    inprocess = {}
    for line in read(os.path.join(results, "inprocess.jsonl")).splitlines():
        item = json.loads(line)
        inprocess[item["workload"]] = item
    rusage = {}
    for line in read(os.path.join(results, "rusage.tsv")).splitlines():
        name, command, values = line.split("\t")
        rss, wall, user, system = values.split()
        rusage[(name, command)] = (int(rss) * 1024, float(wall), float(user) + float(system))
    cpu, cores, memory, system = machine()
    out = [BEGIN, "", f"Last run: {time.strftime('%Y-%m-%d %H:%M %Z')} by `benchmarks/run.sh`.", ""]
    out += ["| machine | |", "|---|---|", f"| CPU | {cpu}, {cores} cores |", f"| memory | {memory} |",
            f"| OS | {system} |",
            f"| load average (start → end) | {read(os.path.join(results, 'load-start.txt')).split('load average:')[-1].strip()}"
            f" → {read(os.path.join(results, 'load-end.txt')).split('load average:')[-1].strip()} |"]
    for line in read(os.path.join(results, "versions.txt")).splitlines():
        key, _, value = line.partition(": ")
        out.append(f"| {key} | {value} |")
    missing = [m for m in read(os.path.join(results, "missing.txt")).splitlines() if m]
    if missing:
        out += ["", "**Missing peers (rows left out):** " + "; ".join(missing)]
    out += ["", "Times are medians; spread is half the interquartile range as a share of the median. Ratios are "
            "filingpack's time divided by the peer's (below 1 means filingpack is faster; 0.1 is 10×).", ""]

    # Workload 3 in-process, with the floor.
    def row(key, label, floor=None):
        item = inprocess.get(key)
        if not item:
            return None
        summary = item["summary"]
        cpu = summary.get("cpuMedianMilliseconds")
        cells = [label, f"{summary['medianMilliseconds']:,.1f} ms", f"±{summary['spreadPercent']:.1f} %",
                 (f"{cpu:,.1f} ms ({summary.get('systemMedianMilliseconds', 0):,.1f} kernel)" if cpu is not None
                  else "—"),
                 mb(item["max_rss_bytes"]), mb(item["output_bytes"]) if item["output_bytes"] else "—"]
        if floor and floor in inprocess:
            other = inprocess[floor]["summary"]
            ratio = f"{summary['medianMilliseconds'] / other['medianMilliseconds']:.2f}× wall"
            if cpu is not None and other.get("cpuMedianMilliseconds"):
                ratio += f", {cpu / other['cpuMedianMilliseconds']:.2f}× CPU"
            cells.append(ratio)
        else:
            cells.append("")
        return "| " + " | ".join(cells) + " |"

    out += ["### Workload 3: synthetic document in process (writer only, the document model built beforehand)", "",
            "| step | median | spread | CPU time (of which kernel) | max RSS | output | × zlib floor |", "|---|---|---|---|---|---|---|"]
    for key, label, floor in [
        ("synthetic-docx", "DOCX writer → file", "zlib-floor-docx"), ("zlib-floor-docx", "zlib floor, DOCX parts", None),
        ("synthetic-odt", "ODT writer → file", "zlib-floor-odt"), ("zlib-floor-odt", "zlib floor, ODT parts", None),
        ("synthetic-model", "building the document model", None),
    ]:
        line = row(key, label, floor)
        if line:
            out.append(line)
    notes = [inprocess[k]["note"] for k in ("zlib-floor-docx", "zlib-floor-odt") if k in inprocess]
    if notes:
        out += ["", "Floor inputs: DOCX " + notes[0] + (("; ODT " + notes[1]) if len(notes) > 1 else "") +
                " (deflate level 6, raw, memLevel 9, one call per part, plus CRC-32)."]

    # Whole commands.
    titles = {"binder": "Workload 2: `filingpack build` of a sample binder vs the peers on the same content",
              "synthetic": "Workload 3: synthetic document (566 pages), whole command (build model + write)",
              "manual": "Workload 4: `filingpack manual`, batch of generated clients (ipis-policies, DOCX + ODT)"}
    files = sorted(glob.glob(os.path.join(results, "hf-*.json")))
    for prefix in ("binder", "synthetic", "manual"):
        chosen = [f for f in files if os.path.basename(f)[3:].startswith(prefix)]
        if not chosen:
            continue
        out += ["", f"### {titles[prefix]}", "",
                "| case | tool | median | spread | max RSS | CPU / wall | filingpack / peer |", "|---|---|---|---|---|---|---|"]
        for path in chosen:
            name = os.path.basename(path)[3:-5]
            with open(path, encoding="utf-8") as handle:
                results_list = json.load(handle)["results"]
            medians = {tool_of(r["command"]): statistics.median(r["times"]) for r in results_list}
            ours = medians.get("filingpack")
            for result in results_list:
                tool = tool_of(result["command"])
                median = statistics.median(result["times"])
                rss, wall, cpu_time = rusage.get((name, result["command"]), (0, 0, 0))
                ratio = f"{ours / median:.3f}" if ours and tool != "filingpack" else ""
                out.append(f"| {name} | {tool} | {ms(median)} | ±{quartile_spread(result['times']):.1f} % | "
                           f"{mb(rss) if rss else '—'} | {cpu_time / wall:.2f} | {ratio} |" if wall else
                           f"| {name} | {tool} | {ms(median)} | ±{quartile_spread(result['times']):.1f} % | — | — | {ratio} |")

    out += ["", "### Workload 1: `check` of 1,000 generated dossiers (in process)", "",
            "| step | median, 1,000 dossiers | per dossier | spread | max RSS |", "|---|---|---|---|---|"]
    for key, label in [("check-loaded", "check (dossiers loaded beforehand)"),
                       ("load-check", "load (YAML, schema, model) + check")]:
        item = inprocess.get(key)
        if item:
            median = item["summary"]["medianMilliseconds"]
            out.append(f"| {label} | {median:,.0f} ms | {median / 1000:.3f} ms | ±{item['summary']['spreadPercent']:.1f} % | "
                       f"{mb(item['max_rss_bytes'])} |")
    out += ["", END]

    text = read(target)
    if BEGIN in text and END in text:
        text = text[:text.index(BEGIN)] + "\n".join(out) + text[text.index(END) + len(END):]
    else:
        text = text.rstrip() + "\n\n" + "\n".join(out) + "\n"
    with open(target, "w", encoding="utf-8") as handle:
        handle.write(text if text.endswith("\n") else text + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
