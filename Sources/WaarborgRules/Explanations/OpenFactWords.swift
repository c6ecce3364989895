/// Open facts as the questions a counsellor would ask, in both languages: no JSON path reaches
/// the reader. Paths are 0-based in the contract; the questions count people from 1.
enum OpenFactWords {
    static func question(_ path: String, _ facts: CaseFacts) -> LocalizedText {
        if path.hasPrefix("findings."), let id = FindingID(rawValue: String(path.dropFirst(9))) { return FindingWords.question(id) }
        if let (i, field) = Assessor.indexed(path, "family") {
            // The person is named by relation and place, never by a position in the input.
            let m = i < facts.family.count ? facts.family[i] : nil
            let rel = m.map { ResponsibilityWords.relation($0.relation) } ?? .init(en: "family member", nl: "gezinslid")
            let place = m?.memberState.map { LocalizedText(en: " in \($0)", nl: " in \($0)") } ?? .init(en: "", nl: "")
            let who = LocalizedText(en: "the \(rel.en)\(place.en)", nl: "de \(rel.nl)\(place.nl)")
            switch field {
            case "status": return .init(en: "What is the status of \(who.en): beneficiary of protection, applicant, resident or citizen?",
                                        nl: "Wat is de status van \(who.nl): statushouder, asielzoeker, ingezetene of burger?")
            case "birthDate": return .init(en: "How old is \(who.en)?", nl: "Hoe oud is \(who.nl)?")
            case "canTakeCare": return .init(en: "Can \(who.en) take care of the minor (AMMR Art 25(3))?", nl: "Kan \(who.nl) voor de minderjarige zorgen (art. 25 lid 3 Asiel- en migratiebeheerverordening)?")
            case "wishInWriting": return .init(en: "Have the applicant and \(who.en) said in writing that they wish to be together there (AMMR Arts 26-27)?",
                                               nl: "Hebben de aanvrager en \(who.nl) schriftelijk verklaard dat zij daar samen willen zijn (art. 26-27 Asiel- en migratiebeheerverordening)?")
            default: return .init(en: "Can \(who.en) take care of the applicant, or have both said in writing that they wish to be together there?",
                                  nl: "Kan \(who.nl) voor de aanvrager zorgen, of hebben beiden schriftelijk verklaard daar samen te willen zijn?")
            }
        }
        if let (i, field) = Assessor.indexed(path, "history") {
            let e = i < facts.history.count ? facts.history[i] : nil
            let state = e?.memberState.code ?? "?"
            // The event in words: "the irregular entry into GRC on 2026-01-15".
            let what = e.map { HistoryWords.event($0) } ?? .init(en: "the earlier event", nl: "de eerdere gebeurtenis")
            switch field {
            case "hit": return .init(en: "Did the Netherlands find \(what.en) through a Eurodac or VIS hit?",
                                     nl: "Is \(what.nl) bekend via een Eurodac- of VIS-treffer?")
            case "indicatedResponsible": return .init(en: "Does Eurodac indicate \(state) as the member state responsible for the earlier application?",
                                                      nl: "Wijst Eurodac \(state) aan als verantwoordelijke lidstaat voor de eerdere aanvraag?")
            case "borderProcedure": return .init(en: "Was the earlier application in \(state) examined in the border procedure?",
                                                 nl: "Is de eerdere aanvraag in \(state) in de grensprocedure behandeld?")
            case "finalOn": return .init(en: "When did the decision on the earlier application in \(state) become final?",
                                         nl: "Wanneer werd het besluit op de eerdere aanvraag in \(state) onherroepelijk?")
            case "validUntil": return .init(en: "Until when was the document issued by \(state) valid?", nl: "Tot wanneer was het document van \(state) geldig?")
            default: return .init(en: "On which date did \(what.en) take place?", nl: "Op welke datum vond \(what.nl) plaats?")
            }
        }
        if path.hasPrefix("datasets.eu-recognition-rates[") {
            let country = path.dropFirst("datasets.eu-recognition-rates[".count).dropLast()
            return .init(en: "The data have no Union-wide recognition rate for \(country) that settles the threshold test. Is the rate at or below the threshold of the profile (APR Art 42(1)(j))?",
                         nl: "De gegevens bevatten geen EU-brede inwilligingsgraad voor \(country) die de drempeltoets beslist. Ligt die op of onder de drempel van dit beleidsprofiel (art. 42 lid 1 onder j Procedureverordening)?")
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
        case "findings.safeThirdCountry.basis": return .init(en: "On what basis is the third country safe for the applicant: a connection, transit, or an agreement (APR Art 59)?",
                                                            nl: "Op welke grond is het derde land veilig voor de aanvrager: een band, doorreis of een overeenkomst (art. 59 Procedureverordening)?")
        default: return .init(en: "A fact the decision needs is not given.", nl: "Een feit dat de beslissing nodig heeft, is niet opgegeven.")
        }
    }
}

