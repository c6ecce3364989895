import LegalCalendar

extension Assessor {
    /// Screening Regulation Arts 5, 7 and 8: who is screened and by when the screening ends.
    func screeningRule(_ ctx: CaseContext, _ trace: inout Trace, _ timeline: inout [TimelineEntry]) -> Screening {
        guard let arrival = ctx.facts.arrival else {
            trace.append(TraceStep(rule: .screening, ref: "Screening Art 5; Art 7", outcome: .string("undetermined"),
                                   because: ScreeningWords.arrivalUnknown, sections: [.screening]))
            return Screening(applies: .unknown, endsBy: nil, ref: "Screening Art 5; Art 7")
        }
        let event = arrival.on ?? ctx.facts.application.madeOn
        let period: LegalPeriod
        let ref: String
        switch arrival.kind {
        case .borderCrossingPoint: (period, ref) = (ScreeningLaw.atTheBorder, "Screening Art 5(2); Art 8(3)")
        case .irregularCrossing: (period, ref) = (ScreeningLaw.atTheBorder, "Screening Art 5(1)(a); Art 8(3)")
        case .seaRescue: (period, ref) = (ScreeningLaw.atTheBorder, "Screening Art 5(1)(b); Art 8(3)")
        case .inTerritory: (period, ref) = (ScreeningLaw.inTheTerritory, "Screening Art 7(1); Art 8(4)")
        case .lawfulStay, .relocation:
            trace.append(TraceStep(rule: .screening, ref: "Screening Art 5; Art 7(1)", outcome: .bool(false),
                                   because: ctx.say(ScreeningWords.situation(arrival.kind)), sections: [.screening]))
            return Screening(applies: .no, endsBy: nil, ref: "Screening Art 5; Art 7(1)")
        }
        let end = PactCalendar.regime.deadline(period, from: event, ctx.say)
        // Art 5 screens at the external border, Art 7 inland: each by the body the profile names.
        timeline.append(TimelineEntry(id: .screeningEnd, date: end.date, projected: false, ref: ref,
                                      label: ctx.say(ScreeningWords.endsLabel(period, from: event)),
                                      body: arrival.kind == .inTerritory ? .screening : .borderScreening))
        var because = ctx.say(ScreeningWords.mustEnd(ScreeningWords.situation(arrival.kind), within: period, by: end.date, moved: end.moved))
        // Art 8(3), second subparagraph: only persons apprehended after an irregular crossing
        // (Art 5(1)(a)) to whom Eurodac Art 23(1) and (4) applies.
        if arrival.kind == .irregularCrossing { because = ctx.say(because + ScreeningWords.heldAtTheBorder) }
        trace.append(TraceStep(rule: .screening, ref: ref, outcome: .bool(true), because: because, sections: [.screening, .timeline]))
        return Screening(applies: .yes, endsBy: end.date, ref: ref)
    }
}
