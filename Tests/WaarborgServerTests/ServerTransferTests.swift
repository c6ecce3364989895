import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WaarborgRegister
import WaarborgServer

/// JSON Lines over HTTP (`GET /v1/cases/export`, `POST /v1/cases/import`) and the profile diff.
@Suite("Server: export, import, profile diff")
struct ServerTransferTests {
    @Test("export as application/x-ndjson, import into another register (caseworker), the same cases come back")
    func exportImport() async throws {
        let s = try TestServer(), t = try TestServer()
        let reader = try s.token(.reader, "monitor")
        let writer = try t.token(.caseworker, "desk"), tReader = try t.token(.reader, "r")
        _ = try s.store.createCase(NewCase(facts: try TestServer.example("somali-boy-unaccompanied"), clientReference: "A-1"), actor: "x")
        let closed = try s.store.createCase(NewCase(facts: try TestServer.example("syrian-man-eurodac-greece"), profileID: "pact-minimum"), actor: "x")
        _ = try s.store.setStatus(closed.id, .closed, actor: "x")
        let lines = try await s.app.test(.router) { client -> ByteBuffer in
            try await client.execute(uri: "/v1/cases/export", method: .get, headers: TestServer.bearer(reader)) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == "application/x-ndjson")
                #expect(r.body.text.split(separator: "\n").count == 1)
            }
            let lines = try await client.execute(uri: "/v1/cases/export?includeClosed=true", method: .get, headers: TestServer.bearer(reader)) { r in
                #expect(r.body.text.split(separator: "\n").count == 2)
                return r.body
            }
            try await client.execute(uri: "/v1/cases/export?includeClosed=yes", method: .get, headers: TestServer.bearer(reader)) { r in
                #expect(r.status == .badRequest && r.body.object?["field"] as? String == "includeClosed")
            }
            try await client.execute(uri: "/v1/cases/import", method: .post, headers: TestServer.bearer(reader), body: lines) { r in
                #expect(r.status == .forbidden)
            }
            return lines
        }
        try await t.app.test(.router) { client in
            try await client.execute(uri: "/v1/cases/import", method: .post, headers: TestServer.bearer(writer), body: lines) { r in
                #expect(r.status == .created)
                #expect(r.body.object?["imported"] as? Int == 2)
                #expect(r.body.object?["cases"] as? [Int] == [1, 2])
            }
            try await client.execute(uri: "/v1/cases/export?includeClosed=true", method: .get, headers: TestServer.bearer(tReader)) { r in
                #expect(r.body.text.replacingOccurrences(of: "\"version\":1", with: "") == lines.text.replacingOccurrences(of: "\"version\":1", with: ""))
            }
            // A bad line: 400 naming the field, nothing stored.
            let bad = lines.text + #"{"schema":"waarborg.case-line/1","profile":"nl-2026","facts":{"schema":"waarborg.case/1"}}"# + "\n"
            try await client.execute(uri: "/v1/cases/import", method: .post, headers: TestServer.bearer(writer), body: ByteBuffer(string: bad)) { r in
                #expect(r.status == .badRequest)
                #expect(r.headers[.contentType] == "application/problem+json")
                let detail = r.body.object?["detail"] as? String ?? ""
                #expect(detail.hasPrefix("line 3, facts: "), "\(detail)")
                #expect((r.body.object?["field"] as? String)?.hasPrefix("$.facts.") == true)
            }
        }
        #expect(try t.store.listCases(.init()).total == 2)
    }

    @Test("GET /v1/profiles/{id}/diff/{other}: the differing parameters with both values, status and source; 404 names the unknown side")
    func profileDiff() async throws {
        let s = try TestServer()
        try await s.app.test(.router) { client in
            try await client.execute(uri: "/v1/profiles/nl-2026/diff/vwn-alternative", method: .get) { r in
                #expect(r.status == .ok)
                let doc = try #require(r.body.object)
                #expect((doc["from"] as? [String: Any])?["id"] as? String == "nl-2026")
                let diffs = try #require(doc["differences"] as? [[String: Any]])
                #expect(!diffs.isEmpty && doc["count"] as? Int == diffs.count)
                for d in diffs {
                    let a = try #require(d["from"] as? [String: Any]), b = try #require(d["to"] as? [String: Any])
                    #expect(a["value"] as? String != b["value"] as? String)
                    #expect(a["status"] is String && a["source"] is String && a["ref"] is String)
                }
            }
            try await client.execute(uri: "/v1/profiles/nl-2026/diff/nl-2026", method: .get) { r in
                #expect(r.body.object?["count"] as? Int == 0)
            }
            try await client.execute(uri: "/v1/profiles/nl-2026/diff/nl-2099", method: .get) { r in
                #expect(r.status == .notFound)
                #expect(r.body.object?["field"] as? String == "other")
            }
        }
    }
}