/// Findings in plain words: what each means and the question that asks for it.
public enum FindingWords {
    public static func question(_ id: FindingID) -> LocalizedText {
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
        case .internalSecurityThreat: .init(en: "Are there reasonable grounds to consider the applicant a threat to internal security, so that the Netherlands is responsible (AMMR Art 16(4))? This decides only which member state is responsible; the acceleration ground of APR Art 42(1)(f) is a finding of its own.",
                                            nl: "Zijn er redelijke gronden om de aanvrager als gevaar voor de binnenlandse veiligheid te beschouwen, zodat Nederland verantwoordelijk is (art. 16 lid 4 Asiel- en migratiebeheerverordening)? Dit beslist alleen welke lidstaat verantwoordelijk is; de versnellingsgrond van art. 42 lid 1 onder f Procedureverordening is een aparte bevinding.")
        case .detentionGuaranteesUnmet: .init(en: "Could the border procedure be applied only with detention, and could the guarantees for that detention then not be met (APR Art 53(2)(e))? If so, the border procedure does not apply.", nl: "Zou de grensprocedure alleen met bewaring kunnen worden toegepast, en zouden de waarborgen voor die bewaring dan niet kunnen worden nageleefd (art. 53 lid 2 onder e Procedureverordening)? Zo ja, dan geldt de grensprocedure niet.")
        }
    }
}

/// Events of the history in words, for questions and reasons.
enum HistoryWords {
    static func kind(_ k: HistoryEventKind) -> LocalizedText {
        switch k {
        case .irregularEntry: .init(en: "the irregular entry into", nl: "de irreguliere binnenkomst in")
        case .seaRescue: .init(en: "the disembarkation after a rescue at sea in", nl: "de ontscheping na redding op zee in")
        case .visa: .init(en: "the visa issued by", nl: "het visum van")
        case .residenceDocument: .init(en: "the residence document issued by", nl: "het verblijfsdocument van")
        case .diploma: .init(en: "the diploma obtained in", nl: "het diploma behaald in")
        case .visaWaivedEntry: .init(en: "the visa-free entry into", nl: "de visumvrije binnenkomst in")
        case .application: .init(en: "the earlier application in", nl: "de eerdere aanvraag in")
        case .protectionGranted: .init(en: "the protection granted by", nl: "de bescherming verleend door")
        case .removal: .init(en: "the removal from", nl: "de verwijdering uit")
        }
    }

    static func event(_ e: HistoryEvent) -> LocalizedText {
        let k = kind(e.event)
        let on = e.on.map { LocalizedText(en: " on \($0.en)", nl: " op \($0.nl)") } ?? .init(en: "", nl: "")
        return .init(en: "\(k.en) \(e.memberState)\(on.en)", nl: "\(k.nl) \(e.memberState)\(on.nl)")
    }
}

extension OpenFactWords {
    /// Added to a question asked with the other unknown findings taken as "no".
    static let othersAnsweredNo = LocalizedText(en: " (Each answer assumes the other open questions are answered no.)",
                                                nl: " (Elk antwoord gaat ervan uit dat de andere open vragen met nee worden beantwoord.)")
    /// The former law's decision period runs from lodging (Vw 2000 art 42(1)).
    static let formerLawLodgedOn = LocalizedText(
        en: "On which date was the application lodged? The decision period of the former law runs from it. The answer below takes the earliest possible day, the day the application was made.",
        nl: "Op welke datum is de aanvraag ingediend? De beslistermijn van het oude recht loopt vanaf die dag. Het antwoord hieronder gaat uit van de vroegst mogelijke dag, de dag waarop de aanvraag is gedaan.")
}
