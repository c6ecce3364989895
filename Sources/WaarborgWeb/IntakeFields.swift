import WaarborgRules

/// The intake form's fields, grouped as a counsellor thinks of a case: arrival, application,
/// applicant, family, history, findings. Each field's name is its path in the case's JSON, so a
/// decoder error lands beside the field it names.
enum IntakeFields {
    struct Option: Sendable {
        let value: String, en: String, nl: String
        init(_ value: String, _ en: String, _ nl: String) { self.value = value; self.en = en; self.nl = nl }
    }

    enum Kind: Sendable {
        case date, text(maxLength: Int), country
        /// Yes, no or unknown: unknown leaves the fact out of the case.
        case tri
        case choice([Option])
        case multi([Option])
    }

    struct Field: Sendable {
        let key: String, en: String, nl: String
        var kind: Kind
        var helpEN: String? = nil, helpNL: String? = nil
        init(_ key: String, _ en: String, _ nl: String, _ kind: Kind, help: (String, String)? = nil) {
            self.key = key; self.en = en; self.nl = nl; self.kind = kind; helpEN = help?.0; helpNL = help?.1
        }
    }

    struct Group: Sendable {
        let id: String, en: String, nl: String
        let fields: [Field]
    }

    static let arrivalKinds: [Option] = [
        .init("irregular-crossing", "crossed the external border irregularly", "de buitengrens irregulier overgestoken"),
        .init("border-crossing-point", "applied at a border crossing point (an airport, a port)", "aangevraagd bij een grensdoorlaatpost (luchthaven, haven)"),
        .init("sea-rescue", "disembarked after a rescue at sea", "ontscheept na redding op zee"),
        .init("in-territory", "already in the Netherlands (applied inland)", "al in Nederland (in het binnenland aangevraagd)"),
        .init("lawful-stay", "staying lawfully (a visa or residence permit)", "rechtmatig verblijvend (visum of verblijfsvergunning)"),
        .init("relocation", "relocated from another member state", "overgebracht uit een andere lidstaat (herplaatsing)"),
    ]

    static let specialNeeds: [Option] = [
        .init("torture-survivor", "survivor of torture", "overlevende van foltering"),
        .init("serious-illness", "serious illness", "ernstige ziekte"),
        .init("mental-disorder", "mental disorder", "psychische stoornis"),
        .init("disability", "disability", "handicap"),
        .init("pregnant", "pregnant", "zwanger"),
        .init("single-parent", "single parent with minor children", "alleenstaande ouder met minderjarige kinderen"),
        .init("trafficking-victim", "victim of human trafficking", "slachtoffer van mensenhandel"),
        .init("elderly", "elderly", "oudere"),
        .init("victim-of-violence", "victim of serious violence", "slachtoffer van ernstig geweld"),
    ]

    static let riskProfiles: [Option] = [
        .init("journalist", "journalist", "journalist"),
        .init("political-opponent", "political opponent", "politiek tegenstander"),
        .init("human-rights-defender", "human rights defender", "mensenrechtenverdediger"),
        .init("academic", "academic", "academicus"),
        .init("lgbtiq", "LGBTIQ person", "lhbtiq-persoon"),
        .init("religious-minority", "member of a religious minority", "lid van een religieuze minderheid"),
        .init("ethnic-minority", "member of an ethnic minority", "lid van een etnische minderheid"),
    ]

    static let relations: [Option] = [
        .init("spouse", "spouse", "echtgenoot of echtgenote"),
        .init("unmarried-partner", "unmarried partner", "ongehuwde partner"),
        .init("child", "child", "kind"),
        .init("parent", "parent", "ouder"),
        .init("sibling", "brother or sister", "broer of zus"),
        .init("other-relative", "other relative", "ander familielid"),
    ]

    static let familyStatuses: [Option] = [
        .init("beneficiary", "has international protection there", "heeft daar internationale bescherming"),
        .init("applicant", "has applied for protection there", "heeft daar asiel aangevraagd"),
        .init("resident", "resides there lawfully", "verblijft daar rechtmatig"),
        .init("citizen", "is a citizen there", "is daar staatsburger"),
    ]

