import WaarborgJSON
import LegalCalendar

extension Assessor {
    /// For an undetermined route: every unknown input that could change it, with the route each
    /// value would give (other unknowns left unknown). Found by re-running the route decision
    /// with the fact filled in, so the branches cannot drift from the rules.
    func openFacts(_ facts: CaseFacts, current: RouteEvaluation) -> [OpenFact] {
        var out: [OpenFact] = []
        func route(_ f: CaseFacts) -> String { RouteEvaluation.evaluate(CaseContext(facts: f, profile: profile, data: data)).route.rawValue }
        func record(_ path: String, _ options: [(JSONValue, CaseFacts)]) {
            let branches = options.map { (value: $0.0, then: [(path: "procedure.route", value: JSONValue.string(route($0.1)))]) }
            let routes = branches.map { $0.then[0].value }
            if routes.contains(where: { $0 != .string(Route.undetermined.rawValue) }) {
                out.append(OpenFact(fact: path, decides: ["procedure.route"], branches: branches, note: nil))
            }
        }
        // Only findings that kept a ground (or the border exemption) undecided can move the route;
        // trying the others would re-run the rules for nothing.
        let unknownPaths = (current.accelerated + current.admissibility.all + current.optionalBorder).flatMap(\.openFacts) + current.responsibility.open
        var relevant = Set(unknownPaths)
        if current.borderExempt == .unknown {
            relevant.insert(FindingID.specialNeedsUnsupported.factPath)
            relevant.insert(FindingID.medicalReasonsAgainstBorder.factPath)
        }
        for id in FindingID.allCases where facts.findings[id] == nil && relevant.contains(id.factPath) {
            var t = facts; t.findings[id] = Finding(holds: true)
            var f = facts; f.findings[id] = Finding(holds: false)
            if id == .safeThirdCountry { t.findings[id]?.basis = .connection }
            record(id.factPath, [(.bool(true), t), (.bool(false), f)])
        }
        if facts.arrival == nil {
            record("arrival.kind", ArrivalKind.allCases.map { k in
                var f = facts; f.arrival = Arrival(kind: k, on: nil, place: nil); return (.string(k.rawValue), f)
            })
        }
        if facts.applicant.birthDate == nil && !facts.applicant.unaccompanied {
            let made = facts.application.madeOn
            var minor = facts; minor.applicant.birthDate = made.adding(years: -10)
            var adult = facts; adult.applicant.birthDate = made.adding(years: -30)
            record("applicant.birthDate", [(.string("under 18"), minor), (.string("18 or over"), adult)])
        }
        // Facts that cannot be enumerated (a nationality, a missing data row, a date): listed with
        // what they decide, without branches.
        var seen = Set(out.map(\.fact))
        for p in unknownPaths where !seen.contains(p) {
            seen.insert(p)
            let note: LocalizedText = p == "responsibility.memberState"
                ? .init(en: "the member state responsible under Dublin III (Reg 604/2013), which Waarborg does not determine", nl: "de verantwoordelijke lidstaat volgens Dublin III (Vo 604/2013), die Waarborg niet bepaalt")
                : .init(en: "needed to decide the route", nl: "nodig om de route te bepalen")
            out.append(OpenFact(fact: p, decides: ["procedure.route"], branches: [], note: note))
        }
        return out
    }
}
