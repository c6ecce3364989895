import WaarborgJSON

extension Assessor {
    /// Writes the steps that explain the route: the grounds found, and for every route not taken
    /// the first condition that failed.
    func routeTrace(_ ctx: CaseContext, _ e: RouteEvaluation, _ trace: inout Trace) {
        let adm = e.admissibility
        for g in adm.all {
            trace.append(TraceStep(rule: .admissibility(g.id), ref: g.ref, outcome: outcome(g.truth), because: g.because, sections: [.procedure]))
        }
        if !adm.notApplied.isEmpty {
            let en = adm.notApplied.map { "\($0.name.en) (\($0.ref))" }.joined(separator: ", ")
            let nl = adm.notApplied.map { "\($0.name.nl) (\(RuleWords.ref($0.ref, .nl)))" }.joined(separator: ", ")
            trace.append(TraceStep(rule: .admissibilityOptionalGrounds, ref: "APR Art 38(1)", outcome: .string("not-applied"),
                                   because: RouteTraceWords.optionalGroundsNotApplied(en: en, nl: nl),
                                   sections: [.procedure]))
        }
        let uamNote = ctx.unaccompaniedMinor == .yes ? RouteTraceWords.closedListForMinors : .silence
        for g in e.accelerated {
            trace.append(TraceStep(rule: .accelerated(g.id), ref: g.ref, outcome: outcome(g.truth),
                                   because: g.because + uamNote, sections: [.procedure, .reception]))
        }
        let kind = ctx.facts.arrival?.kind.rawValue ?? "unknown"
        let arrivalWords = ctx.facts.arrival.map { ArrivalWords.name($0.kind) } ?? ArrivalWords.notGiven
        trace.append(TraceStep(rule: .borderEligibility, ref: "APR Art 43(1)", outcome: outcome(e.borderEligible),
                               because: RouteTraceWords.borderSituation(e.borderEligible, arrival: arrivalWords),
                               sections: [.procedure]))
        // The exemptions matter only where there is, or may be, a border situation.
        if e.borderEligible != .no { trace.append(TraceStep(rule: .borderExemptions, ref: "APR Art 53(2)", outcome: outcome(e.borderExempt),
                               because: e.borderExempt == .yes
                                ? RouteTraceWords.exemption(RouteTraceWords.exemptionsThatHold(ctx.facts.findings, detains: ctx.settings.detainsInBorderProcedure))
                                : e.borderExempt == .no ? RouteTraceWords.noExemption : RouteTraceWords.exemptionsOpen(ctx.facts.findings, detains: ctx.settings.detainsInBorderProcedure),
                               sections: [.procedure])) }
        if e.familyLimited != .no {
            trace.append(TraceStep(rule: .borderFamilies, ref: "APR Art 45(1); Art 53(2)(b)", outcome: outcome(e.familyLimited),
                                   because: RouteTraceWords.familiesOnlyOnMandatoryGrounds,
                                   sections: [.procedure]))
        }

        let route = e.route
        var notTaken: [NotTaken] = []
        func add(_ r: Route, _ failedOn: String, _ ref: String, _ why: LocalizedText) {
            guard r != route else { return }
            // While the route is open, a route an answer can still lead to is not "not taken".
            if route == .undetermined && e.possible.contains(r) {
                notTaken.append(NotTaken(option: r.rawValue, isRoute: true, failedOn: "undetermined", ref: ref,
                                         because: RouteTraceWords.stillPossible))
                return
            }
            notTaken.append(NotTaken(option: r.rawValue, isRoute: true, failedOn: failedOn, ref: ref, because: why))
        }
        let resp = e.responsibility.responsibility
        add(.transfer, "responsibility.memberState = \(resp.memberState?.code ?? "undetermined")", resp.ref,
            RouteTraceWords.transferNotTaken(otherStateOpen: e.responsibility.otherState == .unknown))
        if e.borderEligible != .yes {
            add(.border, "arrival.kind = \(kind)", "APR Art 43(1)", RouteTraceWords.notABorderSituation)
        } else if e.borderExempt != .no {
            add(.border, "findings.specialNeedsUnsupported / findings.medicalReasonsAgainstBorder", "APR Art 53(2)", RouteTraceWords.exemptionMayApply)
        } else {
            add(.border, "no mandatory ground (Art 45(1)) and no optional ground of the profile (Art 44(1))", "APR Art 44(1); Art 45(1)",
                RouteTraceWords.noBorderGround)
        }
        let earlier = RouteTraceWords.earlierRoute(route)
        if adm.inadmissible == .yes {
            let held = adm.all.filter { $0.truth == .yes }.map(\.ref).joined(separator: "; ")
            add(.inadmissibility, "an earlier route applies", "APR Art 38",
                RouteTraceWords.inadmissibilityHolds(held) + earlier)
        } else {
            add(.inadmissibility, adm.all.isEmpty ? "no inadmissibility ground applied" : adm.all.map(\.id.rawValue).joined(separator: ", ") + " not established", "APR Art 38",
                RouteTraceWords.noInadmissibility(open: adm.inadmissible == .unknown))
        }
        let accRef = ctx.unaccompaniedMinor == .yes ? "APR Art 42(3)" : "APR Art 42(1)"
        if e.anyAccelerated == .yes {
            let held = e.accelerated.filter { $0.truth == .yes }.map(\.ref).joined(separator: "; ")
            add(.accelerated, "an earlier route applies", accRef,
                RouteTraceWords.accelerationHolds(held) + earlier)
        } else {
            add(.accelerated, "APR Art 42 grounds not established", accRef,
                RouteTraceWords.noAcceleration(open: e.anyAccelerated == .unknown))
        }
        add(.regular, "a route earlier in the order applies", "APR Art 35(4)",
            RouteTraceWords.regularLast)
        let because = RouteTraceWords.route(route, possible: e.possible, responsibility: e.responsibility.because, atBorder: e.borderEligible == .yes)
        var step = TraceStep(rule: .route, ref: route == .border ? "APR Art 44(1); Art 45(1)" : route == .transfer ? resp.ref : route == .inadmissibility ? "APR Art 38" : route == .accelerated ? "APR Art 42" : "APR Art 35",
                             outcome: .string(route.rawValue), because: because, sections: [.procedure])
        step.notTaken = notTaken
        trace.append(step)
    }

    func outcome(_ t: Truth) -> JSONValue {
        switch t { case .yes: .bool(true); case .no: .bool(false); case .unknown: .string("unknown") }
    }
}

extension Assessor {
    /// The route under the former law: a Dublin transfer, or the national examination.
    func oldLawRouteTrace(_ ctx: CaseContext, _ e: RouteEvaluation, _ trace: inout Trace) {
        let route = e.route
        let because: LocalizedText
        switch route {
        case .transfer: because = OldLawWords.dublinTransfer + e.responsibility.because
        case .regular: because = OldLawWords.nationalExamination
        default: because = OldLawWords.dublinOpen + e.responsibility.because
        }
        trace.append(TraceStep(rule: .route, ref: route == .transfer ? e.responsibility.responsibility.ref : "Vw 2000 art 42; Directive 2013/32/EU Art 31",
                               outcome: .string(route.rawValue), because: because, sections: [.procedure]))
    }
}
