import PropertyBased
import Testing
@testable import WaarborgSim

@Suite("Invariants over random networks")
struct NetworkPropertyTests {
    /// A random network of one to three stations with random servers, capacity, overflow, patience,
    /// disciplines and routing (including loops), whose arrivals stop so that it drains.
    static func network(seed: Int) -> NetworkSpec {
        var g = Xoshiro256StarStar(seed: UInt64(truncatingIfNeeded: seed))
        func int(_ n: Int) -> Int { Int(g.next() % UInt64(n)) }
        let n = 1 + int(3)
        let classes = ["a", "b"]
        var stations: [NetworkSpec.Station] = []
        for s in 0..<n {
            var next: [[NetworkSpec.Route]] = [[], []]
            for c in 0..<2 where int(3) > 0 {
                let target = int(n + 1)  // n means exit
                let p = 0.2 + 0.6 * g.nextUnit()
                next[c] = [.init(station: target == n ? nil : target, probability: p), .init(station: nil, probability: 1 - p)]
            }
            let capacity: Int? = int(2) == 0 ? 1 + int(6) : nil
            let overflow: Int? = capacity != nil && n > 1 && int(2) == 0 ? (s + 1) % n : nil
            stations.append(.init(id: "s\(s)", servers: 1 + int(3), discipline: NetworkSpec.Discipline.allCases[int(3)], rank: [0, 1 + int(2)],
                                  service: [.exponential(mean: 0.3 + g.nextUnit()), .gamma(shape: 0.5 + 2 * g.nextUnit(), scale: 0.5)],
                                  capacity: capacity, overflow: overflow,
                                  patience: int(2) == 0 ? .exponential(mean: 0.5 + 3 * g.nextUnit()) : nil,
                                  schedule: int(3) == 0 ? [(from: 50, servers: int(3)), (from: 120, servers: 2)] : [],
                                  next: next))
        }
        let arrivals = (0..<2).map { c in
            NetworkSpec.Arrival(station: int(n), classIndex: c, interarrival: .exponential(mean: 0.5 + 2 * g.nextUnit()), until: 200)
        }
        return NetworkSpec(horizon: 1_000_000, warmup: 0, replications: 1, seed: UInt64(seed & 0xFFFF), classes: classes,
                           arrivals: arrivals, stations: stations)
    }

    @Test("every customer who enters a station completes, is blocked or abandons, and counts never go negative")
    func conservation() async {
        await propertyCheck(count: 150, input: Gen.int(in: 0...1_000_000_000)) { seed in
            let spec = Self.network(seed: seed)
            var sim = NetworkSimulator(spec: spec, replication: 0)
            let r = sim.run()
            for (s, st) in r.stations.enumerated() {
                for c in st.classes {
                    #expect(c.arrivals == c.completions + c.blocked + c.abandoned, "seed \(seed) station \(s)")
                    #expect(c.areaWaiting >= 0 && c.areaBusy >= 0 && c.waitSum >= -1e-9, "seed \(seed) station \(s)")
                }
            }
        }
    }
}
