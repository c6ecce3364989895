import LegalCalendar

extension Assessor {

    /// RCD Art 16(2) schooling and Art 17(1) labour-market access, both as calendar dates.
    func receptionDates(_ ctx: CaseContext, _ e: RouteEvaluation, _ route: Route,
                        _ trace: inout Trace, _ timeline: inout [TimelineEntry]) -> (CalendarDate?, CalendarDate?) {
        let s = ctx.settings
        let cal = PactCalendar.regime
        var labour: CalendarDate? = nil
        var school: CalendarDate? = nil
        let minorInvolved = ctx.unaccompaniedMinor == .yes || ctx.familyWithMinorChildren == .yes
        if minorInvolved && route != .transfer {
            let d = cal.deadline(s.schoolingWithin, from: ctx.lodging.date, ctx.say)
            school = d.date
            timeline.append(TimelineEntry(id: .schooling, date: d.date, projected: ctx.lodging.projected, ref: "RCD Art 16(2)",
                                          label: ctx.say(.init(en: "School access for the minor(s) (\(s.schoolingWithin.english) from lodging)", nl: "Toegang tot onderwijs voor de minderjarige(n) (\(s.schoolingWithin.dutch) na indiening)"))))
            var because = ctx.say(LocalizedText(en: "minor(s) involved: access to education no later than \(d.date.en)", nl: "minderjarige(n) betrokken: toegang tot onderwijs uiterlijk \(d.date.nl)"))
            if let m = d.moved { because = ctx.say(.init(en: because.en + " (" + m.en + ")", nl: because.nl + " (" + m.nl + ")")) }
            trace.append(TraceStep(rule: .schooling, ref: "RCD Art 16(2)", outcome: .string(d.date.iso), because: because, sections: [.reception, .timeline]))
        }
        // Accelerated on grounds (a)-(f) of Art 42(1): no labour-market access (RCD Art 17(1)).
        let barring = e.accelerated.filter { $0.id.barsLabourMarket }
        let groundsBar = barring.reduce(Truth.no) { $0 || $1.truth }
        let routeBars: Truth = route == .accelerated || route == .border ? .yes
            : route == .undetermined && (e.possible.contains(.accelerated) || e.possible.contains(.border)) ? .unknown : .no
        let barred = routeBars && groundsBar
        // An open route where every possible route ends work access (accelerated or border on a
        // barring ground that holds, or a transfer) leaves no doubt about work: none.
        let noneOnEveryRoute = route == .undetermined && !e.possible.isEmpty && groundsBar == .yes
            && e.possible.allSatisfy { $0 == .accelerated || $0 == .border || $0 == .transfer }
        if noneOnEveryRoute {
            trace.append(TraceStep(rule: .labourMarket, ref: "RCD Art 17(1); Art 21", outcome: .null,
                                   because: .init(en: "no access to the labour market on any route still possible: the examination would be accelerated on a ground of APR Art 42(1)(a)-(f) that holds, or another member state would be responsible",
                                                  nl: "geen toegang tot de arbeidsmarkt, op welke nog mogelijke route ook: de behandeling zou worden versneld op een grond van APR art. 42(1)(a)-(f) die vaststaat, of een andere lidstaat zou verantwoordelijk zijn"),
                                   sections: [.reception, .timeline]))
        } else if route == .transfer {
            trace.append(TraceStep(rule: .labourMarket, ref: "RCD Art 21; AMMR Art 17(4)", outcome: .null,
                                   because: .init(en: "another member state is responsible: \(ctx.facts.memberState) need not give access to the labour market", nl: "een andere lidstaat is verantwoordelijk: \(ctx.facts.memberState) hoeft geen toegang tot de arbeidsmarkt te geven"),
                                   sections: [.reception, .timeline]))
        } else if barred == .yes {
            trace.append(TraceStep(rule: .labourMarket, ref: "RCD Art 17(1)", outcome: .null,
                                   because: .init(en: "the examination is accelerated on a ground of APR Art 42(1)(a)-(f): no access to the labour market", nl: "de behandeling is versneld op een grond van APR art. 42(1)(a)-(f): geen toegang tot de arbeidsmarkt"),
                                   sections: [.reception, .timeline]))
        } else if barred == .unknown {
            trace.append(TraceStep(rule: .labourMarket, ref: "RCD Art 17(1)", outcome: .string("undetermined"),
                                   because: .init(en: "not determined: there is no access if the examination is accelerated on a ground of APR Art 42(1)(a)-(f), and whether such a ground holds depends on a fact not given (see the open questions)", nl: "niet bepaald: er is geen toegang als de behandeling wordt versneld op een grond van APR art. 42(1)(a)-(f), en of zo'n grond geldt hangt af van een niet opgegeven feit (zie de open vragen)"),
                                   sections: [.reception, .timeline]))
        } else {
            let d = cal.deadline(s.labourMarketAfter, from: ctx.registration.date, ctx.say)
            labour = d.date
            let st = s.labourMarketStatus
            timeline.append(TimelineEntry(id: .labourMarket, date: d.date, projected: ctx.registration.projected, ref: "RCD Art 17(1)",
                                          label: ctx.say(.init(en: "Labour-market access if no first-instance decision yet (\(s.labourMarketAfter.english) from registration)", nl: "Toegang tot de arbeidsmarkt als er nog geen beslissing in eerste aanleg is (\(s.labourMarketAfter.dutch) na registratie)")
                                                         + (st == .proposed || st == .rejected ? .init(en: " — only under a proposal, not the law in force", nl: " — alleen volgens een voorstel, geen geldend recht") : .init(en: "", nl: "")))))
            trace.append(TraceStep(rule: .labourMarket, ref: "RCD Art 17(1)", outcome: .string(d.date.iso),
                                   because: .init(en: "access no later than \(d.date.en) if no first-instance decision has been taken and the delay is not the applicant's doing (profile value \(s.labourMarketAfter.english), \(StatusWords.name(st).en))",
                                                  nl: "toegang uiterlijk \(d.date.nl) als er nog geen beslissing in eerste aanleg is en de vertraging niet aan de aanvrager ligt (beleidswaarde \(s.labourMarketAfter.dutch), \(StatusWords.name(st).nl))"),
                                   sections: [.reception, .timeline]))
        }
        return (labour, school)
    }

