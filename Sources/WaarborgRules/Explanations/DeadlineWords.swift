import LegalCalendar

/// The labels of the procedure's decision deadlines and what missing them means, apart from the
/// rules that date them (Assessor).
enum DeadlineWords {
    /// "Decision due, regular procedure (6 months from lodging)": the deadline, its period and the
    /// event it runs from, so a reader can count it again.
    static func label(_ what: LocalizedText, _ period: LegalPeriod, from event: LocalizedText) -> LocalizedText {
        .init(en: "\(what.en) (\(period.english) from \(event.en))", nl: "\(what.nl) (\(period.dutch) na \(event.nl))")
    }

    static let registration = LocalizedText(en: "registration", nl: "registratie")
    static let lodging = LocalizedText(en: "lodging", nl: "indiening")

    static let borderProcedureEnds = LocalizedText(en: "Border procedure ends, appeal included", nl: "Grensprocedure eindigt, beroep inbegrepen")
    static let borderProcedureMissed = LocalizedText(
        en: "the applicant must be allowed to enter the territory (APR Art 51(2)) and detention for the border procedure ends; only the return border procedure (Reg 2024/1349 Art 4) can follow a rejection",
        nl: "de aanvrager moet tot het grondgebied worden toegelaten (art. 51 lid 2 Procedureverordening) en de bewaring voor de grensprocedure eindigt; alleen de terugkeergrensprocedure (art. 4 Verordening 2024/1349) kan op een afwijzing volgen")
    static let borderProcedureExtended = LocalizedText(
        en: "Border procedure ends if extended for a relocated person (16 weeks from registration)",
        nl: "Grensprocedure eindigt bij verlenging voor een herplaatste persoon (16 weken na registratie)")
    static let borderProcedureExtendedMissed = LocalizedText(en: "the applicant must be allowed to enter the territory", nl: "de aanvrager moet tot het grondgebied worden toegelaten")

    static func admissibilityExtended(_ p: LegalPeriod) -> LocalizedText {
        .init(en: "Admissibility decision due if the period was extended by \(p.english)", nl: "Uiterste datum beslissing over ontvankelijkheid bij verlenging met \(p.dutch)")
    }
    static func regularExtended(_ p: LegalPeriod) -> LocalizedText {
        .init(en: "Decision due, regular procedure, if the period was extended by \(p.english)", nl: "Uiterste beslisdatum, reguliere procedure, bij verlenging met \(p.dutch)")
    }
    /// The condition of an extended decision date (APR Art 35(2) and 35(5) give the same three
    /// grounds); `unverified` names where the article was read when the official text was not.
    static func extensionNote(by b: LocalizedText, ref: String, unverified: LocalizedText? = nil) -> LocalizedText {
        .init(en: "only if \(b.en) extended the period because a disproportionate number of people applied in the same period, because of complex issues of fact or law, or because the delay is clearly and solely the applicant's failure to cooperate (\(ref)); without such an extension the earlier date applies" + (unverified.map { ". " + $0.en } ?? ""),
              nl: "alleen als \(b.nl) de termijn heeft verlengd omdat in dezelfde periode onevenredig veel mensen een aanvraag deden, omdat het om ingewikkelde feitelijke of juridische vragen gaat, of omdat de vertraging duidelijk en uitsluitend te wijten is aan de aanvrager die zijn verplichtingen niet nakomt (\(DutchCitation.text(ref))); zonder zo'n verlenging geldt de eerdere datum" + (unverified.map { ". " + $0.nl } ?? ""))
    }
    /// APR Art 35(5) was read only in a national law that copies it.
    static let regularExtensionUnverified = LocalizedText(
        en: "Not checked against the official text: read in a national copy that follows the regulation word for word (Irish International Protection Act 2026, s.168(2))",
        nl: "Niet aan de officiële tekst gecontroleerd: gelezen in een nationale wet die de verordening woordelijk volgt (de Ierse International Protection Act 2026, s.168(2))")
    static let admissibilityDecision = LocalizedText(en: "Admissibility decision due", nl: "Uiterste datum beslissing over ontvankelijkheid")
    static let acceleratedDecision = LocalizedText(en: "Decision due, accelerated procedure", nl: "Uiterste beslisdatum, versnelde procedure")
    static let regularDecision = LocalizedText(en: "Decision due, regular procedure", nl: "Uiterste beslisdatum, reguliere procedure")

    /// The trace step of the decision deadline: its label and its date.
    static func decisionDue(_ label: LocalizedText, on d: CalendarDate) -> LocalizedText {
        .init(en: label.en + ": " + d.en, nl: label.nl + ": " + d.nl)
    }

    static let turnsEighteen = LocalizedText(en: "The applicant turns 18, before the procedure ends", nl: "De aanvrager wordt 18, voordat de procedure eindigt")
    static let turnsEighteenMeans = LocalizedText(
        en: "the safeguards for minors (representative, reception suited to minors, no detention as a rule) end, unless a rule takes the age on the day the application was made; the rights shown below are those of the day of the application",
        nl: "de waarborgen voor minderjarigen (vertegenwoordiger, opvang voor minderjarigen, in beginsel geen bewaring) vervallen, tenzij een regel uitgaat van de leeftijd op de dag van de aanvraag; de rechten hieronder zijn die van de dag van de aanvraag")
    static let ageDisputed = LocalizedText(en: "the age is disputed: an age assessment (APR Art 25) decides this date", nl: "de leeftijd wordt betwist: een leeftijdsonderzoek (art. 25 Procedureverordening) beslist over deze datum")
}
