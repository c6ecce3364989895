import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// The register survives a crash: `waarborg serve` is killed with SIGKILL while clients are still
/// writing, and every write it acknowledged must be there after a restart, whole. A write the server
/// answered 2xx was committed (one transaction with its version and audit entry), so a lost or
/// half-written case here would be a promise broken to a caseworker.
@Suite("Register: crash safety", .serialized)
struct CrashSafetyTests {
    static let somali = CLI.examples.appendingPathComponent("somali-boy-unaccompanied.json")

    @Test("kill -9 mid-stream: every acknowledged case is back with its versions and audit entries, and the store takes writes")
    func killedMidStream() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("waarborg-crash-\(UUID().uuidString).db").path
        let url = "sqlite://" + path
        let made = try CLI.run(["admin", "create-token", "--role", "caseworker", "--name", "crash", "--database", url])
        #expect(made.status == 0)
        let token = made.out.trimmingCharacters(in: .whitespacesAndNewlines)
        let facts = try Data(contentsOf: Self.somali)
        let changed = Data(String(decoding: facts, as: UTF8.self)
            .replacingOccurrences(of: "\"lodgedOn\": \"2026-08-10\"", with: "\"lodgedOn\": \"2026-08-12\"").utf8)
        #expect(changed != facts)

        let first = try LiveServer(database: url)
        let log = AckLog()
        // Four clients, each creating a case and then updating it, until the server is gone.
        // The kill comes after 24 acknowledged writes, while the others are in flight.
        let killAfter = 24
        await withTaskGroup(of: Void.self) { group in
            for worker in 0..<4 {
                group.addTask {
                    var n = 0
                    while true {
                        n += 1
                        let ref = "crash-\(worker)-\(n)"
                        guard let created = await HTTPClient.send("POST", first.base + "/v1/cases?ref=\(ref)", token: token, body: facts),
                              created.status == 201, let id = created.json?["id"] as? Int else { return }
                        await log.acknowledge(id: id, ref: ref, version: 1)
                        guard let updated = await HTTPClient.send("PUT", first.base + "/v1/cases/\(id)", token: token, body: changed),
                              updated.status == 200 else { return }
                        await log.acknowledge(id: id, ref: ref, version: 2)
                    }
                }
            }
            group.addTask {
                while await log.writes < killAfter { try? await Task.sleep(for: .milliseconds(2)) }
                first.kill()
            }
        }
        let acked = await log.cases
        #expect(await log.writes >= killAfter)

        // Restarted on the same file: SQLite's WAL is replayed and only committed transactions count.
        let second = try LiveServer(database: url)
        defer { second.kill() }
        for (id, c) in acked {
            let got = try #require(await HTTPClient.send("GET", second.base + "/v1/cases/\(id)", token: token, body: nil))
            #expect(got.status == 200, "acknowledged case \(id) is missing")
            let record = try #require(got.json)
            #expect(record["clientReference"] as? String == c.ref)
            #expect((record["version"] as? Int ?? 0) >= c.version, "case \(id): version \(c.version) was acknowledged")
            let lodged = ((record["facts"] as? [String: Any])?["application"] as? [String: Any])?["lodgedOn"] as? String
            #expect(lodged == ((record["version"] as? Int) == 2 ? "2026-08-12" : "2026-08-10"), "case \(id): the facts of its version")
        }

        // No half-written case anywhere: each case's versions run 1…current and each version has its
        // audit entry; each audit entry about a case names a case that exists.
        let list = try CLI.run(["cases", "list", "--limit", "500", "--format", "json", "--database", url])
        let page = try #require(try JSONSerialization.jsonObject(with: Data(list.out.utf8)) as? [String: Any])
        let cases = try #require(page["cases"] as? [[String: Any]])
        #expect(cases.count >= acked.count)
        let auditOut = try CLI.run(["cases", "audit", "--format", "json", "--database", url])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(auditOut.out.utf8)) as? [[String: Any]])
        let ids = Set(cases.compactMap { $0["id"] as? Int })
        for e in entries { if let c = e["case"] as? Int { #expect(ids.contains(c), "audit entry for case \(c), which is not stored") } }
        for c in cases {
            let id = try #require(c["id"] as? Int), version = try #require(c["version"] as? Int)
            let history = try #require(await HTTPClient.send("GET", second.base + "/v1/cases/\(id)/history", token: token, body: nil))
            let versions = (history.array ?? []).compactMap { ($0 as? [String: Any])?["version"] as? Int }
            #expect(versions == Array(1...version), "case \(id): versions \(versions), current \(version)")
            let actions = entries.filter { $0["case"] as? Int == id }.compactMap { $0["action"] as? String }
            #expect(actions == ["created"] + Array(repeating: "updated", count: version - 1), "case \(id): audit \(actions)")
        }

        let after = try #require(await HTTPClient.send("POST", second.base + "/v1/cases?ref=after-crash", token: token, body: facts))
        #expect(after.status == 201)
    }
}

/// The writes the server acknowledged, as the clients saw them.
private actor AckLog {
    private(set) var writes = 0
    private(set) var cases: [Int: (ref: String, version: Int)] = [:]
    func acknowledge(id: Int, ref: String, version: Int) {
        writes += 1
        cases[id] = (ref, max(version, cases[id]?.version ?? 0))
    }
}

/// `waarborg serve --port 0` as a child process, with the address it prints once it listens.
final class LiveServer: @unchecked Sendable {
    let process: Process
    let base: String

    init(database: String) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CLI.binary)
        p.arguments = ["serve", "--port", "0", "--database", database]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        process = p
        // "Waarborg is running: open http://127.0.0.1:PORT/ in your browser (…)"
        var text = ""
        let deadline = Date().addingTimeInterval(60)
        while !text.contains("/ in your browser"), Date() < deadline {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard let start = text.range(of: "http://"), let end = text.range(of: "/ in your browser", range: start.upperBound..<text.endIndex) else {
            p.terminate()
            throw ServerDidNotStart(output: text)
        }
        base = String(text[start.lowerBound..<end.lowerBound])
    }

    /// SIGKILL: no graceful shutdown, no chance to finish a transaction.
    func kill() {
        if process.isRunning { _ = Foundation.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }
}

struct ServerDidNotStart: Error, CustomStringConvertible {
    let output: String
    var description: String { "waarborg serve did not print its address; it wrote: \(output)" }
}

/// A small HTTP client on URLSession: nil when the connection failed (the server is gone).
enum HTTPClient {
    struct Reply: Sendable {
        let status: Int
        let body: Data
        var json: [String: Any]? { try? JSONSerialization.jsonObject(with: body) as? [String: Any] }
        var array: [Any]? { try? JSONSerialization.jsonObject(with: body) as? [Any] }
    }

    static func send(_ method: String, _ url: String, token: String?, body: Data?, contentType: String = "application/json") async -> Reply? {
        var request = URLRequest(url: URL(string: url)!)
        request.httpMethod = method
        request.timeoutInterval = 30
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        if let body { request.httpBody = body; request.setValue(contentType, forHTTPHeaderField: "Content-Type") }
        return await withCheckedContinuation { continuation in
            URLSession.shared.dataTask(with: request) { data, response, _ in
                guard let http = response as? HTTPURLResponse else { return continuation.resume(returning: nil) }
                continuation.resume(returning: Reply(status: http.statusCode, body: data ?? Data()))
            }.resume()
        }
    }
}
