#!/usr/bin/env bash
# Load test of the HTTP server with wrk, on the loopback address only: a release build serves a new
# register, then wrk runs twice for a fixed time, each run bounded in time and connections:
#   1. POST /v1/assess with one example case (the stateless contract: decode, rules, JSON);
#   2. GET /v1/cases/1 with a reader token (the token check and a register read).
# Prints wrk's requests/s, its latency distribution (p50, p99) and the errors of each run.
# Not part of CI: the figures go into docs/benchmarks.md with the machine and the date.
#   LOAD_DURATION     seconds per run (default 20)
#   LOAD_CONNECTIONS  open connections (default 64)
#   LOAD_THREADS      wrk threads (default 2, one per core here)
#   LOAD_SCRATCH      the build folder (default .build)
#   LOG_LEVEL         the server's log level (default info: a line per request, to a file)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
command -v wrk >/dev/null || { echo "load-test: wrk not found (apt-get install wrk)" >&2; exit 1; }
duration=${LOAD_DURATION:-20}
connections=${LOAD_CONNECTIONS:-64}
threads=${LOAD_THREADS:-2}
scratch=${LOAD_SCRATCH:-.build}
case_file=Tests/WaarborgCLITests/Cases/somali-boy-unaccompanied.json

swift build -c release --product waarborg --scratch-path "$scratch"
bin=$scratch/release/waarborg

. scripts/lib-serve.sh
serve_prepare

reader=$("$bin" admin create-token --role reader --name load --database "$db" 2>/dev/null)
"$bin" cases add "$case_file" --database "$db" >/dev/null

LOG_LEVEL=${LOG_LEVEL:-info} serve_start "$bin"

# Both requests must succeed before they are timed: a load test of 404s measures nothing.
curl -fsS -o /dev/null -X POST --data-binary "@$case_file" "$base/v1/assess"
curl -fsS -o /dev/null -H "Authorization: Bearer $reader" "$base/v1/cases/1"

echo "load-test: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(date -u +%Y-%m-%dT%H:%MZ)"
echo "load-test: $connections connections, $threads threads, ${duration}s per run, log level ${LOG_LEVEL:-info}"
echo "load-test: load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# Each run's output is kept under a file name of its own (a route has slashes, so not the title).
run() {
    local file=$1 name=$2; shift 2
    echo
    echo "== $name"
    "$@" | tee "$work/$file.txt"
}
run assess "POST /v1/assess" env WRK_BODY="$case_file" wrk -t "$threads" -c "$connections" -d "${duration}s" --latency -s scripts/load/wrk.lua "$base/v1/assess"
run case-read "GET /v1/cases/1" env WRK_TOKEN="$reader" wrk -t "$threads" -c "$connections" -d "${duration}s" --latency -s scripts/load/wrk.lua "$base/v1/cases/1"

echo
echo "== summary"
for f in "$work"/*.txt; do
    name=$(basename "$f" .txt)
    rps=$(awk '/^Requests\/sec/ {print $2}' "$f")
    p50=$(awk '$1 == "50%" {print $2}' "$f")
    p99=$(awk '$1 == "99%" {print $2}' "$f")
    errors=$(grep '^errors:' "$f" | sed 's/^errors: //')
    printf '%-18s %10s req/s   p50 %-8s p99 %-8s errors: %s\n' "$name" "$rps" "$p50" "$p99" "$errors"
done
echo "load-test: load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
