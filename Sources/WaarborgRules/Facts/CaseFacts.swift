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
    /// The code when it is an assigned ISO 3166-1 alpha-3 code (or XKX), as case input requires.
    public static func assigned(_ text: String) -> CountryCode? {
        guard let c = CountryCode(text), ISOCountry.isAssigned(text) else { return nil }
        return c
    }
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
    /// AMMR Art 25(3), Dublin III Art 8(2): the relative can take care of the unaccompanied minor
    /// (an individual examination's finding); nil = not known.
    public var canTakeCare: Bool? = nil
    /// AMMR Arts 26-27, Dublin III Arts 9-10: the applicant and this family member have expressed
    /// in writing the wish to be together in that state; nil = not known.
    public var wishInWriting: Bool? = nil
}

public enum HistoryEventKind: String, Sendable, CaseIterable {
    case irregularEntry = "irregular-entry", seaRescue = "sea-rescue", visa, residenceDocument = "residence-document"
    case diploma, visaWaivedEntry = "visa-waived-entry", application, protectionGranted = "protection-granted", removal
}

public enum HistoryOutcome: String, Sendable, CaseIterable {
    case pending, rejected, withdrawn, granted
}

/// The database in which a member state found the applicant's earlier data. The request periods
/// are shorter when a request rests on such a hit (AMMR Art 39(1), 40(2); Dublin III Art 21(1),
/// 23(2), 25(1)), so whether there was one is a fact of its own, never assumed.
public enum DatabaseHit: String, Sendable, CaseIterable {
    /// Eurodac data recorded after an irregular crossing or a disembarkation (Eurodac Reg Arts 22, 24),
    /// or an earlier application (for take back).
    case eurodac
    /// A visa recorded in the Visa Information System (Reg 767/2008 Art 21).
    case vis
    /// The member state checked and there was no hit.
    case none
}

public struct HistoryEvent: Sendable, Equatable {
    public var event: HistoryEventKind
    public var memberState: CountryCode
    public var on: CalendarDate?
    public var validUntil: CalendarDate?
    public var outcome: HistoryOutcome?
    /// nil = not known whether the event was found through Eurodac or VIS.
    public var hit: DatabaseHit? = nil
    /// The day the assessing state received the hit; nil = not given (then taken as registration, projected).
    public var hitReceivedOn: CalendarDate? = nil
    /// For an earlier application: that state has been indicated in Eurodac as the member state
    /// responsible (Eurodac Reg Art 16(1); AMMR Art 36(1)(b)); nil = not known.
    public var indicatedResponsible: Bool? = nil
    /// For an earlier application: the day its rejection (or withdrawal decision) became final.
    public var finalOn: CalendarDate? = nil
    /// For an earlier application: it was examined in the border procedure (AMMR Art 37(2)).
    public var borderProcedure: Bool? = nil

    public init(event: HistoryEventKind, memberState: CountryCode, on: CalendarDate? = nil, validUntil: CalendarDate? = nil,
                outcome: HistoryOutcome? = nil) {
        self.event = event
        self.memberState = memberState
        self.on = on
        self.validUntil = validUntil
        self.outcome = outcome
    }
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
