/// The words of the detention rule (`DetentionRule`), in English and Dutch.
enum DetentionWords {
    static func note(_ r: DetentionRule.Reason) -> LocalizedText {
        switch r {
        case .formerLawPublicOrder:
            .init(en: "old law: a danger to public order is found, a ground for detention after an individual assessment",
                  nl: "oud recht: een gevaar voor de openbare orde is vastgesteld, een grond voor bewaring na een individuele beoordeling")
        case .formerLawNoGround:
            .init(en: "old law: detention only on a ground of Directive 2013/33/EU Art 8(3) (identity, evidence, entry, removal, public order, Dublin) after an individual assessment, and the facts establish none",
                  nl: "oud recht: bewaring alleen op een grond van art. 8 lid 3 Richtlijn 2013/33/EU (identiteit, bewijs, binnenkomst, terugkeer, openbare orde, Dublin) na een individuele beoordeling, en uit de feiten blijkt er geen")
        case .minorLastResort:
            .init(en: "an unaccompanied minor found a danger to public order: the profile allows detention only as a last resort, in the child's best interests, in a facility suited to minors and apart from adults, never in a prison (RCD Art 13); not in the facility for adults in the border procedure",
                  nl: "een alleenstaande minderjarige die een gevaar voor de openbare orde is: dit beleidsprofiel staat bewaring alleen toe als uiterste middel, in het belang van het kind, in een voorziening die geschikt is voor minderjarigen en gescheiden van volwassenen, nooit in een gevangenis (art. 13 Opvangrichtlijn); niet in de voorziening voor volwassenen in de grensprocedure")
        case .minorNoDanger:
            .init(en: "an unaccompanied minor is not detained: no danger to public order is found",
                  nl: "een alleenstaande minderjarige wordt niet in bewaring gesteld: er is geen gevaar voor de openbare orde vastgesteld")
        case .minorsNever:
            .init(en: "the profile never detains unaccompanied minors", nl: "dit beleidsprofiel stelt alleenstaande minderjarigen nooit in bewaring")
        case .familiesNever:
            .init(en: "the profile never detains families with minor children", nl: "dit beleidsprofiel stelt gezinnen met minderjarige kinderen nooit in bewaring")
        case .familyGroundFound:
            .init(en: "family with minor children: the profile detains families only on doubt about family ties, indications of trafficking or public order, and one of these is found",
                  nl: "gezin met minderjarige kinderen: dit beleidsprofiel stelt gezinnen alleen in bewaring bij twijfel over gezinsbanden, aanwijzingen van mensenhandel of openbare orde, en een daarvan is vastgesteld")
        case .familyNoGround:
            .init(en: "family with minor children: none of the grounds on which the profile detains families (doubt about family ties, trafficking, public order) is found; the family is not detained and gets ordinary reception suited to a family with children",
                  nl: "gezin met minderjarige kinderen: geen van de gronden waarop dit beleidsprofiel gezinnen in bewaring stelt (twijfel over gezinsbanden, mensenhandel, openbare orde) is vastgesteld; het gezin wordt niet in bewaring gesteld en krijgt gewone opvang die past bij een gezin met kinderen")
        case .familyGroundOpen:
            .init(en: "family with minor children: whether a ground on which the profile detains families applies (doubt about family ties, trafficking, public order, or the children's ages) is not given",
                  nl: "gezin met minderjarige kinderen: of een grond geldt waarop dit beleidsprofiel gezinnen in bewaring stelt (twijfel over gezinsbanden, mensenhandel, openbare orde, of de leeftijd van de kinderen) is niet opgegeven")
        case .borderDetains:
            .init(en: "adult in the border procedure: the profile detains to decide on the right to enter, after an individual assessment",
                  nl: "volwassene in de grensprocedure: dit beleidsprofiel stelt in bewaring om te beslissen over het recht op binnenkomst, na een individuele beoordeling")
        case .borderAlternatives:
            .init(en: "adult in the border procedure: the profile uses alternatives to detention (for example a reporting duty)",
                  nl: "volwassene in de grensprocedure: dit beleidsprofiel gebruikt alternatieven voor bewaring (bijvoorbeeld een meldplicht)")
        case .transferIndividualAssessment:
            .init(en: "Dublin procedure: detention only where there is a risk of absconding or where national security or public order requires it, established in an individual assessment (AMMR Art 44(2)), and the facts include neither",
                  nl: "Dublinprocedure: bewaring alleen bij een risico op onttrekking of als de nationale veiligheid of openbare orde dat vereist, vastgesteld in een individuele beoordeling (art. 44 lid 2 Asiel- en migratiebeheerverordening), en uit de feiten blijkt geen van beide")
        case .publicOrder:
            .init(en: "a danger to public order is found: detention on that ground is permitted after an individual assessment",
                  nl: "een gevaar voor de openbare orde is vastgesteld: bewaring op die grond is toegestaan na een individuele beoordeling")
        case .noGround:
            .init(en: "no ground of detention is established by the facts; other grounds of RCD Art 10(4) (identity, a risk of absconding) need findings the facts do not include",
                  nl: "uit de feiten blijkt geen grond voor bewaring; andere gronden van art. 10 lid 4 Opvangrichtlijn (identiteit, risico op onttrekking) vragen bevindingen die de feiten niet bevatten")
        }
    }

