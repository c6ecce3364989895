/// Plain English and Dutch names for the enumeration values a reader meets in a report.
enum ArrivalWords {
    static func name(_ k: ArrivalKind) -> LocalizedText {
        switch k {
        case .borderCrossingPoint: .init(en: "at a border crossing point", nl: "aan een grensdoorlaatpost")
        case .irregularCrossing: .init(en: "by crossing the external border irregularly", nl: "door irreguliere overschrijding van de buitengrens")
        case .seaRescue: .init(en: "after a rescue at sea", nl: "na redding op zee")
        case .inTerritory: .init(en: "found in the territory", nl: "aangetroffen op het grondgebied")
        case .lawfulStay: .init(en: "during a lawful stay", nl: "tijdens rechtmatig verblijf")
        case .relocation: .init(en: "by relocation from another member state", nl: "door herplaatsing uit een andere lidstaat")
        }
    }
}

enum RouteWords {
    /// The route's name from the report vocabulary, so each route is named in one place.
    static func name(_ r: Route) -> LocalizedText {
        .init(en: Vocabulary.term(r.rawValue, .en), nl: Vocabulary.term(r.rawValue, .nl))
    }
}

enum CriterionWords {
    /// The responsibility criterion as a reader names it.
    static func name(_ raw: String) -> LocalizedText {
        switch ResponsibilityCriterion(rawValue: raw) {
        case .securityThreat?: .init(en: "threat to internal security", nl: "bedreiging van de binnenlandse veiligheid")
        case .takeBack?: .init(en: "earlier application: take back", nl: "eerdere aanvraag: terugname")
        case .unaccompaniedMinorFamily?: .init(en: "family of the unaccompanied minor", nl: "familie van de alleenstaande minderjarige")
        case .unaccompaniedMinorRelative?: .init(en: "relative of the unaccompanied minor", nl: "verwant van de alleenstaande minderjarige")
        case .unaccompaniedMinor?: .init(en: "unaccompanied minor", nl: "alleenstaande minderjarige")
        case .family?: .init(en: "family member in another member state", nl: "gezinslid in een andere lidstaat")
        case .documents?: .init(en: "residence document or visa", nl: "verblijfsdocument of visum")
        case .diploma?: .init(en: "diploma", nl: "diploma")
        case .visaWaivedEntry?: .init(en: "visa-free entry", nl: "visumvrije binnenkomst")
        case .irregularEntry?: .init(en: "irregular entry", nl: "irreguliere binnenkomst")
        case .firstRegistration?: .init(en: "first registration", nl: "eerste registratie")
        case nil: .init(en: raw, nl: raw)
        }
    }
}

/// A contract value (route, ground id, reception kind, legal-aid form, criterion) in words, for
/// text outputs outside the library such as the comparison table; nil if it is not a known value.
public enum ValueWords {
    public static func readable(_ raw: String, _ lang: Language) -> String? {
        if let g = GroundID(rawValue: raw) { return g.name.text(lang) }
        if let r = Route(rawValue: raw) { return RouteWords.name(r).text(lang) }
        if Vocabulary.terms[raw] != nil { return Vocabulary.term(raw, lang) }
        if ResponsibilityCriterion(rawValue: raw) != nil { return CriterionWords.name(raw).text(lang) }
        return nil
    }
}
