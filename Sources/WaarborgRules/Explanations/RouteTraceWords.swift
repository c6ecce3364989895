/// English and Dutch sentences of the route's trace: why the route was taken, and for each route
/// not taken the condition that failed (APR Arts 35, 38, 42-45, 53; AMMR Art 16).
enum RouteTraceWords {
    /// Which points of APR Art 53(2) the case leaves open: only those, so a counsellor does not
    /// chase facts already given. Point (e) counts only where the profile detains in the procedure.
    static func exemptionsOpen(_ f: Findings, detains: Bool) -> LocalizedText {
        var en: [String] = [], nl: [String] = []
        if f.truth(.specialNeedsUnsupported) == .unknown { en.append("whether the support needed can be given at the border ((b)-(c))"); nl.append("of de nodige ondersteuning aan de grens kan worden geboden ((b)-(c))") }
        if f.truth(.medicalReasonsAgainstBorder) == .unknown { en.append("whether medical reasons preclude it ((d))"); nl.append("of medische redenen zich ertegen verzetten ((d))") }
        if detains && f.truth(.detentionGuaranteesUnmet) == .unknown {
            en.append("whether the detention guarantees can be met ((e))"); nl.append("of de waarborgen voor bewaring kunnen worden nageleefd ((e))")
        }
        return .init(en: "not given: " + en.joined(separator: "; ") + "; see the open questions", nl: "niet opgegeven: " + nl.joined(separator: "; ") + "; zie de open vragen")
    }

    /// Which points of APR Art 53(2) hold.
    static func exemptionsThatHold(_ f: Findings, detains: Bool) -> LocalizedText {
        var en: [String] = [], nl: [String] = []
        if f.truth(.specialNeedsUnsupported) == .yes { en.append("(b)-(c) the support needed cannot be given at the border"); nl.append("(b)-(c) de nodige ondersteuning kan aan de grens niet worden geboden") }
        if f.truth(.medicalReasonsAgainstBorder) == .yes { en.append("(d) medical reasons"); nl.append("(d) medische redenen") }
        if detains && f.truth(.detentionGuaranteesUnmet) == .yes {
            en.append("(e) the detention guarantees are not met and the procedure cannot be applied without detention")
            nl.append("(e) niet aan de waarborgen voor bewaring is voldaan en de procedure kan niet zonder bewaring")
        }
        return .init(en: en.joined(separator: "; "), nl: nl.joined(separator: "; "))
    }

    static func optionalGroundsNotApplied(en: String, nl: String) -> LocalizedText {
        .init(en: "the profile does not apply the optional grounds: \(en)", nl: "dit beleidsprofiel past de facultatieve gronden niet toe: \(nl)")
    }
    static let closedListForMinors = LocalizedText(
        en: " (unaccompanied minor: only the closed list of Art 42(3))", nl: " (alleenstaande minderjarige: alleen de gesloten lijst van art. 42 lid 3)")

    static func borderSituation(_ t: Truth, arrival: LocalizedText) -> LocalizedText {
        switch t {
        case .yes: .init(en: "arrival: \(arrival.en) — a border situation before entry is authorised", nl: "aankomst: \(arrival.nl) — een grenssituatie vóór toestemming tot binnenkomst")
        case .no: .init(en: "arrival: \(arrival.en) — not a border situation of Art 43(1)", nl: "aankomst: \(arrival.nl) — geen grenssituatie van art. 43 lid 1")
        case .unknown: .init(en: "how the applicant arrived is not given", nl: "hoe de aanvrager is aangekomen is niet opgegeven")
        }
    }
    static func exemption(_ letters: LocalizedText) -> LocalizedText {
        .init(en: "an exemption of Art 53(2) applies: \(letters.en)", nl: "een uitzondering van art. 53 lid 2 geldt: \(letters.nl)")
    }
    static let noExemption = LocalizedText(
        en: "no exemption: support can be given, no medical reasons preclude the border procedure, and it can be applied without detention or the detention guarantees are met (Art 53(2)(b)-(e)); it continues only while a ground for it holds (Art 53(2)(a))",
        nl: "geen uitzondering: ondersteuning kan worden geboden, er zijn geen medische bezwaren, en de procedure kan zonder bewaring of met naleving van de waarborgen voor bewaring (art. 53 lid 2 onder b-e); die loopt alleen door zolang een grond ervoor geldt (art. 53 lid 2 onder a)")
    static let familiesOnlyOnMandatoryGrounds = LocalizedText(
        en: "family with minor children: the profile applies the border procedure to families only on the mandatory grounds of Art 45",
        nl: "gezin met minderjarige kinderen: dit beleidsprofiel past de grensprocedure bij gezinnen alleen toe op de verplichte gronden van art. 45")

