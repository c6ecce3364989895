import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WaarborgRegister
import WaarborgServer

/// The register behind bearer tokens: roles, the audit log's actor, cases, deadlines.
@Suite("Server: the register")
struct ServerRegisterTests {
    @Test("no token on GET /v1/cases is a 401 with WWW-Authenticate: Bearer")
    func noToken() async throws {
        let s = try TestServer()
        try await s.app.test(.router) { client in
            try await client.execute(uri: "/v1/cases", method: .get) { r in
                #expect(r.status == .unauthorized)
                #expect(r.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
                #expect(r.headers[.contentType] == "application/problem+json")
            }
            try await client.execute(uri: "/v1/cases", method: .get, headers: TestServer.bearer("wbt_unknown")) { r in
                #expect(r.status == .unauthorized)
            }
            try await client.execute(uri: "/v1/deadlines", method: .get, headers: [.authorization: "Basic abc"]) { r in
                #expect(r.status == .unauthorized)
            }
        }
    }

    @Test("a reader token may read but not write: POST /v1/cases is a 403")
    func readerCannotWrite() async throws {
        let s = try TestServer()
        let reader = try s.token(.reader, "monitor")
        let facts = try TestServer.example("somali-boy-unaccompanied")
        try await s.app.test(.router) { client in
            try await client.execute(uri: "/v1/cases", method: .get, headers: TestServer.bearer(reader)) { r in
                #expect(r.status == .ok)
                #expect(r.body.object?["total"] as? Int == 0)
            }
            try await client.execute(uri: "/v1/cases", method: .post, headers: TestServer.bearer(reader), body: ByteBuffer(bytes: facts)) { r in
                #expect(r.status == .forbidden)
                #expect(r.headers[.contentType] == "application/problem+json")
            }
        }
        #expect(try s.store.listCases(.init()).total == 0)
    }

    @Test("a caseworker creates a case (201), and the audit entry's actor is the token's name")
    func caseworkerCreates() async throws {
        let s = try TestServer()
        let token = try s.token(.caseworker, "front desk")
        let facts = try TestServer.example("somali-boy-unaccompanied")
        try await s.app.test(.router) { client in
            try await client.execute(uri: "/v1/cases?ref=VWN-42", method: .post, headers: TestServer.bearer(token), body: ByteBuffer(bytes: facts)) { r in
                #expect(r.status == .created)
                #expect(r.headers[.location] == "/v1/cases/1")
                let json = try #require(r.body.object)
                #expect(json["id"] as? Int == 1)
                #expect(json["clientReference"] as? String == "VWN-42")
                #expect(json["route"] as? String == "regular")
            }
            try await client.execute(uri: "/v1/cases/1/audit", method: .get, headers: TestServer.bearer(token)) { r in
                #expect(r.status == .ok)
                let entries = try #require(r.body.array as? [[String: Any]])
                #expect(entries.count == 1)
                #expect(entries.first?["actor"] as? String == "front desk")
                #expect(entries.first?["action"] as? String == "created")
            }
            try await client.execute(uri: "/v1/cases/1", method: .get, headers: TestServer.bearer(token)) { r in
                #expect(r.status == .ok)
                #expect((r.body.object?["facts"] as? [String: Any])?["id"] as? String == "ex-som-uam")
            }
            try await client.execute(uri: "/v1/cases/2", method: .get, headers: TestServer.bearer(token)) { r in
                #expect(r.status == .notFound)
            }
            try await client.execute(uri: "/v1/cases/abc", method: .get, headers: TestServer.bearer(token)) { r in
                #expect(r.status == .badRequest)
                #expect(r.body.object?["field"] as? String == "n")
            }
        }
        #expect(try s.store.audit(1).map(\.actor) == ["front desk"])
    }

    @Test("a revoked token is a 401")
    func revokedToken() async throws {
        let s = try TestServer()
        let token = try s.token(.caseworker, "temp")
        try s.store.revokeToken(name: "temp", actor: "admin")
        try await s.app.test(.router) { client in
            try await client.execute(uri: "/v1/cases", method: .get, headers: TestServer.bearer(token)) { r in
                #expect(r.status == .unauthorized)
                #expect(r.headers[.wwwAuthenticate] != nil)
            }
        }
    }

