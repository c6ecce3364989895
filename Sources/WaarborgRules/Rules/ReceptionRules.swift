import LegalCalendar

extension Assessor {

    /// RCD Art 16(2) schooling and Art 17(1) labour-market access, both as calendar dates; `open`:
    /// whether work access hangs on an unknown finding (then there is no date, and no "none").
    func receptionDates(_ ctx: CaseContext, _ e: RouteEvaluation, _ route: Route,
                        _ trace: inout Trace, _ timeline: inout [TimelineEntry]) -> (labour: CalendarDate?, school: CalendarDate?, open: Bool) {
        let s = ctx.settings
        let cal = PactCalendar.regime
        var labour: CalendarDate? = nil
        var school: CalendarDate? = nil
        var workOpen = false
        let minorInvolved = ctx.unaccompaniedMinor == .yes || ctx.familyWithMinorChildren == .yes
        if minorInvolved && route != .transfer {
            let d = cal.deadline(s.schoolingWithin, from: ctx.lodging.date, ctx.say)
            school = d.date
            timeline.append(TimelineEntry(id: .schooling, date: d.date, projected: ctx.lodging.projected, ref: "RCD Art 16(2)",
                                          label: ctx.say(ReceptionWords.schoolingLabel(s.schoolingWithin))))
            let because = ctx.say(ReceptionWords.schooling(by: d.date).moved(d.moved))
            trace.append(TraceStep(rule: .schooling, ref: "RCD Art 16(2)", outcome: .string(d.date.iso), because: because, sections: [.reception, .timeline]))
        }
        // Accelerated on grounds (a)-(f) of Art 42(1): no labour-market access (RCD Art 17(1)).
        let barring = e.accelerated.filter { $0.id.barsLabourMarket }
        let groundsBar = barring.reduce(Truth.no) { $0 || $1.truth }
        let routeBars: Truth = route == .accelerated || route == .border ? .yes
            : route == .undetermined && (e.possible.contains(.accelerated) || e.possible.contains(.border)) ? .unknown : .no
        let barred = routeBars && groundsBar
        // An open route where every possible route ends work access (accelerated or border on a
        // barring ground that holds) leaves no doubt about work: none. A transfer does not end it
        // before a transfer decision is notified.
        let noneOnEveryRoute = route == .undetermined && !e.possible.isEmpty && groundsBar == .yes
            && e.possible.allSatisfy { $0 == .accelerated || $0 == .border }
        if noneOnEveryRoute {
            trace.append(TraceStep(rule: .labourMarket, ref: "RCD Art 17(1); Art 21", outcome: .null,
                                   because: ReceptionWords.noWorkOnAnyRoute,
                                   sections: [.reception, .timeline]))
        } else if barred == .yes {
            trace.append(TraceStep(rule: .labourMarket, ref: "RCD Art 17(1)", outcome: .null,
                                   because: ReceptionWords.noWorkAccelerated,
                                   sections: [.reception, .timeline]))
        } else if barred == .unknown {
            workOpen = true
            trace.append(TraceStep(rule: .labourMarket, ref: "RCD Art 17(1)", outcome: .string("undetermined"),
                                   because: ReceptionWords.workUndetermined,
                                   sections: [.reception, .timeline]))
        } else {
            let d = cal.deadline(s.labourMarketAfter, from: ctx.registration.date, ctx.say)
            labour = d.date
            let st = s.labourMarketStatus
            timeline.append(TimelineEntry(id: .labourMarket, date: d.date, projected: ctx.registration.projected, ref: "RCD Art 17(1)",
                                          label: ctx.say(ReceptionWords.workLabel(s.labourMarketAfter, status: st))))
            // On the transfer route the right runs as for anyone until a transfer decision is
            // notified; from then RCD Art 21 and AMMR Art 17(4) end it outside the responsible state.
            // An open route that may end in a transfer: the same end, on that answer.
            let transferOpen = e.transferStillPossible
            trace.append(TraceStep(rule: .labourMarket, ref: route == .transfer || transferOpen ? "RCD Art 17(1); Art 21; AMMR Art 17(4)" : "RCD Art 17(1)",
                                   outcome: .string(d.date.iso),
                                   because: ReceptionWords.work(from: d.date, s.labourMarketAfter, status: st)
                                       + (route == .transfer ? ReceptionWords.workEndsWithTransferDecision(ctx.facts.memberState)
                                          : transferOpen ? ReceptionWords.workEndsIfTransfer(ctx.facts.memberState) : .silence),
                                   sections: [.reception, .timeline]))
        }
        return (labour, school, workOpen)
    }

