import Foundation
import WaarborgJSON
import LegalCalendar

/// Reads `waarborg.case/1` strictly: unknown keys, wrong types, unknown enumeration values and
/// impossible dates are errors, never ignored, so that a typo cannot silently become "unknown".
public enum CaseDecoder {
    public static let schemaID = "waarborg.case/1"

    public static func decode(_ text: String, today: CalendarDate? = nil) throws(CaseInputError) -> CaseFacts {
        try decode(Array(text.utf8), today: today)
    }

    /// `today` (default: the system clock's date) bounds the birth dates of family members.
    public static func decode(_ bytes: [UInt8], today: CalendarDate? = nil) throws(CaseInputError) -> CaseFacts {
        var p = JSONParser(streaming: bytes)
        do {
            let facts = try read(&p)
            try p.end()
            try checkDateOrder(facts, today: today)
            return facts
        } catch let e as CaseInputError {
            throw e
        } catch let e as JSONParser.SyntaxError {
            throw syntax(e)
        } catch {
            throw CaseInputError(path: "$", expected: "a readable case", found: nil)
        }
    }

    /// Decodes a case already parsed (golden files, tests): written out and read by the one reader.
    public static func decode(_ json: JSONValue) throws(CaseInputError) -> CaseFacts {
        var w = JSONWriter(pretty: false)
        w.value(json)
        return try decode(w.bytes)
    }

    static func syntax(_ e: JSONParser.SyntaxError) -> CaseInputError {
        CaseInputError(path: "$", expected: "not valid JSON (line \(e.line), column \(e.column): \(e.message))", found: nil)
    }

    /// Reads the object at the parser's position member by member. Unknown and repeated keys are
    /// errors; `required` keys must all be present. Leaves are parsed into `JSONValue`s and read
    /// through `Reader`, which owns the error messages.
    private static func object(_ p: inout JSONParser, path: String, allowed: [String], required: [String] = [],
                               _ body: (String, inout JSONParser, String) throws -> Void) throws {
        guard p.peek() == UInt8(ascii: "{") else {
            throw CaseInputError(path: path, expected: "an object", found: try p.value().preview)
        }
        try p.open()
        var seen: UInt64 = 0
        var first = true
        while let key = try p.nextKey(first: &first) {
            guard let index = allowed.firstIndex(of: key) else {
                throw CaseInputError(path: path + "." + key, expected: "no such field (allowed here: \(allowed.joined(separator: ", ")))", found: nil)
            }
            guard seen & (1 << UInt64(index)) == 0 else { throw syntax(p.error("duplicate key \"\(key)\"")) }
            seen |= 1 << UInt64(index)
            try body(key, &p, path)
        }
        for key in required where seen & (1 << UInt64(allowed.firstIndex(of: key)!)) == 0 {
            throw CaseInputError(path: path + "." + key, expected: "this field is required", found: nil)
        }
    }

    /// Reads the array at the parser's position element by element.
    private static func array(_ p: inout JSONParser, path: String, _ body: (inout JSONParser, String) throws -> Void) throws {
        guard p.peek() == UInt8(ascii: "[") else {
            throw CaseInputError(path: path, expected: "an array", found: try p.value().preview)
        }
        try p.open()
        var first = true
        var index = 0
        while try p.nextElement(first: &first) {
            try body(&p, path + "[\(index)]")
            index += 1
        }
    }

    private static func leaf(_ p: inout JSONParser, _ path: String, _ key: String) throws -> Reader {
        p.skipWhitespace()
        return Reader(try p.value(), parent: path, key: key)
    }