    static let events: [Option] = [
        .init("irregular-entry", "irregular entry", "irreguliere binnenkomst"),
        .init("sea-rescue", "disembarked after rescue at sea", "ontscheping na redding op zee"),
        .init("visa", "visa issued", "visum afgegeven"),
        .init("residence-document", "residence document issued", "verblijfsdocument afgegeven"),
        .init("diploma", "diploma obtained", "diploma behaald"),
        .init("visa-waived-entry", "visa-free entry", "visumvrije binnenkomst"),
        .init("application", "earlier asylum application", "eerdere asielaanvraag"),
        .init("protection-granted", "protection granted", "bescherming verleend"),
        .init("removal", "removed (returned)", "verwijderd (teruggekeerd)"),
    ]

    static let outcomes: [Option] = [
        .init("pending", "still pending", "nog in behandeling"),
        .init("rejected", "rejected", "afgewezen"),
        .init("withdrawn", "withdrawn", "ingetrokken"),
        .init("granted", "granted", "ingewilligd"),
    ]

    static let hits: [Option] = [
        .init("eurodac", "found through Eurodac", "gevonden via Eurodac"),
        .init("vis", "found through the Visa Information System", "gevonden via het Visuminformatiesysteem"),
        .init("none", "not found through a database", "niet via een databank gevonden"),
    ]

    static let stcBases: [Option] = [
        .init("connection", "a connection with the country", "een band met het land"),
        .init("transit", "transit through the country", "doorreis door het land"),
        .init("agreement", "an agreement with the country", "een overeenkomst met het land"),
    ]

    static let groups: [Group] = [
        Group(id: "arrival", en: "Arrival", nl: "Aankomst", fields: [
            Field("arrival.kind", "How did the applicant arrive?", "Hoe is de aanvrager aangekomen?", .choice(arrivalKinds),
                  help: ("Decides whether screening applies and whether the border procedure can (Screening Reg Art 5, 7; APR Art 43).",
                         "Bepaalt of de screening geldt en of de grensprocedure mogelijk is (art. 5, 7 Screeningverordening; art. 43 Procedureverordening).")),
            Field("arrival.on", "Date of arrival", "Datum van aankomst", .date),
            Field("arrival.place", "Place (for example Schiphol, Ter Apel)", "Plaats (bijvoorbeeld Schiphol, Ter Apel)", .text(maxLength: 120)),
        ]),
        Group(id: "application", en: "Application", nl: "Aanvraag", fields: [
            Field("application.madeOn", "Application made on", "Aanvraag gedaan op", .date,
                  help: ("The day the person said they want protection; it decides whether the Pact or the former law applies (before or from 12 June 2026).",
                         "De dag waarop de persoon te kennen gaf bescherming te willen; bepaalt of het Pact of het oude recht geldt (vóór of vanaf 12 juni 2026).")),
            Field("application.registeredOn", "Registered on", "Geregistreerd op", .date),
            Field("application.lodgedOn", "Lodged on", "Ingediend op", .date),
        ]),
        Group(id: "applicant", en: "Applicant", nl: "Aanvrager", fields: [
            Field("applicant.birthDate", "Date of birth", "Geboortedatum", .date),
            Field("applicant.ageDisputed", "Is the age disputed?", "Wordt de leeftijd betwist?", .tri),
            Field("applicant.nationality", "Nationality (three-letter code, for example SYR)", "Nationaliteit (drieletterige code, bijvoorbeeld SYR)", .country,
                  help: ("Decides the safe-country and recognition-rate grounds (APR Art 42(1)(e), (j)).",
                         "Bepaalt de gronden veilig land van herkomst en inwilligingsgraad (art. 42 lid 1 onder e, j Procedureverordening).")),
            Field("applicant.stateless", "Stateless?", "Staatloos?", .tri),
            Field("applicant.formerHabitualResidence", "Country of former habitual residence (if stateless)", "Land van vroeger gewoon verblijf (bij staatloosheid)", .country),
            Field("applicant.unaccompanied", "An unaccompanied minor?", "Een alleenstaande minderjarige?", .tri,
                  help: ("Changes responsibility (AMMR Art 25), the border procedure (APR Art 53(2)(a)), detention and family reunification.",
                         "Verandert de verantwoordelijkheid (art. 25 Asiel- en migratiebeheerverordening), de grensprocedure (art. 53 lid 2 onder a Procedureverordening), bewaring en gezinshereniging.")),
            Field("applicant.specialNeeds", "Special needs", "Bijzondere behoeften", .multi(specialNeeds)),
            Field("applicant.riskProfiles", "Risk profiles", "Risicoprofielen", .multi(riskProfiles)),
        ]),
    ]

