#!/usr/bin/env bash
# Time and peak memory (max RSS) of `filingpack check` and `build` on generated large dossiers.
#
#   scripts/measure-large.sh [debug|release]
#
# Dossiers come from scripts/large-dossier.py: 997 added staff rows (1,000 with the sample's, the list limit), 10,000 staff rows (refused
# at the limit) and 500 attachments. Results go to stdout; docs/safety.md records a run.
set -euo pipefail

cd "$(dirname "$0")/.."
configuration="${1:-debug}"
swift build -c "$configuration" --product filingpack >/dev/null 2>&1
binary="$(swift build -c "$configuration" --show-bin-path)/filingpack"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

measure() {
    local label="$1"; shift
    local status=0
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>"$work/err" || status=$?
    read -r seconds kilobytes < <(tail -n 1 "$work/time")
    printf '%-34s exit %s  %6s s  %6d MB max RSS  %s\n' "$label" "$status" "$seconds" "$((kilobytes / 1024))" \
        "$(grep -m1 -v '^$' "$work/err" | cut -c1-110 || true)"
}

for spec in "staff 997" "staff 10000" "attachments 500"; do
    set -- $spec
    python3 scripts/large-dossier.py "$1" "$2" "$work/$1-$2"
    measure "check, $2 $1" "$binary" check "$work/$1-$2/dossier.yaml"
    measure "build --draft, $2 $1" "$binary" build "$work/$1-$2/dossier.yaml" --draft --output "$work/out-$1-$2"
done
