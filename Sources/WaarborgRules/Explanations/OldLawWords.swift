import LegalCalendar

/// English and Dutch sentences of the old-law rules (applications made before 12 June 2026).
enum OldLawWords {
    static let dublinTransfer = LocalizedText(en: "another member state is responsible under Dublin III: ", nl: "een andere lidstaat is verantwoordelijk volgens Dublin III: ")
    static let nationalExamination = LocalizedText(
        en: "the Netherlands examines the application under the Vreemdelingenwet 2000 as it stood (general or extended asylum procedure); the Pact's border, accelerated and inadmissibility routes do not apply to it",
        nl: "Nederland behandelt de aanvraag volgens de Vreemdelingenwet 2000 zoals die gold (algemene of verlengde asielprocedure); de grens-, versnelde en niet-ontvankelijkheidsroutes van het Pact gelden er niet voor")
    static let dublinOpen = LocalizedText(en: "whether another member state is responsible under Dublin III is open: ", nl: "of een andere lidstaat volgens Dublin III verantwoordelijk is, staat open: ")

    static let regime = LocalizedText(
        en: "the former law applies (APR Art 79(2)): the recast Procedures Directive 2013/32/EU and Reception Directive 2013/33/EU as implemented in the Vreemdelingenwet 2000 as it stood; the Pact's screening, border procedure and Pact rights do not apply to this application",
        nl: "het vroegere recht is van toepassing (art. 79 lid 2 Procedureverordening): de herschikte Procedurerichtlijn 2013/32/EU en Opvangrichtlijn 2013/33/EU zoals uitgevoerd in de Vreemdelingenwet 2000 zoals die gold; de screening, de grensprocedure en de rechten van het Pact gelden niet voor deze aanvraag")
    static let noScreening = LocalizedText(
        en: "the Screening Regulation applies only to persons who arrive from 12 June 2026 on; this application was made before",
        nl: "de Screeningsverordening geldt alleen voor wie vanaf 12 juni 2026 aankomt; deze aanvraag is eerder gedaan")
    static let lodgingNotGiven = LocalizedText(
        en: "the date the application was lodged is not given; under the former law no period fixes it, so the dates that run from it cannot be given",
        nl: "de datum waarop de aanvraag is ingediend is niet opgegeven; het oude recht kent geen termijn voor de indiening, dus de termijnen die vanaf de indiening lopen kunnen niet worden berekend")
    static func decisionIfNotTransferredLabel(_ p: LegalPeriod, transferBy: CalendarDate) -> LocalizedText {
        .init(en: "Decision due if the transfer did not take place in time and the Netherlands became responsible (\(p.english) from \(transferBy.en))",
              nl: "Uiterste beslisdatum als de overdracht niet op tijd plaatsvond en Nederland verantwoordelijk werd (\(p.dutch) na \(transferBy.nl))")
    }
    static func decisionIfNotTransferredNote(by b: LocalizedText) -> LocalizedText {
        .init(en: "the application is then examined in the Dutch procedure as for anyone under the former law: reception and work continue, and an appeal against a rejection suspends removal as a rule (Vw 2000 art 82(1)); \(b.en) may extend the period as in any case",
              nl: "de aanvraag wordt dan in de Nederlandse procedure behandeld zoals elke aanvraag onder het oude recht: opvang en werken gaan door, en beroep tegen een afwijzing heeft in de regel schorsende werking (art. 82 lid 1 Vw 2000); \(b.nl) kan de termijn verlengen zoals in elke zaak")
    }
    static func decisionLabel(_ p: LegalPeriod) -> LocalizedText {
        .init(en: "Decision due, former law (\(p.english) from lodging)", nl: "Uiterste beslisdatum, oud recht (\(p.dutch) na indiening)")
    }
    static func decision(lodged: CalendarDate, period: LegalPeriod, due: CalendarDate) -> LocalizedText {
        .init(en: "lodged on \(lodged.en): the decision is due within \(period.english), by \(due.en)",
              nl: "ingediend op \(lodged.nl): de beslissing moet binnen \(period.dutch) vallen, uiterlijk \(due.nl)")
    }
    static func extendable(months: Int, until: CalendarDate, by b: LocalizedText) -> LocalizedText {
        .init(en: "; \(b.en) may extend this in an individual case, notified to the applicant, up to \(months) months (\(until.en))",
              nl: "; \(b.nl) kan dit in een individueel geval, met bericht aan de aanvrager, verlengen tot \(months) maanden (\(until.nl))")
    }
    /// Directive 2013/32/EU Art 31(3): a further nine months on the grounds of points (a)-(c)
    /// (third subparagraph), and by way of exception three more (fourth subparagraph); the
    /// label says both, since the later date needs both extensions.
    static func extendedLabel(months: Int, extendedBy: Int, further: Int, by b: LocalizedText) -> LocalizedText {
        if further > 0 && extendedBy > 0 {
            return .init(en: "Decision due if \(b.en) extended the period in this case by \(extendedBy) months and then, by way of exception, by \(further) more (\(months) months from lodging)",
                         nl: "Uiterste beslisdatum als \(b.nl) de termijn in deze zaak met \(extendedBy) maanden heeft verlengd en daarna, bij uitzondering, met nog \(further) (\(months) maanden na indiening)")
        }
        return .init(en: "Decision due if \(b.en) extended the period in this case (\(months) months from lodging)",
                     nl: "Uiterste beslisdatum als \(b.nl) de termijn in deze zaak heeft verlengd (\(months) maanden na indiening)")
    }
    static func individualExtensionNote(by b: LocalizedText) -> LocalizedText { .init(
        en: "only if \(b.en) decided an extension and told the applicant; without that notice the statutory period applies",
        nl: "alleen als \(b.nl) tot verlenging heeft besloten en dat aan de aanvrager heeft laten weten; zonder dat bericht geldt de wettelijke termijn") }
    static func generalLabel(months: Int) -> LocalizedText {
        .init(en: "Decision due under the general extension by national measure (\(months) months from lodging), if it is lawful",
              nl: "Uiterste beslisdatum onder de algemene verlenging bij nationale maatregel (\(months) maanden na indiening), als die rechtmatig is")
    }
    static func generalExtensionNote(status: LegalStatus) -> LocalizedText {
        .init(en: "the general extension (WBV 2022/22 and its successors) is contested: the Court of Justice held in C-662/23 Zimir (8 May 2025) that it needs a sharp rise in applications over a short period, and Dutch district courts are divided on the 2023 measures: several found them unlawful, others upheld them, so check the ruling that applies to the case (legal status of the value: \(StatusWords.name(status).en))",
              nl: "de algemene verlenging (WBV 2022/22 en opvolgers) wordt betwist: het Hof van Justitie oordeelde in C-662/23 Zimir (8 mei 2025) dat die een scherpe stijging van aanvragen in korte tijd vraagt, en de rechtbanken zijn verdeeld over de maatregelen van 2023: verschillende vonden ze onrechtmatig, andere lieten ze in stand, dus ga na welke uitspraak voor deze zaak geldt (juridische status van de waarde: \(StatusWords.name(status).nl))")
    }
    static func general(until: CalendarDate, status: LegalStatus) -> LocalizedText {
        .init(en: "; a general extension by national measure would move it to \(until.en), but several courts have held such extensions unlawful (status: \(StatusWords.name(status).en))",
              nl: "; een algemene verlenging bij nationale maatregel zou de datum naar \(until.nl) verschuiven, maar verschillende rechters hebben zulke verlengingen onrechtmatig bevonden (status: \(StatusWords.name(status).nl))")
    }
    static let outerLabel = LocalizedText(en: "Outer limit of the examination (21 months from lodging)", nl: "Uiterste grens van de behandeling (21 maanden na indiening)")
    static func outer(_ d: CalendarDate) -> LocalizedText {
        .init(en: "; in no case later than 21 months from lodging, \(d.en) (Directive 2013/32/EU Art 31(5))",
              nl: "; in geen geval later dan 21 maanden na indiening, \(d.nl) (art. 31 lid 5 Richtlijn 2013/32/EU)")
    }
    static func appealTransfer(_ days: Int) -> LocalizedText {
        .init(en: "former law: appeal against the decision not to examine the application (another state is responsible) within \(days) days (Vw 2000 art 69(2)); the appeal does not stop the transfer (art 82(2)): ask the court for a provisional measure",
              nl: "oud recht: beroep tegen het besluit de aanvraag niet in behandeling te nemen (een andere staat is verantwoordelijk) binnen \(days) dagen (art. 69 lid 2 Vw 2000); het beroep houdt de overdracht niet tegen (art. 82 lid 2): vraag de voorzieningenrechter om een voorlopige voorziening")
    }
    static func appealNational(short: Int, regular: Int, status: LegalStatus) -> LocalizedText {
        .init(en: "former law: appeal within \(short) days against a rejection in the general asylum procedure or as manifestly unfounded or inadmissible, and within \(regular) days against a rejection in the extended procedure (Vw 2000 art 69); until the decision says which, the shorter period is shown. The appeal suspends removal as a rule (art 82(1)), but not against a rejection as inadmissible or manifestly unfounded (art 82(2)): then ask the court for a provisional measure (status: \(StatusWords.name(status).en))",
              nl: "oud recht: beroep binnen \(short) dagen tegen een afwijzing in de algemene asielprocedure of als kennelijk ongegrond of niet-ontvankelijk, en binnen \(regular) dagen tegen een afwijzing in de verlengde procedure (art. 69 Vw 2000); tot het besluit zegt welke, staat hier de kortste. Het beroep schorst de uitzetting in de regel (art. 82 lid 1), maar niet tegen een afwijzing als niet-ontvankelijk of kennelijk ongegrond (art. 82 lid 2): vraag dan de voorzieningenrechter om een voorlopige voorziening (status: \(StatusWords.name(status).nl))")
    }
    /// The rights line of the former law's national route, where the period and the effect both
    /// hang on the kind of decision, which the case cannot say before it is taken.
    static func appealDependsOn(short: Int, regular: Int) -> LocalizedText {
        .init(en: "within \(short) days against a rejection in the general asylum procedure or as inadmissible or manifestly unfounded, within \(regular) days in the extended procedure (Vw 2000 art 69); the appeal suspends removal as a rule (art 82(1)), but not against a rejection as inadmissible or manifestly unfounded (art 82(2)). Until the decision says which, count on \(short) days.",
              nl: "binnen \(short) dagen tegen een afwijzing in de algemene asielprocedure of als niet-ontvankelijk of kennelijk ongegrond, binnen \(regular) dagen in de verlengde asielprocedure (art. 69 Vw 2000); het beroep heeft in de regel schorsende werking (art. 82 lid 1), maar niet tegen een afwijzing als niet-ontvankelijk of kennelijk ongegrond (art. 82 lid 2). Houd tot het besluit er is \(short) dagen aan.")
    }
    static let appealOnRequestIf = LocalizedText(
        en: "Against a rejection as inadmissible or manifestly unfounded: ask the court (the judge for interim relief) for a provisional measure, together with the appeal.",
        nl: "Bij een afwijzing als niet-ontvankelijk of kennelijk ongegrond: vraag de voorzieningenrechter om een voorlopige voorziening, tegelijk met het beroep.")
    /// CJEU 14 January 2021, K.S. and M.H.K., C-322/19 and C-385/19.
    static let labourDuringDublin = LocalizedText(
        en: "; a pending Dublin transfer does not take this away (CJEU C-322/19 and C-385/19, 14 January 2021)",
        nl: "; een lopende Dublinoverdracht doet daar niet aan af (HvJ EU C-322/19 en C-385/19, 14 januari 2021)")
    static func labourLabel(_ p: LegalPeriod) -> LocalizedText {
        .init(en: "Work allowed if no first-instance decision yet (\(p.english) from lodging, former law)",
              nl: "Werken toegestaan als er nog geen beslissing in eerste aanleg is (\(p.dutch) na indiening, oud recht)")
    }
    static func labour(_ d: CalendarDate, _ p: LegalPeriod, status: LegalStatus) -> LocalizedText {
        .init(en: "former law: work is allowed from \(d.en), \(p.english) after lodging, if no first-instance decision has been taken and the delay is not the applicant's doing (status: \(StatusWords.name(status).en))",
              nl: "oud recht: werken is toegestaan vanaf \(d.nl), \(p.dutch) na indiening, als er nog geen beslissing in eerste aanleg is en de vertraging niet aan de aanvrager ligt (status: \(StatusWords.name(status).nl))")
    }
    static let legalAid = LocalizedText(
        en: "former law: legal help at first instance as the law stood (a free lawyer from the start of the procedure), and a free lawyer in appeal (Directive 2013/32/EU Art 20)",
        nl: "oud recht: rechtshulp in eerste aanleg zoals het oude recht die gaf (een kosteloze advocaat vanaf het begin van de procedure), en een kosteloze advocaat in beroep (art. 20 Richtlijn 2013/32/EU)")
}

/// Plain words for a parameter's legal status, in both languages: `name` in sentences, `short`
/// beside a value in a table.
public enum StatusWords {
    public static func short(_ s: LegalStatus) -> LocalizedText {
        switch s {
        case .inForce: .init(en: "in force", nl: "van kracht")
        case .adopted: .init(en: "adopted", nl: "aangenomen")
        case .proposed: .init(en: "proposed", nl: "voorgesteld")
        case .rejected: .init(en: "rejected", nl: "verworpen")
        case .unverified: .init(en: "unverified", nl: "niet gecontroleerd")
        }
    }

    public static func name(_ s: LegalStatus) -> LocalizedText {
        switch s {
        case .inForce: .init(en: "in force", nl: "van kracht")
        case .adopted: .init(en: "adopted; entry into force not checked", nl: "aangenomen; inwerkingtreding niet gecontroleerd")
        case .proposed: .init(en: "only proposed, not yet law", nl: "alleen voorgesteld, nog geen recht")
        case .rejected: .init(en: "rejected or held unlawful", nl: "verworpen of onrechtmatig bevonden")
        case .unverified: .init(en: "not verified against the official text", nl: "niet aan de officiële tekst gecontroleerd")
        }
    }
}
