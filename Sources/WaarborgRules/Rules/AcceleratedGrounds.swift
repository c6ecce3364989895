import LegalCalendar

/// APR Art 42: the grounds on which the examination must be accelerated, and the closed list
/// for unaccompanied minors (Art 42(3)). Each ground is evaluated in three-valued logic from
/// the findings and the datasets; the engine never supplies a finding itself.
enum AcceleratedGrounds {
    static func safeCountryOfOrigin(_ ctx: CaseContext, id: GroundID, ref: String) -> GroundCheck {
        let s = ctx.settings
        guard let country = ctx.countryOfOrigin else {
            return GroundCheck(id: id, ref: ref, truth: .unknown, openFacts: [ctx.countryOfOriginFact],
                               because: ctx.say(GroundWords.countryUnknown))
        }
        let lists = ctx.data.safeCountries.listIDs.filter { s.safeCountryLists.contains($0) }
        guard let d = ctx.data.safeCountries.designation(of: country, lists: lists) else {
            return GroundCheck(id: id, ref: ref, truth: .no, openFacts: [],
                               because: ctx.say(SafeCountryWords.notListed(country, lists)))
        }
        let exempt = ctx.facts.applicant.riskProfiles.filter { s.safeCountryExemptRiskProfiles.contains($0.rawValue) }
        if let p = exempt.first {
            return GroundCheck(id: id, ref: "APR Art 61(2)", truth: .no, openFacts: [],
                               because: ctx.say(SafeCountryWords.exceptedCategory(country, ref: d.ref, category: p.rawValue)))
        }
        let rebutted = ctx.facts.findings.truth(.safeCountryOfOriginRebutted)
        let because = ctx.say(SafeCountryWords.designated(country, list: d.list, ref: d.ref, rebutted: rebutted))
        return GroundCheck(id: id, ref: ref, truth: !rebutted,
                           openFacts: rebutted == .unknown ? [FindingID.safeCountryOfOriginRebutted.factPath] : [], because: because)
    }

    static func lowRecognitionRate(_ ctx: CaseContext) -> GroundCheck {
        let id = GroundID.lowRecognitionRate, ref = id.ref
        let threshold = ctx.settings.recognitionRateThreshold
        let pct = Int((threshold * 100).rounded())
        guard let country = ctx.countryOfOrigin else {
            return GroundCheck(id: id, ref: ref, truth: .unknown, openFacts: [ctx.countryOfOriginFact],
                               because: ctx.say(GroundWords.countryUnknown))
        }
        guard let e = ctx.data.recognitionRates.latest(for: country), let figure = e.comparable else {
            return GroundCheck(id: id, ref: ref, truth: .unknown, openFacts: ["datasets.eu-recognition-rates[\(country)]"],
                               because: ctx.say(RecognitionRateWords.noFigure(country, percent: pct)))
        }
        if e.rate == nil && figure > threshold {
            return GroundCheck(id: id, ref: ref, truth: .unknown, openFacts: ["datasets.eu-recognition-rates[\(country)]"],
                               because: ctx.say(RecognitionRateWords.onlyABucket(country, e, percent: pct)))
        }
        // Art 42(1)(j) takes the latest yearly Eurostat average: a figure older than the year
        // before the application may have been overtaken, and the reader is told to check.
        let stale = ctx.say.ifAny(e.year < ctx.facts.application.madeOn.year - 1
                                  ? RecognitionRateWords.mayBeOutdated(year: e.year, newest: ctx.facts.application.madeOn.year - 1) : nil)
        if figure > threshold {
            return GroundCheck(id: id, ref: ref, truth: .no, openFacts: [],
                               because: ctx.say(RecognitionRateWords.above(country, e, percent: pct)) + (stale ?? .silence))
        }
        let change = ctx.facts.findings.truth(.significantChangeInCountry)
        let category = ctx.facts.findings.truth(.categoryNotRepresentative)
        let t = !change && !category
        var open: [String] = []
        if change == .unknown { open.append(FindingID.significantChangeInCountry.factPath) }
        if category == .unknown { open.append(FindingID.categoryNotRepresentative.factPath) }
        return GroundCheck(id: id, ref: ref, truth: t, openFacts: open,
                           because: ctx.say(RecognitionRateWords.atOrBelow(country, e, percent: pct, groundHolds: t)) + (stale ?? .silence))
    }

    /// For a stateless applicant the country-based grounds look at the country of former habitual
    /// residence (APR Art 42(1)(e), (j); Art 61): the reason says so.
    static func forStateless(_ g: GroundCheck, _ ctx: CaseContext) -> GroundCheck {
        guard ctx.facts.applicant.stateless else { return g }
        return GroundCheck(id: g.id, ref: g.ref, truth: g.truth, openFacts: g.openFacts,
                           because: ctx.say(GroundWords.stateless + g.because))
    }

    /// Art 42(1)(a)-(j) for applicants who are not unaccompanied minors.
    static func adult(_ ctx: CaseContext, subsequentAdmissible: GroundCheck) -> [GroundCheck] {
        return [
            .finding(.irrelevantIssues, "APR Art 42(1)(a)", .irrelevantIssuesOnly, in: ctx, GroundStatements.irrelevantIssues),
            .finding(.falseStatements, "APR Art 42(1)(b)", .inconsistentOrFalseStatements, in: ctx, GroundStatements.falseStatements),
            .finding(.misledAuthorities, "APR Art 42(1)(c)", .misledAuthorities, in: ctx, GroundStatements.misledAuthorities),
            .finding(.delayingRemoval, "APR Art 42(1)(d)", .applicationToDelayRemoval, in: ctx, GroundStatements.delayingRemoval),
            forStateless(safeCountryOfOrigin(ctx, id: .safeCountryOfOrigin, ref: "APR Art 42(1)(e)"), ctx),
            .finding(.publicOrderDanger, "APR Art 42(1)(f)", .publicOrderDanger, in: ctx, GroundStatements.publicOrderDanger),
            GroundCheck(id: .admissibleSubsequent, ref: "APR Art 42(1)(g)", truth: subsequentAdmissible.truth,
                        openFacts: subsequentAdmissible.openFacts, because: subsequentAdmissible.because),
            .finding(.lateApplication, "APR Art 42(1)(h)", .lateApplicationWithoutReason, in: ctx, GroundStatements.lateApplication),
            .finding(.refusesBiometrics, "APR Art 42(1)(i)", .refusesBiometrics, in: ctx, GroundStatements.refusesBiometrics),
            forStateless(lowRecognitionRate(ctx), ctx),
        ]
    }

    /// Art 42(3): the closed list for unaccompanied minors.
    static func unaccompaniedMinor(_ ctx: CaseContext, subsequentAdmissible: GroundCheck) -> [GroundCheck] {
        let security = GroundCheck.finding(.minorPublicOrderDanger, "APR Art 42(3)(b)", .publicOrderDanger, in: ctx,
                                           GroundStatements.minorPublicOrderDanger)
        guard ctx.settings.acceleratesUnaccompaniedMinors else { return [security] }
        return [
            safeCountryOfOrigin(ctx, id: .minorSafeCountryOfOrigin, ref: "APR Art 42(3)(a)"),
            security,
            .finding(.minorMisledAuthorities, "APR Art 42(3)(c)", .misledAuthorities, in: ctx, GroundStatements.minorMisledAuthorities),
            GroundCheck(id: .minorAdmissibleSubsequent, ref: "APR Art 42(3)(d)", truth: subsequentAdmissible.truth,
                        openFacts: subsequentAdmissible.openFacts, because: subsequentAdmissible.because),
        ]
    }
}
