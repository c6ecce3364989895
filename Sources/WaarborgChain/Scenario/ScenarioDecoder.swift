import Foundation
import Crypto
import LegalCalendar
import WaarborgJSON
import WaarborgRules
import WaarborgSim

/// Reads and checks `waarborg.scenario/1` (YAML or JSON). Every error names the key; unknown keys
/// are errors, so a misspelt lever is never silently ignored.
public enum ScenarioDecoder {
    /// Scenario files are small; a larger one is refused before it is parsed.
    public static let maxBytes = 2_000_000

    /// `horizonMonths` replaces the file's own horizon before the file is read: monthly series of 1
    /// or 12 values stretch to it, and a series of one value per month of the file's horizon is cut
    /// to a shorter one (a longer one it cannot fill, and is refused with its key).
    public static func decode(text: String, horizonMonths: Int? = nil) throws(ScenarioError) -> Scenario {
        guard text.utf8.count <= maxBytes else { throw ScenarioError("$", "the scenario is larger than \(maxBytes / 1_000_000) MB") }
        let trimmed = text.drop { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        let json: JSONValue
        if trimmed.first == "{" {
            do { json = try JSONParser.parse(text) } catch {
                throw ScenarioError("$", "not valid JSON (line \(error.line), column \(error.column): \(error.message))")
            }
        } else {
            do { json = try JSONValue(yaml: text) } catch {
                throw ScenarioError("$", error.kind == .syntax ? "not valid YAML (\(error))" : "\(error)")
            }
        }
        var input = json
        let r = Reader()
        if let months = horizonMonths, case .object(let pairs) = json {
            if case .number(let own)? = pairs.first(where: { $0.0 == "horizonMonths" })?.1, own == own.rounded(), own > Double(months), own <= Double(Scenario.maxHorizonMonths) {
                r.fileHorizon = Int(own)
            }
            input = .object(pairs.map { $0.0 == "horizonMonths" ? ($0.0, .number(Double(months))) : $0 })
        }
        var s = try r.scenario(input)
        s.assumptions = r.records
        s.hash = SHA256.hash(data: Array(text.utf8)).map { String(format: "%02x", $0) }.joined()
        return s
    }
}

/// The decoding pass; it collects each assumption it reads for the report.
final class Reader {
    /// The file's own horizon when the caller asked for a shorter one (`decode(text:horizonMonths:)`).
    var fileHorizon: Int?
    var records: [AssumptionRecord] = []

    // MARK: plain values

    func object(_ v: JSONValue?, _ path: String, _ allowed: [String], required: [String] = []) throws(ScenarioError) -> JSONValue {
        guard let v, case .object(let members) = v else { throw ScenarioError(path, "expected a mapping") }
        for (k, _) in members where !allowed.contains(k) {
            throw ScenarioError(path + "." + k, "unknown key (allowed: \(allowed.joined(separator: ", ")))")
        }
        for k in required where v[k] == nil { throw ScenarioError(path + "." + k, "missing") }
        return v
    }

    func number(_ v: JSONValue?, _ path: String, min: Double = 0, max: Double = .infinity) throws(ScenarioError) -> Double {
        guard case .number(let d)? = v, d.isFinite else { throw ScenarioError(path, "expected a number") }
        guard d >= min, d <= max else {
            throw ScenarioError(path, max.isFinite ? "must be from \(NumberText.short(min)) to \(NumberText.short(max)), found \(NumberText.short(d))"
                                                  : "must be at least \(NumberText.short(min)), found \(NumberText.short(d))")
        }
        return d
    }

    func share(_ v: JSONValue?, _ path: String) throws(ScenarioError) -> Double { try number(v, path, min: 0, max: 1) }

    func integer(_ v: JSONValue?, _ path: String, _ range: ClosedRange<Int>) throws(ScenarioError) -> Int {
        guard case .number(let d)? = v, d == d.rounded(), abs(d) < 9e15 else { throw ScenarioError(path, "expected a whole number") }
        guard range.contains(Int(d)) else { throw ScenarioError(path, "must be from \(range.lowerBound) to \(range.upperBound)") }
        return Int(d)
    }

    func text(_ v: JSONValue?, _ path: String, maxLength: Int = 2000) throws(ScenarioError) -> String {
        guard case .string(let s)? = v, !s.trimmingCharacters(in: .whitespaces).isEmpty else { throw ScenarioError(path, "expected a non-empty text") }
        guard s.count <= maxLength else { throw ScenarioError(path, "longer than \(maxLength) characters") }
        return s
    }

