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
        // Directive 2003/86/EC Art 10(3)(a): refugees' parents of an unaccompanied minor, in every profile.
        let refugeeMembers = members.union(["parents-of-minor"])
        let refugee = IfGranted.Status(
            permitYears: g.refugeePermitYears, renewalYears: g.refugeeRenewalYears, ref: "QR Art 24(1); Directive 2003/86/EC Art 12",
            legalStatus: st("granted.refugee.permitYears"),
            familyReunification: ctx.say(GrantWords.refugeeFamily(refugeeMembers, conditionFreeMonths: g.refugeeConditionFreeMonths)),
            waitYears: 0, incomeAndHousing: false, conditionFreeMonths: g.refugeeConditionFreeMonths)
        // Subsidiary protection is outside Directive 2003/86/EC (Art 3(2)(c)): family reunification
        // is a national choice, and a profile may grant none.
        var subsidiary = IfGranted.Status(
            permitYears: g.subsidiaryPermitYears, renewalYears: g.subsidiaryRenewalYears, ref: "QR Art 24(2); national law",
            legalStatus: st("granted.subsidiary.permitYears"),
            familyReunification: ctx.say(g.subsidiaryFamilyReunification
                ? GrantWords.subsidiaryFamily(members, waitYears: g.subsidiaryWaitYears, incomeAndHousing: g.subsidiaryIncomeAndHousing)
                : GrantWords.noSubsidiaryFamily),
            waitYears: g.subsidiaryWaitYears, incomeAndHousing: g.subsidiaryIncomeAndHousing, conditionFreeMonths: nil)
        subsidiary.familyReunificationRight = g.subsidiaryFamilyReunification

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
                because = ctx.say(GrantWords.partner(spouse: m.relation == .spouse, admitted: eligible == .yes))
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
                    func comesOfAge() -> LocalizedText {
                        minor && adult <= made.adding(years: 3) ? GrantWords.comesOfAge(on: adult, applicationMadeOn: made) : .init(en: "", nl: "")
                    }
                    because = ctx.say(minor ? GrantWords.minorChild(admitted: eligible == .yes) + comesOfAge()
                        : members.contains(relation) ? GrantWords.adultChildIfDependent : GrantWords.adultChildNotAdmitted)
                } else {
                    relation = "child"
                    eligible = .unknown
                    because = ctx.say(GrantWords.childAgeUnknown)
                }
            case .parent:
                relation = "parents-of-minor"
                if ctx.unaccompaniedMinor == .yes {
                    // Directive 2003/86/EC Art 10(3)(a): a member state shall authorise the entry of the
                    // parents of an unaccompanied minor refugee; no profile can take that away.
                    eligible = .yes
                    because = ctx.say(GrantWords.parentsOfMinor(underBoth: members.contains(relation) && g.subsidiaryFamilyReunification))
                } else {
                    eligible = .no
                    because = ctx.say(GrantWords.parentsOfAdult)
                }
            case .sibling, .otherRelative:
                relation = m.relation.rawValue
                eligible = .no
                because = ctx.say(GrantWords.otherRelatives)
            }
            family.append(.init(index: i, relation: relation, eligible: eligible, because: because))
        }
        let grant = IfGranted(refugee: refugee, subsidiary: subsidiary, eligibleRelations: g.sortedFamilyMembers, family: family,
                              naturalisationAfterYears: g.naturalisationYears > 0 ? g.naturalisationYears : nil,
                              ref: "QR Art 24; Directive 2003/86/EC")
        trace.append(TraceStep(rule: .ifGranted, ref: "QR Art 24; Directive 2003/86/EC Art 4, 12", outcome: .number(Double(g.refugeePermitYears)),
                               because: GrantWords.summary(refugeeYears: g.refugeePermitYears, refugeeStatus: st("granted.refugee.permitYears"),
                                                           subsidiaryYears: g.subsidiaryPermitYears, subsidiaryStatus: st("granted.subsidiary.permitYears"),
                                                           refugeeFamily: refugee.familyReunification, subsidiaryFamily: subsidiary.familyReunification),
                               sections: [.ifGranted]))
        return grant
    }
}
