extension Assessor {
    /// APR Arts 67-68 (AMMR Art 43 for transfers): how long to appeal and whether the appeal lets
    /// the applicant stay. For an undetermined route the shortest period among the possible routes
    /// is given, so that a counsellor is warned early, and `determined` is false.
    func appealRule(_ ctx: CaseContext, _ e: RouteEvaluation, _ route: Route, _ trace: inout Trace) -> Appeal {
        let s = ctx.settings
        func forRoute(_ r: Route) -> Appeal {
            switch r {
            case .border, .accelerated:
                let uamBorder = r == .border && ctx.unaccompaniedMinor == .yes
                return Appeal(lodgeWithinDays: s.appealDaysAcceleratedOrBorder, suspensive: uamBorder ? .automatic : .onRequest,
                              ref: uamBorder ? "APR Art 67(7)(a); Art 68(2)" : "APR Art 67(7)(a); Art 68(3)(a)", determined: true)
            case .inadmissibility:
                let uamBorder = ctx.unaccompaniedMinor == .yes && e.borderApplies == .yes
                let onlyOtherState = e.admissibility.all.filter { $0.truth == .yes }.allSatisfy { $0.id == .protectionInAnotherMemberState }
                let automatic = uamBorder || onlyOtherState
                return Appeal(lodgeWithinDays: s.appealDaysInadmissibility, suspensive: automatic ? .automatic : .onRequest,
                              ref: automatic ? "APR Art 67(7)(a); Art 68(2)" : "APR Art 67(7)(a); Art 68(3)(b)", determined: true)
            case .transfer:
                return Appeal(lodgeWithinDays: s.appealDaysTransfer, suspensive: .onRequest, ref: "AMMR Art 43(2)-(3)", determined: true)
            case .regular, .undetermined:
                return Appeal(lodgeWithinDays: s.appealDaysRegular, suspensive: .automatic, ref: "APR Art 67(7)(b); Art 68(2)", determined: r == .regular)
            }
        }
        var appeal: Appeal
        // The route whose period is given: the route, or for an open route the possible route
        // with the shortest period. Its band and status are the ones the warning cites (an open
        // route between a transfer and the regular procedure is warned with the transfer's band,
        // AMMR Art 43(2), not the accelerated procedure's).
        var chosen = route
        if route == .undetermined {
            let options = (ctx.regime == .pact ? e.possible : [Route.regular]).map { ($0, forRoute($0)) }
            let shortest = options.min { $0.1.lodgeWithinDays < $1.1.lodgeWithinDays }
            chosen = shortest?.0 ?? .regular
            appeal = shortest?.1 ?? forRoute(.regular)
            // Every possible route gives the same period and the same effect: the appeal is known
            // even though the route is not.
            let first = options.first?.1
            appeal.determined = !options.isEmpty && options.allSatisfy { $0.1.lodgeWithinDays == first?.lodgeWithinDays && $0.1.suspensive == first?.suspensive }
        } else {
            appeal = forRoute(route)
        }
        let statuses = ctx.settings.appealStatus
        let st = chosen == .transfer ? statuses.transfer : chosen == .regular || chosen == .undetermined ? statuses.regular
            : chosen == .inadmissibility ? statuses.inadmissibility : statuses.acceleratedOrBorder
        appeal.legalStatus = st
        // Only a value at the bottom of the Pact's band may be called the shortest; above it, the
        // reader is told the shortest the law allows, because national law may set that one.
        let key: ParameterKey = chosen == .transfer ? .appealLodgingPeriodTransfer : chosen == .regular || chosen == .undetermined ? .appealLodgingPeriodRegular
            : chosen == .inadmissibility ? .appealLodgingPeriodInadmissibility : .appealLodgingPeriodAcceleratedOrBorder
        var lowest = appeal.lodgeWithinDays
        if let band = ParameterCatalog.integerBands[key] { lowest = band.lowerBound }
        if ctx.regime == .pact && lowest < appeal.lodgeWithinDays { appeal.shortestLawfulDays = lowest }
        trace.append(TraceStep(rule: .appeal, ref: appeal.ref, outcome: .number(Double(appeal.lodgeWithinDays)),
                               because: AppealWords.period(appeal, status: st, lowestLawful: lowest),
                               sections: [.appeal]))
        return appeal
    }


    /// Legal aid by stage, as the profile provides it.
    /// The stages listed are those the case can reach: the border stage only where the border
    /// procedure is the route or still possible, the Dublin stage only where a transfer is (a
    /// counsellor must not read a right of a route the report has already ruled out as the
    /// person's own).
    func legalAidRule(_ ctx: CaseContext, _ route: Route, _ possible: [Route], _ screening: Screening, _ trace: inout Trace) -> [LegalAidEntry] {
        var out: [LegalAidEntry] = []
        let open = route == .undetermined
        for (stage, form, st, note) in ctx.settings.legalAid {
            if stage == .screening && screening.applies == .no { continue }
            if stage == .border && !(route == .border || open && possible.contains(.border)) { continue }
            if stage == .dublin && !(route == .transfer || open && possible.contains(.transfer)) { continue }
            out.append(LegalAidEntry(stage: stage, form: form, ref: stage.ref, status: st, note: note))
        }
        guard ctx.say.on else { return out }
        let list = out.map { "\($0.stage.rawValue): \($0.form.rawValue)" }.joined(separator: "; ")
        trace.append(TraceStep(rule: .legalAid, ref: "APR Art 16-17", outcome: .string(list),
                               because: AppealWords.legalAidByStage(out, ctx.settings.authorities),
                               sections: [.legalAid]))
        return out
    }
}
