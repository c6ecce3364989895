import WaarborgJSON
import LegalCalendar

/// The values a counsellor acts on, typed, so that the open-fact search compares them without
/// building JSON for every branch it tries. An unknown fact is open when an answer to it changes
/// any of them, not only the route (an unknown finding can move the labour-market date while the
/// route stays the same).
struct DecidedValues: Equatable {
    var route: Route
    var grounds: [GroundID]
    var decisionDeadline: CalendarDate?
    var memberState: CountryCode?
    var requestDeadline: CalendarDate?
    /// The shorter request period if the request rests on a Eurodac or VIS hit the case does not
    /// mention (AMMR Art 39(1)): an answer that leads to a transfer must show it, or the later date
    /// would read as the only one.
    var requestIfHit: CalendarDate?
    var screeningEndsBy: CalendarDate?
    var receptionKind: String
    var labourMarketFrom: CalendarDate?
    var labourMarketOpen: Bool
    var appealDays: Int
    var suspensive: SuspensiveEffect
    var detentionPermitted: Bool

    init(_ a: Assessment) {
        route = a.procedure.route
        grounds = a.procedure.grounds.map(\.id).sorted()
        decisionDeadline = a.procedure.decisionDeadline
        memberState = a.responsibility.memberState
        requestDeadline = a.responsibility.request?.deadline
        requestIfHit = a.responsibility.request?.ifEurodacOrVisHit
        screeningEndsBy = a.screening.endsBy
        receptionKind = a.reception.kind
        labourMarketFrom = a.reception.labourMarketFrom
        labourMarketOpen = a.reception.labourMarketOpen
        appealDays = a.appeal.lodgeWithinDays
        suspensive = a.appeal.suspensive
        detentionPermitted = a.detention.permitted
    }

    static let paths = ["procedure.route", "procedure.grounds", "procedure.decisionDeadline", "responsibility.memberState",
                        "responsibility.request.deadline", "screening.endsBy", "reception.kind", "reception.labourMarketFrom",
                        "appeal.lodgeWithinDays", "appeal.suspensive", "detention.permitted",
                        "responsibility.request.deadlineIfEurodacOrVisHit"]

    static let decisionDeadlineIndex = paths.firstIndex(of: "procedure.decisionDeadline")!
    static let labourMarketIndex = paths.firstIndex(of: "reception.labourMarketFrom")!

    /// Whether the value at `paths[i]` is the same in both.
    func same(_ o: DecidedValues, at i: Int) -> Bool {
        switch i {
        case 0: route == o.route
        case 1: grounds == o.grounds
        case 2: decisionDeadline == o.decisionDeadline
        case 3: memberState == o.memberState
        case 4: requestDeadline == o.requestDeadline
        case 5: screeningEndsBy == o.screeningEndsBy
        case 6: receptionKind == o.receptionKind
        case 7: labourMarketFrom == o.labourMarketFrom && labourMarketOpen == o.labourMarketOpen
        case 8: appealDays == o.appealDays
        case 9: suspensive == o.suspensive
        case 10: detentionPermitted == o.detentionPermitted
        default: requestIfHit == o.requestIfHit
        }
    }

    /// The value at `paths[i]` as the contract writes it; built only for the branches reported.
    func json(at i: Int) -> JSONValue {
        func date(_ d: CalendarDate?) -> JSONValue { d.map { .string($0.iso) } ?? .null }
        switch i {
        case 0: return .string(route.rawValue)
        case 1: return .string(grounds.map(\.rawValue).joined(separator: ","))
        case 2: return date(decisionDeadline)
        case 3: return memberState.map { .string($0.code) } ?? .null
        case 4: return date(requestDeadline)
        case 5: return date(screeningEndsBy)
        case 6: return .string(receptionKind)
        // A branch that leaves work open says so, rather than "no access" (null).
        case 7: return labourMarketOpen ? .string("undetermined") : date(labourMarketFrom)
        case 8: return .number(Double(appealDays))
        case 9: return .string(suspensive.rawValue)
        case 10: return .bool(detentionPermitted)
        default: return date(requestIfHit)
        }
    }
}

extension Assessor {
    /// The decided values as `path -> value` pairs, in the contract's spelling.
    static func decidedValues(_ a: Assessment) -> [(path: String, value: JSONValue)] {
        let d = DecidedValues(a)
        return DecidedValues.paths.indices.map { (DecidedValues.paths[$0], d.json(at: $0)) }
    }

