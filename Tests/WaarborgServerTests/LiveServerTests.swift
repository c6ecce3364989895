import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WaarborgServer

/// A real server on a TCP port with a real HTTP client.
@Suite("Server: live over TCP")
struct LiveServerTests {
    @Test("health, a stored case and its iCalendar feed over a real connection")
    func live() async throws {
        let s = try TestServer()
        let token = try s.token(.caseworker, "live")
        let facts = try TestServer.example("somali-boy-unaccompanied")
        try await s.app.test(.live) { client in
            try await client.execute(uri: "/health", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.headers[RequestIDMiddleware.header] != nil)
            }
            try await client.execute(uri: "/v1/cases", method: .post, headers: TestServer.bearer(token), body: ByteBuffer(bytes: facts)) { r in
                #expect(r.status == .created)
            }
            try await client.execute(uri: "/v1/deadlines?asOf=2026-08-15&format=ics", method: .get, headers: TestServer.bearer(token)) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == "text/calendar; charset=utf-8")
                #expect(r.body.text.contains("BEGIN:VEVENT"))
            }
            try await client.execute(uri: "/v1/cases", method: .get) { r in
                #expect(r.status == .unauthorized)
            }
        }
    }
}
