import Foundation
import Testing
@testable import WaarborgRegister
import WaarborgRules

/// Backups taken while another connection writes, and restores that check what they restore.
@Suite("Register: backup and restore")
struct BackupTests {
    @Test("a backup taken during a stream of writes opens as a register with whole cases, and restores")
    func backupDuringWrites() async throws {
        let path = Fixtures.temporaryFile()
        let store = try SQLiteCaseStore(path: path, engine: Fixtures.engine)
        let facts = try Fixtures.example("somali-boy-unaccompanied")
        for _ in 0..<5 { _ = try store.createCase(NewCase(facts: facts), actor: "before") }
        let backups = (0..<3).map { _ in Fixtures.temporaryFile() }
        // A writer on its own thread while the backups are taken.
        let writer = Task.detached {
            for _ in 0..<40 { _ = try store.createCase(NewCase(facts: facts), actor: "during") }
        }
        for b in backups {
            try SQLiteBackup.backup(from: path, to: b)
            try await Task.sleep(for: .milliseconds(5))
        }
        try await writer.value
        for b in backups {
            let copy = try SQLiteCaseStore(path: b, engine: Fixtures.engine)
            let page = try copy.listCases(CaseQuery(limit: 500))
            #expect(page.total >= 5 && page.total <= 45)
            // Every case in the copy is whole: its version and its audit entry are there too.
            #expect(try copy.audit(nil).count == page.total)
            for c in page.cases { #expect(try copy.history(c.id).count == 1) }
        }
        #expect(try store.listCases(CaseQuery()).total == 45)

        // Restore: refused over an existing register without force, done with it.
        let target = Fixtures.temporaryFile()
        _ = try SQLiteCaseStore(path: target, engine: Fixtures.engine)
        #expect(throws: RegisterError.wouldOverwrite(target)) { try SQLiteBackup.restore(from: backups[0], to: target, force: false) }
        try SQLiteBackup.restore(from: path, to: target, force: true)
        #expect(try SQLiteCaseStore(path: target, engine: Fixtures.engine).listCases(CaseQuery()).total == 45)
        #expect(throws: RegisterError.wouldOverwrite(backups[0])) { try SQLiteBackup.backup(from: path, to: backups[0]) }
    }

    @Test("restore refuses a file that is not a register, one from a newer Waarborg, and a missing one")
    func restoreChecks() throws {
        let text = Fixtures.temporaryFile()
        try Data("not a database".utf8).write(to: URL(fileURLWithPath: text))
        let target = Fixtures.temporaryFile()
        #expect(throws: RegisterError.backupSource(text, reason: .notARegister)) { try SQLiteBackup.restore(from: text, to: target, force: false) }
        #expect(!FileManager.default.fileExists(atPath: target))

        let newer = Fixtures.temporaryFile()
        let store = try SQLiteCaseStore(path: newer, engine: Fixtures.engine)
        try store.execute("INSERT INTO grdb_migrations (identifier) VALUES ('v9-future')")
        #expect(throws: RegisterError.backupSource(newer, reason: .unknownMigrations(["v9-future"]))) {
            try SQLiteBackup.restore(from: newer, to: target, force: false)
        }
        #expect(RegisterError.backupSource(newer, reason: .unknownMigrations(["v9-future"])).message(.en).contains("comes from a newer Waarborg"))
        let missing = Fixtures.temporaryFile()
        #expect(throws: RegisterError.backupSource(missing, reason: .missing)) { try SQLiteBackup.restore(from: missing, to: target, force: false) }
    }
}
