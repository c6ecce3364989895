import LegalCalendar

/// The English and Dutch sentences of the responsibility rules, kept apart from the logic so that
/// a lawyer reads the rule and a translator edits this file.
enum ResponsibilityWords {
    /// The event a request period runs from: registration, or the receipt of a Eurodac hit
    /// (AMMR Art 39(1)), registration standing in when the hit's date is not given.
    static func requestRunsFrom(hit: Bool, dated: Bool) -> LocalizedText {
        if !hit { return .init(en: "registration", nl: "registratie") }
        if dated { return .init(en: "receipt of the hit", nl: "ontvangst van de treffer") }
        return .init(en: "the Eurodac hit; its date is not given, so the day of registration is taken",
                     nl: "de Eurodac-treffer; de datum van de treffer is niet opgegeven, dus is uitgegaan van de dag van registratie")
    }

    static func requestLabel(_ label: LocalizedText, to state: CountryCode, period: LegalPeriod, from event: LocalizedText) -> LocalizedText {
        .init(en: "\(label.en) to \(state) due (\(period.english) from \(event.en))",
              nl: "Uiterste datum \(label.nl.lowercasingFirst) aan \(state) (\(period.dutch) na \(event.nl))")
    }

    /// A transfer runs from the acceptance, or for an AMMR take-back from the confirmation (Art 46(1)).
    static func transferLabel(to state: CountryCode, period: LegalPeriod, fromConfirmation: Bool) -> LocalizedText {
        fromConfirmation
            ? .init(en: "Transfer to \(state) (\(period.english) from the confirmation)", nl: "Overdracht aan \(state) (\(period.dutch) na de bevestiging)")
            : .init(en: "Transfer to \(state) (\(period.english) from acceptance)", nl: "Overdracht aan \(state) (\(period.dutch) na aanvaarding)")
    }

    static func requestIfHitLabel(_ label: LocalizedText, to state: CountryCode, visCounts: Bool) -> LocalizedText {
        .init(en: "\(label.en) to \(state) due if it rests on a \(visCounts ? "Eurodac or VIS" : "Eurodac") hit",
              nl: "Uiterste datum \(label.nl.lowercasingFirst) aan \(state) als het op een \(visCounts ? "Eurodac- of VIS-" : "Eurodac")treffer berust")
    }

    static func relation(_ r: FamilyRelation) -> LocalizedText {
        switch r {
        case .spouse: .init(en: "spouse", nl: "echtgenoot")
        case .unmarriedPartner: .init(en: "unmarried partner", nl: "ongehuwde partner")
        case .child: .init(en: "child", nl: "kind")
        case .parent: .init(en: "parent", nl: "ouder")
        case .sibling: .init(en: "brother or sister", nl: "broer of zus")
        case .otherRelative: .init(en: "relative", nl: "verwant")
        }
    }

    static func document(_ k: HistoryEventKind) -> LocalizedText {
        k == .visa ? .init(en: "visa", nl: "visum") : .init(en: "residence document", nl: "verblijfsdocument")
    }

    static func securityThreat(_ me: CountryCode) -> LocalizedText {
        .init(en: "there are reasonable grounds to consider the applicant a threat to internal security, and \(me) is the first member state where the application was registered: \(me) is responsible and no request is made",
              nl: "er zijn redelijke gronden om de aanvrager als een bedreiging voor de binnenlandse veiligheid te beschouwen, en \(me) is de eerste lidstaat waar de aanvraag is geregistreerd: \(me) is verantwoordelijk en er wordt geen verzoek gedaan")
    }

    static func securityOpen(_ chosen: LocalizedText, _ me: CountryCode) -> LocalizedText {
        .init(en: "\(chosen.en); but if there are reasonable grounds to consider the applicant a threat to internal security, \(me), as the first member state of registration, is responsible (AMMR Art 16(4)), and that finding is not given",
              nl: "\(chosen.nl); maar als er redelijke gronden zijn om de aanvrager als een bedreiging voor de binnenlandse veiligheid te beschouwen, is \(me) als eerste lidstaat van registratie verantwoordelijk (art. 16 lid 4 Asiel- en migratiebeheerverordening), en die bevinding is niet opgegeven")
    }