    func date(_ v: JSONValue?, _ path: String) throws(ScenarioError) -> CalendarDate {
        guard case .string(let s)? = v, let d = CalendarDate(iso: s), (1990...2100).contains(d.year) else {
            throw ScenarioError(path, "expected a date as YYYY-MM-DD between 1990 and 2100")
        }
        return d
    }

    func country(_ v: JSONValue?, _ path: String) throws(ScenarioError) -> CountryCode {
        guard case .string(let s)? = v, let c = CountryCode.assigned(s) else {
            throw ScenarioError(path, "expected an ISO 3166-1 alpha-3 country code such as \"SYR\"")
        }
        return c
    }

    func distribution(_ v: JSONValue?, _ path: String) throws(ScenarioError) -> Distribution {
        guard let v else { throw ScenarioError(path, "missing") }
        do { return try NetworkDecoder.distribution(v, path, positiveMean: false) } catch { throw ScenarioError(error.path, error.message) }
    }

    // MARK: assumptions

    /// `{value, source, note}`: reads the value with `body` and records the assumption.
    func assumption<T>(_ v: JSONValue?, _ path: String, shown: (T) -> LocalizedText,
                                _ body: (JSONValue?, String) throws(ScenarioError) -> T) throws(ScenarioError) -> Assumption<T> {
        guard v != nil else { throw ScenarioError(path, "missing (an assumption: {value, source, note})") }
        let o = try object(v, path, ["value", "source", "note"], required: ["value", "source", "note"])
        let value = try body(o["value"], path + ".value")
        let source = try text(o["source"], path + ".source")
        let note = try text(o["note"], path + ".note")
        records.append(AssumptionRecord(key: String(path.dropFirst(2)), value: shown(value), source: source, note: note))
        return Assumption(value: value, source: source, note: note)
    }

    func shareA(_ v: JSONValue?, _ path: String) throws(ScenarioError) -> Assumption<Double> {
        try assumption(v, path, shown: { ScenarioText.plain($0) }) { (x, p) throws(ScenarioError) in try share(x, p) }
    }

    func numberA(_ v: JSONValue?, _ path: String, max: Double = .infinity) throws(ScenarioError) -> Assumption<Double> {
        try assumption(v, path, shown: { ScenarioText.plain($0) }) { (x, p) throws(ScenarioError) in try number(x, p, max: max) }
    }

    func distributionA(_ v: JSONValue?, _ path: String, inDays: Bool = true) throws(ScenarioError) -> Assumption<Distribution> {
        try assumption(v, path, shown: { ScenarioText.distribution($0, inDays: inDays) }) { (x, p) throws(ScenarioError) in try distribution(x, p) }
    }

    func scheduleA(_ v: JSONValue?, _ path: String, max: Double = 10_000_000) throws(ScenarioError) -> Assumption<Schedule> {
        try assumption(v, path, shown: { ScenarioText.schedule($0) }) { (x, p) throws(ScenarioError) in try schedule(x, p, max: max) }
    }

    func schedule(_ v: JSONValue?, _ path: String, max: Double) throws(ScenarioError) -> Schedule {
        if case .number? = v { return .constant(try number(v, path, max: max)) }
        guard case .array(let items)? = v, !items.isEmpty, items.count <= 1000 else {
            throw ScenarioError(path, "expected a number of 0 or more, or a list of 1 to 1000 steps {from, value}")
        }
        var steps: [Schedule.Step] = []
        for (i, item) in items.enumerated() {
            let p = "\(path)[\(i)]"
            let o = try object(item, p, ["from", "value"], required: ["from", "value"])
            let step = Schedule.Step(from: try date(o["from"], p + ".from"), value: try number(o["value"], p + ".value", max: max))
            if let last = steps.last, step.from <= last.from { throw ScenarioError(p + ".from", "must be after the previous step (\(last.from.iso))") }
            steps.append(step)
        }
        return Schedule(steps: steps)
    }

