import Foundation
import Testing
@testable import WaarborgRegister
import WaarborgRules

/// What only the PostgreSQL database can show: its migrations, the append-only triggers, what the
/// tokens table holds, transactions that store all or nothing, writers that run at once, and the
/// words for a server that refuses. Each test has its own database (`TestPostgres.scope`).
@Suite("Register: the PostgreSQL database", TestPostgres.scope)
struct PostgresStoreTests {
    static let somali = try! Fixtures.example("somali-boy-unaccompanied")

    static func store(at place: String? = nil, engine: Engine = Fixtures.engine) throws -> PostgresCaseStore {
        try #require(try StoreKind.postgres.make(engine: engine, at: place) as? PostgresCaseStore)
    }

    /// Locally a missing server is reported as a skipped test; in CI (CI=true) this fails, so a CI
    /// run without PostgreSQL cannot pass.
    @Test("a PostgreSQL server is given for the tests", .enabled(if: TestPostgres.shouldRun, TestPostgres.skipReason))
    func serverGiven() throws {
        let base = try TestPostgres.base()
        #expect(!base.database.isEmpty)
    }

    @Test("the migrations run once, in order, and are recorded in schema_migrations", .enabled(if: TestPostgres.shouldRun, TestPostgres.skipReason))
    func migrations() throws {
        let place = try StoreKind.postgres.place()
        let store = try Self.store(at: place)
        #expect(try store.appliedMigrations() == ["v1-cases", "v2-deadlines", "v3-audit-log", "v4-tokens"])
        _ = try store.createCase(NewCase(facts: Self.somali), actor: "t")
        let again = try Self.store(at: place)
        #expect(try again.appliedMigrations().count == 4)
        #expect(try again.column("SELECT COUNT(*)::text FROM schema_migrations") == ["4"])
        #expect(try again.listCases(CaseQuery()).total == 1)
    }

