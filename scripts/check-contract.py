#!/usr/bin/env python3
"""Contract check: every example case validates against case.schema.json, and its assessment under
every profile validates against assessment.schema.json. Prints 'N passed, N failed'."""
import json, os, subprocess, sys, glob
from jsonschema import Draft202012Validator

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shared = os.environ.get("WAARBORG_SHARED", os.path.join(os.path.dirname(root), "shared"))
contract = os.path.join(shared, "contract") if os.path.isdir(os.path.join(shared, "contract")) else os.path.join(root, "contract")
examples = sorted(glob.glob(os.path.join(contract, "examples", "*.json"))) or sorted(glob.glob(os.path.join(root, "Tests/WaarborgCLITests/Cases/*.json")))
binary = os.environ.get("WAARBORG_BIN", os.path.join(root, ".build/debug/waarborg"))
case_schema = Draft202012Validator(json.load(open(os.path.join(contract, "case.schema.json"))))
assessment_schema = Draft202012Validator(json.load(open(os.path.join(contract, "assessment.schema.json"))))
profiles = ["pact-minimum", "nl-2026", "vwn-alternative"]

passed = failed = 0
def check(name, errors):
    global passed, failed
    if errors:
        failed += 1
        print(f"FAIL {name}")
        for e in errors[:5]:
            print(f"     {'/'.join(map(str, e.path))}: {e.message}")
    else:
        passed += 1
        print(f"ok   {name}")

print(f"contract: {contract}")
for path in examples:
    name = os.path.basename(path)
    check(f"case schema: {name}", list(case_schema.iter_errors(json.load(open(path)))))
    for p in profiles:
        r = subprocess.run([binary, "assess", "--profile", p, path], capture_output=True, text=True)
        if r.returncode != 0:
            failed += 1
            print(f"FAIL assess {name} under {p}: {r.stderr.strip()}")
            continue
        a = json.loads(r.stdout)
        errors = list(assessment_schema.iter_errors(a))
        uncited = [s["rule"] for s in a["trace"] if len(s.get("ref", "")) < 3] + [t["id"] for t in a["timeline"] if len(t.get("ref", "")) < 3]
        if uncited:
            print(f"     uncited: {uncited}")
            errors = errors or [type("E", (), {"path": [], "message": "uncited steps"})()]
        check(f"assessment schema: {name} under {p} (route {a['procedure']['route']}, {a['status']})", errors)
print(f"contract: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
