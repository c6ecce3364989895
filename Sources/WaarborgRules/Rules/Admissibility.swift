/// APR Art 38 and Art 55: whether the application is examined on the merits at all.
enum Admissibility {
    /// A previous application in any member state that ended in a final decision or was withdrawn
    /// makes this one a subsequent application (APR Art 55(2)).
    static func previousFinalApplication(_ facts: CaseFacts) -> HistoryEvent? {
        facts.history.first { $0.event == .application && ($0.outcome == .rejected || $0.outcome == .withdrawn) }
    }

    struct Result {
        /// Subsequent application without new elements: inadmissible (Art 38(2), mandatory).
        let mandatory: GroundCheck?
        /// Subsequent application with new elements: admissible, accelerated under Art 42(1)(g).
        let subsequentAdmissible: GroundCheck
        /// Optional grounds the profile applies (Art 38(1)).
        let optional: [GroundCheck]
        let notApplied: [GroundID]

        /// Built once: every route rule reads them.
        let all: [GroundCheck]
        let inadmissible: Truth

        init(mandatory: GroundCheck?, subsequentAdmissible: GroundCheck, optional: [GroundCheck], notApplied: [GroundID]) {
            self.mandatory = mandatory
            self.subsequentAdmissible = subsequentAdmissible
            self.optional = optional
            self.notApplied = notApplied
            all = (mandatory.map { [$0] } ?? []) + optional
            inadmissible = all.reduce(Truth.no) { $0 || $1.truth }
        }
    }

    static func evaluate(_ ctx: CaseContext) -> Result {
        let facts = ctx.facts
        let s = ctx.settings
        var mandatory: GroundCheck? = nil
        let subsequentAdmissible: GroundCheck
        if let prev = previousFinalApplication(facts) {
            let newElements = facts.findings.truth(.newElements)
            let open = newElements == .unknown ? [FindingID.newElements.factPath] : []
            let en = "previous application in \(prev.memberState) was \(prev.outcome!.rawValue)"
            let nl = "eerdere aanvraag in \(prev.memberState) is \(prev.outcome! == .rejected ? "afgewezen" : "ingetrokken")"
            mandatory = GroundCheck(id: .subsequentWithoutNewElements, ref: "APR Art 38(2); Art 55", truth: !newElements, openFacts: open,
                                    because: ctx.say(.init(en: "\(en): subsequent application; " + (newElements == .yes ? "new elements were presented" : newElements == .no ? "no new elements" : "whether there are new elements is not given"),
                                                   nl: "\(nl): volgende aanvraag; " + (newElements == .yes ? "nieuwe elementen aangevoerd" : newElements == .no ? "geen nieuwe elementen" : "of er nieuwe elementen zijn is niet opgegeven"))))
            subsequentAdmissible = GroundCheck(id: .admissibleSubsequent, ref: "APR Art 42(1)(g)", truth: newElements, openFacts: open,
                                               because: ctx.say(newElements == .yes ? .init(en: "\(en): subsequent application with new elements, so admissible", nl: "\(nl): volgende aanvraag met nieuwe elementen, dus ontvankelijk")
                                                   : newElements == .no ? .init(en: "\(en): subsequent application without new elements, so inadmissible", nl: "\(nl): volgende aanvraag zonder nieuwe elementen, dus niet-ontvankelijk")
                                                   : .init(en: "\(en): subsequent application; whether it has new elements is not given", nl: "\(nl): volgende aanvraag; of er nieuwe elementen zijn is niet opgegeven")))
        } else {
            subsequentAdmissible = GroundCheck(id: .admissibleSubsequent, ref: "APR Art 42(1)(g)", truth: .no, openFacts: [],
                                               because: ctx.say(.init(en: "no earlier application with a final decision", nl: "geen eerdere aanvraag met een definitief besluit")))
        }

        var optional: [GroundCheck] = []
        var notApplied: [GroundID] = []
        // (a) first country of asylum, Art 58.
        if s.optionalInadmissibilityGrounds.contains(.firstCountryOfAsylum) {
            let c = GroundCheck.finding(.firstCountryOfAsylum, "APR Art 38(1)(a); Art 58", .firstCountryOfAsylum, in: ctx,
                                        en: "a first country of asylum applies", nl: "er een eerste land van asiel is")
            optional.append(c)
        } else { notApplied.append(.firstCountryOfAsylum) }
        // (b) safe third country, Art 59 as amended by Reg 2026/463.
        if s.optionalInadmissibilityGrounds.contains(.safeThirdCountry) {
            optional.append(safeThirdCountry(ctx))
        } else { notApplied.append(.safeThirdCountry) }
        // (c) protection granted by another member state.
        if s.optionalInadmissibilityGrounds.contains(.protectionInAnotherMemberState) {
            let granted = facts.history.first {
                $0.memberState != facts.memberState && ($0.event == .protectionGranted || ($0.event == .application && $0.outcome == .granted))
            }
            optional.append(GroundCheck(id: .protectionInAnotherMemberState, ref: "APR Art 38(1)(c)", truth: Truth(granted != nil), openFacts: [],
                                        because: ctx.say(granted.map { .init(en: "\($0.memberState) granted international protection", nl: "\($0.memberState) heeft internationale bescherming verleend") }
                                            ?? .init(en: "no grant of protection by another member state in the history", nl: "geen verlening van bescherming door een andere lidstaat in de voorgeschiedenis"))))
        } else { notApplied.append(.protectionInAnotherMemberState) }
        return Result(mandatory: mandatory, subsequentAdmissible: subsequentAdmissible, optional: optional, notApplied: notApplied)
    }

