import Foundation

/// Streaming percentiles for waiting and sojourn times: log-scale buckets with 32 per doubling
/// (about 2 % relative resolution), so a replication keeps a fixed 2,000-counter array instead of
/// every observation.
struct Histogram {
    static let perOctave = 32.0
    static let floor = 1e-6
    static let buckets = 2048
    private(set) var counts = [UInt32](repeating: 0, count: Histogram.buckets)
    private(set) var zeros = 0
    private(set) var total = 0

    mutating func add(_ x: Double) {
        total += 1
        guard x > Self.floor else { zeros += 1; return }
        let i = Int(Foundation.log2(x / Self.floor) * Self.perOctave)
        counts[min(max(i, 0), Self.buckets - 1)] &+= 1
    }

    /// The value at quantile `q` (bucket midpoint), or nil with no observations.
    func quantile(_ q: Double) -> Double? {
        guard total > 0 else { return nil }
        let rank = Int((q * Double(total)).rounded(.up))
        if rank <= zeros { return 0 }
        var seen = zeros
        for (i, c) in counts.enumerated() where c > 0 {
            seen += Int(c)
            if seen >= rank { return Self.floor * Foundation.exp2((Double(i) + 0.5) / Self.perOctave) }
        }
        return nil
    }
}
