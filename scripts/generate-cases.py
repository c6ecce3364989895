#!/usr/bin/env python3
"""Writes N varied waarborg.case/1 cases as JSON Lines (seeded, reproducible): every arrival kind,
known and unknown nationalities, minors, families, histories, findings given or missing."""
import json, random, sys, datetime
n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
nats = ["SYR", "BGD", "AFG", "SDN", "MAR", "TUR", "ERI", "COL", "IRQ", "GEO", "PAK", "SOM", "EGY", "IND", "YEM", None]
kinds = ["border-crossing-point", "irregular-crossing", "sea-rescue", "in-territory", "lawful-stay", "relocation"]
findings = ["irrelevantIssuesOnly", "inconsistentOrFalseStatements", "misledAuthorities", "applicationToDelayRemoval",
            "safeCountryOfOriginRebutted", "publicOrderDanger", "newElements", "lateApplicationWithoutReason", "refusesBiometrics",
            "significantChangeInCountry", "categoryNotRepresentative", "specialNeedsUnsupported", "medicalReasonsAgainstBorder",
            "familyTiesDoubted", "traffickingIndications", "firstCountryOfAsylum", "safeThirdCountry",
            "internalSecurityThreat", "detentionGuaranteesUnmet"]
# Third argument: the share of findings given (default 0.93, so many cases have open facts; 1 = all given).
given = float(sys.argv[3]) if len(sys.argv) > 3 else 0.93
start = datetime.date(2026, 6, 1)
d = lambda x: x.isoformat()
out = sys.stdout
for i in range(n):
    made = start + datetime.timedelta(days=rng.randrange(450))
    app = {"madeOn": d(made)}
    if rng.random() < 0.7:
        reg = made + datetime.timedelta(days=rng.randrange(6)); app["registeredOn"] = d(reg)
        if rng.random() < 0.7: app["lodgedOn"] = d(reg + datetime.timedelta(days=rng.randrange(22)))
    uam = rng.random() < 0.08
    age = rng.randrange(14, 17) if uam else rng.randrange(18, 70)
    c = {"schema": "waarborg.case/1", "id": f"bench-{i}", "memberState": "NLD",
         "arrival": {"kind": rng.choice(kinds), "on": d(made)},
         "application": app,
         "applicant": {"birthDate": d(made - datetime.timedelta(days=age * 365 + rng.randrange(300))),
                       "nationality": rng.choice(nats), "unaccompanied": uam},
         "findings": {f: (rng.random() < 0.1) for f in findings if rng.random() < given}}
    if rng.random() < 0.25:
        c["family"] = [{"relation": "child", "birthDate": d(made - datetime.timedelta(days=rng.randrange(17 * 365))), "accompanying": True}]
    if rng.random() < 0.15:
        c["history"] = [{"event": "irregular-entry", "memberState": rng.choice(["GRC", "ITA", "ESP"]), "on": d(made - datetime.timedelta(days=rng.randrange(900)))}]
    if "safeThirdCountry" in c["findings"] and c["findings"]["safeThirdCountry"]:
        c["findings"]["safeThirdCountry"] = {"value": "TUR", "basis": rng.choice(["connection", "transit", "agreement"])}
    out.write(json.dumps(c, separators=(",", ":")) + "\n")