    func nationalities(_ v: JSONValue?, _ path: String) throws(ScenarioError) -> NationalityMix {
        guard case .array(let items)? = v, !items.isEmpty, items.count <= 250 else { throw ScenarioError(path, "expected a list of 1 to 250 nationalities") }
        var entries: [NationalityMix.Entry] = []
        for (i, item) in items.enumerated() {
            let p = "\(path)[\(i)]"
            let o = try object(item, p, ["code", "share", "grantRate", "refugeeShare"], required: ["code", "share", "grantRate", "refugeeShare"])
            let code = try country(o["code"], p + ".code")
            guard !entries.contains(where: { $0.code == code }) else { throw ScenarioError(p + ".code", "\(code) is listed twice") }
            entries.append(.init(code: code, share: try share(o["share"], p + ".share"), grantRate: try share(o["grantRate"], p + ".grantRate"),
                                 refugeeShare: try share(o["refugeeShare"], p + ".refugeeShare")))
        }
        let total = entries.reduce(0) { $0 + $1.share }
        guard abs(total - 1) < 1e-6 else { throw ScenarioError(path, "shares sum to \(NumberText.short(total)), not 1") }
        return NationalityMix(entries: entries)
    }

    func shareTable<K>(_ v: JSONValue?, _ path: String, key: (String) -> K?, keyHelp: String, sumToOne: Bool) throws(ScenarioError) -> [(K, Double)] {
        guard case .object(let members)? = v, members.count <= 100 else { throw ScenarioError(path, "expected a mapping of \(keyHelp) to shares") }
        var out: [(K, Double)] = []
        for (k, x) in members {
            guard let key = key(k) else { throw ScenarioError(path + "." + k, "not \(keyHelp)") }
            out.append((key, try share(x, path + "." + k)))
        }
        if sumToOne {
            guard !out.isEmpty else { throw ScenarioError(path, "expected at least one entry") }
            let total = out.reduce(0) { $0 + $1.1 }
            guard abs(total - 1) < 1e-6 else { throw ScenarioError(path, "shares sum to \(NumberText.short(total)), not 1") }
        }
        return out
    }

    // MARK: the scenario