    // Routes not taken.
    static let stillPossible = LocalizedText(en: "it depends on the open questions below", nl: "dit hangt af van de open vragen hieronder")
    static func transferNotTaken(otherStateOpen: Bool) -> LocalizedText {
        otherStateOpen
            ? .init(en: "the member state responsible is not yet determined", nl: "de verantwoordelijke lidstaat is nog niet bepaald")
            : .init(en: "the assessing member state is responsible", nl: "de beoordelende lidstaat is verantwoordelijk")
    }
    static let notABorderSituation = LocalizedText(en: "not a border situation", nl: "geen grenssituatie")
    static let exemptionMayApply = LocalizedText(en: "an exemption of Art 53(2) applies or may apply", nl: "een uitzondering van art. 53 lid 2 geldt of kan gelden")
    static let noBorderGround = LocalizedText(en: "none of the grounds that lead to the border procedure holds", nl: "geen van de gronden die tot de grensprocedure leiden geldt")
    /// Grounds that hold but give way to a route earlier in the legal order are examined in that
    /// route: said, so that "not taken" never reads as "no ground".
    static func earlierRoute(_ route: Route) -> LocalizedText {
        .init(en: ", but \(RouteWords.name(route).en) applies, which comes first in the legal order, and they are examined in it",
              nl: ", maar de \(RouteWords.name(route).nl) gaat in de wettelijke volgorde voor; deze gronden worden daarin behandeld")
    }
    static func inadmissibilityHolds(_ refs: String) -> LocalizedText {
        .init(en: "inadmissibility grounds hold (\(refs))", nl: "niet-ontvankelijkheidsgronden gelden (\(RuleWords.ref(refs, .nl)))")
    }
    static func noInadmissibility(open: Bool) -> LocalizedText {
        open
            ? .init(en: "whether an inadmissibility ground holds depends on a fact not given", nl: "of een niet-ontvankelijkheidsgrond geldt, hangt af van een niet opgegeven feit")
            : .init(en: "no inadmissibility ground is established", nl: "er is geen niet-ontvankelijkheidsgrond vastgesteld")
    }
    static func accelerationHolds(_ refs: String) -> LocalizedText {
        .init(en: "grounds for acceleration hold (\(refs))", nl: "gronden voor versnelling gelden (\(RuleWords.ref(refs, .nl)))")
    }
    static func noAcceleration(open: Bool) -> LocalizedText {
        open
            ? .init(en: "whether a ground for acceleration holds depends on a fact not given", nl: "of een grond voor versnelling geldt, hangt af van een niet opgegeven feit")
            : .init(en: "no ground for acceleration is established", nl: "er is geen grond voor versnelling vastgesteld")
    }
    static let regularLast = LocalizedText(en: "the regular procedure applies only when no other route does", nl: "de reguliere procedure geldt alleen als geen andere route geldt")

    /// Why the route taken was taken.
    static func route(_ route: Route, possible: [Route], responsibility: LocalizedText, atBorder: Bool) -> LocalizedText {
        switch route {
        case .undetermined:
            let en = possible.map { RouteWords.name($0).en }.joined(separator: ", ")
            let nl = possible.map { RouteWords.name($0).nl }.joined(separator: ", ")
            return .init(en: "facts that are not given could lead to different routes (\(en)); see the open questions", nl: "niet opgegeven feiten kunnen tot verschillende routes leiden (\(nl)); zie de open vragen")
        case .transfer:
            return .init(en: "another member state is responsible: \(responsibility.en)" + (atBorder ? "; the Dublin procedure is carried out at the border location (APR Art 52)" : ""),
                         nl: "een andere lidstaat is verantwoordelijk: \(responsibility.nl)" + (atBorder ? "; de Dublinprocedure wordt op de grenslocatie gevoerd (art. 52 Procedureverordening)" : ""))
        case .border:
            return .init(en: "there is a border situation, no exemption applies (APR Art 53(2)), and a ground for the border procedure holds (Arts 44-45)",
                         nl: "er is een grenssituatie, er geldt geen uitzondering (art. 53 lid 2 Procedureverordening) en er is een grond voor de grensprocedure (art. 44-45)")
        case .inadmissibility: return .init(en: "an inadmissibility ground is established", nl: "een niet-ontvankelijkheidsgrond is vastgesteld")
        case .accelerated: return .init(en: "a ground for acceleration is established", nl: "een grond voor versnelling is vastgesteld")
        case .regular: return .init(en: "no other route applies", nl: "geen andere route is van toepassing")
        }
    }
}
