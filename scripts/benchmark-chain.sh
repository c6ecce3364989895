#!/usr/bin/env bash
# Speed of the chain simulation on the calibrated baseline: 3 profiles, the scenario's replications
# (20) and horizon (60 months), on every core, with the release build. Prints the wall time and the
# simulated persons and events per second (record them in docs/benchmarks.md with the machine).
# Usage: bash scripts/benchmark-chain.sh [SCENARIO] [REPLICATIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
scenario="${1:-scenarios/nl-2026.yaml}"
reps="${2:-20}"
swift build -c release --product waarborg >/dev/null
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
echo "machine: $(uname -m), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "scenario: $scenario, replications: $reps"
for run in 1 2 3; do
  .build/release/waarborg simulate chain "$scenario" --profiles pact-minimum,nl-2026,vwn-alternative \
    --replications "$reps" --output "$out" --progress never | tail -1
done
