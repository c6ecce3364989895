#!/usr/bin/env bash
# Batch assessment throughput on one core: 100,000 generated cases through `waarborg assess --batch`
# (release build, full trace, JSON Lines out). Prints cases per second for each profile.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
swift build -c release --product waarborg >/dev/null
swift build -c release --product waarborg-assess-bench >/dev/null
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

# The rules alone, cases decoded beforehand (Benchmarks/AssessBench): the decision path the
# simulation uses (silent, no open-fact search), the full assessment, and the full assessment
# written as JSON. Once on the generated cases (about 7 % of findings missing, so most cases need
# the open-fact search) and once with every finding given.
python3 scripts/generate-cases.py 20000 1 1 > "$WORK/complete.jsonl"
for set in cases complete; do
  echo "rules only, $set.jsonl (20,000 cases of the file above, nl-2026):"
  head -20000 "$WORK/$set.jsonl" > "$WORK/$set-20k.jsonl"
  taskset -c 0 .build/release/waarborg-assess-bench "$WORK/$set-20k.jsonl" nl-2026 | sed 's/^/  /'
done