    @Test("update, close, reopen, history, list with filters and paging")
    func lifecycle() async throws {
        let s = try TestServer()
        let token = try s.token(.caseworker, "bob")
        let auth = TestServer.bearer(token)
        let facts = try TestServer.example("somali-boy-unaccompanied")
        let v2 = Array(String(decoding: facts, as: UTF8.self).replacingOccurrences(of: "\"lodgedOn\": \"2026-08-10\"", with: "\"lodgedOn\": \"2026-08-11\"").utf8)
        #expect(v2 != facts)
        try await s.app.test(.router) { client in
            for ref in ["A-1", "A-2"] {
                try await client.execute(uri: "/v1/cases?ref=\(ref)", method: .post, headers: auth, body: ByteBuffer(bytes: facts)) { r in #expect(r.status == .created) }
            }
            try await client.execute(uri: "/v1/cases/1", method: .put, headers: auth, body: ByteBuffer(bytes: v2)) { r in
                #expect(r.status == .ok)
                #expect(r.body.object?["version"] as? Int == 2)
            }
            try await client.execute(uri: "/v1/cases/1", method: .put, headers: auth, body: ByteBuffer(bytes: v2)) { r in
                #expect(r.status == .conflict)
            }
            try await client.execute(uri: "/v1/cases/1/history", method: .get, headers: auth) { r in
                #expect((r.body.array as? [[String: Any]])?.map { $0["version"] as? Int } == [1, 2])
            }
            try await client.execute(uri: "/v1/cases/2/close", method: .post, headers: auth) { r in
                #expect(r.body.object?["status"] as? String == "closed")
            }
            try await client.execute(uri: "/v1/cases/2/close", method: .post, headers: auth) { r in #expect(r.status == .conflict) }
            try await client.execute(uri: "/v1/cases?status=open", method: .get, headers: auth) { r in
                #expect(r.body.object?["total"] as? Int == 1)
            }
            try await client.execute(uri: "/v1/cases?limit=1&offset=1", method: .get, headers: auth) { r in
                let json = try #require(r.body.object)
                #expect(json["total"] as? Int == 2)
                #expect((json["cases"] as? [[String: Any]])?.first?["id"] as? Int == 2)
            }
            try await client.execute(uri: "/v1/cases?ref=A-2", method: .get, headers: auth) { r in
                #expect(r.body.object?["total"] as? Int == 1)
            }
            try await client.execute(uri: "/v1/cases?limit=501", method: .get, headers: auth) { r in
                #expect(r.status == .badRequest)
                #expect(r.body.object?["field"] as? String == "limit")
            }
            try await client.execute(uri: "/v1/cases?status=pending", method: .get, headers: auth) { r in
                #expect(r.body.object?["field"] as? String == "status")
            }
            try await client.execute(uri: "/v1/cases/2/reopen", method: .post, headers: auth) { r in
                #expect(r.body.object?["status"] as? String == "open")
            }
        }
        #expect(try s.store.audit(2).map(\.action) == [.created, .closed, .reopened])
    }

    @Test("deadlines as JSON, CSV and iCalendar, with their content types")
    func deadlines() async throws {
        let s = try TestServer()
        let token = try s.token(.reader, "monitor")
        _ = try s.store.createCase(NewCase(facts: try TestServer.example("somali-boy-unaccompanied"), clientReference: "VWN-42"), actor: "alice")
        let auth = TestServer.bearer(token)
        try await s.app.test(.router) { client in
            try await client.execute(uri: "/v1/deadlines?within=14d&asOf=2026-08-15", method: .get, headers: auth) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == "application/json")
                let json = try #require(r.body.object)
                #expect(json["asOf"] as? String == "2026-08-15")
                let items = try #require(json["deadlines"] as? [[String: Any]])
                #expect(!items.isEmpty)
                #expect(items.allSatisfy { $0["case"] as? Int == 1 })
            }
            try await client.execute(uri: "/v1/deadlines?within=2w&asOf=2026-08-15&format=csv&lang=nl", method: .get, headers: auth) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == "text/csv; charset=utf-8")
                #expect(r.body.text.hasPrefix(DeadlineCSV.line(DeadlineCSV.header)))
            }
            try await client.execute(uri: "/v1/deadlines?asOf=2026-08-15&format=ics", method: .get, headers: auth) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == "text/calendar; charset=utf-8")
                #expect(r.body.text.hasPrefix("BEGIN:VCALENDAR\r\n"))
                #expect(r.body.text.contains("UID:1-"))
            }
            try await client.execute(uri: "/v1/deadlines?within=soon", method: .get, headers: auth) { r in
                #expect(r.status == .badRequest)
                #expect(r.body.object?["field"] as? String == "within")
            }
            try await client.execute(uri: "/v1/deadlines?format=pdf", method: .get, headers: auth) { r in
                #expect(r.body.object?["field"] as? String == "format")
            }
        }
    }
}
