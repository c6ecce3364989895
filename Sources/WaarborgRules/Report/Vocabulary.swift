import LegalCalendar

/// Readable English and Dutch names for the contract's enumeration values, for the text report.
/// The JSON keeps the fixed contract values; people read these.
enum Vocabulary {
    static let terms: [String: (en: String, nl: String)] = [
        "border": ("border procedure", "grensprocedure"),
        "accelerated": ("accelerated procedure", "versnelde procedure"),
        "regular": ("regular procedure", "reguliere procedure"),
        "transfer": ("transfer to the responsible member state", "overdracht aan de verantwoordelijke lidstaat"),
        "inadmissibility": ("inadmissibility", "niet-ontvankelijkheid"),
        "undetermined": ("undetermined", "onbepaald"),
        "determined": ("determined", "bepaald"),
        "automatic": ("automatic", "automatisch"),
        "on-request": ("only on request to the court", "alleen op verzoek aan de rechter"),
        "none": ("none", "geen"),
        "counselling-by-authority": ("legal counselling by the determining authority (not independent)", "juridische counseling door de beslissingsautoriteit (niet onafhankelijk)"),
        "independent-counselling": ("independent legal counselling", "onafhankelijke juridische counseling"),
        "lawyer": ("lawyer", "advocaat"),
        "screening": ("screening", "screening"),
        "administrative": ("administrative procedure", "bestuurlijke procedure"),
        "appeal": ("appeal", "beroep"),
        "dublin": ("Dublin procedure", "Dublinprocedure"),
        "reception": ("reception decisions", "opvangbesluiten"),
        "border-facility": ("border facility", "grenslocatie"),
        "family-facility": ("facility for families", "gezinslocatie"),
        "unaccompanied-minor-facility": ("facility for unaccompanied minors", "opvang voor alleenstaande minderjarigen"),
        "dublin-minimum": ("Dublin minimum (basic needs and health care)", "Dublinminimum (basisbehoeften en zorg)"),
        "good-prospects-only": ("only for applicants with good prospects", "alleen voor kansrijke aanvragers"),
        "all": ("for all applicants", "voor alle aanvragers"),
        "take-charge": ("take-charge", "overname"),
        "take-back": ("take-back", "terugname"),
    ]

    /// The places of detention the embedded profiles name (free text in a profile, with or
    /// without an English gloss): the English reader gets the gloss, the Dutch reader the name.
    static let facilities: [String: (en: String, nl: String)] = {
        let schiphol = (en: "Justitieel Complex Schiphol (border detention)", nl: "Justitieel Complex Schiphol (grensdetentie)")
        let zeist = (en: "Gesloten Gezinsvoorziening Zeist (closed family facility)", nl: "Gesloten Gezinsvoorziening Zeist")
        return [
            "a location at or near the border (APR Art 54(1))": ("a location at or near the border (APR Art 54(1))", "een locatie aan of nabij de grens (art. 54 lid 1 Procedureverordening)"),
            "a facility suited to families (APR Art 54(2))": ("a facility suited to families (APR Art 54(2))", "een voorziening die geschikt is voor gezinnen (art. 54 lid 2 Procedureverordening)"),
            "Justitieel Complex Schiphol (border detention)": schiphol, "Justitieel Complex Schiphol": schiphol,
            "Gesloten Gezinsvoorziening Zeist (closed family facility)": zeist, "Gesloten Gezinsvoorziening Zeist": zeist,
        ]
    }()

