# Writes scenarios/nl-2026.yaml and scenarios/backtest-2023-2025.yaml from the figures in
# ../shared/domain/nl-figures.md (kept here so that every derived number shows its arithmetic).
import json

F = "../shared/domain/nl-figures.md"
def A(value, source, note):
    return {"value": value, "source": source, "note": note}

def renorm(rows):
    t = sum(r[1] for r in rows)
    out = []
    acc = 0.0
    for i, (code, n, g, ref) in enumerate(rows):
        share = round(n / t, 4) if i < len(rows) - 1 else round(1 - acc, 4)
        acc += share
        out.append({"code": code, "share": share, "grantRate": g, "refugeeShare": ref})
    return out

def behaviour(note_suffix=""):
    src_court = "IND jaarverslag 2021: asylum decisions upheld in court 92% (2019), 91% (2020), 86% (2021) (" + F + " §4, A)"
    return {
        "grantFactor": {
            "accelerated": A(0.3, "assumption (no published grant rate for the accelerated procedure)", "U: the accelerated track takes applicants with grounds against them (APR Art 42); grant rate taken as 30 % of the nationality's rate"),
            "border": A(0.2, "assumption (no published grant rate for the border procedure)", "U: the border procedure takes mainly nationalities with a Union-wide recognition rate of 20 % or less (APR Art 42(1)(j), 45)"),
        },
        "grantAfterSuccessfulAppeal": A(0.5, "assumption", "U: no published share of grants in new decisions after a court annulment"),
        "appeal": {
            "rate": {
                "regular": A(0.7, "IND court procedures received 33,880 (2021) against ~24,000 asylum decisions a year (" + F + " §3-4, A/B)", "derived and rounded; includes appeals by those rejected in the regular track"),
                "accelerated": A(0.85, "assumption", "U: rejected applicants in the accelerated track appeal more often (the decision is quick and the period short)"),
                "border": A(0.85, "assumption", "U: as for the accelerated track"),
                "inadmissibility": A(0.8, "assumption", "U"),
                "transfer": A(0.6, "assumption", "U: appeals against Dublin transfer decisions"),
            },
            "success": {
                "regular": A(0.12, src_court, "derived: 8-14 % of court cases won by the applicant; 12 % taken"),
                "accelerated": A(0.12, src_court, "derived, as for the regular track"),
                "border": A(0.1, src_court, "derived; a little lower for the border track (U)"),
                "inadmissibility": A(0.1, src_court, "derived (U)"),
                "transfer": A(0.08, src_court, "derived (U): transfer appeals are seldom won"),
            },
        },
        "transferSuccess": A(0.25, "Kamervragen 19 May 2025: 11,440 outgoing requests, ~2,450 transfers in 2023 (" + F + " §6, A)", "derived: 21 % of requests and 31 % of accepted requests led to a transfer; 25 % taken"),
        "abscondingPerMonth": {
            "transfer": A(0.15, "assumption, calibrated on the 2023-2025 back-test (docs/calibration.md)", "U: absconding of applicants awaiting a Dublin transfer; no monthly figure published; many Dublin claimants leave with an unknown destination (DT&V MOB figures)"),
            "procedure": A(0.01, "assumption, calibrated on the 2023-2025 back-test (docs/calibration.md)", "U: withdrawals and departures during the procedure, about 1 % a month"),
            "rejected": A(0.15, "DT&V 2024: 5,740 of 15,860 closed return cases ended in departure to an unknown destination (" + F + " §7, A/B)", "U for the monthly rate; the share of unknown-destination departures is in departure.demonstrableShare"),
        },
        "departure": {
            "demonstrableShare": A(0.5, "DT&V 2024: 5,990 demonstrable departures and 5,740 to an unknown destination (" + F + " §7, A)", "derived: 5,990 / (5,990 + 5,740) = 0.51"),
            "delayDays": A({"gamma": {"shape": 2, "scale": 45}}, "assumption", "U: mean 90 days from final rejection to leaving reception (vertrektermijn 28 days plus the return process)"),
        },
        "familyFollowing": {
            "conditionsMetShare": A(0.3, "assumption", "U: share of subsidiary-protection holders meeting income and own-housing conditions where a profile requires them"),
            "delayDays": A({"gamma": {"shape": 3, "scale": 90}}, "assumption", "U: mean 270 days from the reunification application to arrival (MVV procedure and travel)"),
        },
    }

