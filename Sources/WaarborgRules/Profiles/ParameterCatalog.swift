/// Every policy parameter the rules read, with the band the Pact allows.
///
/// This is the one place where "what may a member state choose?" is written down; the rules read
/// the resolved values through `ProfileSettings` and never test a profile's name.
public enum ParameterCatalog {
    public static let legalAidForms = ["none", "counselling-by-authority", "independent-counselling", "lawyer"]
    public static let optionalBorderGrounds = ["APR-38", "APR-42-1-a", "APR-42-1-b", "APR-42-1-d", "APR-42-1-e", "APR-42-1-g"]

    public static let all: [ParameterDefinition] = [
        .init(key: "registration.period", kind: .period(unit: .days, min: 1, max: 5), bandRef: "APR Art 27(1)",
              meaning: .init(en: "Time to register an application after it is made", nl: "Termijn voor registratie na het doen van de aanvraag")),
        .init(key: "lodging.period", kind: .period(unit: .days, min: 1, max: 21), bandRef: "APR Art 28(1)",
              meaning: .init(en: "Time to lodge the application after registration", nl: "Termijn voor het indienen na registratie")),
        .init(key: "representative.period", kind: .period(unit: .workingDays, min: 1, max: 15), bandRef: "APR Art 23(2)(b)",
              meaning: .init(en: "Appointment of the representative of an unaccompanied minor after making", nl: "Aanstelling van de vertegenwoordiger van een alleenstaande minderjarige na het doen van de aanvraag")),
        .init(key: "decision.regular", kind: .period(unit: .months, min: 1, max: 6), bandRef: "APR Art 35(4)",
              meaning: .init(en: "First-instance decision in the regular procedure, from lodging", nl: "Beslistermijn in de reguliere procedure, vanaf indiening")),
        .init(key: "decision.accelerated", kind: .period(unit: .months, min: 1, max: 3), bandRef: "APR Art 35(3)",
              meaning: .init(en: "First-instance decision in the accelerated procedure, from lodging", nl: "Beslistermijn in de versnelde procedure, vanaf indiening")),
        .init(key: "decision.inadmissibility", kind: .period(unit: .months, min: 1, max: 2), bandRef: "APR Art 35(1)",
              meaning: .init(en: "Decision on admissibility, from lodging", nl: "Beslissing over de ontvankelijkheid, vanaf indiening")),
        .init(key: "border.maximumDuration", kind: .period(unit: .weeks, min: 1, max: 12), bandRef: "APR Art 51(2)",
              meaning: .init(en: "Maximum duration of the asylum border procedure, from registration", nl: "Maximale duur van de asielgrensprocedure, vanaf registratie")),
        .init(key: "border.optionalGrounds", kind: .set(optionalBorderGrounds), bandRef: "APR Art 44(1)",
              meaning: .init(en: "Grounds on which the border procedure is applied beyond the mandatory cases of Art 45", nl: "Gronden waarop de grensprocedure wordt toegepast naast de verplichte gevallen van art. 45")),
        .init(key: "border.familiesWithMinorChildren", kind: .choice(["same-as-adults", "mandatory-grounds-only"]), bandRef: "APR Art 45(1); Art 53(2)(b)",
              meaning: .init(en: "Border procedure for families with minor children", nl: "Grensprocedure voor gezinnen met minderjarige kinderen")),
        .init(key: "admissibility.optionalGrounds", kind: .set(["APR-38-1-a", "APR-38-1-b", "APR-38-1-c"]), bandRef: "APR Art 38(1)",
              meaning: .init(en: "Optional inadmissibility grounds the member state applies", nl: "Facultatieve niet-ontvankelijkheidsgronden die de lidstaat toepast")),
        .init(key: "admissibility.safeThirdCountryBases", kind: .set(["connection", "transit", "agreement"]), bandRef: "APR Art 59(5) as amended by Reg 2026/463",
              meaning: .init(en: "Links to a third country on which the safe-third-country concept may rest", nl: "Banden met een derde land waarop het concept veilig derde land mag rusten")),
        .init(key: "safeCountryOfOrigin.lists", kind: .set(["eu", "nl"]), bandRef: "APR Art 61; Art 64; Reg 2026/464",
              meaning: .init(en: "Lists of safe countries of origin applied", nl: "Toegepaste lijsten van veilige landen van herkomst")),
        .init(key: "safeCountryOfOrigin.exemptRiskProfiles", kind: .set(["journalist", "political-opponent", "human-rights-defender", "academic", "lgbtiq", "religious-minority", "ethnic-minority"]),
              bandRef: "APR Art 61(2)",
              meaning: .init(en: "Categories of persons for whom a safe-country designation is not applied", nl: "Categorieën personen voor wie een aanwijzing als veilig land niet geldt")),
        .init(key: "accelerated.recognitionRateThreshold", kind: .fraction(0.05...0.20), bandRef: "APR Art 42(1)(j); Crisis Art 11(3)",
              meaning: .init(en: "Union-wide recognition rate at or below which the examination is accelerated", nl: "EU-brede inwilligingsgraad waarbij of waaronder de behandeling wordt versneld")),
        .init(key: "accelerated.unaccompaniedMinors", kind: .choice(["closed-list", "never"]), bandRef: "APR Art 42(3)",
              meaning: .init(en: "Accelerated examination of unaccompanied minors", nl: "Versnelde behandeling van alleenstaande minderjarigen")),
        .init(key: "appeal.lodgingPeriod.acceleratedOrBorder", kind: .integer(5...10), bandRef: "APR Art 67(7)(a)",
              meaning: .init(en: "Days to lodge an appeal against an accelerated or border-procedure rejection", nl: "Dagen om beroep in te stellen tegen een afwijzing in de versnelde of grensprocedure")),
        .init(key: "appeal.lodgingPeriod.inadmissibility", kind: .integer(5...10), bandRef: "APR Art 67(7)(a)",
              meaning: .init(en: "Days to lodge an appeal against an inadmissibility decision", nl: "Dagen om beroep in te stellen tegen een niet-ontvankelijkverklaring")),
        .init(key: "appeal.lodgingPeriod.regular", kind: .integer(14...28), bandRef: "APR Art 67(7)(b)",
              meaning: .init(en: "Days to lodge an appeal in all other cases (at most one month: 28 days is within it for every month)", nl: "Dagen om beroep in te stellen in alle andere gevallen (ten hoogste een maand)")),
        .init(key: "appeal.lodgingPeriod.transfer", kind: .integer(7...21), bandRef: "AMMR Art 43(2)",
              meaning: .init(en: "Days to appeal a transfer decision", nl: "Dagen om beroep in te stellen tegen een overdrachtsbesluit")),
        .init(key: "labourMarket.accessAfter", kind: .period(unit: .months, min: 0, max: 6), bandRef: "RCD Art 17(1)",
              meaning: .init(en: "Access to the labour market after registration, if no first-instance decision yet", nl: "Toegang tot de arbeidsmarkt na registratie, zolang er geen beslissing in eerste aanleg is")),
        .init(key: "schooling.within", kind: .period(unit: .months, min: 0, max: 2), bandRef: "RCD Art 16(2)",
              meaning: .init(en: "Access of minors to education after lodging", nl: "Toegang van minderjarigen tot onderwijs na indiening")),
        .init(key: "legalAid.screening", kind: .choice(legalAidForms), bandRef: "Screening Art 11",
              meaning: .init(en: "Legal help during screening", nl: "Rechtshulp tijdens de screening")),
        .init(key: "legalAid.administrative", kind: .choice(Array(legalAidForms.dropFirst())), bandRef: "APR Art 16",
              meaning: .init(en: "Free legal counselling in the administrative procedure", nl: "Kosteloze juridische counseling in de bestuurlijke procedure")),
        .init(key: "legalAid.border", kind: .choice(Array(legalAidForms.dropFirst())), bandRef: "APR Art 16",
              meaning: .init(en: "Legal help in the border procedure", nl: "Rechtshulp in de grensprocedure")),
        .init(key: "legalAid.appeal", kind: .choice(["lawyer"]), bandRef: "APR Art 17",
              meaning: .init(en: "Free legal assistance and representation in appeal", nl: "Kosteloze rechtsbijstand en vertegenwoordiging in beroep")),
        .init(key: "legalAid.dublin", kind: .choice(Array(legalAidForms.dropFirst())), bandRef: "AMMR Art 21",
              meaning: .init(en: "Legal counselling in the Dublin procedure", nl: "Juridische counseling in de Dublinprocedure")),
        .init(key: "legalAid.reception", kind: .choice(["lawyer"]), bandRef: "RCD Art 29",
              meaning: .init(en: "Free legal assistance in appeals on reception decisions", nl: "Kosteloze rechtsbijstand in beroep tegen opvangbesluiten")),
    ]

    public static let byKey: [String: ParameterDefinition] = Dictionary(uniqueKeysWithValues: all.map { ($0.key, $0) })
}