    /// The kind of reception that goes with the route (RCD; APR Art 54 for the border procedure).
    func receptionKind(_ ctx: CaseContext, _ route: Route, _ labour: CalendarDate?, _ school: CalendarDate?, _ trace: inout Trace) -> Reception {
        let kind: String, ref: String, why: LocalizedText
        var afterTransfer: String? = nil
        if ctx.regime == .prePact {
            // The old law gives full reception to every applicant, Dublin cases included (Rva 2005; Directive 2013/33/EU Art 17).
            (kind, ref, why) = (ctx.unaccompaniedMinor == .yes ? "unaccompanied-minor-facility" : "regular", "Directive 2013/33/EU Art 17; Wet COA art 3",
                                .init(en: "former law: material reception conditions from the making of the application, also while a Dublin transfer is pending",
                                      nl: "oud recht: materiële opvangvoorzieningen vanaf het doen van de aanvraag, ook zolang een Dublinoverdracht loopt"))
        } else if ctx.unaccompaniedMinor == .yes {
            // Also in a Dublin procedure: the Art 21 cut cannot take away what the child's best
            // interests require (RCD Arts 26-27; Charter Art 24), so no Dublin minimum for minors.
            (kind, ref, why) = ("unaccompanied-minor-facility", "RCD Art 27", route == .transfer
                ? .init(en: "unaccompanied minor: reception suited to minors, also while the transfer is pending; the Dublin minimum of RCD Art 21 does not apply to a child alone", nl: "alleenstaande minderjarige: opvang die past bij minderjarigen, ook zolang de overdracht loopt; het Dublinminimum van RCD art. 21 geldt niet voor een kind alleen")
                : .init(en: "unaccompanied minor: reception suited to minors", nl: "alleenstaande minderjarige: opvang die past bij minderjarigen"))
        } else if route == .transfer && !ctx.settings.fullDublinReception {
            // RCD Art 21 takes the reception conditions of Arts 17-20 away only from the moment the
            // applicant has been notified of a decision to transfer; until then they apply in full.
            afterTransfer = "dublin-minimum"
            (kind, ref, why) = ("regular", "RCD Art 19(1); Art 21; AMMR Art 18", .init(en: "another member state is responsible: full reception until a transfer decision is notified; from then, outside the responsible state, only the standard of living EU law requires (basic needs, health care, schooling for children)",
                                                                                   nl: "een andere lidstaat is verantwoordelijk: volledige opvang tot een overdrachtsbesluit is bekendgemaakt; daarna, buiten de verantwoordelijke staat, alleen de levensstandaard die het Unierecht vereist (basisbehoeften, zorg, onderwijs voor kinderen)"))
        } else if route == .transfer {
            (kind, ref, why) = ("regular", "RCD Art 19; Art 21", .init(en: "another member state is responsible, but the profile keeps full reception until the transfer", nl: "een andere lidstaat is verantwoordelijk, maar dit profiel houdt volledige opvang aan tot de overdracht"))
        } else if route == .border && ctx.familyWithMinorChildren == .yes {
            (kind, ref, why) = ("family-facility", "APR Art 54(2)", .init(en: "family with minor children in the border procedure: a facility suited to families", nl: "gezin met minderjarige kinderen in de grensprocedure: een voorziening die past bij gezinnen"))
        } else if route == .border {
            (kind, ref, why) = ("border-facility", "APR Art 54(1)", .init(en: "border procedure: residence at or near the border or another designated location", nl: "grensprocedure: verblijf aan of nabij de grens of op een andere aangewezen locatie"))
        } else {
            (kind, ref, why) = ("regular", "RCD Art 19(1)", route == .undetermined
                                ? .init(en: "the route is undetermined; until it is known, material reception conditions apply from the making of the application", nl: "de route staat niet vast; tot die bekend is gelden de materiële opvangvoorzieningen vanaf het doen van de aanvraag")
                                : .init(en: "material reception conditions from the making of the application", nl: "materiële opvangvoorzieningen vanaf het doen van de aanvraag"))
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
                                   because: .init(en: "special reception needs are assessed as early as possible and completed by \(d.date.en) (\(ctx.settings.specialNeedsAssessment.english) from making)",
                                                  nl: "bijzondere opvangbehoeften worden zo vroeg mogelijk beoordeeld, uiterlijk \(d.date.nl) (\(ctx.settings.specialNeedsAssessment.dutch) na het doen van de aanvraag)"),
                                   sections: [.reception]))
            let lang = ctx.settings.languageCourses
            let langWhy: LocalizedText = switch lang {
            case .all: .init(en: "language courses for every applicant from the start", nl: "taallessen voor elke aanvrager vanaf het begin")
            case .none: .init(en: "no language courses during the procedure (the Pact does not require them)", nl: "geen taallessen tijdens de procedure (het Pact vereist ze niet)")
            case .goodProspectsOnly: .init(en: "language courses only for applicants with good prospects", nl: "taallessen alleen voor kansrijke aanvragers")
            }
            trace.append(TraceStep(rule: .languageCourses, ref: "RCD Art 19", outcome: .string(lang.rawValue),
                                   because: langWhy,
                                   sections: [.reception]))
        }
        return Reception(kind: kind, labourMarketFrom: labour, schoolingBy: school, ref: ref, determined: route != .undetermined,
                         specialNeedsAssessmentBy: needsBy, languageCourses: ctx.settings.languageCourses,
                         languageCoursesStatus: ctx.settings.languageCoursesStatus, afterTransferDecision: afterTransfer)
    }
}
