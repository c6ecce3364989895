import WaarborgJSON
import LegalCalendar

public enum Regime: String, Sendable { case pact, prePact = "pre-pact" }

public enum Route: String, Sendable, CaseIterable {
    case border, accelerated, regular, transfer, inadmissibility, undetermined
}

public struct Ground: Sendable, Equatable {
    public let id: GroundID
    public let ref: String
    public let mandatory: Bool
}

public struct TimelineEntry: Sendable, Equatable {
    public let id: TimelineID
    public let date: CalendarDate
    public let projected: Bool
    public let ref: String
    public let label: LocalizedText
    /// The day the act actually happened, when the facts give it (registration, lodging).
    public var actualOn: CalendarDate? = nil
    /// What follows in law if the date passes without the act (hard limits only).
    public var ifMissed: LocalizedText? = nil
    /// The body that acts, where the case decides it and not the kind of date (see `authority`).
    public var body: AuthorityRole? = nil
}

/// Where a deadline stands on a reference day (`--as-of`): met or late when the act's date is
/// known, otherwise due in so many days or passed. A right that starts on the date (work) is
/// in effect once the day has come, and a date that nobody acts on (turning 18) has happened:
/// neither is ever "passed", which a reader would take for a lapse.
public enum DeadlineState: Sendable, Equatable {
    case met(on: CalendarDate)
    case late(on: CalendarDate)
    case due(inDays: Int)
    case passed(daysAgo: Int)
    case inEffect(sinceDays: Int)
    case happened(daysAgo: Int)

    public static func of(_ date: CalendarDate, actual: CalendarDate?, asOf: CalendarDate, actor: DeadlineActor = .authority) -> DeadlineState {
        let left = asOf.days(until: date)
        switch actor {
        case .entitlement: return left > 0 ? .due(inDays: left) : .inEffect(sinceDays: -left)
        case .event: return left > 0 ? .due(inDays: left) : .happened(daysAgo: -left)
        case .applicant, .authority, .otherMemberState:
            if let actual { return actual <= date ? .met(on: actual) : .late(on: actual) }
            return left >= 0 ? .due(inDays: left) : .passed(daysAgo: -left)
        }
    }

    public var code: String {
        switch self {
        case .met: "met"; case .late: "late"; case .due: "due"; case .passed: "passed"
        case .inEffect: "in-effect"; case .happened: "happened"
        }
    }
}

public struct NotTaken: Sendable, Equatable {
    /// A route name or a rule id.
    public let option: String
    public let isRoute: Bool
    /// The condition that failed, as `fact = value` or a rule id.
    public let failedOn: String
    public let ref: String
    public let because: LocalizedText
}

public struct TraceStep: Sendable, Equatable {
    public let rule: RuleID
    public let ref: String
    public let outcome: JSONValue
    public let because: LocalizedText
    public var notTaken: [NotTaken] = []
    /// Top-level assessment sections this rule decides (used to attribute differences in `compare`).
    public let sections: AssessmentSections
}

/// The parts of an assessment a rule can decide; a bit set so that a trace step costs no allocation.
public struct AssessmentSections: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }
    public static let regime = Self(rawValue: 1 << 0)
    public static let screening = Self(rawValue: 1 << 1)
    public static let responsibility = Self(rawValue: 1 << 2)
    public static let procedure = Self(rawValue: 1 << 3)
    public static let detention = Self(rawValue: 1 << 4)
    public static let reception = Self(rawValue: 1 << 5)
    public static let legalAid = Self(rawValue: 1 << 6)
    public static let appeal = Self(rawValue: 1 << 7)
    public static let timeline = Self(rawValue: 1 << 8)
    public static let ifGranted = Self(rawValue: 1 << 9)

    /// The section a top-level key of the assessment belongs to.
    public init?(key: String) {
        switch key {
        case "regime": self = .regime
        case "screening": self = .screening
        case "responsibility": self = .responsibility
        case "procedure": self = .procedure
        case "detention": self = .detention
        case "reception": self = .reception
        case "legalAid": self = .legalAid
        case "appeal": self = .appeal
        case "timeline": self = .timeline
        case "ifGranted": self = .ifGranted
        default: return nil
        }
    }
}

public struct OpenFact: Sendable, Equatable {
    public let fact: String
    public let decides: [String]
    public let branches: [(value: JSONValue, then: [(path: String, value: JSONValue)])]
    public let note: LocalizedText?

    public static func == (a: OpenFact, b: OpenFact) -> Bool {
        a.fact == b.fact && a.decides == b.decides && a.branches.count == b.branches.count
    }
}

public struct Screening: Sendable, Equatable {
    public var applies: Truth
    public var endsBy: CalendarDate?
    public var ref: String
}

public struct ResponsibilityRequest: Sendable, Equatable {
    public enum Kind: String, Sendable { case takeCharge = "take-charge", takeBack = "take-back" }
    public let kind: Kind
    public let deadline: CalendarDate
    /// Reply (take charge, AMMR Art 40(1)) or confirmation (take back, Art 41(3)) due, counted from
    /// the request deadline because the date of the request is not in the facts: projected.
    public let replyBy: CalendarDate
    /// Transfer due within 6 months of the (projected) acceptance (AMMR Art 46(1)); if it is missed,
    /// responsibility passes to the transferring state (Art 46(2), Art 37(1)).
    public let transferBy: CalendarDate
    /// Where the request rests on a Eurodac or VIS hit, the take-charge period is 1 month from the
    /// hit (AMMR Art 39(1)); the hit date is not in the facts, so it is taken as registration.
    public let ifEurodacOrVisHit: CalendarDate?
    /// Whether the request rests on a Eurodac or VIS hit (shorter periods).
    public let basedOnHit: Truth
    public let ref: String
}

