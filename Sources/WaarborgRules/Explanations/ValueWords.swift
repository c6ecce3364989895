import Foundation
import LegalCalendar

/// Plain English and Dutch names for the enumeration values a reader meets in a report.
enum ArrivalWords {
    static let notGiven = LocalizedText(en: "not given", nl: "niet opgegeven")
    static func name(_ k: ArrivalKind) -> LocalizedText {
        switch k {
        case .borderCrossingPoint: .init(en: "at a border crossing point", nl: "aan een grensdoorlaatpost")
        case .irregularCrossing: .init(en: "by crossing the external border irregularly", nl: "door irreguliere overschrijding van de buitengrens")
        case .seaRescue: .init(en: "after a rescue at sea", nl: "na redding op zee")
        case .inTerritory: .init(en: "found in the territory", nl: "aangetroffen op het grondgebied")
        case .lawfulStay: .init(en: "during a lawful stay", nl: "tijdens rechtmatig verblijf")
        case .relocation: .init(en: "by relocation from another member state", nl: "door herplaatsing uit een andere lidstaat")
        }
    }
}

public enum RouteWords {
    /// The route's name from the report vocabulary, so each route is named in one place.
    public static func name(_ r: Route) -> LocalizedText {
        .init(en: Vocabulary.term(r.rawValue, .en), nl: Vocabulary.term(r.rawValue, .nl))
    }
}

enum CriterionWords {
    /// The responsibility criterion as a reader names it.
    static func name(_ raw: String) -> LocalizedText {
        switch ResponsibilityCriterion(rawValue: raw) {
        case .securityThreat?: .init(en: "threat to internal security", nl: "bedreiging van de binnenlandse veiligheid")
        case .takeBack?: .init(en: "earlier application: take back", nl: "eerdere aanvraag: terugname")
        case .unaccompaniedMinorFamily?: .init(en: "family of the unaccompanied minor", nl: "familie van de alleenstaande minderjarige")
        case .unaccompaniedMinorRelative?: .init(en: "relative of the unaccompanied minor", nl: "verwant van de alleenstaande minderjarige")
        case .unaccompaniedMinor?: .init(en: "unaccompanied minor", nl: "alleenstaande minderjarige")
        case .family?: .init(en: "family member in another member state", nl: "gezinslid in een andere lidstaat")
        case .documents?: .init(en: "residence document or visa", nl: "verblijfsdocument of visum")
        case .diploma?: .init(en: "diploma", nl: "diploma")
        case .visaWaivedEntry?: .init(en: "visa-free entry", nl: "visumvrije binnenkomst")
        case .irregularEntry?: .init(en: "irregular entry", nl: "irreguliere binnenkomst")
        case .firstRegistration?: .init(en: "first registration", nl: "eerste registratie")
        case nil: .init(en: raw, nl: raw)
        }
    }
}

/// A contract value (route, ground id, reception kind, legal-aid form, criterion) in words, for
/// text outputs outside the library such as the comparison table; nil if it is not a known value.
public enum ValueWords {
    public static func readable(_ raw: String, _ lang: Language) -> String? {
        if let g = GroundID(rawValue: raw) { return g.name.text(lang) }
        if let r = Route(rawValue: raw) { return RouteWords.name(r).text(lang) }
        if Vocabulary.terms[raw] != nil { return Vocabulary.term(raw, lang) }
        if ResponsibilityCriterion(rawValue: raw) != nil { return CriterionWords.name(raw).text(lang) }
        return other(raw)?.text(lang)
    }
}

extension ValueWords {
    /// Values that are not contract enumerations but do reach a comparison: the regime, the
    /// family members who may join, and the places of detention the embedded profiles name.
    static func other(_ raw: String) -> LocalizedText? {
        if let r = Regime(rawValue: raw) {
            switch r {
            case .pact: return .init(en: "the Pact (applications from 12 June 2026)", nl: "het Pact (aanvragen vanaf 12 juni 2026)")
            case .prePact: return .init(en: "the former law (applications before 12 June 2026)", nl: "oud recht (aanvragen vóór 12 juni 2026)")
            }
        }
        return ParameterWords.relation(raw) ?? ParameterWords.text(raw)
    }
}

/// The title of a rule from the id the trace and the comparison write (`labour-market`,
/// `admissibility:APR-38-1-a`), so a text output names the rule and not its identifier.
public enum RuleTitles {
    static let byID: [String: RuleID] = Dictionary(uniqueKeysWithValues: RuleID.all.map { ($0.text, $0) })

    public static func title(_ id: String) -> LocalizedText? { byID[id].map(RuleWords.title) }
}

