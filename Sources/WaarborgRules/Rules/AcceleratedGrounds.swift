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
                               because: ctx.say(.init(en: "\(country) is not on the safe-country lists applied (\(lists.joined(separator: ", ")))",
                                              nl: "\(country) staat niet op de toegepaste lijsten van veilige landen (\(lists.joined(separator: ", ")))")))
        }
        let exempt = ctx.facts.applicant.riskProfiles.filter { s.safeCountryExemptRiskProfiles.contains($0.rawValue) }
        if let p = exempt.first {
            return GroundCheck(id: id, ref: "APR Art 61(2)", truth: .no, openFacts: [],
                               because: ctx.say(.init(en: "\(country) is designated (\(d.ref)), but the profile excepts the category \(p.rawValue)",
                                              nl: "\(country) is aangewezen (\(d.ref)), maar het profiel zondert de categorie \(p.rawValue) uit")))
        }
        let rebutted = ctx.facts.findings.truth(.safeCountryOfOriginRebutted)
        let because: LocalizedText
        switch rebutted {
        case .no: because = ctx.say(.init(en: "\(country) is designated safe (\(d.list) list, \(d.ref)) and the applicant did not rebut it",
                                  nl: "\(country) is aangewezen als veilig (\(d.list)-lijst, \(d.ref)) en de aanvrager heeft dit niet weerlegd"))
        case .yes: because = ctx.say(.init(en: "\(country) is designated safe (\(d.ref)) but the applicant presented elements against applying it (APR Art 61)",
                                   nl: "\(country) is aangewezen als veilig (\(d.ref)) maar de aanvrager heeft elementen aangevoerd tegen toepassing (APR art. 61)"))
        case .unknown: because = ctx.say(.init(en: "\(country) is designated safe (\(d.ref)); whether the applicant rebutted it is not given",
                                       nl: "\(country) is aangewezen als veilig (\(d.ref)); of de aanvrager dit heeft weerlegd is niet opgegeven"))
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
                               because: ctx.say(.init(en: "the dataset has no recognition rate for \(country): unknown, not above \(pct) %",
                                              nl: "de dataset heeft geen inwilligingsgraad voor \(country): onbekend, niet boven \(pct) %")))
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
        case .yes: tail = ("neither exception applies", "geen van beide uitzonderingen is van toepassing")
        case .no: tail = ("but an exception applies (significant change in the country, or a category for which the figure is not representative)",
                          "maar een uitzondering is van toepassing (wezenlijke verandering in het land, of een categorie waarvoor het cijfer niet representatief is)")
        case .unknown: tail = ("whether an exception applies is not given", "of een uitzondering van toepassing is, is niet opgegeven")
        }
        return GroundCheck(id: id, ref: ref, truth: t, openFacts: open,
                           because: ctx.say(.init(en: "\(country): Union-wide recognition rate \(shown) in \(e.year) (\(e.source)), at or below \(pct) %; \(tail.0)",
                                          nl: "\(country): EU-brede inwilligingsgraad \(shownNL) in \(e.year) (\(e.source)), ten hoogste \(pct) %; \(tail.1)")))
    }

    /// Art 42(1)(a)-(j) for applicants who are not unaccompanied minors.
    static func adult(_ ctx: CaseContext, subsequentAdmissible: GroundCheck) -> [GroundCheck] {
        let f = ctx.facts
        return [
            .finding(.irrelevantIssues, "APR Art 42(1)(a)", .irrelevantIssuesOnly, in: ctx,
                     en: "only issues not relevant to international protection were raised", nl: "alleen kwesties aangevoerd die niet relevant zijn voor internationale bescherming"),
            .finding(.falseStatements, "APR Art 42(1)(b)", .inconsistentOrFalseStatements, in: ctx,
                     en: "clearly inconsistent, false or improbable statements", nl: "duidelijk inconsistente, onware of onwaarschijnlijke verklaringen"),
            .finding(.misledAuthorities, "APR Art 42(1)(c)", .misledAuthorities, in: ctx,
                     en: "the authorities were misled on identity or nationality, or documents destroyed in bad faith", nl: "de autoriteiten zijn misleid over identiteit of nationaliteit, of documenten te kwader trouw vernietigd"),
            .finding(.delayingRemoval, "APR Art 42(1)(d)", .applicationToDelayRemoval, in: ctx,
                     en: "the application was made merely to delay or frustrate removal", nl: "de aanvraag is alleen gedaan om verwijdering uit te stellen of te verijdelen"),
            safeCountryOfOrigin(ctx, id: .safeCountryOfOrigin, ref: "APR Art 42(1)(e)"),
            .finding(.publicOrderDanger, "APR Art 42(1)(f)", .publicOrderDanger, in: ctx,
                     en: "reasonable grounds to consider the applicant a danger to national security or public order", nl: "redelijke gronden om de aanvrager als gevaar voor de nationale veiligheid of openbare orde te beschouwen"),
            GroundCheck(id: .admissibleSubsequent, ref: "APR Art 42(1)(g)", truth: subsequentAdmissible.truth,
                        openFacts: subsequentAdmissible.openFacts, because: subsequentAdmissible.because),
            .finding(.lateApplication, "APR Art 42(1)(h)", .lateApplicationWithoutReason, in: ctx,
                     en: "unlawful entry or stay and no application as soon as possible without good reason", nl: "onrechtmatige binnenkomst of verblijf en zonder goede reden niet zo snel mogelijk een aanvraag gedaan"),
            .finding(.refusesBiometrics, "APR Art 42(1)(i)", .refusesBiometrics, in: ctx,
                     en: "the applicant refuses to have biometric data taken", nl: "de aanvrager weigert biometrische gegevens te laten afnemen"),
            lowRecognitionRate(ctx),
        ]
    }

    /// Art 42(3): the closed list for unaccompanied minors.
    static func unaccompaniedMinor(_ ctx: CaseContext, subsequentAdmissible: GroundCheck) -> [GroundCheck] {
        let f = ctx.facts
        let security = GroundCheck.finding(.minorPublicOrderDanger, "APR Art 42(3)(b)", .publicOrderDanger, in: ctx,
                                           en: "reasonable grounds to consider the minor a danger to national security or public order",
                                           nl: "redelijke gronden om de minderjarige als gevaar voor de nationale veiligheid of openbare orde te beschouwen")
        guard ctx.settings.acceleratesUnaccompaniedMinors else { return [security] }
        return [
            safeCountryOfOrigin(ctx, id: .minorSafeCountryOfOrigin, ref: "APR Art 42(3)(a)"),
            security,
            .finding(.minorMisledAuthorities, "APR Art 42(3)(c)", .misledAuthorities, in: ctx,
                     en: "the authorities were misled on identity or nationality", nl: "de autoriteiten zijn misleid over identiteit of nationaliteit"),
            GroundCheck(id: .minorAdmissibleSubsequent, ref: "APR Art 42(3)(d)", truth: subsequentAdmissible.truth,
                        openFacts: subsequentAdmissible.openFacts, because: subsequentAdmissible.because),
        ]
    }
}
