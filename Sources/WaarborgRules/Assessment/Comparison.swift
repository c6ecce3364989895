import WaarborgJSON
import LegalCalendar

/// The same case under several profiles: which values differ and which rules made them differ.
public struct Comparison: Sendable {
    public struct Difference: Sendable {
        public let path: String
        public let values: [JSONValue]
        public let rules: [String]
        /// The policy parameters behind those rules whose values differ between the profiles.
        public let parameters: [(key: String, values: [String])]
    }

    public let profiles: [String]
    public let assessments: [Assessment]
    public let differences: [Difference]

    public init(_ assessments: [Assessment], profiles resolved: [PolicyProfile] = []) {
        self.assessments = assessments
        profiles = assessments.map(\.profileID)
        // Compared on the typed values, not on their text: a changed date is one row, not one per
        // language and summary.
        let flat = assessments.map(Self.values)
        var paths: [String] = []
        var seen = Set<String>()
        for f in flat { for (p, _) in f where seen.insert(p).inserted { paths.append(p) } }
        let maps = flat.map { Dictionary($0, uniquingKeysWith: { a, _ in a }) }
        // Rules whose outcome differs, by the sections they decide.
        var ruleIDs: [RuleID] = []
        for a in assessments { for s in a.trace where !ruleIDs.contains(s.rule) { ruleIDs.append(s.rule) } }
        var changed: [(rule: RuleID, sections: AssessmentSections)] = []
        var allRules: [(rule: RuleID, sections: AssessmentSections)] = []
        for id in ruleIDs {
            let outcomes = assessments.map { a in a.trace.first { $0.rule == id } }
            let sections = outcomes.compactMap { $0?.sections }.reduce(AssessmentSections()) { $0.union($1) }
            allRules.append((id, sections))
            if outcomes.contains(where: { $0?.outcome != outcomes[0]?.outcome || ($0 == nil) != (outcomes[0] == nil) }) {
                changed.append((id, sections))
            }
        }
        // Each parameter's values under the profiles, once, for every row that asks.
        var parameterValues: [ParameterKey: [String]] = [:]
        if resolved.count == assessments.count {
            for key in ParameterKey.allCases {
                let vs = resolved.map { $0.parameter(key.rawValue).map { "\($0.value) (\($0.status.rawValue))" } ?? "" }
                if vs.contains(where: { $0 != vs[0] }) { parameterValues[key] = vs }
            }
        }
        func differing(_ keys: [ParameterKey]) -> [(key: String, values: [String])] {
            keys.compactMap { key in parameterValues[key].map { (key.rawValue, $0) } }
        }
        var diffs: [Difference] = []
        for p in paths {
            let values = maps.map { $0[p] ?? .null }
            guard values.contains(where: { $0 != values[0] }) else { continue }
            let regime = assessments.first?.regime ?? .pact
            var rules = changed.map(\.rule).filter { $0.decides(p) }
            // A value can change while every rule's outcome stays the same (a profile-only value):
            // then the rules that decide it and whose parameters differ are the cause.
            if rules.isEmpty {
                rules = allRules.map(\.rule).filter { $0.decides(p) && !differing($0.reads(regime)).isEmpty }
            }
            // An outcome that moved because of the route: the route's rules.
            if rules.isEmpty { rules = changed.map(\.rule).filter { $0 == .route } }
            var keys = Array(Set(rules.flatMap { $0.reads(regime) })).sorted()
            // Where the path names the parameter (legalAid[screening] -> legalAid.screening), keep that one.
            let named = keys.filter { p.contains("[" + ($0.rawValue.split(separator: ".").last.map(String.init) ?? "") + "]") }
            if !named.isEmpty { keys = named }
            // Otherwise the key whose last word the path's last word is part of, within the same
            // status (ifGranted.subsidiary.familyReunification.waitYears -> granted.subsidiary.familyWaitYears).
            let parts = p.split(separator: ".").map(String.init)
            if named.isEmpty, let last = parts.last?.lowercased(), parts.count > 1 {
                let close = keys.filter { k in
                    let kp = k.rawValue.split(separator: ".").map(String.init)
                    let sameStatus = parts.dropFirst().dropLast().allSatisfy { part in !["refugee", "subsidiary"].contains(part) || kp.contains(part) }
                    let kl = kp.last?.lowercased() ?? ""
                    return sameStatus && (kl.contains(last) || last.contains(kl) || kl.prefix(12) == last.prefix(12))
                }
                if !close.isEmpty { keys = close }
            }
            diffs.append(Difference(path: p, values: values, rules: rules.map(\.text), parameters: differing(keys)))
        }
        differences = diffs
    }