/// A policy parameter's value in words, in the reader's language: a period or a count with its
/// unit ("6 maanden", "5 dagen", "3 jaar"), a fraction as a percentage ("20 %"), a choice and each
/// item of a list by what it means, a place by its name. The profile files keep the identifiers.
public enum ParameterWords {
    /// With the profile's bodies, counselling by the authority names the body ("door de IND").
    public static func value(_ key: ParameterKey, _ v: ParameterValue.Value, _ lang: Language, bodies: AuthorityNames) -> String {
        if case .choice(let raw) = v, let form = LegalAidForm(rawValue: raw), form == .counsellingByAuthority,
           choice(key, raw) != nil { return ReportWords.legalAidForm(form, bodies, lang) }
        return value(key, v, lang)
    }

    public static func value(_ key: ParameterKey, _ v: ParameterValue.Value, _ lang: Language) -> String {
        switch v {
        case .period(let p): return lang == .nl ? p.dutch : p.english
        case .integer(let n): return count(key, n).text(lang)
        case .fraction(let f): return percent(f, lang)
        case .choice(let raw): return choice(key, raw)?.text(lang) ?? raw
        case .set(let items):
            if items.isEmpty { return lang == .nl ? "geen" : "none" }
            return ordered(key, items).map { item(key, $0)?.text(lang) ?? $0 }.joined(separator: ", ")
        case .text(let t): return text(t)?.text(lang) ?? t
        case .date(let d): return d.words(lang)
        }
    }

    /// The same for a value as `Comparison` writes it (`"6 months"`, `"[eu, nl]"`, `"0.2"`): read
    /// back by the parameter's kind. Text that is not such a value is returned as it is.
    public static func value(key: String, described text: String, _ lang: Language) -> String {
        guard let def = ParameterCatalog.byKey[key] else { return text }
        let v: ParameterValue.Value
        switch def.kind {
        case .period:
            guard let p = LegalPeriod(parsing: text) else { return text }
            v = .period(p)
        case .integer:
            guard let n = Int(text) else { return text }
            v = .integer(n)
        case .fraction:
            guard let f = Double(text) else { return text }
            v = .fraction(f)
        case .choice: v = .choice(text)
        case .set:
            guard text.hasPrefix("["), text.hasSuffix("]") else { return text }
            let inner = text.dropFirst().dropLast()
            v = .set(inner.isEmpty ? [] : inner.components(separatedBy: ", "))
        case .text: v = .text(text)
        case .date: return text
        }
        return value(def.id, v, lang)
    }

    /// A profile that sets no naturalisation period (0) states none: naturalisation is national law.
    public static let noPactRule = LocalizedText(en: "no Pact rule — national law", nl: "geen Pactregel — nationaal recht")

    enum CountUnit { case days, months, years }

    /// The unit of a parameter that is a whole number; nil for the other kinds.
    static func unit(_ key: ParameterKey) -> CountUnit? {
        switch key {
        case .appealLodgingPeriodAcceleratedOrBorder, .appealLodgingPeriodInadmissibility, .appealLodgingPeriodRegular,
             .appealLodgingPeriodTransfer, .oldLawAppealRegular, .oldLawAppealShort, .oldLawAppealTransfer: .days
        case .grantedRefugeeConditionFreeMonths: .months
        case .grantedRefugeePermitYears, .grantedRefugeeRenewalYears, .grantedSubsidiaryPermitYears, .grantedSubsidiaryRenewalYears,
             .grantedSubsidiaryFamilyWaitYears, .grantedNaturalisationYears: .years
        default: nil
        }
    }

    public static func count(_ key: ParameterKey, _ n: Int) -> LocalizedText {
        if key == .grantedNaturalisationYears && n == 0 { return noPactRule }
        let one = n == 1
        switch unit(key) {
        case .days: return .init(en: "\(n) \(one ? "day" : "days")", nl: "\(n) \(one ? "dag" : "dagen")")
        case .months: return .init(en: "\(n) \(one ? "month" : "months")", nl: "\(n) \(one ? "maand" : "maanden")")
        case .years: return .init(en: "\(n) \(one ? "year" : "years")", nl: "\(n) jaar")
        case nil: return .init(en: String(n), nl: String(n))
        }
    }

    /// 0.2 -> "20 %"; 0.125 -> "12.5 %" (Dutch "12,5 %").
    static func percent(_ f: Double, _ lang: Language) -> String {
        let p = f * 100
        if abs(p - p.rounded()) < 1e-9 { return "\(Int(p.rounded())) %" }
        let s = String(format: "%.1f", p)
        return (lang == .nl ? s.replacingOccurrences(of: ".", with: ",") : s) + " %"
    }

