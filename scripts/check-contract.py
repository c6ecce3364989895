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
# Every golden case too: its case validates, and its assessment under every profile does, so that a
# rare branch cannot drift from the schema unseen. One batch run per profile keeps this quick.
try:
    import yaml
except ImportError:
    yaml = None
golden = sorted(glob.glob(os.path.join(root, "Tests/WaarborgRulesTests/Golden/*.yaml")))
if yaml is None:
    failed += 1
    print("FAIL golden cases: PyYAML is not installed (pip install pyyaml)")
else:
    cases = [(os.path.basename(g), yaml.safe_load(open(g))["case"]) for g in golden]
    # Golden cases may use Waarborg's additions to the case (docs/contract-additions.md): checked
    # against the project's extended copy of the schema.
    extended = Draft202012Validator(json.load(open(os.path.join(root, "contract", "case.schema.json"))))
    for name, c in cases:
        check(f"case schema (with Waarborg's additions): golden {name}", list(extended.iter_errors(c)))
    lines = "".join(json.dumps(c) + "\n" for _, c in cases)
    for p in profiles:
        r = subprocess.run([binary, "assess", "--batch", "--profile", p, "-"], input=lines, capture_output=True, text=True)
        out = r.stdout.splitlines()
        if len(out) != len(cases):
            failed += 1
            print(f"FAIL golden batch under {p}: {len(out)} lines for {len(cases)} cases: {r.stderr.strip()[:300]}")
            continue
        bad = []
        for (name, _), line in zip(cases, out):
            a = json.loads(line)
            errs = list(assessment_schema.iter_errors(a))
            if errs:
                bad.append(f"{name}: {'/'.join(map(str, errs[0].path))}: {errs[0].message[:120]}")
        check(f"assessment schema: {len(cases)} golden cases under {p}", [type("E", (), {"path": [], "message": b})() for b in bad])
        for b in bad[:5]:
            print(f"     {b}")
print(f"contract: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