def costs():
    return {
        "receptionPerDay": {
            "regular": A(83.3, "COA annual report 2023 via NOS: EUR 30,400 per resident per year in a regular place (" + F + " §8, B)", "derived: 30,400 / 365"),
            "family": A(83.3, "as for regular", "the same cost per person as a regular place (no separate figure)"),
            "unaccompaniedMinor": A(150, "assumption", "U: reception of unaccompanied minors (COA and Nidos) costs more than a regular place; no figure found"),
            "emergency": A(190, "COA annual report 2023 via NOS: EUR 69,400 per resident per year in noodopvang (" + F + " §8, B)", "derived: 69,400 / 365"),
        },
        "detentionPerDay": A(300, "assumption", "U: no figure for a detention day found"),
        "decision": A(2500, "assumption (cost per procedure is a gap in " + F + " §8)", "U: IND personnel cost EUR 428m (2022) over roughly 100,000 decisions of all kinds would give about 4,000; 2,500 taken for an asylum decision"),
        "courtCase": A(3000, "assumption (cost per procedure is a gap in " + F + " §8)", "U: court and legal aid per appeal"),
        "solidarityPerPerson": A(20000, "AMMR Art 56 reference amount; GH-monitor: NL paid EUR 21.9m for 1,095 relocation equivalents (" + F + " §8, §11, C/U)", "EUR 20,000 per relocation not carried out"),
    }

def appeal_profiles():
    letters = "VluchtelingenWerk Nederland letters in ../shared/sources (intention to reject and legal aid before the interview)"
    raised = {
        "rate": {"regular": A(0.8, letters, "assumption: without the intention-to-reject step and the lawyer before the interview, more rejections go to court (U)"),
                 "accelerated": A(0.9, letters, "assumption (U), as for regular")},
        "success": {"regular": A(0.18, letters, "assumption: weak decisions are no longer repaired before court, so more appeals are won (U)"),
                    "accelerated": A(0.16, letters, "assumption (U), as for regular")},
    }
    kept = {
        "rate": {"regular": A(0.65, letters, "assumption: the intention-to-reject step and the written view filter cases before court (U)")},
        "success": {"regular": A(0.1, letters, "assumption (U): the IND repairs weak decisions after the written view")},
    }
    return {"nl-2026": {"appeal": raised}, "pact-minimum": {"appeal": raised}, "vwn-alternative": {"appeal": kept}}

def inflow_common(natmix, natsrc, natnote):
    return {
        "nationalities": A(natmix, natsrc, natnote),
        "unaccompaniedShare": A(0.12, "Kamerbrief via ANP: 5,804 unaccompanied minors of 38,377 first applications in 2023 (" + F + " §1.5, B)", "derived 0.15 for 2023; 0.12 taken as households, since families count as one household"),
        "familyShare": A(0.08, "CBS via NOS: about 25-30 % of first applicants are under 18 (" + F + " §1.4, B)", "derived: with 12 % unaccompanied minors and 2.5 children per family, 8 % of households being a parent with children gives about 27 % minors among persons; the model has one adult per family household"),
        "childrenPerFamily": A({"empirical": {"values": [1, 2, 3, 4]}}, "assumption", "U: 1 to 4 accompanying children, mean 2.5"),
        "airportShare": A(0.05, "assumption", "U: applications at Schiphol (the border procedure) are a small share; no published figure found"),
        "priorRegistrationShare": A(0.25, "IND: 8,830 outgoing Dublin requests in 2024 against 32,175 first applications (" + F + " §6, A)", "derived: 0.27; 0.25 taken"),
        "priorRegistrationStates": A({"HRV": 0.3, "ITA": 0.2, "GRC": 0.15, "BGR": 0.15, "ESP": 0.1, "POL": 0.1}, "CBS via metronieuws: most 2024 requests to Germany, France, Croatia, Spain (" + F + " §6, B)", "U: modelled as irregular entry at an external border (take-charge); take-back requests to Germany and France after earlier applications are not modelled separately"),
        "findings": A({"inconsistentOrFalseStatements": 0.03, "misledAuthorities": 0.02, "publicOrderDanger": 0.005}, "assumption", "U: shares of applicants with adverse findings (APR Art 42 grounds); no published figure"),
        "familyAbroadShare": A(0.35, "CBS: >16,000 nareizigers in 2025; IND: 12,790 nareis grants to Sep 2025 (" + F + " §1.1, §2.1, A/B)", "U: share of grantees with core family abroad, chosen so that family arrivals are of the order of the published nareis"),
        "familyAbroadSize": A({"empirical": {"values": [1, 2, 3, 4]}}, "assumption", "U: spouse and children abroad, mean 2.5"),
    }

