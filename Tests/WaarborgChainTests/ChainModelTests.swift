import Testing
import WaarborgChain
import WaarborgRules
import WaarborgSim

/// The chain model: people are conserved, results depend on the seed only, known answers on
/// deterministic scenarios, and the directions the letters argue about hold.
@Suite("The asylum chain model")
struct ChainModelTests {
    func summary(_ r: ChainResult, _ s: ChainSummary, _ profile: String = "nl-2026") -> Double {
        r.profile(profile)!.summary[s]!.mean
    }

    @Test("everyone who entered is in exactly one state or has left, at every month end, under every profile and lever")
    func conservation() throws {
        let s = try Fixture.scenario([
            ("priority: {value: {rule: new-first}, source: test, note: test}",
             """
             priority: {value: {rule: share, prePactShare: 0.4}, source: test, note: test}
             levers:
               extraReview: {value: {share: 0.5, repairs: 0.5}, source: test, note: test}
               familyReunificationStop: {value: {from: 2027-01-01, until: 2027-06-30}, source: test, note: test}
             """),
            ("mode: {value: pay,", "mode: {value: relocate,"),
        ])
        let r = try Fixture.run(s, profiles: ["pact-minimum", "nl-2026", "vwn-alternative"])
        for p in r.profiles {
            #expect(p.summary[.unaccounted]!.mean == 0, "\(p.profileID)")
            #expect(p.summary[.unaccounted]!.upper == 0, "\(p.profileID)")
            #expect(p.summary[.relocationsIn]!.mean > 0)
            #expect(p.summary[.grants]!.mean > 0)
        }
    }

