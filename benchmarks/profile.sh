#!/usr/bin/env bash
# Instruction counts (valgrind callgrind) for one filingpack-bench workload: stable on a busy machine, unlike
# wall time. Usage: benchmarks/profile.sh WORKLOAD [LABEL]  (after benchmarks/run.sh has built and exported).
# Prints the total, the inclusive count of the workload's timed part and the top functions by self cost.
set -euo pipefail
cd "$(dirname "$0")/.."
workload=${1:?usage: benchmarks/profile.sh WORKLOAD [LABEL]}
label=${2:-current}
work=.build-bench/callgrind
mkdir -p "$work"
# valgrind 3.19 cannot read the DWARF 5 the Swift toolchain emits; symbol names are enough for callgrind.
objcopy --strip-debug .build-release/release/filingpack-bench "$work/filingpack-bench"
out="$work/$workload.$label.out"
valgrind --tool=callgrind --callgrind-out-file="$out" "$work/filingpack-bench" measure "$workload" \
    --repeats 1 --warmup 0 --content .build-bench/synthetic --scratch .build-bench/scratch >/dev/null 2>"$work/valgrind.log"
demangle() { if command -v swift >/dev/null; then swift demangle --simplified; else cat; fi; }
echo "== $workload ($label): inclusive"
callgrind_annotate --inclusive=yes "$out" 2>/dev/null | demangle \
    | grep -E "PROGRAM TOTALS|WriterWorkloads\.(write|zlibFloor)|ZlibFloor\.deflateAll|DocumentWriter\.write|package\(_:\)|ZipPackage\.write|deflate \[|Workloads\." \
    | head -20 | cut -c1-160
echo "== self cost"
callgrind_annotate "$out" 2>/dev/null | demangle | sed -n '/file:function/,$p' | sed -n 3,30p | cut -c1-160
