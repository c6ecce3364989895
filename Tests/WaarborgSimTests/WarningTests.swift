import Testing
import WaarborgJSON
@testable import WaarborgSim

@Suite("Warnings for networks whose results mean little")
struct WarningTests {
    func warnings(_ text: String) throws -> [NetworkWarning] {
        try NetworkResult.run(try NetworkDecoder.decode(text: text), threads: 2).warnings
    }

    @Test("rho = 2 (ux-net/unstable-rho2.json): an unstable station, with its offered load")
    func unstable() throws {
        let w = try warnings(network(#"{"id": "desk", "servers": 2, "service": {"exponential": {"mean": 4.0}}, "next": [{"to": "exit", "p": 1.0}]}"#,
                                     arrival: #"{"to": "desk", "interarrival": {"exponential": {"mean": 1}}}"#, horizon: 2000))
        #expect(w.map(\.code) == [.unstable] && w.first?.station == "desk")
        #expect(w.first?.message.hasPrefix("offered load at \"desk\" is rho = arrival rate 1 x mean service 4 / 2 servers = 2, at least 1") == true,
                "\(w)")
        // Feedback raises the load: 0.4 per visit, 3.33 visits.
        let feedback = try warnings(network(#"{"id": "a", "servers": 1, "service": {"exponential": {"mean": 0.4}}, "next": [{"to": "a", "p": 0.7}, {"to": "exit", "p": 0.3}]}"#,
                                            horizon: 500))
        #expect(feedback.first?.code == .unstable)
        #expect(feedback.first?.message.contains("arrival rate 3.33 x mean service 0.4 / 1 server = 1.33,") == true, "\(feedback)")
    }

    @Test("a server schedule counts with its average number of servers")
    func schedule() throws {
        // Two servers until 100, then none: 0.2 on average over 1000, against a load of 0.5.
        let w = try warnings(network(#"{"id": "a", "servers": 2, "serverSchedule": [{"from": 100, "servers": 0}], "service": {"exponential": {"mean": 0.5}}}"#,
                                     horizon: 1000))
        #expect(w.first?.code == .unstable)
        #expect(w.first?.message.contains("/ 0.2 servers = 2.5") == true, "\(w)")
    }

    @Test("stable stations, and overloaded ones that shed load through capacity or patience, get no warning")
    func noWarning() throws {
        #expect(try warnings(network(#"{"id": "a", "servers": 1, "service": {"exponential": {"mean": 0.5}}}"#, horizon: 2000)).isEmpty)
        #expect(try warnings(network(#"{"id": "a", "servers": 1, "capacity": 3, "service": {"exponential": {"mean": 2}}}"#, horizon: 2000)).isEmpty)
        #expect(try warnings(network(#"{"id": "a", "servers": 1, "patience": {"exponential": {"mean": 1}}, "service": {"exponential": {"mean": 2}}}"#,
                                     horizon: 2000)).isEmpty)
        // A run that drains: arrivals stop at 200, then the station catches up.
        #expect(try warnings(network(#"{"id": "a", "servers": 1, "service": {"exponential": {"mean": 0.9}}}"#,
                                     arrival: #"{"to": "a", "interarrival": {"exponential": {"mean": 1}}, "until": 200}"#, horizon: 5000)).isEmpty)
    }

    @Test("no path to exit (ux-net/self-loop-p1.json, two-station-loop.json)")
    func noExit() throws {
        let selfLoop = try warnings(network(#"{"id": "desk", "servers": 2, "service": {"exponential": {"mean": 1.6}}, "next": [{"to": "desk", "p": 1.0}]}"#,
                                            arrival: #"{"to": "desk", "interarrival": {"exponential": {"mean": 1}}}"#, horizon: 300))
        #expect(selfLoop.map(\.code) == [.noExit] && selfLoop.first?.station == "desk")
        #expect(selfLoop.first?.message.hasPrefix("customers who reach \"desk\" can never leave the system: no route from there leads to exit, so") == true,
                "\(selfLoop)")
        let loop = try warnings(network("""
            {"id": "a", "servers": 1, "service": {"exponential": {"mean": 0.1}}, "next": [{"to": "b", "p": 1.0}]},
            {"id": "b", "servers": 1, "service": {"exponential": {"mean": 0.1}}, "next": [{"to": "a", "p": 1.0}]}
            """, horizon: 100))
        #expect(loop.map(\.code) == [.noExit, .noExit] && loop.map(\.station) == ["a", "b"])
        #expect(loop.first?.message.contains("(they stay among a, b)") == true, "\(loop)")
        // Only one class is trapped.
        let classes = try warnings("""
            {"schema": "waarborg.network/1", "horizon": 100, "replications": 2,
             "arrivals": [{"to": "a", "class": "x", "interarrival": {"exponential": {"mean": 2}}},
                          {"to": "a", "class": "y", "interarrival": {"exponential": {"mean": 2}}}],
             "stations": [{"id": "a", "servers": 3, "service": {"exponential": {"mean": 0.5}},
                           "next": [{"to": "b", "p": 1, "class": "x"}, {"to": "exit", "p": 1, "class": "y"}]},
                          {"id": "b", "servers": 3, "service": {"exponential": {"mean": 0.5}}, "next": [{"to": "b", "p": 1}]}]}
            """)
        // Class x cannot leave from a (its only route leads to b) nor from b; class y can.
        #expect(classes.map(\.station) == ["a", "b"])
        #expect(classes.first?.message.hasPrefix("customers of class \"x\" who reach \"a\" can never leave") == true, "\(classes)")
        #expect(classes.first?.message.contains("(they stay among a, b)") == true, "\(classes)")
        #expect(classes.last?.message.hasPrefix("customers of class \"x\" who reach \"b\" can never leave the system: no route from there leads to exit, so") == true, "\(classes)")
    }

    @Test("observed: a station the traffic equations miss (fed by overflow) that stays busy with a growing queue")
    func saturated() throws {
        let w = try warnings("""
            {"schema": "waarborg.network/1", "horizon": 1000, "warmup": 50, "replications": 2, "seed": 4,
             "arrivals": [{"to": "a", "interarrival": {"exponential": {"mean": 0.3333333333333333}}}],
             "stations": [{"id": "a", "servers": 1, "capacity": 1, "overflow": "b", "service": {"exponential": {"mean": 1}}},
                          {"id": "b", "servers": 1, "service": {"exponential": {"mean": 1}}}]}
            """)
        #expect(w.map(\.code) == [.saturated] && w.first?.station == "b", "\(w)")
        #expect(w.first?.message.contains("the queue was still growing") == true)
    }

    @Test("observed: customers who stay far longer than the horizon")
    func fewDepartures() throws {
        let w = try warnings(network(#"{"id": "a", "servers": 100000, "service": {"deterministic": {"value": 1000}}}"#,
                                     arrival: #"{"to": "a", "interarrival": {"exponential": {"mean": 0.1}}}"#, horizon: 100))
        #expect(w.map(\.code) == [.fewDepartures] && w.first?.station == nil, "\(w)")
        #expect(w.first?.message.hasPrefix("only 0 % of the customers who arrived after the warm-up had left by the horizon") == true, "\(w)")
    }

    @Test("the result JSON carries the warnings: code, station (or null) and message")
    func encoded() throws {
        let spec = try NetworkDecoder.decode(text: network(#"{"id": "desk", "servers": 1, "service": {"exponential": {"mean": 2}}}"#,
                                                           arrival: #"{"to": "desk", "interarrival": {"exponential": {"mean": 1}}}"#, horizon: 500))
        let json = try JSONParser.parse(try NetworkResult.run(spec, threads: 1).encode(pretty: true))
        guard case .array(let items)? = json["warnings"], let first = items.first else { Issue.record("no warnings array"); return }
        #expect(items.count == 1)
        #expect(first["code"] == .string("unstable") && first["station"] == .string("desk"))
        guard case .string(let message)? = first["message"] else { Issue.record("no message"); return }
        #expect(message.contains("rho"))
        let quiet = try NetworkDecoder.decode(text: network(#"{"id": "a", "servers": 100000, "service": {"deterministic": {"value": 1000}}}"#,
                                                            arrival: #"{"to": "a", "interarrival": {"exponential": {"mean": 0.1}}}"#, horizon: 100))
        let few = try JSONParser.parse(try NetworkResult.run(quiet, threads: 1).encode(pretty: false))
        guard case .array(let fewItems)? = few["warnings"] else { Issue.record("no warnings array"); return }
        #expect(fewItems.first?["station"] == .null && fewItems.first?["code"] == .string("few-departures"))
    }
}