    static func cessationOpen(_ state: CountryCode) -> LocalizedText {
        .init(en: "an earlier application in \(state) was rejected or withdrawn; whether it was examined in the border procedure and when the decision became final is not given, and 15 months after such a final decision \(state)'s obligations cease (AMMR Art 37(2))",
              nl: "een eerdere aanvraag in \(state) is afgewezen of ingetrokken; of die in de grensprocedure is behandeld en wanneer het besluit onherroepelijk werd, is niet opgegeven, en 15 maanden na zo'n onherroepelijk besluit vervallen de verplichtingen van \(state) (art. 37 lid 2 Asiel- en migratiebeheerverordening)")
    }

    static func indicatedResponsibleOpen(_ state: CountryCode) -> LocalizedText {
        .init(en: "an earlier application in \(state): \(state) must take the applicant back only if Eurodac indicates it as the member state responsible (AMMR Art 36(1)(b)), which the facts do not say",
              nl: "een eerdere aanvraag in \(state): \(state) moet de aanvrager alleen terugnemen als Eurodac die staat als verantwoordelijke lidstaat aanwijst (art. 36 lid 1 onder b Asiel- en migratiebeheerverordening), wat de feiten niet zeggen")
    }

    static func takeBack(_ e: HistoryEvent, _ law: ResponsibilityLaw) -> LocalizedText {
        let outcome: LocalizedText
        switch e.outcome {
        case .pending?: outcome = .init(en: "still pending", nl: "nog in behandeling")
        case .rejected?: outcome = .init(en: "rejected", nl: "afgewezen")
        case .withdrawn?: outcome = .init(en: "withdrawn", nl: "ingetrokken")
        case .granted?, nil: outcome = .init(en: "outcome not given", nl: "uitkomst niet opgegeven")
        }
        if law.regulation == .ammr {
            return .init(en: "an earlier application in \(e.memberState) (\(outcome.en)), and Eurodac indicates \(e.memberState) as the member state responsible: \(e.memberState) must take the applicant back",
                         nl: "een eerdere aanvraag in \(e.memberState) (\(outcome.nl)), en Eurodac wijst \(e.memberState) aan als verantwoordelijke lidstaat: \(e.memberState) moet de aanvrager terugnemen")
        }
        return .init(en: "an earlier application in \(e.memberState) (\(outcome.en)): \(e.memberState) must take the applicant back",
                     nl: "een eerdere aanvraag in \(e.memberState) (\(outcome.nl)): \(e.memberState) moet de aanvrager terugnemen")
    }

    static func minorFamilyStatusOpen(_ m: FamilyMember, _ state: CountryCode) -> LocalizedText {
        let r = relation(m.relation)
        return .init(en: "a \(r.en) of the minor is in \(state); whether they are legally present there is not given",
                     nl: "een \(r.nl) van de minderjarige verblijft in \(state); of dat rechtmatig is, is niet opgegeven")
    }

    static func minorFamily(_ m: FamilyMember, _ state: CountryCode) -> LocalizedText {
        let r = relation(m.relation)
        return .init(en: "a \(r.en) of the unaccompanied minor is legally present in \(state): that state is responsible unless this is shown not to be in the child's best interests",
                     nl: "een \(r.nl) van de alleenstaande minderjarige verblijft rechtmatig in \(state): die staat is verantwoordelijk, tenzij blijkt dat dit niet in het belang van het kind is")
    }

    static func minorRelative(_ state: CountryCode) -> LocalizedText {
        .init(en: "a relative of the minor is in \(state): that state is responsible if the relative can take care of the child, which needs an individual examination",
              nl: "een verwant van de minderjarige verblijft in \(state): die staat is verantwoordelijk als de verwant voor het kind kan zorgen, wat een individueel onderzoek vraagt")
    }

    static func minorRelativeCares(_ state: CountryCode) -> LocalizedText {
        .init(en: "a relative of the minor in \(state) can take care of the child: \(state) is responsible, if this is in the child's best interests",
              nl: "een verwant van de minderjarige in \(state) kan voor het kind zorgen: \(state) is verantwoordelijk, als dat in het belang van het kind is")
    }

    static func familyWished(_ m: FamilyMember, _ state: CountryCode, beneficiary: Bool) -> LocalizedText {
        let r = relation(m.relation)
        return .init(en: "a family member (\(r.en)) is \(beneficiary ? "a beneficiary of protection" : "an applicant") in \(state), and both wish in writing to be together there: \(state) is responsible",
                     nl: "een gezinslid (\(r.nl)) is \(beneficiary ? "statushouder" : "aanvrager") in \(state), en beiden wensen schriftelijk daar samen te zijn: \(state) is verantwoordelijk")
    }

