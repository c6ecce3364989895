import LegalCalendar

/// Runs the rules over one case under one profile and assembles the assessment with its trace.
public struct Assessor: Sendable {
    public static let engineVersion = "waarborg 0.1.0"
    public let profile: PolicyProfile
    public let data: Datasets
    /// Whether the rules write their explanations; the decision path runs them silent.
    let say: Narration

    public init(profile: PolicyProfile, data: Datasets) {
        self.init(profile: profile, data: data, say: .full)
    }

    init(profile: PolicyProfile, data: Datasets, say: Narration) {
        self.profile = profile
        self.data = data
        self.say = say
    }

    /// The assessment with its open facts: every unknown whose answer would change a decided
    /// value is listed with what each answer gives, and the values it moves are marked undetermined.
    public func assess(_ facts: CaseFacts) -> Assessment {
        var (a, eval) = evaluate(facts)
        a.openFacts = openFacts(facts, current: a, eval: eval)
        let moved = Set(a.openFacts.flatMap(\.decides))
        if moved.contains(where: { $0.hasPrefix("reception.") }) { a.reception.determined = false }
        if moved.contains(where: { $0.hasPrefix("appeal.") }) { a.appeal.determined = false }
        if moved.contains(where: { $0.hasPrefix("detention.") }) { a.detention.determined = false }
        if moved.contains(where: { $0.hasPrefix("responsibility.") }) { a.responsibility.determined = false }
        return a
    }

    /// The decisions alone, for the simulation and the open-fact search: the same rules as
    /// `assess`, run silent (no trace, no texts) and without the search for open facts, so a
    /// value an unknown fact could move is not marked undetermined. A case with every fact given
    /// gets the same decisions, dates and statuses from both.
    public func decide(_ facts: CaseFacts) -> Assessment {
        (say.on ? Assessor(profile: profile, data: data, say: .silent) : self).evaluate(facts).assessment
    }

    /// One pass of the rules, with its trace, without the search for open facts.
    func assessRules(_ facts: CaseFacts) -> Assessment { evaluate(facts).assessment }

