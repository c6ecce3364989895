/// Open facts as the questions a counsellor would ask, in both languages: no JSON path reaches
/// the reader. Paths are 0-based in the contract; the questions count people from 1.
enum OpenFactWords {
    static func question(_ path: String, _ facts: CaseFacts) -> LocalizedText {
        if path.hasPrefix("findings."), let id = FindingID(rawValue: String(path.dropFirst(9))) { return FindingWords.question(id) }
        if let (i, field) = Assessor.indexed(path, "family") {
            let who = i < facts.family.count ? ResponsibilityWords.relation(facts.family[i].relation) : .init(en: "family member", nl: "gezinslid")
            let n = i + 1
            switch field {
            case "status": return .init(en: "What is the status of family member \(n) (\(who.en)) in the other member state: beneficiary of protection, applicant, resident or citizen?",
                                        nl: "Wat is de status van gezinslid \(n) (\(who.nl)) in de andere lidstaat: statushouder, aanvrager, ingezetene of burger?")
            case "birthDate": return .init(en: "How old is family member \(n) (\(who.en))?", nl: "Hoe oud is gezinslid \(n) (\(who.nl))?")
            case "canTakeCare": return .init(en: "Can family member \(n) (\(who.en)) take care of the minor?", nl: "Kan gezinslid \(n) (\(who.nl)) voor de minderjarige zorgen?")
            case "wishInWriting": return .init(en: "Do the applicant and family member \(n) (\(who.en)) wish in writing to be together in that state?", nl: "Wensen de aanvrager en gezinslid \(n) (\(who.nl)) schriftelijk in die staat samen te zijn?")
            default: return .init(en: "Can family member \(n) (\(who.en)) take care of the applicant, or do both wish in writing to be together there?",
                                  nl: "Kan gezinslid \(n) (\(who.nl)) voor de aanvrager zorgen, of wensen beiden schriftelijk daar samen te zijn?")
            }
        }
        if let (i, field) = Assessor.indexed(path, "history") {
            let n = i + 1
            let state = i < facts.history.count ? facts.history[i].memberState.code : "?"
            switch field {
            case "hit": return .init(en: "Was event \(n) in the history (\(state)) found through a Eurodac or VIS hit?",
                                     nl: "Is gebeurtenis \(n) in de voorgeschiedenis (\(state)) gevonden via een Eurodac- of VIS-treffer?")
            case "indicatedResponsible": return .init(en: "Does Eurodac indicate \(state) as the member state responsible for the earlier application?",
                                                      nl: "Wijst Eurodac \(state) aan als verantwoordelijke lidstaat voor de eerdere aanvraag?")
            case "borderProcedure": return .init(en: "Was the earlier application in \(state) examined in the border procedure?",
                                                 nl: "Is de eerdere aanvraag in \(state) in de grensprocedure behandeld?")
            case "finalOn": return .init(en: "When did the decision on the earlier application in \(state) become final?",
                                         nl: "Wanneer werd het besluit op de eerdere aanvraag in \(state) onherroepelijk?")
            case "validUntil": return .init(en: "Until when was the document issued by \(state) valid?", nl: "Tot wanneer was het document van \(state) geldig?")
            default: return .init(en: "On which date did event \(n) in the history (\(state)) take place?", nl: "Op welke datum vond gebeurtenis \(n) in de voorgeschiedenis (\(state)) plaats?")
            }
        }
        switch path {
        case "arrival.kind": return .init(en: "How did the applicant arrive: at a border crossing point, by irregular crossing, after a rescue at sea, found in the territory, during a lawful stay, or by relocation?",
                                          nl: "Hoe kwam de aanvrager aan: aan een grensdoorlaatpost, door irreguliere overschrijding, na redding op zee, aangetroffen op het grondgebied, tijdens rechtmatig verblijf, of door herplaatsing?")
        case "applicant.birthDate": return .init(en: "Is the applicant under 18?", nl: "Is de aanvrager jonger dan 18?")
        case "applicant.nationality": return .init(en: "What is the applicant's nationality? It decides the safe-country and recognition-rate grounds.",
                                                   nl: "Wat is de nationaliteit van de aanvrager? Die beslist over de gronden veilig land en inwilligingsgraad.")
        case "applicant.formerHabitualResidence": return .init(en: "Where did the stateless applicant last live? It decides the safe-country and recognition-rate grounds.",
                                                               nl: "Waar woonde de staatloze aanvrager laatst? Dat beslist over de gronden veilig land en inwilligingsgraad.")
        case "application.lodgedOn": return .init(en: "On which date was the application lodged?", nl: "Op welke datum is de aanvraag ingediend?")
        default: return .init(en: "A fact the decision needs is not given.", nl: "Een feit dat de beslissing nodig heeft, is niet opgegeven.")
        }
    }
}

