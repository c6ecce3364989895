import WaarborgJSON
import LegalCalendar

/// The JSON writer's dates use `CalendarDate.writeISO(into:)` and `iso`, the one ISO formatter in
/// `LegalCalendar` (there used to be a second one here that wrote the year modulo 10000).
extension CalendarDate: CalendarDateLike {}

/// An ISO 3166-1 alpha-3 country code (`NLD`, `GRC`). Kept as a type so that a nationality can
/// never be confused with an arbitrary string.
public struct CountryCode: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let code: String
    public init?(_ text: String) {
        guard text.utf8.count == 3, text.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else { return nil }
        code = text
    }
    public var description: String { code }
    public static func < (a: CountryCode, b: CountryCode) -> Bool { a.code < b.code }
    public static let netherlands = CountryCode("NLD")!
}

/// How the person came to apply; it decides who is screened and who may be in the border procedure.
public enum ArrivalKind: String, Sendable, CaseIterable {
    case borderCrossingPoint = "border-crossing-point"
    case irregularCrossing = "irregular-crossing"
    case seaRescue = "sea-rescue"
    case inTerritory = "in-territory"
    case lawfulStay = "lawful-stay"
    case relocation
}

public struct Arrival: Sendable, Equatable {
    public var kind: ArrivalKind
    /// Presentation, apprehension or disembarkation; nil means "same day the application was made".
    public var on: CalendarDate?
    public var place: String?
}

public struct ApplicationDates: Sendable, Equatable {
    /// APR Art 26: the day the wish for protection was expressed.
    public var madeOn: CalendarDate
    public var registeredOn: CalendarDate?
    public var lodgedOn: CalendarDate?
}

public enum SpecialNeed: String, Sendable, CaseIterable {
    case tortureSurvivor = "torture-survivor", seriousIllness = "serious-illness", mentalDisorder = "mental-disorder"
    case disability, pregnant, singleParent = "single-parent", traffickingVictim = "trafficking-victim"
    case elderly, victimOfViolence = "victim-of-violence"
}

public enum RiskProfile: String, Sendable, CaseIterable {
    case journalist, politicalOpponent = "political-opponent", humanRightsDefender = "human-rights-defender"
    case academic, lgbtiq, religiousMinority = "religious-minority", ethnicMinority = "ethnic-minority"
}

public struct Applicant: Sendable, Equatable {
    /// nil = unknown.
    public var birthDate: CalendarDate?
    public var ageDisputed: Bool = false
    /// nil = unknown.
    public var nationality: CountryCode?
    public var stateless: Bool = false
    public var formerHabitualResidence: CountryCode?
    public var unaccompanied: Bool = false
    public var specialNeeds: [SpecialNeed] = []
    public var riskProfiles: [RiskProfile] = []
}

public enum FamilyRelation: String, Sendable, CaseIterable {
    case spouse, unmarriedPartner = "unmarried-partner", child, parent, sibling, otherRelative = "other-relative"
}

public enum FamilyStatus: String, Sendable, CaseIterable {
    case beneficiary, applicant, resident, citizen
}

public struct FamilyMember: Sendable, Equatable {
    public var relation: FamilyRelation
    public var birthDate: CalendarDate?
    public var accompanying: Bool
    public var memberState: CountryCode?
    public var status: FamilyStatus?
}

public enum HistoryEventKind: String, Sendable, CaseIterable {
    case irregularEntry = "irregular-entry", seaRescue = "sea-rescue", visa, residenceDocument = "residence-document"
    case diploma, visaWaivedEntry = "visa-waived-entry", application, protectionGranted = "protection-granted", removal
}

public enum HistoryOutcome: String, Sendable, CaseIterable {
    case pending, rejected, withdrawn, granted
}

public struct HistoryEvent: Sendable, Equatable {
    public var event: HistoryEventKind
    public var memberState: CountryCode
    public var on: CalendarDate?
    public var validUntil: CalendarDate?
    public var outcome: HistoryOutcome?
}

/// The facts of one application (`waarborg.case/1`).
public struct CaseFacts: Sendable, Equatable {
    public var id: String
    public var memberState: CountryCode = .netherlands
    /// nil = unknown (the contract's absent `arrival`).
    public var arrival: Arrival?
    public var application: ApplicationDates
    public var applicant: Applicant
    public var family: [FamilyMember] = []
    public var history: [HistoryEvent] = []
    public var findings: Findings = Findings()

    public init(id: String, application: ApplicationDates, applicant: Applicant) {
        self.id = id
        self.application = application
        self.applicant = applicant
    }
}