    func scenario(_ json: JSONValue) throws(ScenarioError) -> Scenario {
        let keys = ["schema", "name", "nameNl", "description", "start", "horizonMonths", "replications", "seed", "inflow", "backlog", "capacity",
                    "processing", "behaviour", "profiles", "priority", "solidarity", "resettlementPerYear", "levers", "costs"]
        let top = try object(json, "$", keys, required: ["schema", "name", "start", "horizonMonths", "inflow", "capacity", "processing", "behaviour", "priority", "costs"])
        guard case .string(let schema)? = top["schema"], schema == Scenario.schemaID else {
            throw ScenarioError("$.schema", "expected \"\(Scenario.schemaID)\"")
        }
        let name = try text(top["name"], "$.name", maxLength: 200)
        let nameNl = try top["nameNl"].map { v throws(ScenarioError) in try text(v, "$.nameNl", maxLength: 200) }
        let description = try top["description"].map { v throws(ScenarioError) in try text(v, "$.description", maxLength: 4000) } ?? ""
        let start = try date(top["start"], "$.start")
        let horizon = try integer(top["horizonMonths"], "$.horizonMonths", 1...Scenario.maxHorizonMonths)
        let replications = try top["replications"].map { v throws(ScenarioError) in try integer(v, "$.replications", 1...Scenario.maxReplications) } ?? 10
        let seed = UInt64(try top["seed"].map { v throws(ScenarioError) in try integer(v, "$.seed", 0...Int.max) } ?? 1)

        let inflow = try self.inflow(top["inflow"], horizon: horizon, start: start)
        let backlog = try top["backlog"].map { v throws(ScenarioError) in try self.backlog(v) }
        let capacity = try self.capacity(top["capacity"])
        let processing = try self.processing(top["processing"])
        let behaviour = try self.behaviour(top["behaviour"])
        var profileAppeal: [String: AppealBehaviour] = [:]
        if let p = top["profiles"] {
            guard case .object(let members) = p, members.count <= 20 else { throw ScenarioError("$.profiles", "expected a mapping of profile ids (at most 20)") }
            for (id, v) in members {
                let path = "$.profiles.\(id)"
                let o = try object(v, path, ["appeal"], required: ["appeal"])
                profileAppeal[id] = try appeal(o["appeal"], path + ".appeal", partial: true)
            }
        }
        let priority = try assumption(top["priority"], "$.priority", shown: { r in
            switch r {
            case .share(let s): LocalizedText(en: "a share of \(ScenarioText.n(s * 100)) % to the pre-Pact backlog first", nl: "een deel van \(ScenarioText.n(s * 100, .nl)) % eerst voor de voorraad van vóór het Pact")
            case .newFirst: LocalizedText(en: "new applications first", nl: "nieuwe aanvragen eerst")
            case .oldestFirst: LocalizedText(en: "oldest application first", nl: "oudste aanvraag eerst")
            }
        }) { (v, p) throws(ScenarioError) -> PriorityRule in
            let o = try object(v, p, ["rule", "prePactShare"], required: ["rule"])
            guard case .string(let rule)? = o["rule"] else { throw ScenarioError(p + ".rule", "expected new-first, oldest-first or share") }
            switch rule {
            case "new-first": return .newFirst
            case "oldest-first": return .oldestFirst
            case "share": return .share(prePact: try share(o["prePactShare"], p + ".prePactShare"))
            default: throw ScenarioError(p + ".rule", "expected new-first, oldest-first or share, found \"\(rule)\"")
            }
        }
        let solidarity = try object(top["solidarity"] ?? .object([]), "$.solidarity", ["mode", "perYear"])
        let solidarityMode: Assumption<SolidarityMode>
        let solidarityPerYear: Assumption<Double>
        if solidarity["mode"] == nil && solidarity["perYear"] == nil {
            solidarityMode = Assumption(value: .pay, source: "not in the scenario", note: "no solidarity")
            solidarityPerYear = Assumption(value: 0, source: "not in the scenario", note: "no solidarity")
        } else {
            solidarityMode = try assumption(solidarity["mode"], "$.solidarity.mode", shown: {
                $0 == .pay ? LocalizedText(en: "financial contribution", nl: "financiële bijdrage") : LocalizedText(en: "relocation", nl: "relocatie")
            }) { (v, p) throws(ScenarioError) in
                guard case .string(let s)? = v, let m = SolidarityMode(rawValue: s) else { throw ScenarioError(p, "expected relocate or pay") }
                return m
            }
            solidarityPerYear = try numberA(solidarity["perYear"], "$.solidarity.perYear", max: 100_000)
        }
        let resettlement = try top["resettlementPerYear"].map { v throws(ScenarioError) in try numberA(v, "$.resettlementPerYear", max: 100_000) }
            ?? Assumption(value: 0, source: "not in the scenario", note: "no resettlement")
        let levers = try self.levers(top["levers"])
        let costs = try self.costs(top["costs"])

        var s = Scenario(name: name, nameNl: nameNl, description: description, start: start, horizonMonths: horizon, replications: replications, seed: seed,
                         inflow: inflow, backlog: backlog, capacity: capacity, processing: processing, behaviour: behaviour,
                         profileAppeal: profileAppeal, priority: priority, solidarityMode: solidarityMode, solidarityPerYear: solidarityPerYear,
                         resettlementPerYear: resettlement, levers: levers, costs: costs, assumptions: [])
        try Self.checkWork(&s)
        return s
    }

    /// Refuses a run whose size would exhaust memory: people are simulated one by one.
    static func checkWork(_ s: inout Scenario) throws(ScenarioError) {
        let perRun = s.peoplePerReplication
        guard perRun <= 5_000_000 else {
            throw ScenarioError("$.inflow.applicationsPerMonth", "about \(NumberText.short(perRun.rounded())) people over the horizon; at most 5000000 per replication")
        }
        // The grant rate of an extra group comes from the inflow's nationalities.
        let known = s.inflow.nationalities.value.entries.map(\.code)
        for (i, shock) in s.inflow.shocks.enumerated() where !known.contains(shock.nationality) {
            throw ScenarioError("$.inflow.shocks[\(i)].nationality", "\(shock.nationality) is not in inflow.nationalities; add it there (a share of 0 is allowed) so that its grant rate is known")
        }
        if s.levers.ukraineTemporaryProtectionEnd != nil && !known.contains(where: { $0.code == "UKR" }) {
            throw ScenarioError("$.levers.ukraineTemporaryProtectionEnd", "UKR is not in inflow.nationalities; add it there (a share of 0 is allowed) so that its grant rate is known")
        }
    }