    /// The acting bodies the embedded profiles name (`authority.*`): a short name for the
    /// timeline ("IND handelt"), the name in a sentence ("de IND") and the full name, said once
    /// where the reader is told who is to act ("aan zet: de IND (Immigratie- en Naturalisatiedienst)").
    static let bodies: [String: (short: LocalizedText, name: LocalizedText, full: LocalizedText)] = {
        func generic(_ en: String, _ nl: String) -> (short: LocalizedText, name: LocalizedText, full: LocalizedText) {
            let short = LocalizedText(en: String(en.dropFirst(4)), nl: String(nl.dropFirst(3)))
            return (short, .init(en: en, nl: nl), .init(en: en, nl: nl))
        }
        func dutch(_ short: String, en: String, nl: String, article: (String, String)) -> (short: LocalizedText, name: LocalizedText, full: LocalizedText) {
            (.init(en: short, nl: short), .init(en: article.0 + short, nl: article.1 + short),
             .init(en: article.0 + short + " (" + en + ")", nl: article.1 + short + " (" + nl + ")"))
        }
        return [
            "the screening authority": generic("the screening authority", "de screeningsautoriteit"),
            "the determining authority": generic("the determining authority", "de beslissingsautoriteit"),
            "the body that appoints representatives": generic("the body that appoints representatives", "de instantie die vertegenwoordigers aanstelt"),
            "the reception authority": generic("the reception authority", "de opvanginstantie"),
            "the reception and education authorities": generic("the reception and education authorities", "de opvang- en onderwijsinstanties"),
            "the authority that carries out transfers": generic("the authority that carries out transfers", "de instantie die overdrachten uitvoert"),
            "IND, KMar and AVIM": (.init(en: "IND, KMar or AVIM", nl: "IND, KMar of AVIM"), .init(en: "the IND, the KMar or the AVIM", nl: "de IND, de KMar of de AVIM"),
                                   .init(en: "the IND (Immigration and Naturalisation Service), with the KMar (Royal Netherlands Marechaussee) at the border and the AVIM (aliens police) inland",
                                         nl: "de IND (Immigratie- en Naturalisatiedienst), met de KMar (Koninklijke Marechaussee) aan de grens en de AVIM (vreemdelingenpolitie) in het binnenland")),
            "COA and the municipality": (.init(en: "COA and municipality", nl: "COA en gemeente"), .init(en: "the COA and the municipality", nl: "het COA en de gemeente"),
                                         .init(en: "the COA (Central Agency for the Reception of Asylum Seekers) and the municipality where the child lives (compulsory education)",
                                               nl: "het COA (Centraal Orgaan opvang asielzoekers) en de gemeente waar het kind woont (leerplicht)")),
            "IND and AVIM": (.init(en: "IND and AVIM", nl: "IND en AVIM"), .init(en: "the IND and the AVIM", nl: "de IND en de AVIM"),
                             .init(en: "the IND (Immigration and Naturalisation Service) and the AVIM (aliens police)",
                                   nl: "de IND (Immigratie- en Naturalisatiedienst) en de AVIM (vreemdelingenpolitie)")),
            "KMar and IND": (.init(en: "KMar and IND", nl: "KMar en IND"), .init(en: "the KMar and the IND", nl: "de KMar en de IND"),
                             .init(en: "the KMar (Royal Netherlands Marechaussee) and the IND (Immigration and Naturalisation Service)",
                                   nl: "de KMar (Koninklijke Marechaussee) en de IND (Immigratie- en Naturalisatiedienst)")),
            "IND": dutch("IND", en: "Immigration and Naturalisation Service", nl: "Immigratie- en Naturalisatiedienst", article: ("the ", "de ")),
            "Nidos": dutch("Nidos", en: "the guardianship institution for unaccompanied minors", nl: "de voogdij-instelling voor alleenstaande minderjarigen", article: ("", "")),
            "COA": dutch("COA", en: "Central Agency for the Reception of Asylum Seekers", nl: "Centraal Orgaan opvang asielzoekers", article: ("the ", "het ")),
            "DT&V": dutch("DT&V", en: "Repatriation and Departure Service", nl: "Dienst Terugkeer en Vertrek", article: ("the ", "de ")),
        ]
    }()

    static func term(_ value: String, _ lang: Language) -> String {
        guard let t = terms[value] else { return value }
        return lang == .nl ? t.nl : t.en
    }

    static let weekdayShort: [Weekday: (String, String)] = [
        .monday: ("Mon", "ma"), .tuesday: ("Tue", "di"), .wednesday: ("Wed", "wo"), .thursday: ("Thu", "do"),
        .friday: ("Fri", "vr"), .saturday: ("Sat", "za"), .sunday: ("Sun", "zo"),
    ]
}
