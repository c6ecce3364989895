import LegalCalendar

/// Reads `waarborg.case/1` strictly: unknown keys, wrong types, unknown enumeration values and
/// impossible dates are errors, never ignored, so that a typo cannot silently become "unknown".
public enum CaseDecoder {
    public static let schemaID = "waarborg.case/1"

    public static func decode(_ text: String) throws(CaseInputError) -> CaseFacts {
        try decode(Array(text.utf8))
    }

    public static func decode(_ bytes: [UInt8]) throws(CaseInputError) -> CaseFacts {
        let json: JSONValue
        do { json = try JSONParser.parse(bytes) } catch {
            throw CaseInputError(path: "$", expected: "valid JSON (line \(error.line), column \(error.column): \(error.message))", found: nil)
        }
        return try decode(json)
    }

    public static func decode(_ json: JSONValue) throws(CaseInputError) -> CaseFacts {
        do { return try read(json) } catch let e as CaseInputError { throw e } catch {
            throw CaseInputError(path: "$", expected: "a readable case", found: nil)
        }
    }

    private static func read(_ json: JSONValue) throws -> CaseFacts {
        let r = Reader(json, path: "$")
        let top = try r.object(allowed: Keys.top)
        let schema = try top.required("schema").string()
        guard schema == schemaID else {
            throw CaseInputError(path: "$.schema", expected: "\"\(schemaID)\"", found: "\"\(schema)\"")
        }
        let id = try top.required("id").string()
        guard !id.isEmpty else { throw CaseInputError(path: "$.id", expected: "a non-empty string", found: "\"\"") }

        let app = try top.required("application").object(allowed: Keys.application)
        let application = ApplicationDates(
            madeOn: try app.required("madeOn").date(),
            registeredOn: try app.optional("registeredOn")?.date(),
            lodgedOn: try app.optional("lodgedOn")?.date())

        let a = try top.required("applicant").object(allowed: Keys.applicant)
        var applicant = Applicant()
        applicant.birthDate = try a.optional("birthDate")?.nullable { try $0.date() } ?? nil
        applicant.ageDisputed = try a.optional("ageDisputed")?.bool() ?? false
        applicant.nationality = try a.optional("nationality")?.nullable { try $0.country() } ?? nil
        applicant.stateless = try a.optional("stateless")?.bool() ?? false
        applicant.formerHabitualResidence = try a.optional("formerHabitualResidence")?.country()
        applicant.unaccompanied = try a.optional("unaccompanied")?.bool() ?? false
        applicant.specialNeeds = try a.optional("specialNeeds")?.uniqueArray { try $0.enumeration(SpecialNeed.self) } ?? []
        applicant.riskProfiles = try a.optional("riskProfiles")?.uniqueArray { try $0.enumeration(RiskProfile.self) } ?? []

        var facts = CaseFacts(id: id, application: application, applicant: applicant)
        if let ms = try top.optional("memberState") { facts.memberState = try ms.country() }

        if let arr = try top.optional("arrival") {
            let o = try arr.object(allowed: Keys.arrival)
            facts.arrival = Arrival(
                kind: try o.required("kind").enumeration(ArrivalKind.self),
                on: try o.optional("on")?.date(),
                place: try o.optional("place")?.string())
        }

        facts.family = try top.optional("family")?.array { m in
            let o = try m.object(allowed: Keys.family)
            return FamilyMember(
                relation: try o.required("relation").enumeration(FamilyRelation.self),
                birthDate: try o.optional("birthDate")?.date(),
                accompanying: try o.required("accompanying").bool(),
                memberState: try o.optional("memberState")?.country(),
                status: try o.optional("status")?.enumeration(FamilyStatus.self))
        } ?? []

        facts.history = try top.optional("history")?.array { e in
            let o = try e.object(allowed: Keys.history)
            return HistoryEvent(
                event: try o.required("event").enumeration(HistoryEventKind.self),
                memberState: try o.required("memberState").country(),
                on: try o.optional("on")?.date(),
                validUntil: try o.optional("validUntil")?.date(),
                outcome: try o.optional("outcome")?.enumeration(HistoryOutcome.self))
        } ?? []

        if let f = try top.optional("findings") {
            let o = try f.object(allowed: Keys.findings)
            for (key, value) in o.members {
                let id = FindingID(rawValue: key)!
                facts.findings[id] = try finding(Reader(value, parent: o.path, key: key), id: id)
            }
        }
        return facts
    }