    static func safeThirdCountry(_ ctx: CaseContext) -> GroundCheck {
        let id = GroundID.safeThirdCountry, ref = "APR Art 38(1)(b); Art 59"
        let facts = ctx.facts
        let t = facts.findings.truth(.safeThirdCountry)
        guard t == .yes, let f = facts.findings[.safeThirdCountry] else {
            return GroundCheck.finding(id, ref, .safeThirdCountry, in: ctx, en: "a safe third country applies", nl: "er een veilig derde land is")
        }
        guard let basis = f.basis else {
            return GroundCheck(id: id, ref: ref, truth: .unknown, openFacts: ["findings.safeThirdCountry.basis"],
                               because: ctx.say(.init(en: "a safe third country is found but its basis (connection, transit, agreement) is not given",
                                              nl: "er is een veilig derde land vastgesteld, maar de grondslag (band, doorreis, overeenkomst) is niet opgegeven")))
        }
        if basis == .agreement && ctx.unaccompaniedMinor != .no {
            return GroundCheck(id: id, ref: "APR Art 59(5) as amended by Reg 2026/463", truth: ctx.unaccompaniedMinor == .yes ? .no : .unknown,
                               openFacts: ctx.unaccompaniedMinor == .unknown ? ["applicant.birthDate"] : [],
                               because: ctx.say(.init(en: "an agreement with the third country cannot be the basis for an unaccompanied minor",
                                              nl: "een overeenkomst met het derde land kan geen grondslag zijn voor een alleenstaande minderjarige")))
        }
        guard ctx.settings.safeThirdCountryBases.contains(basis.rawValue) else {
            return GroundCheck(id: id, ref: "APR Art 59(5) as amended by Reg 2026/463", truth: .no, openFacts: [],
                               because: ctx.say(.init(en: "the profile does not apply the safe-third-country concept on the basis of \(basis.rawValue)",
                                              nl: "dit profiel past het concept veilig derde land niet toe op grond van \(basis.rawValue)")))
        }
        let country = f.country.map { " (\($0))" } ?? ""
        return GroundCheck(id: id, ref: ref, truth: .yes, openFacts: [],
                           because: ctx.say(.init(en: "safe third country\(country) on the basis of \(basis.rawValue)", nl: "veilig derde land\(country) op grond van \(basis.rawValue)")))
    }
}
