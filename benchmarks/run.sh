#!/usr/bin/env bash
# Runs every benchmark and rewrites the tables in BENCHMARKS.md (between the bench markers).
#   benchmarks/run.sh            full run (about 10–20 minutes on 2 cores)
#   RUNS=3 SLOW_RUNS=2 CLIENTS=20 benchmarks/run.sh   fewer repetitions / clients
#   SCRATCH=.build-release benchmarks/run.sh   another SwiftPM build folder; COUNT_PAGES=1 counts the
#   synthetic document's pages with LibreOffice
# Installs its peers when it can (Debian's pandoc and hyperfine when root, python-docx and docxtpl from PyPI into
# .build-bench/venv) and says clearly which are missing; a missing peer leaves its rows out, nothing else.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=.build-bench
runs=${RUNS:-5}
slow_runs=${SLOW_RUNS:-3}
clients=${CLIENTS:-100}
scratch=${SCRATCH:-.build}   # SwiftPM build folder
mkdir -p "$work/results" "$work/scratch"
rm -f "$work"/results/*
missing=()
note() { printf '== %s\n' "$*" >&2; }

# --- peers ---------------------------------------------------------------------------------------------------
if ! command -v pandoc >/dev/null || ! command -v hyperfine >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        note "installing pandoc and hyperfine (apt)"
        apt-get install -y pandoc hyperfine >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y pandoc hyperfine >/dev/null 2>&1; }
    fi
fi
command -v pandoc >/dev/null || missing+=("pandoc (apt-get install pandoc)")
if ! command -v hyperfine >/dev/null; then
    echo "hyperfine is missing (apt-get install hyperfine); whole-command timings need it" >&2
    exit 1
fi
python=$work/venv/bin/python
if [ ! -x "$python" ]; then python3 -m venv "$work/venv" >/dev/null 2>&1 || true; fi
if [ -x "$python" ] && ! "$python" -c 'import docx, docxtpl' 2>/dev/null; then
    note "installing python-docx and docxtpl (pip, into $work/venv)"
    "$python" -m pip install -q python-docx docxtpl >/dev/null 2>&1 || true
fi
have_python_docx=0; have_docxtpl=0
if [ -x "$python" ] && "$python" -c 'import docx' 2>/dev/null; then have_python_docx=1; else missing+=("python-docx (pip install python-docx)"); fi
if [ -x "$python" ] && "$python" -c 'import docxtpl' 2>/dev/null; then have_docxtpl=1; else missing+=("docxtpl (pip install docxtpl)"); fi
for m in "${missing[@]}"; do echo "MISSING: $m — its rows are left out" >&2; done
printf '%s\n' "${missing[@]}" > "$work/results/missing.txt"

# --- build and content -----------------------------------------------------------------------------------------
note "building release (filingpack, filingpack-bench)"
swift build -c release --scratch-path "$scratch" --product filingpack >/dev/null || exit 1
swift build -c release --scratch-path "$scratch" --product filingpack-bench >/dev/null || exit 1
bin=$(swift build -c release --scratch-path "$scratch" --show-bin-path)
fp=$bin/filingpack
bench=$bin/filingpack-bench
uptime > "$work/results/load-start.txt"

note "exporting content for the peers"
"$bench" export synthetic "$work/synthetic" || exit 1
samples=(commercial non-commercial)
for sample in "${samples[@]}"; do
    "$bench" export binder "$work/binder-$sample" --dossier "samples/complete/$sample/dossier.yaml" || exit 1
done
if [ $have_docxtpl = 1 ]; then "$python" benchmarks/peers/docxtpl_template.py "$work/template.docx" || have_docxtpl=0; fi

mkdir -p "$work/clients"
for i in $(seq -w 1 "$clients"); do
    mkdir -p "$work/clients/client$i"
    sed -e "s/洛阳康源医药信息科技有限公司/洛阳第${i}号医药信息科技有限公司/g" -e "s/康源药讯网/第${i}号药讯网/g" \
        -e "s/王海燕/王${i}燕/g" -e "s/周建国/周${i}国/g" \
        samples/complete/commercial/dossier.yaml > "$work/clients/client$i/dossier.yaml"
done

# --- in-process workloads (one process each, so max RSS is the workload's own) ------------------------------
measure() { "$bench" measure "$@" --content "$work/synthetic" --scratch "$work/scratch" >> "$work/results/inprocess.jsonl"; }
note "in-process: synthetic document (workload 3) and zlib floor"
measure synthetic-docx --repeats $((runs * 2)) --warmup 2
measure synthetic-odt --repeats $((runs * 2)) --warmup 2
measure zlib-floor-docx --repeats $((runs * 2)) --warmup 2
measure zlib-floor-odt --repeats $((runs * 2)) --warmup 2
measure synthetic-model --repeats "$runs"
note "in-process: check of 1,000 dossiers (workload 1)"
measure check-loaded --repeats "$runs"
measure load-check --repeats "$slow_runs" --warmup 0

# --- whole commands side by side (hyperfine) ----------------------------------------------------------------------
# compare NAME CMD...: hyperfine over the commands, then one /usr/bin/time run each for max RSS and CPU time.
compare() {
    local name=$1 count=$2; shift 2
    local args=()
    for command in "$@"; do args+=("$command"); done
    note "whole commands: $name"
    hyperfine -N --warmup 1 --runs "$count" --export-json "$work/results/hf-$name.json" "${args[@]}" >/dev/null
    for command in "$@"; do
        /usr/bin/time -f "%M %e %U %S" -o "$work/results/time.tmp" bash -c "$command" >/dev/null 2>&1
        printf '%s\t%s\t%s\n' "$name" "$command" "$(cat "$work/results/time.tmp")" >> "$work/results/rusage.tsv"
    done
}
out=$work/scratch
for sample in "${samples[@]}"; do
    content=$work/binder-$sample
    for format in docx odt; do
        commands=("$fp build samples/complete/$sample/dossier.yaml --format $format --output $out/build-$sample")
        command -v pandoc >/dev/null && commands+=("pandoc $content/content.md --resource-path $content -o $out/pandoc-$sample.$format")
        if [ $format = docx ]; then
            [ $have_python_docx = 1 ] && commands+=("$python benchmarks/peers/python_docx_build.py $content/content.json $out/python-docx-$sample.docx")
            [ $have_docxtpl = 1 ] && commands+=("$python benchmarks/peers/docxtpl_render.py $work/template.docx $content/content.json $out/docxtpl-$sample.docx")
        fi
        compare "binder-$sample-$format" "$runs" "${commands[@]}"
    done
done
content=$work/synthetic
for format in docx odt; do
    commands=("$bench write-synthetic $format $out/synthetic-cli.$format --content $content")
    command -v pandoc >/dev/null && commands+=("pandoc $content/content.md --resource-path $content -o $out/pandoc-synthetic.$format")
    if [ $format = docx ]; then
        [ $have_python_docx = 1 ] && commands+=("$python benchmarks/peers/python_docx_build.py $content/content.json $out/python-docx-synthetic.docx")
        [ $have_docxtpl = 1 ] && commands+=("$python benchmarks/peers/docxtpl_render.py $work/template.docx $content/content.json $out/docxtpl-synthetic.docx")
    fi
    compare "synthetic-$format" "$slow_runs" "${commands[@]}"
done
compare "manual-$clients" "$slow_runs" \
    "$fp manual --set ipis-policies --format docx,odt --output $out/manuals $(ls -d "$work"/clients/*/dossier.yaml | tr '\n' ' ')"