PIPE_SRC = "CBS: nareizigers by quarter 2021-2025; IND: >66,000 nareis applications waiting early 2025, 12,790 granted to 22 Sep 2025 (" + F + " §1.2, §2.1, §3, A/B)"

def assumption_detention():
    return {"adult": A(300, "assumption", "U: places for the border procedure with detention; no figure for 2026 found"),
            "family": A(30, "assumption", "U: the closed family facility (gesloten gezinsvoorziening)")}

def processing():
    return {
        "screeningDays": A({"uniform": {"min": 3, "max": 7}}, "Screening Regulation (EU) 2024/1356 Art 8(3): at most 7 days", "the legal maximum; the spread is an assumption (U)"),
        "preparation": {
            "regular": A({"gamma": {"shape": 2, "scale": 60}}, "IND: 17 weeks to the first interview (ANP 26 Jan 2026, " + F + " §3, B)", "U: mean 120 days before a regular case can be decided when the IND has capacity"),
            "accelerated": A({"gamma": {"shape": 2, "scale": 15}}, "APR Art 35(3): accelerated procedure of 3 months", "U: mean 30 days"),
            "border": A({"gamma": {"shape": 2, "scale": 10}}, "APR Art 51(2): border procedure of 12 weeks", "U: mean 20 days"),
            "admissibility": A({"gamma": {"shape": 2, "scale": 20}}, "IND waiting estimates 2024: Dublin 10 weeks to interview (" + F + " §3, A)", "U: mean 40 days"),
        },
        "courtPreparation": A({"gamma": {"shape": 2, "scale": 60}}, "assumption", "U: mean 120 days from appeal to hearing when the court has capacity"),
    }

# ---- baseline 2026 ----
q2025 = [4.53, 5.33, 6.74, 7.55]
tot = sum(q2025)
annual = 26000
monthly = []
for q in q2025:
    monthly += [round(annual * q / tot / 3)] * 3