    static let familyFields: [Field] = [
        Field("relation", "Relation", "Verwantschap", .choice(relations)),
        Field("birthDate", "Date of birth", "Geboortedatum", .date),
        Field("accompanying", "Travelling with the applicant?", "Reist mee met de aanvrager?", .tri),
        Field("memberState", "Member state where they are (code)", "Lidstaat waar zij zijn (code)", .country),
        Field("status", "Their status there", "Hun status daar", .choice(familyStatuses)),
        Field("canTakeCare", "Can take care of the minor?", "Kan voor de minderjarige zorgen?", .tri),
        Field("wishInWriting", "Both wish in writing to be together?", "Beiden wensen schriftelijk bij elkaar te zijn?", .tri),
    ]

    static let historyFields: [Field] = [
        Field("event", "What happened", "Wat er gebeurde", .choice(events)),
        Field("memberState", "Member state (code)", "Lidstaat (code)", .country),
        Field("on", "On", "Op", .date),
        Field("validUntil", "Valid until (visa, document)", "Geldig tot (visum, document)", .date),
        Field("outcome", "Outcome (earlier application)", "Uitkomst (eerdere aanvraag)", .choice(outcomes)),
        Field("hit", "Found through", "Gevonden via", .choice(hits)),
        Field("hitReceivedOn", "Hit received on", "Treffer ontvangen op", .date),
        Field("indicatedResponsible", "Eurodac indicates this state as responsible?", "Eurodac wijst deze lidstaat aan als verantwoordelijk?", .tri),
        Field("finalOn", "Decision final on", "Besluit onherroepelijk op", .date),
        Field("borderProcedure", "Examined in the border procedure?", "Behandeld in de grensprocedure?", .tri),
    ]

    /// Blank rows offered after the rows a case already has.
    static let blankRows = 3
    /// The most rows of family or history the form reads (the register bounds the facts anyway).
    static let maxRows = 50

