import ArgumentParser
import Foundation
import WaarborgRules

/// `waarborg template`: an example case a newcomer can copy, and a field guide to go with it.
struct Template: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print an example case (waarborg.case/1) to start from, or with --explain a guide to every field.",
        discussion: """
        Without options it prints a complete example case as JSON, with every field of the format filled in, \
        ready for `waarborg template > case.json` or `waarborg template | waarborg assess`. JSON has no comments: \
        `waarborg template --explain [--lang en|nl]` prints what each field, each value and each finding means.
        """)

    @Flag(help: "Print a plain-text guide to every field, value and finding instead of the example.") var explain = false
    @Option(help: "Language of the guide (with --explain): en or nl.") var lang: Language?

    func validate() throws {
        if lang != nil && !explain {
            throw ValidationError("--lang sets the language of the field guide: add --explain (the example case itself is language-neutral JSON)")
        }
    }

    func run() throws {
        if explain {
            writeOut(Array(FieldGuide.render(lang ?? .en).utf8))
        } else {
            writeOut(Array(Self.example.utf8))
        }
    }

    /// Every field of `waarborg.case/1` with a plausible value. Illustrative facts, not a real person.
    static let example = """
    {
      "schema": "waarborg.case/1",
      "id": "template-eri-ter-apel",
      "memberState": "NLD",
      "arrival": {
        "kind": "in-territory",
        "on": "2026-09-01",
        "place": "Ter Apel"
      },
      "application": {
        "madeOn": "2026-09-01",
        "registeredOn": "2026-09-03",
        "lodgedOn": "2026-09-17"
      },
      "applicant": {
        "birthDate": "1994-03-12",
        "ageDisputed": false,
        "nationality": "ERI",
        "stateless": false,
        "formerHabitualResidence": "ERI",
        "unaccompanied": false,
        "specialNeeds": ["torture-survivor"],
        "riskProfiles": ["religious-minority"]
      },
      "family": [
        {
          "relation": "spouse",
          "birthDate": "1996-05-20",
          "accompanying": false
        },
        {
          "relation": "sibling",
          "birthDate": "1998-11-02",
          "accompanying": false,
          "memberState": "SWE",
          "status": "beneficiary"
        }
      ],
      "history": [
        {
          "event": "sea-rescue",
          "memberState": "ITA",
          "on": "2026-07-20",
          "hit": "none"
        },
        {
          "event": "application",
          "memberState": "ITA",
          "on": "2026-07-22",
          "outcome": "withdrawn",
          "finalOn": "2026-08-12",
          "indicatedResponsible": false,
          "borderProcedure": false,
          "hit": "eurodac",
          "hitReceivedOn": "2026-09-03"
        },
        {
          "event": "visa",
          "memberState": "DEU",
          "on": "2025-04-01",
          "validUntil": "2025-04-30",
          "hit": "vis",
          "hitReceivedOn": "2026-09-03"
        }
      ],
      "findings": {
        "irrelevantIssuesOnly": false,
        "inconsistentOrFalseStatements": false,
        "misledAuthorities": {"value": false, "source": "IND identity check", "on": "2026-09-17"},
        "applicationToDelayRemoval": false,
        "safeCountryOfOriginRebutted": false,
        "publicOrderDanger": false,
        "internalSecurityThreat": false,
        "newElements": true,
        "lateApplicationWithoutReason": false,
        "refusesBiometrics": false,
        "significantChangeInCountry": false,
        "categoryNotRepresentative": false,
        "firstCountryOfAsylum": false,
        "safeThirdCountry": {"value": false, "basis": "transit"},
        "specialNeedsUnsupported": false,
        "medicalReasonsAgainstBorder": false,
        "detentionGuaranteesUnmet": false,
        "familyTiesDoubted": false,
        "traffickingIndications": false
      }
    }

    """
}

/// The plain-text guide to `waarborg.case/1` (`waarborg template --explain`). Enumeration values and
/// finding ids are listed from the library's own types, so a value added there shows up here at once
/// (marked as not yet described until its meaning is written below).
enum FieldGuide {
    typealias Words = (en: String, nl: String)

    struct Field {
        let path: String
        let type: Words
        let meaning: Words
        /// The enumeration the field takes its values from, listed under it.
        var values: [(value: String, meaning: Words)] = []
    }

    static func values<E: CaseIterable & RawRepresentable>(_: E.Type, _ meanings: [String: Words]) -> [(value: String, meaning: Words)]
    where E.RawValue == String {
        E.allCases.map { ($0.rawValue, meanings[$0.rawValue] ?? undescribed) }
    }

    static let undescribed: Words = ("(not described yet)", "(nog niet beschreven)")