    /// A choice value of the parameter, by what it means.
    public static func choice(_ key: ParameterKey, _ raw: String) -> LocalizedText? {
        switch key {
        case .borderFamiliesWithMinorChildren: BorderFamiliesPolicy(rawValue: raw).map(words)
        case .acceleratedUnaccompaniedMinors: UnaccompaniedAccelerationPolicy(rawValue: raw).map(words)
        case .detentionBorderProcedure: BorderDetentionPolicy(rawValue: raw).map(words)
        case .detentionFamiliesWithChildren: FamilyDetentionPolicy(rawValue: raw).map(words)
        case .detentionUnaccompaniedMinors: MinorDetentionPolicy(rawValue: raw).map(words)
        case .receptionDublin: DublinReceptionPolicy(rawValue: raw).map(words)
        case .grantedSubsidiaryIncomeAndHousing: IncomeAndHousingPolicy(rawValue: raw).map(words)
        case .grantedSubsidiaryFamilyReunification: SubsidiaryFamilyReunificationPolicy(rawValue: raw).map(words)
        case .procedureIntentionToReject: IntentionToRejectPolicy(rawValue: raw).map(words)
        case .remedyLateDecision, .oldLawRemedyLateDecision: LateDecisionRemedy(rawValue: raw).map(ProcedureWords.words)
        // The report names these in the same words (Vocabulary).
        case .receptionLanguageCourses: LanguageCoursePolicy(rawValue: raw).flatMap { vocabulary($0.rawValue) }
        case .legalAidScreening, .legalAidAdministrative, .legalAidBorder, .legalAidAppeal, .legalAidDublin, .legalAidReception,
             .oldLawLegalAidAdministrative: LegalAidForm(rawValue: raw).flatMap { vocabulary($0.rawValue) }
        default: nil
        }
    }

    /// One item of a list-valued parameter.
    public static func item(_ key: ParameterKey, _ raw: String) -> LocalizedText? {
        switch key {
        case .borderOptionalGrounds, .admissibilityOptionalGrounds: GroundID(rawValue: raw).map { citation($0.ref) }
        case .admissibilitySafeThirdCountryBases: bases[raw].map { LocalizedText(en: $0.en, nl: $0.nl) }
        case .safeCountryOfOriginLists: SafeCountryListID(rawValue: raw).map(words)
        case .safeCountryOfOriginExemptRiskProfiles: riskProfiles[raw].map { LocalizedText(en: $0.en, nl: $0.nl) }
        case .grantedFamilyReunificationMembers: relation(raw)
        default: nil
        }
    }

    /// A family member who may join a beneficiary (`granted.familyReunification.members`).
    public static func relation(_ raw: String) -> LocalizedText? {
        relations[raw].map { LocalizedText(en: $0.en, nl: $0.nl) }
    }

    /// A free-text value the embedded profiles use (a place of detention), in the reader's language.
    public static func text(_ raw: String) -> LocalizedText? {
        Vocabulary.facilities[raw].map { LocalizedText(en: $0.en, nl: $0.nl) } ?? Vocabulary.bodies[raw]?.full
    }

    /// The items of a list in the order the catalogue offers them, so that columns compare.
    static func ordered(_ key: ParameterKey, _ items: [String]) -> [String] {
        guard case .set(let options)? = ParameterCatalog.byKey[key.rawValue]?.kind else { return items }
        return items.sorted { (options.firstIndex(of: $0) ?? options.count, $0) < (options.firstIndex(of: $1) ?? options.count, $1) }
    }

    static func vocabulary(_ raw: String) -> LocalizedText? {
        Vocabulary.terms[raw].map { LocalizedText(en: $0.en, nl: $0.nl) }
    }

    static func citation(_ ref: String) -> LocalizedText { .init(en: ref, nl: RuleWords.ref(ref, .nl)) }

    static func words(_ v: BorderFamiliesPolicy) -> LocalizedText {
        switch v {
        case .sameAsAdults: .init(en: "as for adults, also on the optional grounds", nl: "zoals voor volwassenen, ook op de facultatieve gronden")
        case .mandatoryGroundsOnly: .init(en: "only on the mandatory grounds of APR Art 45(1)", nl: "alleen op de verplichte gronden van art. 45 lid 1 Procedureverordening")
        }
    }

    static func words(_ v: UnaccompaniedAccelerationPolicy) -> LocalizedText {
        switch v {
        case .closedList: .init(en: "on the grounds of the closed list of APR Art 42(3)", nl: "op de gronden van de gesloten lijst van art. 42 lid 3 Procedureverordening")
        case .never: .init(en: "never, except on the security ground of APR Art 42(3)(b)", nl: "nooit, behalve op de veiligheidsgrond van art. 42 lid 3 onder b Procedureverordening")
        }
    }

