import Foundation
import GRDB

/// Copies of the embedded register that can be taken while the server writes. SQLite's online
/// backup runs inside one read transaction of the WAL pool, so the copy is the register as it was
/// at one instant (never half a write) and writers are not held up while it is taken. A restore
/// checks first that the file really is a Waarborg register whose migrations this version knows,
/// so a wrong file or one from a newer Waarborg is refused before anything is overwritten.
public enum SQLiteBackup {
    /// Writes a consistent copy of the register at `source` to the new file `target`.
    public static func backup(from source: String, to target: String) throws(RegisterError) {
        guard FileManager.default.fileExists(atPath: source) else { throw .backupSource(source, reason: .missing) }
        if FileManager.default.fileExists(atPath: target) { throw .wouldOverwrite(target) }
        do {
            let pool = try DatabasePool(path: source, configuration: configuration())
            try check(pool, source)
            let copy = try DatabaseQueue(path: target)
            try pool.backup(to: copy)
            try copy.close()
            try pool.close()
        } catch {
            // A half-written copy is worse than none: whoever restores it later would lose data.
            try? FileManager.default.removeItem(atPath: target)
            throw mapped(error, source)
        }
    }

    /// Replaces the register at `target` by the backup `source`; an existing register is
    /// overwritten only with `force`. Stop the server first: it keeps the old file open.
    public static func restore(from source: String, to target: String, force: Bool) throws(RegisterError) {
        guard FileManager.default.fileExists(atPath: source) else { throw .backupSource(source, reason: .missing) }
        if FileManager.default.fileExists(atPath: target), !force { throw .wouldOverwrite(target) }
        do {
            // Not read-only: SQLite cannot open a WAL file read-only unless its -shm file exists.
            let backup = try DatabaseQueue(path: source, configuration: configuration())
            try check(backup, source)
            let destination = try DatabaseQueue(path: target, configuration: configuration())
            try backup.backup(to: destination)
            try destination.close()
            try backup.close()
        } catch {
            throw mapped(error, source)
        }
    }

    /// A file SQLite cannot read as a database is named as what it is: not a register.
    static func mapped(_ error: any Error, _ source: String) -> RegisterError {
        if let e = error as? DatabaseError, e.resultCode == .SQLITE_NOTADB { return .backupSource(source, reason: .notARegister) }
        return SQLiteCaseStore.map(error)
    }

    /// Refuses a file without the register's tables or with a migration this version does not know
    /// (restoring it would let this version write to a schema it does not understand).
    static func check(_ db: any DatabaseReader, _ path: String) throws {
        let known = SQLiteMigrations.migrator.migrations
        let found = try db.read { db -> [String]? in
            guard try db.tableExists("grdb_migrations") else { return nil }
            let ok = try String.fetchOne(db, sql: "PRAGMA quick_check")
            guard ok == "ok" else { throw RegisterError.backupSource(path, reason: .damaged(ok ?? "")) }
            return try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
        }
        guard let applied = found else { throw RegisterError.backupSource(path, reason: .notARegister) }
        let unknown = applied.filter { !known.contains($0) }
        if !unknown.isEmpty { throw RegisterError.backupSource(path, reason: .unknownMigrations(unknown)) }
        if applied.isEmpty || !cases(in: db) { throw RegisterError.backupSource(path, reason: .notARegister) }
    }

    private static func cases(in db: any DatabaseReader) -> Bool {
        (try? db.read { db in try db.tableExists("cases") && db.tableExists("audit_log") }) ?? false
    }

    private static func configuration() -> Configuration {
        var c = Configuration()
        c.busyMode = .timeout(5)
        return c
    }
}