nat2025 = [  # code, 2025 first applications (approx), grant rate, refugee share
    ("SYR", 3300, 0.6, 0.1), ("ERI", 3100, 0.87, 0.05), ("TUR", 1500, 0.9, 0.8), ("YEM", 1100, 0.95, 0.03),
    ("AFG", 1200, 0.85, 0.5), ("SOM", 900, 0.7, 0.1), ("DZA", 1000, 0.02, 0.5), ("IRN", 700, 0.75, 0.7),
    ("MAR", 700, 0.04, 0.5), ("IRQ", 575, 0.55, 0.2), ("SDN", 600, 0.7, 0.2), ("COL", 500, 0.05, 0.5), ("GEO", 300, 0.02, 0.5),
]
base = {
    "schema": "waarborg.scenario/1",
    "name": "The Netherlands from 12 June 2026: baseline",
    "description": "Five years of the Dutch asylum chain from the day the Pact applies, with inflow at 2025-2026 levels, the pre-Pact backlog of about 50,000, the IND capacity of 2024-2025 and COA reception as published. Built from ../shared/domain/nl-figures.md; every assumption names its source and confidence mark (A official, B reputable secondary, C weak, U unverified or assumed).",
    "start": "2026-06-12",
    "horizonMonths": 60,
    "replications": 20,
    "seed": 1,
    "inflow": dict({"applicationsPerMonth": A(monthly, "CBS 2026/05: 24,150 first requests in 2025 by quarter (4.53/5.33/6.74/7.55k); MPP Sep 2025: 39,000-67,100 total inflow for 2026 (" + F + " §1.2, §9, A)",
                                             "derived: 26,000 first applications a year (lower half of the MPP band once nareis and repeat applications are taken out), spread over the months by the 2025 quarters")},
                   **inflow_common(renorm(nat2025), "CBS 2026/05: first requests by nationality 2025 (SYR 3,300, ERI 3,100; others from 2024-2025 figures); grant rates NL 2023 by nationality via AIDA (" + F + " §1.4, §2.1, A/B)",
                                   "U for nationalities without a 2025 figure; shares renormalised over the 13 largest groups (the rest are represented by them); Syria's grant rate lowered to 0.6 after the 2025 suspension (U)")),
    "backlog": {
        "byAgeMonths": A([{"fromMonths": 0, "toMonths": 6, "persons": 10000}, {"fromMonths": 6, "toMonths": 15, "persons": 13000},
                          {"fromMonths": 15, "toMonths": 24, "persons": 17000}, {"fromMonths": 24, "toMonths": 36, "persons": 10000}],
                         "ANP 26 Jan 2026: almost 50,000 waiting, more than 25,000 over 15 months (" + F + " §3, B)",
                         "derived: aged forward to 12 June 2026, with the IND handling applications from Sep 2023 in May 2026; 27,000 over 15 months"),
        "statusHoldersWaiting": A(25000, "MPP via NOS Nov 2024: about 1 in 2 COA residents a status holder on 1 Jan 2026; >19,000 waiting in Nov 2024 (" + F + " §5, B)", "U: about 25,000 status holders in COA waiting for a home in June 2026"),
    },
    "capacity": {
        "ind": {
            "regular": A(1800, "IND: planned ~22,000 first-asylum decisions a year excluding Dublin and safe-country cases (" + F + " §3, A/B)", "derived: 21,600 a year"),
            "accelerated": A(300, "assumption", "U: safe-country and other accelerated cases; part of the 2024 total of about 40,000 decisions"),
            "border": A(200, "assumption", "U: border procedure capacity from 12 June 2026"),
            "admissibility": A(700, "IND: 8,830 outgoing Dublin requests in 2024 (" + F + " §6, A)", "derived: about 8,400 Dublin and inadmissibility decisions a year"),
        },
        "court": A(1500, "Raad voor de rechtspraak via NRC: 23,000 asylum court cases in 2019; vreemdelingenkamers 15,820-16,450 appeals (" + F + " §4, B)", "U: 18,000 asylum appeals decided a year"),
        "reception": {
            "regular": A(40000, "COA 25 Sep 2023: 31,087 in regular locations; Spreidingswet target 96,000 places (" + F + " §5, §10, A)", "U: regular places for single adults in 2026"),
            "family": A(12000, "as for regular", "U: family places"),
            "unaccompaniedMinor": A(6000, "MPP: >8,000 unaccompanied-minor places needed on 1 Jan 2025 (" + F + " §5, A)", "U: places available for unaccompanied minors"),
        },
        "housingPerMonth": A(2300, "Kamervragen 4 Mar 2025: ~30,210 left COA with a permit in 2024 (" + F + " §5, A)", "derived: 30,210 / 12 = 2,500; 2,300 taken for 2026"),
        "detention": assumption_detention(),
    },
    "processing": processing(),
    "behaviour": behaviour(),
    "profiles": appeal_profiles(),
    "priority": A({"rule": "new-first"}, "source letters in ../shared/sources: the IND puts new (Pact) applications first", "the rule the letters describe; set oldest-first or share to compare"),
    "solidarity": {
        "mode": A("pay", "GH-monitor: the Netherlands fulfils its first-cycle share financially (" + F + " §11, C)", "C"),
        "perYear": A(1095, "GH-monitor: 1,095 relocations for 12 Jun - 31 Dec 2026 (" + F + " §11, C)", "U: taken as the yearly share; the letters expect about 1,600 a year"),
    },
    "resettlementPerYear": A(500, "source letters: resettlement quota 500 for 2026 (" + F + " §11, U)", "U"),
    "costs": costs(),
}