    /// The kind of reception that goes with the route (RCD; APR Art 54 for the border procedure).
    /// `transferPossible`: the route is open and one answer leads to a transfer; the cut of RCD
    /// Art 21 then hangs on that answer and on a notified transfer decision, and is said as such.
    func receptionKind(_ ctx: CaseContext, _ route: Route, transferPossible: Bool, _ labour: CalendarDate?, _ school: CalendarDate?, _ trace: inout Trace) -> Reception {
        let kind: String, ref: String, why: LocalizedText
        var afterTransfer: String? = nil
        if ctx.regime == .prePact {
            // The old law gives full reception to every applicant, Dublin cases included (Rva 2005; Directive 2013/33/EU Art 17).
            (kind, ref, why) = (ctx.unaccompaniedMinor == .yes ? "unaccompanied-minor-facility" : "regular", "Directive 2013/33/EU Art 17; Wet COA art 3",
                                ReceptionWords.formerLaw)
        } else if ctx.unaccompaniedMinor == .yes {
            // Also in a Dublin procedure: the Art 21 cut cannot take away what the child's best
            // interests require (RCD Arts 26-27; Charter Art 24), so no Dublin minimum for minors.
            (kind, ref, why) = ("unaccompanied-minor-facility", "RCD Art 27", ReceptionWords.unaccompaniedMinor(transfer: route == .transfer))
        } else if route == .transfer && !ctx.settings.fullDublinReception {
            // RCD Art 21 takes the reception conditions of Arts 17-20 away only from the moment the
            // applicant has been notified of a decision to transfer; until then they apply in full.
            afterTransfer = "dublin-minimum"
            (kind, ref, why) = ("regular", "RCD Art 19(1); Art 21; AMMR Art 18", ReceptionWords.dublinMinimum)
        } else if route == .transfer {
            (kind, ref, why) = ("regular", "RCD Art 19; Art 21", ReceptionWords.fullUntilTransfer)
        } else if route == .border && ctx.familyWithMinorChildren == .yes {
            (kind, ref, why) = ("family-facility", "APR Art 54(2)", ReceptionWords.borderFamily)
        } else if route == .border {
            (kind, ref, why) = ("border-facility", "APR Art 54(1)", ReceptionWords.border)
        } else if transferPossible && !ctx.settings.fullDublinReception {
            afterTransfer = "dublin-minimum"
            (kind, ref, why) = ("regular", "RCD Art 19(1); Art 21", ReceptionWords.regular(routeOpen: true) + ReceptionWords.dublinMinimumIfTransfer)
        } else {
            (kind, ref, why) = ("regular", "RCD Art 19(1)", ReceptionWords.regular(routeOpen: route == .undetermined))
        }
        var needsBy: CalendarDate? = nil
        if ctx.regime == .prePact {
            trace.append(TraceStep(rule: .reception, ref: ref, outcome: .string(kind), because: why, sections: [.reception]))
        }
        if ctx.regime == .pact {
            trace.append(TraceStep(rule: .reception, ref: ref, outcome: .string(kind), because: why, sections: [.reception]))
            let d = PactCalendar.regime.deadline(ctx.settings.specialNeedsAssessment, from: ctx.facts.application.madeOn, ctx.say)
            needsBy = d.date
            trace.append(TraceStep(rule: .specialNeedsAssessment, ref: "RCD Art 25(1)", outcome: .string(d.date.iso),
                                   because: ReceptionWords.specialNeeds(by: d.date, ctx.settings.specialNeedsAssessment),
                                   sections: [.reception]))
            let lang = ctx.settings.languageCourses
            trace.append(TraceStep(rule: .languageCourses, ref: "RCD Art 19", outcome: .string(lang.rawValue),
                                   because: ReceptionWords.languageCourses(lang),
                                   sections: [.reception]))
        }
        return Reception(kind: kind, labourMarketFrom: labour, schoolingBy: school, ref: ref, determined: route != .undetermined,
                         specialNeedsAssessmentBy: needsBy, languageCourses: ctx.settings.languageCourses,
                         languageCoursesStatus: ctx.settings.languageCoursesStatus, afterTransferDecision: afterTransfer)
    }
}
