#!/usr/bin/env bash
# The project's test command: one debug build, then the unit, golden, property and end-to-end
# tests, then the contract check against the JSON Schemas, then the API fuzzing against the OpenAPI
# document (schemathesis on the debug binary), then the web pages in headless Chromium (Selenium,
# axe-core), all against that build.
set -euo pipefail
cd "$(dirname "$0")/.."
# The register's PostgreSQL tests need a server: without one given, scripts/with-postgres.sh
# starts a private, throwaway cluster (installing Debian's postgresql if it is missing) and runs
# this script again inside it. With CI=true the PostgreSQL tests fail, not skip, without one.
if [ -z "${WAARBORG_TEST_POSTGRES_URL:-}" ]; then exec bash scripts/with-postgres.sh bash scripts/test.sh "$@"; fi
swift build --build-tests
swift test --skip-build
python3 scripts/check-contract.py
bash scripts/api-fuzz.sh
bash scripts/browser-test.sh
