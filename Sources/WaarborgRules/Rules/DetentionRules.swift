extension Assessor {
    /// Whether detention is permitted, on which ground and where (RCD Arts 10-13; APR Art 54;
    /// AMMR Art 44), with each profile's policy for adults at the border, families and
    /// unaccompanied minors. Grounds that rest on findings the contract does not carry (a risk of
    /// absconding, identity still to be verified) are named, never assumed.
    func detentionRule(_ ctx: CaseContext, _ route: Route, _ trace: inout Trace) -> Detention {
        let s = ctx.settings
        let f = ctx.facts.findings
        let uam = ctx.unaccompaniedMinor == .yes
        let family = ctx.familyWithMinorChildren
        // The safeguards are words only: a silent pass leaves them out.
        var safeguards: [LocalizedText] = !ctx.say.on ? [] : [
            .init(en: "RCD Art 10(1): no detention for the sole reason of being an applicant",
                  nl: "RCD art. 10(1): geen bewaring alleen omdat iemand aanvrager is"),
            .init(en: "RCD Art 10(2): only on an individual assessment, where less coercive alternatives cannot be applied effectively",
                  nl: "RCD art. 10(2): alleen na een individuele beoordeling, als lichtere alternatieven niet doeltreffend kunnen worden toegepast"),
            .init(en: "RCD Art 11: written order with reasons; speedy judicial review, ex officio within 15 days (21 in exceptional situations)",
                  nl: "RCD art. 11: schriftelijk en gemotiveerd bevel; snelle rechterlijke toetsing, ambtshalve binnen 15 dagen (21 in uitzonderlijke situaties)"),
        ]
        if ctx.say.on && (uam || family != .no) {
            safeguards.append(.init(en: "RCD Art 13: minors are as a rule not detained; only as a last resort, after alternatives were found ineffective, and in the child's best interests",
                                    nl: "RCD art. 13: minderjarigen worden in beginsel niet in bewaring gesteld; alleen als uiterste middel, nadat alternatieven ondoeltreffend bleken, en in het belang van het kind"))
        }
        if ctx.say.on && route == .border {
            safeguards.append(.init(en: "APR Art 54(2): families with minors only in facilities suited to their needs",
                                    nl: "APR art. 54(2): gezinnen met minderjarigen alleen in voorzieningen die bij hun behoeften passen"))
        }
        if ctx.say.on && route == .transfer {
            safeguards.append(.init(en: "AMMR Art 44: only on a significant risk of absconding or for public order, proportionate and as short as possible",
                                    nl: "AMMR art. 44: alleen bij een aanzienlijk risico op onttrekking of voor de openbare orde, evenredig en zo kort mogelijk"))
        }

        func result(_ permitted: Bool, _ facility: String?, _ ref: String, determined: Bool = true, en: String, nl: String) -> Detention {
            let d = Detention(permitted: permitted, facility: facility, ref: ref, safeguardTexts: safeguards, determined: determined,
                              note: ctx.say(.init(en: en, nl: nl)))
            trace.append(TraceStep(rule: .detention, ref: ref, outcome: determined ? .bool(permitted) : .string("undetermined"),
                                   because: d.note, sections: [.detention]))
            return d
        }
        let notModelledEN = "other grounds of RCD Art 10(4) (identity, a risk of absconding) need findings the facts do not include"
        let notModelledNL = "andere gronden van RCD art. 10(4) (identiteit, risico op onttrekking) vragen bevindingen die de feiten niet bevatten"

        let danger = f.truth(.publicOrderDanger)
        guard ctx.regime == .pact else {
            // The old law: Directive 2013/33/EU Art 8(2)-(3), Arts 9-11; Vw 2000 art 59b.
            let old = [LocalizedText(en: "Directive 2013/33/EU Art 8(2): only on an individual assessment, where less coercive alternatives cannot be applied effectively",
                                     nl: "Richtlijn 2013/33/EU art. 8(2): alleen na een individuele beoordeling, als lichtere alternatieven niet doeltreffend kunnen worden toegepast"),
                       LocalizedText(en: "Directive 2013/33/EU Art 9: written order with reasons and speedy judicial review",
                                     nl: "Richtlijn 2013/33/EU art. 9: schriftelijk en gemotiveerd bevel en snelle rechterlijke toetsing"),
                       LocalizedText(en: "Directive 2013/33/EU Art 11: minors only as a last resort", nl: "Richtlijn 2013/33/EU art. 11: minderjarigen alleen als uiterste middel")]
            safeguards = ctx.say.on ? old : []
            if danger == .yes && !uam {
                return result(true, nil, "Directive 2013/33/EU Art 8(3)(e); Vw 2000 art 59b",
                              en: "old law: a danger to public order is found, a ground for detention after an individual assessment",
                              nl: "oud recht: een gevaar voor de openbare orde is vastgesteld, een grond voor bewaring na een individuele beoordeling")
            }
            return result(false, nil, "Directive 2013/33/EU Art 8(3); Vw 2000 art 59b", determined: false,
                          en: "old law: detention only on a ground of Directive 2013/33/EU Art 8(3) (identity, evidence, entry, removal, public order, Dublin) after an individual assessment, and the facts establish none",
                          nl: "oud recht: bewaring alleen op een grond van Richtlijn 2013/33/EU art. 8(3) (identiteit, bewijs, binnenkomst, terugkeer, openbare orde, Dublin) na een individuele beoordeling, en de feiten stellen er geen vast")
        }
        if uam {
            if s.detainsUnaccompaniedMinorsOnSecurity && danger == .yes {
                // RCD Art 13: never in a prison or law-enforcement facility, always apart from
                // adults, so never the facility the profile names for adults at the border.
                return result(true, nil, "RCD Art 13; Art 10(4)",
                              en: "an unaccompanied minor found a danger to public order: the profile allows detention only as a last resort, in the child's best interests, in a facility suited to minors and apart from adults, never in a prison (RCD Art 13); not in the facility for adults in the border procedure",
                              nl: "een alleenstaande minderjarige die een gevaar voor de openbare orde is: het profiel staat bewaring alleen toe als uiterste middel, in het belang van het kind, in een voorziening die geschikt is voor minderjarigen en gescheiden van volwassenen, nooit in een gevangenis (RCD art. 13); niet in de voorziening voor volwassenen in de grensprocedure")
            }
            return result(false, nil, "RCD Art 13",
                          en: s.detainsUnaccompaniedMinorsOnSecurity ? "an unaccompanied minor is not detained: no danger to public order is found" : "the profile never detains unaccompanied minors",
                          nl: s.detainsUnaccompaniedMinorsOnSecurity ? "een alleenstaande minderjarige wordt niet in bewaring gesteld: er is geen gevaar voor de openbare orde vastgesteld" : "het profiel stelt alleenstaande minderjarigen nooit in bewaring")
        }
        if family != .no {
            guard s.detainsFamiliesOnFindings else {
                return result(false, nil, "RCD Art 13", en: "the profile never detains families with minor children", nl: "het profiel stelt gezinnen met minderjarige kinderen nooit in bewaring")
            }
            let grounds = f.truth(.familyTiesDoubted) || f.truth(.traffickingIndications) || danger
            let decided = grounds != .unknown && family == .yes
            if grounds == .yes && family == .yes {
                return result(true, s.familyFacility, "RCD Art 13; Art 10(4)",
                              en: "family with minor children: the profile detains families only on doubt about family ties, indications of trafficking or public order, and one of these is found",
                              nl: "gezin met minderjarige kinderen: het profiel stelt gezinnen alleen in bewaring bij twijfel over gezinsbanden, aanwijzingen van mensenhandel of openbare orde, en een daarvan is vastgesteld")
            }
            return result(false, nil, "RCD Art 13", determined: decided,
                          en: decided ? "family with minor children: none of the grounds on which the profile detains families (doubt about family ties, trafficking, public order) is found; the family stays in a facility suited to families"
                                      : "family with minor children: whether a ground on which the profile detains families applies (doubt about family ties, trafficking, public order, or the children's ages) is not given",
                          nl: decided ? "gezin met minderjarige kinderen: geen van de gronden waarop het profiel gezinnen in bewaring stelt (twijfel over gezinsbanden, mensenhandel, openbare orde) is vastgesteld; het gezin verblijft in een voorziening voor gezinnen"
                                      : "gezin met minderjarige kinderen: of een grond geldt waarop het profiel gezinnen in bewaring stelt (twijfel over gezinsbanden, mensenhandel, openbare orde, of de leeftijd van de kinderen) is niet opgegeven")
        }
        switch route {
        case .border:
            if s.detainsInBorderProcedure {
                return result(true, s.borderFacility, "RCD Art 10(4); APR Art 54(1)",
                              en: "adult in the border procedure: the profile detains to decide on the right to enter, after an individual assessment",
                              nl: "volwassene in de grensprocedure: het profiel stelt in bewaring om te beslissen over het recht op binnenkomst, na een individuele beoordeling")
            }
            return result(false, nil, "RCD Art 10(2)",
                          en: "adult in the border procedure: the profile uses alternatives to detention (for example a reporting duty)",
                          nl: "volwassene in de grensprocedure: het profiel gebruikt alternatieven voor bewaring (bijvoorbeeld een meldplicht)")
        case .transfer:
            return result(false, nil, "AMMR Art 44", determined: false,
                          en: "Dublin procedure: detention only on a significant risk of absconding established in an individual assessment, which the facts do not include",
                          nl: "Dublinprocedure: bewaring alleen bij een aanzienlijk risico op onttrekking, vastgesteld in een individuele beoordeling, en de feiten bevatten dat niet")
        default:
            if danger == .yes {
                return result(true, nil, "RCD Art 10(4)",
                              en: "a danger to public order is found: detention on that ground is permitted after an individual assessment",
                              nl: "een gevaar voor de openbare orde is vastgesteld: bewaring op die grond is toegestaan na een individuele beoordeling")
            }
            return result(false, nil, "RCD Art 10(4)", determined: false,
                          en: "no ground of detention is established by the facts; \(notModelledEN)",
                          nl: "de feiten stellen geen grond voor bewaring vast; \(notModelledNL)")
        }
    }
}
