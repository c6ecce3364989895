import Foundation
import Testing
@testable import WaarborgSim

@Suite("Runs that would never end are refused or stopped")
struct RunGuardTests {
    static let zero = #"{"deterministic": {"value": 0}}"#

    @Test("a zero-service loop with probability 1 is rejected on input (ux-net/deterministic-zero-service-loop.json)")
    func zeroLoopRejected() {
        let selfLoop = network(#"{"id": "a", "servers": 2, "service": \#(Self.zero), "next": [{"to": "a", "p": 1.0}]}"#)
        let e = networkError(selfLoop)
        #expect(e?.path == "$.stations[0].next")
        #expect(e?.message.contains("would go round a for ever without the clock moving") == true, "\(String(describing: e))")
        let twoStations = network("""
            {"id": "a", "servers": 1, "service": {"exponential": {"mean": 1}}, "next": [{"to": "b", "p": 1}]},
            {"id": "b", "servers": 1, "service": \(Self.zero), "next": [{"to": "c", "p": 1}]},
            {"id": "c", "servers": 1, "service": {"uniform": {"min": 0, "max": 0}}, "next": [{"to": "b", "p": 1}]}
            """)
        let e2 = networkError(twoStations)
        #expect(e2?.path == "$.stations[1].next")
        #expect(e2?.message.contains("go round b, c") == true, "\(String(describing: e2))")
    }

    @Test("zero service is accepted where customers can leave or where some service takes time")
    func zeroServiceAllowed() throws {
        // Leaves with probability 0.5 on each visit.
        _ = try NetworkDecoder.decode(text: network(#"{"id": "a", "servers": 1, "service": \#(Self.zero), "next": [{"to": "a", "p": 0.5}, {"to": "exit", "p": 0.5}]}"#))
        // A closed loop whose service can be zero but is not always (the benchmark's "hold" network).
        _ = try NetworkDecoder.decode(text: network(#"{"id": "a", "servers": 10, "service": {"uniform": {"min": 0, "max": 20}}, "next": [{"to": "a", "p": 1}]}"#,
                                                    arrival: #"{"to": "a", "interarrival": {"deterministic": {"value": 0}}, "limit": 10}"#))
        // Zero service in the loop, but another station in it takes time.
        _ = try NetworkDecoder.decode(text: network("""
            {"id": "a", "servers": 1, "service": \(Self.zero), "next": [{"to": "b", "p": 1}]},
            {"id": "b", "servers": 1, "service": {"exponential": {"mean": 0.5}}, "next": [{"to": "a", "p": 0.9}, {"to": "exit", "p": 0.1}]}
            """))
        // Unreachable zero loop: no arrival leads there.
        _ = try NetworkDecoder.decode(text: network("""
            {"id": "a", "servers": 1, "service": {"exponential": {"mean": 0.5}}},
            {"id": "b", "servers": 1, "service": \(Self.zero), "next": [{"to": "b", "p": 1}]}
            """))
    }

    /// A zero-time loop built without the decoder, to reach the engine's own guard.
    static func zeroLoopSpec() -> NetworkSpec {
        NetworkSpec(horizon: 100, warmup: 0, replications: 3, seed: 1, classes: ["default"],
                    arrivals: [.init(station: 0, classIndex: 0, interarrival: .exponential(mean: 1))],
                    stations: [.init(id: "a", servers: 1, discipline: .fifo, rank: [0], service: [.deterministic(value: 0)], capacity: nil,
                                     overflow: nil, patience: nil, schedule: [], next: [[.init(station: 0, probability: 1)]])])
    }

    @Test("the engine stops a zero-time loop the input check did not catch, with a clear error")
    func engineBackstop() throws {
        var sim = NetworkSimulator(spec: Self.zeroLoopSpec(), replication: 0)
        sim.instantEventBase = 10_000
        let r = sim.run()
        let stop = try #require(r.stop)
        guard case .eventsAtOneInstant(let n) = stop.reason else { Issue.record("\(stop)"); return }
        #expect(n > 12_000 && n < 13_000)
        #expect(stop.time > 0 && stop.time < 100)
        do {
            _ = try NetworkResult.run(Self.zeroLoopSpec(), threads: 2, monitor: nil, instantEventBase: 10_000)
            Issue.record("the run did not stop")
        } catch {
            #expect(error.description.hasPrefix("replication 0 stopped at time "))
            #expect(error.description.contains("events happened at that one instant"))
            #expect(error.description.contains("zero service time"))
            #expect(!error.description.contains("\n"))
        }
    }

    @Test("many events at one instant are fine when many customers arrive then (a population released at once)")
    func populationAtOnce() throws {
        let spec = try NetworkDecoder.decode(text: network(#"{"id": "a", "servers": 1, "service": \#(Self.zero)}"#,
                                                           arrival: #"{"to": "a", "interarrival": {"deterministic": {"value": 0}}, "limit": 20000}"#,
                                                           replications: 1))
        var sim = NetworkSimulator(spec: spec, replication: 0)
        sim.instantEventBase = 1_000
        let r = sim.run()
        #expect(r.stop == nil)
        #expect(r.events == 40_000)
    }

    @Test("a horizon that would take more than 2e10 events is refused, naming the horizon (ux-net/huge-horizon.json)")
    func hugeHorizon() throws {
        let spec = try NetworkDecoder.decode(text: network(#"{"id": "a", "servers": 2, "service": {"exponential": {"mean": 1.6}}, "next": [{"to": "exit", "p": 1.0}]}"#,
                                                           horizon: 1e15, replications: 10))
        let analysis = NetworkAnalysis(spec)
        let perReplication = try #require(analysis.expectedEventsPerReplication)
        #expect(abs(perReplication / 2e15 - 1) < 1e-9)  // one arrival and one completion per time unit
        let start = Date()
        do {
            _ = try NetworkResult.run(spec)
            Issue.record("the run was not refused")
        } catch {
            #expect(error.path == "$.horizon")
            #expect(error.description == "$.horizon: a run of 10 replications to horizon 1e15 at about 2 events per time unit is about "
                + "2e16 events, more than the limit of 2e10; shorten the horizon or use fewer replications")
        }
        #expect(-start.timeIntervalSinceNow < 5)
    }

    @Test("the event estimate follows the traffic equations and the servers' speed")
    func eventEstimate() throws {
        // Feedback: 2 visits per customer; 1 arrival + 2 completions per time unit.
        let feedback = try NetworkDecoder.decode(text: network(#"{"id": "a", "servers": 1, "service": {"exponential": {"mean": 0.25}}, "next": [{"to": "a", "p": 0.5}, {"to": "exit", "p": 0.5}]}"#,
                                                               horizon: 1000))
        #expect(abs((NetworkAnalysis(feedback).expectedEventsPerReplication ?? 0) - 3000) < 1e-6)
        // A closed loop of 10 customers on 10 servers with mean service 10: one completion per time unit.
        let hold = try NetworkDecoder.decode(text: network(#"{"id": "a", "servers": 10, "service": {"uniform": {"min": 0, "max": 20}}, "next": [{"to": "a", "p": 1}]}"#,
                                                           arrival: #"{"to": "a", "interarrival": {"deterministic": {"value": 0}}, "limit": 10}"#,
                                                           horizon: 1000))
        #expect(abs((NetworkAnalysis(hold).expectedEventsPerReplication ?? 0) - 1010) < 1e-6)
        // Arrivals that stop at `until` count only while they last.
        let drain = try NetworkDecoder.decode(text: network(#"{"id": "a", "servers": 1, "service": {"exponential": {"mean": 0.5}}}"#,
                                                            arrival: #"{"to": "a", "interarrival": {"exponential": {"mean": 1}}, "until": 100}"#,
                                                            horizon: 1000))
        #expect(abs((NetworkAnalysis(drain).expectedEventsPerReplication ?? 0) - 200) < 1e-6)
    }

    @Test("the monitor follows a run: every replication done at the end; a cancelled run stops")
    func monitor() throws {
        let spec = try NetworkDecoder.decode(text: network(#"{"id": "a", "servers": 1, "service": {"exponential": {"mean": 0.5}}}"#,
                                                           horizon: 500, replications: 4))
        let m = RunMonitor(replications: 4, horizon: 500)
        #expect(m.snapshot().fraction == 0)
        _ = try NetworkResult.run(spec, threads: 2, monitor: m)
        let s = m.snapshot()
        #expect(s.done == 4 && s.running.isEmpty && s.fraction == 1)
        let cancelled = RunMonitor(replications: 4, horizon: 500)
        cancelled.cancel()
        #expect(throws: SimulationError.self) { try NetworkResult.run(spec, threads: 2, monitor: cancelled) }
    }

    @Test("the progress line says how many replications are done and how far the running ones are")
    func progressLine() {
        let s = RunMonitor.Snapshot(done: 3, replications: 10, horizon: 200_000, running: [81_250.5, 90_000], elapsed: 12)
        #expect(s.line == "simulating: 3 of 10 replications done, running ones at t = 81,250 of 200,000; 38 %, 12 s, about 19 s left")
        let one = RunMonitor.Snapshot(done: 0, replications: 1, horizon: 1e15, running: [5e13], elapsed: 125)
        #expect(one.line == "simulating: 0 of 1 replication done, running one at t = 5e13 of 1e15; 5 %, 2 min 5 s, about 39 min 35 s left")
    }
}
