import WaarborgRules

/// Every text of the chain report, in English and Dutch, apart from the code that lays it out.
enum ChainWords {
    typealias T = LocalizedText

    static func metric(_ m: ChainMetric) -> T {
        switch m {
        case .applications: T(en: "First applications (persons)", nl: "Eerste aanvragen (personen)")
        case .relocationsIn: T(en: "Relocated to the Netherlands", nl: "Hervestigd via solidariteit (relocatie)")
        case .resettled: T(en: "Resettled refugees", nl: "Hervestigde vluchtelingen")
        case .familyArrivals: T(en: "Family members arriving", nl: "Aangekomen nareizigers")
        case .decisionsBorder: T(en: "Decisions in the border procedure", nl: "Beslissingen in de grensprocedure")
        case .decisionsAccelerated: T(en: "Decisions in the accelerated procedure", nl: "Beslissingen in de versnelde procedure")
        case .decisionsRegular: T(en: "Decisions in the regular procedure", nl: "Beslissingen in de gewone procedure")
        case .decisionsAdmissibility: T(en: "Admissibility and transfer decisions", nl: "Ontvankelijkheids- en overdrachtsbesluiten")
        case .grants: T(en: "Protection granted", nl: "Verleende asielvergunningen")
        case .rejections: T(en: "Applications rejected (persons)", nl: "Aanvragen afgewezen (personen)")
        case .firstDecisions: T(en: "First decisions (persons)", nl: "Eerste beslissingen (personen)")
        case .daysWaitedAtFirstDecision: T(en: "Days waited by those decided for the first time (sum)", nl: "Gewachte dagen van wie een eerste beslissing kreeg (som)")
        case .firstDecisionsAfterDeadline: T(en: "First decisions after the legal time limit", nl: "Eerste beslissingen na de wettelijke termijn")
        case .appealsLodged: T(en: "Appeals lodged", nl: "Ingestelde beroepen")
        case .courtDecisions: T(en: "Appeals decided by the courts", nl: "Beroepen beslist door de rechter")
        case .appealsWon: T(en: "Appeals won", nl: "Gegronde beroepen")
        case .reviewRepairs: T(en: "Decisions repaired by the extra review", nl: "Besluiten hersteld door de extra toets")
        case .transfersOut: T(en: "Transferred to the responsible member state", nl: "Overgedragen aan de verantwoordelijke lidstaat")
        case .transferDeadlinesMissed: T(en: "Transfer deadlines passed (the Netherlands becomes responsible)", nl: "Overdrachtstermijnen verstreken (Nederland wordt verantwoordelijk)")
        case .borderOverruns: T(en: "Border procedures that ran out of time", nl: "Grensprocedures die de termijn overschreden")
        case .departuresDemonstrable: T(en: "Demonstrable departures", nl: "Aantoonbaar vertrek")
        case .departuresUnknown: T(en: "Departures to an unknown destination", nl: "Vertrek met onbekende bestemming")
        case .absconded: T(en: "Left the procedure (absconded)", nl: "Met onbekende bestemming vertrokken tijdens de procedure")
        case .housed: T(en: "Status holders housed", nl: "Statushouders gehuisvest")
        case .costReception: T(en: "Cost of regular reception (euro)", nl: "Kosten reguliere opvang (euro)")
        case .costEmergency: T(en: "Cost of emergency shelter (euro)", nl: "Kosten noodopvang (euro)")
        case .costDetention: T(en: "Cost of detention (euro)", nl: "Kosten bewaring (euro)")
        case .costDecisions: T(en: "Cost of IND decisions (euro)", nl: "Kosten IND-beslissingen (euro)")
        case .costCourt: T(en: "Cost of court cases (euro)", nl: "Kosten rechtszaken (euro)")
        case .costSolidarity: T(en: "Solidarity contributions paid (euro)", nl: "Betaalde solidariteitsbijdragen (euro)")
        case .costTotal: T(en: "Total cost (euro)", nl: "Totale kosten (euro)")
        case .backlogPrePact: T(en: "Waiting for a first decision: applied before 12 June 2026", nl: "Wachtend op een eerste beslissing: aanvraag vóór 12 juni 2026")
        case .backlogNew: T(en: "Waiting for a first decision: applied during the simulated period", nl: "Wachtend op een eerste beslissing: aanvraag tijdens de simulatieperiode")
        case .appealsPending: T(en: "Appeals pending in court", nl: "Aanhangige beroepen bij de rechter")
        case .dublinPending: T(en: "Waiting for a Dublin transfer", nl: "Wachtend op een Dublinoverdracht")
        case .statusHoldersWaiting: T(en: "Status holders waiting for a home", nl: "Statushouders die wachten op een woning")
        case .awaitingDeparture: T(en: "Rejected, waiting to leave", nl: "Afgewezen, in afwachting van vertrek")
        case .receptionRegular: T(en: "In regular reception places", nl: "In reguliere opvangplaatsen")
        case .receptionFamily: T(en: "In family places", nl: "In gezinsplaatsen")
        case .receptionUnaccompanied: T(en: "In places for unaccompanied minors", nl: "In plaatsen voor alleenstaande minderjarigen")
        case .emergency: T(en: "People in emergency shelter", nl: "Mensen in noodopvang")
        case .emergencyChildren: T(en: "Children in emergency shelter", nl: "Kinderen in noodopvang")
        case .detained: T(en: "People in detention", nl: "Mensen in bewaring")
        case .detainedChildren: T(en: "Children in detention", nl: "Kinderen in bewaring")
        case .allowedToWork: T(en: "Applicants allowed to work", nl: "Asielzoekers die mogen werken")
        }
    }

