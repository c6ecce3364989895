import LegalCalendar

/// APR Art 42: the grounds on which the examination must be accelerated, and the closed list
/// for unaccompanied minors (Art 42(3)). Each ground is evaluated in three-valued logic from
/// the findings and the datasets; the engine never supplies a finding itself.
enum AcceleratedGrounds {
    static func safeCountryOfOrigin(_ ctx: CaseContext, id: GroundID, ref: String) -> GroundCheck {
        let s = ctx.settings
        guard let country = ctx.countryOfOrigin else {
            return GroundCheck(id: id, ref: ref, truth: .unknown, openFacts: [ctx.countryOfOriginFact],
                               because: ctx.say(.init(en: "the country of origin is unknown", nl: "het land van herkomst is onbekend")))
        }
        let lists = ctx.data.safeCountries.listIDs.filter { s.safeCountryLists.contains($0) }
        guard let d = ctx.data.safeCountries.designation(of: country, lists: lists) else {
            return GroundCheck(id: id, ref: ref, truth: .no, openFacts: [],
                               because: ctx.say(.init(en: "\(country) is not on \(SafeCountryWords.lists(lists).en) of safe countries of origin",
                                              nl: "\(country) staat niet op \(SafeCountryWords.lists(lists).nl) van veilige landen van herkomst")))
        }
        let exempt = ctx.facts.applicant.riskProfiles.filter { s.safeCountryExemptRiskProfiles.contains($0.rawValue) }
        if let p = exempt.first {
            return GroundCheck(id: id, ref: "APR Art 61(2)", truth: .no, openFacts: [],
                               because: ctx.say(.init(en: "\(country) is designated (\(d.ref)), but the profile excepts the category \(ValueWords.readable(p.rawValue, .en) ?? p.rawValue)",
                                              nl: "\(country) is aangewezen (\(RuleWords.ref(d.ref, .nl))), maar dit profiel zondert de categorie \(ValueWords.readable(p.rawValue, .nl) ?? p.rawValue) uit")))
        }
        let rebutted = ctx.facts.findings.truth(.safeCountryOfOriginRebutted)
        let because: LocalizedText
        switch rebutted {
        case .no: because = ctx.say(.init(en: "\(country) is on \(SafeCountryWords.list(d.list).en) of safe countries of origin (\(d.ref)) and the applicant did not rebut it",
                                  nl: "\(country) staat op \(SafeCountryWords.list(d.list).nl) van veilige landen van herkomst (\(RuleWords.ref(d.ref, .nl))) en de aanvrager heeft dit niet weerlegd"))
        case .yes: because = ctx.say(.init(en: "\(country) is designated safe (\(d.ref)) but the applicant presented elements against applying it (APR Art 61)",
                                   nl: "\(country) is aangewezen als veilig (\(RuleWords.ref(d.ref, .nl))) maar de aanvrager heeft elementen aangevoerd tegen toepassing (APR art. 61)"))
        case .unknown: because = ctx.say(.init(en: "\(country) is designated safe (\(d.ref)); whether the applicant rebutted it is not given",
                                       nl: "\(country) is aangewezen als veilig (\(RuleWords.ref(d.ref, .nl))); of de aanvrager dit heeft weerlegd is niet opgegeven"))
        }
        return GroundCheck(id: id, ref: ref, truth: !rebutted,
                           openFacts: rebutted == .unknown ? [FindingID.safeCountryOfOriginRebutted.factPath] : [], because: because)
    }

