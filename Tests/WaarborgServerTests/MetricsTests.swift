import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WaarborgServer

/// `GET /metrics`: the counters move with the requests, by route pattern and not by raw path, and
/// each server counts only its own requests.
@Suite("Server: metrics")
struct MetricsTests {
    /// The value of the sample `name{labels}` in a Prometheus text exposition, whatever the order
    /// of its labels; nil when there is no such sample.
    static func sample(_ text: String, _ name: String, _ labels: [String: String]) -> Double? {
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let brace = line.firstIndex(of: "{"), line[..<brace] == name,
                  let close = line.lastIndex(of: "}") else { continue }
            var found: [String: String] = [:]
            for pair in line[line.index(after: brace)..<close].split(separator: ",") {
                let kv = pair.split(separator: "=", maxSplits: 1)
                guard kv.count == 2 else { continue }
                found[String(kv[0])] = String(kv[1].dropFirst().dropLast())
            }
            guard found == labels else { continue }
            return Double(line[line.index(after: close)...].trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    static func scrape(_ client: some TestClientProtocol) async throws -> String {
        try await client.execute(uri: "/metrics", method: .get) { r in
            #expect(r.status == .ok)
            #expect(r.headers[.contentType] == "text/plain; version=0.0.4; charset=utf-8")
            return r.body.text
        }
    }

    @Test("assessments, refusals and unknown paths are counted by route, method and status class")
    func countsByRoute() async throws {
        let s = try TestServer()
        let facts = try TestServer.example("somali-boy-unaccompanied")
        let token = try s.token(.caseworker, "metrics")
        try await s.app.test(.router) { client in
            let before = try await Self.scrape(client)
            let ok = ["route": "/v1/assess", "method": "POST", "status": "2xx"]
            #expect(Self.sample(before, ServerMetrics.requestsName, ok) == nil)

            for _ in 0..<3 {
                try await client.execute(uri: "/v1/assess", method: .post, body: ByteBuffer(bytes: facts)) { r in #expect(r.status == .ok) }
            }
            try await client.execute(uri: "/v1/assess", method: .post, body: ByteBuffer(string: "{")) { r in #expect(r.status == .badRequest) }
            try await client.execute(uri: "/v1/cases", method: .post, headers: TestServer.bearer(token), body: ByteBuffer(bytes: facts)) { r in
                #expect(r.status == .created)
            }
            try await client.execute(uri: "/v1/cases/1", method: .get, headers: TestServer.bearer(token)) { r in #expect(r.status == .ok) }
            try await client.execute(uri: "/no/such/path/12345", method: .get) { r in #expect(r.status == .notFound) }

            let after = try await Self.scrape(client)
            #expect(Self.sample(after, ServerMetrics.requestsName, ok) == 3)
            #expect(Self.sample(after, ServerMetrics.requestsName, ["route": "/v1/assess", "method": "POST", "status": "4xx"]) == 1)
            // The pattern, not the number: every case read lands in one series.
            #expect(Self.sample(after, ServerMetrics.requestsName, ["route": "/v1/cases/{n}", "method": "GET", "status": "2xx"]) == 1)
            #expect(Self.sample(after, ServerMetrics.requestsName, ["route": MetricsMiddleware.unmatched, "method": "GET", "status": "4xx"]) == 1)
            #expect(!after.contains("/no/such/path"))
            #expect(!after.contains("/v1/cases/1\""))
            // The histogram saw the same three assessments.
            #expect(Self.sample(after, ServerMetrics.durationName + "_count", ok) == 3)
            #expect(Self.sample(after, ServerMetrics.durationName + "_bucket", ok.merging(["le": "+Inf"]) { a, _ in a }) == 3)
            #expect(after.contains("\(ServerMetrics.openCasesName) 1"))
            // The first scrape itself is counted by the time of the second.
            #expect(Self.sample(after, ServerMetrics.requestsName, ["route": "/metrics", "method": "GET", "status": "2xx"]) == 1)
        }
    }

    @Test("two servers in one process keep their own counts")
    func ownRegistry() async throws {
        let a = try TestServer(), b = try TestServer()
        try await a.app.test(.router) { client in
            try await client.execute(uri: "/health", method: .get) { r in #expect(r.status == .ok) }
            let text = try await Self.scrape(client)
            #expect(Self.sample(text, ServerMetrics.requestsName, ["route": "/health", "method": "GET", "status": "2xx"]) == 1)
        }
        try await b.app.test(.router) { client in
            let text = try await Self.scrape(client)
            #expect(Self.sample(text, ServerMetrics.requestsName, ["route": "/health", "method": "GET", "status": "2xx"]) == nil)
            #expect(text.contains("\(ServerMetrics.openCasesName) 0"))
        }
    }
}