    @Test("the same seed gives the same result whatever the number of threads; another seed gives another")
    func determinism() throws {
        let s = try Fixture.scenario()
        let one = try Fixture.run(s, profiles: ["nl-2026", "vwn-alternative"], threads: 1)
        let four = try Fixture.run(s, profiles: ["nl-2026", "vwn-alternative"], threads: 4)
        for (a, b) in zip(one.profiles, four.profiles) {
            for m in ChainMetric.allCases { #expect(a.series(m).map { $0?.mean } == b.series(m).map { $0?.mean }, "\(m)") }
        }
        var other = s
        other.seed = 8
        let moved = try Fixture.run(other, profiles: ["nl-2026"])
        #expect(moved.profiles[0].series(.applications).map { $0?.mean } != one.profiles[0].series(.applications).map { $0?.mean })
    }

    @Test("every profile meets the same applicants (common random numbers)")
    func commonRandomNumbers() throws {
        let r = try Fixture.run(try Fixture.scenario(), profiles: ["pact-minimum", "nl-2026", "vwn-alternative"])
        let applications = r.profiles.map { $0.series(.applications).map { $0?.mean } }
        #expect(applications[0] == applications[1])
        #expect(applications[1] == applications[2])
    }

    /// Single adults from Syria who always get protection, an IND that is never short: each
    /// first decision comes exactly 5 days of screening and 30 of preparation after the
    /// application, well within the 6 months of APR Art 35(3).
    static let deterministic: [(String, String)] = [
        ("{code: SYR, share: 0.5, grantRate: 0.9,", "{code: SYR, share: 1, grantRate: 1,"),
        ("{code: MAR, share: 0.3,", "{code: MAR, share: 0,"),
        ("{code: ERI, share: 0.2,", "{code: ERI, share: 0,"),
        ("unaccompaniedShare: {value: 0.1,", "unaccompaniedShare: {value: 0,"),
        ("familyShare: {value: 0.2,", "familyShare: {value: 0,"),
        ("airportShare: {value: 0.1,", "airportShare: {value: 0,"),
        ("priorRegistrationShare: {value: 0.2,", "priorRegistrationShare: {value: 0,"),
        ("findings: {value: {misledAuthorities: 0.05}", "findings: {value: {}"),
        ("familyAbroadShare: {value: 0.3,", "familyAbroadShare: {value: 0,"),
        ("regular: {value: 700,", "regular: {value: 100000,"),
        ("regular: {value: {exponential: {mean: 60}}", "regular: {value: {deterministic: {value: 30}}"),
        ("procedure: {value: 0.002,", "procedure: {value: 0,"),
        ("  byAgeMonths: {value: [{fromMonths: 0, toMonths: 6, persons: 3000}, {fromMonths: 6, toMonths: 18, persons: 3000}], source: test, note: test}",
         "  byAgeMonths: {value: [{fromMonths: 0, toMonths: 1, persons: 0}], source: test, note: test}"),
        ("resettlementPerYear: {value: 500,", "resettlementPerYear: {value: 0,"),
    ]

    @Test("known answer: 35 days to a first decision, everyone granted, none late")
    func knownAnswer() throws {
        let r = try Fixture.run(try Fixture.scenario(Self.deterministic))
        #expect(summary(r, .daysToFirstDecisionMedianNew) == 35)
        #expect(summary(r, .daysToFirstDecisionP90New) == 35)
        #expect(summary(r, .daysToFinalDecisionMedianNew) == 35)
        #expect(summary(r, .shareFirstDecisionsLate) == 0)
        #expect(summary(r, .rejections) == 0)
        #expect(summary(r, .grants) == summary(r, .firstDecisions))
        // Everyone who applied more than 35 days before the end has been decided.
        #expect(summary(r, .waitingAtEndNew) < 1000 * 36 / 30 + 200)
        #expect(summary(r, .appealsLodged) == 0)
    }

    @Test("known answer: a first decision 700 days after the application is late under every profile")
    func knownAnswerLate() throws {
        var edits = Self.deterministic.filter { !$0.0.contains("exponential") }
        edits.append(("regular: {value: {exponential: {mean: 60}}", "regular: {value: {deterministic: {value: 695}}"))
        edits.append(("horizonMonths: 24", "horizonMonths: 36"))
        let r = try Fixture.run(try Fixture.scenario(edits), profiles: ["pact-minimum", "nl-2026", "vwn-alternative"])
        for p in r.profiles {
            #expect(p.summary[.shareFirstDecisionsLate]!.mean == 1, "\(p.profileID)")
            #expect(p.summary[.daysToFirstDecisionMedianNew]!.mean == 700, "\(p.profileID)")
        }
    }

    @Test("more IND capacity never gives a longer backlog")
    func capacityDirection() throws {
        let low = try Fixture.run(try Fixture.scenario([("regular: {value: 700,", "regular: {value: 500,")]))
        let high = try Fixture.run(try Fixture.scenario([("regular: {value: 700,", "regular: {value: 900,")]))
        for m in [ChainMetric.backlogPrePact, .backlogNew] {
            let a = low.profiles[0].series(m).map { $0!.mean }, b = high.profiles[0].series(m).map { $0!.mean }
            #expect(b.last! <= a.last!, "\(m)")
            #expect(b.reduce(0, +) <= a.reduce(0, +), "\(m)")
        }
    }

    @Test("work after one month never gives fewer applicants allowed to work than after six")
    func workDirection() throws {
        func lever(_ m: Int) -> [(String, String)] {
            [("priority: {value: {rule: new-first}, source: test, note: test}",
              "priority: {value: {rule: new-first}, source: test, note: test}\nlevers:\n  workAfterMonths: {value: \(m), source: test, note: test}")]
        }
        let one = try Fixture.run(try Fixture.scenario(lever(1)))
        let six = try Fixture.run(try Fixture.scenario(lever(6)))
        #expect(summary(one, .allowedToWorkMean) >= summary(six, .allowedToWorkMean))
        #expect(summary(one, .allowedToWorkMean) > 0)
    }

    @Test("the profile with earlier work access never has fewer applicants allowed to work")
    func workByProfile() throws {
        // vwn-alternative opens the labour market earlier than nl-2026 (its profile says so).
        let r = try Fixture.run(try Fixture.scenario(), profiles: ["nl-2026", "vwn-alternative"])
        #expect(summary(r, .allowedToWorkMean, "vwn-alternative") >= summary(r, .allowedToWorkMean, "nl-2026"))
    }

    @Test("oldest-first never gives the pre-Pact group a longer wait than new-first")
    func priorityDirection() throws {
        let newFirst = try Fixture.run(try Fixture.scenario())
        let oldest = try Fixture.run(try Fixture.scenario([("{rule: new-first}", "{rule: oldest-first}")]))
        #expect(summary(oldest, .daysToFirstDecisionMedianPrePact) <= summary(newFirst, .daysToFirstDecisionMedianPrePact))
        #expect(summary(oldest, .waitingAtEndPrePact) <= summary(newFirst, .waitingAtEndPrePact))
    }

    @Test("a stop on family reunification over the whole run means no family arrives")
    func familyStop() throws {
        let s = try Fixture.scenario([
            ("priority: {value: {rule: new-first}, source: test, note: test}",
             "priority: {value: {rule: new-first}, source: test, note: test}\nlevers:\n  familyReunificationStop: {value: {from: 2026-01-01, until: 2030-12-31}, source: test, note: test}"),
            ("resettlementPerYear: {value: 500,", "resettlementPerYear: {value: 0,"),
        ])
        let r = try Fixture.run(s)
        #expect(summary(r, .familyArrivals) == 0)
        #expect(summary(r, .grants) > 0)
    }

    @Test("the rules decide the route: border decisions appear only where applicants arrive at the airport")
    func rulesDecideRoutes() throws {
        let r = try Fixture.run(try Fixture.scenario(Self.deterministic))
        #expect(r.profiles[0].series(.decisionsBorder).allSatisfy { $0!.mean == 0 })
        let airport = try Fixture.run(try Fixture.scenario([("airportShare: {value: 0.1,", "airportShare: {value: 0.6,")]))
        #expect(airport.profiles[0].series(.decisionsBorder).reduce(0) { $0 + $1!.mean } > 0)
        #expect(airport.profiles[0].casesDecided > 0)
    }
}

@Suite("Chain metrics")
struct ChainMetricTests {
    @Test("each metric's index is its position among all metrics")
    func indexInStep() {
        #expect(ChainMetric.allCases.map(\.index) == Array(ChainMetric.allCases.indices))
    }
}
