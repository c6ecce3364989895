import LegalCalendar

extension Assessor {
    /// Screening Regulation Arts 5, 7 and 8: who is screened and by when the screening ends.
    func screeningRule(_ ctx: CaseContext, _ trace: inout Trace, _ timeline: inout [TimelineEntry]) -> Screening {
        guard let arrival = ctx.facts.arrival else {
            trace.append(TraceStep(rule: .screening, ref: "Screening Art 5; Art 7", outcome: .string("undetermined"),
                                   because: .init(en: "how the applicant arrived is not given, so whether and how long screening applies is open",
                                                  nl: "hoe de aanvrager is aangekomen is niet opgegeven, dus of en hoe lang de screening geldt staat open"),
                                   sections: [.screening]))
            return Screening(applies: .unknown, endsBy: nil, ref: "Screening Art 5; Art 7")
        }
        let event = arrival.on ?? ctx.facts.application.madeOn
        let period: LegalPeriod
        let ref: String
        let en: String, nl: String
        switch arrival.kind {
        case .borderCrossingPoint:
            (period, ref, en, nl) = (ScreeningLaw.atTheBorder, "Screening Art 5(2); Art 8(3)", "applied at a border crossing point", "aanvraag gedaan aan een grensdoorlaatpost")
        case .irregularCrossing:
            (period, ref, en, nl) = (ScreeningLaw.atTheBorder, "Screening Art 5(1)(a); Art 8(3)", "apprehended after crossing the external border irregularly", "aangehouden na irreguliere overschrijding van de buitengrens")
        case .seaRescue:
            (period, ref, en, nl) = (ScreeningLaw.atTheBorder, "Screening Art 5(1)(b); Art 8(3)", "disembarked after a search and rescue operation", "ontscheept na een opsporings- en reddingsoperatie")
        case .inTerritory:
            (period, ref, en, nl) = (ScreeningLaw.inTheTerritory, "Screening Art 7(1); Art 8(4)", "found within the territory with no sign of an external-border check", "aangetroffen op het grondgebied zonder aanwijzing van een buitengrenscontrole")
        case .lawfulStay, .relocation:
            let why = ctx.say(arrival.kind == .lawfulStay
                ? LocalizedText(en: "the applicant stays lawfully: screening covers only irregular arrivals and irregular stay", nl: "de aanvrager verblijft rechtmatig: screening geldt alleen voor irreguliere aankomst en irregulier verblijf")
                : LocalizedText(en: "a relocated applicant was screened in the member state of arrival", nl: "een herplaatste aanvrager is gescreend in de lidstaat van aankomst"))
            trace.append(TraceStep(rule: .screening, ref: "Screening Art 5; Art 7(1)", outcome: .bool(false), because: why, sections: [.screening]))
            return Screening(applies: .no, endsBy: nil, ref: "Screening Art 5; Art 7(1)")
        }
        let end = PactCalendar.regime.deadline(period, from: event, ctx.say)
        // Art 5 screens at the external border, Art 7 inland: each by the body the profile names.
        timeline.append(TimelineEntry(id: .screeningEnd, date: end.date, projected: false, ref: ref,
                                      label: ctx.say(.init(en: "Screening ends (\(period.english) from \(event.en))", nl: "Screening eindigt (\(period.dutch) na \(event.nl))")),
                                      body: arrival.kind == .inTerritory ? .screening : .borderScreening))
        var because = ctx.say(LocalizedText(en: "\(en): screening must end within \(period.english), by \(end.date.en)", nl: "\(nl): de screening eindigt binnen \(period.dutch), uiterlijk \(end.date.nl)"))
        if let moved = end.moved { because = ctx.say(.init(en: because.en + " (" + moved.en + ")", nl: because.nl + " (" + moved.nl + ")")) }
        // Art 8(3), second subparagraph: only persons apprehended after an irregular crossing
        // (Art 5(1)(a)) to whom Eurodac Art 23(1) and (4) applies.
        if arrival.kind == .irregularCrossing {
            because = ctx.say(.init(en: because.en + "; if the applicant is held at the external border for more than 72 hours, the screening must end within \(ScreeningLaw.heldAtTheBorder.english)",
                            nl: because.nl + "; als de aanvrager langer dan 72 uur aan de buitengrens wordt vastgehouden, eindigt de screening binnen \(ScreeningLaw.heldAtTheBorder.dutch)"))
        }
        trace.append(TraceStep(rule: .screening, ref: ref, outcome: .bool(true), because: because, sections: [.screening, .timeline]))
        return Screening(applies: .yes, endsBy: end.date, ref: ref)
    }
}
