# Sourced by scripts/api-fuzz.sh and scripts/load-test.sh: a new register in a temporary folder and
# a `waarborg serve` on a free loopback port, stopped (SIGTERM, a graceful shutdown) and removed
# when the script exits, however it exits.
#   serve_prepare            sets $work (the folder) and $db (sqlite:// URL) and the exit trap
#   serve_start BIN          starts BIN serve on $db, waits for /health, sets $port, $base, $server_pid
serve_prepare() {
    work=$(mktemp -d /tmp/waarborg-serve.XXXXXX)
    db="sqlite://$work/register.db"
    server_pid=""
    trap serve_stop EXIT
}

serve_stop() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid"; wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}

serve_start() {
    local bin=$1
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    base="http://127.0.0.1:$port"
    "$bin" serve --port "$port" --database "$db" > "$work/server.out" 2> "$work/server.log" &
    server_pid=$!
    for _ in $(seq 1 100); do
        curl -fsS "$base/health" >/dev/null 2>&1 && return 0
        kill -0 "$server_pid" 2>/dev/null || { echo "the server did not start:" >&2; cat "$work/server.log" >&2; exit 1; }
        sleep 0.1
    done
    echo "the server did not answer $base/health within 10 s" >&2; exit 1
}