public struct Responsibility: Sendable, Equatable {
    public var memberState: CountryCode?
    public var criterion: String
    public var ref: String
    public var request: ResponsibilityRequest?
    public var determined: Bool
}

public struct Procedure: Sendable, Equatable {
    public var route: Route
    public var grounds: [Ground]
    public var decisionDeadline: CalendarDate?
    public var ref: String
    /// The routes still possible when `route` is undetermined.
    public var possibleRoutes: [Route]
    /// Whether a rejection is preceded by an intention to reject the applicant can answer in
    /// writing; nil where the Netherlands takes no decision on the merits (a transfer) or the
    /// former law applies.
    public var intentionToReject: Bool? = nil
    public var intentionToRejectStatus: LegalStatus = .inForce
}

public struct Detention: Sendable, Equatable {
    public var permitted: Bool
    public var facility: String?
    public var ref: String
    /// The contract's list (English); `safeguardTexts` has both languages.
    public var safeguards: [String] { safeguardTexts.map(\.en) }
    public var safeguardTexts: [LocalizedText]
    public var determined: Bool
    public var note: LocalizedText
}

public struct Reception: Sendable, Equatable {
    public var kind: String
    public var labourMarketFrom: CalendarDate?
    /// Work access hangs on an unknown finding: `labourMarketFrom` is absent, but not because
    /// there is no access.
    public var labourMarketOpen = false
    public var schoolingBy: CalendarDate?
    public var ref: String
    public var determined: Bool
    /// RCD Art 25(1): special reception needs assessed by this day.
    public var specialNeedsAssessmentBy: CalendarDate?
    /// The profile's policy on language courses.
    public var languageCourses: LanguageCoursePolicy
    public var languageCoursesStatus: LegalStatus = .inForce
    /// RCD Art 21: the reception that remains once a transfer decision has been notified, when it
    /// differs from `kind` (the Dublin minimum outside the responsible state).
    public var afterTransferDecision: String? = nil
}

/// What a grant of protection would mean for this applicant under the profile.
public struct IfGranted: Sendable {
    public struct Status: Sendable {
        public let permitYears: Int
        public let renewalYears: Int
        public let ref: String
        public let legalStatus: LegalStatus
        public let familyReunification: LocalizedText
        /// Whether this status brings a right to family reunification at all; false where a
        /// profile grants none to beneficiaries of subsidiary protection (EU law gives none).
        public var familyReunificationRight: Bool = true
        public let waitYears: Int
        public let incomeAndHousing: Bool
        public let conditionFreeMonths: Int?
    }
    public struct FamilyMemberOutlook: Sendable {
        /// Index into the case's `family` list.
        public let index: Int
        public let relation: String
        public let eligible: Truth
        public let because: LocalizedText
    }
    public let refugee: Status
    public let subsidiary: Status
    /// The relations the profile admits; for refugees `refugeeRelations` adds the parents of an
    /// unaccompanied minor, whom Directive 2003/86/EC Art 10(3)(a) admits whatever the profile says.
    public let eligibleRelations: [String]
    public var refugeeRelations: [String] {
        eligibleRelations.contains("parents-of-minor") ? eligibleRelations : (eligibleRelations + ["parents-of-minor"]).sorted()
    }
    public let family: [FamilyMemberOutlook]
    public let naturalisationAfterYears: Int?
    public let ref: String
}

public struct LegalAidEntry: Sendable, Equatable {
    public let stage: LegalAidStage
    public let form: LegalAidForm
    public let ref: String
    /// Legal status of the profile value behind it.
    public let status: LegalStatus
    /// The profile's remark on the value (for example who gives the counselling, and when a lawyer comes in).
    public let note: String?
}

public struct Appeal: Sendable, Equatable {
    public var lodgeWithinDays: Int
    public var suspensive: SuspensiveEffect
    public var ref: String
    public var determined: Bool
    /// What the period and the effect depend on when the decision's kind is not yet known (the
    /// former law's two tracks): the value above is then the least protective one.
    public var dependsOn: LocalizedText? = nil
    /// Legal status of the profile value behind the period.
    public var legalStatus: LegalStatus = .inForce
    /// The shortest period the Pact allows for this decision, when it is shorter than the
    /// profile's value: national law may set it, so an unverified value is not safe to rely on.
    public var shortestLawfulDays: Int? = nil
}

/// One case assessed under one profile (`waarborg.assessment/1`).
public struct Assessment: Sendable {
    public static let schemaID = "waarborg.assessment/1"
    public var caseID: String
    public var profileID: String
    public var profileHash: String
    public var engineVersion: String
    public var datasetVersions: [(name: String, version: String)]
    public var regime: Regime
    public var openFacts: [OpenFact] = []
    public var screening: Screening
    public var responsibility: Responsibility
    public var procedure: Procedure
    public var detention: Detention
    public var reception: Reception
    public var legalAid: [LegalAidEntry]
    public var appeal: Appeal
    public var ifGranted: IfGranted?
    public var timeline: [TimelineEntry]
    /// Deadlines outside the contract's timeline enumeration (see `DeadlineID`).
    public var deadlines: [Deadline] = []
    public var trace: [TraceStep]
    /// The bodies that act, as the profile names them, so a deadline says who must act.
    public var authorities: AuthorityNames
    /// The profile's name for a reader ("Nederland 2026"); `profileID` is its identifier.
    public var profileTitle: LocalizedText = .init(en: "", nl: "")
    /// Whose case this is, in words (nationality, age, family, when and where the application was
    /// made), for the report's heading; nil on the silent decision path.
    public var caseSummary: LocalizedText? = nil
    /// The reference day deadline states are given against; nil writes no states.
    public var asOf: CalendarDate? = nil

    public var determined: Bool { procedure.route != .undetermined && openFacts.isEmpty }
}
