import LegalCalendar

/// The screening's sentences (Screening Regulation Arts 5, 7 and 8), apart from the rule that
/// decides who is screened and by when (ScreeningRule).
enum ScreeningWords {
    static let arrivalUnknown = LocalizedText(en: "how the applicant arrived is not given, so whether and how long screening applies is open",
                                              nl: "hoe de aanvrager is aangekomen is niet opgegeven, dus of en hoe lang de screening geldt staat open")

    /// The situation that brings the applicant under the screening.
    static func situation(_ kind: ArrivalKind) -> LocalizedText {
        switch kind {
        case .borderCrossingPoint: .init(en: "applied at a border crossing point", nl: "aanvraag gedaan aan een grensdoorlaatpost")
        case .irregularCrossing: .init(en: "apprehended after crossing the external border irregularly", nl: "aangehouden na irreguliere overschrijding van de buitengrens")
        case .seaRescue: .init(en: "disembarked after a search and rescue operation", nl: "ontscheept na een opsporings- en reddingsoperatie")
        case .inTerritory: .init(en: "found within the territory with no sign of an external-border check", nl: "aangetroffen op het grondgebied zonder aanwijzing van een buitengrenscontrole")
        case .lawfulStay: .init(en: "the applicant stays lawfully: screening covers only irregular arrivals and irregular stay", nl: "de aanvrager verblijft rechtmatig: screening geldt alleen voor irreguliere aankomst en irregulier verblijf")
        case .relocation: .init(en: "a relocated applicant was screened in the member state of arrival", nl: "een herplaatste aanvrager is gescreend in de lidstaat van aankomst")
        }
    }

    static func endsLabel(_ period: LegalPeriod, from event: CalendarDate) -> LocalizedText {
        .init(en: "Screening ends (\(period.english) from \(event.en))", nl: "Screening eindigt (\(period.dutch) na \(event.nl))")
    }

    /// The period and its end; `moved` says why the end is not the plain count (a weekend, a holiday).
    static func mustEnd(_ situation: LocalizedText, within period: LegalPeriod, by end: CalendarDate, moved: LocalizedText?) -> LocalizedText {
        let s = LocalizedText(en: "\(situation.en): screening must end within \(period.english), by \(end.en)",
                              nl: "\(situation.nl): de screening eindigt binnen \(period.dutch), uiterlijk \(end.nl)")
        guard let moved else { return s }
        return .init(en: s.en + " (" + moved.en + ")", nl: s.nl + " (" + moved.nl + ")")
    }

    /// Screening Art 8(3), second subparagraph.
    static let heldAtTheBorder = LocalizedText(
        en: "; if the applicant is held at the external border for more than 72 hours, the screening must end within \(ScreeningLaw.heldAtTheBorder.english)",
        nl: "; als de aanvrager langer dan 72 uur aan de buitengrens wordt vastgehouden, eindigt de screening binnen \(ScreeningLaw.heldAtTheBorder.dutch)")
}