    private static func read(_ p: inout JSONParser) throws -> CaseFacts {
        var schema: String? = nil, id: String? = nil
        var memberState: CountryCode? = nil
        var arrival: Arrival? = nil
        var application: ApplicationDates? = nil
        var applicant: Applicant? = nil
        var family: [FamilyMember] = [], history: [HistoryEvent] = []
        var findings = Findings()
        try object(&p, path: "$", allowed: Keys.top, required: ["schema", "id", "application", "applicant"]) { key, p, path in
            switch key {
            case "schema":
                let s = try leaf(&p, path, key).string()
                guard s == schemaID else { throw CaseInputError(path: "$.schema", expected: "\"\(schemaID)\"", found: "\"\(s)\"") }
                schema = s
            case "id":
                let s = try leaf(&p, path, key).string()
                guard !s.isEmpty else { throw CaseInputError(path: "$.id", expected: "a non-empty string", found: "\"\"") }
                id = s
            case "memberState":
                memberState = try leaf(&p, path, key).country()
                guard memberState == .netherlands else {
                    throw CaseInputError(path: "$.memberState", expected: "\"\(memberState!)\" is not supported: only NLD (the Netherlands) is modelled: "
                                         + "its public holidays and policy profiles are the ones Waarborg has", found: nil)
                }
            case "arrival":
                var kind: ArrivalKind? = nil, on: CalendarDate? = nil, place: String? = nil
                try object(&p, path: path + ".arrival", allowed: Keys.arrival, required: ["kind"]) { key, p, path in
                    switch key {
                    case "kind": kind = try leaf(&p, path, key).enumeration(ArrivalKind.self)
                    case "on": on = try leaf(&p, path, key).date()
                    case "place": place = try leaf(&p, path, key).string()
                    default: preconditionFailure("CaseDecoder: Keys.arrival has \(key) but no case reads it")
                    }
                }
                arrival = Arrival(kind: kind!, on: on, place: place)
            case "application":
                var made: CalendarDate? = nil, registered: CalendarDate? = nil, lodged: CalendarDate? = nil
                try object(&p, path: path + ".application", allowed: Keys.application, required: ["madeOn"]) { key, p, path in
                    let d = try leaf(&p, path, key).date()
                    switch key {
                    case "madeOn": made = d
                    case "registeredOn": registered = d
                    case "lodgedOn": lodged = d
                    default: preconditionFailure("CaseDecoder: Keys.application has \(key) but no case reads it")
                    }
                }
                application = ApplicationDates(madeOn: made!, registeredOn: registered, lodgedOn: lodged)
            case "applicant":
                var a = Applicant()
                try object(&p, path: path + ".applicant", allowed: Keys.applicant) { key, p, path in
                    let r = try leaf(&p, path, key)
                    switch key {
                    case "birthDate": a.birthDate = try r.nullable { try $0.date() }
                    case "ageDisputed": a.ageDisputed = try r.bool()
                    case "nationality": a.nationality = try r.nullable { try $0.country() }
                    case "stateless": a.stateless = try r.bool()
                    case "formerHabitualResidence": a.formerHabitualResidence = try r.country()
                    case "unaccompanied": a.unaccompanied = try r.bool()
                    case "specialNeeds": a.specialNeeds = try r.uniqueArray { try $0.enumeration(SpecialNeed.self) }
                    case "riskProfiles": a.riskProfiles = try r.uniqueArray { try $0.enumeration(RiskProfile.self) }
                    default: preconditionFailure("CaseDecoder: Keys.applicant has \(key) but no case reads it")
                    }
                }
                applicant = a
            case "family":
                try array(&p, path: path + ".family") { p, path in
                    var relation: FamilyRelation? = nil, birth: CalendarDate? = nil, accompanying: Bool? = nil
                    var state: CountryCode? = nil, status: FamilyStatus? = nil, care: Bool? = nil, wish: Bool? = nil
                    try object(&p, path: path, allowed: Keys.family, required: ["relation", "accompanying"]) { key, p, path in
                        let r = try leaf(&p, path, key)
                        switch key {
                        case "relation": relation = try r.enumeration(FamilyRelation.self)
                        case "birthDate": birth = try r.date()
                        case "accompanying": accompanying = try r.bool()
                        case "memberState": state = try r.country()
                        case "status": status = try r.enumeration(FamilyStatus.self)
                        case "canTakeCare": care = try r.bool()
                        case "wishInWriting": wish = try r.bool()
                        default: preconditionFailure("CaseDecoder: Keys.family has \(key) but no case reads it")
                        }
                    }
                    var m = FamilyMember(relation: relation!, birthDate: birth, accompanying: accompanying!, memberState: state, status: status)
                    m.canTakeCare = care
                    m.wishInWriting = wish
                    family.append(m)
                }
            case "history":
                try array(&p, path: path + ".history") { p, path in
                    var event: HistoryEventKind? = nil, state: CountryCode? = nil
                    var on: CalendarDate? = nil, until: CalendarDate? = nil, outcome: HistoryOutcome? = nil
                    var hit: DatabaseHit? = nil, hitOn: CalendarDate? = nil, indicated: Bool? = nil
                    var finalOn: CalendarDate? = nil, border: Bool? = nil
                    try object(&p, path: path, allowed: Keys.history, required: ["event", "memberState"]) { key, p, path in
                        let r = try leaf(&p, path, key)
                        switch key {
                        case "event": event = try r.enumeration(HistoryEventKind.self)
                        case "memberState": state = try r.country()
                        case "on": on = try r.date()
                        case "validUntil": until = try r.date()
                        case "outcome": outcome = try r.enumeration(HistoryOutcome.self)
                        case "hit": hit = try r.enumeration(DatabaseHit.self)
                        case "hitReceivedOn": hitOn = try r.date()
                        case "indicatedResponsible": indicated = try r.bool()
                        case "finalOn": finalOn = try r.date()
                        case "borderProcedure": border = try r.bool()
                        default: preconditionFailure("CaseDecoder: Keys.history has \(key) but no case reads it")
                        }
                    }
                    if hitOn != nil && (hit == nil || hit == DatabaseHit.none) {
                        throw CaseInputError(path: path + ".hitReceivedOn", expected: "a hit (\"eurodac\" or \"vis\") for the date to belong to", found: nil)
                    }
                    var h = HistoryEvent(event: event!, memberState: state!, on: on, validUntil: until, outcome: outcome)
                    h.hit = hit; h.hitReceivedOn = hitOn; h.indicatedResponsible = indicated; h.finalOn = finalOn; h.borderProcedure = border
                    history.append(h)
                }
            case "findings":
                try object(&p, path: path + ".findings", allowed: Keys.findings) { key, p, path in
                    let fid = FindingID(rawValue: key)!
                    findings[fid] = try finding(try leaf(&p, path, key), id: fid)
                }
            default: preconditionFailure("CaseDecoder: Keys.top has \(key) but no case reads it")
            }
        }
        _ = schema
        var facts = CaseFacts(id: id!, application: application!, applicant: applicant!)
        if let memberState { facts.memberState = memberState }
        facts.arrival = arrival
        facts.family = family
        facts.history = history
        facts.findings = findings
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
    static let family = ["relation", "birthDate", "accompanying", "memberState", "status", "canTakeCare", "wishInWriting"]
    static let history = ["event", "memberState", "on", "validUntil", "outcome", "hit", "hitReceivedOn", "indicatedResponsible",
                          "finalOn", "borderProcedure"]
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
        guard CaseDecoder.dateRange.contains(d) else {
            throw fail("a date from \(CaseDecoder.dateRange.lowerBound) to \(CaseDecoder.dateRange.upperBound)")
        }
        return d
    }