    func inflow(_ v: JSONValue?, horizon: Int, start: CalendarDate) throws(ScenarioError) -> Scenario.Inflow {
        let p = "$.inflow"
        let keys = ["applicationsPerMonth", "nationalities", "unaccompaniedShare", "familyShare", "childrenPerFamily", "airportShare",
                    "priorRegistrationShare", "priorRegistrationStates", "findings", "familyAbroadShare", "familyAbroadSize", "familyPipelinePerMonth", "shocks"]
        let o = try object(v, p, keys, required: Array(keys.dropLast(2)))
        func monthly(_ x: JSONValue?, _ q: String) throws(ScenarioError) -> [Double] {
            if case .number = x { return [Double](repeating: try number(x, q, max: 1_000_000), count: horizon) }
            guard case .array(let items)? = x, [1, 12, horizon].contains(items.count) || items.count == fileHorizon else {
                throw ScenarioError(q, "expected a number, or a list of 1, 12 (January to December) or \(horizon) (one per month of the run) numbers")
            }
            var values: [Double] = []
            for (i, item) in items.enumerated() { values.append(try number(item, "\(q)[\(i)]", max: 1_000_000)) }
            // One value per month of the run: a single value repeats, twelve are January to December.
            switch values.count {
            case horizon: return values
            // One value per month of the file's longer horizon, the run cut short.
            case fileHorizon: return Array(values.prefix(horizon))
            case 1: return [Double](repeating: values[0], count: horizon)
            default: return (0..<horizon).map { values[(start.month - 1 + $0) % 12] }
            }
        }
        let perMonth = try assumption(o["applicationsPerMonth"], p + ".applicationsPerMonth", shown: { ScenarioText.series($0) }) { (x, q) throws(ScenarioError) in try monthly(x, q) }
        let pipeline = try o["familyPipelinePerMonth"].map { x throws(ScenarioError) in
            try assumption(x, p + ".familyPipelinePerMonth", shown: { ScenarioText.series($0) }) { (y, q) throws(ScenarioError) in try monthly(y, q) }
        }
        let nat = try assumption(o["nationalities"], p + ".nationalities", shown: { ScenarioText.mix($0) }) { (x, q) throws(ScenarioError) in try nationalities(x, q) }
        let uam = try shareA(o["unaccompaniedShare"], p + ".unaccompaniedShare")
        let fam = try shareA(o["familyShare"], p + ".familyShare")
        guard uam.value + fam.value <= 1 else { throw ScenarioError(p + ".familyShare", "with unaccompaniedShare it comes to more than 1") }
        let children = try distributionA(o["childrenPerFamily"], p + ".childrenPerFamily", inDays: false)
        let airport = try shareA(o["airportShare"], p + ".airportShare")
        let prior = try shareA(o["priorRegistrationShare"], p + ".priorRegistrationShare")
        let states = try assumption(o["priorRegistrationStates"], p + ".priorRegistrationStates", shown: { ScenarioText.countries($0) }) { (x, q) throws(ScenarioError) in
            try shareTable(x, q, key: { c in CountryCode.assigned(c).flatMap { $0 == .netherlands ? nil : $0 } }, keyHelp: "a member state's ISO alpha-3 code other than NLD", sumToOne: true)
        }
        let findings = try assumption(o["findings"], p + ".findings", shown: { ScenarioText.findings($0) }) { (x, q) throws(ScenarioError) in
            try shareTable(x, q, key: { FindingID(rawValue: $0) }, keyHelp: "a finding of waarborg.case/1", sumToOne: false)
        }
        let abroad = try shareA(o["familyAbroadShare"], p + ".familyAbroadShare")
        let abroadSize = try distributionA(o["familyAbroadSize"], p + ".familyAbroadSize", inDays: false)
        var shocks: [InflowShock] = []
        if let list = o["shocks"] {
            guard case .array(let items) = list, items.count <= 20 else { throw ScenarioError(p + ".shocks", "expected a list of at most 20 shocks") }
            for (i, item) in items.enumerated() {
                let q = "\(p).shocks[\(i)]"
                let s = try object(item, q, ["name", "from", "months", "perMonth", "nationality", "source", "note"],
                                   required: ["name", "from", "months", "perMonth", "nationality", "source", "note"])
                let shock = InflowShock(name: try text(s["name"], q + ".name", maxLength: 200), from: try date(s["from"], q + ".from"),
                                        months: try integer(s["months"], q + ".months", 1...240), perMonth: try number(s["perMonth"], q + ".perMonth", max: 1_000_000),
                                        nationality: try country(s["nationality"], q + ".nationality"), source: try text(s["source"], q + ".source"),
                                        note: try text(s["note"], q + ".note"))
                records.append(AssumptionRecord(key: "inflow.shocks[\(i)]", value: LocalizedText(en: "\(shock.name): \(ScenarioText.n(shock.perMonth)) a month for \(shock.months) months from \(shock.from.iso)", nl: "\(shock.name): \(ScenarioText.n(shock.perMonth, .nl)) per maand gedurende \(shock.months) maanden vanaf \(shock.from.iso)"),
                                                source: shock.source, note: shock.note))
                shocks.append(shock)
            }
        }
        return .init(applicationsPerMonth: perMonth, nationalities: nat, unaccompaniedShare: uam, familyShare: fam, childrenPerFamily: children,
                     airportShare: airport, priorRegistrationShare: prior, priorRegistrationStates: states, findings: findings,
                     familyAbroadShare: abroad, familyAbroadSize: abroadSize, familyPipelinePerMonth: pipeline, shocks: shocks)
    }

