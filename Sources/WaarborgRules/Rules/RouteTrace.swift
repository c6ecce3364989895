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
                                   because: .init(en: "the profile does not apply the optional grounds: \(en)", nl: "dit profiel past de facultatieve gronden niet toe: \(nl)"),
                                   sections: [.procedure]))
        }
        let uamNote = ctx.unaccompaniedMinor == .yes
            ? LocalizedText(en: " (unaccompanied minor: only the closed list of Art 42(3))", nl: " (alleenstaande minderjarige: alleen de gesloten lijst van art. 42(3))")
            : LocalizedText(en: "", nl: "")
        for g in e.accelerated {
            trace.append(TraceStep(rule: .accelerated(g.id), ref: g.ref, outcome: outcome(g.truth),
                                   because: .init(en: g.because.en + uamNote.en, nl: g.because.nl + uamNote.nl), sections: [.procedure, .reception]))
        }
        let kind = ctx.facts.arrival?.kind.rawValue ?? "unknown"
        let arrivalWords = ctx.facts.arrival.map { ArrivalWords.name($0.kind) } ?? .init(en: "not given", nl: "niet opgegeven")
        trace.append(TraceStep(rule: .borderEligibility, ref: "APR Art 43(1)", outcome: outcome(e.borderEligible),
                               because: e.borderEligible == .yes
                                ? .init(en: "arrival \(arrivalWords.en): a border situation before entry is authorised", nl: "aankomst \(arrivalWords.nl): een grenssituatie vóór toestemming tot binnenkomst")
                                : e.borderEligible == .no
                                    ? .init(en: "arrival \(arrivalWords.en): not a border situation of Art 43(1)", nl: "aankomst \(arrivalWords.nl): geen grenssituatie van art. 43(1)")
                                    : .init(en: "how the applicant arrived is not given", nl: "hoe de aanvrager is aangekomen is niet opgegeven"),
                               sections: [.procedure]))
        // The exemptions matter only where there is, or may be, a border situation.
        if e.borderEligible != .no { trace.append(TraceStep(rule: .borderExemptions, ref: "APR Art 53(2)", outcome: outcome(e.borderExempt),
                               because: e.borderExempt == .yes
                                ? .init(en: "an exemption of Art 53(2) applies: \(exemptLetters(ctx).en)", nl: "een uitzondering van art. 53(2) geldt: \(exemptLetters(ctx).nl)")
                                : e.borderExempt == .no
                                    ? .init(en: "no exemption: support can be given, no medical reasons preclude the border procedure, and it can be applied without detention or the detention guarantees are met (Art 53(2)(b)-(e)); it continues only while a ground for it holds (Art 53(2)(a))", nl: "geen uitzondering: ondersteuning kan worden geboden, er zijn geen medische bezwaren, en de procedure kan zonder bewaring of met naleving van de waarborgen voor bewaring (art. 53(2)(b)-(e)); die loopt alleen door zolang een grond ervoor geldt (art. 53(2)(a))")
                                    : exemptOpen(ctx),
                               sections: [.procedure])) }
        if e.familyLimited != .no {
            trace.append(TraceStep(rule: .borderFamilies, ref: "APR Art 45(1); Art 53(2)(b)", outcome: outcome(e.familyLimited),
                                   because: .init(en: "family with minor children: the profile applies the border procedure to families only on the mandatory grounds of Art 45",
                                                  nl: "gezin met minderjarige kinderen: dit profiel past de grensprocedure bij gezinnen alleen toe op de verplichte gronden van art. 45"),
                                   sections: [.procedure]))
        }

        let route = e.route
        var notTaken: [NotTaken] = []
        func add(_ r: Route, _ failedOn: String, _ ref: String, _ why: LocalizedText) {
            guard r != route else { return }
            // While the route is open, a route an answer can still lead to is not "not taken".
            if route == .undetermined && e.possible.contains(r) {
                notTaken.append(NotTaken(option: r.rawValue, isRoute: true, failedOn: "undetermined", ref: ref,
                                         because: .init(en: "still possible: it depends on the open questions below", nl: "nog mogelijk: dit hangt af van de open vragen hieronder")))
                return
            }
            notTaken.append(NotTaken(option: r.rawValue, isRoute: true, failedOn: failedOn, ref: ref, because: why))
        }
        let resp = e.responsibility.responsibility
        add(.transfer, "responsibility.memberState = \(resp.memberState?.code ?? "undetermined")", resp.ref,
            e.responsibility.otherState == .unknown ? .init(en: "the member state responsible is not yet determined", nl: "de verantwoordelijke lidstaat is nog niet bepaald")
                : .init(en: "the assessing member state is responsible", nl: "de beoordelende lidstaat is verantwoordelijk"))
        if e.borderEligible != .yes {
            add(.border, "arrival.kind = \(kind)", "APR Art 43(1)", .init(en: "not a border situation", nl: "geen grenssituatie"))
        } else if e.borderExempt != .no {
            add(.border, "findings.specialNeedsUnsupported / findings.medicalReasonsAgainstBorder", "APR Art 53(2)", .init(en: "an exemption of Art 53(2) applies or may apply", nl: "een uitzondering van art. 53(2) geldt of kan gelden"))
        } else {
            add(.border, "no mandatory ground (Art 45(1)) and no optional ground of the profile (Art 44(1))", "APR Art 44(1); Art 45(1)",
                .init(en: "none of the grounds that lead to the border procedure holds", nl: "geen van de gronden die tot de grensprocedure leiden geldt"))
        }
        let earlier = LocalizedText(en: ", but \(RouteWords.name(route).en) applies, which comes first in the legal order, and they are examined in it",
                                    nl: ", maar de \(RouteWords.name(route).nl) gaat in de wettelijke volgorde voor; deze gronden worden daarin behandeld")
        if adm.inadmissible == .yes {
            let held = adm.all.filter { $0.truth == .yes }.map(\.ref).joined(separator: ", ")
            add(.inadmissibility, "an earlier route applies", "APR Art 38",
                .init(en: "inadmissibility grounds hold (\(held))", nl: "niet-ontvankelijkheidsgronden gelden (\(RuleWords.ref(held, .nl)))") + earlier)
        } else {
            add(.inadmissibility, adm.all.isEmpty ? "no inadmissibility ground applied" : adm.all.map(\.id.rawValue).joined(separator: ", ") + " not established", "APR Art 38",
                adm.inadmissible == .unknown ? .init(en: "whether an inadmissibility ground holds depends on a fact not given", nl: "of een niet-ontvankelijkheidsgrond geldt, hangt af van een niet opgegeven feit")
                    : .init(en: "no inadmissibility ground is established", nl: "er is geen niet-ontvankelijkheidsgrond vastgesteld"))
        }
        let accRef = ctx.unaccompaniedMinor == .yes ? "APR Art 42(3)" : "APR Art 42(1)"
        if e.anyAccelerated == .yes {
            let held = e.accelerated.filter { $0.truth == .yes }.map(\.ref).joined(separator: ", ")
            add(.accelerated, "an earlier route applies", accRef,
                .init(en: "grounds for acceleration hold (\(held))", nl: "gronden voor versnelling gelden (\(RuleWords.ref(held, .nl)))") + earlier)
        } else {
            add(.accelerated, "APR Art 42 grounds not established", accRef,
                e.anyAccelerated == .unknown ? .init(en: "whether a ground for acceleration holds depends on a fact not given", nl: "of een grond voor versnelling geldt, hangt af van een niet opgegeven feit")
                    : .init(en: "no ground for acceleration is established", nl: "er is geen grond voor versnelling vastgesteld"))
        }
        add(.regular, "a route earlier in the order applies", "APR Art 35(4)",
            .init(en: "the regular procedure applies only when no other route does", nl: "de reguliere procedure geldt alleen als geen andere route geldt"))
        let because: LocalizedText
        switch route {
        case .undetermined:
            let en = e.possible.map { RouteWords.name($0).en }.joined(separator: ", ")
            let nl = e.possible.map { RouteWords.name($0).nl }.joined(separator: ", ")
            because = .init(en: "facts that are not given could lead to different routes (\(en)); see the open questions", nl: "niet opgegeven feiten kunnen tot verschillende routes leiden (\(nl)); zie de open vragen")
        case .transfer:
            let atBorder = e.borderEligible == .yes
            because = .init(en: "another member state is responsible: \(e.responsibility.because.en)" + (atBorder ? "; the Dublin procedure is carried out at the border location (APR Art 52)" : ""),
                            nl: "een andere lidstaat is verantwoordelijk: \(e.responsibility.because.nl)" + (atBorder ? "; de Dublinprocedure wordt op de grenslocatie gevoerd (APR art. 52)" : ""))
        case .border: because = .init(en: "there is a border situation, no exemption applies (APR Art 53(2)), and a ground for the border procedure holds (Arts 44-45)",
                                      nl: "er is een grenssituatie, er geldt geen uitzondering (APR art. 53(2)) en er is een grond voor de grensprocedure (art. 44-45)")
        case .inadmissibility: because = .init(en: "an inadmissibility ground is established", nl: "een niet-ontvankelijkheidsgrond is vastgesteld")
        case .accelerated: because = .init(en: "a ground for acceleration is established", nl: "een grond voor versnelling is vastgesteld")
        case .regular: because = .init(en: "no other route applies", nl: "geen andere route is van toepassing")
        }
        var step = TraceStep(rule: .route, ref: route == .border ? "APR Art 44(1); Art 45(1)" : route == .transfer ? resp.ref : route == .inadmissibility ? "APR Art 38" : route == .accelerated ? "APR Art 42" : "APR Art 35",
                             outcome: .string(route.rawValue), because: because, sections: [.procedure])
        step.notTaken = notTaken
        trace.append(step)
    }

    /// Which points of APR Art 53(2) the case leaves open, in words: only those, so a counsellor
    /// does not chase facts already given.
    func exemptOpen(_ ctx: CaseContext) -> LocalizedText {
        let f = ctx.facts.findings
        var en: [String] = [], nl: [String] = []
        if f.truth(.specialNeedsUnsupported) == .unknown { en.append("whether the support needed can be given at the border ((b)-(c))"); nl.append("of de nodige ondersteuning aan de grens kan worden geboden ((b)-(c))") }
        if f.truth(.medicalReasonsAgainstBorder) == .unknown { en.append("whether medical reasons preclude it ((d))"); nl.append("of medische redenen zich ertegen verzetten ((d))") }
        if ctx.settings.detainsInBorderProcedure && f.truth(.detentionGuaranteesUnmet) == .unknown {
            en.append("whether the detention guarantees can be met ((e))"); nl.append("of de waarborgen voor bewaring kunnen worden nageleefd ((e))")
        }
        return .init(en: "not given: " + en.joined(separator: "; ") + "; see the open questions", nl: "niet opgegeven: " + nl.joined(separator: "; ") + "; zie de open vragen")
    }

    /// Which points of APR Art 53(2) hold, in words.
    func exemptLetters(_ ctx: CaseContext) -> LocalizedText {
        let f = ctx.facts.findings
        var en: [String] = [], nl: [String] = []
        if f.truth(.specialNeedsUnsupported) == .yes { en.append("(b)-(c) the support needed cannot be given at the border"); nl.append("(b)-(c) de nodige ondersteuning kan aan de grens niet worden geboden") }
        if f.truth(.medicalReasonsAgainstBorder) == .yes { en.append("(d) medical reasons"); nl.append("(d) medische redenen") }
        if ctx.settings.detainsInBorderProcedure && f.truth(.detentionGuaranteesUnmet) == .yes {
            en.append("(e) the detention guarantees are not met and the procedure cannot be applied without detention")
            nl.append("(e) niet aan de waarborgen voor bewaring is voldaan en de procedure kan niet zonder bewaring")
        }
        return .init(en: en.joined(separator: "; "), nl: nl.joined(separator: "; "))
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
        case .transfer:
            because = .init(en: "another member state is responsible under Dublin III: ", nl: "een andere lidstaat is verantwoordelijk volgens Dublin III: ") + e.responsibility.because
        case .regular:
            because = .init(en: "the Netherlands examines the application under the Vreemdelingenwet 2000 as it stood (general or extended asylum procedure); the Pact's border, accelerated and inadmissibility routes do not apply to it",
                            nl: "Nederland behandelt de aanvraag volgens de Vreemdelingenwet 2000 zoals die gold (algemene of verlengde asielprocedure); de grens-, versnelde en niet-ontvankelijkheidsroutes van het Pact gelden er niet voor")
        default:
            because = .init(en: "whether another member state is responsible under Dublin III is open: ", nl: "of een andere lidstaat volgens Dublin III verantwoordelijk is, staat open: ") + e.responsibility.because
        }
        trace.append(TraceStep(rule: .route, ref: route == .transfer ? e.responsibility.responsibility.ref : "Vw 2000 art 42; Directive 2013/32/EU Art 31",
                               outcome: .string(route.rawValue), because: because, sections: [.procedure]))
    }
}
