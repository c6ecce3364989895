import LegalCalendar

/// English and Dutch sentences of the outlook if protection is granted: the permits, family
/// reunification per status, and for each family member abroad whether they could follow (QR Art
/// 24; Directive 2003/86/EC). Apart from the rule, so a wording change cannot change a decision.
enum GrantWords {
    /// The relations in a profile's list, as a reader names them.
    static let relationNames: [String: LocalizedText] = [
        "spouse": .init(en: "spouse or registered partner", nl: "echtgenoot of geregistreerd partner"),
        "unmarried-partner": .init(en: "unmarried partner", nl: "ongehuwde partner"),
        "minor-child": .init(en: "minor children", nl: "minderjarige kinderen"),
        "adult-dependent-child": .init(en: "dependent adult children", nl: "afhankelijke meerderjarige kinderen"),
        "foster-child": .init(en: "foster children", nl: "pleegkinderen"),
        "parents-of-minor": .init(en: "parents of an unaccompanied minor", nl: "ouders van een alleenstaande minderjarige"),
    ]

    static func relations(_ list: Set<String>) -> LocalizedText {
        let known = list.sorted().compactMap { relationNames[$0] }
        return .init(en: known.map(\.en).joined(separator: ", "), nl: known.map(\.nl).joined(separator: ", "))
    }

    static func refugeeFamily(_ list: Set<String>, conditionFreeMonths months: Int) -> LocalizedText {
        let r = relations(list)
        return .init(en: "family reunification for \(r.en); no income or housing condition if applied for within \(months) months of the grant",
                     nl: "gezinshereniging voor \(r.nl); geen inkomens- of huisvestingseis bij aanvraag binnen \(months) maanden na verlening")
    }

    static func subsidiaryFamily(_ list: Set<String>, waitYears: Int, incomeAndHousing: Bool) -> LocalizedText {
        let r = relations(list)
        let conditions: LocalizedText = incomeAndHousing
            ? .init(en: "sufficient independent income and own housing are required", nl: "voldoende zelfstandig inkomen en eigen huisvesting zijn vereist")
            : .init(en: "no income or housing condition", nl: "geen inkomens- of huisvestingseis")
        let wait: LocalizedText = waitYears > 0
            ? .init(en: "after a waiting period of \(waitYears) years", nl: "na een wachttijd van \(waitYears) jaar")
            : .init(en: "without a waiting period", nl: "zonder wachttijd")
        return .init(en: "family reunification for \(r.en) \(wait.en); \(conditions.en)", nl: "gezinshereniging voor \(r.nl) \(wait.nl); \(conditions.nl)")
    }

    /// Directive 2003/86/EC Art 3(2)(c): the directive does not apply to beneficiaries of subsidiary
    /// protection, and this profile grants them no family reunification of its own.
    static let noSubsidiaryFamily = LocalizedText(
        en: "no family reunification: EU law gives beneficiaries of subsidiary protection no right to it (Directive 2003/86/EC Art 3(2)(c)) and this profile grants none; the right to family life (ECHR Art 8) can still require admitting a family member in an individual case",
        nl: "geen gezinshereniging: het Unierecht geeft subsidiair beschermden daarop geen recht (art. 3 lid 2 onder c Richtlijn 2003/86/EG) en dit beleidsprofiel kent er geen toe; het recht op gezinsleven (art. 8 EVRM) kan in een individueel geval toch toelating van een gezinslid vereisen")

    /// A spouse (`spouse`) or an unmarried partner, admitted by the profile or not.
    static func partner(spouse: Bool, admitted: Bool) -> LocalizedText {
        let en = spouse ? "spouse" : "unmarried-partner", nl = spouse ? "echtgenoot" : "ongehuwde partner"
        return admitted
            ? .init(en: "a \(en) may follow, on the conditions of each status above (the term without conditions, the waiting period)", nl: "een \(nl) mag overkomen, op de voorwaarden per status hierboven (de termijn zonder voorwaarden, de wachttijd)")
            : .init(en: "the profile does not admit a \(en)", nl: "dit beleidsprofiel laat een \(nl) niet toe")
    }