    static func summary(_ s: ChainSummary) -> T {
        switch s {
        case .applications: T(en: "First applications", nl: "Eerste aanvragen")
        case .firstDecisions: T(en: "First decisions", nl: "Eerste beslissingen")
        case .grants: T(en: "Protection granted (including new decisions after a won appeal)", nl: "Verleende asielvergunningen (inclusief nieuwe besluiten na een gegrond beroep)")
        case .rejections: T(en: "Rejections", nl: "Afwijzingen")
        case .appealsLodged: T(en: "Appeals lodged (against rejections, inadmissibility and transfer decisions)", nl: "Ingestelde beroepen (tegen afwijzingen, niet-ontvankelijkverklaringen en overdrachtsbesluiten)")
        case .familyArrivals: T(en: "Family members arrived", nl: "Aangekomen nareizigers")
        case .appealsPendingAtEnd: T(en: "Appeals pending at the end", nl: "Aanhangige beroepen aan het eind")
        case .departures: T(en: "Departures after rejection", nl: "Vertrek na afwijzing")
        case .absconded: T(en: "Left with an unknown destination during the procedure", nl: "Met onbekende bestemming vertrokken tijdens de procedure")
        case .transfersOut: T(en: "Dublin transfers out", nl: "Uitgaande Dublinoverdrachten")
        case .relocationsIn: T(en: "Relocations in", nl: "Relocaties naar Nederland")
        case .housed: T(en: "Status holders housed (including those waiting at the start, family members and resettled refugees)", nl: "Gehuisveste statushouders (inclusief wie bij de start wachtte, nareizigers en hervestigden)")
        case .shareFirstDecisionsLate: T(en: "Share of first decisions after the legal time limit", nl: "Aandeel eerste beslissingen na de wettelijke termijn")
        case .daysToFirstDecisionMedianPrePact: T(en: "Days to first decision, median: applied before 12 June 2026", nl: "Dagen tot eerste beslissing, mediaan: aanvraag vóór 12 juni 2026")
        case .daysToFirstDecisionP90PrePact: T(en: "Days to first decision, 90th percentile: applied before 12 June 2026", nl: "Dagen tot eerste beslissing, 90e percentiel: aanvraag vóór 12 juni 2026")
        case .daysToFirstDecisionMedianNew: T(en: "Days to first decision, median: new applications", nl: "Dagen tot eerste beslissing, mediaan: nieuwe aanvragen")
        case .daysToFirstDecisionP90New: T(en: "Days to first decision, 90th percentile: new applications", nl: "Dagen tot eerste beslissing, 90e percentiel: nieuwe aanvragen")
        case .daysToFinalDecisionMedianPrePact: T(en: "Days to final decision, median: applied before 12 June 2026", nl: "Dagen tot definitieve beslissing, mediaan: aanvraag vóór 12 juni 2026")
        case .daysToFinalDecisionP90PrePact: T(en: "Days to final decision, 90th percentile: applied before 12 June 2026", nl: "Dagen tot definitieve beslissing, 90e percentiel: aanvraag vóór 12 juni 2026")
        case .daysToFinalDecisionMedianNew: T(en: "Days to final decision, median: new applications", nl: "Dagen tot definitieve beslissing, mediaan: nieuwe aanvragen")
        case .daysToFinalDecisionP90New: T(en: "Days to final decision, 90th percentile: new applications", nl: "Dagen tot definitieve beslissing, 90e percentiel: nieuwe aanvragen")
        case .waitingAtEndPrePact: T(en: "Still waiting for a first decision at the end: applied before 12 June 2026", nl: "Nog wachtend op een eerste beslissing aan het eind: aanvraag vóór 12 juni 2026")
        case .waitingAtEndNew: T(en: "Still waiting for a first decision at the end: new applications", nl: "Nog wachtend op een eerste beslissing aan het eind: nieuwe aanvragen")
        case .emergencyMean: T(en: "People in emergency shelter, average", nl: "Mensen in noodopvang, gemiddeld")
        case .emergencyChildrenMean: T(en: "Children in emergency shelter, average", nl: "Kinderen in noodopvang, gemiddeld")
        case .emergencyChildrenPeak: T(en: "Children in emergency shelter, highest day", nl: "Kinderen in noodopvang, hoogste dag")
        case .detentionDays: T(en: "Days in detention, all persons, over the whole run", nl: "Dagen in bewaring, alle personen, over de hele looptijd")
        case .detentionDaysChildren: T(en: "Days in detention, children, over the whole run", nl: "Dagen in bewaring, kinderen, over de hele looptijd")
        case .allowedToWorkMean: T(en: "Applicants allowed to work, average", nl: "Asielzoekers die mogen werken, gemiddeld")
        case .statusHoldersWaitingMean: T(en: "Status holders waiting for a home, average", nl: "Statushouders die wachten op een woning, gemiddeld")
        case .costTotal: T(en: "Total cost (euro)", nl: "Totale kosten (euro)")
        case .unaccounted: T(en: "People not accounted for (model check; must be 0)", nl: "Niet-verantwoorde personen (modelcontrole; hoort 0 te zijn)")
        }
    }