    /// The decided values of an assessment, by path, read from the typed model. Texts (labels,
    /// explanations) are left out: they follow the values.
    static func values(_ a: Assessment) -> [(String, JSONValue)] {
        func date(_ d: CalendarDate?) -> JSONValue { d.map { .string($0.iso) } ?? .null }
        func truth(_ t: Truth) -> JSONValue { t == .yes ? .bool(true) : t == .no ? .bool(false) : .string("undetermined") }
        var out: [(String, JSONValue)] = [
            ("regime", .string(a.regime.rawValue)),
            ("status", .string(a.determined ? "determined" : "undetermined")),
            ("screening.applies", truth(a.screening.applies)),
            ("screening.endsBy", date(a.screening.endsBy)),
            ("responsibility.memberState", a.responsibility.memberState.map { .string($0.code) } ?? .null),
            ("responsibility.criterion", .string(a.responsibility.criterion)),
            ("responsibility.request.kind", a.responsibility.request.map { .string($0.kind.rawValue) } ?? .null),
            ("responsibility.request.deadline", date(a.responsibility.request?.deadline)),
            ("procedure.route", .string(a.procedure.route.rawValue)),
            ("procedure.possibleRoutes", .array(a.procedure.possibleRoutes.map { .string($0.rawValue) })),
            // An open route has no grounds of its own yet: "undetermined", not "none", which would
            // read as if no ground held (the open questions give each route's grounds).
            ("procedure.grounds", a.procedure.route == .undetermined && a.procedure.grounds.isEmpty ? .string("undetermined")
                : .array(a.procedure.grounds.map { .string($0.id.rawValue) })),
            ("procedure.decisionDeadline", date(a.procedure.decisionDeadline)),
            ("procedure.intentionToReject", a.procedure.intentionToReject.map { .bool($0) } ?? .null),
            ("detention.permitted", .bool(a.detention.permitted)),
            ("detention.determined", .bool(a.detention.determined)),
            ("detention.facility", a.detention.facility.map { .string($0) } ?? .null),
            ("reception.kind", .string(a.reception.kind)),
            ("reception.labourMarketFrom", date(a.reception.labourMarketFrom)),
            ("reception.schoolingBy", date(a.reception.schoolingBy)),
            // The former law has no language-course rule of the Pact: no row for it.
            ("reception.languageCourses", a.regime == .pact ? .string(a.reception.languageCourses.rawValue) : .null),
            ("appeal.lodgeWithinDays", .number(Double(a.appeal.lodgeWithinDays))),
            ("appeal.suspensive", .string(a.appeal.suspensive.rawValue)),
        ]
        for l in a.legalAid { out.append(("legalAid[\(l.stage.rawValue)].form", .string(l.form.rawValue))) }
        // Timeline dates that repeat a value above (the decision deadline, work, schooling, the
        // request) would show one difference twice.
        let repeated: Set<TimelineID> = [.labourMarket, .decision, .admissibilityDecision, .borderProcedureEnd, .screeningEnd, .schooling,
                                         .takeChargeRequest, .takeBackNotification]
        for t in a.timeline where !repeated.contains(t.id) { out.append(("timeline[\(t.id.rawValue)].date", date(t.date))) }
        for d in a.deadlines { out.append(("deadlines[\(d.id.rawValue)].date", date(d.date))) }
        for f in a.openFacts { out.append(("openFacts[\(f.fact)]", .array(f.decides.map { .string($0) }))) }
        if let g = a.ifGranted {
            for (name, st) in [("refugee", g.refugee), ("subsidiary", g.subsidiary)] {
                out.append(("ifGranted.\(name).permitYears", .number(Double(st.permitYears))))
                out.append(("ifGranted.\(name).renewalYears", .number(Double(st.renewalYears))))
                out.append(("ifGranted.\(name).familyReunification.waitYears", .number(Double(st.waitYears))))
                out.append(("ifGranted.\(name).familyReunification.incomeAndHousing", .bool(st.incomeAndHousing)))
            }
            out.append(("ifGranted.refugee.familyReunification.members", .array(g.refugeeRelations.map { .string($0) })))
            out.append(("ifGranted.subsidiary.familyReunification.members", .array(g.eligibleRelations.map { .string($0) })))
            for m in g.family { out.append(("ifGranted.family[\(m.index)].mayFollow", truth(m.eligible))) }
            out.append(("ifGranted.naturalisationAfterYears", g.naturalisationAfterYears.map { .number(Double($0)) } ?? .null))
        }
        return out
    }

    /// Paths like `procedure.route`, `timeline[decision-deadline].date`, `legalAid[administrative].form`.
    static func flatten(_ v: JSONValue, _ prefix: String, _ out: inout [(String, JSONValue)]) {
        switch v {
        case .object(let members):
            for (k, x) in members { flatten(x, prefix.isEmpty ? k : prefix + "." + k, &out) }
        case .array(let items):
            let keyed = items.allSatisfy { item in ["id", "stage", "fact", "rule", "member"].contains { item[$0] != nil } }
            if items.isEmpty || !keyed || items.contains(where: { if case .object = $0 { return false } else { return true } }) {
                out.append((prefix, v))
                return
            }
            for item in items {
                let key = ["id", "stage", "fact", "rule", "member"].lazy.compactMap { item[$0] }.first
                var name = "?"
                if case .string(let s)? = key { name = s }
                flatten(item, prefix + "[" + name + "]", &out)
            }
        default: out.append((prefix, v))
        }
    }

    public func encode(pretty: Bool) -> [UInt8] {
        var w = JSONWriter(pretty: pretty)
        w.beginObject()
        w.key("profiles"); w.beginArray(); for p in profiles { w.string(p) }; w.endArray()
        w.key("assessments"); w.beginArray(); for a in assessments { AssessmentEncoder.write(a, into: &w) }; w.endArray()
        w.key("differences"); w.beginArray()
        for d in differences {
            w.beginObject()
            w.field("path", d.path)
            w.key("values"); w.beginArray(); for v in d.values { w.value(v) }; w.endArray()
            w.key("rules"); w.beginArray(); for r in d.rules { w.string(r) }; w.endArray()
            w.key("parameters"); w.beginArray()
            for p in d.parameters {
                w.beginObject(); w.field("key", p.key)
                w.key("values"); w.beginArray(); for v in p.values { w.string(v) }; w.endArray()
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.bytes
    }
}