    /// The rules' pass, with the route evaluation the open-fact search starts from.
    func evaluate(_ facts: CaseFacts) -> (assessment: Assessment, eval: RouteEvaluation) {
        let ctx = CaseContext(facts: facts, profile: profile, data: data, say: say)
        let s = profile.settings
        let cal = PactCalendar.regime
        var trace = Trace(say)
        var timeline: [TimelineEntry] = []
        let made = facts.application.madeOn

        // Regime (APR Art 79(2)): the law, not the profile, decides which set of rules applies.
        if ctx.regime == .prePact {
            trace.append(TraceStep(rule: .regime, ref: "APR Art 79(2)", outcome: .string("pre-pact"),
                                   because: ApplicationWords.formerLaw(madeOn: made),
                                   sections: [.regime, .procedure]))
        } else {
            trace.append(TraceStep(rule: .regime, ref: "APR Art 79(2)", outcome: .string("pact"),
                                   because: ApplicationWords.pact(madeOn: made),
                                   sections: [.regime]))
        }
        let pact = ctx.regime == .pact
        var deadlines: [Deadline] = []

        // Screening.
        var screening = Screening(applies: .no, endsBy: nil, ref: "APR Art 79(2)")
        if pact { screening = screeningRule(ctx, &trace, &timeline) } else {
            trace.append(TraceStep(rule: .screening, ref: "APR Art 79(2)", outcome: .bool(false), because: OldLawWords.noScreening, sections: [.screening]))
        }

        // Registration, lodging, representative.
        if pact {
            let regDeadline = cal.deadline(s.registrationPeriod, from: made, say)
            timeline.append(TimelineEntry(id: .registration, date: regDeadline.date, projected: false, ref: "APR Art 27(1)",
                                          label: ctx.say(ApplicationWords.registrationLabel(s.registrationPeriod)),
                                          actualOn: facts.application.registeredOn))
            let reg = ctx.registration
            trace.append(TraceStep(rule: .registration, ref: "APR Art 27(1)", outcome: .string(reg.date.iso),
                                   because: ApplicationWords.registration(on: reg.date, projected: reg.projected, deadline: regDeadline.date).moved(regDeadline.moved),
                                   sections: [.timeline]))
            let lodgeDeadline = cal.deadline(s.lodgingPeriod, from: reg.date, say)
            timeline.append(TimelineEntry(id: .lodging, date: lodgeDeadline.date, projected: reg.projected, ref: "APR Art 28(1)",
                                          label: ctx.say(ApplicationWords.lodgingLabel(s.lodgingPeriod)),
                                          actualOn: facts.application.lodgedOn,
                                          ifMissed: ctx.say.ifAny(ApplicationWords.lodgingMissed)))
            let lodge = ctx.lodging
            trace.append(TraceStep(rule: .lodging, ref: "APR Art 28(1)", outcome: .string(lodge.date.iso),
                                   because: ApplicationWords.lodging(on: lodge.date, projected: lodge.projected)
                                       .moved(lodge.projected ? lodgeDeadline.moved : nil),
                                   sections: [.timeline]))
            if ctx.unaccompaniedMinor == .yes {
                let rep = cal.deadline(s.representativePeriod, from: made, say)
                timeline.append(TimelineEntry(id: .representative, date: rep.date, projected: false, ref: "APR Art 23(2)(b)",
                                              label: ctx.say(ApplicationWords.representativeLabel(s.representativePeriod))))
                trace.append(TraceStep(rule: .representative, ref: "APR Art 23(2)", outcome: .string(rep.date.iso),
                                       because: ApplicationWords.representative(by: rep.date, reason: ctx.unaccompaniedMinorReason, body: s.authorities.name(.guardianship)),
                                       sections: [.timeline]))
            }
        }

        // Route.
        let eval = RouteEvaluation.evaluate(ctx)
        let responsibility = eval.responsibility.responsibility
        do {
            let r = eval.responsibility
            trace.append(TraceStep(rule: .responsibilityRegulation, ref: r.law.regulation == .ammr ? "AMMR Art 84" : "AMMR Art 84(2)", outcome: .string(r.law.regulation == .ammr ? "ammr" : "dublin-iii"),
                                   because: ResponsibilityWords.regulation(r.law, registration: ctx.registration.date, projected: ctx.registration.projected),
                                   sections: [.responsibility]))
            var because = r.because
            if say.on, let q = r.responsibility.request, let state = r.responsibility.memberState {
                because = because + ResponsibilityWords.requestDates(q, to: state, me: facts.memberState, law: r.law)
            }
            trace.append(TraceStep(rule: .responsibility, ref: r.responsibility.ref,
                                   outcome: r.responsibility.memberState.map { .string($0.code) } ?? .string("undetermined"),
                                   because: because, sections: [.responsibility, .procedure]))
            timeline += r.timeline
            deadlines += r.otherDeadlines
            if say.on { if pact { routeTrace(ctx, eval, &trace) } else { oldLawRouteTrace(ctx, eval, &trace) } }
        }
        let route = eval.route
        var grounds: [Ground] = []
        var procedureRef = "APR Art 35(4)"
        var decisionDeadline: CalendarDate? = nil
        let mandatorySet = Set(eval.mandatoryBorder.filter { $0.truth == .yes }.map(\.id))
        switch route {
        case .border:
            grounds = (eval.mandatoryBorder + eval.optionalBorder).filter { $0.truth == .yes }.flatMap { g -> [Ground] in
                if g.id == .inadmissibilityAtTheBorder { return eval.admissibility.all.filter { $0.truth == .yes }.map { Ground(id: $0.id, ref: $0.ref, mandatory: false) } }
                return [Ground(id: g.id, ref: g.ref, mandatory: mandatorySet.contains(g.id))]
            }
            // Other accelerated grounds that hold are listed too: they are the merits grounds.
            for g in eval.accelerated where g.truth == .yes && !grounds.contains(where: { $0.id == g.id }) {
                grounds.append(Ground(id: g.id, ref: g.ref, mandatory: false))
            }
            procedureRef = "APR Art 43-45; Art 51(2)"
            decisionDeadline = deadline(.borderProcedureEnd, s.borderMaximum, from: ctx.registration, ref: "APR Art 51(2)",
                                        DeadlineWords.borderProcedureEnds, from: DeadlineWords.registration, into: &timeline,
                                        ifMissed: DeadlineWords.borderProcedureMissed)
            if facts.arrival?.kind == .relocation {
                // APR Art 51(2): the period may be extended to 16 weeks for relocated persons.
                let ext = PactCalendar.regime.end(of: ProcedureLaw.borderProcedureRelocated, from: ctx.registration.date).date
                deadlines.append(Deadline(id: .borderProcedureExtended, date: ext, projected: ctx.registration.projected, ref: "APR Art 51(2)",
                                          actor: .authority,
                                          label: ctx.say(DeadlineWords.borderProcedureExtended),
                                          ifMissed: ctx.say(DeadlineWords.borderProcedureExtendedMissed),
                                          note: nil))
            }
        case .inadmissibility:
            grounds = eval.admissibility.all.filter { $0.truth == .yes }.map { Ground(id: $0.id, ref: $0.ref, mandatory: $0.id == .subsequentWithoutNewElements) }
            procedureRef = "APR Art 38; Art 35(1)"
            decisionDeadline = deadline(.admissibilityDecision, s.inadmissibilityDecision, from: ctx.lodging, ref: "APR Art 35(1)",
                                        DeadlineWords.admissibilityDecision, from: DeadlineWords.lodging, into: &timeline, ifMissed: s.lateDecisionRemedy)
            // Art 35(2): the two months may be extended by two more.
            if let d = extendedDecision(ctx, .admissibilityDecisionExtended, s.inadmissibilityDecision, by: ProcedureLaw.admissibilityExtension, ref: "APR Art 35(2)",
                                        DeadlineWords.admissibilityExtended(ProcedureLaw.admissibilityExtension)) { deadlines.append(d) }
        case .accelerated:
            grounds = eval.accelerated.filter { $0.truth == .yes }.map { Ground(id: $0.id, ref: $0.ref, mandatory: true) }
            procedureRef = "APR Art 42; Art 35(3)"
            decisionDeadline = deadline(.decision, s.acceleratedDecision, from: ctx.lodging, ref: "APR Art 35(3)",
                                        DeadlineWords.acceleratedDecision, from: DeadlineWords.lodging, into: &timeline, ifMissed: s.lateDecisionRemedy)
        case .regular where !pact:
            procedureRef = "Vw 2000 art 42; Directive 2013/32/EU Art 31"
            decisionDeadline = OldLaw.decisionDeadlines(ctx, &trace, &timeline, &deadlines)
        case .regular:
            procedureRef = "APR Art 35(4)"
            decisionDeadline = deadline(.decision, s.regularDecision, from: ctx.lodging, ref: "APR Art 35(4)",
                                        DeadlineWords.regularDecision, from: DeadlineWords.lodging, into: &timeline, ifMissed: s.lateDecisionRemedy)
            // Art 35(5): six more months if the authority extends, listed as for Art 35(2).
            if let d = extendedDecision(ctx, .decisionExtended, s.regularDecision, by: ProcedureLaw.regularExtension, ref: "APR Art 35(5)",
                                        DeadlineWords.regularExtended(ProcedureLaw.regularExtension), unverified: DeadlineWords.regularExtensionUnverified) { deadlines.append(d) }
        case .transfer:
            procedureRef = eval.responsibility.responsibility.ref
            if !pact, let q = responsibility.request { deadlines.append(OldLaw.decisionIfNotTransferred(ctx, transferBy: q.transferBy)) }
        case .undetermined:
            procedureRef = pact ? "APR Art 35" : "Vw 2000 art 42; Dublin III"
        }
        if let d = decisionDeadline, pact {
            trace.append(TraceStep(rule: .decisionDeadline, ref: timeline.last!.ref, outcome: .string(d.iso),
                                   because: DeadlineWords.decisionDue(timeline.last!.label, on: d),
                                   sections: [.procedure, .timeline]))
        }

        // The step before a rejection: a national choice the Pact neither requires nor forbids.
        var intentionToReject: Bool? = nil
        if pact && route != .transfer {
            let policy = s.intentionToReject
            intentionToReject = policy == .required
            trace.append(TraceStep(rule: .intentionToReject, ref: "APR Art 35; national law", outcome: .bool(policy == .required),
                                   because: ProcedureWords.intentionToReject(policy, status: s.intentionToRejectStatus, by: s.authorities),
                                   sections: [.procedure]))
        }

        // Rights that run from registration and lodging (RCD Arts 16-17).
        var labourFrom: CalendarDate? = nil
        var schoolingBy: CalendarDate? = nil
        var workOpen = false
        if pact { (labourFrom, schoolingBy, workOpen) = receptionDates(ctx, eval, route, &trace, &timeline) }
        else { labourFrom = OldLaw.labourMarket(ctx, route, &trace, &timeline) }

        let appeal = pact ? appealRule(ctx, eval, route, &trace) : OldLaw.appeal(ctx, route, &trace)
        let legalAid = pact ? legalAidRule(ctx, route, eval.possible, screening, &trace) : OldLaw.legalAid(ctx, route, &trace)
        var reception = receptionKind(ctx, route, transferPossible: eval.transferStillPossible, labourFrom, schoolingBy, &trace)
        reception.labourMarketOpen = workOpen
        let detention = detentionRule(ctx, route, &trace)
        let ifGranted = grantRule(ctx, &trace)

        timeline.sort { ($0.date, $0.id.rank) < ($1.date, $1.id.rank) }
        var a = Assessment(
            caseID: facts.id, profileID: profile.id, profileHash: profile.hash, engineVersion: Self.engineVersion,
            datasetVersions: data.versions, regime: ctx.regime, screening: screening, responsibility: responsibility,
            procedure: Procedure(route: route, grounds: grounds, decisionDeadline: decisionDeadline, ref: procedureRef,
                                 possibleRoutes: route == .undetermined ? eval.possible : [route],
                                 intentionToReject: intentionToReject, intentionToRejectStatus: s.intentionToRejectStatus),
            detention: detention, reception: reception, legalAid: legalAid, appeal: appeal, ifGranted: ifGranted, timeline: timeline, trace: trace.steps,
            authorities: s.authorities, profileTitle: profile.title)
        a.caseSummary = ctx.say.ifAny(CaseSummaryWords.summary(facts))
        // A minor who turns 18 before the decision is due: the counsellor must act before that day.
        if let birth = facts.applicant.birthDate, ctx.unaccompaniedMinor == .yes || made < birth.adding(years: 18) {
            let adult = birth.adding(years: 18)
            if let due = decisionDeadline ?? timeline.map(\.date).max(), adult > made, adult <= due {
                deadlines.append(Deadline(id: .turnsEighteen, date: adult, projected: false, ref: "APR Art 22-23; RCD Art 2",
                                          actor: .event,
                                          label: ctx.say(DeadlineWords.turnsEighteen),
                                          ifMissed: ctx.say(DeadlineWords.turnsEighteenMeans),
                                          note: ctx.say.ifAny(facts.applicant.ageDisputed ? DeadlineWords.ageDisputed : nil)))
            }
        }
        deadlines.sort { $0.date < $1.date }
        a.deadlines = deadlines
        return (a, eval)
    }

