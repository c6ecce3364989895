#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png: builds the debug binary, serves a new register on a free
# port with a caseworker's token, and lets Tests/browser/screenshots.py type an example case into
# the pages in headless Chromium. Needs what scripts/browser-test.sh needs.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product waarborg >/dev/null
bin=.build/debug/waarborg
. scripts/lib-serve.sh
serve_prepare
export WAARBORG_CASEWORKER_TOKEN=$("$bin" admin create-token --role caseworker --name screenshots --database "$db" 2>/dev/null)
export WAARBORG_READER_TOKEN=$WAARBORG_CASEWORKER_TOKEN
LOG_LEVEL=warning serve_start "$bin"
export WAARBORG_URL=$base
python3 Tests/browser/screenshots.py "${1:-docs/screenshots}"