    func backlog(_ v: JSONValue) throws(ScenarioError) -> Scenario.Backlog {
        let p = "$.backlog"
        let o = try object(v, p, ["byAgeMonths", "nationalities", "statusHoldersWaiting"], required: ["byAgeMonths"])
        let bands = try assumption(o["byAgeMonths"], p + ".byAgeMonths", shown: { b in
            ScenarioText.both { l in b.map { "\($0.fromMonths)-\($0.toMonths) " + (l == .nl ? "maanden" : "months") + ": \(ScenarioText.n($0.persons, l))" }.joined(separator: "; ") }
        }) { (x, q) throws(ScenarioError) -> [Scenario.Backlog.Band] in
            guard case .array(let items)? = x, !items.isEmpty, items.count <= 60 else { throw ScenarioError(q, "expected a list of 1 to 60 bands {fromMonths, toMonths, persons}") }
            var out: [Scenario.Backlog.Band] = []
            for (i, item) in items.enumerated() {
                let r = "\(q)[\(i)]"
                let b = try object(item, r, ["fromMonths", "toMonths", "persons"], required: ["fromMonths", "toMonths", "persons"])
                let from = try integer(b["fromMonths"], r + ".fromMonths", 0...240)
                let to = try integer(b["toMonths"], r + ".toMonths", 0...240)
                guard to > from else { throw ScenarioError(r + ".toMonths", "must be more than fromMonths (\(from))") }
                out.append(.init(fromMonths: from, toMonths: to, persons: try number(b["persons"], r + ".persons", max: 2_000_000)))
            }
            return out
        }
        let nat = try o["nationalities"].map { x throws(ScenarioError) in
            try assumption(x, p + ".nationalities", shown: { ScenarioText.mix($0) }) { (y, q) throws(ScenarioError) in try nationalities(y, q) }
        }
        let holders = try o["statusHoldersWaiting"].map { x throws(ScenarioError) in try numberA(x, p + ".statusHoldersWaiting", max: 500_000) }
        return .init(byAgeMonths: bands, nationalities: nat, statusHoldersWaiting: holders)
    }

    func capacity(_ v: JSONValue?) throws(ScenarioError) -> Scenario.Capacity {
        let p = "$.capacity"
        let o = try object(v, p, ["ind", "court", "reception", "housingPerMonth", "detention"], required: ["ind", "court", "reception", "housingPerMonth", "detention"])
        let ind = try object(o["ind"], p + ".ind", DecisionTrack.allCases.map(\.rawValue), required: DecisionTrack.allCases.map(\.rawValue))
        var tracks: [DecisionTrack: Assumption<Schedule>] = [:]
        for t in DecisionTrack.allCases { tracks[t] = try scheduleA(ind[t.rawValue], "\(p).ind.\(t.rawValue)") }
        let court = try scheduleA(o["court"], p + ".court")
        let rec = try object(o["reception"], p + ".reception", PlaceKind.allCases.map(\.rawValue), required: PlaceKind.allCases.map(\.rawValue))
        var places: [PlaceKind: Assumption<Schedule>] = [:]
        for k in PlaceKind.allCases { places[k] = try scheduleA(rec[k.rawValue], "\(p).reception.\(k.rawValue)") }
        let housing = try scheduleA(o["housingPerMonth"], p + ".housingPerMonth")
        let det = try object(o["detention"], p + ".detention", ["adult", "family"], required: ["adult", "family"])
        return .init(ind: tracks, court: court, reception: places, housingPerMonth: housing,
                     detentionAdult: try scheduleA(det["adult"], p + ".detention.adult"), detentionFamily: try scheduleA(det["family"], p + ".detention.family"))
    }