    static let date: Words = ("date YYYY-MM-DD", "datum JJJJ-MM-DD")
    static let country: Words = ("country, ISO 3166-1 alpha-3", "land, ISO 3166-1 alpha-3")
    static let bool: Words = ("true or false", "true of false")
    static let text: Words = ("text", "tekst")

    static let fields: [Field] = [
        Field(path: "schema", type: ("required, text", "verplicht, tekst"),
              meaning: ("Always \"waarborg.case/1\".", "Altijd \"waarborg.case/1\".")),
        Field(path: "id", type: ("required, text", "verplicht, tekst"),
              meaning: ("Your reference for the case (not empty); it is repeated in the assessment.", "Uw kenmerk voor de zaak (niet leeg); het komt terug in de beoordeling.")),
        Field(path: "memberState", type: country,
              meaning: ("The member state that assesses the application. Default NLD; only NLD is modelled.", "De lidstaat die de aanvraag beoordeelt. Standaard NLD; alleen NLD is gemodelleerd.")),
        Field(path: "arrival", type: ("object, optional", "object, optioneel"),
              meaning: ("How the person came to apply. Absent: unknown, so screening and the border procedure stay open.", "Hoe de persoon tot de aanvraag kwam. Ontbreekt het: onbekend, dus screening en grensprocedure blijven open.")),
        Field(path: "arrival.kind", type: ("required in arrival, one of", "verplicht in arrival, een van"),
              meaning: ("Decides who is screened (Screening Art 5, 7) and who may be in the border procedure (APR Art 43).", "Beslist wie wordt gescreend (art. 5, 7 Screeningverordening) en wie in de grensprocedure kan komen (art. 43 Procedureverordening)."),
              values: values(ArrivalKind.self, [
                "border-crossing-point": ("presented at a border crossing point, for example Schiphol", "gemeld aan een grensdoorlaatpost, bijvoorbeeld Schiphol"),
                "irregular-crossing": ("apprehended after crossing an external border irregularly", "aangehouden na irreguliere overschrijding van een buitengrens"),
                "sea-rescue": ("disembarked after a search and rescue operation", "ontscheept na een opsporings- en reddingsoperatie"),
                "in-territory": ("applied inside the country, for example in Ter Apel, or was apprehended there", "heeft in het land aangevraagd, bijvoorbeeld in Ter Apel, of is daar aangetroffen"),
                "lawful-stay": ("applied during a lawful stay (visa, residence permit, visa-free stay)", "heeft aangevraagd tijdens rechtmatig verblijf (visum, verblijfsvergunning, visumvrij verblijf)"),
                "relocation": ("arrived by relocation from another member state", "aangekomen door herplaatsing uit een andere lidstaat"),
              ])),
        Field(path: "arrival.on", type: date,
              meaning: ("Day of presentation, apprehension or disembarkation. Default: application.madeOn.", "Dag van melding, aanhouding of ontscheping. Standaard: application.madeOn.")),
        Field(path: "arrival.place", type: ("text, optional", "tekst, optioneel"),
              meaning: ("Free text, for example \"Schiphol\" or \"Ter Apel\"; shown in the report only.", "Vrije tekst, bijvoorbeeld \"Schiphol\" of \"Ter Apel\"; alleen getoond in het rapport.")),
        Field(path: "application", type: ("required, object", "verplicht, object"),
              meaning: ("The dates of the application itself.", "De data van de aanvraag zelf.")),
        Field(path: "application.madeOn", type: ("required, date", "verplicht, datum"),
              meaning: ("The day the wish for protection was expressed (APR Art 26). Applications made before 2026-06-12 are assessed under the old law.", "De dag waarop om bescherming werd gevraagd (art. 26 Procedureverordening). Aanvragen van vóór 2026-06-12 worden naar oud recht beoordeeld.")),
        Field(path: "application.registeredOn", type: ("date, optional", "datum, optioneel"),
              meaning: ("The day it was registered (APR Art 27). Absent: not yet, so the latest lawful day is assumed and the dates from it are marked projected.", "De dag van registratie (art. 27 Procedureverordening). Ontbreekt het: nog niet, dus de uiterste dag wordt aangenomen en de data die ervan afhangen heten verwacht.")),
        Field(path: "application.lodgedOn", type: ("date, optional", "datum, optioneel"),
              meaning: ("The day it was lodged (APR Art 28). Absent: not yet, projected as above.", "De dag van indiening (art. 28 Procedureverordening). Ontbreekt het: nog niet, verwacht als hierboven.")),
        Field(path: "applicant", type: ("required, object", "verplicht, object"),
              meaning: ("The person who applies. An empty object {} is allowed: everything in it is then unknown or default.", "De persoon die aanvraagt. Een leeg object {} mag: alles erin is dan onbekend of standaard.")),
        Field(path: "applicant.birthDate", type: ("date or null", "datum of null"),
              meaning: ("null or absent: unknown, so whether the applicant is a minor stays open.", "null of ontbrekend: onbekend, dus of de aanvrager minderjarig is blijft open.")),
        Field(path: "applicant.ageDisputed", type: ("true or false, default false", "true of false, standaard false"),
              meaning: ("The authorities doubt the stated age.", "De autoriteiten twijfelen aan de opgegeven leeftijd.")),
        Field(path: "applicant.nationality", type: ("country or null", "land of null"),
              meaning: ("Decides the safe-country-of-origin and recognition-rate grounds; null: unknown.", "Beslist over de gronden veilig land van herkomst en inwilligingsgraad; null: onbekend.")),
        Field(path: "applicant.stateless", type: ("true or false, default false", "true of false, standaard false"),
              meaning: ("The applicant has no nationality.", "De aanvrager heeft geen nationaliteit.")),
        Field(path: "applicant.formerHabitualResidence", type: country,
              meaning: ("For a stateless applicant: the country of former habitual residence, used instead of a nationality.", "Voor een staatloze aanvrager: het land van vroeger gewoonlijk verblijf, gebruikt in plaats van een nationaliteit.")),
        Field(path: "applicant.unaccompanied", type: ("true or false, default false", "true of false, standaard false"),
              meaning: ("A minor who arrived without a responsible adult (closed list of APR Art 42(3), representative, no detention).", "Een minderjarige die zonder verantwoordelijke volwassene aankwam (gesloten lijst van art. 42 lid 3 Procedureverordening, vertegenwoordiger, geen bewaring).")),
        Field(path: "applicant.specialNeeds", type: ("list, each value at most once; absent: none declared", "lijst, elke waarde hoogstens eenmaal; ontbreekt: geen opgegeven"),
              meaning: ("Special procedural or reception needs (APR Art 20-21, RCD Art 24-25).", "Bijzondere procedurele of opvangbehoeften (art. 20-21 Procedureverordening, art. 24-25 Opvangrichtlijn)."),
              values: values(SpecialNeed.self, [
                "torture-survivor": ("has survived torture", "heeft marteling overleefd"),
                "serious-illness": ("has a serious illness", "heeft een ernstige ziekte"),
                "mental-disorder": ("has a mental disorder", "heeft een psychische stoornis"),
                "disability": ("has a disability", "heeft een handicap"),
                "pregnant": ("is pregnant", "is zwanger"),
                "single-parent": ("single parent with minor children", "alleenstaande ouder met minderjarige kinderen"),
                "trafficking-victim": ("victim of human trafficking", "slachtoffer van mensenhandel"),
                "elderly": ("elderly person", "oudere"),
                "victim-of-violence": ("victim of rape or other serious psychological, physical or sexual violence", "slachtoffer van verkrachting of ander ernstig psychisch, fysiek of seksueel geweld"),
              ])),
        Field(path: "applicant.riskProfiles", type: ("list, each value at most once; absent: none declared", "lijst, elke waarde hoogstens eenmaal; ontbreekt: geen opgegeven"),
              meaning: ("Groups a profile may except from a safe-country designation (APR Art 61(2)).", "Groepen die een profiel kan uitzonderen van een aanwijzing als veilig land (art. 61 lid 2 Procedureverordening)."),
              values: values(RiskProfile.self, [
                "journalist": ("journalist", "journalist"),
                "political-opponent": ("political opponent", "politiek tegenstander"),
                "human-rights-defender": ("human-rights defender", "mensenrechtenverdediger"),
                "academic": ("academic", "academicus"),
                "lgbtiq": ("LGBTIQ person", "lhbtiq-persoon"),
                "religious-minority": ("member of a religious minority", "lid van een religieuze minderheid"),
                "ethnic-minority": ("member of an ethnic minority", "lid van een etnische minderheid"),
              ])),
        Field(path: "family", type: ("list of objects; absent: none declared", "lijst van objecten; ontbreekt: geen opgegeven"),
              meaning: ("Family members, with the applicant or elsewhere. They decide the family criteria of the AMMR, detention and reception of families, and family reunification after a grant.", "Gezinsleden, bij de aanvrager of elders. Zij beslissen over de gezinscriteria van de AMMR, bewaring en opvang van gezinnen, en gezinshereniging na verlening.")),
        Field(path: "family[].relation", type: ("required, one of", "verplicht, een van"),
              meaning: ("How the member is related to the applicant.", "Hoe het gezinslid verwant is aan de aanvrager."),
              values: values(FamilyRelation.self, [
                "spouse": ("spouse or registered partner", "echtgenoot of geregistreerd partner"),
                "unmarried-partner": ("unmarried partner in a stable relationship", "ongehuwde partner in een duurzame relatie"),
                "child": ("child of the applicant", "kind van de aanvrager"),
                "parent": ("parent of the applicant", "ouder van de aanvrager"),
                "sibling": ("brother or sister", "broer of zus"),
                "other-relative": ("another relative (aunt, uncle, grandparent)", "ander familielid (tante, oom, grootouder)"),
              ])),
        Field(path: "family[].birthDate", type: ("date, optional", "datum, optioneel"),
              meaning: ("Decides whether a child is a minor; at most a year from today.", "Beslist of een kind minderjarig is; hoogstens een jaar na vandaag.")),
        Field(path: "family[].accompanying", type: ("required, true or false", "verplicht, true of false"),
              meaning: ("The member is with the applicant.", "Het gezinslid is bij de aanvrager.")),
        Field(path: "family[].memberState", type: country,
              meaning: ("Where the member is, if not with the applicant (another member state decides the AMMR family criteria).", "Waar het gezinslid is, als het niet bij de aanvrager is (een andere lidstaat beslist over de gezinscriteria van de AMMR).")),
        Field(path: "family[].canTakeCare", type: ("true or false, optional", "true of false, optioneel"),
              meaning: ("A relative in another member state can take care of the unaccompanied minor (AMMR Art 25(3); Dublin III Art 8(2)); absent = unknown.",
                        "Een verwant in een andere lidstaat kan voor de alleenstaande minderjarige zorgen (art. 25 lid 3 Asiel- en migratiebeheerverordening; art. 8 lid 2 Dublinverordening); afwezig = onbekend.")),
        Field(path: "family[].wishInWriting", type: ("true or false, optional", "true of false, optioneel"),
              meaning: ("The applicant and this family member wish in writing to be together in that state (AMMR Arts 26-27; Dublin III Arts 9-10); absent = unknown.",
                        "De aanvrager en dit gezinslid wensen schriftelijk in die staat samen te zijn (art. 26-27 Asiel- en migratiebeheerverordening; art. 9-10 Dublinverordening); afwezig = onbekend.")),
        Field(path: "family[].status", type: ("one of, optional", "een van, optioneel"),
              meaning: ("The member's status where they are.", "De status van het gezinslid waar het is."),
              values: values(FamilyStatus.self, [
                "beneficiary": ("beneficiary of international protection", "heeft internationale bescherming"),
                "applicant": ("applicant for international protection", "vraagt internationale bescherming aan"),
                "resident": ("legally resident on another basis", "verblijft rechtmatig op een andere grond"),
                "citizen": ("citizen of that state", "burger van die staat"),
              ])),
        Field(path: "history", type: ("list of objects; absent: none declared", "lijst van objecten; ontbreekt: geen opgegeven"),
              meaning: ("Earlier events in other member states; they decide who is responsible (AMMR) and subsequent applications (APR Art 55).", "Eerdere gebeurtenissen in andere lidstaten; zij beslissen wie verantwoordelijk is (AMMR) en over volgende aanvragen (art. 55 Procedureverordening).")),
        Field(path: "history[].event", type: ("required, one of", "verplicht, een van"),
              meaning: ("What happened.", "Wat er gebeurde."),
              values: values(HistoryEventKind.self, [
                "irregular-entry": ("crossed the external border of that state irregularly", "is de buitengrens van die staat irregulier overgestoken"),
                "sea-rescue": ("was disembarked there after a rescue at sea", "is daar ontscheept na een redding op zee"),
                "visa": ("held a visa issued by that state", "had een visum van die staat"),
                "residence-document": ("held a residence document issued by that state", "had een verblijfsdocument van die staat"),
                "diploma": ("obtained a diploma there", "behaalde daar een diploma"),
                "visa-waived-entry": ("entered that state where no visa was needed", "reisde die staat visumvrij in"),
                "application": ("applied for international protection there", "vroeg daar internationale bescherming aan"),
                "protection-granted": ("was granted international protection there", "kreeg daar internationale bescherming"),
                "removal": ("was removed from the territory of the member states by that state", "is door die staat uit het grondgebied van de lidstaten verwijderd"),
              ])),
        Field(path: "history[].memberState", type: ("required, country", "verplicht, land"),
              meaning: ("The state where it happened.", "De staat waar het gebeurde.")),
        Field(path: "history[].on", type: ("date, optional", "datum, optioneel"),
              meaning: ("When it happened (periods such as 12 months after an irregular entry run from it).", "Wanneer het gebeurde (termijnen zoals 12 maanden na irreguliere binnenkomst lopen vanaf deze dag).")),
        Field(path: "history[].validUntil", type: ("date, optional", "datum, optioneel"),
              meaning: ("For a visa or residence document: the last day it was valid.", "Voor een visum of verblijfsdocument: de laatste dag van geldigheid.")),
        Field(path: "history[].outcome", type: ("one of, optional (application)", "een van, optioneel (aanvraag)"),
              meaning: ("For an earlier application: how it ended.", "Voor een eerdere aanvraag: hoe die afliep."),
              values: values(HistoryOutcome.self, [
                "pending": ("no final decision yet", "nog geen definitief besluit"),
                "rejected": ("finally rejected", "definitief afgewezen"),
                "withdrawn": ("withdrawn, or treated as withdrawn", "ingetrokken, of als ingetrokken behandeld"),
                "granted": ("protection was granted", "bescherming is verleend"),
              ])),
        Field(path: "history[].hit", type: ("one of, optional", "een van, optioneel"),
              meaning: ("Whether the assessing state found the event through a database; a hit shortens the request periods (AMMR Art 39(1), 40(2)). Absent: not known.", "Of de beoordelende staat de gebeurtenis via een databank vond; een treffer verkort de verzoektermijnen (art. 39 lid 1, 40 lid 2 Asiel- en migratiebeheerverordening). Ontbreekt: niet bekend."),
              values: values(DatabaseHit.self, [
                "eurodac": ("a Eurodac hit (fingerprints after an irregular crossing, a disembarkation or an earlier application)", "een Eurodac-treffer (vingerafdrukken na irreguliere overschrijding, ontscheping of een eerdere aanvraag)"),
                "vis": ("a hit in the Visa Information System", "een treffer in het Visuminformatiesysteem"),
                "none": ("checked, and there was no hit", "gecontroleerd, en er was geen treffer"),
              ])),
        Field(path: "history[].hitReceivedOn", type: ("date, optional (only with hit eurodac or vis)", "datum, optioneel (alleen bij hit eurodac of vis)"),
              meaning: ("The day the hit was received; the shorter request period runs from it. Absent: taken as the day of registration (projected).", "De dag waarop de treffer binnenkwam; de kortere verzoektermijn loopt vanaf deze dag. Ontbreekt: de dag van registratie aangenomen (verwacht).")),
        Field(path: "history[].indicatedResponsible", type: ("true or false, optional (application)", "true of false, optioneel (aanvraag)"),
              meaning: ("For an earlier application: Eurodac indicates that state as the member state responsible (Eurodac Reg Art 16(1); AMMR Art 36(1)(b)).", "Voor een eerdere aanvraag: Eurodac wijst die staat aan als verantwoordelijke lidstaat (Eurodac-verordening art. 16 lid 1; art. 36 lid 1 onder b Asiel- en migratiebeheerverordening).")),
        Field(path: "history[].finalOn", type: ("date, optional (application)", "datum, optioneel (aanvraag)"),
              meaning: ("For an earlier application: the day its rejection or withdrawal decision became final (AMMR Art 37(2)).", "Voor een eerdere aanvraag: de dag waarop de afwijzing of het besluit tot intrekking onherroepelijk werd (art. 37 lid 2 Asiel- en migratiebeheerverordening).")),
        Field(path: "history[].borderProcedure", type: ("true or false, optional (application)", "true of false, optioneel (aanvraag)"),
              meaning: ("For an earlier application: it was examined in the border procedure (AMMR Art 37(2)).", "Voor een eerdere aanvraag: die is in de grensprocedure behandeld (art. 37 lid 2 Asiel- en migratiebeheerverordening).")),
        Field(path: "findings", type: ("object; absent: all unknown", "object; ontbreekt: alles onbekend"),
              meaning: ("A caseworker's or authority's findings, by id (see FINDINGS). The engine never computes a finding.", "Bevindingen van een medewerker of autoriteit, per id (zie BEVINDINGEN). De engine berekent nooit zelf een bevinding.")),
        Field(path: "findings.<id>", type: ("true, false or {value, basis?, source?, on?}", "true, false of {value, basis?, source?, on?}"),
              meaning: ("value: true or false (firstCountryOfAsylum and safeThirdCountry also take a country); source: who found it; on: when.", "value: true of false (firstCountryOfAsylum en safeThirdCountry nemen ook een land); source: wie het vaststelde; on: wanneer.")),
        Field(path: "findings.safeThirdCountry.basis", type: ("one of, optional", "een van, optioneel"),
              meaning: ("The link to the safe third country (APR Art 59(5) as amended by Reg 2026/463).", "De band met het veilige derde land (art. 59 lid 5 Procedureverordening zoals gewijzigd bij Vo. 2026/463)."),
              values: values(SafeThirdCountryBasis.self, [
                "connection": ("a connection between the applicant and the country", "een band tussen de aanvrager en het land"),
                "transit": ("the applicant travelled through the country", "de aanvrager is door het land gereisd"),
                "agreement": ("an agreement with the country (never for an unaccompanied minor)", "een overeenkomst met het land (nooit voor een alleenstaande minderjarige)"),
              ])),
    ]

