import LegalCalendar

/// English and Dutch sentences of the reception rules: the kind of reception, schooling, work, the
/// special-needs assessment and language courses (RCD Arts 16-27; APR Art 54). Apart from the rules
/// so that a wording change cannot change a decision, and a decision change shows in the rules alone.
enum ReceptionWords {
    static func schoolingLabel(_ p: LegalPeriod) -> LocalizedText {
        .init(en: "School access for the minors in this case (\(p.english) from lodging)", nl: "Toegang tot onderwijs voor de minderjarigen in deze zaak (\(p.dutch) na indiening)")
    }
    static func schooling(by d: CalendarDate) -> LocalizedText {
        .init(en: "minors in this case: access to education no later than \(d.en)", nl: "minderjarigen in deze zaak: toegang tot onderwijs uiterlijk \(d.nl)")
    }

    // Work (RCD Art 17(1); Art 21).
    static let noWorkOnAnyRoute = LocalizedText(
        en: "no access to the labour market on any route still possible: the examination would be accelerated on a ground of APR Art 42(1)(a)-(f) that holds",
        nl: "geen toegang tot de arbeidsmarkt, op welke nog mogelijke route ook: de behandeling zou worden versneld op een grond van art. 42 lid 1 onder a-f Procedureverordening die vaststaat")
    static let noWorkAccelerated = LocalizedText(
        en: "the examination is accelerated on a ground of APR Art 42(1)(a)-(f): no access to the labour market",
        nl: "de behandeling is versneld op een grond van art. 42 lid 1 onder a-f Procedureverordening: geen toegang tot de arbeidsmarkt")
    static let workUndetermined = LocalizedText(
        en: "not determined: there is no access if the examination is accelerated on a ground of APR Art 42(1)(a)-(f), and whether such a ground holds depends on a fact not given (see the open questions)",
        nl: "niet bepaald: er is geen toegang als de behandeling wordt versneld op een grond van art. 42 lid 1 onder a-f Procedureverordening, en of zo'n grond geldt hangt af van een niet opgegeven feit (zie de open vragen)")
    /// A value that only a proposal gives is marked on the timeline itself, where a reader looks first.
    static func workLabel(_ p: LegalPeriod, status: LegalStatus) -> LocalizedText {
        LocalizedText(en: "Labour-market access if no first-instance decision yet (\(p.english) from registration)",
                      nl: "Toegang tot de arbeidsmarkt als er nog geen beslissing in eerste aanleg is (\(p.dutch) na registratie)")
            + (status == .proposed || status == .rejected
                ? .init(en: " — only under a proposal, not the law in force", nl: " — alleen volgens een voorstel, geen geldend recht")
                : .init(en: "", nl: ""))
    }
    static func work(from d: CalendarDate, _ p: LegalPeriod, status: LegalStatus) -> LocalizedText {
        .init(en: "access from \(d.en) if no first-instance decision has been taken and the delay is not the applicant's doing (\(p.english) under this profile; \(StatusWords.name(status).en))",
              nl: "toegang vanaf \(d.nl) als er nog geen beslissing in eerste aanleg is en de vertraging niet aan de aanvrager ligt (\(p.dutch) volgens dit beleidsprofiel; \(StatusWords.name(status).nl))")
    }

    /// RCD Art 21; AMMR Art 17(4): the right ends once a transfer decision is notified.
    static func workEndsIfTransfer(_ me: CountryCode) -> LocalizedText {
        .init(en: "; if an answer to the open questions leads to a transfer, \(me) no longer gives access once a transfer decision has been notified (RCD Art 21; AMMR Art 17(4))",
              nl: "; leidt een antwoord op de open vragen tot overdracht, dan geeft \(me) geen toegang meer zodra een overdrachtsbesluit is bekendgemaakt (art. 21 Opvangrichtlijn; art. 17 lid 4 Asiel- en migratiebeheerverordening)")
    }
    static let dublinMinimumIfTransfer = LocalizedText(
        en: "; if an answer leads to a transfer, once a transfer decision has been notified only the reduced reception of RCD Art 21 remains",
        nl: "; leidt een antwoord tot overdracht, dan blijft zodra een overdrachtsbesluit is bekendgemaakt alleen de beperkte opvang van art. 21 Opvangrichtlijn")
    static func workEndsWithTransferDecision(_ me: CountryCode) -> LocalizedText {
        .init(en: "; once a transfer decision has been notified, \(me) no longer gives access (RCD Art 21; AMMR Art 17(4))",
              nl: "; zodra een overdrachtsbesluit is bekendgemaakt, geeft \(me) geen toegang meer (art. 21 Opvangrichtlijn; art. 17 lid 4 Asiel- en migratiebeheerverordening)")
    }

