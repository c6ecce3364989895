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
# Output goes through a pipe to a line count on the other core, so the figure measures assessing
# and writing JSON, not the disk.
for profile in nl-2026 pact-minimum vwn-alternative; do
  start=$(date +%s.%N)
  set +o pipefail
  lines=$(taskset -c 0 "$BIN" assess --batch --profile "$profile" "$WORK/cases.jsonl" | taskset -c 1 wc -l)
  status=${PIPESTATUS[0]}
  set -o pipefail
  end=$(date +%s.%N)
  awk -v n="$lines" -v s="$start" -v e="$end" -v p="$profile" -v st="$status" \
    'BEGIN { t = e - s; printf "%-16s %7d assessments in %6.2f s = %8.0f per second on one core (exit status %d)\n", p, n, t, n / t, st }'
done