    struct FindingEntry {
        let ref: String
        let meaning: Words
        /// Trace rule ids whose outcome the finding can change (every one can also change `route`).
        let rules: [String]
        let effect: Words
    }

    static let findings: [String: FindingEntry] = [
        "irrelevantIssuesOnly": .init(ref: "APR Art 42(1)(a)",
            meaning: ("only issues not relevant to international protection were raised", "alleen kwesties aangevoerd die niet relevant zijn voor internationale bescherming"),
            rules: ["accelerated:APR-42-1-a"], effect: ("accelerated procedure; border procedure where the profile applies this ground", "versnelde procedure; grensprocedure als het beleidsprofiel deze grond toepast")),
        "inconsistentOrFalseStatements": .init(ref: "APR Art 42(1)(b)",
            meaning: ("clearly inconsistent, contradictory, false or improbable statements", "duidelijk inconsistente, tegenstrijdige, onware of onwaarschijnlijke verklaringen"),
            rules: ["accelerated:APR-42-1-b"], effect: ("accelerated procedure; border procedure where the profile applies this ground", "versnelde procedure; grensprocedure als het beleidsprofiel deze grond toepast")),
        "misledAuthorities": .init(ref: "APR Art 42(1)(c); Art 42(3)(c)",
            meaning: ("misled the authorities on identity or nationality, or destroyed documents in bad faith", "de autoriteiten misleid over identiteit of nationaliteit, of te kwader trouw documenten vernietigd"),
            rules: ["accelerated:APR-42-1-c", "accelerated:APR-42-3-c"], effect: ("accelerated procedure; a mandatory border-procedure ground (APR Art 45(1))", "versnelde procedure; een verplichte grond voor de grensprocedure (art. 45 lid 1 Procedureverordening)")),
        "applicationToDelayRemoval": .init(ref: "APR Art 42(1)(d)",
            meaning: ("the application was made merely to delay or frustrate removal", "de aanvraag is alleen gedaan om verwijdering uit te stellen of te verijdelen"),
            rules: ["accelerated:APR-42-1-d"], effect: ("accelerated procedure; border procedure where the profile applies this ground", "versnelde procedure; grensprocedure als het beleidsprofiel deze grond toepast")),
        "safeCountryOfOriginRebutted": .init(ref: "APR Art 61; Art 42(1)(e); Art 42(3)(a)",
            meaning: ("the applicant presented elements why the safe-country-of-origin concept should not apply to them", "de aanvrager heeft elementen aangevoerd waarom het concept veilig land van herkomst niet op hem of haar moet worden toegepast"),
            rules: ["accelerated:APR-42-1-e", "accelerated:APR-42-3-a"], effect: ("true stops the safe-country ground; matters only if the country of origin is designated safe", "true houdt de grond veilig land tegen; doet alleen ertoe als het land van herkomst als veilig is aangewezen")),
        "publicOrderDanger": .init(ref: "APR Art 42(1)(f); Art 42(3)(b); RCD Art 10(4)",
            meaning: ("reasonable grounds to consider the applicant a danger to national security or public order", "redelijke gronden om de aanvrager als gevaar voor de nationale veiligheid of openbare orde te beschouwen"),
            rules: ["accelerated:APR-42-1-f", "accelerated:APR-42-3-b", "detention"], effect: ("accelerated procedure; a mandatory border-procedure ground; a ground for detention", "versnelde procedure; een verplichte grond voor de grensprocedure; een grond voor bewaring")),
        "internalSecurityThreat": .init(ref: "AMMR Art 16(4)",
            meaning: ("reasonable grounds to consider the applicant a threat to internal security; only for the member state where the application was first registered", "redelijke gronden om de aanvrager als bedreiging voor de binnenlandse veiligheid te beschouwen; alleen voor de lidstaat waar de aanvraag het eerst is geregistreerd"),
            rules: ["responsibility"], effect: ("true keeps the responsibility with this state, even where another criterion points elsewhere", "true houdt de verantwoordelijkheid bij deze staat, ook als een ander criterium elders wijst")),
        "newElements": .init(ref: "APR Art 55; Art 38(2); Art 42(1)(g)",
            meaning: ("a subsequent application presents new elements (Art 55(3))", "een volgende aanvraag bevat nieuwe elementen (art. 55 lid 3)"),
            rules: ["admissibility:APR-38-2", "accelerated:APR-42-1-g", "accelerated:APR-42-3-d"], effect: ("false: the subsequent application is inadmissible; true: admissible, accelerated; matters only after a rejected or withdrawn earlier application", "false: de volgende aanvraag is niet-ontvankelijk; true: ontvankelijk, versneld; doet alleen ertoe na een afgewezen of ingetrokken eerdere aanvraag")),
        "lateApplicationWithoutReason": .init(ref: "APR Art 42(1)(h)",
            meaning: ("unlawful entry or stay, and no application as soon as possible without good reason", "onrechtmatige binnenkomst of verblijf, en zonder goede reden niet zo snel mogelijk aangevraagd"),
            rules: ["accelerated:APR-42-1-h"], effect: ("accelerated procedure", "versnelde procedure")),
        "refusesBiometrics": .init(ref: "APR Art 42(1)(i)",
            meaning: ("the applicant refuses to have biometric data taken", "de aanvrager weigert biometrische gegevens te laten afnemen"),
            rules: ["accelerated:APR-42-1-i"], effect: ("accelerated procedure", "versnelde procedure")),
        "significantChangeInCountry": .init(ref: "APR Art 42(1)(j)",
            meaning: ("an exception to the 20 % ground: the situation in the country of origin changed significantly since the rate was published", "een uitzondering op de 20 %-grond: de situatie in het land van herkomst is sterk veranderd sinds het cijfer werd gepubliceerd"),
            rules: ["accelerated:APR-42-1-j"], effect: ("true stops the recognition-rate ground (accelerated and mandatory border procedure)", "true houdt de grond inwilligingsgraad tegen (versnelde en verplichte grensprocedure)")),
        "categoryNotRepresentative": .init(ref: "APR Art 42(1)(j)",
            meaning: ("an exception to the 20 % ground: the applicant belongs to a category for which the rate is not representative", "een uitzondering op de 20 %-grond: de aanvrager hoort bij een categorie waarvoor het cijfer niet representatief is"),
            rules: ["accelerated:APR-42-1-j"], effect: ("true stops the recognition-rate ground (accelerated and mandatory border procedure)", "true houdt de grond inwilligingsgraad tegen (versnelde en verplichte grensprocedure)")),
        "firstCountryOfAsylum": .init(ref: "APR Art 38(1)(a); Art 58",
            meaning: ("a first country of asylum applies; {value: alpha-3} names it", "er is een eerste land van asiel; {value: alpha-3} noemt het"),
            rules: ["admissibility:APR-38-1-a"], effect: ("inadmissibility, where the profile applies this ground", "niet-ontvankelijkheid, als het beleidsprofiel deze grond toepast")),
        "safeThirdCountry": .init(ref: "APR Art 38(1)(b); Art 59",
            meaning: ("a safe third country applies; {value: alpha-3, basis: connection | transit | agreement}", "er is een veilig derde land; {value: alpha-3, basis: connection | transit | agreement}"),
            rules: ["admissibility:APR-38-1-b"], effect: ("inadmissibility, where the profile applies this ground and accepts the basis", "niet-ontvankelijkheid, als het beleidsprofiel deze grond toepast en de grondslag aanvaardt")),
        "specialNeedsUnsupported": .init(ref: "APR Art 53(2)(b)-(c)",
            meaning: ("the support the applicant needs for special procedural needs cannot be given at the border", "de ondersteuning voor bijzondere procedurele behoeften kan aan de grens niet worden geboden"),
            rules: ["border:exemptions"], effect: ("true keeps the applicant out of the border procedure", "true houdt de aanvrager buiten de grensprocedure")),
        "medicalReasonsAgainstBorder": .init(ref: "APR Art 53(2)(d)",
            meaning: ("medical reasons preclude the border procedure", "medische redenen verzetten zich tegen de grensprocedure"),
            rules: ["border:exemptions"], effect: ("true keeps the applicant out of the border procedure", "true houdt de aanvrager buiten de grensprocedure")),
        "detentionGuaranteesUnmet": .init(ref: "APR Art 53(2)(e)",
            meaning: ("the detention guarantees (RCD Art 10-13) are not met and the border procedure cannot be applied without detention", "aan de waarborgen voor bewaring (art. 10-13 Opvangrichtlijn) is niet voldaan en de grensprocedure kan niet zonder bewaring worden toegepast"),
            rules: ["border:exemptions"], effect: ("true keeps the applicant out of the border procedure, under a profile that detains in it", "true houdt de aanvrager buiten de grensprocedure, onder een profiel dat daarin in bewaring stelt")),
        "familyTiesDoubted": .init(ref: "national policy; RCD Art 13",
            meaning: ("there is doubt about the family ties", "er is twijfel over de gezinsbanden"),
            rules: ["detention"], effect: ("a ground the Dutch policy names for detaining a family at the border", "een grond die het Nederlandse beleid noemt om een gezin aan de grens in bewaring te stellen")),
        "traffickingIndications": .init(ref: "national policy; RCD Art 13",
            meaning: ("there are indications of human trafficking", "er zijn aanwijzingen van mensenhandel"),
            rules: ["detention"], effect: ("a ground the Dutch policy names for detaining a family at the border", "een grond die het Nederlandse beleid noemt om een gezin aan de grens in bewaring te stellen")),
    ]