    static func minorAlone(_ me: CountryCode) -> LocalizedText {
        .init(en: "unaccompanied minor with no family member or relative in another member state: the state where the minor's application was made, \(me), is responsible",
              nl: "alleenstaande minderjarige zonder gezinslid of verwant in een andere lidstaat: de staat waar de minderjarige de aanvraag deed, \(me), is verantwoordelijk")
    }

    static func familyStatusOpen(_ m: FamilyMember, _ state: CountryCode) -> LocalizedText {
        let r = relation(m.relation)
        return .init(en: "a family member (\(r.en)) is in \(state); whether they are a beneficiary of protection or an applicant there is not given",
                     nl: "een gezinslid (\(r.nl)) verblijft in \(state); of die daar statushouder of aanvrager is, is niet opgegeven")
    }

    static func familyWish(_ m: FamilyMember, _ state: CountryCode, beneficiary: Bool) -> LocalizedText {
        let r = relation(m.relation)
        return .init(en: "a family member (\(r.en)) is \(beneficiary ? "a beneficiary of protection" : "an applicant") in \(state): that state is responsible if both wish so in writing, which the facts do not say",
                     nl: "een gezinslid (\(r.nl)) is \(beneficiary ? "statushouder" : "aanvrager") in \(state): die staat is verantwoordelijk als beiden dat schriftelijk wensen, wat de feiten niet zeggen")
    }

    static func documentUndated(_ e: HistoryEvent) -> LocalizedText {
        let d = document(e.event)
        return .init(en: "a \(d.en) issued by \(e.memberState) without its expiry date: whether it still makes \(e.memberState) responsible is open",
                     nl: "een \(d.nl) afgegeven door \(e.memberState) zonder vervaldatum: of \(e.memberState) daardoor verantwoordelijk is, staat open")
    }

    static func document(_ e: HistoryEvent, until: CalendarDate, law: ResponsibilityLaw) -> LocalizedText {
        let d = document(e.event)
        let limit: (String, String) = e.event == .visa ? ("\(law.visaExpiredMonths) months", "\(law.visaExpiredMonths) maanden")
                                                       : ("\(law.residenceDocumentExpiredYears) years", "\(law.residenceDocumentExpiredYears) jaar")
        return .init(en: "\(e.memberState) issued a \(d.en) valid until \(until.en); it counts until \(limit.0) after it expired, and registration falls within that",
                     nl: "\(e.memberState) heeft een \(d.nl) afgegeven, geldig tot \(until.nl); het telt tot \(limit.1) na het verlopen, en de registratie valt daarbinnen")
    }

    static func diplomaUndated(_ e: HistoryEvent) -> LocalizedText {
        .init(en: "a diploma from \(e.memberState) without its date", nl: "een diploma uit \(e.memberState) zonder datum")
    }

    static func diploma(_ e: HistoryEvent, on: CalendarDate, years: Int) -> LocalizedText {
        .init(en: "diploma from \(e.memberState) of \(on.en), less than \(years) years before registration",
              nl: "diploma uit \(e.memberState) van \(on.nl), minder dan \(years) jaar vóór registratie")
    }

    static func visaWaived(_ e: HistoryEvent) -> LocalizedText {
        .init(en: "the applicant entered \(e.memberState) without needing a visa", nl: "de aanvrager is zonder visumplicht \(e.memberState) binnengekomen")
    }

    static func entryUndated(_ e: HistoryEvent) -> LocalizedText {
        .init(en: "irregular entry into \(e.memberState) without a date: whether it is within the period of the irregular-entry criterion is open",
              nl: "irreguliere binnenkomst in \(e.memberState) zonder datum: of die binnen de termijn van het criterium irreguliere binnenkomst valt, staat open")
    }

    static func irregularEntry(_ e: HistoryEvent, months: Int, registration: CalendarDate) -> LocalizedText {
        .init(en: "irregular entry into \(e.memberState) on \(e.on!.en), no more than \(months) months before registration on \(registration.en)",
              nl: "irreguliere binnenkomst in \(e.memberState) op \(e.on!.nl), niet meer dan \(months) maanden vóór registratie op \(registration.nl)")
    }

    static func firstRegisteredElsewhere(_ state: CountryCode) -> LocalizedText {
        .init(en: "no criterion decides: the member state where the application was first registered, \(state), is responsible",
              nl: "geen criterium beslist: de lidstaat waar de aanvraag het eerst is geregistreerd, \(state), is verantwoordelijk")
    }

