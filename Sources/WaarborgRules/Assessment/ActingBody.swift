/// Which national body must act on a date. EU law says "the member state" or "the determining
/// authority"; a counsellor needs the office to phone or to hold to account (the IND, the COA,
/// Nidos), and which office that is, is a national choice: the names are profile parameters.
public enum AuthorityRole: String, Sendable, CaseIterable {
    /// Carries out the screening inland (Reg 2024/1356 Art 7).
    case screening
    /// Carries out the screening at the external border (Art 5): a national choice of its own, as
    /// in the Netherlands, where the KMar screens at Schiphol and the AVIM inland.
    case borderScreening
    /// Registers and decides on the application, and makes the requests to other member states.
    case determining
    /// Appoints the representative (guardian) of an unaccompanied minor.
    case guardianship
    /// Provides reception and assesses special reception needs.
    case reception
    /// Sees that the children in reception go to school (RCD Art 16): in the Netherlands the COA
    /// together with the municipality where the child lives, which enforces compulsory education.
    case schooling
    /// Carries out transfers and departures.
    case departure

    public var parameter: ParameterKey {
        switch self {
        case .screening: .authorityScreening
        case .borderScreening: .authorityScreeningAtBorder
        case .determining: .authorityDetermining
        case .guardianship: .authorityGuardianship
        case .reception: .authorityReception
        case .schooling: .authoritySchooling
        case .departure: .authorityDeparture
        }
    }

    /// The role as the contract's `actingBody.role` names it: both screenings are "screening", and
    /// schooling, a part of the reception conditions (RCD Art 16), is "reception".
    public var contractRole: String {
        switch self {
        case .borderScreening: AuthorityRole.screening.rawValue
        case .schooling: AuthorityRole.reception.rawValue
        default: rawValue
        }
    }
}

/// The profile's names of the bodies, read once when the profile loads; an assessment keeps a
/// reference, so the decision path pays one retain and not five strings per case.
public final class AuthorityNames: Sendable {
    private let screening, borderScreening, determining, guardianship, reception, schooling, departure: String

    init(_ name: (AuthorityRole) -> String) {
        screening = name(.screening); borderScreening = name(.borderScreening); determining = name(.determining); guardianship = name(.guardianship)
        reception = name(.reception); schooling = name(.schooling); departure = name(.departure)
    }

    /// The name as the profile states it (a proper name such as `IND`, or a description).
    public func raw(_ role: AuthorityRole) -> String {
        switch role {
        case .screening: screening
        case .borderScreening: borderScreening
        case .determining: determining
        case .guardianship: guardianship
        case .reception: reception
        case .schooling: schooling
        case .departure: departure
        }
    }

    /// The name in a sentence ("the IND", "het COA"); another profile's name is used as it stands.
    public func name(_ role: AuthorityRole) -> LocalizedText { words(role, \.name) }

    /// The name written out ("de IND (Immigratie- en Naturalisatiedienst)"), where the reader is
    /// told who is to act.
    public func full(_ role: AuthorityRole) -> LocalizedText { words(role, \.full) }

    /// The short name for a timeline line ("IND handelt").
    public func short(_ role: AuthorityRole) -> LocalizedText { words(role, \.short) }

    private func words(_ role: AuthorityRole, _ form: KeyPath<(short: LocalizedText, name: LocalizedText, full: LocalizedText), LocalizedText>) -> LocalizedText {
        let raw = raw(role)
        return Vocabulary.bodies[raw].map { $0[keyPath: form] } ?? LocalizedText(en: raw, nl: raw)
    }
}

extension TimelineEntry {
    /// The body that must act by this date: the one the rule named for this case (the screening
    /// at the border), else the one the date's kind has.
    public var authority: AuthorityRole? { body ?? id.authority }
}

extension TimelineID {
    /// The body that must act by this date; nil where the applicant acts or nobody does.
    public var authority: AuthorityRole? {
        switch self {
        case .screeningEnd: .screening
        case .registration, .takeBackNotification, .takeChargeRequest, .admissibilityDecision, .borderProcedureEnd, .decision: .determining
        case .representative: .guardianship
        case .schooling: .schooling
        case .lodging, .labourMarket: nil
        }
    }
}

extension DeadlineID {
    /// The body that must act by this date; nil where another state acts or nobody does.
    public var authority: AuthorityRole? {
        switch self {
        case .requestAfterHit, .decisionExtended, .decisionGeneralExtension, .decisionOuterLimit, .decisionIfNotTransferred, .admissibilityDecisionExtended, .borderProcedureExtended: .determining
        case .transfer: .departure
        case .requestReply, .turnsEighteen: nil
        }
    }
}
