import Foundation
import Testing
@testable import WaarborgSim

/// The analytic validation suite (V1-V20 of the research plan), sized for a debug build: fixed
/// seeds, 10 replications, warm-up deleted, accepted by the t-interval rule in `expectClose`.
@Suite("Validation against queueing theory")
struct ValidationTests {
    let exp1 = #"{"exponential": {"mean": 1}}"#

    @Test("V1 M/M/1, rho 0.5: Wq 1, W 2, Lq 0.5, utilization 0.5")
    func mm1() throws {
        let r = try simulate(single(lambda: 0.5, service: exp1, servers: 1, horizon: 40_000, warmup: 2_000))
        let s = station(r, "s")
        expectClose(s.meanWait, 1, "Wq"); expectClose(s.meanSojourn, 2, "W")
        expectClose(s.meanQueueLength, 0.5, "Lq"); expectClose(s.utilization, 0.5, floor: 0.005, "rho")
    }

    @Test("V2 M/M/1 in heavy traffic (rho 0.9): Wq 9, Lq 8.1")
    func mm1Heavy() throws {
        let r = try simulate(single(lambda: 0.9, service: exp1, servers: 1, horizon: 100_000, warmup: 5_000, seed: 21))
        expectClose(station(r, "s").meanWait, 9, floor: 0.2, "Wq")
        expectClose(station(r, "s").meanQueueLength, 8.1, floor: 0.2, "Lq")
    }

    @Test("V5 M/M/50 Erlang C (lambda 45): Wq 0.072773, Lq 3.2748")
    func mm50() throws {
        let r = try simulate(single(lambda: 45, service: exp1, servers: 50, horizon: 2_000, warmup: 100, seed: 22))
        expectClose(station(r, "s").meanWait, 0.072773, floor: 0.003, "Wq")
        expectClose(station(r, "s").meanQueueLength, 3.2748, floor: 0.1, "Lq")
    }