    static func render(_ lang: Language) -> String {
        let nl = lang == .nl
        func t(_ w: Words) -> String { nl ? w.nl : w.en }
        // Dutch cites "art." (as the Dutch texts of the regulations do).
        func ref(_ r: String) -> String {
            nl ? r.replacingOccurrences(of: "Art ", with: "art. ").replacingOccurrences(of: "national policy", with: "nationaal beleid") : r
        }
        var s = nl
            ? "waarborg.case/1: gids bij de velden\n\nDe feiten van één aanvraag, als JSON (`waarborg template` drukt een voorbeeld af).\nOnbekende velden, verkeerde typen, onbekende waarden en onmogelijke data zijn fouten.\nData zijn JJJJ-MM-DD (1900-2100), landen ISO 3166-1 alpha-3 (NLD, SYR, ERI).\n"
            : "waarborg.case/1: field guide\n\nThe facts of one application, as JSON (`waarborg template` prints an example).\nUnknown fields, wrong types, unknown values and impossible dates are errors.\nDates are YYYY-MM-DD (1900-2100), countries ISO 3166-1 alpha-3 (NLD, SYR, ERI).\n"
        s += nl ? "\nONBEKEND\n" : "\nUNKNOWN\n"
        s += wrap(nl
            ? "Een bevinding die ontbreekt betekent \"onbekend\", nooit \"false\". Geef false op als de bevinding is onderzocht en niet geldt. Waarborg rekent met onbekend door: hangt de uitkomst ervan af, dan is status \"undetermined\" en staat de vraag in openFacts. Ook een veld met null (birthDate, nationality) en een ontbrekende arrival zijn onbekend. Ontbrekende lijsten (family, history, specialNeeds, riskProfiles) betekenen \"geen opgegeven\"; ontbrekende true/false-velden krijgen hun standaardwaarde."
            : "An absent finding means \"unknown\", never \"false\". Give false when the finding was examined and does not hold. Waarborg carries the unknown through: if the outcome depends on it, status is \"undetermined\" and the question is listed in openFacts. A field that is null (birthDate, nationality) and an absent arrival are unknown too. Absent lists (family, history, specialNeeds, riskProfiles) mean \"none declared\"; absent true/false fields take their default.",
            indent: 2, width: 96)
        s += nl ? "\nVELDEN\n" : "\nFIELDS\n"
        for f in fields {
            s += "\n  \(f.path)  (\(t(f.type)))\n"
            s += wrap(t(f.meaning), indent: 6, width: 96)
            let width = (f.values.map(\.value.count).max() ?? 0) + 2
            for v in f.values {
                let head = "      " + v.value.padding(toLength: width, withPad: " ", startingAt: 0)
                s += hanging(head, t(v.meaning), width: 96)
            }
        }
        s += nl ? "\nBEVINDINGEN (findings.<id>)\n" : "\nFINDINGS (findings.<id>)\n"
        s += wrap(nl ? "Elke bevinding is die van een medewerker of autoriteit. Ontbreekt ze, dan is ze onbekend, niet false. \"Beslist\" noemt de regels in de trace waarvan de uitkomst van deze bevinding kan afhangen; elke bevinding kan daardoor ook de route (regel route) veranderen."
                     : "Each finding is a caseworker's or authority's. Absent, it is unknown, not false. \"Decides\" names the trace rules whose outcome the finding can change; through them every finding can also change the route (rule route).",
                  indent: 2, width: 96)
        for id in FindingID.allCases.map(\.rawValue) {
            s += "\n  \(id)\n"
            guard let e = findings[id] else { s += "      " + t(undescribed) + "\n"; continue }
            s += wrap(t(e.meaning) + " (" + ref(e.ref) + ").", indent: 6, width: 96)
            s += hanging("      " + (nl ? "beslist: " : "decides: "), e.rules.joined(separator: ", ") + "; " + t(e.effect), width: 96)
        }
        return s
    }

    /// `text` wrapped at `width` columns, every line indented by `indent` spaces.
    static func wrap(_ text: String, indent: Int, width: Int) -> String {
        hanging(String(repeating: " ", count: indent), text, width: width)
    }

    /// `head` then `text`, continuation lines indented to the end of `head`.
    static func hanging(_ head: String, _ text: String, width: Int) -> String {
        let lines = TextTable.wrap(text, width: max(20, width - head.count))
        let pad = String(repeating: " ", count: head.count)
        return lines.enumerated().map { ($0.offset == 0 ? head : pad) + $0.element }.joined(separator: "\n") + "\n"
    }
}
