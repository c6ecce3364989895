import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Hummingbird
import HummingbirdTesting
import Testing
import WaarborgChain
import WaarborgRules
import WaarborgServer
import WaarborgSim

/// `POST /v1/simulate/network` and `POST /v1/simulate/chain`: the reply is what the command
/// writes, bad input names its field, and every limit answers with its own problem. Serialized:
/// the tests that run the library themselves hold a thread of Swift's pool while they do, which
/// would make the test of a responsive server measure them.
@Suite("Server: simulations", .serialized)
struct SimulationRouteTests {
    /// A small M/M/2 desk: a few thousand events a replication.
    static let network = #"""
    {"schema": "waarborg.network/1", "horizon": 2000, "warmup": 200, "replications": 2, "seed": 1,
     "arrivals": [{"to": "desk", "class": "new", "interarrival": {"exponential": {"mean": 1.0}}}],
     "stations": [{"id": "desk", "servers": 2, "discipline": "fifo",
                   "service": {"exponential": {"mean": 1.6}},
                   "next": [{"to": "exit", "p": 1.0}]}]}
    """#

    /// The chain tests' small scenario (YAML), shortened to two months and two replications.
    static func scenario(_ edits: [(String, String)] = []) throws -> String {
        var text = try String(contentsOf: TestServer.root.appendingPathComponent("Tests/WaarborgChainTests/Scenarios/small.yaml"), encoding: .utf8)
        for (old, new) in [("horizonMonths: 24", "horizonMonths: 2"), ("replications: 4", "replications: 2")] + edits {
            #expect(text.components(separatedBy: old).count == 2, "edit \(old) must match once")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return text
    }

    /// The document with its run time (the one value two runs do not share) set to 0.
    static func timeless(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: #""wallSeconds": [0-9.eE+-]+"#, with: #""wallSeconds": 0"#, options: .regularExpression)
    }

    /// An application with the simulation routes under `limits`, and `GET /ping`, which needs
    /// nothing but a turn of Swift's async runtime.
    static func app(_ limits: SimulationLimits) -> some ApplicationProtocol {
        let router = Router(context: ServerContext.self)
        router.add(middleware: RequestIDMiddleware())
        router.add(middleware: ProblemMiddleware())
        SimulationRoutes.add(to: router, engine: TestServer.engine, limits: limits)
        router.get("/ping") { _, _ in "pong" }
        return Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    }

    /// Seconds of work in a debug build (two hundred thousand time units, ten replications).
    static let longNetwork = network.replacingOccurrences(of: #""horizon": 2000"#, with: #""horizon": 200000"#)
        .replacingOccurrences(of: #""replications": 2"#, with: #""replications": 10"#)

    static func problem(_ r: TestResponse, _ status: HTTPResponse.Status, code: String, field: String?,
                        sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.status == status, sourceLocation: sourceLocation)
        #expect(r.headers[.contentType] == "application/problem+json", sourceLocation: sourceLocation)
        let p = r.body.object
        #expect(p?["type"] as? String == "urn:waarborg:problem:" + code, "\(r.body.text)", sourceLocation: sourceLocation)
        #expect(p?["status"] as? Int == Int(status.code), sourceLocation: sourceLocation)
        #expect(p?["field"] as? String == field, "\(r.body.text)", sourceLocation: sourceLocation)
    }

    @Test("POST /v1/simulate/network replies with what `waarborg simulate network` writes, options from the query")
    func networkEqualsCLI() async throws {
        let spec = try NetworkInput.spec(Array(Self.network.utf8), replications: 3, seed: 5)
        let expected = Self.timeless(NetworkInput.document(try NetworkResult.run(spec, threads: 1)))
        #expect(expected.contains(#""replications": 3"#) && expected.contains(#""seed": 5"#))
        let s = try TestServer()
        try await s.app.test(.router) { client in
            try await client.execute(uri: "/v1/simulate/network?replications=3&seed=5", method: .post, body: ByteBuffer(string: Self.network)) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == "application/json")
                #expect(Self.timeless(Array(r.body.readableBytesView)) == expected)
            }
        }
    }

    @Test("POST /v1/simulate/chain replies with result.json or summary.csv as `waarborg simulate chain` writes them, from YAML")
    func chainEqualsCLI() async throws {
        let text = try Self.scenario()
        let scenario = try ChainInput.scenario(Array(text.utf8), replications: nil, seed: 9, priority: "oldest-first", solidarity: nil)
        let profiles = try ChainInput.profiles("nl-2026,pact-minimum", defaults: [], scenario: scenario, engine: TestServer.engine)
        let result = try ChainResult.run(scenario, profiles: profiles, data: TestServer.engine.data, threads: 1)
        let json = Self.timeless(ChainResultEncoder.json(result))
        let csv = ChainResultEncoder.summaryCSV(result)
        #expect(json.contains(#""seed": 9"#) && json.contains("oldest application first"))
        let s = try TestServer()
        try await s.app.test(.router) { client in
            let query = "profiles=nl-2026,pact-minimum&seed=9&priority=oldest-first"
            try await client.execute(uri: "/v1/simulate/chain?" + query, method: .post, body: ByteBuffer(string: text)) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == "application/json")
                #expect(Self.timeless(Array(r.body.readableBytesView)) == json)
            }
            try await client.execute(uri: "/v1/simulate/chain?format=csv&" + query, method: .post, body: ByteBuffer(string: text)) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == "text/csv; charset=utf-8")
                #expect(r.body.text == csv)
                #expect(r.body.text.hasPrefix("figure,profile,mean,lower95,upper95\n"))
            }
        }
    }

    @Test("a bad document or option is a 400 naming the field; an unknown profile a 404")
    func badInput() async throws {
        let s = try TestServer()
        let badServers = Self.network.replacingOccurrences(of: #""servers": 2"#, with: #""servers": -1"#)
        let badStart = try Self.scenario([("start: 2026-07-01", "start: 2026-02-30")])
        let chain = try Self.scenario()
        try await s.app.test(.router) { client in
            try await client.execute(uri: "/v1/simulate/network", method: .post, body: ByteBuffer(string: badServers)) { r in
                Self.problem(r, .badRequest, code: "invalid-network", field: "$.stations[0].servers")
                #expect((r.body.object?["detail"] as? String)?.hasPrefix("invalid network: $.stations[0].servers: ") == true)
            }
            try await client.execute(uri: "/v1/simulate/network", method: .post, body: ByteBuffer(string: "{not json")) { r in
                Self.problem(r, .badRequest, code: "invalid-network", field: "$")
            }
            for (query, field) in [("replications=0", "replications"), ("replications=many", "replications"), ("seed=-1", "seed"),
                                   ("replications=100001", "replications")] {
                try await client.execute(uri: "/v1/simulate/network?" + query, method: .post, body: ByteBuffer(string: Self.network)) { r in
                    Self.problem(r, .badRequest, code: "invalid-parameter", field: field)
                }
            }
            try await client.execute(uri: "/v1/simulate/chain", method: .post, body: ByteBuffer(string: badStart)) { r in
                Self.problem(r, .badRequest, code: "invalid-scenario", field: "$.start")
            }
            for (query, field) in [("format=xml", "format"), ("priority=fastest", "priority"), ("solidarity=none", "solidarity"),
                                   ("profiles=nl-2026,nl-2026", "profiles"), ("replications=1001", "replications"), ("seed=x", "seed")] {
                try await client.execute(uri: "/v1/simulate/chain?" + query, method: .post, body: ByteBuffer(string: chain)) { r in
                    Self.problem(r, .badRequest, code: "invalid-parameter", field: field)
                }
            }
            try await client.execute(uri: "/v1/simulate/chain?profiles=nowhere", method: .post, body: ByteBuffer(string: chain)) { r in
                Self.problem(r, .notFound, code: "unknown-profile", field: "profiles")
            }
        }
    }

    @Test("a body over 1 MiB is a 413")
    func bodyTooLarge() async throws {
        let s = try TestServer()
        let big = ByteBuffer(bytes: [UInt8](repeating: 0x20, count: ServerLimits.maxBodyBytes + 1))
        try await s.app.test(.router) { client in
            for path in ["/v1/simulate/network", "/v1/simulate/chain"] {
                try await client.execute(uri: path, method: .post, body: big) { r in
                    Self.problem(r, .contentTooLarge, code: "body-too-large", field: "body")
                }
            }
        }
    }

    @Test("a run over the server's size limits is a 422 naming what to reduce, before it starts")
    func sizeLimits() async throws {
        let s = try TestServer()
        let manyInBody = Self.network.replacingOccurrences(of: #""replications": 2"#, with: #""replications": 1001"#)
        let longHorizon = Self.network.replacingOccurrences(of: #""horizon": 2000"#, with: #""horizon": 1e9"#)
        let chain = try Self.scenario()
        let longChain = try Self.scenario([("horizonMonths: 2", "horizonMonths: 121")])
        let crowded = try Self.scenario([("horizonMonths: 2", "horizonMonths: 60"), ("applicationsPerMonth: {value: 1000", "applicationsPerMonth: {value: 30000")])
        try await s.app.test(.router) { client in
            try await client.execute(uri: "/v1/simulate/network?replications=1001", method: .post, body: ByteBuffer(string: Self.network)) { r in
                Self.problem(r, .unprocessableContent, code: "simulation-too-large", field: "replications")
            }
            try await client.execute(uri: "/v1/simulate/network", method: .post, body: ByteBuffer(string: manyInBody)) { r in
                Self.problem(r, .unprocessableContent, code: "simulation-too-large", field: "$.replications")
            }
            try await client.execute(uri: "/v1/simulate/network", method: .post, body: ByteBuffer(string: longHorizon)) { r in
                Self.problem(r, .unprocessableContent, code: "simulation-too-large", field: "$.horizon")
            }
            try await client.execute(uri: "/v1/simulate/chain?replications=101", method: .post, body: ByteBuffer(string: chain)) { r in
                Self.problem(r, .unprocessableContent, code: "simulation-too-large", field: "replications")
            }
            try await client.execute(uri: "/v1/simulate/chain", method: .post, body: ByteBuffer(string: longChain)) { r in
                Self.problem(r, .unprocessableContent, code: "simulation-too-large", field: "$.horizonMonths")
            }
            // 1.8 million people a replication, under the scenario format's bound but not the server's.
            try await client.execute(uri: "/v1/simulate/chain?profiles=nl-2026&replications=3", method: .post, body: ByteBuffer(string: crowded)) { r in
                Self.problem(r, .unprocessableContent, code: "simulation-too-large", field: "$.inflow.applicationsPerMonth")
                #expect((r.body.object?["detail"] as? String)?.contains("at most 5000000") == true)
            }
        }
    }

    @Test("a run past the time limit is stopped and answered 422 naming the limit")
    func timeLimit() async throws {
        var limits = SimulationLimits()
        limits.timeLimit = 0.05
        limits.concurrentRuns = 1
        let long = Self.longNetwork
        let chain = try Self.scenario([("horizonMonths: 2", "horizonMonths: 24")])
        let started = Date()
        try await Self.app(limits).test(.router) { client in
            try await client.execute(uri: "/v1/simulate/network", method: .post, body: ByteBuffer(string: long)) { r in
                Self.problem(r, .unprocessableContent, code: "simulation-time-limit", field: nil)
                #expect((r.body.object?["detail"] as? String)?.contains("0.05 s") == true)
            }
            try await client.execute(uri: "/v1/simulate/chain", method: .post, body: ByteBuffer(string: chain)) { r in
                Self.problem(r, .unprocessableContent, code: "simulation-time-limit", field: nil)
            }
            // The one slot was given back each time: the next run is timed, not refused as busy.
            try await client.execute(uri: "/v1/simulate/network", method: .post, body: ByteBuffer(string: long)) { r in
                Self.problem(r, .unprocessableContent, code: "simulation-time-limit", field: nil)
            }
        }
        // Stopped, not run to the end (which takes several seconds in a debug build).
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test("while two simulations run, the server still answers other requests at once")
    func othersAnswered() async throws {
        // The whole server over TCP, each request on its own connection, as clients meet it: two
        // runs of a few seconds each (debug build), and a health check while they go. (Run on
        // Dispatch's global queues, the two held up `/health` in `waarborg serve` until they
        // ended; this test process has threads enough not to show that, so it guards the
        // property, not that one cause.)
        let s = try TestServer()
        let network = Self.network.replacingOccurrences(of: #""horizon": 2000"#, with: #""horizon": 200000"#)
        try await s.app.test(.live) { client in
            let port = try #require(client.port)
            let session = URLSession(configuration: .ephemeral)
            let clock = ContinuousClock()
            func post() async throws -> (Int, ContinuousClock.Instant) {
                var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/v1/simulate/network")!)
                request.httpMethod = "POST"
                request.httpBody = Data(network.utf8)
                request.timeoutInterval = 60
                let (_, response) = try await session.data(for: request)
                return ((response as? HTTPURLResponse)?.statusCode ?? 0, clock.now)
            }
            async let a = post()
            async let b = post()
            try await Task.sleep(for: .milliseconds(300))
            let started = clock.now
            let (_, health) = try await session.data(for: URLRequest(url: URL(string: "http://127.0.0.1:\(port)/health")!))
            let answered = clock.now
            let ((sa, endA), (sb, endB)) = try await (a, b)
            #expect((health as? HTTPURLResponse)?.statusCode == 200)
            #expect(sa == 200 && sb == 200)
            // Answered at once, and so before the runs were done: not after them.
            #expect(answered - started < .seconds(1), "GET /health waited \(answered - started)")
            #expect(answered < min(endA, endB), "GET /health was answered after a simulation ended")
        }
    }

    @Test("with every simulation slot taken, a run is refused with 503 and Retry-After")
    func busy() async throws {
        var limits = SimulationLimits()
        limits.concurrentRuns = 0
        try await Self.app(limits).test(.router) { client in
            try await client.execute(uri: "/v1/simulate/network", method: .post, body: ByteBuffer(string: Self.network)) { r in
                Self.problem(r, .serviceUnavailable, code: "simulations-busy", field: nil)
                #expect(r.headers[.retryAfter] == String(SimulationLimits.retryAfterSeconds))
            }
            // Bad input is still told apart from a busy server.
            try await client.execute(uri: "/v1/simulate/chain?format=xml", method: .post, body: ByteBuffer(string: "{}")) { r in
                #expect(r.status == .badRequest)
            }
        }
    }

    @Test("one run's threads are the cores shared among the runs that may go at once")
    func threadsShareTheCores() {
        let limits = SimulationLimits()
        #expect(limits.threads >= 1)
        #expect(limits.threads * limits.concurrentRuns <= max(ProcessInfo.processInfo.activeProcessorCount, limits.concurrentRuns))
    }
}