    /// What a finding can decide, beside its question.
    static func findingHelp(_ id: FindingID) -> (en: String, nl: String) {
        switch id {
        case .irrelevantIssuesOnly: ("A ground for the accelerated procedure (APR Art 42(1)(a)) and so for the border procedure.", "Een grond voor de versnelde procedure (art. 42 lid 1 onder a Procedureverordening) en daarmee voor de grensprocedure.")
        case .inconsistentOrFalseStatements: ("A ground for the accelerated procedure (APR Art 42(1)(b)).", "Een grond voor de versnelde procedure (art. 42 lid 1 onder b Procedureverordening).")
        case .misledAuthorities: ("A ground for the accelerated procedure (APR Art 42(1)(c)); the border procedure is then mandatory (APR Art 45(1)).", "Een grond voor de versnelde procedure (art. 42 lid 1 onder c Procedureverordening); de grensprocedure is dan verplicht (art. 45 lid 1 Procedureverordening).")
        case .applicationToDelayRemoval: ("A ground for the accelerated procedure (APR Art 42(1)(d)).", "Een grond voor de versnelde procedure (art. 42 lid 1 onder d Procedureverordening).")
        case .safeCountryOfOriginRebutted: ("Answers the safe-country-of-origin ground (APR Art 42(1)(e), Art 61): if rebutted, it does not apply.", "Weerlegt de grond veilig land van herkomst (art. 42 lid 1 onder e, art. 61 Procedureverordening): bij weerlegging geldt die niet.")
        case .publicOrderDanger: ("A ground for the accelerated procedure (APR Art 42(1)(f)), the mandatory border procedure (Art 45(1)) and detention (RCD Art 10(4)).", "Een grond voor de versnelde procedure (art. 42 lid 1 onder f Procedureverordening), de verplichte grensprocedure (art. 45 lid 1) en bewaring (art. 10 lid 4 Opvangrichtlijn).")
        case .newElements: ("For a subsequent application: without new elements it is inadmissible (APR Art 38(2), Art 55).", "Bij een volgende aanvraag: zonder nieuwe elementen is die niet-ontvankelijk (art. 38 lid 2, art. 55 Procedureverordening).")
        case .lateApplicationWithoutReason: ("A ground for the accelerated procedure (APR Art 42(1)(h)).", "Een grond voor de versnelde procedure (art. 42 lid 1 onder h Procedureverordening).")
        case .refusesBiometrics: ("A ground for the accelerated procedure (APR Art 42(1)(i)).", "Een grond voor de versnelde procedure (art. 42 lid 1 onder i Procedureverordening).")
        case .significantChangeInCountry: ("Sets aside the recognition-rate ground (APR Art 42(1)(j)) and so the mandatory border procedure it brings.", "Zet de grond inwilligingsgraad opzij (art. 42 lid 1 onder j Procedureverordening) en daarmee de verplichte grensprocedure die daaruit volgt.")
        case .categoryNotRepresentative: ("Sets aside the recognition-rate ground (APR Art 42(1)(j)).", "Zet de grond inwilligingsgraad opzij (art. 42 lid 1 onder j Procedureverordening).")
        case .firstCountryOfAsylum: ("Makes the application inadmissible (APR Art 38(1)(a)); give the country's code if known.", "Maakt de aanvraag niet-ontvankelijk (art. 38 lid 1 onder a Procedureverordening); vul de landcode in als die bekend is.")
        case .safeThirdCountry: ("Makes the application inadmissible (APR Art 38(1)(b), Art 59); give the country and the link.", "Maakt de aanvraag niet-ontvankelijk (art. 38 lid 1 onder b, art. 59 Procedureverordening); vul het land en de band in.")
        case .specialNeedsUnsupported: ("Keeps the applicant out of the border procedure (APR Art 53(2)(b)-(c)).", "Houdt de aanvrager buiten de grensprocedure (art. 53 lid 2 onder b-c Procedureverordening).")
        case .medicalReasonsAgainstBorder: ("Keeps the applicant out of the border procedure (APR Art 53(2)(d)).", "Houdt de aanvrager buiten de grensprocedure (art. 53 lid 2 onder d Procedureverordening).")
        case .familyTiesDoubted: ("For a family: a ground on which detention may be considered (RCD Art 13, Art 10(4)).", "Bij een gezin: een grond waarop bewaring kan worden overwogen (art. 13, art. 10 lid 4 Opvangrichtlijn).")
        case .traffickingIndications: ("For a family: a ground on which detention may be considered (RCD Art 13, Art 10(4)).", "Bij een gezin: een grond waarop bewaring kan worden overwogen (art. 13, art. 10 lid 4 Opvangrichtlijn).")
        case .internalSecurityThreat: ("Makes the Netherlands responsible when it is the state of first registration (AMMR Art 16(4)).", "Maakt Nederland verantwoordelijk als het de lidstaat van eerste registratie is (art. 16 lid 4 Asiel- en migratiebeheerverordening).")
        case .detentionGuaranteesUnmet: ("Keeps the applicant out of the border procedure where it would need detention (APR Art 53(2)(e)).", "Houdt de aanvrager buiten de grensprocedure als die bewaring zou vergen (art. 53 lid 2 onder e Procedureverordening).")
        }
    }
}
