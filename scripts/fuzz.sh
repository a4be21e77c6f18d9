#!/usr/bin/env bash
# Fuzzes dossier YAML → model → check → draft build (DOCX + ODT) with libFuzzer for SECONDS (default 60).
#
#   scripts/fuzz.sh [SECONDS]
#
# Builds the filingpack-fuzz product with -sanitize=fuzzer into .build-fuzz/ (its own scratch path, so the
# ordinary debug build is not invalidated), seeds the corpus with every sample dossier and fuzz/seeds/*.yaml,
# and stops at the first crash, leaving the input in .build-fuzz/crashes/. Replay an input with the plain build:
#   swift run filingpack-fuzz .build-fuzz/crashes/crash-…
set -euo pipefail

cd "$(dirname "$0")/.."
seconds="${1:-60}"
scratch=.build-fuzz

swift build --product filingpack-fuzz --scratch-path "$scratch" \
    -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING
binary="$(swift build --product filingpack-fuzz --scratch-path "$scratch" \
    -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING --show-bin-path)/filingpack-fuzz"

corpus="$scratch/corpus"
mkdir -p "$corpus" "$scratch/crashes"
index=0
for seed in samples/*/*/dossier.yaml fuzz/seeds/*.yaml; do
    index=$((index + 1))
    cp "$seed" "$corpus/seed-$index.yaml"
done

export FILINGPACK_TEMPLATES="$PWD/templates"
# -timeout: one input may take at most 30 s (a hang is a finding); -rss_limit_mb bounds memory per input;
# -max_len covers the sample dossiers (about 12 KB) with room for growth.
"$binary" "$corpus" -dict=fuzz/dossier.dict -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 \
    -max_len=32768 -artifact_prefix="$scratch/crashes/" -print_final_stats=1