    /// The questions of the letters in ../shared/sources, each with the series and figures that answer it.
    struct Question {
        let title: T
        let explanation: T
        let charts: [ChainMetric]
        let figures: [ChainSummary]
        /// The scenario assumption that is the same for every profile and that the question turns on.
        var runNoteKey: String? = nil
    }

    static func runNote(_ value: String, _ lang: Language) -> String {
        lang == .nl ? "In deze run geldt voor elk beleid: \(value). Draai het scenario opnieuw met een andere keuze om die te vergelijken."
                    : "In this run every policy has: \(value). Run the scenario again with another choice to compare."
    }

    static func unit(_ m: ChainMetric) -> T {
        if m.isCost { return T(en: "euro per month", nl: "euro per maand") }
        switch m.kind {
        case .flow: return T(en: "persons per month", nl: "personen per maand")
        case .stock: return T(en: "persons, end of month", nl: "personen, eind van de maand")
        case .average: return T(en: "persons, monthly average", nl: "personen, gemiddeld per maand")
        }
    }

    static func tableCaption(_ months: Int) -> T {
        T(en: "Over the \(months) months of the run: mean [95 % interval]", nl: "Over de \(months) maanden van de looptijd: gemiddelde [95%-interval]")
    }

    static func trend(_ policy: String, _ first: String, _ top: String, _ last: String, _ lang: Language) -> String {
        lang == .nl ? "\(policy): begint bij \(first), hoogste maand \(top), eindigt bij \(last)."
                    : "\(policy): starts at \(first), highest month \(top), ends at \(last)."
    }

