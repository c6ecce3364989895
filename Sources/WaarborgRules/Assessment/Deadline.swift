import LegalCalendar

/// Who must act before a deadline passes: a counsellor needs to know whether a date binds the
/// applicant (lodging, appeal), the authority (registration, decision, request) or another state.
public enum DeadlineActor: String, Sendable, CaseIterable {
    case applicant
    case authority
    case otherMemberState = "other-member-state"
    /// A right of the applicant that starts on the date (work): nobody has to act.
    case entitlement
    /// A date that simply comes (the applicant turns 18): nobody acts, but it changes the rights.
    case event
}

/// The dated events of the contract's `timeline`, in the order a day's entries are listed.
/// The case order replaces a hand-kept list of strings, so a new entry cannot lack a rank.
public enum TimelineID: String, Sendable, CaseIterable, Comparable {
    case screeningEnd = "screening-end"
    case registration = "registration-deadline"
    case representative = "representative-appointment-deadline"
    case lodging = "lodging-deadline"
    case takeBackNotification = "take-back-notification-deadline"
    case takeChargeRequest = "take-charge-request-deadline"
    case admissibilityDecision = "admissibility-decision-deadline"
    case borderProcedureEnd = "border-procedure-end"
    case schooling = "schooling-deadline"
    case decision = "decision-deadline"
    case labourMarket = "labour-market-access"

    /// The position in `allCases` (a test keeps the two in step); a switch, because the timeline
    /// is sorted for every assessment and a search of `allCases` per comparison showed in profiles.
    var rank: Int {
        switch self {
        case .screeningEnd: 0
        case .registration: 1
        case .representative: 2
        case .lodging: 3
        case .takeBackNotification: 4
        case .takeChargeRequest: 5
        case .admissibilityDecision: 6
        case .borderProcedureEnd: 7
        case .schooling: 8
        case .decision: 9
        case .labourMarket: 10
        }
    }
    public static func < (a: TimelineID, b: TimelineID) -> Bool { a.rank < b.rank }

    public var actor: DeadlineActor {
        switch self {
        case .lodging: .applicant
        case .labourMarket: .entitlement
        default: .authority
        }
    }

    /// A hard limit has a legal consequence when it passes; the others are duties whose breach
    /// gives a remedy (a complaint, a penalty payment) but leaves the procedure standing.
    public var isHardLimit: Bool {
        switch self {
        case .takeChargeRequest, .borderProcedureEnd, .lodging: true
        default: false
        }
    }
}

/// Dated deadlines that the contract's timeline enumeration does not name: the requested state's
/// answer, the transfer, the shorter request period after a database hit, the appeal, and the
/// extended decision periods of the old law. Written as `deadlines` next to `timeline`.
public enum DeadlineID: String, Sendable, CaseIterable {
    case requestAfterHit = "request-if-hit"
    case requestReply = "request-reply"
    case transfer = "transfer-deadline"
    case decisionExtended = "decision-deadline-extended"
    case decisionGeneralExtension = "decision-deadline-general-extension"
    case decisionOuterLimit = "decision-deadline-outer-limit"
    /// Former law: the decision period that starts when the transfer period lapses and the
    /// Netherlands becomes responsible (Dublin III Art 29(2); Directive 2013/32/EU Art 31(3)).
    case decisionIfNotTransferred = "decision-deadline-if-not-transferred"
    /// The day a minor applicant (or an accompanying child) turns 18 while the procedure runs.
    case turnsEighteen = "turns-18"
    /// APR Art 35(2): the admissibility decision when the authority extends its two months.
    case admissibilityDecisionExtended = "admissibility-decision-deadline-extended"
    /// APR Art 51(2): 16 weeks for persons relocated under AMMR Art 67(11).
    case borderProcedureExtended = "border-procedure-end-extended"
}

public struct Deadline: Sendable, Equatable {
    public let id: DeadlineID
    public let date: CalendarDate
    public let projected: Bool
    public let ref: String
    public let actor: DeadlineActor
    public let label: LocalizedText
    /// What follows if the date passes without the act.
    public let ifMissed: LocalizedText?
    public let note: LocalizedText?
}
