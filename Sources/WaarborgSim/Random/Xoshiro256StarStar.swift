/// xoshiro256** (Blackman and Vigna), the generator behind every random number in a simulation.
///
/// Chosen for speed and for its jump functions: `jump()` advances 2^128 steps and `longJump()`
/// 2^192, which gives each replication and each stochastic process its own non-overlapping
/// stream, so two scenarios run with the same seed see the same arrivals (common random numbers).
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable, Equatable {
    public private(set) var state: (UInt64, UInt64, UInt64, UInt64)

    public init(state: (UInt64, UInt64, UInt64, UInt64)) {
        precondition(state != (0, 0, 0, 0), "xoshiro256** needs a non-zero state")
        self.state = state
    }

    /// Seeds the four words from SplitMix64, as the reference implementation recommends.
    public init(seed: UInt64) {
        var sm = SplitMix64(seed: seed)
        state = (sm.next(), sm.next(), sm.next(), sm.next())
    }

    public static func == (a: Self, b: Self) -> Bool { a.state == b.state }

    @inline(__always)
    private static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    @inline(__always)
    public mutating func next() -> UInt64 {
        let result = Self.rotl(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = Self.rotl(state.3, 45)
        return result
    }

    /// A double in (0, 1] with 53 random bits: never 0, so its logarithm is finite.
    @inline(__always)
    public mutating func nextOpenUnit() -> Double { Double((next() >> 11) + 1) * 0x1.0p-53 }

    /// A double in [0, 1) with 53 random bits.
    @inline(__always)
    public mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    private static let jumpTable: (UInt64, UInt64, UInt64, UInt64) = (0x180e_c6d3_3cfd_0aba, 0xd5a6_1266_f0c9_392c, 0xa958_2618_e03f_c9aa, 0x39ab_dc45_29b1_661c)
    private static let longJumpTable: (UInt64, UInt64, UInt64, UInt64) = (0x76e1_5d3e_fefd_cbbf, 0xc500_4e44_1c52_2fb3, 0x7771_0069_854e_e241, 0x3910_9bb0_2acb_e635)

    /// Advances 2^128 steps.
    public mutating func jump() { apply(Self.jumpTable) }
    /// Advances 2^192 steps.
    public mutating func longJump() { apply(Self.longJumpTable) }

    private mutating func apply(_ table: (UInt64, UInt64, UInt64, UInt64)) {
        var s0: UInt64 = 0, s1: UInt64 = 0, s2: UInt64 = 0, s3: UInt64 = 0
        for word in [table.0, table.1, table.2, table.3] {
            for b in 0..<64 {
                if word & (1 << UInt64(b)) != 0 {
                    s0 ^= state.0; s1 ^= state.1; s2 ^= state.2; s3 ^= state.3
                }
                _ = next()
            }
        }
        state = (s0, s1, s2, s3)
    }
}

/// SplitMix64, used only to expand a 64-bit seed into xoshiro's 256-bit state.
public struct SplitMix64: Sendable {
    private var x: UInt64
    public init(seed: UInt64) { x = seed }
    public mutating func next() -> UInt64 {
        x &+= 0x9E37_79B9_7F4A_7C15
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Independent streams: one per (replication, purpose), derived from one seed by jumps.
///
/// The stream for purpose `p` of replication `r` is the seeded generator moved on by `p` long
/// jumps and then `r` jumps. `StreamCursor` walks the replications in order and so sets up `R`
/// replications of `P` streams with `P` long jumps and `R * P` jumps in all, instead of the
/// `R * (P * P + R * P) / 2` that building every stream from the seed would take.
public enum RandomStreams {
    /// Purpose `p` is `p` long jumps from the seeded base; replication `r` is `r` jumps further.
    public static func stream(seed: UInt64, replication: Int, purpose: Int) -> Xoshiro256StarStar {
        var g = Xoshiro256StarStar(seed: seed)
        for _ in 0..<purpose { g.longJump() }
        for _ in 0..<replication { g.jump() }
        return g
    }

    /// The streams for purposes `0..<count` of one replication (the same values as `stream`).
    public static func streams(seed: UInt64, replication: Int, count: Int) -> [Xoshiro256StarStar] {
        var cursor = StreamCursor(seed: seed, purposes: count)
        cursor.advance(by: replication)
        return cursor.streams
    }
}

/// The streams of one replication, moved on to later replications one jump per stream at a time.
public struct StreamCursor: Sendable {
    /// The replication whose streams `streams` holds.
    public private(set) var replication = 0
    /// One generator per purpose, in purpose order.
    public private(set) var streams: [Xoshiro256StarStar]

    /// Replication 0: the seeded generator, then one more long jump for each further purpose.
    public init(seed: UInt64, purposes: Int) {
        var g = Xoshiro256StarStar(seed: seed)
        var all: [Xoshiro256StarStar] = []
        all.reserveCapacity(purposes)
        for p in 0..<purposes {
            if p > 0 { g.longJump() }
            all.append(g)
        }
        streams = all
    }

    /// Moves every stream `n` replications on (`n` jumps each).
    public mutating func advance(by n: Int) {
        precondition(n >= 0, "streams only move forward")
        guard n > 0 else { return }
        for p in streams.indices {
            for _ in 0..<n { streams[p].jump() }
        }
        replication += n
    }
}