uptime > "$work/results/load-end.txt"
{
    echo "swift: $(swift --version 2>&1 | head -1)"
    command -v pandoc >/dev/null && echo "pandoc: $(pandoc --version | head -1)"
    echo "hyperfine: $(hyperfine --version)"
    echo "python: $("${python:-python3}" --version 2>&1)"
    [ $have_python_docx = 1 ] && echo "python-docx: $("$python" -c 'import importlib.metadata as m; print(m.version("python-docx"))')"
    [ $have_docxtpl = 1 ] && echo "docxtpl: $("$python" -c 'import importlib.metadata as m; print(m.version("docxtpl"))')"
    echo "zlib: $(dpkg-query -W -f='${Version}' zlib1g 2>/dev/null || echo unknown)"
    if [ "${COUNT_PAGES:-0}" = 1 ] && command -v soffice >/dev/null; then
        soffice --headless --convert-to pdf --outdir "$out" "$out/synthetic-cli.odt" >/dev/null 2>&1
        echo "pages: $(pdfinfo "$out/synthetic-cli.pdf" 2>/dev/null | awk '/^Pages:/{print $2}')"
    fi
} > "$work/results/versions.txt"
python3 benchmarks/report.py "$work/results" BENCHMARKS.md
note "BENCHMARKS.md updated"
