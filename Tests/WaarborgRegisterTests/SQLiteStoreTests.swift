import Foundation
import Testing
@testable import WaarborgRegister
import WaarborgRules

/// What only the SQLite file can show: the schema's migrations, WAL mode, the append-only
/// trigger and what the tokens table really holds.
@Suite("Register: the SQLite file")
struct SQLiteStoreTests {
    @Test("the migrations run once, in order, and the file is in WAL mode")
    func migrations() throws {
        let path = Fixtures.temporaryFile()
        let store = try SQLiteCaseStore(path: path, engine: Fixtures.engine)
        #expect(try store.appliedMigrations() == ["v1-cases", "v2-deadlines", "v3-audit-log", "v4-tokens"])
        #expect(try store.column("PRAGMA journal_mode") == ["wal"])
        _ = try store.createCase(NewCase(facts: try Fixtures.example("somali-boy-unaccompanied")), actor: "t")
        // Opening the file again migrates nothing and keeps the case.
        let again = try SQLiteCaseStore(path: path, engine: Fixtures.engine)
        #expect(try again.appliedMigrations().count == 4)
        #expect(try again.listCases(CaseQuery()).total == 1)
    }

    @Test("the database itself refuses to change or delete an audit entry")
    func appendOnly() throws {
        let store = try SQLiteCaseStore(path: Fixtures.temporaryFile(), engine: Fixtures.engine)
        _ = try store.createCase(NewCase(facts: try Fixtures.example("somali-boy-unaccompanied")), actor: "alice")
        #expect(throws: RegisterError.self) { try store.execute("UPDATE audit_log SET actor = 'mallory'") }
        #expect(throws: RegisterError.self) { try store.execute("DELETE FROM audit_log") }
        #expect(try store.audit(nil).map(\.actor) == ["alice"])
        do { try store.execute("DELETE FROM audit_log") } catch {
            #expect(error.message(.en).contains("append-only"))
        }
    }

    @Test("the tokens table holds the SHA-256 of the token, never the token")
    func tokenHashStored() throws {
        let store = try SQLiteCaseStore(path: Fixtures.temporaryFile(), engine: Fixtures.engine)
        let issued = try store.createToken(name: "desk", role: .admin, actor: "t")
        let stored = try store.column("SELECT token_hash FROM tokens")
        #expect(stored == [TokenSecret.hash(issued.token)])
        #expect(stored.first??.contains(String(issued.token.dropFirst(4))) == false)
        #expect(stored.first??.count == "sha256:".count + 64)
        // SHA-256 of "abc" (FIPS 180-2 test vector).
        #expect(TokenSecret.hash("abc") == "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("two stores writing to one file at once lose nothing: every case and audit entry is there once")
    func concurrentWriters() throws {
        let path = Fixtures.temporaryFile()
        let facts = try Fixtures.example("somali-boy-unaccompanied")
        let stores = [try SQLiteCaseStore(path: path, engine: Fixtures.engine), try SQLiteCaseStore(path: path, engine: Fixtures.engine)]
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 20) { i in
            do { _ = try stores[i % 2].createCase(NewCase(facts: facts, clientReference: "r\(i)"), actor: "w\(i % 2)") } catch { failures.add("\(error)") }
        }
        #expect(failures.all.isEmpty)
        let page = try stores[0].listCases(CaseQuery(limit: 100))
        #expect(page.total == 20)
        #expect(Set(page.cases.map(\.id)).count == 20 && Set(page.cases.compactMap(\.clientReference)).count == 20)
        #expect(try stores[1].audit(nil).count == 20)
    }
}

/// Errors collected from concurrent work.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ s: String) { lock.lock(); items.append(s); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return items }
}