    static func lowRecognitionRate(_ ctx: CaseContext) -> GroundCheck {
        let id = GroundID.lowRecognitionRate, ref = id.ref
        let threshold = ctx.settings.recognitionRateThreshold
        let pct = Int((threshold * 100).rounded())
        guard let country = ctx.countryOfOrigin else {
            return GroundCheck(id: id, ref: ref, truth: .unknown, openFacts: [ctx.countryOfOriginFact],
                               because: ctx.say(.init(en: "the country of origin is unknown", nl: "het land van herkomst is onbekend")))
        }
        guard let e = ctx.data.recognitionRates.latest(for: country), let figure = e.comparable else {
            return GroundCheck(id: id, ref: ref, truth: .unknown, openFacts: ["datasets.eu-recognition-rates[\(country)]"],
                               because: ctx.say(.init(en: "the data have no Union-wide recognition rate for \(country): whether it is above or below \(pct) % is not known, so this ground cannot be established from the data",
                                              nl: "de gegevens bevatten geen EU-brede inwilligingsgraad voor \(country): of die boven of onder \(pct) % ligt is onbekend, dus deze grond kan met de gegevens niet worden vastgesteld")))
        }
        var shown: String { e.rate.map { "\(Int(($0 * 100).rounded())) %" } ?? "under \(Int((figure * 100).rounded())) %" }
        var shownNL: String { e.rate.map { "\(Int(($0 * 100).rounded())) %" } ?? "onder \(Int((figure * 100).rounded())) %" }
        if e.rate == nil && figure > threshold {
            return GroundCheck(id: id, ref: ref, truth: .unknown, openFacts: ["datasets.eu-recognition-rates[\(country)]"],
                               because: ctx.say(.init(en: "\(country): the \(e.year) figure is only a bucket (\(shown)), which does not settle the \(pct) % test",
                                              nl: "\(country): het cijfer over \(e.year) is alleen een klasse (\(shownNL)), wat de \(pct) %-toets niet beslist")))
        }
        if figure > threshold {
            return GroundCheck(id: id, ref: ref, truth: .no, openFacts: [],
                               because: ctx.say(.init(en: "\(country): Union-wide recognition rate \(shown) in \(e.year) (\(e.source)) is above \(pct) %",
                                              nl: "\(country): EU-brede inwilligingsgraad \(shownNL) in \(e.year) (\(e.source)) ligt boven \(pct) %")))
        }
        let change = ctx.facts.findings.truth(.significantChangeInCountry)
        let category = ctx.facts.findings.truth(.categoryNotRepresentative)
        let t = !change && !category
        var open: [String] = []
        if change == .unknown { open.append(FindingID.significantChangeInCountry.factPath) }
        if category == .unknown { open.append(FindingID.categoryNotRepresentative.factPath) }
        let tail: (String, String)
        switch t {
        case .yes: tail = ("neither exception (a significant change in the country; a category for which the figure is not representative) applies", "geen van beide uitzonderingen (een wezenlijke verandering in het land; een categorie waarvoor het cijfer niet representatief is) is van toepassing")
        case .no: tail = ("but an exception applies (significant change in the country, or a category for which the figure is not representative)",
                          "maar een uitzondering is van toepassing (wezenlijke verandering in het land, of een categorie waarvoor het cijfer niet representatief is)")
        case .unknown: tail = ("whether an exception applies is not given", "of een uitzondering van toepassing is, is niet opgegeven")
        }
        return GroundCheck(id: id, ref: ref, truth: t, openFacts: open,
                           because: ctx.say(.init(en: "\(country): Union-wide recognition rate \(shown) in \(e.year) (\(e.source)), at or below \(pct) %; \(tail.0)",
                                          nl: "\(country): EU-brede inwilligingsgraad \(shownNL) in \(e.year) (\(e.source)), ten hoogste \(pct) %; \(tail.1)")))
    }

    /// For a stateless applicant the country-based grounds look at the country of former habitual
    /// residence (APR Art 42(1)(e), (j); Art 61): the reason says so.
    static func forStateless(_ g: GroundCheck, _ ctx: CaseContext) -> GroundCheck {
        guard ctx.facts.applicant.stateless else { return g }
        return GroundCheck(id: g.id, ref: g.ref, truth: g.truth, openFacts: g.openFacts,
                           because: ctx.say(.init(en: "stateless applicant, so the country of former habitual residence counts: ", nl: "staatloze aanvrager, dus telt het land van vroeger gewoon verblijf: ") + g.because))
    }

