import Testing
@testable import WaarborgSim

@Suite("Random numbers (V21)")
struct RandomTests {
    @Test("xoshiro256** matches the reference implementation from state (1, 2, 3, 4)")
    func knownAnswers() {
        var g = Xoshiro256StarStar(state: (1, 2, 3, 4))
        let expected: [UInt64] = [11520, 0, 1509978240, 1215971899390074240, 1216172134540287360, 607988272756665600]
        #expect((0..<6).map { _ in g.next() } == expected)
    }

    @Test("SplitMix64 matches its reference output for seed 0")
    func splitMix() {
        var s = SplitMix64(seed: 0)
        #expect([s.next(), s.next(), s.next()] == [16294208416658607535, 7960286522194355700, 487617019471545679])
    }

    @Test("streams per replication and purpose are distinct and reproducible")
    func streams() {
        let a = RandomStreams.stream(seed: 1, replication: 0, purpose: 0)
        let b = RandomStreams.stream(seed: 1, replication: 1, purpose: 0)
        let c = RandomStreams.stream(seed: 1, replication: 0, purpose: 1)
        #expect(a != b && a != c && b != c)
        #expect(RandomStreams.stream(seed: 1, replication: 1, purpose: 0) == b)
    }

    @Test("each distribution has the mean it is given", arguments: [
        Distribution.exponential(mean: 2), .deterministic(value: 3), .uniform(min: 1, max: 5), .normal(mean: 10, sd: 2),
        .lognormal(mean: 4, sd: 3), .gamma(shape: 2.5, scale: 1.5), .gamma(shape: 0.5, scale: 2), .empirical(values: [1, 2, 6]),
    ])
    func means(_ d: Distribution) {
        var g = Xoshiro256StarStar(seed: 42)
        var pos = 0
        let n = 200_000
        var sum = 0.0, sum2 = 0.0
        for _ in 0..<n { let x = d.sample(&g, position: &pos); sum += x; sum2 += x * x }
        let m = sum / Double(n)
        let sd = ((sum2 / Double(n) - m * m) * Double(n) / Double(n - 1)).squareRoot()
        #expect(abs(m - d.mean) <= 4 * sd / Double(n).squareRoot() + 1e-12, "\(d): mean \(m), expected \(d.mean)")
    }
}
