#!/usr/bin/env bash
# The web pages in a real browser: the already-built debug binary serves a new, empty register on
# a free loopback port, with a caseworker's and a reader's token, and Tests/browser/test_web.py
# drives headless Chromium through Selenium against it (each example case typed into the intake
# form, compare, the language switch, roles, no outside requests, axe-core). It does not build:
# run it after `swift build` (scripts/test.sh does). Needs chromium, chromium-driver (Debian) and
# selenium, axe-selenium-python (pip); .ci/run installs them.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/debug/waarborg
[ -x "$bin" ] || { echo "browser-test: $bin not found: build first (swift build)" >&2; exit 1; }
command -v chromium >/dev/null && command -v chromedriver >/dev/null \
    || { echo "browser-test: chromium and chromedriver not found (apt-get install chromium chromium-driver)" >&2; exit 1; }
python3 -c "import selenium, axe_selenium_python" 2>/dev/null \
    || { echo "browser-test: selenium and axe-selenium-python not found (python3 -m pip install selenium axe-selenium-python)" >&2; exit 1; }

. scripts/lib-serve.sh
serve_prepare
export WAARBORG_CASEWORKER_TOKEN=$("$bin" admin create-token --role caseworker --name browser-caseworker --database "$db" 2>/dev/null)
export WAARBORG_READER_TOKEN=$("$bin" admin create-token --role reader --name browser-reader --database "$db" 2>/dev/null)
LOG_LEVEL=${LOG_LEVEL:-warning} serve_start "$bin"
export WAARBORG_URL=$base
echo "browser-test: Chromium $(chromium --version 2>/dev/null | awk '{print $2}') against $base"
status=0
python3 Tests/browser/test_web.py || status=$?
if [ "$status" -ne 0 ]; then echo "browser-test: server log:" >&2; tail -40 "$work/server.log" >&2; fi
exit "$status"
