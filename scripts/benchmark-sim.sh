#!/usr/bin/env bash
# The simulation engine next to SimPy and Ciw (installed with pip in a virtual environment) and a
# bare struct-on-heap event loop, all on one core. Prints each figure and the ratios the issue asks
# for; record the output with the date and machine in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product waarborg-bench >/dev/null
swift build -c release --product waarborg >/dev/null
if [ ! -x .venv-bench/bin/python ]; then
  python3 -m venv .venv-bench
  .venv-bench/bin/pip install --quiet simpy ciw
fi
echo "machine: $(uname -m), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); date: $(date -u +%Y-%m-%d)"
echo "peers: $(.venv-bench/bin/python -c 'import simpy, ciw; print("SimPy", simpy.__version__, "/ Ciw", ciw.__version__)')"
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
taskset -c 0 .build/release/waarborg-bench | tee -a "$OUT"
taskset -c 0 .venv-bench/bin/python scripts/peers_bench.py | tee -a "$OUT"
# The public path: network file in, result JSON out, through the CLI.
cat > "$OUT.json" <<'JSON'
{"schema": "waarborg.network/1", "horizon": 500000, "warmup": 1000, "replications": 1, "seed": 1,
 "arrivals": [{"to": "s", "interarrival": {"exponential": {"mean": 0.1111111111111111}}}],
 "stations": [{"id": "s", "servers": 10, "service": {"exponential": {"mean": 1}}}]}
JSON
taskset -c 0 .build/release/waarborg simulate network --threads 1 "$OUT.json" \
  | python3 -c 'import json,sys; d=json.load(sys.stdin); print("cli-mm10", int(d["events"] / 2 / d["wallSeconds"]), "customers/s")' | tee -a "$OUT"
rm -f "$OUT.json"
python3 - "$OUT" <<'PY'
import sys
v = {}
for line in open(sys.argv[1]):
    parts = line.split()
    if len(parts) >= 2 and parts[1].isdigit():
        v[parts[0]] = int(parts[1])
print()
print(f"engine M/M/10 / SimPy M/M/10:     {v['engine-mm10'] / v['simpy-mm10']:.1f}x (target 50x)")
print(f"CLI M/M/10 / SimPy M/M/10:        {v['cli-mm10'] / v['simpy-mm10']:.1f}x")
print(f"engine M/M/10 / Ciw M/M/10:       {v['engine-mm10'] / v['ciw-mm10']:.1f}x")
print(f"engine M/M/10 / bare event loop:  {v['engine-mm10'] / v['bare-mm10']:.2f} (target at least 0.5)")
print(f"engine hold-1000 / SimPy hold-1000: {v['engine-hold-1000'] / v['simpy-hold-1000']:.1f}x")
PY
