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
        "counselling-by-authority": ("legal counselling by the IND (the determining authority)", "juridische counseling door de IND"),
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
            "a location at or near the border (APR Art 54(1))": ("a location at or near the border (APR Art 54(1))", "een locatie aan of nabij de grens (APR art. 54(1))"),
            "a facility suited to families (APR Art 54(2))": ("a facility suited to families (APR Art 54(2))", "een voorziening die geschikt is voor gezinnen (APR art. 54(2))"),
            "Justitieel Complex Schiphol (border detention)": schiphol, "Justitieel Complex Schiphol": schiphol,
            "Gesloten Gezinsvoorziening Zeist (closed family facility)": zeist, "Gesloten Gezinsvoorziening Zeist": zeist,
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
