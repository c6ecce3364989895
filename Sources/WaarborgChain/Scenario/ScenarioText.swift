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

    static func mix(_ m: NationalityMix) -> T {
        both { l in
            m.entries.map { "\($0.code.code) \(n($0.share * 100, l)) % (" + (l == .nl ? "inwilliging" : "grant") + " \(n($0.grantRate * 100, l)) %)" }.joined(separator: ", ")
        }
    }

    static func table(_ rows: [(String, Double)]) -> T {
        rows.isEmpty ? T(en: "none", nl: "geen") : both { l in rows.map { "\($0.0) \(n($0.1, l))" }.joined(separator: ", ") }
    }
}