    /// Every unknown input whose answer would change a decided value, with what each answer gives.
    /// Found by assessing the case again with the fact filled in, so the branches cannot drift from
    /// the rules. Only the facts that a rule reported as open, or that the route's conditions
    /// read, are tried, which bounds the work to a few extra assessments per case.
    func openFacts(_ facts: CaseFacts, current: Assessment, eval: RouteEvaluation) -> [OpenFact] {
        let found = openFacts(facts, current: current, eval: eval, others: nil)
        guard found.isEmpty, current.procedure.route == .undetermined else { return found }
        // Several unknowns can hold a value open together (two border exemptions, say): no single
        // answer settles it. Then each is tried with the other unknown findings taken as "no",
        // and the question says so.
        return openFacts(facts, current: current, eval: eval, others: false)
    }

    private func openFacts(_ given: CaseFacts, current: Assessment, eval: RouteEvaluation, others: Bool?) -> [OpenFact] {
        let base = DecidedValues(current)
        let silent = Assessor(profile: profile, data: data, say: .silent)
        var facts = given
        var out: [OpenFact] = []
        var done = Set<String>()
        func record(_ path: String, _ options: [(JSONValue, CaseFacts)]) {
            guard !done.contains(path) else { return }
            done.insert(path)
            let results = options.map { ($0.0, DecidedValues(silent.decide($0.1))) }
            var changed: [Int] = []
            // In the second pass the other facts were filled in, so only answers that differ from
            // each other count.
            for i in DecidedValues.paths.indices {
                let differsFromBase = results.contains { !$0.1.same(base, at: i) }
                let differAmongThemselves = results.dropFirst().contains { !$0.1.same(results[0].1, at: i) }
                if (others == nil && differsFromBase) || differAmongThemselves { changed.append(i) }
            }
            guard !changed.isEmpty else { return }
            let branches = results.map { r in
                (value: r.0, then: changed.map { (path: DecidedValues.paths[$0], value: r.1.json(at: $0)) })
            }
            var note = OpenFactWords.question(path, facts)
            if others != nil {
                note = note + OpenFactWords.othersAnsweredNo
            }
            out.append(OpenFact(fact: path, decides: changed.map { DecidedValues.paths[$0] }, branches: branches, note: note))
        }
        var paths = (eval.accelerated + eval.admissibility.all + eval.optionalBorder + eval.mandatoryBorder).flatMap(\.openFacts)
            + eval.responsibility.open
        if eval.borderExempt == .unknown {
            paths += [FindingID.specialNeedsUnsupported, .medicalReasonsAgainstBorder, .detentionGuaranteesUnmet].map(\.factPath)
        }
        if current.detention.determined == false {
            paths += [FindingID.publicOrderDanger, .familyTiesDoubted, .traffickingIndications].map(\.factPath)
        }
        for p in paths {
            facts = others == nil ? given : Self.othersNo(given, paths: paths, except: p)
            if p.hasPrefix("findings."), let id = FindingID(rawValue: String(p.dropFirst(9))), given.findings[id] == nil {
                var t = facts; t.findings[id] = Finding(holds: true)
                var f = facts; f.findings[id] = Finding(holds: false)
                if id == .safeThirdCountry { t.findings[id]?.basis = .connection }
                record(p, [(.bool(true), t), (.bool(false), f)])
            } else if let (i, field) = Self.indexed(p, "history"), i < facts.history.count {
                switch field {
                case "indicatedResponsible", "borderProcedure":
                    var t = facts, f = facts
                    if field == "indicatedResponsible" { t.history[i].indicatedResponsible = true; f.history[i].indicatedResponsible = false }
                    else { t.history[i].borderProcedure = true; f.history[i].borderProcedure = false }
                    record(p, [(.bool(true), t), (.bool(false), f)])
                case "hit":
                    record(p, DatabaseHit.allCases.map { h in var c = facts; c.history[i].hit = h; return (.string(h.rawValue), c) })
                case "on", "validUntil", "finalOn":
                    // A date decides by which side of a limit it falls: try a recent and an old one.
                    let reg = CaseContext(facts: facts, profile: profile, data: data, say: .silent).registration.date
                    var recent = facts, old = facts
                    let near = reg.adding(days: -1), far = reg.adding(years: -10)
                    switch field {
                    case "on": recent.history[i].on = near; old.history[i].on = far
                    case "validUntil": recent.history[i].validUntil = near; old.history[i].validUntil = far
                    default: recent.history[i].finalOn = near; old.history[i].finalOn = far
                    }
                    record(p, [(.string("recent (\(near.iso))"), recent), (.string("long ago (\(far.iso))"), old)])
                default: break
                }
            } else if let (i, field) = Self.indexed(p, "family"), i < facts.family.count {
                switch field {
                case "canTakeCare", "wishInWriting":
                    var t = facts, f = facts
                    if field == "canTakeCare" { t.family[i].canTakeCare = true; f.family[i].canTakeCare = false }
                    else { t.family[i].wishInWriting = true; f.family[i].wishInWriting = false }
                    record(p, [(.bool(true), t), (.bool(false), f)])
                case "status":
                    record(p, FamilyStatus.allCases.map { s in var c = facts; c.family[i].status = s; return (.string(s.rawValue), c) })
                case "birthDate":
                    let made = facts.application.madeOn
                    var minor = facts; minor.family[i].birthDate = made.adding(years: -10)
                    var adult = facts; adult.family[i].birthDate = made.adding(years: -30)
                    record(p, [(.string("under 18"), minor), (.string("18 or over"), adult)])
                case "":
                    // A relative who can care for the minor, or a family member both wish to join:
                    // yes makes that state responsible; no leaves the criterion aside.
                    var no = facts; no.family[i].memberState = facts.memberState
                    let state = facts.family[i].memberState
                    let yesValues: [(path: String, value: JSONValue)] = [("responsibility.memberState", state.map { .string($0.code) } ?? .null),
                                                                          ("procedure.route", .string(Route.transfer.rawValue))]
                    let noValues = Self.decidedValues(silent.decide(no))
                    guard !done.contains(p) else { continue }
                    done.insert(p)
                    let changed = ["responsibility.memberState", "procedure.route"]
                    out.append(OpenFact(fact: p, decides: changed,
                                        branches: [(value: .bool(true), then: yesValues), (value: .bool(false), then: noValues.filter { changed.contains($0.path) })],
                                        note: OpenFactWords.question(p, facts)))
                default: break
                }
            }
        }
        facts = given
        // The former law runs the decision period from lodging, and no period fixes when that
        // happens: without the date no decision deadline can be given. The earliest possible day,
        // the day the application was made, shows the earliest deadline.
        if others == nil, current.regime == .prePact, given.application.lodgedOn == nil, current.procedure.route != .transfer {
            var lodged = given
            lodged.application.lodgedOn = given.application.madeOn
            let d = DecidedValues(silent.decide(lodged))
            let paths = [DecidedValues.decisionDeadlineIndex, DecidedValues.labourMarketIndex]
            done.insert("application.lodgedOn")
            out.append(OpenFact(fact: "application.lodgedOn", decides: paths.map { DecidedValues.paths[$0] },
                                branches: [(value: .string(given.application.madeOn.iso), then: paths.map { (path: DecidedValues.paths[$0], value: d.json(at: $0)) })],
                                note: say.ifAny(OpenFactWords.formerLawLodgedOn)))
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
        // Facts that cannot be enumerated (a nationality, a missing data row): listed with what
        // they decide and a note; their branches are the values that are known to follow.
        for p in Set(paths).sorted() where !done.contains(p) && !p.hasPrefix("findings.") {
            done.insert(p)
            out.append(OpenFact(fact: p, decides: ["procedure.route"],
                                branches: [(value: .string("not given"), then: [("procedure.route", .string(current.procedure.route.rawValue))])],
                                note: OpenFactWords.question(p, facts)))
        }
        return out
    }

    /// The case with every other open yes-or-no fact answered "no", for the second pass.
    static func othersNo(_ given: CaseFacts, paths: [String], except: String) -> CaseFacts {
        var f = given
        // Every yes-or-no fact of the case, not only the listed ones: answering one open fact can
        // reveal the next (the border procedure, then whether Eurodac names the state).
        for id in FindingID.allCases where f.findings[id] == nil && id.factPath != except { f.findings[id] = Finding(holds: false) }
        for i in f.history.indices {
            if f.history[i].indicatedResponsible == nil && except != "history[\(i)].indicatedResponsible" { f.history[i].indicatedResponsible = false }
            if f.history[i].borderProcedure == nil && except != "history[\(i)].borderProcedure" { f.history[i].borderProcedure = false }
            if f.history[i].hit == nil && except != "history[\(i)].hit" { f.history[i].hit = DatabaseHit.none }
        }
        for i in f.family.indices {
            if f.family[i].canTakeCare == nil && except != "family[\(i)].canTakeCare" { f.family[i].canTakeCare = false }
            if f.family[i].wishInWriting == nil && except != "family[\(i)].wishInWriting" { f.family[i].wishInWriting = false }
        }
        return f
    }

    /// `family[2].status` → (2, "status"); `family[2]` → (2, "").
    static func indexed(_ path: String, _ list: String) -> (Int, String)? {
        guard path.hasPrefix(list + "["), let close = path.firstIndex(of: "]") else { return nil }
        guard let i = Int(path[path.index(path.startIndex, offsetBy: list.count + 1)..<close]) else { return nil }
        let rest = path[path.index(after: close)...]
        return (i, rest.hasPrefix(".") ? String(rest.dropFirst()) : "")
    }
}