    static func firstRegisteredHere(_ me: CountryCode) -> LocalizedText {
        .init(en: "no criterion points to another member state: \(me), where the application is registered, is responsible",
              nl: "geen criterium wijst naar een andere lidstaat: \(me), waar de aanvraag is geregistreerd, is verantwoordelijk")
    }

    static func regulation(_ law: ResponsibilityLaw, registration: CalendarDate, projected: Bool) -> LocalizedText {
        let when = projected ? LocalizedText(en: "the registration date is not given; taken as the last lawful day,", nl: "de registratiedatum is niet opgegeven; uitgegaan is van de uiterste dag,")
                             : LocalizedText(en: "registered on", nl: "geregistreerd op")
        switch law.regulation {
        case .dublinIII:
            return .init(en: "\(when.en) \(registration.en), before 1 July 2026: responsibility is determined under \(law.name.en), whose periods include weekends and holidays (Art 42)",
                         nl: "\(when.nl) \(registration.nl), vóór 1 juli 2026: de verantwoordelijkheid wordt bepaald volgens \(law.name.nl), waarbij weekends en feestdagen in de termijnen meetellen (art. 42)")
        case .ammr:
            return .init(en: "\(when.en) \(registration.en), on or after 1 July 2026: responsibility is determined under \(law.name.en)",
                         nl: "\(when.nl) \(registration.nl), op of na 1 juli 2026: de verantwoordelijkheid wordt bepaald volgens \(law.name.nl)")
        }
    }

    static func requestKind(_ k: ResponsibilityRequest.Kind, _ law: ResponsibilityLaw) -> LocalizedText {
        switch (k, law.regulation) {
        case (.takeCharge, _): .init(en: "Take-charge request", nl: "Overnameverzoek")
        case (.takeBack, .ammr): .init(en: "Take-back notification", nl: "Terugnamekennisgeving")
        case (.takeBack, .dublinIII): .init(en: "Take-back request", nl: "Terugnameverzoek")
        }
    }

    static func hitOpen(_ state: CountryCode, _ law: ResponsibilityLaw) -> LocalizedText {
        .init(en: "whether \(state)'s data was found through \(law.hitSystems.contains(.vis) ? "Eurodac or VIS" : "Eurodac") is not given: a request resting on such a hit has a shorter period",
              nl: "of de gegevens van \(state) via \(law.hitSystems.contains(.vis) ? "Eurodac of VIS" : "Eurodac") zijn gevonden, is niet opgegeven: een verzoek op grond van zo'n treffer heeft een kortere termijn")
    }

    static func missedRequest(_ me: CountryCode, _ k: ResponsibilityRequest.Kind, _ law: ResponsibilityLaw) -> LocalizedText {
        switch (k, law.regulation) {
        case (.takeCharge, _):
            return .init(en: "without a request in time, \(me) is responsible", nl: "zonder tijdig verzoek is \(me) verantwoordelijk")
        case (.takeBack, .ammr):
            return .init(en: "a late notification does not end the duty to take back (AMMR Art 41(1))", nl: "een late kennisgeving beëindigt de terugnameplicht niet (art. 41 lid 1 Asiel- en migratiebeheerverordening)")
        case (.takeBack, .dublinIII):
            return .init(en: "without a request in time, \(me) is responsible (Dublin III Art 23(3))", nl: "zonder tijdig verzoek is \(me) verantwoordelijk (art. 23 lid 3 Dublinverordening)")
        }
    }

    /// AMMR Art 41(3)-(4): a take-back notification is not accepted but its receipt confirmed;
    /// Art 40(8) and Dublin III Arts 22(7), 25(2): a request left unanswered counts as accepted.
    static func silence(_ state: CountryCode, _ k: ResponsibilityRequest.Kind, _ law: ResponsibilityLaw) -> LocalizedText {
        if k == .takeBack && law.regulation == .ammr {
            return .init(en: "without an answer in time from \(state), receipt counts as confirmed (AMMR Art 41(4))",
                         nl: "zonder tijdig antwoord van \(state) geldt de ontvangst als bevestigd (art. 41 lid 4 Asiel- en migratiebeheerverordening)")
        }
        return .init(en: "without an answer in time from \(state), the request counts as accepted", nl: "zonder tijdig antwoord van \(state) geldt het verzoek als aanvaard")
    }