    func processing(_ v: JSONValue?) throws(ScenarioError) -> Scenario.Processing {
        let p = "$.processing"
        let o = try object(v, p, ["screeningDays", "preparation", "courtPreparation"], required: ["screeningDays", "preparation", "courtPreparation"])
        let screening = try distributionA(o["screeningDays"], p + ".screeningDays")
        let prep = try object(o["preparation"], p + ".preparation", DecisionTrack.allCases.map(\.rawValue), required: DecisionTrack.allCases.map(\.rawValue))
        var preparation: [DecisionTrack: Assumption<Distribution>] = [:]
        for t in DecisionTrack.allCases { preparation[t] = try distributionA(prep[t.rawValue], "\(p).preparation.\(t.rawValue)") }
        return .init(screeningDays: screening, preparation: preparation, courtPreparation: try distributionA(o["courtPreparation"], p + ".courtPreparation"))
    }

    func appeal(_ v: JSONValue?, _ path: String, partial: Bool) throws(ScenarioError) -> AppealBehaviour {
        let o = try object(v, path, ["rate", "success"], required: partial ? [] : ["rate", "success"])
        let routes = AppealRoute.allCases.map(\.rawValue)
        var rate: [AppealRoute: Assumption<Double>] = [:], success: [AppealRoute: Assumption<Double>] = [:]
        if let r = o["rate"] {
            let m = try object(r, path + ".rate", routes, required: partial ? [] : routes)
            for a in AppealRoute.allCases where m[a.rawValue] != nil { rate[a] = try shareA(m[a.rawValue], "\(path).rate.\(a.rawValue)") }
        }
        if let r = o["success"] {
            let m = try object(r, path + ".success", routes, required: partial ? [] : routes)
            for a in AppealRoute.allCases where m[a.rawValue] != nil { success[a] = try shareA(m[a.rawValue], "\(path).success.\(a.rawValue)") }
        }
        return AppealBehaviour(rate: rate, success: success)
    }

    func behaviour(_ v: JSONValue?) throws(ScenarioError) -> Scenario.Behaviour {
        let p = "$.behaviour"
        let keys = ["grantFactor", "grantAfterSuccessfulAppeal", "appeal", "transferSuccess", "abscondingPerMonth", "departure", "familyFollowing"]
        let o = try object(v, p, keys, required: keys)
        let gf = try object(o["grantFactor"], p + ".grantFactor", ["accelerated", "border"], required: ["accelerated", "border"])
        let abs = try object(o["abscondingPerMonth"], p + ".abscondingPerMonth", ["transfer", "procedure", "rejected"], required: ["transfer", "procedure", "rejected"])
        let dep = try object(o["departure"], p + ".departure", ["demonstrableShare", "delayDays"], required: ["demonstrableShare", "delayDays"])
        let fam = try object(o["familyFollowing"], p + ".familyFollowing", ["conditionsMetShare", "delayDays"], required: ["conditionsMetShare", "delayDays"])
        return .init(grantFactorAccelerated: try shareA(gf["accelerated"], p + ".grantFactor.accelerated"),
                     grantFactorBorder: try shareA(gf["border"], p + ".grantFactor.border"),
                     grantAfterSuccessfulAppeal: try shareA(o["grantAfterSuccessfulAppeal"], p + ".grantAfterSuccessfulAppeal"),
                     appeal: try appeal(o["appeal"], p + ".appeal", partial: false),
                     transferSuccess: try shareA(o["transferSuccess"], p + ".transferSuccess"),
                     abscondingTransfer: try shareA(abs["transfer"], p + ".abscondingPerMonth.transfer"),
                     abscondingProcedure: try shareA(abs["procedure"], p + ".abscondingPerMonth.procedure"),
                     abscondingRejected: try shareA(abs["rejected"], p + ".abscondingPerMonth.rejected"),
                     departureDemonstrableShare: try shareA(dep["demonstrableShare"], p + ".departure.demonstrableShare"),
                     departureDelayDays: try distributionA(dep["delayDays"], p + ".departure.delayDays"),
                     familyConditionsMetShare: try shareA(fam["conditionsMetShare"], p + ".familyFollowing.conditionsMetShare"),
                     familyDelayDays: try distributionA(fam["delayDays"], p + ".familyFollowing.delayDays"))
    }

