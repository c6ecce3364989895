/// The title of each rule in the trace, as a reader names it. The switch is exhaustive, so a new
/// rule cannot reach a report without a title in both languages.
enum RuleWords {
    static func title(_ r: RuleID) -> LocalizedText {
        switch r {
        case .regime: .init(en: "Which law applies", nl: "Welk recht geldt")
        case .screening: .init(en: "Screening", nl: "Screening")
        case .registration: .init(en: "Registration", nl: "Registratie")
        case .lodging: .init(en: "Lodging", nl: "Indiening")
        case .representative: .init(en: "Representative of the minor", nl: "Vertegenwoordiger van de minderjarige")
        case .responsibilityRegulation: .init(en: "Which Dublin rules apply", nl: "Welke Dublinregels gelden")
        case .responsibility: .init(en: "Member state responsible", nl: "Verantwoordelijke lidstaat")
        case .admissibility(let g): .init(en: "Inadmissibility: \(g.name.en)", nl: "Niet-ontvankelijkheid: \(g.name.nl)")
        case .admissibilityOptionalGrounds: .init(en: "Inadmissibility grounds not applied", nl: "Niet toegepaste niet-ontvankelijkheidsgronden")
        case .accelerated(let g): .init(en: "Acceleration: \(g.name.en)", nl: "Versnelling: \(g.name.nl)")
        case .borderEligibility: .init(en: "Border situation", nl: "Grenssituatie")
        case .borderExemptions: .init(en: "Exemptions from the border procedure", nl: "Uitzonderingen op de grensprocedure")
        case .borderFamilies: .init(en: "Families in the border procedure", nl: "Gezinnen in de grensprocedure")
        case .route: .init(en: "Route", nl: "Route")
        case .decisionDeadline: .init(en: "Decision period", nl: "Beslistermijn")
        case .oldLawDecisionDeadline: .init(en: "Decision period (former law)", nl: "Beslistermijn (oud recht)")
        case .labourMarket: .init(en: "Work", nl: "Werken")
        case .schooling: .init(en: "School", nl: "School")
        case .appeal: .init(en: "Appeal", nl: "Beroep")
        case .legalAid: .init(en: "Legal aid", nl: "Rechtshulp")
        case .reception: .init(en: "Reception", nl: "Opvang")
        case .specialNeedsAssessment: .init(en: "Special reception needs", nl: "Bijzondere opvangbehoeften")
        case .languageCourses: .init(en: "Language courses", nl: "Taallessen")
        case .intentionToReject: .init(en: "Intention to reject", nl: "Voornemen tot afwijzing")
        case .detention: .init(en: "Detention", nl: "Bewaring")
        case .ifGranted: .init(en: "If protection is granted", nl: "Bij inwilliging")
        }
    }

    /// Citations in the reader's language: the Dutch report cites "art. 42 lid 1 onder a
    /// Procedureverordening" (DutchCitation).
    static func ref(_ r: String, _ lang: Language) -> String {
        lang == .nl ? DutchCitation.text(r) : r
    }
}

/// A citation as a reader of `lang` writes it ("APR Art 28(1)" in English, "art. 28 lid 1
/// Procedureverordening" in Dutch).
public enum CitationWords {
    public static func text(_ citation: String, _ lang: Language) -> String { RuleWords.ref(citation, lang) }
}
