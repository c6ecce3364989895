#!/usr/bin/env python3
"""V22: confidence-interval coverage. Runs M/M/10 (lambda 9, mu 1) as 200 independent macro-
replications (seeds 1..200), each giving a 95 % interval for Wq from 10 replications, and counts
how often the Erlang-C value 0.66873 falls inside. Accept if coverage is in [0.91, 0.98].
Usage: scripts/ci-coverage.py [path to waarborg release binary]"""
import json, subprocess, sys, tempfile, os

binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", ".build", "release", "waarborg")
spec = {"schema": "waarborg.network/1", "horizon": 20000, "warmup": 1000, "replications": 10, "seed": 1,
        "arrivals": [{"to": "s", "interarrival": {"exponential": {"mean": 1 / 9}}}],
        "stations": [{"id": "s", "servers": 10, "service": {"exponential": {"mean": 1}}}]}
with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
    json.dump(spec, f)
analytic, runs, hits = 0.66873, 200, 0
for seed in range(1, runs + 1):
    out = subprocess.run([binary, "simulate", "network", "--seed", str(seed), f.name], capture_output=True, text=True, check=True).stdout
    lo, hi = json.loads(out)["stations"]["s"]["all"]["meanWait"]["ci95"]
    hits += lo <= analytic <= hi
os.unlink(f.name)
coverage = hits / runs
print(f"V22 coverage of the 95 % interval for Wq: {hits}/{runs} = {coverage:.3f} (accept 0.91-0.98)")
print(f"ci-coverage: {1 if 0.91 <= coverage <= 0.98 else 0} passed, {0 if 0.91 <= coverage <= 0.98 else 1} failed")
sys.exit(0 if 0.91 <= coverage <= 0.98 else 1)