    static let coincide = T(en: "The lines of all policies coincide.", nl: "De lijnen van alle beleidsvarianten vallen samen.")

    static let questions: [Question] = [
        Question(title: T(en: "Does putting new applications first make the old backlog wait longer?",
                          nl: "Moet de oude voorraad langer wachten als nieuwe aanvragen voorrang krijgen?"),
                 explanation: T(en: "People waiting for a first IND decision, split into those who applied before the Pact took effect (12 June 2026, former law) and those who applied during the simulated period. The IND's order (new first, oldest first, or a share for each group) is an assumption of the scenario, the same for every policy.",
                                nl: "Mensen die wachten op een eerste beslissing van de IND, uitgesplitst naar aanvragen van vóór 12 juni 2026, de datum waarop het Pact van toepassing werd (oud recht), en aanvragen tijdens de simulatieperiode. De volgorde van de IND (nieuw eerst, oudste eerst, of een deel voor elke groep) is een aanname van het scenario, gelijk voor elk beleid."),
                 charts: [.backlogPrePact, .backlogNew],
                 figures: [.daysToFirstDecisionMedianPrePact, .daysToFirstDecisionP90PrePact, .daysToFirstDecisionMedianNew, .daysToFirstDecisionP90New,
                           .daysToFinalDecisionMedianPrePact, .daysToFinalDecisionMedianNew, .waitingAtEndPrePact, .waitingAtEndNew, .shareFirstDecisionsLate],
                 runNoteKey: "priority"),
        Question(title: T(en: "Does dropping the notice of intended rejection (voornemen) and free legal aid before the interview shift work to the courts?",
                          nl: "Verschuift het schrappen van het voornemen en van rechtsbijstand vóór het gehoor werk naar de rechter?"),
                 explanation: T(en: "Appeals lodged and pending. The appeal rate and the share of appeals won per profile are assumptions of the scenario, stated with their source; the rules decide which decisions can be appealed and within how many days.",
                                nl: "Ingestelde en aanhangige beroepen. Het aandeel dat in beroep gaat en het aandeel gegronde beroepen per beleid zijn aannames van het scenario, met hun bron; de regels bepalen tegen welke besluiten beroep openstaat en binnen hoeveel dagen."),
                 charts: [.appealsLodged, .appealsPending],
                 figures: [.appealsLodged, .appealsPendingAtEnd, .rejections]),
        Question(title: T(en: "Does the two-status system reduce family reunification?",
                          nl: "Leidt het tweestatusstelsel tot minder gezinshereniging?"),
                 explanation: T(en: "Family members arriving after a grant of protection. The waiting period and the income and housing conditions come from each profile's rules for refugees and for subsidiary protection; the share that has family abroad and the share that meets the conditions are assumptions.",
                                nl: "Gezinsleden die na verlening van een asielvergunning naar Nederland komen (nareizigers). De wachttijd en de inkomens- en huisvestingseisen komen uit de regels van elk beleid voor vluchtelingen en voor subsidiaire bescherming; het aandeel met gezin in het buitenland en het aandeel dat aan de eisen voldoet zijn aannames."),
                 charts: [.familyArrivals],
                 figures: [.familyArrivals, .grants]),
        Question(title: T(en: "How many children stay in emergency shelter?",
                          nl: "Hoeveel kinderen verblijven in de noodopvang?"),
                 explanation: T(en: "Whoever does not fit in a reception place of their kind (regular, family, unaccompanied minor) is counted in emergency shelter; children are counted by the share of minors among those needing that kind of place.",
                                nl: "Wie geen opvangplaats van het juiste type krijgt (regulier, gezinsplaats, alleenstaande minderjarige), telt mee in de noodopvang; het aantal kinderen is geschat met het aandeel minderjarigen onder de mensen die zo'n plaats nodig hebben."),
                 charts: [.emergencyChildren, .emergency],
                 figures: [.emergencyChildrenMean, .emergencyChildrenPeak, .emergencyMean, .statusHoldersWaitingMean]),
        Question(title: T(en: "Does paying instead of relocating change much for reception?",
                          nl: "Verandert betalen in plaats van relocatie veel voor de opvang?"),
                 explanation: T(en: "Occupancy of regular reception, relocations taken in and solidarity contributions paid. The form of solidarity is an assumption of the scenario, the same for every policy.",
                                nl: "Bezetting van de reguliere opvang, opgenomen relocaties en betaalde solidariteitsbijdragen. De vorm van solidariteit is een aanname van het scenario, gelijk voor elk beleid."),
                 charts: [.receptionRegular, .costSolidarity],
                 figures: [.relocationsIn, .costTotal],
                 runNoteKey: "solidarity.mode"),
        Question(title: T(en: "How many applicants may work?",
                          nl: "Hoeveel asielzoekers mogen werken?"),
                 explanation: T(en: "Adults still in the procedure on or after the day each policy's rules open the labour market to them (Reception Conditions Directive, Art 17). A scenario setting can fix the waiting time before work at one, three or six months for all policies.",
                                nl: "Volwassenen die nog in de procedure zijn op of na de dag waarop de regels van het beleid de arbeidsmarkt voor hen openen (Opvangrichtlijn, art. 17). Met een scenario-instelling kan de wachttijd voor werk voor alle beleidsvarianten op één, drie of zes maanden worden gezet."),
                 charts: [.allowedToWork],
                 figures: [.allowedToWorkMean]),
        Question(title: T(en: "Decisions, transfers, detention and departures",
                          nl: "Beslissingen, overdrachten, bewaring en vertrek"),
                 explanation: T(en: "First decisions per month, those taken in the border and the accelerated procedure (the routes the rules gave), and people in detention. Detention is used only where the policy's rules permit it for that applicant and a place of the right kind is free; a policy whose rules do not permit it for the simulated applicants shows none.",
                                nl: "Eerste beslissingen per maand, die in de grens- en de versnelde procedure (de routes die de regels gaven), en mensen in bewaring. Bewaring wordt alleen gebruikt waar de regels van het beleid het voor die asielzoeker toelaten en er een plaats van het juiste type vrij is; een beleid waarvan de regels het voor de gesimuleerde asielzoekers niet toelaten, laat geen bewaring zien."),
                 charts: [.firstDecisions, .decisionsBorder, .decisionsAccelerated, .detained],
                 figures: [.firstDecisions, .transfersOut, .departures, .absconded, .detentionDays, .detentionDaysChildren, .housed, .unaccounted]),
    ]

