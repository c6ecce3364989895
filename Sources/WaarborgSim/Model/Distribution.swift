import Foundation
import WaarborgJSON

/// A probability distribution for times (interarrival, service, patience), written in the
/// network format as `{name: {parameters}}`. Parameters are checked when the network is read, so
/// sampling never meets a negative mean or an empty list.
public enum Distribution: Sendable, Equatable {
    case exponential(mean: Double)
    case deterministic(value: Double)
    case uniform(min: Double, max: Double)
    case normal(mean: Double, sd: Double)
    /// Mean and standard deviation of the lognormal variable itself (not of its logarithm).
    case lognormal(mean: Double, sd: Double)
    case gamma(shape: Double, scale: Double)
    /// Each of the values with equal probability.
    case empirical(values: [Double])
    /// The values in order, then again from the start: replays a recorded trace (tests, audits).
    case sequence(values: [Double])

    public var mean: Double {
        switch self {
        case .exponential(let m): m
        case .deterministic(let v): v
        case .uniform(let a, let b): (a + b) / 2
        case .normal(let m, _): m
        case .lognormal(let m, _): m
        case .gamma(let k, let s): k * s
        case .empirical(let v), .sequence(let v): v.reduce(0, +) / Double(v.count)
        }
    }

    /// Draws one value. Normal draws below zero are cut at zero (times cannot be negative).
    @inline(__always)
    public func sample(_ g: inout Xoshiro256StarStar, position: inout Int) -> Double {
        switch self {
        case .exponential(let m): return -m * Foundation.log(g.nextOpenUnit())
        case .deterministic(let v): return v
        case .uniform(let a, let b): return a + (b - a) * g.nextUnit()
        case .normal(let m, let sd): return max(0, m + sd * Self.standardNormal(&g))
        case .lognormal(let m, let sd):
            let s2 = Foundation.log(1 + (sd * sd) / (m * m))
            return Foundation.exp(Foundation.log(m) - s2 / 2 + s2.squareRoot() * Self.standardNormal(&g))
        case .gamma(let k, let scale): return scale * Self.gamma(shape: k, &g)
        case .empirical(let v): return v[Int(g.next() % UInt64(v.count))]
        case .sequence(let v):
            let x = v[position % v.count]
            position += 1
            return x
        }
    }

    /// Marsaglia's polar method (one value per call; the second is dropped to keep streams simple).
    static func standardNormal(_ g: inout Xoshiro256StarStar) -> Double {
        while true {
            let u = 2 * g.nextUnit() - 1, v = 2 * g.nextUnit() - 1
            let s = u * u + v * v
            if s > 0 && s < 1 { return u * (-2 * Foundation.log(s) / s).squareRoot() }
        }
    }

    /// Marsaglia and Tsang (2000); shape below 1 by the boost U^(1/k).
    static func gamma(shape k: Double, _ g: inout Xoshiro256StarStar) -> Double {
        if k < 1 {
            let u = g.nextUnit()
            return gamma(shape: k + 1, &g) * Foundation.pow(max(u, .leastNonzeroMagnitude), 1 / k)
        }
        let d = k - 1.0 / 3.0, c = 1 / (9 * d).squareRoot()
        while true {
            var x: Double, v: Double
            repeat { x = standardNormal(&g); v = 1 + c * x } while v <= 0
            v = v * v * v
            let u = g.nextUnit()
            if u < 1 - 0.0331 * x * x * x * x { return d * v }
            if Foundation.log(max(u, .leastNonzeroMagnitude)) < 0.5 * x * x + d * (1 - v + Foundation.log(v)) { return d * v }
        }
    }
}