/// Findings in plain words: what each means and the question that asks for it.
enum FindingWords {
    static func question(_ id: FindingID) -> LocalizedText {
        switch id {
        case .irrelevantIssuesOnly: .init(en: "Did the applicant raise only issues not relevant to protection?", nl: "Heeft de aanvrager alleen kwesties aangevoerd die niet relevant zijn voor bescherming?")
        case .inconsistentOrFalseStatements: .init(en: "Are the applicant's statements clearly inconsistent, false or improbable?", nl: "Zijn de verklaringen van de aanvrager duidelijk inconsistent, onwaar of onwaarschijnlijk?")
        case .misledAuthorities: .init(en: "Did the applicant mislead the authorities about identity or nationality, or destroy documents in bad faith?", nl: "Heeft de aanvrager de autoriteiten misleid over identiteit of nationaliteit, of te kwader trouw documenten vernietigd?")
        case .applicationToDelayRemoval: .init(en: "Was the application made only to delay or frustrate removal?", nl: "Is de aanvraag alleen gedaan om uitzetting te vertragen of te verijdelen?")
        case .safeCountryOfOriginRebutted: .init(en: "Did the applicant show why the country of origin is not safe for them?", nl: "Heeft de aanvrager aangetoond waarom het land van herkomst voor hem of haar niet veilig is?")
        case .publicOrderDanger: .init(en: "Are there reasonable grounds to consider the applicant a danger to national security or public order?", nl: "Zijn er redelijke gronden om de aanvrager als gevaar voor de nationale veiligheid of openbare orde te beschouwen?")
        case .newElements: .init(en: "Does the subsequent application present new elements?", nl: "Bevat de volgende aanvraag nieuwe elementen?")
        case .lateApplicationWithoutReason: .init(en: "Did the applicant, staying irregularly, fail to apply as soon as possible without good reason?", nl: "Heeft de aanvrager, irregulier verblijvend, zonder goede reden niet zo snel mogelijk aangevraagd?")
        case .refusesBiometrics: .init(en: "Does the applicant refuse to give fingerprints or a facial image?", nl: "Weigert de aanvrager vingerafdrukken of een gezichtsopname te geven?")
        case .significantChangeInCountry: .init(en: "Has the situation in the country of origin changed significantly since the recognition rate was published?", nl: "Is de situatie in het land van herkomst sterk veranderd sinds de inwilligingsgraad werd gepubliceerd?")
        case .categoryNotRepresentative: .init(en: "Does the applicant belong to a group for which the recognition rate is not representative?", nl: "Hoort de aanvrager bij een groep waarvoor de inwilligingsgraad niet representatief is?")
        case .firstCountryOfAsylum: .init(en: "Does a first country of asylum apply?", nl: "Is er een eerste land van asiel?")
        case .safeThirdCountry: .init(en: "Does a safe third country apply, and on which link (connection, transit, agreement)?", nl: "Is er een veilig derde land, en op grond van welke band (band, doorreis, overeenkomst)?")
        case .specialNeedsUnsupported: .init(en: "Can the support the applicant needs not be given at the border?", nl: "Kan de ondersteuning die de aanvrager nodig heeft aan de grens niet worden geboden?")
        case .medicalReasonsAgainstBorder: .init(en: "Do medical reasons preclude the border procedure?", nl: "Verzetten medische redenen zich tegen de grensprocedure?")
        case .familyTiesDoubted: .init(en: "Is there doubt about the family ties?", nl: "Is er twijfel over de gezinsbanden?")
        case .traffickingIndications: .init(en: "Are there indications of human trafficking?", nl: "Zijn er aanwijzingen van mensenhandel?")
        case .internalSecurityThreat: .init(en: "Are there reasonable grounds to consider the applicant a threat to internal security?", nl: "Zijn er redelijke gronden om de aanvrager als bedreiging voor de binnenlandse veiligheid te beschouwen?")
        case .detentionGuaranteesUnmet: .init(en: "Are the guarantees for detention not met, so that the border procedure cannot be applied without detention?", nl: "Is niet aan de waarborgen voor bewaring voldaan, zodat de grensprocedure niet zonder bewaring kan worden toegepast?")
        }
    }
}