base["inflow"]["familyPipelinePerMonth"] = A([600] * 12 + [400] * 12 + [200] * 36, PIPE_SRC,
    "U: family members of people granted before June 2026 still arriving; half of them taken to need COA reception until housed (the others join a sponsor already housed); the pipeline empties over about two years")

# ---- back-test 2023-2025 ----
quarters = {2023: [6.94, 7.95, 10.51, 12.98], 2024: [9.01, 7.76, 8.18, 7.24], 2025: [4.53, 5.33, 6.74, 7.55]}
m36 = []
for y in (2023, 2024, 2025):
    for q in quarters[y]:
        m36 += [round(q * 1000 / 3)] * 3
nat2023 = [
    ("SYR", 13030, 0.96, 0.07), ("TUR", 2860, 0.94, 0.8), ("ERI", 2345, 0.87, 0.01), ("YEM", 1982, 0.99, 0.02),
    ("SOM", 1807, 0.71, 0.06), ("DZA", 1556, 0.015, 0.5), ("IRQ", 1495, 0.6, 0.07), ("IRN", 1122, 0.8, 0.7),
    ("MAR", 884, 0.036, 0.5), ("SDN", 810, 0.7, 0.2), ("AFG", 670, 0.85, 0.5), ("NGA", 655, 0.1, 0.5), ("COL", 590, 0.05, 0.5),
]
bt = json.loads(json.dumps(base))
bt["name"] = "Back-test: the Netherlands 2023-2025"
bt["description"] = ("The Dutch chain from 1 January 2023 to 31 December 2025 with those years' inflow and capacities, to compare with the published figures "
                     "(scripts/calibration.py; docs/calibration.md): IND stock end 2023 ~49,860-50,000, early 2025 ~51,000, Jan 2026 ~50,000; "
                     "COA occupancy Dec 2023 ~63,000, Nov 2024 ~72,000; average time to an IND decision 31 / 43 / 53 weeks in 2022 / 2023 / 2024. "
                     "All applications fall under the former law (Vreemdelingenwet 2000, Dublin III), which the rules apply by date.")
bt["start"] = "2023-01-01"
bt["horizonMonths"] = 36
bt["inflow"]["applicationsPerMonth"] = A(m36, "CBS 2026/05: first requests by quarter 2023-2025 (" + F + " §1.2, A)", "derived: each quarter's figure spread evenly over its three months")
bt["inflow"]["nationalities"] = A(renorm(nat2023), "CBS StatLine 80059eng and AIDA: first requests by nationality 2023; grant rates NL 2023 by nationality (Eurostat via AIDA) (" + F + " §1.4, §2.1, A/B)", "derived: shares renormalised over the 13 largest groups; NGA grant rate U")
nareis = {2023: [1.91, 2.63, 2.60, 2.99], 2024: [3.09, 2.78, 2.65, 2.5], 2025: [3.7, 3.8, 4.6, 4.0]}
pipe = []
for y in (2023, 2024, 2025):
    for q in nareis[y]:
        pipe += [round(q * 1000 / 3)] * 3