    static func minorChild(admitted: Bool) -> LocalizedText {
        .init(en: "a minor child may follow" + (admitted ? ", on the conditions of each status above" : " only if the profile admits minor children"),
              nl: "een minderjarig kind mag overkomen" + (admitted ? ", op de voorwaarden per status hierboven" : " alleen als het beleidsprofiel minderjarige kinderen toelaat"))
    }

    /// CJEU C-279/20 XC (1 August 2022): a refugee's child who comes of age keeps the age of the day
    /// of the asylum application, on two conditions.
    static func comesOfAge(on adult: CalendarDate, applicationMadeOn made: CalendarDate) -> LocalizedText {
        .init(en: "; the child turns 18 on \(adult.en): under refugee status the age on the day of the asylum application (\(made.en)) counts only if family reunification is applied for within 3 months of the grant, and then the family ties must be real, not only legal (CJEU C-279/20 XC, 1 August 2022)",
              nl: "; het kind wordt 18 op \(adult.nl): bij een vluchtelingenstatus telt de leeftijd op de dag van de asielaanvraag (\(made.nl)) alleen als de gezinshereniging binnen 3 maanden na de verlening wordt aangevraagd, en dan moet de gezinsband werkelijk bestaan, niet alleen juridisch (HvJ EU C-279/20 XC, 1 augustus 2022)")
    }

    static let adultChildIfDependent = LocalizedText(en: "an adult child may follow if dependent on the applicant (not in the facts)", nl: "een meerderjarig kind mag overkomen als het afhankelijk is van de aanvrager (niet in de feiten)")
    static let adultChildNotAdmitted = LocalizedText(en: "the profile does not admit adult children", nl: "dit beleidsprofiel laat meerderjarige kinderen niet toe")
    static let childAgeUnknown = LocalizedText(en: "the child's age is not given", nl: "de leeftijd van het kind is niet opgegeven")

    /// Directive 2003/86/EC Art 10(3)(a); `underBoth`: the profile also admits them under subsidiary protection.
    static func parentsOfMinor(underBoth: Bool) -> LocalizedText {
        underBoth
            ? .init(en: "the parents of an unaccompanied minor may follow, under refugee status and under subsidiary protection",
                    nl: "de ouders van een alleenstaande minderjarige mogen overkomen, bij een vluchtelingenstatus en bij subsidiaire bescherming")
            : .init(en: "if granted refugee status, the parents may follow: Directive 2003/86/EC Art 10(3)(a) requires it; under subsidiary protection this profile does not admit them",
                    nl: "bij een vluchtelingenstatus mogen de ouders overkomen: art. 10 lid 3 onder a Richtlijn 2003/86/EG schrijft dat voor; bij subsidiaire bescherming laat dit beleid hen niet toe")
    }
    static let parentsOfAdult = LocalizedText(en: "the applicant is not an unaccompanied minor: parents of an adult are outside the family that may follow",
                                              nl: "de aanvrager is geen alleenstaande minderjarige: ouders van een volwassene vallen buiten het gezin dat mag overkomen")
    static let otherRelatives = LocalizedText(en: "siblings and other relatives are outside the family that may follow", nl: "broers, zussen en andere verwanten vallen buiten het gezin dat mag overkomen")

    static func summary(refugeeYears: Int, refugeeStatus: LegalStatus, subsidiaryYears: Int, subsidiaryStatus: LegalStatus,
                        refugeeFamily: LocalizedText, subsidiaryFamily: LocalizedText) -> LocalizedText {
        .init(en: "refugee permit \(refugeeYears) years (\(StatusWords.name(refugeeStatus).en)), subsidiary protection \(subsidiaryYears) years (\(StatusWords.name(subsidiaryStatus).en)). Refugees: \(refugeeFamily.en). Subsidiary protection: \(subsidiaryFamily.en)",
              nl: "vergunning vluchteling \(refugeeYears) jaar (\(StatusWords.name(refugeeStatus).nl)), subsidiaire bescherming \(subsidiaryYears) jaar (\(StatusWords.name(subsidiaryStatus).nl)). Vluchtelingen: \(refugeeFamily.nl). Subsidiaire bescherming: \(subsidiaryFamily.nl)")
    }
}