    @Test("two stores opening a new database at once migrate it once", .enabled(if: TestPostgres.shouldRun, TestPostgres.skipReason))
    func concurrentMigration() throws {
        let place = try StoreKind.postgres.place()
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 3) { _ in
            do { _ = try Self.store(at: place) } catch { failures.add("\(error)") }
        }
        #expect(failures.all.isEmpty)
        #expect(try Self.store(at: place).appliedMigrations() == ["v1-cases", "v2-deadlines", "v3-audit-log", "v4-tokens"])
    }

    @Test("the database itself refuses to change, delete or truncate an audit entry", .enabled(if: TestPostgres.shouldRun, TestPostgres.skipReason))
    func appendOnly() throws {
        let store = try Self.store()
        _ = try store.createCase(NewCase(facts: Self.somali), actor: "alice")
        for sql in ["UPDATE audit_log SET actor = 'mallory'", "DELETE FROM audit_log", "TRUNCATE audit_log"] {
            do {
                try store.execute(sql)
                Issue.record("\(sql) was allowed")
            } catch {
                #expect(error == .database("the audit log is append-only"), "\(sql)")
            }
        }
        #expect(try store.audit(nil).map(\.actor) == ["alice"])
    }

    @Test("the tokens table holds the same SHA-256 as SQLite's, never the token", .enabled(if: TestPostgres.shouldRun, TestPostgres.skipReason))
    func tokenHashStored() throws {
        let store = try Self.store()
        let issued = try store.createToken(name: "desk", role: .admin, actor: "t")
        let stored = try store.column("SELECT token_hash FROM tokens")
        #expect(stored == [TokenSecret.hash(issued.token)])
        #expect(stored.first??.contains(String(issued.token.dropFirst(4))) == false)
        // A token made on SQLite verifies on PostgreSQL once its row is copied: one hash for both.
        let sqlite = try SQLiteCaseStore(path: Fixtures.temporaryFile(), engine: Fixtures.engine)
        let other = try sqlite.createToken(name: "moved", role: .reader, actor: "t")
        let hash = try #require(try sqlite.column("SELECT token_hash FROM tokens").first ?? nil)
        try store.execute("INSERT INTO tokens (name, role, token_hash, created_at, created_by) VALUES ('moved', 'reader', '\(hash)', 'x', 't')")
        #expect(try store.verifyToken(other.token) == TokenIdentity(name: "moved", role: .reader))
    }

    @Test("a write that fails half-way stores nothing: no case, version, deadline or audit entry", .enabled(if: TestPostgres.shouldRun, TestPostgres.skipReason))
    func allOrNothing() throws {
        let store = try Self.store()
        let id = try store.createCase(NewCase(facts: Self.somali), actor: "alice").id
        // The audit entry is the last statement of every write: make the database refuse it.
        try store.execute("""
            CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit refused for the test'; END $$
            """)
        try store.execute("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_audit()")
        #expect(throws: RegisterError.database("audit refused for the test")) {
            try store.createCase(NewCase(facts: Self.somali, clientReference: "lost"), actor: "bob")
        }
        let later = Array(String(decoding: Self.somali, as: UTF8.self).replacingOccurrences(of: "2026-08-10", with: "2026-08-12").utf8)
        #expect(throws: RegisterError.self) { try store.updateFacts(id, facts: later, actor: "bob") }
        #expect(throws: RegisterError.self) { try store.setStatus(id, .closed, actor: "bob") }
        #expect(throws: RegisterError.self) { try store.createToken(name: "desk", role: .admin, actor: "bob") }
        #expect(try store.column("SELECT COUNT(*)::text FROM cases") == ["1"])
        #expect(try store.column("SELECT COUNT(*)::text FROM case_versions") == ["1"])
        #expect(try store.column("SELECT COUNT(DISTINCT version)::text FROM deadlines") == ["1"])
        #expect(try store.column("SELECT COUNT(*)::text FROM tokens") == ["0"])
        let record = try store.getCase(id)
        #expect(record.version == 1 && record.status == .open)
        #expect(try store.audit(nil).count == 1)
    }

    @Test("two stores writing at once lose nothing, and updates of one case take turns", .enabled(if: TestPostgres.shouldRun, TestPostgres.skipReason))
    func concurrentWriters() throws {
        let place = try StoreKind.postgres.place()
        let stores = [try Self.store(at: place), try Self.store(at: place)]
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 20) { i in
            do { _ = try stores[i % 2].createCase(NewCase(facts: Self.somali, clientReference: "r\(i)"), actor: "w\(i % 2)") } catch { failures.add("\(error)") }
        }
        #expect(failures.all.isEmpty)
        let page = try stores[0].listCases(CaseQuery(limit: 100))
        #expect(page.total == 20 && Set(page.cases.compactMap(\.clientReference)).count == 20)

        // Ten different versions of one case's facts, written at once by both stores: each gets
        // its own version number and its audit entry names the version before it.
        let id = page.cases[0].id
        DispatchQueue.concurrentPerform(iterations: 10) { i in
            let facts = Array(String(decoding: Self.somali, as: UTF8.self).replacingOccurrences(of: "\"ex-som-uam\"", with: "\"ex-som-uam-\(i)\"").utf8)
            do { _ = try stores[i % 2].updateFacts(id, facts: facts, actor: "u\(i)") } catch { failures.add("\(error)") }
        }
        #expect(failures.all.isEmpty)
        let versions = try stores[1].history(id)
        #expect(versions.map(\.version) == Array(1...11))
        let updates = try stores[1].audit(id).filter { $0.action == .updated }
        #expect(updates.count == 10)
        for (entry, pair) in zip(updates, zip(versions, versions.dropFirst())) {
            #expect(entry.before == String(decoding: pair.0.facts, as: UTF8.self) && entry.after == String(decoding: pair.1.facts, as: UTF8.self))
        }
        #expect(try stores[0].audit(nil).count == 30)
    }

    @Test("a wrong password, a missing database or a lost server give words without SQL or secrets", .enabled(if: TestPostgres.shouldRun, TestPostgres.skipReason))
    func refusals() throws {
        var wrong = try TestPostgres.base()
        wrong.password = "not-the-password"
        do {
            _ = try PostgresCaseStore(location: wrong, engine: Fixtures.engine)
            Issue.record("a wrong password was accepted")
        } catch {
            let m = error.message(.en)
            #expect(m.contains("refused user \"\(wrong.user)\"") && m.contains("password authentication failed"), "\(m)")
            #expect(!m.contains("not-the-password"))
        }
        let missing = try TestPostgres.base().with(database: "waarborg_no_such_database")
        #expect(throws: RegisterError.database("the PostgreSQL server at \(missing.host):\(missing.port) has no database \"waarborg_no_such_database\" (create it first: createdb -O \(missing.user) waarborg_no_such_database)")) {
            try PostgresCaseStore(location: missing, engine: Fixtures.engine)
        }
        // A statement the server rejects is named by its SQLSTATE, not repeated.
        let store = try Self.store()
        do {
            try store.execute("SELECT no_such_column FROM cases")
            Issue.record("a bad statement ran")
        } catch {
            #expect(error == .database("the PostgreSQL server refused the operation (SQLSTATE 42703)"))
        }
        // A closed store says so instead of hanging.
        store.close()
        #expect(throws: RegisterError.database("the PostgreSQL register has been closed")) { try store.listCases(CaseQuery()) }
    }
}
