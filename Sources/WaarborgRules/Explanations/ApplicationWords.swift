import LegalCalendar

/// English and Dutch sentences of the first steps of every case: which law applies (APR Art 79(2)),
/// registration (APR Art 27), lodging (Art 28) and the representative of an unaccompanied minor
/// (Art 23).
enum ApplicationWords {
    static func formerLaw(madeOn d: CalendarDate) -> LocalizedText {
        LocalizedText(en: "the application was made on \(d.en), before 12 June 2026: ", nl: "de aanvraag is gedaan op \(d.nl), vóór 12 juni 2026: ") + OldLawWords.regime
    }
    static func pact(madeOn d: CalendarDate) -> LocalizedText {
        .init(en: "the application was made on \(d.en), on or after 12 June 2026: the Pact instruments apply",
              nl: "de aanvraag is gedaan op \(d.nl), op of na 12 juni 2026: de Pactinstrumenten zijn van toepassing")
    }

    static func registrationLabel(_ p: LegalPeriod) -> LocalizedText {
        .init(en: "Registration due (\(p.english) from making)", nl: "Uiterste datum registratie (\(p.dutch) na het doen van de aanvraag)")
    }
    /// A registration date that is not given is projected to the last lawful day, and said so: the
    /// dates that run from it are then the latest lawful ones, not the actual ones.
    static func registration(on d: CalendarDate, projected: Bool, deadline: CalendarDate) -> LocalizedText {
        if projected {
            return .init(en: "the case gives no registration date: the dates that run from registration are computed as if it happened on the last lawful day, \(deadline.en), and are marked as computed",
                         nl: "de zaak vermeldt geen registratiedatum: de termijnen die vanaf de registratie lopen zijn berekend alsof die op de uiterste dag plaatsvond, \(deadline.nl), en zijn als berekend gemarkeerd")
        }
        let late = d > deadline
        return .init(en: "registered on \(d.en)" + (late ? ", after the deadline of \(deadline.en)" : ", within the deadline of \(deadline.en)"),
                     nl: "geregistreerd op \(d.nl)" + (late ? ", na de termijn van \(deadline.nl)" : ", binnen de termijn van \(deadline.nl)"))
    }

    static func lodgingLabel(_ p: LegalPeriod) -> LocalizedText {
        .init(en: "Lodging due (\(p.english) from registration)", nl: "Uiterste datum indiening (\(p.dutch) na registratie)")
    }
    static let lodgingMissed = LocalizedText(
        en: "the application can be declared implicitly withdrawn, unless the applicant had good cause or no effective opportunity to lodge (APR Art 41(1)(a))",
        nl: "de aanvraag kan als stilzwijgend ingetrokken worden aangemerkt, tenzij de aanvrager een goede reden had of geen werkelijke gelegenheid om in te dienen (art. 41 lid 1 onder a Procedureverordening)")
    static func lodging(on d: CalendarDate, projected: Bool) -> LocalizedText {
        projected
            ? .init(en: "the case gives no lodging date: the dates that run from lodging are computed as if it happened on the last lawful day, \(d.en)",
                    nl: "de zaak vermeldt geen datum van indiening: de termijnen die vanaf de indiening lopen zijn berekend alsof die op de uiterste dag plaatsvond, \(d.nl)")
            : .init(en: "lodged on \(d.en)", nl: "ingediend op \(d.nl)")
    }

    static func representativeLabel(_ p: LegalPeriod) -> LocalizedText {
        .init(en: "Representative to be appointed by (\(p.english) from making)", nl: "Uiterste datum aanstelling vertegenwoordiger (voogd) (\(p.dutch) na het doen van de aanvraag)")
    }
    static func representative(by d: CalendarDate, reason: LocalizedText, body: LocalizedText) -> LocalizedText {
        .init(en: "\(reason.en): a representative (guardian) must be appointed by \(d.en) (body: \(body.en)); a person to assist provisionally as soon as possible",
              nl: "\(reason.nl): uiterlijk \(d.nl) moet een vertegenwoordiger (voogd) zijn benoemd (instantie: \(body.nl)); tot dan zo snel mogelijk een voorlopige vertegenwoordiger (voorlopig voogd)")
    }
}