    /// Art 42(1)(a)-(j) for applicants who are not unaccompanied minors.
    static func adult(_ ctx: CaseContext, subsequentAdmissible: GroundCheck) -> [GroundCheck] {
        let f = ctx.facts
        return [
            .finding(.irrelevantIssues, "APR Art 42(1)(a)", .irrelevantIssuesOnly, in: ctx,
                     en: "the applicant raised only issues not relevant to international protection", nl: "de aanvrager alleen kwesties heeft aangevoerd die niet relevant zijn voor internationale bescherming"),
            .finding(.falseStatements, "APR Art 42(1)(b)", .inconsistentOrFalseStatements, in: ctx,
                     en: "the applicant made clearly inconsistent, false or improbable statements", nl: "de aanvrager duidelijk inconsistente, onware of onwaarschijnlijke verklaringen heeft afgelegd"),
            .finding(.misledAuthorities, "APR Art 42(1)(c)", .misledAuthorities, in: ctx,
                     en: "the applicant misled the authorities on identity or nationality, or destroyed documents in bad faith", nl: "de aanvrager de autoriteiten heeft misleid over identiteit of nationaliteit, of te kwader trouw documenten heeft vernietigd"),
            .finding(.delayingRemoval, "APR Art 42(1)(d)", .applicationToDelayRemoval, in: ctx,
                     en: "the application was made merely to delay or frustrate removal", nl: "de aanvraag alleen is gedaan om verwijdering uit te stellen of te verijdelen"),
            forStateless(safeCountryOfOrigin(ctx, id: .safeCountryOfOrigin, ref: "APR Art 42(1)(e)"), ctx),
            .finding(.publicOrderDanger, "APR Art 42(1)(f)", .publicOrderDanger, in: ctx,
                     en: "there are reasonable grounds to consider the applicant a danger to national security or public order", nl: "er redelijke gronden zijn om de aanvrager als gevaar voor de nationale veiligheid of openbare orde te beschouwen"),
            GroundCheck(id: .admissibleSubsequent, ref: "APR Art 42(1)(g)", truth: subsequentAdmissible.truth,
                        openFacts: subsequentAdmissible.openFacts, because: subsequentAdmissible.because),
            .finding(.lateApplication, "APR Art 42(1)(h)", .lateApplicationWithoutReason, in: ctx,
                     en: "the applicant entered or stayed unlawfully and, without good reason, did not apply as soon as possible", nl: "de aanvrager onrechtmatig is binnengekomen of verblijft en zonder goede reden niet zo snel mogelijk een aanvraag heeft gedaan"),
            .finding(.refusesBiometrics, "APR Art 42(1)(i)", .refusesBiometrics, in: ctx,
                     en: "the applicant refuses to have biometric data taken", nl: "de aanvrager weigert biometrische gegevens te laten afnemen"),
            forStateless(lowRecognitionRate(ctx), ctx),
        ]
    }

    /// Art 42(3): the closed list for unaccompanied minors.
    static func unaccompaniedMinor(_ ctx: CaseContext, subsequentAdmissible: GroundCheck) -> [GroundCheck] {
        let f = ctx.facts
        let security = GroundCheck.finding(.minorPublicOrderDanger, "APR Art 42(3)(b)", .publicOrderDanger, in: ctx,
                                           en: "there are reasonable grounds to consider the minor a danger to national security or public order",
                                           nl: "er redelijke gronden zijn om de minderjarige als gevaar voor de nationale veiligheid of openbare orde te beschouwen")
        guard ctx.settings.acceleratesUnaccompaniedMinors else { return [security] }
        return [
            safeCountryOfOrigin(ctx, id: .minorSafeCountryOfOrigin, ref: "APR Art 42(3)(a)"),
            security,
            .finding(.minorMisledAuthorities, "APR Art 42(3)(c)", .misledAuthorities, in: ctx,
                     en: "the minor misled the authorities on identity or nationality", nl: "de minderjarige de autoriteiten heeft misleid over identiteit of nationaliteit"),
            GroundCheck(id: .minorAdmissibleSubsequent, ref: "APR Art 42(3)(d)", truth: subsequentAdmissible.truth,
                        openFacts: subsequentAdmissible.openFacts, because: subsequentAdmissible.because),
        ]
    }
}

/// The safe-country lists by name, never by their ids.
enum SafeCountryWords {
    static func list(_ id: String) -> LocalizedText {
        switch SafeCountryListID(rawValue: id) {
        case .eu?: .init(en: "the EU list", nl: "de EU-lijst")
        case .nl?: .init(en: "the Dutch national list", nl: "de Nederlandse lijst")
        case nil: .init(en: "the list \(id)", nl: "de lijst \(id)")
        }
    }

    static func lists(_ ids: [String]) -> LocalizedText {
        if ids.isEmpty { return .init(en: "any list applied by the profile (it applies none)", nl: "een lijst die dit profiel toepast (het past er geen toe)") }
        let names = ids.map(list)
        return .init(en: names.map(\.en).joined(separator: " or "), nl: names.map(\.nl).joined(separator: " of "))
    }
}
