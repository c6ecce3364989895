import LegalCalendar
import WaarborgJSON
import WaarborgRules

/// Who applies together: a person alone, a parent with children, or a child alone. The household
/// is the unit the model routes (one case, one decision for all), while counts are in persons.
public enum HouseholdKind: UInt8, Sendable, CaseIterable {
    case single, family, unaccompaniedMinor

    var placeKind: PlaceKind {
        switch self {
        case .single: .regular
        case .family: .family
        case .unaccompaniedMinor: .unaccompaniedMinor
        }
    }
}

/// The facts of one simulated application that the rules can see. Everything else about the
/// person (dates, names) is filled in the same way for everyone, so two applicants with the same
/// profile in the same period get the same decisions: that is what makes the decisions memoizable.
public struct ApplicantProfile: Sendable, Hashable {
    /// Index into `CountryTable`.
    public var nationality: UInt16
    public var kind: HouseholdKind
    /// Accompanying children (families only), at most `maxChildren`.
    public var children: UInt8
    /// Arrived at an airport border crossing point (the border procedure can apply).
    public var atAirport: Bool
    /// Index into `CountryTable` of the member state with an earlier Eurodac registration, or nil.
    public var priorState: UInt16?
    /// Findings that hold, as bits at `FindingID.allCases` positions.
    public var findings: UInt32
    /// Applied before the run started: the pre-Pact backlog.
    public var backlog: Bool

    public static let maxChildren: UInt8 = 8

    public var persons: Int { kind == .family ? 1 + Int(children) : 1 }
    public var minors: Int { kind == .family ? Int(children) : (kind == .unaccompaniedMinor ? 1 : 0) }
}

/// Country codes by index, shared by the scenario's nationalities and member states.
public struct CountryTable: Sendable {
    public private(set) var codes: [CountryCode] = []
    mutating func index(_ c: CountryCode) -> UInt16 {
        if let i = codes.firstIndex(of: c) { return UInt16(i) }
        codes.append(c)
        return UInt16(codes.count - 1)
    }
}

/// Builds the `waarborg.case/1` document for a profile applying on a day, and reads it with the
/// contract's own decoder, so a simulated case passes the same checks as one a user submits.
enum CaseSynthesis {
    static func facts(_ p: ApplicantProfile, madeOn: CalendarDate, countries: CountryTable) throws(CaseInputError) -> CaseFacts {
        func d(_ x: CalendarDate) -> JSONValue { .string(x.iso) }
        let adultBirth = madeOn.adding(years: -30)
        let minorBirth = madeOn.adding(years: -15)
        let childBirth = madeOn.adding(years: -8)
        let arrival: JSONValue = .object([
            ("kind", .string(p.atAirport ? "border-crossing-point" : "in-territory")),
            ("on", d(madeOn)),
            ("place", .string(p.atAirport ? "Schiphol" : "Ter Apel")),
        ])
        let applicant: [(String, JSONValue)] = [
            ("birthDate", d(p.kind == .unaccompaniedMinor ? minorBirth : adultBirth)),
            ("ageDisputed", .bool(false)),
            ("nationality", .string(countries.codes[Int(p.nationality)].code)),
            ("stateless", .bool(false)),
            ("unaccompanied", .bool(p.kind == .unaccompaniedMinor)),
        ]
        var family: [JSONValue] = []
        if p.kind == .family {
            for _ in 0..<p.children {
                family.append(.object([("relation", .string("child")), ("birthDate", d(childBirth)), ("accompanying", .bool(true))]))
            }
        }
        var history: [JSONValue] = []
        if let s = p.priorState {
            history.append(.object([
                ("event", .string("irregular-entry")), ("memberState", .string(countries.codes[Int(s)].code)),
                ("on", d(madeOn.adding(days: -60))), ("hit", .string("eurodac")), ("hitReceivedOn", d(madeOn.adding(days: 1))),
            ]))
        }
        var findings: [(String, JSONValue)] = []
        for (i, f) in FindingID.allCases.enumerated() where f != .newElements {
            findings.append((f.rawValue, .bool(p.findings & (1 << UInt32(i)) != 0)))
        }
        let json: JSONValue = .object([
            ("schema", .string("waarborg.case/1")),
            ("id", .string("simulated")),
            ("memberState", .string("NLD")),
            ("arrival", arrival),
            ("application", .object([("madeOn", d(madeOn)), ("registeredOn", d(madeOn.adding(days: 1))), ("lodgedOn", d(madeOn.adding(days: 7)))])),
            ("applicant", .object(applicant)),
            ("family", .array(family)),
            ("history", .array(history)),
            ("findings", .object(findings)),
        ])
        return try CaseDecoder.decode(json)
    }
}
