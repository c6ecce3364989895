/// Streaming percentiles for waiting and sojourn times: log-linear buckets (32 per doubling, about
/// 2 % relative resolution) read straight from the bits of the double, so adding a value costs no
/// logarithm and a replication keeps a fixed array instead of every observation.
struct Histogram: Sendable {
    static let subBits = 5
    static let minExponent = -20  // values below 2^-20 count as zero
    static let maxExponent = 43
    static let buckets = (maxExponent - minExponent + 1) << subBits
    private(set) var counts = [UInt32](repeating: 0, count: Histogram.buckets)
    private(set) var zeros = 0
    private(set) var total = 0

    @inline(__always)
    mutating func add(_ x: Double) {
        total += 1
        let e = Int(x.exponent)
        guard x > 0, e >= Self.minExponent else { zeros += 1; return }
        let sub = Int(x.significandBitPattern >> UInt64(52 - Self.subBits))
        let i = (min(e, Self.maxExponent) - Self.minExponent) << Self.subBits | sub
        counts[i] &+= 1
    }

    /// The value at quantile `q` (bucket midpoint), or nil with no observations.
    func quantile(_ q: Double) -> Double? {
        guard total > 0 else { return nil }
        let rank = Int((q * Double(total)).rounded(.up))
        if rank <= zeros { return 0 }
        var seen = zeros
        for (i, c) in counts.enumerated() where c > 0 {
            seen += Int(c)
            if seen >= rank {
                let e = (i >> Self.subBits) + Self.minExponent
                let sub = Double(i & ((1 << Self.subBits) - 1))
                return Double(sign: .plus, exponent: e, significand: 1 + (sub + 0.5) / Double(1 << Self.subBits))
            }
        }
        return nil
    }
}
