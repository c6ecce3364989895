#!/usr/bin/env python3
"""Compare a back-test run of the chain with the published figures of the Dutch asylum chain.

Usage: python3 scripts/calibration.py DIR/result.json [PROFILE]

Prints, for each target year, the simulated IND stock (persons waiting for a first decision) at the
end of the year, the COA occupancy (everyone in reception or emergency shelter, December average)
and the average time to a first decision of the decisions taken in that year, next to the published
value, with the difference in per cent. The targets and their sources are listed below; see
../shared/domain/nl-figures.md for the confidence marks.
"""
import json
import sys

TARGETS = [
    # (year, measure, published value, source)
    (2023, "stock", 49860, "IND stock end 2023: Eurostat 49,860 via AIDA; IND ~50,000 (45,000 AA + 5,000 Dublin/safe country) via nieuws.nl (B)"),
    (2024, "stock", 51000, "IND stock early 2025: ~51,000 asylum applicants waiting (IND jaarcijfers via ANP, B)"),
    (2025, "stock", 50000, "IND stock Jan 2026: almost 50,000 waiting (ANP 26 Jan 2026, B)"),
    (2023, "coa", 63000, "COA occupancy Dec 2023: ~63,000 (NOS, B)"),
    (2024, "coa", 72000, "COA occupancy Nov 2024: ~72,000 (derived from NOS, B)"),
    (2023, "weeks", 43, "average wait for an IND asylum decision 2023: 43 weeks (IND jaarcijfers via ANP, B)"),
    (2024, "weeks", 53, "average wait for an IND asylum decision 2024: 53 weeks (IND jaarcijfers via ANP, B)"),
]


def main():
    result = json.load(open(sys.argv[1]))
    profile = sys.argv[2] if len(sys.argv) > 2 else result["profiles"][0]["id"]
    run = next(p for p in result["profiles"] if p["id"] == profile)
    months = result["monthStarts"]
    m = run["monthly"]

    def series(name, key="mean"):
        return [v if v is not None else 0 for v in m[name][key]]

    def december(year):
        return next((k for k, d in enumerate(months) if d.startswith(f"{year}-12")), None)

    print(f"back-test of {result['receipt']['scenario']} under {profile}, {result['receipt']['replications']} replications")
    print(f"{'year':<6}{'measure':<46}{'simulated':>12}{'95% interval':>22}{'published':>11}{'difference':>12}")
    worst = 0.0
    for year, measure, published, source in TARGETS:
        k = december(year)
        if k is None:
            continue
        if measure == "stock":
            label = "IND stock at the end of the year"
            mean = series("backlogPrePact")[k] + series("backlogNew")[k]
            lo = series("backlogPrePact", "lower")[k] + series("backlogNew", "lower")[k]
            hi = series("backlogPrePact", "upper")[k] + series("backlogNew", "upper")[k]
        elif measure == "coa":
            label = "COA occupancy, December average"
            names = ["receptionRegular", "receptionFamily", "receptionUnaccompanied", "emergency"]
            mean = sum(series(n)[k] for n in names)
            lo = sum(series(n, "lower")[k] for n in names)
            hi = sum(series(n, "upper")[k] for n in names)
        else:
            label = "average weeks to a first decision in the year"
            idx = [i for i, d in enumerate(months) if d.startswith(str(year))]
            days = sum(series("daysWaitedAtFirstDecision")[i] for i in idx)
            decided = sum(series("firstDecisions")[i] for i in idx)
            mean = days / decided / 7 if decided else float("nan")
            lo = hi = None
        diff = (mean - published) / published * 100
        if measure != "weeks":
            worst = max(worst, abs(diff))
        interval = f"[{lo:,.0f} - {hi:,.0f}]" if lo is not None else ""
        print(f"{year:<6}{label:<46}{mean:>12,.0f}{interval:>22}{published:>11,}{diff:>+11.1f}%")
        print(f"{'':<6}  source: {source}")
    print(f"largest difference on the 15 % targets (stock and COA): {worst:.1f} %")


if __name__ == "__main__":
    main()
