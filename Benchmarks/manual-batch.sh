#!/usr/bin/env bash
# Benchmark: `filingpack manual` over N generated clients (default 100), for each bundled set.
# Clients are copies of samples/complete/commercial/dossier.yaml with their own company, website and
# people names. Needs hyperfine; builds filingpack in release mode. Results go to BENCHMARKS.md by hand.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-100}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

swift build -c release --product filingpack --package-path "$root" >/dev/null
bin="$root/.build/release/filingpack"
sample="$root/samples/complete/commercial/dossier.yaml"

mkdir -p "$work/clients"
for i in $(seq -w 1 "$count"); do
  mkdir -p "$work/clients/client$i"
  sed -e "s/洛阳康源医药信息科技有限公司/洛阳第${i}号医药信息科技有限公司/g" \
      -e "s/康源药讯网/第${i}号药讯网/g" \
      -e "s/王海燕/王${i}燕/g" -e "s/周建国/周${i}国/g" \
      "$sample" > "$work/clients/client$i/dossier.yaml"
done

echo "cores: $(nproc); clients: $count; $("$bin" --version)"
for set in ipis-policies after-sales device-platform device-records; do
  hyperfine -N --warmup 1 --runs 3 --command-name "$set × $count clients" --export-markdown "$work/$set.md" \
    "$bin manual --set $set --format docx,odt --output $work/out-$set $(ls -d "$work"/clients/*/dossier.yaml | tr '\n' ' ')" \
    >/dev/null
  echo "== $set: $(ls "$work/out-$set" | wc -l) files, $(du -sh "$work/out-$set" | cut -f1)"
  tail -n 1 "$work/$set.md"
done
