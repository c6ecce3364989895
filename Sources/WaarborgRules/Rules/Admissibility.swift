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
            mandatory = GroundCheck(id: .subsequentWithoutNewElements, ref: "APR Art 38(2); Art 55", truth: !newElements, openFacts: open,
                                    because: ctx.say(AdmissibilityWords.subsequent(AdmissibilityWords.previous(prev), newElements: newElements)))
            subsequentAdmissible = GroundCheck(id: .admissibleSubsequent, ref: "APR Art 42(1)(g)", truth: newElements, openFacts: open,
                                               because: ctx.say(AdmissibilityWords.subsequentAdmissible(AdmissibilityWords.previous(prev), newElements: newElements)))
        } else {
            subsequentAdmissible = GroundCheck(id: .admissibleSubsequent, ref: "APR Art 42(1)(g)", truth: .no, openFacts: [],
                                               because: ctx.say(AdmissibilityWords.noPreviousFinal))
        }

        var optional: [GroundCheck] = []
        var notApplied: [GroundID] = []
        // (a) first country of asylum, Art 58.
        if s.optionalInadmissibilityGrounds.contains(.firstCountryOfAsylum) {
            let c = GroundCheck.finding(.firstCountryOfAsylum, "APR Art 38(1)(a); Art 58", .firstCountryOfAsylum, in: ctx, AdmissibilityWords.firstCountryOfAsylum)
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
                                        because: ctx.say(granted.map { AdmissibilityWords.protectionGranted(by: $0.memberState) } ?? AdmissibilityWords.noProtectionElsewhere)))
        } else { notApplied.append(.protectionInAnotherMemberState) }
        return Result(mandatory: mandatory, subsequentAdmissible: subsequentAdmissible, optional: optional, notApplied: notApplied)
    }

    static func safeThirdCountry(_ ctx: CaseContext) -> GroundCheck {
        let id = GroundID.safeThirdCountry, ref = "APR Art 38(1)(b); Art 59"
        let facts = ctx.facts
        let t = facts.findings.truth(.safeThirdCountry)
        guard t == .yes, let f = facts.findings[.safeThirdCountry] else {
            return GroundCheck.finding(id, ref, .safeThirdCountry, in: ctx, AdmissibilityWords.safeThirdCountry)
        }
        guard let basis = f.basis else {
            return GroundCheck(id: id, ref: ref, truth: .unknown, openFacts: ["findings.safeThirdCountry.basis"],
                               because: ctx.say(AdmissibilityWords.basisNotGiven))
        }
        if basis == .agreement && ctx.unaccompaniedMinor != .no {
            return GroundCheck(id: id, ref: "APR Art 59(5) as amended by Reg 2026/463", truth: ctx.unaccompaniedMinor == .yes ? .no : .unknown,
                               openFacts: ctx.unaccompaniedMinor == .unknown ? ["applicant.birthDate"] : [],
                               because: ctx.say(AdmissibilityWords.noAgreementForMinor))
        }
        guard ctx.settings.safeThirdCountryBases.contains(basis.rawValue) else {
            return GroundCheck(id: id, ref: "APR Art 59(5) as amended by Reg 2026/463", truth: .no, openFacts: [],
                               because: ctx.say(AdmissibilityWords.basisNotApplied(basis)))
        }
        return GroundCheck(id: id, ref: ref, truth: .yes, openFacts: [],
                           because: ctx.say(AdmissibilityWords.safeThirdCountryHolds(f.country, basis: basis)))
    }
}