    static let title = T(en: "The Dutch asylum chain under each policy", nl: "De Nederlandse asielketen onder elk beleid")
    static let intro = T(en: "Each simulated applicant is decided by the same rules as the Waarborg assessment of a single case, under each policy in turn: screening, Dublin, admissibility, border, accelerated or regular procedure, and the legal time limits of that route. A policy is a complete set of rules under which every case is decided. The scenario's capacities decide when things actually happen. Every figure is the mean over the simulation runs. The bracketed range and the shaded band are a 95 % interval for that mean: they show only the random variation between runs, not the uncertainty in the assumptions (inflow, appeal rates, capacities), which is much larger. The figures are model results resting on the assumptions listed at the end of this page, not forecasts.",
                           nl: "Elke gesimuleerde asielzoeker wordt behandeld volgens dezelfde regels als in de Waarborg-beoordeling van één zaak, onder elk beleid om de beurt: screening, Dublin, ontvankelijkheid, grens-, versnelde of gewone procedure, en de wettelijke termijnen van die route. Een beleid is een volledige set regels waaronder elke zaak wordt beslist. De capaciteit uit het scenario bepaalt wanneer iets werkelijk gebeurt. Elk getal is het gemiddelde over de simulatieruns. Het bereik tussen haken en de gekleurde band zijn een 95%-interval voor dat gemiddelde: ze laten alleen de toevalsvariatie tussen de runs zien, niet de onzekerheid in de aannames (instroom, beroepspercentages, capaciteit). Die is veel groter. De cijfers zijn modeluitkomsten op basis van de aannames onderaan deze pagina, geen voorspellingen.")
    static let profiles = T(en: "Policies compared", nl: "Vergeleken beleidsvarianten")
    static let figure = T(en: "Measure", nl: "Uitkomst")
    static let assumptions = T(en: "Assumptions and their sources", nl: "Aannames en hun bronnen")
    static let assumptionsIntro = T(en: "Every figure the model takes from the world, as the scenario states it. Sources and notes are in the scenario's own language. Confidence marks in the notes: A = official primary source, B = reputable secondary source reporting official data, C = weak or single secondary source, U = unverified or assumed.",
                                    nl: "Elk gegeven dat het model uit de werkelijkheid haalt, zoals het scenario het vermeldt. Bronnen en toelichting staan in de taal van het scenario. Betrouwbaarheid in de toelichting: A = officiële primaire bron, B = betrouwbare secundaire bron over officiële cijfers, C = zwakke of enkele secundaire bron, U = niet geverifieerd of aangenomen.")
    static let key = T(en: "Assumption", nl: "Aanname")
    static let value = T(en: "Value", nl: "Waarde")
    static let source = T(en: "Source", nl: "Bron")
    static let note = T(en: "Note", nl: "Toelichting")
    static let receipt = T(en: "Receipt", nl: "Verantwoording")
    static let scenario = T(en: "Scenario", nl: "Scenario")
    static let scenarioHash = T(en: "Scenario hash", nl: "Hash van het scenario")
    static let engine = T(en: "Engine", nl: "Rekenkern")
    static let seed = T(en: "Seed", nl: "Startwaarde (seed)")
    static let replications = T(en: "Replications", nl: "Herhalingen")
    static let profileHash = T(en: "Policy hash", nl: "Hash van het beleid")
    static let casesDecided = T(en: "distinct cases decided by the rules", nl: "verschillende zaken beslist door de regels")
    static let period = T(en: "Period", nl: "Periode")
    static let months = T(en: "months from", nl: "maanden vanaf")
    static let perMonth = T(en: "per month", nl: "per maand")
    static let notReached = T(en: "not reached in the run", nl: "niet bereikt in de looptijd")
    static let limits = T(en: "Limits of the model", nl: "Grenzen van het model")
    static let limitsText: [T] = [
        T(en: "Deadlines are computed for the first day of each month (June 2026 is split at 12 June) and applied to each person's day of application; a date may differ by the few days a weekend or holiday moves a period end.",
          nl: "Termijnen worden berekend voor de eerste dag van elke maand (juni 2026 is op 12 juni in tweeën gedeeld) en toegepast op de aanvraagdag van elke persoon; een datum kan enkele dagen afwijken doordat een weekend of feestdag het einde van een termijn verschuift."),
        T(en: "An appeal without automatic suspensive effect is treated like one with it: the person stays in reception until the court decides.",
          nl: "Een beroep zonder automatische schorsende werking wordt behandeld alsof het wél schorsende werking heeft: de persoon blijft in de opvang tot de rechter beslist."),
        T(en: "Times to a first and to a final decision count only the cases that reached one within the run, so they understate waiting and cannot be compared with each other; the number still waiting for a first decision is shown beside them.",
          nl: "De tijd tot een eerste en tot een definitieve beslissing is alleen berekend voor zaken die er binnen de simulatieperiode een kregen; ze onderschatten de wachttijd en zijn niet met elkaar te vergelijken. Het aantal dat nog op een eerste beslissing wacht staat ernaast."),
        T(en: "Households apply together and get one decision; capacities are counted in persons.",
          nl: "Een huishouden doet één aanvraag en krijgt één beslissing; capaciteit wordt in personen geteld."),
    ]
}

