/// Input errors in the reader's language. The English message is the decoder's own; the Dutch one
/// names the field in Dutch words (with the JSON path after it, so the input can be found) and
/// translates the known phrases. A phrase the table does not know is shown as the decoder wrote it.
public enum InputErrorWords {
    public static func text(_ e: CaseInputError, _ lang: Language) -> String {
        guard lang == .nl else { return "error: invalid case: \(e)" }
        let field = fieldName(e.path)
        let expected = phrase(e.expected)
        if let found = e.found { return "fout: ongeldige zaak: \(field) (\(e.path)): verwacht \(expected), gevonden \(found)" }
        return "fout: ongeldige zaak: \(field) (\(e.path)): \(expected)"
    }

    /// `$.applicant.birthDate` -> "geboortedatum van de aanvrager".
    static func fieldName(_ path: String) -> String {
        let parts = path.split(separator: ".").map(String.init).filter { $0 != "$" }
        guard let last = parts.last else { return "de zaak" }
        let leaf = last.split(separator: "[").first.map(String.init) ?? last
        let owner = parts.dropLast().last.map { $0.split(separator: "[").first.map(String.init) ?? $0 }
        let name = fields[leaf] ?? leaf
        guard let owner, let o = owners[owner] else { return name }
        return "\(name) \(o)"
    }

    static let fields: [String: String] = [
        "application": "de aanvraaggegevens", "madeOn": "de datum waarop de aanvraag is gedaan", "registeredOn": "de registratiedatum",
        "lodgedOn": "de datum van indiening", "applicant": "de gegevens van de aanvrager", "birthDate": "de geboortedatum",
        "nationality": "de nationaliteit", "stateless": "staatloos", "formerHabitualResidence": "het land van vroeger gewoon verblijf",
        "unaccompanied": "alleenstaand", "ageDisputed": "leeftijd betwist", "arrival": "de aankomst", "kind": "de soort",
        "on": "de datum", "place": "de plaats", "family": "de gezinsleden", "relation": "de verwantschap", "accompanying": "meegereisd",
        "memberState": "de lidstaat", "status": "de status", "history": "de voorgeschiedenis", "event": "de gebeurtenis",
        "outcome": "de uitkomst", "validUntil": "de geldigheid", "hit": "de treffer", "hitReceivedOn": "de datum van de treffer",
        "findings": "de bevindingen", "basis": "de grondslag", "schema": "het schema", "id": "het kenmerk van de zaak",
        "riskProfiles": "de risicoprofielen", "canTakeCare": "kan zorgen", "wishInWriting": "schriftelijke wens",
        "indicatedResponsible": "door Eurodac aangewezen", "finalOn": "de datum van onherroepelijkheid", "borderProcedure": "grensprocedure",
    ]
    static let owners: [String: String] = [
        "application": "van de aanvraag", "applicant": "van de aanvrager", "arrival": "van de aankomst", "family": "van een gezinslid",
        "history": "van een gebeurtenis in de voorgeschiedenis", "findings": "bij de bevindingen",
    ]

    /// Known phrases of the decoder, by their start.
    static func phrase(_ s: String) -> String {
        let table: [(String, String)] = [
            ("this field is required", "dit veld is verplicht"),
            ("a calendar date YYYY-MM-DD that exists", "een bestaande datum in de vorm JJJJ-MM-DD"),
            ("a date on or before madeOn", "een datum op of vóór de datum waarop de aanvraag is gedaan"),
            ("a date on or after madeOn", "een datum op of na de datum waarop de aanvraag is gedaan"),
            ("a date on or after registeredOn", "een datum op of na de registratiedatum"),
            ("a date no later than a year from today", "een datum niet later dan een jaar na vandaag"),
            ("a date from ", "een datum van "),
            ("true or false", "true (ja) of false (nee)"),
            ("a string", "tekst"), ("a non-empty string", "tekst die niet leeg is"),
            ("an object", "een object { … }"), ("an array", "een lijst [ … ]"),
            ("an ISO 3166-1 alpha-3 country code", "een landcode van drie letters (ISO 3166-1 alpha-3, bijvoorbeeld SYR)"),
            ("no such field (allowed here: ", "dit veld bestaat niet (hier toegestaan: "),
            ("each value at most once", "elke waarde hoogstens één keer"),
            ("not valid JSON", "geen geldige JSON"),
            ("one of ", "een van "),
        ]
        for (en, nl) in table where s.hasPrefix(en) {
            var rest = String(s.dropFirst(en.count))
            rest = rest.replacingOccurrences(of: " to ", with: " tot en met ")
                .replacingOccurrences(of: "line ", with: "regel ").replacingOccurrences(of: "column ", with: "kolom ")
            return nl + rest
        }
        return s
    }
}