    func levers(_ v: JSONValue?) throws(ScenarioError) -> Scenario.Levers {
        let p = "$.levers"
        let keys = ["familyReunificationStop", "extraReview", "workAfterMonths", "ukraineTemporaryProtectionEnd"]
        guard let v, v != .null else { return .init() }
        let o = try object(v, p, keys)
        func given(_ k: String) -> JSONValue? { o[k].flatMap { $0 == .null ? nil : $0 } }
        var l = Scenario.Levers()
        if let x = given("familyReunificationStop") {
            l.familyReunificationStop = try assumption(x, p + ".familyReunificationStop", shown: { r in ScenarioText.both { "\(r.lowerBound.iso) " + ($0 == .nl ? "tot en met" : "to") + " \(r.upperBound.iso)" } }) { (y, q) throws(ScenarioError) in
                let r = try object(y, q, ["from", "until"], required: ["from", "until"])
                let a = try date(r["from"], q + ".from"), b = try date(r["until"], q + ".until")
                guard b >= a else { throw ScenarioError(q + ".until", "must not be before from (\(a.iso))") }
                return a...b
            }
        }
        if let x = given("extraReview") {
            l.extraReview = try assumption(x, p + ".extraReview", shown: { r in LocalizedText(en: "\(ScenarioText.n(r.share * 100)) % reviewed, \(ScenarioText.n(r.repairs * 100)) % of the weak decisions repaired", nl: "\(ScenarioText.n(r.share * 100, .nl)) % getoetst, \(ScenarioText.n(r.repairs * 100, .nl)) % van de zwakke besluiten hersteld") }) { (y, q) throws(ScenarioError) in
                let r = try object(y, q, ["share", "repairs"], required: ["share", "repairs"])
                return (try share(r["share"], q + ".share"), try share(r["repairs"], q + ".repairs"))
            }
        }
        if let x = given("workAfterMonths") {
            l.workAfterMonths = try assumption(x, p + ".workAfterMonths", shown: { m in LocalizedText(en: "\(m) months", nl: "\(m) maanden") }) { (y, q) throws(ScenarioError) in
                let m = try integer(y, q, 0...24)
                guard [1, 3, 6].contains(m) else { throw ScenarioError(q, "expected 1, 3 or 6 (months)") }
                return m
            }
        }
        if let x = given("ukraineTemporaryProtectionEnd") {
            l.ukraineTemporaryProtectionEnd = try assumption(x, p + ".ukraineTemporaryProtectionEnd", shown: { t in LocalizedText(en: "\(ScenarioText.n(t.perMonth)) a month for \(t.months) months from \(t.from.iso)", nl: "\(ScenarioText.n(t.perMonth, .nl)) per maand gedurende \(t.months) maanden vanaf \(t.from.iso)") }) { (y, q) throws(ScenarioError) in
                let r = try object(y, q, ["from", "months", "perMonth"], required: ["from", "months", "perMonth"])
                return (try date(r["from"], q + ".from"), try integer(r["months"], q + ".months", 1...120), try number(r["perMonth"], q + ".perMonth", max: 1_000_000))
            }
        }
        return l
    }

    func costs(_ v: JSONValue?) throws(ScenarioError) -> Scenario.Costs {
        let p = "$.costs"
        let keys = ["receptionPerDay", "detentionPerDay", "decision", "courtCase", "solidarityPerPerson"]
        let o = try object(v, p, keys, required: keys)
        let kinds = PlaceKind.allCases.map(\.rawValue) + ["emergency"]
        let rec = try object(o["receptionPerDay"], p + ".receptionPerDay", kinds, required: kinds)
        var per: [PlaceKind: Assumption<Double>] = [:]
        for k in PlaceKind.allCases { per[k] = try numberA(rec[k.rawValue], "\(p).receptionPerDay.\(k.rawValue)", max: 10_000) }
        return .init(receptionPerDay: per, emergencyPerDay: try numberA(rec["emergency"], p + ".receptionPerDay.emergency", max: 10_000),
                     detentionPerDay: try numberA(o["detentionPerDay"], p + ".detentionPerDay", max: 10_000),
                     decision: try numberA(o["decision"], p + ".decision", max: 1_000_000), courtCase: try numberA(o["courtCase"], p + ".courtCase", max: 1_000_000),
                     solidarityPerPerson: try numberA(o["solidarityPerPerson"], p + ".solidarityPerPerson", max: 1_000_000))
    }
}
