import LegalCalendar

/// Runs the rules over one case under one profile and assembles the assessment with its trace.
public struct Assessor: Sendable {
    public static let engineVersion = "waarborg 0.1.0"
    public let profile: PolicyProfile
    public let data: Datasets

    public init(profile: PolicyProfile, data: Datasets) {
        self.profile = profile
        self.data = data
    }

    public func assess(_ facts: CaseFacts) -> Assessment {
        let ctx = CaseContext(facts: facts, profile: profile, data: data)
        let s = profile.settings
        let cal = PactCalendar.regime
        var trace: [TraceStep] = []
        var timeline: [TimelineEntry] = []
        let made = facts.application.madeOn

        // Regime.
        if ctx.regime == .prePact {
            trace.append(TraceStep(rule: "regime", ref: "APR Art 79(2)", outcome: .string("pre-pact"),
                                   because: .init(en: "the application was made on \(made.iso), before 12 June 2026: the former procedure (Directive 2013/32/EU as implemented in the Vreemdelingenwet 2000) applies, which Waarborg does not model; no Pact dates are given",
                                                  nl: "de aanvraag is gedaan op \(made.iso), vóór 12 juni 2026: de vroegere procedure (Richtlijn 2013/32/EU zoals uitgevoerd in de Vreemdelingenwet 2000) is van toepassing; Waarborg modelleert die niet en geeft geen Pactdata"),
                                   sections: [.regime, .procedure]))
        } else {
            trace.append(TraceStep(rule: "regime", ref: "APR Art 79(2)", outcome: .string("pact"),
                                   because: .init(en: "the application was made on \(made.iso), on or after 12 June 2026: the Pact instruments apply",
                                                  nl: "de aanvraag is gedaan op \(made.iso), op of na 12 juni 2026: de Pactinstrumenten zijn van toepassing"),
                                   sections: [.regime]))
        }
        let pact = ctx.regime == .pact

        // Screening.
        var screening = Screening(applies: .no, endsBy: nil, ref: "Screening Art 5")
        if pact { screening = screeningRule(ctx, &trace, &timeline) }

        // Registration, lodging, representative.
        if pact {
            let regDeadline = cal.deadline(s.registrationPeriod, from: made)
            timeline.append(TimelineEntry(id: "registration-deadline", date: regDeadline.date, projected: false, ref: "APR Art 27(1)",
                                          label: .init(en: "Registration due (\(s.registrationPeriod.english) from making)", nl: "Registratie uiterlijk (\(s.registrationPeriod.dutch) na het doen van de aanvraag)")))
            let reg = ctx.registration
            trace.append(TraceStep(rule: "registration", ref: "APR Art 27(1)", outcome: .string(reg.date.iso),
                                   because: reg.projected
                                    ? .init(en: "not yet registered: registration is projected at the latest lawful date, \(regDeadline.date.iso), and dates that run from it are marked projected",
                                            nl: "nog niet geregistreerd: registratie is verwacht op de laatste wettige dag, \(regDeadline.date.iso); data die daarvan afhangen zijn gemarkeerd als verwacht")
                                    : .init(en: "registered on \(reg.date.iso)" + (reg.date > regDeadline.date ? ", after the deadline of \(regDeadline.date.iso)" : ", within the deadline of \(regDeadline.date.iso)"),
                                            nl: "geregistreerd op \(reg.date.iso)" + (reg.date > regDeadline.date ? ", na de termijn van \(regDeadline.date.iso)" : ", binnen de termijn van \(regDeadline.date.iso)")),
                                   sections: [.timeline]))
            let lodgeDeadline = cal.deadline(s.lodgingPeriod, from: reg.date)
            timeline.append(TimelineEntry(id: "lodging-deadline", date: lodgeDeadline.date, projected: reg.projected, ref: "APR Art 28(1)",
                                          label: .init(en: "Lodging due (\(s.lodgingPeriod.english) from registration)", nl: "Indiening uiterlijk (\(s.lodgingPeriod.dutch) na registratie)")))
            let lodge = ctx.lodging
            trace.append(TraceStep(rule: "lodging", ref: "APR Art 28(1)", outcome: .string(lodge.date.iso),
                                   because: lodge.projected
                                    ? .init(en: "not yet lodged: lodging is projected at the latest lawful date, \(lodge.date.iso)", nl: "nog niet ingediend: indiening is verwacht op de laatste wettige dag, \(lodge.date.iso)")
                                    : .init(en: "lodged on \(lodge.date.iso)", nl: "ingediend op \(lodge.date.iso)"),
                                   sections: [.timeline]))
            if ctx.unaccompaniedMinor == .yes {
                let rep = cal.deadline(s.representativePeriod, from: made)
                timeline.append(TimelineEntry(id: "representative-appointment-deadline", date: rep.date, projected: false, ref: "APR Art 23(2)(b)",
                                              label: .init(en: "Representative appointed (\(s.representativePeriod.english) from making)", nl: "Vertegenwoordiger aangesteld (\(s.representativePeriod.dutch) na het doen van de aanvraag)")))
                trace.append(TraceStep(rule: "representative", ref: "APR Art 23(2)", outcome: .string(rep.date.iso),
                                       because: .init(en: "\(ctx.unaccompaniedMinorReason.en): a representative must be appointed by \(rep.date.iso); a person to assist provisionally as soon as possible",
                                                      nl: "\(ctx.unaccompaniedMinorReason.nl): uiterlijk \(rep.date.iso) moet een vertegenwoordiger zijn aangesteld; zo snel mogelijk een voorlopige begeleider"),
                                       sections: [.timeline]))
            }
        }

        // Route.
        let eval = RouteEvaluation.evaluate(ctx)
        let responsibility = pact ? eval.responsibility.responsibility
            : Responsibility(memberState: nil, criterion: "pre-pact", ref: "APR Art 79(2)", request: nil, determined: false)
        if pact {
            let r = eval.responsibility
            var because = r.because
            if let q = r.responsibility.request {
                let me = facts.memberState
                if q.kind == .takeCharge {
                    because = .init(en: because.en + "; the request is due by \(q.deadline.iso) (by \(q.ifEurodacOrVisHit?.iso ?? "-") if it rests on a Eurodac or VIS hit received at registration), and if it is not made in time \(me) becomes responsible (AMMR Art 39(1)); detention shortens the periods (AMMR Art 45)",
                                    nl: because.nl + "; het verzoek moet uiterlijk \(q.deadline.iso) worden gedaan (uiterlijk \(q.ifEurodacOrVisHit?.iso ?? "-") als het op een Eurodac- of VIS-treffer bij registratie berust), en als dat niet op tijd gebeurt wordt \(me) verantwoordelijk (AMMR art. 39(1)); bewaring verkort de termijnen (AMMR art. 45)")
                } else {
                    because = .init(en: because.en + "; a late notification does not end the duty to take back (AMMR Art 41(1))",
                                    nl: because.nl + "; een late kennisgeving beëindigt de terugnameplicht niet (AMMR art. 41(1))")
                }
                because = .init(en: because.en + ". If the transfer does not happen by \(q.transferBy.iso) (projected), \(me) becomes responsible (AMMR Art 46(2), Art 37(1)); the period can be extended when the applicant is imprisoned or absconds",
                                nl: because.nl + ". Als de overdracht niet uiterlijk \(q.transferBy.iso) (verwacht) plaatsvindt, wordt \(me) verantwoordelijk (AMMR art. 46(2), art. 37(1)); de termijn kan worden verlengd bij detentie of onderduiken")
            }
            trace.append(TraceStep(rule: "responsibility", ref: r.responsibility.ref,
                                   outcome: r.responsibility.memberState.map { .string($0.code) } ?? .string("undetermined"),
                                   because: because, sections: [.responsibility, .procedure]))
            timeline += r.timeline
            routeTrace(ctx, eval, &trace)
        }
        let route = pact ? eval.route : .undetermined
        var grounds: [Ground] = []
        var procedureRef = "APR Art 35(4)"
        var decisionDeadline: CalendarDate? = nil
        let mandatorySet = Set(eval.mandatoryBorder.filter { $0.truth == .yes }.map(\.id))
        switch route {
        case .border:
            grounds = (eval.mandatoryBorder + eval.optionalBorder).filter { $0.truth == .yes }.flatMap { g -> [Ground] in
                if g.id == "APR-38" { return eval.admissibility.all.filter { $0.truth == .yes }.map { Ground(id: $0.id, ref: $0.ref, mandatory: false) } }
                return [Ground(id: g.id, ref: g.ref, mandatory: mandatorySet.contains(g.id))]
            }
            // Other accelerated grounds that hold are listed too: they are the merits grounds.
            for g in eval.accelerated where g.truth == .yes && !grounds.contains(where: { $0.id == g.id }) {
                grounds.append(Ground(id: g.id, ref: g.ref, mandatory: false))
            }
            procedureRef = "APR Art 43-45; Art 51(2)"
            decisionDeadline = deadline("border-procedure-end", s.borderMaximum, from: ctx.registration, ref: "APR Art 51(2)",
                                        en: "Border procedure ends, appeal included", nl: "Grensprocedure eindigt, beroep inbegrepen",
                                        fromEN: "registration", fromNL: "registratie", into: &timeline)
        case .inadmissibility:
            grounds = eval.admissibility.all.filter { $0.truth == .yes }.map { Ground(id: $0.id, ref: $0.ref, mandatory: $0.id == "APR-38-2") }
            procedureRef = "APR Art 38; Art 35(1)"
            decisionDeadline = deadline("admissibility-decision-deadline", s.inadmissibilityDecision, from: ctx.lodging, ref: "APR Art 35(1)",
                                        en: "Admissibility decision due", nl: "Beslissing over ontvankelijkheid uiterlijk",
                                        fromEN: "lodging", fromNL: "indiening", into: &timeline)
        case .accelerated:
            grounds = eval.accelerated.filter { $0.truth == .yes }.map { Ground(id: $0.id, ref: $0.ref, mandatory: true) }
            procedureRef = "APR Art 42; Art 35(3)"
            decisionDeadline = deadline("decision-deadline", s.acceleratedDecision, from: ctx.lodging, ref: "APR Art 35(3)",
                                        en: "Decision due, accelerated procedure", nl: "Beslissing uiterlijk, versnelde procedure",
                                        fromEN: "lodging", fromNL: "indiening", into: &timeline)
        case .regular:
            procedureRef = "APR Art 35(4)"
            decisionDeadline = deadline("decision-deadline", s.regularDecision, from: ctx.lodging, ref: "APR Art 35(4)",
                                        en: "Decision due, regular procedure", nl: "Beslissing uiterlijk, reguliere procedure",
                                        fromEN: "lodging", fromNL: "indiening", into: &timeline)
        case .transfer:
            procedureRef = eval.responsibility.responsibility.ref
        case .undetermined:
            procedureRef = pact ? "APR Art 35" : "APR Art 79(2)"
        }
        if let d = decisionDeadline {
            trace.append(TraceStep(rule: "decision-deadline", ref: timeline.last!.ref, outcome: .string(d.iso),
                                   because: .init(en: timeline.last!.label.en + ": " + d.iso, nl: timeline.last!.label.nl + ": " + d.iso),
                                   sections: [.procedure, .timeline]))
        }

        // Rights that run from registration and lodging (RCD Arts 16-17).
        var labourFrom: CalendarDate? = nil
        var schoolingBy: CalendarDate? = nil
        if pact { (labourFrom, schoolingBy) = receptionDates(ctx, eval, route, &trace, &timeline) }

        let appeal = appealRule(ctx, eval, route, &trace)
        let legalAid = legalAidRule(ctx, route, screening, &trace)
        let reception = receptionKind(ctx, route, labourFrom, schoolingBy, &trace)
        let detention = detentionRule(ctx, route, &trace)
        let ifGranted = grantRule(ctx, &trace)

        timeline.sort { ($0.date, Self.timelineOrder($0.id)) < ($1.date, Self.timelineOrder($1.id)) }
        var a = Assessment(
            caseID: facts.id, profileID: profile.id, profileHash: profile.hash, engineVersion: Self.engineVersion,
            datasetVersions: data.versions, regime: ctx.regime, screening: screening, responsibility: responsibility,
            procedure: Procedure(route: route, grounds: grounds, decisionDeadline: decisionDeadline, ref: procedureRef,
                                 possibleRoutes: route == .undetermined ? eval.possible : [route]),
            detention: detention, reception: reception, legalAid: legalAid, appeal: appeal, ifGranted: ifGranted, timeline: timeline, trace: trace)
        if pact && route == .undetermined { a.openFacts = openFacts(facts, current: eval) }
        return a
    }

    /// Adds a dated timeline entry for `period` from an event (actual or projected) and returns its date.
    func deadline(_ id: String, _ period: LegalPeriod, from event: (date: CalendarDate, projected: Bool), ref: String,
                  en: String, nl: String, fromEN: String, fromNL: String, into timeline: inout [TimelineEntry]) -> CalendarDate {
        let d = PactCalendar.regime.deadline(period, from: event.date).date
        timeline.append(TimelineEntry(id: id, date: d, projected: event.projected, ref: ref,
                                      label: .init(en: "\(en) (\(period.english) from \(fromEN))", nl: "\(nl) (\(period.dutch) na \(fromNL))")))
        return d
    }

    static let timelineIDs = ["screening-end", "registration-deadline", "representative-appointment-deadline", "lodging-deadline",
                              "take-back-notification-deadline", "take-charge-request-deadline", "admissibility-decision-deadline",
                              "border-procedure-end", "schooling-deadline", "decision-deadline", "labour-market-access"]
    static func timelineOrder(_ id: String) -> Int { timelineIDs.firstIndex(of: id) ?? 99 }
}