    // The kind of reception.
    static let formerLaw = LocalizedText(
        en: "former law: material reception conditions from the making of the application, also while a Dublin transfer is pending",
        nl: "oud recht: materiële opvangvoorzieningen vanaf het doen van de aanvraag, ook zolang een Dublinoverdracht loopt")
    static func unaccompaniedMinor(transfer: Bool) -> LocalizedText {
        transfer
            ? .init(en: "unaccompanied minor: reception suited to minors, also while the transfer is pending; the Dublin minimum of RCD Art 21 does not apply to a child alone",
                    nl: "alleenstaande minderjarige: opvang die past bij minderjarigen, ook zolang de overdracht loopt; het Dublinminimum van art. 21 Opvangrichtlijn geldt niet voor een kind alleen")
            : .init(en: "unaccompanied minor: reception suited to minors", nl: "alleenstaande minderjarige: opvang die past bij minderjarigen")
    }
    static let dublinMinimum = LocalizedText(
        en: "another member state is responsible: full reception until a transfer decision is notified; from then, outside the responsible state, only the standard of living EU law requires (basic needs, health care, schooling for children)",
        nl: "een andere lidstaat is verantwoordelijk: volledige opvang tot een overdrachtsbesluit is bekendgemaakt; daarna, buiten de verantwoordelijke staat, alleen de levensstandaard die het Unierecht vereist (basisbehoeften, zorg, onderwijs voor kinderen)")
    static let fullUntilTransfer = LocalizedText(
        en: "another member state is responsible, but the profile keeps full reception until the transfer",
        nl: "een andere lidstaat is verantwoordelijk, maar dit beleidsprofiel houdt volledige opvang aan tot de overdracht")
    static let borderFamily = LocalizedText(
        en: "family with minor children in the border procedure: a facility suited to families",
        nl: "gezin met minderjarige kinderen in de grensprocedure: een voorziening die past bij gezinnen")
    static let border = LocalizedText(
        en: "border procedure: residence at or near the border or another designated location",
        nl: "grensprocedure: verblijf aan of nabij de grens of op een andere aangewezen locatie")
    static func regular(routeOpen: Bool) -> LocalizedText {
        routeOpen
            ? .init(en: "the route is undetermined; until it is known, material reception conditions apply from the making of the application",
                    nl: "de route staat niet vast; tot die bekend is gelden de materiële opvangvoorzieningen vanaf het doen van de aanvraag")
            : .init(en: "material reception conditions from the making of the application", nl: "materiële opvangvoorzieningen vanaf het doen van de aanvraag")
    }

    static func specialNeeds(by d: CalendarDate, _ p: LegalPeriod) -> LocalizedText {
        .init(en: "special reception needs are assessed as early as possible and completed by \(d.en) (\(p.english) from making)",
              nl: "bijzondere opvangbehoeften worden zo vroeg mogelijk beoordeeld, uiterlijk \(d.nl) (\(p.dutch) na het doen van de aanvraag)")
    }
    static func languageCourses(_ policy: LanguageCoursePolicy) -> LocalizedText {
        switch policy {
        case .all: .init(en: "language courses for every applicant from the start", nl: "taallessen voor elke aanvrager vanaf het begin")
        case .none: .init(en: "no language courses during the procedure (the Pact does not require them)", nl: "geen taallessen tijdens de procedure (het Pact vereist ze niet)")
        case .goodProspectsOnly: .init(en: "language courses only for applicants with good prospects", nl: "taallessen alleen voor kansrijke aanvragers")
        }
    }
}