    private static func finding(_ r: Reader, id: FindingID) throws -> Finding {
        if case .bool(let b) = r.value { return Finding(holds: b) }
        guard case .object = r.value else {
            throw CaseInputError(path: r.path, expected: "true, false or an object {value, basis?, source?, on?}", found: r.value.preview)
        }
        let o = try r.object(allowed: Keys.finding)
        let v = try o.required("value")
        var f = Finding(holds: true)
        switch v.value {
        case .bool(let b): f.holds = b
        case .string:
            guard id == .firstCountryOfAsylum || id == .safeThirdCountry else {
                throw CaseInputError(path: v.path, expected: "true or false", found: v.value.preview)
            }
            f.country = try v.country()
        default:
            throw CaseInputError(path: v.path, expected: id == .firstCountryOfAsylum || id == .safeThirdCountry
                                 ? "a country code (alpha-3) or a boolean" : "true or false", found: v.value.preview)
        }
        f.basis = try o.optional("basis")?.enumeration(SafeThirdCountryBasis.self)
        if f.basis != nil && id != .safeThirdCountry {
            throw CaseInputError(path: o.path + ".basis", expected: "no basis: only safeThirdCountry takes one", found: nil)
        }
        f.source = try o.optional("source")?.string()
        f.on = try o.optional("on")?.date()
        return f
    }
}

/// The fields each object of the contract may have (built once, not per case).
enum Keys {
    static let top = ["schema", "id", "memberState", "arrival", "application", "applicant", "family", "history", "findings"]
    static let application = ["madeOn", "registeredOn", "lodgedOn"]
    static let applicant = ["birthDate", "ageDisputed", "nationality", "stateless", "formerHabitualResidence", "unaccompanied",
                            "specialNeeds", "riskProfiles"]
    static let arrival = ["kind", "on", "place"]
    static let family = ["relation", "birthDate", "accompanying", "memberState", "status"]
    static let history = ["event", "memberState", "on", "validUntil", "outcome"]
    static let findings = FindingID.allCases.map(\.rawValue)
    static let finding = ["value", "basis", "source", "on"]
}

/// A cursor over a JSON value that knows its path, so every error can say where it happened.
/// The path text is built only when it is asked for (on an error), not for every field read.
struct Reader {
    enum Step { case none, key(String), index(Int) }
    let value: JSONValue
    private let parent: String
    private let step: Step

    init(_ value: JSONValue, path: String) { self.value = value; parent = path; step = .none }
    init(_ value: JSONValue, parent: String, key: String) { self.value = value; self.parent = parent; step = .key(key) }
    init(_ value: JSONValue, parent: String, index: Int) { self.value = value; self.parent = parent; step = .index(index) }

    var path: String {
        switch step {
        case .none: parent
        case .key(let k): parent + "." + k
        case .index(let i): parent + "[\(i)]"
        }
    }

    func fail(_ expected: String) -> CaseInputError { CaseInputError(path: path, expected: expected, found: value.preview) }

    func string() throws -> String {
        guard case .string(let s) = value else { throw fail("a string") }
        return s
    }

    func bool() throws -> Bool {
        guard case .bool(let b) = value else { throw fail("true or false") }
        return b
    }

    func date() throws -> CalendarDate {
        guard case .string(let s) = value, let d = CalendarDate(iso: s) else {
            throw fail("a calendar date YYYY-MM-DD that exists")
        }
        return d
    }

    func country() throws -> CountryCode {
        guard case .string(let s) = value, let c = CountryCode(s) else {
            throw fail("a country code of three capital letters (ISO 3166-1 alpha-3, e.g. \"NLD\")")
        }
        return c
    }

    func enumeration<E: RawRepresentable & CaseIterable>(_: E.Type) throws -> E where E.RawValue == String {
        guard case .string(let s) = value, let e = E(rawValue: s) else {
            throw fail("one of " + E.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))
        }
        return e
    }

    func nullable<T>(_ body: (Reader) throws -> T) rethrows -> T? {
        if case .null = value { return nil }
        return try body(self)
    }

    func array<T>(_ body: (Reader) throws -> T) throws -> [T] {
        guard case .array(let items) = value else { throw fail("an array") }
        var out: [T] = []
        out.reserveCapacity(items.count)
        let here = path
        for (i, item) in items.enumerated() { out.append(try body(Reader(item, parent: here, index: i))) }
        return out
    }

    func uniqueArray<T: Equatable>(_ body: (Reader) throws -> T) throws -> [T] {
        let items = try array(body)
        for (i, x) in items.enumerated() where items[..<i].contains(x) {
            throw CaseInputError(path: path + "[\(i)]", expected: "each value at most once", found: "a repeated value")
        }
        return items
    }

    func object(allowed: [String]) throws -> ObjectReader {
        guard case .object(let members) = value else { throw fail("an object") }
        for (k, _) in members where !allowed.contains(k) {
            throw CaseInputError(path: path + "." + k, expected: "no such field (allowed here: \(allowed.joined(separator: ", ")))", found: nil)
        }
        return ObjectReader(members: members, path: path)
    }
}

struct ObjectReader {
    let members: [(String, JSONValue)]
    let path: String

    func optional(_ key: String) throws -> Reader? {
        members.first { $0.0 == key }.map { Reader($0.1, parent: path, key: key) }
    }

    func required(_ key: String) throws -> Reader {
        guard let r = try optional(key) else {
            throw CaseInputError(path: path + "." + key, expected: "a value: this field is required", found: nil)
        }
        return r
    }
}
