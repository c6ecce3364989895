#!/usr/bin/env bash
# Batch assessment throughput on one core: 100,000 generated cases through `waarborg assess --batch`
# (release build, full trace, JSON Lines out). Prints cases per second for each profile.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
swift build -c release --product waarborg >/dev/null
BIN=.build/release/waarborg
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 scripts/generate-cases.py "$N" 1 > "$WORK/cases.jsonl"
echo "machine: $(uname -m), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "date: $(date -u +%Y-%m-%d)   cases: $N   input: $(du -h "$WORK/cases.jsonl" | cut -f1)"
for profile in nl-2026 pact-minimum vwn-alternative; do
  start=$(date +%s.%N)
  taskset -c 0 "$BIN" assess --batch --profile "$profile" "$WORK/cases.jsonl" > "$WORK/out.jsonl" || true
  end=$(date +%s.%N)
  lines=$(wc -l < "$WORK/out.jsonl")
  errors=$(grep -c '"error"' "$WORK/out.jsonl" || true)
  awk -v n="$lines" -v s="$start" -v e="$end" -v p="$profile" -v err="$errors" -v sz="$(du -m "$WORK/out.jsonl" | cut -f1)" \
    'BEGIN { t = e - s; printf "%-16s %7d assessments in %6.2f s = %8.0f per second on one core (%d error records, %d MB of JSON)\n", p, n, t, n / t, err, sz }'
done
