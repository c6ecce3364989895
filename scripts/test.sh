#!/usr/bin/env bash
# The project's test command: one debug build, then the unit, golden, property and end-to-end
# tests, then the contract check against the JSON Schemas, then the API fuzzing against the OpenAPI
# document (schemathesis on the debug binary), all against that build.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --build-tests
swift test --skip-build
python3 scripts/check-contract.py
bash scripts/api-fuzz.sh