    /// The safeguards that hold whatever the decision, with their articles.
    static func safeguards(_ regime: Regime, minors: Bool, route: Route) -> [LocalizedText] {
        guard regime == .pact else {
            return [LocalizedText(en: "Directive 2013/33/EU Art 8(2): only on an individual assessment, where less coercive alternatives cannot be applied effectively",
                                  nl: "Art. 8 lid 2 Richtlijn 2013/33/EU: alleen na een individuele beoordeling, als andere, minder dwingende maatregelen niet doeltreffend kunnen worden toegepast"),
                    LocalizedText(en: "Directive 2013/33/EU Art 9: written order with reasons and speedy judicial review",
                                  nl: "Art. 9 Richtlijn 2013/33/EU: schriftelijk en gemotiveerd bevel en snelle rechterlijke toetsing"),
                    LocalizedText(en: "Directive 2013/33/EU Art 11: minors only as a last resort", nl: "Art. 11 Richtlijn 2013/33/EU: minderjarigen alleen als uiterste middel")]
        }
        var out: [LocalizedText] = [
            .init(en: "RCD Art 10(1): no detention for the sole reason of being an applicant",
                  nl: "Art. 10 lid 1 Opvangrichtlijn: geen bewaring alleen omdat iemand aanvrager is"),
            .init(en: "RCD Art 10(2): only on an individual assessment, where less coercive alternatives cannot be applied effectively",
                  nl: "Art. 10 lid 2 Opvangrichtlijn: alleen na een individuele beoordeling, als andere, minder dwingende maatregelen niet doeltreffend kunnen worden toegepast"),
            .init(en: "RCD Art 11: written order with reasons; speedy judicial review, ex officio within 15 days (21 in exceptional situations)",
                  nl: "Art. 11 Opvangrichtlijn: schriftelijk en gemotiveerd bevel; snelle rechterlijke toetsing, ambtshalve binnen 15 dagen (21 in uitzonderlijke situaties)"),
        ]
        if minors {
            out.append(.init(en: "RCD Art 13: minors are as a rule not detained; only as a last resort, after alternatives were found ineffective, and in the child's best interests",
                             nl: "Art. 13 Opvangrichtlijn: minderjarigen worden in beginsel niet in bewaring gesteld; alleen als uiterste middel, nadat alternatieven ondoeltreffend bleken, en in het belang van het kind"))
        }
        if route == .border && minors {
            out.append(.init(en: "APR Art 54(2): families with minors only in facilities suited to their needs",
                             nl: "Art. 54 lid 2 Procedureverordening: gezinnen met minderjarigen alleen in voorzieningen die bij hun behoeften passen"))
        }
        if route == .transfer {
            out.append(.init(en: "AMMR Art 44(2)-(3): only on a risk of absconding or where national security or public order requires it, proportionate, if other less coercive measures cannot be applied effectively, and as short as possible",
                             nl: "Art. 44 lid 2-3 Asiel- en migratiebeheerverordening: alleen bij een risico op onttrekking of als de nationale veiligheid of openbare orde dat vereist, evenredig, als andere, minder dwingende maatregelen niet doeltreffend kunnen worden toegepast, en zo kort mogelijk"))
        }
        return out
    }
}