    static func replyLabel(_ k: ResponsibilityRequest.Kind, _ law: ResponsibilityLaw, to state: CountryCode, period: LegalPeriod) -> LocalizedText {
        if k == .takeBack && law.regulation == .ammr {
            return .init(en: "\(state) to confirm receipt of the take-back notification (\(period.english) from the notification)",
                         nl: "\(state) bevestigt de ontvangst van de terugnamekennisgeving (\(period.dutch) na de kennisgeving)")
        }
        let label = requestKind(k, law)
        return .init(en: "\(state) to answer the \(label.en.lowercased()) (\(period.english) from the request)",
                     nl: "\(state) antwoordt op het \(label.nl.lowercased()) (\(period.dutch) na het verzoek)")
    }

    static func missedTransfer(_ me: CountryCode) -> LocalizedText {
        .init(en: "without a transfer in time, \(me) becomes responsible; where an appeal against the transfer decision had suspensive effect, the six months run from the final decision on it instead, and the period can be extended when the applicant is imprisoned or absconds",
              nl: "zonder tijdige overdracht wordt \(me) verantwoordelijk; had een beroep tegen het overdrachtsbesluit schorsende werking, dan lopen de zes maanden in plaats daarvan vanaf de einduitspraak daarop, en de termijn kan worden verlengd bij gevangenzetting of onderduiken")
    }

    static let requestedStateHolidays = LocalizedText(
        en: "only Saturdays and Sundays are counted as days off: public holidays in the requested member state can move the date a few days later (Reg 1182/71 Art 2(1))",
        nl: "alleen zaterdagen en zondagen zijn als vrije dagen meegeteld: feestdagen in de aangezochte lidstaat kunnen de datum enkele dagen opschuiven (art. 2 lid 1 Verordening 1182/71)")

    static func requestDates(_ q: ResponsibilityRequest, to state: CountryCode, me: CountryCode, law: ResponsibilityLaw) -> LocalizedText {
        let k = requestKind(q.kind, law)
        var t = LocalizedText(en: "; \(k.en.lowercased()) due by \(q.deadline.en) (\(q.ref)); \(missedRequest(me, q.kind, law).en)",
                              nl: "; \(k.nl.lowercased()) uiterlijk \(q.deadline.nl) (\(RuleWords.ref(q.ref, .nl))); \(missedRequest(me, q.kind, law).nl)")
        if let alt = q.ifEurodacOrVisHit {
            t = t + .init(en: "; if it rests on a \(law.hitSystems.contains(.vis) ? "Eurodac or VIS" : "Eurodac") hit, by \(alt.en)",
                          nl: "; als het op een \(law.hitSystems.contains(.vis) ? "Eurodac- of VIS-" : "Eurodac")treffer berust, uiterlijk \(alt.nl)")
        }
        let silent = silence(state, q.kind, law)
        if q.kind == .takeBack && law.regulation == .ammr {
            t = t + .init(en: ". \(state) must confirm receipt by \(q.replyBy.en) at the latest (\(silent.en)); the transfer must then happen by \(q.transferBy.en): \(missedTransfer(me).en). These later dates assume the notification is sent on its last day",
                          nl: ". \(state) moet de ontvangst uiterlijk \(q.replyBy.nl) bevestigen (\(silent.nl)); de overdracht moet dan uiterlijk \(q.transferBy.nl) plaatsvinden: \(missedTransfer(me).nl). Deze latere datums gaan ervan uit dat de kennisgeving op de laatste dag wordt verstuurd")
        } else {
            t = t + .init(en: ". \(state) must answer by \(q.replyBy.en) at the latest (\(silent.en)); the transfer must then happen by \(q.transferBy.en): \(missedTransfer(me).en). These later dates assume the request is sent on its last day",
                          nl: ". \(state) moet uiterlijk \(q.replyBy.nl) antwoorden (\(silent.nl)); de overdracht moet dan uiterlijk \(q.transferBy.nl) plaatsvinden: \(missedTransfer(me).nl). Deze latere datums gaan ervan uit dat het verzoek op de laatste dag wordt verstuurd")
        }
        if law.regulation == .dublinIII {
            t = t + .init(en: "; Dublin III counts weekends and holidays and never moves a deadline to a working day (Art 42)",
                          nl: "; Dublin III telt weekends en feestdagen mee en verschuift een termijn nooit naar een werkdag (art. 42)")
        }
        return t
    }
}

extension String {
    /// A label that starts a sentence, put after "Uiterste datum": "Overnameverzoek" becomes
    /// "overnameverzoek" (only the first letter, so that a country name inside stays capitalised).
    var lowercasingFirst: String { first.map { $0.lowercased() + dropFirst() } ?? self }
}