    @Test("V9 Erlang A (c 10, lambda 10, mu 1, theta 0.2): P(abandon) 0.077693, Lq 3.8846")
    func erlangA10() throws {
        let r = try simulate(single(lambda: 10, service: exp1, servers: 10, horizon: 5_000, warmup: 200,
                                    extra: #", "patience": {"exponential": {"mean": 5}}"#, seed: 23))
        expectClose(station(r, "s").abandonmentProbability, 0.077693, floor: 0.002, "P(abandon)")
        expectClose(station(r, "s").meanQueueLength, 3.8846, floor: 0.05, "Lq")
    }

    @Test("V3 M/M/3 (lambda 0.2, mu 0.1): Wq 4.444, Lq 0.8889")
    func mm3() throws {
        let r = try simulate(single(lambda: 0.2, service: #"{"exponential": {"mean": 10}}"#, servers: 3, horizon: 200_000, warmup: 10_000))
        expectClose(station(r, "s").meanWait, 4.4444, floor: 0.05, "Wq")
        expectClose(station(r, "s").meanQueueLength, 0.8889, floor: 0.01, "Lq")
    }

    @Test("V4 M/M/10 Erlang C (lambda 9, mu 1): Wq 0.66873, Lq 6.0186")
    func mm10() throws {
        let r = try simulate(single(lambda: 9, service: exp1, servers: 10, horizon: 10_000, warmup: 1_000))
        expectClose(station(r, "s").meanWait, 0.66873, floor: 0.01, "Wq")
        expectClose(station(r, "s").meanQueueLength, 6.0186, floor: 0.1, "Lq")
    }

    @Test("V6 Erlang B (c 10, a 7): blocking 0.078741; V7 the same with deterministic and lognormal stays")
    func erlangB() throws {
        for service in [exp1, #"{"deterministic": {"value": 1}}"#, #"{"lognormal": {"mean": 1, "sd": 1.5}}"#] {
            let r = try simulate(single(lambda: 7, service: service, servers: 10, horizon: 20_000, warmup: 500, extra: #", "capacity": 10"#))
            expectClose(station(r, "s").blockingProbability, 0.078741, floor: 0.002, "blocking with \(service)")
        }
    }

    @Test("V8 Erlang A (c 1, lambda 1, mu 1, theta 0.5): P(abandon) 0.31304, Lq 0.62607")
    func erlangA() throws {
        let r = try simulate(single(lambda: 1, service: exp1, servers: 1, horizon: 40_000, warmup: 1_000,
                                    extra: #", "patience": {"exponential": {"mean": 2}}"#))
        expectClose(station(r, "s").abandonmentProbability, 0.31304, floor: 0.003, "P(abandon)")
        expectClose(station(r, "s").meanQueueLength, 0.62607, floor: 0.01, "Lq")
    }

    func twoClasses(_ discipline: String) -> String {
        """
        {"schema": "waarborg.network/1", "horizon": 60000, "warmup": 2000, "replications": 10, "seed": 3,
         "arrivals": [{"to": "s", "class": "new", "interarrival": {"exponential": {"mean": 5}}},
                      {"to": "s", "class": "old", "interarrival": {"exponential": {"mean": 1.6666666666666667}}}],
         "stations": [{"id": "s", "servers": 1, "discipline": "\(discipline)", "priorities": {"new": 0, "old": 1},
                       "service": {"exponential": {"mean": 1}}}]}
        """
    }

    @Test("V10 non-preemptive priority M/M/1 (Cobham): Wq 1.0 and 5.0")
    func priority() throws {
        let r = try simulate(twoClasses("priority"))
        expectClose(stationClass(r, "s", "new").meanWait, 1.0, floor: 0.03, "Wq new")
        expectClose(stationClass(r, "s", "old").meanWait, 5.0, floor: 0.1, "Wq old")
    }

    @Test("V11 preemptive-resume priority M/M/1: W 1.25 and 6.25, overall 5.0 (conservation)")
    func preemptive() throws {
        let r = try simulate(twoClasses("preemptive-priority"))
        expectClose(stationClass(r, "s", "new").meanSojourn, 1.25, floor: 0.03, "W new")
        expectClose(stationClass(r, "s", "old").meanSojourn, 6.25, floor: 0.1, "W old")
        expectClose(station(r, "s").meanSojourn, 5.0, floor: 0.1, "W all")
    }

    @Test("V12 M/D/1 (rho 0.8): Wq 2.0 (Pollaczek-Khinchine)")
    func md1() throws {
        let r = try simulate(single(lambda: 0.8, service: #"{"deterministic": {"value": 1}}"#, servers: 1, horizon: 60_000, warmup: 2_000))
        expectClose(station(r, "s").meanWait, 2.0, floor: 0.05, "Wq")
    }

    @Test("V13 Jackson tandem (lambda 1, mu 2 and 1.5): sojourn 1 + 2; V14 feedback: 1.0 per visit, 2 visits")
    func jackson() throws {
        let tandem = try simulate("""
        {"schema": "waarborg.network/1", "horizon": 40000, "warmup": 2000, "replications": 10, "seed": 5,
         "arrivals": [{"to": "a", "interarrival": {"exponential": {"mean": 1}}}],
         "stations": [{"id": "a", "servers": 1, "service": {"exponential": {"mean": 0.5}}, "next": [{"to": "b", "p": 1}]},
                      {"id": "b", "servers": 1, "service": {"exponential": {"mean": 0.6666666666666666}}, "next": [{"to": "exit", "p": 1}]}]}
        """)
        expectClose(station(tandem, "a").meanSojourn, 1.0, floor: 0.02, "W a")
        expectClose(station(tandem, "b").meanSojourn, 2.0, floor: 0.05, "W b")
        let feedback = try simulate("""
        {"schema": "waarborg.network/1", "horizon": 40000, "warmup": 2000, "replications": 10, "seed": 6,
         "arrivals": [{"to": "a", "interarrival": {"exponential": {"mean": 1}}}],
         "stations": [{"id": "a", "servers": 1, "service": {"exponential": {"mean": 0.3333333333333333}},
                       "next": [{"to": "a", "p": 0.5}, {"to": "exit", "p": 0.5}]}]}
        """)
        expectClose(station(feedback, "a").meanSojourn, 1.0, floor: 0.02, "W per visit")
        expectClose(station(feedback, "a").throughput, 2.0, floor: 0.01, "visits per time unit")
    }

    @Test("V15 M/G/infinity: occupancy mean lambda times stay (100 x 90 = 9,000)")
    func mgInfinity() throws {
        let r = try simulate(single(lambda: 100, service: #"{"lognormal": {"mean": 90, "sd": 30}}"#, servers: 100_000,
                                    horizon: 1_500, warmup: 500, reps: 5))
        expectClose(station(r, "s").meanInStation, 9_000, floor: 30, "occupancy")
        expectClose(station(r, "s").meanWait, 0, floor: 1e-9, "no waiting")
    }

    @Test("V16 Little's law holds exactly on a run that starts and ends empty")
    func little() throws {
        let spec = try NetworkDecoder.decode(text: """
        {"schema": "waarborg.network/1", "horizon": 100000, "warmup": 0, "replications": 1, "seed": 9,
         "arrivals": [{"to": "s", "interarrival": {"exponential": {"mean": 1.25}}, "until": 5000}],
         "stations": [{"id": "s", "servers": 1, "service": {"exponential": {"mean": 1}}}]}
        """)
        var sim = NetworkSimulator(spec: spec, replication: 0)
        let rep = sim.run()
        let st = rep.stations[0]
        let area = st.classes[0].areaWaiting + st.classes[0].areaBusy
        #expect(st.classes[0].completions > 3_000)
        #expect(abs(area - st.classes[0].sojournSum) <= 1e-9 * area)
    }

    @Test("V17 trace equivalence: a single FIFO server reproduces the Lindley recursion exactly")
    func lindley() throws {
        var g = Xoshiro256StarStar(seed: 11)
        let n = 500
        let gaps = (0..<n).map { _ in 0.5 + g.nextUnit() }
        let services = (0..<n).map { _ in 0.2 + 1.5 * g.nextUnit() }
        var wait = 0.0, total = 0.0
        for i in 0..<n {
            if i > 0 { wait = max(0, wait + services[i - 1] - gaps[i]) }
            total += wait
        }
        let json = """
        {"schema": "waarborg.network/1", "horizon": 1000000, "warmup": 0, "replications": 1, "seed": 1,
         "arrivals": [{"to": "s", "interarrival": {"sequence": {"values": [\(gaps.map { "\($0)" }.joined(separator: ","))]}}, "until": \(gaps.reduce(0, +) + 1e-9)}],
         "stations": [{"id": "s", "servers": 1, "service": {"sequence": {"values": [\(services.map { "\($0)" }.joined(separator: ","))]}}}]}
        """
        let r = try simulate(json)
        let m = try #require(station(r, "s").meanWait)
        #expect(abs(m.mean - total / Double(n)) < 1e-9)
    }

    @Test("V18 a deterministic schedule gives the hand-computed dates: capacity 2, service 1.5, arrivals every 1")
    func deterministic() throws {
        let r = try simulate("""
        {"schema": "waarborg.network/1", "horizon": 10, "warmup": 0, "replications": 1, "seed": 1,
         "arrivals": [{"to": "s", "interarrival": {"deterministic": {"value": 1}}}],
         "stations": [{"id": "s", "servers": 1, "capacity": 2, "service": {"deterministic": {"value": 1.5}}}]}
        """)
        // Arrivals at 1..10; #5 and #8 find the station full; #1-#4, #6, #7 finish by 10.
        // Waits 0, 0.5, 1, 1.5, 1, 1.5: mean 5.5 / 6.
        let s = station(r, "s")
        #expect(s.blockingProbability?.mean == 0.2)
        #expect(s.throughput?.mean == 0.6)
        #expect(abs((s.meanWait?.mean ?? 0) - 5.5 / 6) < 1e-12)
        // A server schedule: no server until 5, then one; three arrivals at 1, 2, 3 wait until 5, 6, 7.
        let sched = try simulate("""
        {"schema": "waarborg.network/1", "horizon": 20, "warmup": 0, "replications": 1, "seed": 1,
         "arrivals": [{"to": "s", "interarrival": {"deterministic": {"value": 1}}, "until": 3}],
         "stations": [{"id": "s", "servers": 0, "serverSchedule": [{"from": 5, "servers": 1}], "service": {"deterministic": {"value": 1}}}]}
        """)
        #expect(station(sched, "s").meanWait?.mean == 4.0)
    }

    @Test("V19 conservation: every arrival completes, is blocked or abandons when the run drains")
    func conservation() throws {
        let spec = try NetworkDecoder.decode(text: """
        {"schema": "waarborg.network/1", "horizon": 100000, "warmup": 0, "replications": 1, "seed": 4,
         "arrivals": [{"to": "s", "interarrival": {"exponential": {"mean": 0.5}}, "until": 3000}],
         "stations": [{"id": "s", "servers": 1, "capacity": 5, "patience": {"exponential": {"mean": 2}}, "service": {"exponential": {"mean": 1}}}]}
        """)
        var sim = NetworkSimulator(spec: spec, replication: 0)
        let c = sim.run().stations[0].classes[0]
        #expect(c.arrivals == c.completions + c.blocked + c.abandoned)
        #expect(c.blocked > 0 && c.abandoned > 0)
    }

    @Test("V20 determinism: the same seed gives the same event trace, on one thread or two")
    func determinism() throws {
        let json = single(lambda: 0.9, service: exp1, servers: 1, horizon: 2_000, warmup: 100, reps: 4)
        let a = try simulate(json, threads: 1), b = try simulate(json, threads: 2), c = try simulate(json, threads: 2)
        #expect(a.traceHashes == b.traceHashes && b.traceHashes == c.traceHashes)
        #expect(Set(a.traceHashes).count == 4)
        #expect(station(a, "s").meanWait == station(b, "s").meanWait)
    }
}