    /// The later decision date if the authority extends a decision period counted in months
    /// (APR Art 35(2), 35(5)): whether it did is not a fact the case carries, so the date is listed
    /// with its condition, from lodging.
    func extendedDecision(_ ctx: CaseContext, _ id: DeadlineID, _ period: LegalPeriod, by extra: LegalPeriod, ref: String,
                          _ label: @autoclosure () -> LocalizedText, unverified: LocalizedText? = nil) -> Deadline? {
        guard period.unit == .months, extra.unit == .months else { return nil }
        let s = ctx.settings
        let date = PactCalendar.regime.end(of: .months(period.amount + extra.amount), from: ctx.lodging.date).date
        return Deadline(id: id, date: date, projected: ctx.lodging.projected, ref: ref, actor: .authority, label: ctx.say(label()),
                        ifMissed: ctx.say.ifAny(s.lateDecisionRemedy),
                        note: ctx.say(DeadlineWords.extensionNote(by: s.authorities.name(.determining), ref: ref, unverified: unverified)))
    }

    /// Adds a dated timeline entry for `period` from an event (actual or projected) and returns its date.
    func deadline(_ id: TimelineID, _ period: LegalPeriod, from event: (date: CalendarDate, projected: Bool), ref: String,
                  _ what: LocalizedText, from eventName: LocalizedText, into timeline: inout [TimelineEntry],
                  ifMissed: @autoclosure () -> LocalizedText? = nil) -> CalendarDate {
        let d = PactCalendar.regime.end(of: period, from: event.date).date
        timeline.append(TimelineEntry(id: id, date: d, projected: event.projected, ref: ref,
                                      label: say(DeadlineWords.label(what, period, from: eventName)),
                                      ifMissed: say.ifAny(ifMissed())))
        return d
    }

}
