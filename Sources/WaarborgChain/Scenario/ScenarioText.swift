import WaarborgSim

/// Short texts for the assumptions table: the value as a reader would check it against its source.
enum ScenarioText {
    static func n(_ d: Double) -> String { NumberText.approximate(d, digits: 4) }

    static func distribution(_ d: Distribution) -> String {
        switch d {
        case .exponential(let m): "exponential, mean \(n(m)) days"
        case .deterministic(let v): "\(n(v)) days"
        case .uniform(let a, let b): "uniform \(n(a)) to \(n(b)) days"
        case .normal(let m, let s): "normal, mean \(n(m)), sd \(n(s)) days"
        case .lognormal(let m, let s): "lognormal, mean \(n(m)), sd \(n(s)) days"
        case .gamma(let k, let s): "gamma, mean \(n(k * s)) days (shape \(n(k)))"
        case .empirical(let v), .sequence(let v): "\(v.count) values, mean \(n(d.mean))"
        }
    }

    static func schedule(_ s: Schedule) -> String {
        if s.steps.count == 1 { return n(s.steps[0].value) }
        return s.steps.map { "\($0.from.iso): \(n($0.value))" }.joined(separator: "; ")
    }

    static func series(_ v: [Double]) -> String {
        let total = v.reduce(0, +)
        if Set(v).count == 1 { return "\(n(v[0])) a month" }
        return "\(v.count) months, \(n(total / Double(v.count))) a month on average"
    }

    static func mix(_ m: NationalityMix) -> String {
        m.entries.map { "\($0.code.code) \(n($0.share * 100)) % (grant \(n($0.grantRate * 100)) %)" }.joined(separator: ", ")
    }

    static func table(_ rows: [(String, Double)]) -> String {
        rows.isEmpty ? "none" : rows.map { "\($0.0) \(n($0.1))" }.joined(separator: ", ")
    }
}
