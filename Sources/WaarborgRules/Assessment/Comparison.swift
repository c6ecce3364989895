import WaarborgJSON

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
        let flat = assessments.map { a -> [(String, JSONValue)] in
            var w = JSONWriter(pretty: false)
            AssessmentEncoder.write(a, into: &w)
            let json = (try? JSONParser.parse(w.bytes)) ?? .null
            var out: [(String, JSONValue)] = []
            Comparison.flatten(json, "", &out)
            return out.filter { !$0.0.hasPrefix("profile.") && !$0.0.hasPrefix("receipt.") && !$0.0.hasPrefix("trace") }
        }
        var paths: [String] = []
        var seen = Set<String>()
        for f in flat { for (p, _) in f where seen.insert(p).inserted { paths.append(p) } }
        let maps = flat.map { Dictionary($0, uniquingKeysWith: { a, _ in a }) }
        // Rules whose outcome differs, by the sections they decide.
        var changedRules: [(rule: String, sections: AssessmentSections)] = []
        if let first = assessments.first {
            var ruleIDs: [String] = []
            for a in assessments { for s in a.trace where !ruleIDs.contains(s.rule) { ruleIDs.append(s.rule) } }
            for id in ruleIDs {
                let outcomes = assessments.map { a in a.trace.first { $0.rule == id } }
                let differ = outcomes.contains { o in o?.outcome != outcomes[0]?.outcome || (o == nil) != (outcomes[0] == nil) }
                if differ {
                    let sections = outcomes.compactMap { $0?.sections }.reduce(AssessmentSections()) { $0.union($1) }
                    changedRules.append((id, sections))
                }
            }
            _ = first
        }
        var diffs: [Difference] = []
        for p in paths {
            let values = maps.map { $0[p] ?? .null }
            guard values.contains(where: { $0 != values[0] }) else { continue }
            let section = String(p.prefix { $0 != "." && $0 != "[" })
            let rules = AssessmentSections(key: section).map { s in changedRules.filter { $0.sections.contains(s) }.map(\.rule) } ?? []
            var params: [(String, [String])] = []
            if resolved.count == assessments.count {
                var keys = Set(rules.flatMap(RuleParameters.parameters(of:))).sorted()
                // Where the path names the parameter (legalAid[screening] -> legalAid.screening), keep that one.
                let named = keys.filter { p.contains("[" + ($0.split(separator: ".").last.map(String.init) ?? "") + "]") }
                if !named.isEmpty { keys = named }
                for key in keys {
                    let vs = resolved.map { $0.parameter(key).map { "\($0.value) (\($0.status.rawValue))" } ?? "" }
                    if vs.contains(where: { $0 != vs[0] }) { params.append((key, vs)) }
                }
            }
            diffs.append(Difference(path: p, values: values, rules: rules, parameters: params))
        }
        differences = diffs
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
