import LegalCalendar

extension Assessor {
    /// What a grant of refugee status or subsidiary protection would mean (QR Art 24; Directive
    /// 2003/86/EC for refugees; national law for subsidiary protection), and for each family member
    /// in the facts who is not with the applicant, whether they could follow.
    func grantRule(_ ctx: CaseContext, _ trace: inout Trace) -> IfGranted? {
        // The permit and family rules in force when the decision is taken apply to old-law cases too.
        let g = ctx.settings.granted
        let members = g.familyMembers
        func st(_ k: String) -> LegalStatus { g.statuses[k] ?? .unverified }
        func relationsText(_ lang: Language, refugee: Bool = false) -> String {
            let names: [String: (String, String)] = [
                "spouse": ("spouse or registered partner", "echtgenoot of geregistreerd partner"),
                "unmarried-partner": ("unmarried partner", "ongehuwde partner"),
                "minor-child": ("minor children", "minderjarige kinderen"),
                "adult-dependent-child": ("dependent adult children", "afhankelijke meerderjarige kinderen"),
                "foster-child": ("foster children", "pleegkinderen"),
                "parents-of-minor": ("parents of an unaccompanied minor", "ouders van een alleenstaande minderjarige"),
            ]
            // Directive 2003/86/EC Art 10(3)(a): refugees' parents of an unaccompanied minor, in every profile.
            let list = refugee ? members.union(["parents-of-minor"]) : members
            return list.sorted().compactMap { names[$0].map { lang == .nl ? $0.1 : $0.0 } }.joined(separator: ", ")
        }
        let refugee = IfGranted.Status(
            permitYears: g.refugeePermitYears, renewalYears: g.refugeeRenewalYears, ref: "QR Art 24(1); Directive 2003/86/EC Art 12",
            legalStatus: st("granted.refugee.permitYears"),
            familyReunification: ctx.say(.init(en: "family reunification for \(relationsText(.en, refugee: true)); no income or housing condition if applied for within \(g.refugeeConditionFreeMonths) months of the grant",
                                       nl: "gezinshereniging voor \(relationsText(.nl, refugee: true)); geen inkomens- of huisvestingseis bij aanvraag binnen \(g.refugeeConditionFreeMonths) maanden na verlening")),
            waitYears: 0, incomeAndHousing: false, conditionFreeMonths: g.refugeeConditionFreeMonths)
        let subsidiaryConditions: (String, String) = g.subsidiaryIncomeAndHousing
            ? ("sufficient independent income and own housing are required", "voldoende zelfstandig inkomen en eigen huisvesting zijn vereist")
            : ("no income or housing condition", "geen inkomens- of huisvestingseis")
        let wait: (String, String) = g.subsidiaryWaitYears > 0
            ? ("after a waiting period of \(g.subsidiaryWaitYears) years", "na een wachttijd van \(g.subsidiaryWaitYears) jaar")
            : ("without a waiting period", "zonder wachttijd")
        let subsidiary = IfGranted.Status(
            permitYears: g.subsidiaryPermitYears, renewalYears: g.subsidiaryRenewalYears, ref: "QR Art 24(2); national law",
            legalStatus: st("granted.subsidiary.permitYears"),
            familyReunification: ctx.say(.init(en: "family reunification for \(relationsText(.en)) \(wait.0); \(subsidiaryConditions.0)",
                                       nl: "gezinshereniging voor \(relationsText(.nl)) \(wait.1); \(subsidiaryConditions.1)")),
            waitYears: g.subsidiaryWaitYears, incomeAndHousing: g.subsidiaryIncomeAndHousing, conditionFreeMonths: nil)

        let made = ctx.facts.application.madeOn
        var family: [IfGranted.FamilyMemberOutlook] = []
        for (i, m) in ctx.facts.family.enumerated() where !m.accompanying {
            let relation: String
            var eligible: Truth
            var because: LocalizedText
            switch m.relation {
            case .spouse, .unmarriedPartner:
                relation = m.relation == .spouse ? "spouse" : "unmarried-partner"
                eligible = Truth(members.contains(relation))
                because = ctx.say(eligible == .yes ? .init(en: "a \(relation) may follow, on the conditions of each status above (the term without conditions, the waiting period)", nl: "een \(m.relation == .spouse ? "echtgenoot" : "ongehuwde partner") mag overkomen, op de voorwaarden per status hierboven (de termijn zonder voorwaarden, de wachttijd)")
                    : .init(en: "the profile does not admit a \(relation)", nl: "dit profiel laat een \(m.relation == .spouse ? "echtgenoot" : "ongehuwde partner") niet toe"))
            case .child:
                if let b = m.birthDate {
                    let minor = made < b.adding(years: 18)
                    relation = minor ? "minor-child" : "adult-dependent-child"
                    eligible = minor ? Truth(members.contains(relation)) : (members.contains(relation) ? .unknown : .no)
                    // CJEU C-279/20 XC (1 August 2022): for a refugee's child the age on the day of
                    // the asylum application counts, if reunification is applied for within three
                    // months of the grant; a child who has come of age needs real family ties.
                    let adult = b.adding(years: 18)
                    // Built inside the narration only: the decision path never formats it.
                    func comesOfAge() -> LocalizedText { minor && adult <= made.adding(years: 3)
                        ? .init(en: "; the child turns 18 on \(adult.en): under refugee status the age on the day of the asylum application (\(made.en)) counts only if family reunification is applied for within 3 months of the grant, and then the family ties must be real, not only legal (CJEU C-279/20 XC, 1 August 2022)",
                                nl: "; het kind wordt 18 op \(adult.nl): bij een vluchtelingenstatus telt de leeftijd op de dag van de asielaanvraag (\(made.nl)) alleen als de gezinshereniging binnen 3 maanden na de verlening wordt aangevraagd, en dan moet de gezinsband werkelijk bestaan, niet alleen juridisch (HvJ EU C-279/20 XC, 1 augustus 2022)")
                        : .init(en: "", nl: "") }
                    because = ctx.say(minor ? LocalizedText(en: "a minor child may follow" + (eligible == .yes ? ", on the conditions of each status above" : " only if the profile admits minor children"), nl: "een minderjarig kind mag overkomen" + (eligible == .yes ? ", op de voorwaarden per status hierboven" : " alleen als het profiel minderjarige kinderen toelaat")) + comesOfAge()
                        : members.contains(relation) ? .init(en: "an adult child may follow if dependent on the applicant (not in the facts)", nl: "een meerderjarig kind mag overkomen als het afhankelijk is van de aanvrager (niet in de feiten)")
                        : .init(en: "the profile does not admit adult children", nl: "dit profiel laat meerderjarige kinderen niet toe"))
                } else {
                    relation = "child"
                    eligible = .unknown
                    because = ctx.say(.init(en: "the child's age is not given", nl: "de leeftijd van het kind is niet opgegeven"))
                }
            case .parent:
                relation = "parents-of-minor"
                if ctx.unaccompaniedMinor == .yes {
                    // Directive 2003/86/EC Art 10(3)(a): a member state shall authorise the entry of the
                    // parents of an unaccompanied minor refugee; no profile can take that away.
                    eligible = .yes
                    because = ctx.say(members.contains(relation)
                        ? .init(en: "the parents of an unaccompanied minor may follow, under refugee status and under subsidiary protection",
                                nl: "de ouders van een alleenstaande minderjarige mogen overkomen, bij een vluchtelingenstatus en bij subsidiaire bescherming")
                        : .init(en: "if granted refugee status, the parents may follow: Directive 2003/86/EC Art 10(3)(a) requires it; under subsidiary protection this profile does not admit them",
                                nl: "bij een vluchtelingenstatus mogen de ouders overkomen: Richtlijn 2003/86/EG art. 10(3)(a) schrijft dat voor; bij subsidiaire bescherming laat dit beleid hen niet toe"))
                } else {
                    eligible = .no
                    because = ctx.say(.init(en: "the applicant is not an unaccompanied minor: parents of an adult are outside the family that may follow",
                                    nl: "de aanvrager is geen alleenstaande minderjarige: ouders van een volwassene vallen buiten het gezin dat mag overkomen"))
                }
            case .sibling, .otherRelative:
                relation = m.relation.rawValue
                eligible = .no
                because = ctx.say(.init(en: "siblings and other relatives are outside the family that may follow", nl: "broers, zussen en andere verwanten vallen buiten het gezin dat mag overkomen"))
            }
            family.append(.init(index: i, relation: relation, eligible: eligible, because: because))
        }
        let grant = IfGranted(refugee: refugee, subsidiary: subsidiary, eligibleRelations: g.sortedFamilyMembers, family: family,
                              naturalisationAfterYears: g.naturalisationYears > 0 ? g.naturalisationYears : nil,
                              ref: "QR Art 24; Directive 2003/86/EC")
        trace.append(TraceStep(rule: .ifGranted, ref: "QR Art 24; Directive 2003/86/EC Art 4, 12", outcome: .number(Double(g.refugeePermitYears)),
                               because: .init(en: "refugee permit \(g.refugeePermitYears) years (\(StatusWords.name(st("granted.refugee.permitYears")).en)), subsidiary protection \(g.subsidiaryPermitYears) years (\(StatusWords.name(st("granted.subsidiary.permitYears")).en)). Refugees: \(refugee.familyReunification.en). Subsidiary protection: \(subsidiary.familyReunification.en)",
                                              nl: "vergunning vluchteling \(g.refugeePermitYears) jaar (\(StatusWords.name(st("granted.refugee.permitYears")).nl)), subsidiaire bescherming \(g.subsidiaryPermitYears) jaar (\(StatusWords.name(st("granted.subsidiary.permitYears")).nl)). Vluchtelingen: \(refugee.familyReunification.nl). Subsidiaire bescherming: \(subsidiary.familyReunification.nl)"),
                               sections: [.ifGranted]))
        return grant
    }
}
