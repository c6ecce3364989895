import Foundation
import WaarborgRules
import WaarborgSim

/// Short texts for the assumptions table, in English and Dutch: the value as a reader would
/// check it against its source.
enum ScenarioText {
    typealias T = LocalizedText

    static func n(_ d: Double, _ lang: Language = .en) -> String {
        if abs(d) >= 1000 && d == d.rounded() { return ChainReport.grouped(d, lang, decimals: 0) }
        let s = NumberText.approximate(d, digits: 4)
        return lang == .nl ? s.replacingOccurrences(of: ".", with: ",") : s
    }

    static func both(_ f: (Language) -> String) -> T {
        T(en: f(.en).trimmingCharacters(in: .whitespaces), nl: f(.nl).trimmingCharacters(in: .whitespaces))
    }

    static func plain(_ d: Double) -> T { both { n(d, $0) } }

    /// `inDays`: a time in days; otherwise a count (children, family members).
    static func distribution(_ d: Distribution, inDays: Bool = true) -> T {
        both { l in
            let days = inDays ? (l == .nl ? "dagen" : "days") : "", mean = l == .nl ? "gemiddeld" : "mean"
            switch d {
            case .exponential(let m): return (l == .nl ? "exponentieel, " : "exponential, ") + "\(mean) \(n(m, l)) \(days)"
            case .deterministic(let v): return inDays ? "\(n(v, l)) \(days)" : n(v, l)
            case .uniform(let a, let b): return (l == .nl ? "gelijkmatig \(n(a, l)) tot \(n(b, l))" : "uniform \(n(a, l)) to \(n(b, l))") + " \(days)"
            case .normal(let m, let s): return (l == .nl ? "normaal" : "normal") + ", \(mean) \(n(m, l)), sd \(n(s, l)) \(days)"
            case .lognormal(let m, let s): return "lognormal, \(mean) \(n(m, l)), sd \(n(s, l)) \(days)"
            case .gamma(let k, let s): return "gamma, \(mean) \(n(k * s, l)) \(days) (" + (l == .nl ? "vorm" : "shape") + " \(n(k, l)))"
            case .empirical(let v), .sequence(let v): return "\(v.count) " + (l == .nl ? "waarden" : "values") + ", \(mean) \(n(d.mean, l))"
            }
        }
    }

    static func schedule(_ s: Schedule) -> T {
        if s.steps.count == 1 { return plain(s.steps[0].value) }
        return both { l in s.steps.map { "\(l == .nl ? "vanaf" : "from") \($0.from.iso): \(n($0.value, l))" }.joined(separator: "; ") }
    }

    static func series(_ v: [Double]) -> T {
        if Set(v).count == 1 { return both { "\(n(v[0], $0)) " + ($0 == .nl ? "per maand" : "a month") } }
        let mean = v.reduce(0, +) / Double(v.count)
        return both { l in l == .nl ? "\(v.count) maanden, gemiddeld \(n(mean, l)) per maand" : "\(v.count) months, \(n(mean, l)) a month on average" }
    }

    /// A country's name as it stands in a list ("Syria", "the Netherlands" without its article).
    static func country(_ c: CountryCode, _ l: Language) -> String {
        let name = CountryWords.name(c, l)
        return name.hasPrefix("the ") ? String(name.dropFirst(4)) : name
    }

    static func mix(_ m: NationalityMix) -> T {
        both { l in
            m.entries.map { "\(country($0.code, l)) \(n($0.share * 100, l)) % (" + (l == .nl ? "inwilliging" : "grant") + " \(n($0.grantRate * 100, l)) %)" }.joined(separator: ", ")
        }
    }

    static func countries(_ rows: [(CountryCode, Double)]) -> T {
        both { l in rows.map { "\(country($0.0, l)) \(n($0.1, l))" }.joined(separator: ", ") }
    }

    static func findings(_ rows: [(FindingID, Double)]) -> T {
        rows.isEmpty ? T(en: "none", nl: "geen") : both { l in rows.map { "\(finding($0.0).text(l)) \(n($0.1, l))" }.joined(separator: ", ") }
    }

    /// Short names of the findings, for the assumptions table.
    static func finding(_ f: FindingID) -> T {
        switch f {
        case .irrelevantIssuesOnly: T(en: "only irrelevant issues raised", nl: "alleen niet-relevante kwesties")
        case .inconsistentOrFalseStatements: T(en: "inconsistent or false statements", nl: "tegenstrijdige of valse verklaringen")
        case .misledAuthorities: T(en: "misled the authorities", nl: "misleiding van de autoriteiten")
        case .applicationToDelayRemoval: T(en: "applied only to delay removal", nl: "aanvraag alleen om uitzetting te vertragen")
        case .safeCountryOfOriginRebutted: T(en: "safe country of origin rebutted", nl: "veilig land van herkomst weerlegd")
        case .publicOrderDanger: T(en: "danger to public order", nl: "gevaar voor de openbare orde")
        case .newElements: T(en: "new elements", nl: "nieuwe elementen")
        case .lateApplicationWithoutReason: T(en: "late application without reason", nl: "late aanvraag zonder reden")
        case .refusesBiometrics: T(en: "refuses fingerprints", nl: "weigert vingerafdrukken")
        case .significantChangeInCountry: T(en: "significant change in the country", nl: "ingrijpende verandering in het land")
        case .categoryNotRepresentative: T(en: "category not representative", nl: "categorie niet representatief")
        case .firstCountryOfAsylum: T(en: "first country of asylum", nl: "eerste land van asiel")
        case .safeThirdCountry: T(en: "safe third country", nl: "veilig derde land")
        case .specialNeedsUnsupported: T(en: "special needs cannot be supported", nl: "bijzondere behoeften niet te ondersteunen")
        case .medicalReasonsAgainstBorder: T(en: "medical reasons against the border procedure", nl: "medische redenen tegen de grensprocedure")
        case .familyTiesDoubted: T(en: "family ties doubted", nl: "gezinsband betwijfeld")
        case .traffickingIndications: T(en: "indications of trafficking", nl: "aanwijzingen voor mensenhandel")
        case .internalSecurityThreat: T(en: "threat to internal security", nl: "bedreiging van de binnenlandse veiligheid")
        case .detentionGuaranteesUnmet: T(en: "detention guarantees not met", nl: "waarborgen voor bewaring niet vervuld")
        }
    }
}