extension ChainWords {
    /// The words for one part of an assumption's key, so the table names each assumption as a
    /// reader would (`capacity.ind.regular` reads "Capacity · IND decisions per month · regular procedure").
    static let keyParts: [String: T] = [
        "inflow": T(en: "Inflow", nl: "Instroom"),
        "applicationsPerMonth": T(en: "first applications per month", nl: "eerste aanvragen per maand"),
        "nationalities": T(en: "nationalities, shares and grant rates", nl: "nationaliteiten, aandelen en inwilligingspercentages"),
        "unaccompaniedShare": T(en: "share of unaccompanied minors", nl: "aandeel alleenstaande minderjarigen"),
        "familyShare": T(en: "share of parents with children", nl: "aandeel ouders met kinderen"),
        "childrenPerFamily": T(en: "children per family", nl: "kinderen per gezin"),
        "airportShare": T(en: "share arriving at Schiphol", nl: "aandeel dat aankomt op Schiphol"),
        "priorRegistrationShare": T(en: "share registered in another member state", nl: "aandeel geregistreerd in een andere lidstaat"),
        "priorRegistrationStates": T(en: "member states of earlier registration", nl: "lidstaten van eerdere registratie"),
        "findings": T(en: "shares of adverse findings", nl: "aandelen tegenwerpingen"),
        "familyAbroadShare": T(en: "share of grantees with family abroad", nl: "aandeel vergunninghouders met gezin in het buitenland"),
        "familyAbroadSize": T(en: "family members abroad per grantee", nl: "gezinsleden in het buitenland per vergunninghouder"),
        "shocks": T(en: "extra inflow", nl: "extra instroom"),
        "familyPipelinePerMonth": T(en: "family members of earlier grantees arriving per month", nl: "gezinsleden van eerdere vergunninghouders die per maand aankomen"),
        "backlog": T(en: "Backlog of applications made before 12 June 2026", nl: "Voorraad aanvragen van vóór 12 juni 2026"),
        "statusHoldersWaiting": T(en: "status holders waiting for a home at the start", nl: "statushouders die bij de start op een woning wachten"),
        "byAgeMonths": T(en: "persons by months waited", nl: "personen naar maanden wachttijd"),
        "capacity": T(en: "Capacity", nl: "Capaciteit"),
        "ind": T(en: "IND decisions per month", nl: "IND-beslissingen per maand"),
        "court": T(en: "appeals decided per month", nl: "beroepen beslist per maand"),
        "reception": T(en: "reception places", nl: "opvangplaatsen"),
        "housingPerMonth": T(en: "status holders housed per month", nl: "statushouders gehuisvest per maand"),
        "detention": T(en: "detention places", nl: "plaatsen in bewaring"),
        "adult": T(en: "adults", nl: "volwassenen"),
        "family": T(en: "families (family places)", nl: "gezinnen (gezinsplaatsen)"),
        "detention.family": T(en: "families (the closed family facility)", nl: "gezinnen (de gesloten gezinsvoorziening)"),
        "processing": T(en: "Processing", nl: "Behandeling"),
        "screeningDays": T(en: "days of screening", nl: "dagen screening"),
        "preparation": T(en: "days before a case can be decided", nl: "dagen voordat een zaak beslist kan worden"),
        "courtPreparation": T(en: "days before an appeal can be heard", nl: "dagen voordat een beroep behandeld kan worden"),
        "behaviour": T(en: "Behaviour", nl: "Gedrag"),
        "grantFactor": T(en: "grant rate factor", nl: "factor op het inwilligingspercentage"),
        "grantAfterSuccessfulAppeal": T(en: "grants after a won appeal", nl: "inwilligingen na een gegrond beroep"),
        "appeal": T(en: "appeals", nl: "beroep"),
        "rate": T(en: "share appealing", nl: "aandeel dat beroep instelt"),
        "success": T(en: "share won", nl: "aandeel gegrond"),
        "transferSuccess": T(en: "share of Dublin transfers carried out", nl: "aandeel uitgevoerde Dublinoverdrachten"),
        "abscondingPerMonth": T(en: "absconding per month", nl: "onttrekking aan toezicht per maand"),
        "procedure": T(en: "during the procedure", nl: "tijdens de procedure"),
        "rejected": T(en: "after a final rejection", nl: "na een definitieve afwijzing"),
        "departure": T(en: "departure", nl: "vertrek"),
        "demonstrableShare": T(en: "share demonstrable", nl: "aandeel aantoonbaar"),
        "delayDays": T(en: "days until it happens", nl: "dagen tot het gebeurt"),
        "familyFollowing": T(en: "family reunification", nl: "gezinshereniging"),
        "conditionsMetShare": T(en: "share meeting income and housing conditions", nl: "aandeel dat aan inkomens- en huisvestingseisen voldoet"),
        "profiles": T(en: "Per policy", nl: "Per beleid"),
        "priority": T(en: "Order of IND decisions", nl: "Volgorde van IND-beslissingen"),
        "solidarity": T(en: "Solidarity", nl: "Solidariteit"),
        "mode": T(en: "relocation or payment", nl: "relocatie of betaling"),
        "perYear": T(en: "persons per year", nl: "personen per jaar"),
        "resettlementPerYear": T(en: "Resettlement per year", nl: "Hervestiging per jaar"),
        "levers": T(en: "Lever", nl: "Hefboom"),
        "familyReunificationStop": T(en: "stop on family reunification", nl: "stop op gezinshereniging"),
        "extraReview": T(en: "extra review before court", nl: "extra toets vóór de rechter"),
        "workAfterMonths": T(en: "work after months", nl: "werken na maanden"),
        "ukraineTemporaryProtectionEnd": T(en: "end of temporary protection for Ukrainians", nl: "einde tijdelijke bescherming Oekraïners"),
        "costs": T(en: "Costs (euro)", nl: "Kosten (euro)"),
        "receptionPerDay": T(en: "reception per person per day", nl: "opvang per persoon per dag"),
        "emergency": T(en: "emergency shelter", nl: "noodopvang"),
        "detentionPerDay": T(en: "detention per person per day", nl: "bewaring per persoon per dag"),
        "decision": T(en: "an IND decision", nl: "een IND-beslissing"),
        "courtCase": T(en: "a court case", nl: "een rechtszaak"),
        "solidarityPerPerson": T(en: "solidarity contribution per person", nl: "solidariteitsbijdrage per persoon"),
        "regular": T(en: "regular", nl: "regulier"),
        "accelerated": T(en: "accelerated procedure", nl: "versnelde procedure"),
        "border": T(en: "border procedure", nl: "grensprocedure"),
        "admissibility": T(en: "admissibility and Dublin", nl: "ontvankelijkheid en Dublin"),
        "inadmissibility": T(en: "inadmissibility", nl: "niet-ontvankelijkheid"),
        "transfer": T(en: "Dublin transfer", nl: "Dublinoverdracht"),
        "unaccompaniedMinor": T(en: "unaccompanied minors", nl: "alleenstaande minderjarigen"),
    ]

    /// An assumption's key in words; a profile id becomes the profile's title.
    static func assumptionKey(_ key: String, lang: Language, titles: [String: LocalizedText]) -> String {
        var parts: [String] = []
        var previous = ""
        for raw in key.split(separator: ".") {
            var part = String(raw), index = ""
            defer { previous = part }
            if let w = keyParts[previous + "." + part] { parts.append(w.text(lang)); continue }
            if let b = part.firstIndex(of: "[") { index = " " + String(Int(part[part.index(after: b)...].dropLast()).map { $0 + 1 } ?? 0); part = String(part[..<b]) }
            if let w = keyParts[part] { parts.append(w.text(lang) + index) }
            else if let t = titles[part] { parts.append(t.text(lang)) }
            else { parts.append(part + index) }
        }
        return parts.joined(separator: " · ")
    }
}
