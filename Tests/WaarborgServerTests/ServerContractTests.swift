import Foundation
import Hummingbird
import HummingbirdTesting
import LegalCalendar
import Testing
import WaarborgRules
import WaarborgServer

/// The stateless routes: health, assess, compare, profiles. No token needed.
@Suite("Server: the contract")
struct ServerContractTests {
    @Test("GET /health answers ok with the engine version, and a request id header")
    func health() async throws {
        let s = try TestServer()
        try await s.app.test(.router) { client in
            try await client.execute(uri: "/health", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == "application/json")
                #expect(r.body.object?["status"] as? String == "ok")
                #expect(r.body.object?["engine"] as? String == Assessor.engineVersion)
                #expect(r.headers[RequestIDMiddleware.header]?.count == 16)
            }
        }
    }

    @Test("POST /v1/assess replies with the assessment exactly as `waarborg assess` writes it")
    func assessEqualsCLI() async throws {
        let s = try TestServer()
        let facts = try TestServer.example("somali-boy-unaccompanied")
        // What the CLI writes: the built binary when it is there, else the same library calls it makes.
        let expected: [UInt8]
        let binary = TestServer.root.appendingPathComponent(".build/debug/waarborg").path
        if FileManager.default.isExecutableFile(atPath: binary) {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: binary)
            p.arguments = ["assess", TestServer.cases.appendingPathComponent("somali-boy-unaccompanied.json").path, "--as-of", "2026-08-15"]
            let out = Pipe()
            p.standardOutput = out
            try p.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            #expect(p.terminationStatus == 0)
            expected = Array(data)
        } else {
            var a = TestServer.engine.assessor("nl-2026")!.assess(try CaseDecoder.decode(facts))
            a.asOf = CalendarDate(iso: "2026-08-15")!
            expected = AssessmentEncoder.encode(a, pretty: true) + [0x0A]
        }
        try await s.app.test(.router) { client in
            try await client.execute(uri: "/v1/assess?asOf=2026-08-15", method: .post, body: ByteBuffer(bytes: facts)) { r in
                #expect(r.status == .ok)
                #expect(Array(r.body.readableBytesView) == expected)
                let json = try #require(r.body.object)
                #expect((json["procedure"] as? [String: Any])?["route"] as? String == "regular")
                #expect((json["profile"] as? [String: Any])?["id"] as? String == "nl-2026")
            }
        }
    }

    @Test("a bad case is a 400 problem+json naming the field")
    func badCase() async throws {
        let s = try TestServer()
        var text = String(decoding: try TestServer.example("somali-boy-unaccompanied"), as: UTF8.self)
        let birth = try #require(text.range(of: "\"birthDate\": \""))
        text.replaceSubrange(birth.upperBound..<text.index(birth.upperBound, offsetBy: 10), with: "2009-02-30")
        let body = Array(text.utf8)
        try await s.app.test(.router) { client in
            try await client.execute(uri: "/v1/assess", method: .post, body: ByteBuffer(bytes: body)) { r in
                #expect(r.status == .badRequest)
                #expect(r.headers[.contentType] == "application/problem+json")
                let p = try #require(r.body.object)
                #expect(p["status"] as? Int == 400)
                #expect(p["field"] as? String == "$.applicant.birthDate")
                #expect((p["detail"] as? String)?.contains("$.applicant.birthDate") == true)
                #expect(p["type"] as? String == "urn:waarborg:problem:invalid-facts")
            }
            try await client.execute(uri: "/v1/assess", method: .post, body: ByteBuffer(string: "{not json")) { r in
                #expect(r.status == .badRequest)
                #expect(r.body.object?["field"] as? String != nil)
            }
            try await client.execute(uri: "/v1/assess?profile=nowhere", method: .post, body: ByteBuffer(bytes: body)) { r in
                #expect(r.status == .notFound)
                #expect(r.body.object?["field"] as? String == "profile")
            }
            try await client.execute(uri: "/v1/assess?asOf=2026-02-30", method: .post, body: ByteBuffer(bytes: body)) { r in
                #expect(r.status == .badRequest)
                #expect(r.body.object?["field"] as? String == "asOf")
            }
        }
    }

    @Test("POST /v1/compare compares the named profiles")
    func compare() async throws {
        let s = try TestServer()
        let facts = try TestServer.example("somali-boy-unaccompanied")
        try await s.app.test(.router) { client in
            try await client.execute(uri: "/v1/compare?profiles=pact-minimum,nl-2026", method: .post, body: ByteBuffer(bytes: facts)) { r in
                #expect(r.status == .ok)
                let json = try #require(r.body.object)
                #expect(json["profiles"] as? [String] == ["pact-minimum", "nl-2026"])
                #expect((json["assessments"] as? [Any])?.count == 2)
            }
            try await client.execute(uri: "/v1/compare?profiles=nl-2026", method: .post, body: ByteBuffer(bytes: facts)) { r in
                #expect(r.status == .badRequest)
                #expect(r.body.object?["field"] as? String == "profiles")
            }
        }
    }

    @Test("GET /v1/profiles lists the profiles, /v1/profiles/{id} shows one, an unknown id is a 404")
    func profiles() async throws {
        let s = try TestServer()
        try await s.app.test(.router) { client in
            try await client.execute(uri: "/v1/profiles", method: .get) { r in
                #expect(r.status == .ok)
                let ids = (r.body.array ?? []).compactMap { ($0 as? [String: Any])?["id"] as? String }
                #expect(ids == TestServer.engine.profiles.keys.sorted())
            }
            try await client.execute(uri: "/v1/profiles/nl-2026", method: .get) { r in
                #expect(r.status == .ok)
                let json = try #require(r.body.object)
                #expect(json["id"] as? String == "nl-2026")
                #expect(((json["parameters"] as? [Any])?.count ?? 0) > 10)
            }
            try await client.execute(uri: "/v1/profiles/nowhere", method: .get) { r in
                #expect(r.status == .notFound)
                #expect(r.headers[.contentType] == "application/problem+json")
            }
            try await client.execute(uri: "/no/such/route", method: .get) { r in
                #expect(r.status == .notFound)
                #expect(r.headers[.contentType] == "application/problem+json")
            }
        }
    }

    @Test("a body over 1 MiB is a 413 problem")
    func bodyTooLarge() async throws {
        let s = try TestServer()
        let big = ByteBuffer(repeating: 0x20, count: (1 << 20) + 1)
        let token = try s.token(.caseworker, "desk")
        try await s.app.test(.router) { client in
            try await client.execute(uri: "/v1/assess", method: .post, body: big) { r in
                #expect(r.status == .contentTooLarge)
                #expect(r.headers[.contentType] == "application/problem+json")
                #expect(r.body.object?["field"] as? String == "body")
            }
            try await client.execute(uri: "/v1/cases", method: .post, headers: TestServer.bearer(token), body: big) { r in
                #expect(r.status == .contentTooLarge)
            }
        }
        #expect(try s.store.listCases(.init()).total == 0)
    }
}