    func country() throws -> CountryCode {
        guard case .string(let s) = value, let c = CountryCode(s), ISOCountry.isAssigned(s) else {
            throw fail("an ISO 3166-1 alpha-3 country code (e.g. SYR)")
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
            throw CaseInputError(path: path + "." + key, expected: "this field is required", found: nil)
        }
        return r
    }
}

// MARK: Dates that contradict each other

extension CaseDecoder {
    /// Every date in a case lies in this range: it keeps years to four digits in every output
    /// (a case in late 9999 used to give deadlines in "0000") and catches typos such as 0206 or 2206.
    public static let dateRange = CalendarDate(year: 1900, month: 1, day: 1)!...CalendarDate(year: 2100, month: 12, day: 31)!

    /// Dates the rules take as given but that cannot be: an application registered before it was
    /// made, lodged before it was registered, an applicant born after applying, an arrival after
    /// the application. A family member may be born after the application (a child born during
    /// the procedure), but not more than a year after today.
    static func checkDateOrder(_ facts: CaseFacts, today: CalendarDate?) throws(CaseInputError) {
        let a = facts.application
        func quoted(_ d: CalendarDate) -> String { "\"\(d)\"" }
        if let r = a.registeredOn, r < a.madeOn {
            throw CaseInputError(path: "$.application.registeredOn", expected: "a date on or after madeOn (\(a.madeOn))", found: quoted(r))
        }
        if let l = a.lodgedOn {
            if let r = a.registeredOn, l < r {
                throw CaseInputError(path: "$.application.lodgedOn", expected: "a date on or after registeredOn (\(r))", found: quoted(l))
            }
            if l < a.madeOn {
                throw CaseInputError(path: "$.application.lodgedOn", expected: "a date on or after madeOn (\(a.madeOn))", found: quoted(l))
            }
        }
        if let b = facts.applicant.birthDate, b > a.madeOn {
            throw CaseInputError(path: "$.applicant.birthDate", expected: "a date on or before madeOn (\(a.madeOn))", found: quoted(b))
        }
        if let on = facts.arrival?.on, on > a.madeOn {
            throw CaseInputError(path: "$.arrival.on", expected: "a date on or before madeOn (\(a.madeOn))", found: quoted(on))
        }
        var latestBirth: CalendarDate? = nil
        for (i, m) in facts.family.enumerated() {
            guard let b = m.birthDate else { continue }
            let latest = latestBirth ?? (today ?? systemToday()).adding(years: 1)
            latestBirth = latest
            if b > latest {
                throw CaseInputError(path: "$.family[\(i)].birthDate", expected: "a date no later than a year from today (\(latest))", found: quoted(b))
            }
        }
    }

    /// Today's date in UTC by the system clock.
    static func systemToday() -> CalendarDate {
        CalendarDate(dayNumber: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