bt["inflow"]["familyPipelinePerMonth"] = A(pipe, PIPE_SRC, "derived: CBS nareizigers per quarter, spread over the months, all taken to need COA reception until the family is housed (U, calibrated on the back-test); they follow grants made before the back-test as well as during it, so the model's own family arrivals come on top")
bt["backlog"] = {
    "byAgeMonths": A([{"fromMonths": 0, "toMonths": 6, "persons": 24000}, {"fromMonths": 6, "toMonths": 15, "persons": 9800}, {"fromMonths": 15, "toMonths": 24, "persons": 2000}],
                     "IND: 35,790 first-instance applications pending at the end of 2022; Trouw Mar 2023: ~3,000 over 15 months, ~14,000 at 6-15 months (" + F + " §3, B)", "derived: 35,800 split by age"),
    "statusHoldersWaiting": A(13000, "COA Dec 2022: >10,000 status holders waiting more than 3 months; 16,000 in Apr 2023 (" + F + " §5, A/B)", "U: 13,000 at the start of 2023"),
}
bt["capacity"]["ind"] = {
    "regular": A([{"from": "2023-01-01", "value": 1250}, {"from": "2024-01-01", "value": 1500}, {"from": "2025-01-01", "value": 1350}],
                 "Eurostat via AIDA: 17,910 first-instance decisions (persons) in 2023, 21,180 in 2024; 4,730 grants = 33 % of decisions to 22 Sep 2025 (" + F + " §2.1, A/B)",
                 "derived: with the accelerated and border tracks this gives about 18,400 first decisions in 2023, 21,400 in 2024 and 19,600 in 2025; the IND's 'handled' figures (35,000 in 2023) include other tracks and are not used"),
    "accelerated": A(250, "assumption", "U: safe-country track"),
    "border": A(30, "assumption", "U: the former border procedure at Schiphol"),
    "admissibility": A(750, "Kamervragen 19 May 2025: 11,440 outgoing Dublin requests in 2023; 8,830 in 2024 (" + F + " §6, A)", "derived: about 9,000 Dublin decisions a year"),
}
bt["capacity"]["reception"] = {
    "regular": A([{"from": "2023-01-01", "value": 24000}, {"from": "2024-01-01", "value": 27000}, {"from": "2025-01-01", "value": 29000}], "COA 25 Sep 2023: 31,087 in regular locations (" + F + " §5, A)", "U: regular places for single adults, growing with the Spreidingswet"),
    "family": A([{"from": "2023-01-01", "value": 7000}, {"from": "2024-01-01", "value": 8000}, {"from": "2025-01-01", "value": 8500}], "as for regular", "U"),
    "unaccompaniedMinor": A([{"from": "2023-01-01", "value": 3500}, {"from": "2024-01-01", "value": 4500}, {"from": "2025-01-01", "value": 5000}], "NJi: 3,118 unaccompanied minors in COA on 1 Jan 2023 (" + F + " §1.5, C)", "U"),
}
bt["capacity"]["housingPerMonth"] = A([{"from": "2023-01-01", "value": 1700}, {"from": "2024-01-01", "value": 2000}, {"from": "2025-01-01", "value": 2200}],
                                      "Kamervragen 4 Mar 2025: ~30,210 left COA with a permit in 2024; >19,000 status holders waiting in Nov 2024 (" + F + " §5, A/B)", "U, calibrated on the back-test: fewer homes than the 2,500 a month that left with a permit in 2024 (that figure includes family members who left with their sponsor), so that the status holders' stock grows as published")
bt["capacity"]["detention"] = {"adult": A(50, "assumption", "U: the former border detention at Schiphol"), "family": A(10, "assumption", "U")}
bt["processing"]["preparation"]["regular"] = A({"gamma": {"shape": 2, "scale": 60}}, "IND waiting estimates Jun 2023: 18 weeks to the aanmeldgehoor (" + F + " §3, A)", "U: mean 120 days before a case can be decided when capacity is there")
bt["profiles"] = {}
bt["priority"] = A({"rule": "share", "prePactShare": 0.5}, "ANP 26 Jan 2026: through May 2026 the IND handles applications lodged in Sep 2023 (" + F + " §3, B)", "U, calibrated on the back-test: half of the capacity for the stock at the start, the rest for newer applications (strictly oldest first gives waits far above the published averages, strictly newest first far below)")
bt["solidarity"] = {"mode": A("pay", "not applicable before 12 June 2026", "no solidarity pool under the former law"), "perYear": A(0, "not applicable before 12 June 2026", "none")}
bt["resettlementPerYear"] = A(500, "NOS / Nieuwsuur: resettlement quota 500 a year 2020-2023 (" + F + " §11, B)", "B")

import yaml
class D(yaml.SafeDumper):
    def ignore_aliases(self, data): return True
for path, doc in (("scenarios/nl-2026.yaml", base), ("scenarios/backtest-2023-2025.yaml", bt)):
    with open(path, "w") as f:
        f.write("# " + doc["name"] + ". Generated by scripts/build-scenarios.py from ../shared/domain/nl-figures.md;\n# edit that script (or this file) and keep every assumption's source and note.\n")
        yaml.dump(doc, f, Dumper=D, sort_keys=False, allow_unicode=True, width=140, default_flow_style=None)
print("ok")