    static func words(_ v: BorderDetentionPolicy) -> LocalizedText {
        switch v {
        case .borderDetention: .init(en: "border detention", nl: "grensdetentie")
        case .alternatives: .init(en: "alternatives to detention, such as a reporting duty", nl: "alternatieven voor bewaring, zoals een meldplicht")
        }
    }

    static func words(_ v: FamilyDetentionPolicy) -> LocalizedText {
        switch v {
        case .never: .init(en: "never", nl: "nooit")
        case .exceptionalFindings: .init(en: "only on doubt about family ties, indications of trafficking or a danger to public order",
                                         nl: "alleen bij twijfel over gezinsbanden, aanwijzingen van mensenhandel of gevaar voor de openbare orde")
        }
    }

    static func words(_ v: MinorDetentionPolicy) -> LocalizedText {
        switch v {
        case .never: .init(en: "never", nl: "nooit")
        case .securityOnly: .init(en: "only on a danger to public order", nl: "alleen bij gevaar voor de openbare orde")
        }
    }

    static func words(_ v: DublinReceptionPolicy) -> LocalizedText {
        switch v {
        case .minimum: .init(en: "only basic needs and health care — the Dublin minimum", nl: "alleen basisbehoeften en zorg — het Dublinminimum")
        case .full: .init(en: "full reception until the transfer", nl: "volledige opvang tot de overdracht")
        }
    }

    static func words(_ v: IntentionToRejectPolicy) -> LocalizedText {
        switch v {
        case .required: .init(en: "yes: an intention to reject first, which the applicant can answer in writing", nl: "ja: eerst een voornemen, waarop de aanvrager een zienswijze kan indienen")
        case .none: .init(en: "no: the rejection follows the interview directly", nl: "nee: de afwijzing volgt direct op het gehoor")
        }
    }

    static func words(_ v: SubsidiaryFamilyReunificationPolicy) -> LocalizedText {
        switch v {
        case .granted: .init(en: "granted under national law, on the waiting period and conditions the profile sets", nl: "toegekend naar nationaal recht, op de wachttijd en voorwaarden van het beleidsprofiel")
        case .none: .init(en: "none: EU law gives no right (Directive 2003/86/EC Art 3(2)(c)) and the profile grants none", nl: "geen: het Unierecht geeft geen recht (art. 3 lid 2 onder c Richtlijn 2003/86/EG) en dit beleidsprofiel kent er geen toe")
        }
    }

    static func words(_ v: IncomeAndHousingPolicy) -> LocalizedText {
        switch v {
        case .required: .init(en: "required", nl: "vereist")
        case .notRequired: .init(en: "not required", nl: "niet vereist")
        }
    }

    static func words(_ v: SafeCountryListID) -> LocalizedText {
        switch v {
        case .eu: .init(en: "EU list", nl: "EU-lijst")
        case .nl: .init(en: "Dutch national list", nl: "Nederlandse lijst")
        }
    }

    /// APR Art 59(5) as amended by Reg 2026/463.
    static let bases: [String: (en: String, nl: String)] = [
        "connection": ("a connection with the third country", "een band met het derde land"),
        "transit": ("transit through the third country", "doorreis door het derde land"),
        "agreement": ("an agreement with the third country", "een overeenkomst met het derde land"),
    ]

    /// APR Art 61(2).
    static let riskProfiles: [String: (en: String, nl: String)] = [
        "journalist": ("journalists", "journalisten"),
        "political-opponent": ("political opponents", "politieke tegenstanders"),
        "human-rights-defender": ("human rights defenders", "mensenrechtenverdedigers"),
        "academic": ("academics", "academici"),
        "lgbtiq": ("LGBTIQ+ persons", "lhbtiq+-personen"),
        "religious-minority": ("religious minorities", "religieuze minderheden"),
        "ethnic-minority": ("ethnic minorities", "etnische minderheden"),
    ]

    /// Directive 2003/86/EC Art 4; Art 10.
    static let relations: [String: (en: String, nl: String)] = [
        "spouse": ("spouse", "echtgenoot"),
        "unmarried-partner": ("unmarried partner", "ongehuwde partner"),
        "minor-child": ("minor children", "minderjarige kinderen"),
        "adult-dependent-child": ("dependent adult children", "afhankelijke meerderjarige kinderen"),
        "foster-child": ("foster children", "pleegkinderen"),
        "parents-of-minor": ("parents of an unaccompanied minor", "ouders van een alleenstaande minderjarige"),
    ]

    /// A legal basis as a profile cites it, in the reader's language: the report's citation words
    /// ("art.", "Richtlijn", "nationaal recht") and the few more that profiles use.
    public static func ref(_ r: String, _ lang: Language) -> String {
        guard lang == .nl else { return r }
        if r == "none" { return "geen" }
        return RuleWords.ref(r, .nl)
    }
}
