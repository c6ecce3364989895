#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server for the register's PostgreSQL tests:
#   bash scripts/with-postgres.sh swift test --skip-build --filter Register
# A private cluster in a temporary directory, on a free loopback port, with fsync off (it holds
# only test data), stopped and removed when the command ends. It leaves the machine's own
# clusters alone, so it works next to another project's server and on a fresh machine. The
# command sees WAARBORG_TEST_POSTGRES_URL, a role that may create databases (each test makes
# its own and drops it). An already set WAARBORG_TEST_POSTGRES_URL is used as it is.
set -euo pipefail
if [ -n "${WAARBORG_TEST_POSTGRES_URL:-}" ]; then exec "$@"; fi

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
PGBIN=$(pg_bin)
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
    echo "with-postgres: installing PostgreSQL (Debian's postgresql package)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    PGBIN=$(pg_bin)
fi

# initdb and postgres refuse to run as root: as root, the cluster belongs to the postgres user
# that the Debian package creates.
if [ "$(id -u)" = 0 ]; then AS=(runuser -u postgres --); else AS=(); fi
DIR=$(mktemp -d "${TMPDIR:-/tmp}/waarborg-pg.XXXXXX")
chmod 755 "$DIR"
[ "$(id -u)" = 0 ] && chown postgres: "$DIR"
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
PASSWORD=$(python3 -c 'import secrets; print(secrets.token_hex(16))')

stop() {
    "${AS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$DIR"
}
trap stop EXIT

"${AS[@]}" "$PGBIN/initdb" -D "$DIR/data" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log"; exit 1; }
"${AS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null \
    || { cat "$DIR/server.log"; exit 1; }
"${AS[@]}" "$PGBIN/psql" -q -h "$DIR" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE waarborg_test LOGIN CREATEDB PASSWORD '$PASSWORD'" \
    -c "CREATE DATABASE waarborg_test OWNER waarborg_test" >/dev/null

export WAARBORG_TEST_POSTGRES_URL="postgres://waarborg_test:$PASSWORD@127.0.0.1:$PORT/waarborg_test"
echo "with-postgres: PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT (data in $DIR)"
"$@"
