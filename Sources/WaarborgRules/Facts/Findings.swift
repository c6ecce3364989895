import LegalCalendar

/// A finding is a caseworker's or authority's conclusion (credibility, danger to public order, …).
/// The engine never computes one: it only reads what was supplied, and an absent finding is unknown.
public enum FindingID: String, Sendable, CaseIterable, Comparable {
    case irrelevantIssuesOnly, inconsistentOrFalseStatements, misledAuthorities, applicationToDelayRemoval
    case safeCountryOfOriginRebutted, publicOrderDanger, newElements, lateApplicationWithoutReason
    case refusesBiometrics, significantChangeInCountry, categoryNotRepresentative, firstCountryOfAsylum
    case safeThirdCountry, specialNeedsUnsupported, medicalReasonsAgainstBorder, familyTiesDoubted
    case traffickingIndications
    /// AMMR Art 16(4): reasonable grounds to consider the applicant a threat to internal security
    /// (a test of its own, narrower than the APR Art 42(1)(f) danger to public order).
    case internalSecurityThreat
    /// APR Art 53(2)(e): the guarantees for detention (RCD Arts 10-13) are not met and the border
    /// procedure cannot be applied to this applicant without detention.
    case detentionGuaranteesUnmet

    public static func < (a: FindingID, b: FindingID) -> Bool { a.rawValue < b.rawValue }

    /// JSON path of the finding in the case facts.
    public var factPath: String { "findings." + rawValue }

    /// Position in `allCases`, so findings can live in a fixed array rather than a hash table.
    var ordinal: Int {
        switch self {
        case .irrelevantIssuesOnly: 0
        case .inconsistentOrFalseStatements: 1
        case .misledAuthorities: 2
        case .applicationToDelayRemoval: 3
        case .safeCountryOfOriginRebutted: 4
        case .publicOrderDanger: 5
        case .newElements: 6
        case .lateApplicationWithoutReason: 7
        case .refusesBiometrics: 8
        case .significantChangeInCountry: 9
        case .categoryNotRepresentative: 10
        case .firstCountryOfAsylum: 11
        case .safeThirdCountry: 12
        case .specialNeedsUnsupported: 13
        case .medicalReasonsAgainstBorder: 14
        case .familyTiesDoubted: 15
        case .traffickingIndications: 16
        case .internalSecurityThreat: 17
        case .detentionGuaranteesUnmet: 18
        }
    }
}

public enum SafeThirdCountryBasis: String, Sendable, CaseIterable {
    case connection, transit, agreement
}

/// Three-valued truth: the rules must carry "we do not know" through to the result.
public enum Truth: Sendable, Equatable {
    case yes, no, unknown

    public init(_ b: Bool) { self = b ? .yes : .no }

    public static func && (a: Truth, b: @autoclosure () -> Truth) -> Truth {
        if a == .no { return .no }
        let r = b()
        if r == .no { return .no }
        return (a == .yes && r == .yes) ? .yes : .unknown
    }

    public static func || (a: Truth, b: @autoclosure () -> Truth) -> Truth {
        if a == .yes { return .yes }
        let r = b()
        if r == .yes { return .yes }
        return (a == .no && r == .no) ? .no : .unknown
    }

    public static prefix func ! (a: Truth) -> Truth {
        switch a { case .yes: .no; case .no: .yes; case .unknown: .unknown }
    }
}

public struct Finding: Sendable, Equatable {
    /// `true`/`false`, or the `value` of a detailed finding when it is a boolean.
    public var holds: Bool
    /// For country-valued findings (`firstCountryOfAsylum`, `safeThirdCountry`).
    public var country: CountryCode?
    public var basis: SafeThirdCountryBasis?
    public var source: String?
    public var on: CalendarDate?

    public init(holds: Bool, country: CountryCode? = nil, basis: SafeThirdCountryBasis? = nil,
                source: String? = nil, on: CalendarDate? = nil) {
        self.holds = holds
        self.country = country
        self.basis = basis
        self.source = source
        self.on = on
    }
}

public struct Findings: Sendable, Equatable {
    private var values = [Finding?](repeating: nil, count: FindingID.allCases.count)

    public init() {}

    public subscript(id: FindingID) -> Finding? {
        get { values[id.ordinal] }
        set { values[id.ordinal] = newValue }
    }

    public func truth(_ id: FindingID) -> Truth {
        guard let f = values[id.ordinal] else { return .unknown }
        return Truth(f.holds)
    }

    public var known: [FindingID] { FindingID.allCases.filter { values[$0.ordinal] != nil }.sorted() }
}
