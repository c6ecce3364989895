import Foundation
import GRDB
import LegalCalendar
import WaarborgRules

/// The embedded register: one SQLite file in WAL mode (readers never wait for the writer), through
/// GRDB's `DatabasePool`. Every change and its audit entry are written in one transaction.
public final class SQLiteCaseStore: CaseStore {
    let pool: DatabasePool
    public let assessing: CaseAssessing
    let clock: @Sendable () -> Timestamp

    /// Opens (creating it if need be) the file at `path` and brings its schema up to date.
    /// `clock` is the time written into versions and the audit log; tests fix it.
    public init(path: String, engine: Engine, clock: @escaping @Sendable () -> Timestamp = { .now() }) throws(RegisterError) {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(5)
        do {
            pool = try DatabasePool(path: path, configuration: config)
            try SQLiteMigrations.migrator.migrate(pool)
        } catch {
            throw Self.map(error)
        }
        assessing = CaseAssessing(engine: engine)
        self.clock = clock
    }

    /// The migrations this file has had, in order (for `docs/register.md` and the tests).
    public func appliedMigrations() throws(RegisterError) -> [String] {
        try read { db in try SQLiteMigrations.migrator.appliedMigrations(db) }
    }

    /// Runs raw SQL: for tests that check what the database itself refuses.
    func execute(_ sql: String) throws(RegisterError) { try write { db in try db.execute(sql: sql) } }

    /// The first column of a raw query, as text: for tests that look at what is really stored.
    func column(_ sql: String) throws(RegisterError) -> [String?] { try read { db in try String?.fetchAll(db, sql: sql) } }

    // MARK: cases

    public func createCase(_ new: NewCase, actor: String) throws(RegisterError) -> CaseRecord {
        try RegisterLimits.check(clientReference: new.clientReference)
        try RegisterLimits.check(name: actor, field: "actor")
        let a = try assessing.assess(new.facts, profileID: new.profileID)
        let now = clock().iso
        let id: CaseID = try write { db in
            try Self.insertCase(db, new, a, actor: actor, at: now, .created(profileID: new.profileID, facts: new.facts))
        }
        return try getCase(id)
    }

    /// A new case as version 1 with its audit entry, inside the caller's transaction.
    static func insertCase(_ db: Database, _ new: NewCase, _ a: AssessedFacts, actor: String, at now: String, _ audit: AuditDraft) throws -> CaseID {
        try db.execute(sql: """
            INSERT INTO cases (facts_id, client_ref, profile_id, status, current_version, created_at, updated_at)
            VALUES (?, ?, ?, 'open', 1, ?, ?)
            """, arguments: [a.factsID, new.clientReference, new.profileID, now, now])
        let id = db.lastInsertedRowID
        try insertVersion(db, id, 1, a, actor: actor, at: now)
        try appendAudit(db, at: now, actor: actor, caseID: id, audit)
        return id
    }

    public func updateFacts(_ id: CaseID, facts: [UInt8], actor: String) throws(RegisterError) -> CaseRecord {
        try RegisterLimits.check(name: actor, field: "actor")
        let profileID = try getCase(id).summary.profileID
        let a = try assessing.assess(facts, profileID: profileID)
        let now = clock().iso
        try write { db in
            // The current version is read inside the transaction, so a concurrent update can neither
            // reuse its number nor be missing from this entry's "before".
            guard let row = try Row.fetchOne(db, sql: """
                SELECT c.status, c.current_version, v.facts FROM cases c
                JOIN case_versions v ON v.case_id = c.id AND v.version = c.current_version WHERE c.id = ?
                """, arguments: [id]) else { throw RegisterError.caseNotFound(id) }
            let v: Int = row["current_version"]
            let before = Array((row["facts"] as String).utf8)
            if row["status"] as String == CaseStatus.closed.rawValue { throw RegisterError.caseClosed(id) }
            if before == facts { throw RegisterError.factsUnchanged(id, version: v) }
            try Self.insertVersion(db, id, v + 1, a, actor: actor, at: now)
            try db.execute(sql: "UPDATE cases SET current_version = ?, facts_id = ?, updated_at = ? WHERE id = ?",
                           arguments: [v + 1, a.factsID, now, id])
            try Self.appendAudit(db, at: now, actor: actor, caseID: id, .updated(version: v + 1, before: before, after: facts))
        }
        return try getCase(id)
    }

    public func setStatus(_ id: CaseID, _ status: CaseStatus, actor: String) throws(RegisterError) -> CaseRecord {
        try RegisterLimits.check(name: actor, field: "actor")
        let now = clock().iso
        try write { db in
            guard let old = try String.fetchOne(db, sql: "SELECT status FROM cases WHERE id = ?", arguments: [id]) else {
                throw RegisterError.caseNotFound(id)
            }
            if old == status.rawValue { throw RegisterError.alreadyInStatus(id, status) }
            try db.execute(sql: "UPDATE cases SET status = ?, updated_at = ? WHERE id = ?", arguments: [status.rawValue, now, id])
            try Self.appendAudit(db, at: now, actor: actor, caseID: id, .status(from: old, to: status))
        }
        return try getCase(id)
    }

    static let caseColumns = """
        c.id, c.facts_id, c.client_ref, c.profile_id, c.status, c.current_version, c.created_at, c.updated_at, v.route
        """

    public func getCase(_ id: CaseID) throws(RegisterError) -> CaseRecord {
        let row = try read { db in
            try Row.fetchOne(db, sql: """
                SELECT \(Self.caseColumns), v.facts, v.assessment, v.profile_hash, v.dataset_versions, v.engine_version, v.assessed_at
                FROM cases c JOIN case_versions v ON v.case_id = c.id AND v.version = c.current_version
                WHERE c.id = ?
                """, arguments: [id])
        }
        guard let row else { throw .caseNotFound(id) }
        return CaseRecord(summary: Self.summary(row), facts: Array((row["facts"] as String).utf8),
                          assessment: Array((row["assessment"] as String).utf8), profileHash: row["profile_hash"],
                          datasetVersions: row["dataset_versions"], engineVersion: row["engine_version"],
                          assessedAt: Self.timestamp(row["assessed_at"]))
    }

    public func listCases(_ q: CaseQuery) throws(RegisterError) -> CasePage {
        try RegisterLimits.check(limit: q.limit, offset: q.offset)
        var conditions: [String] = []
        var args: [(any DatabaseValueConvertible)?] = []
        if let s = q.status { conditions.append("c.status = ?"); args.append(s.rawValue) }
        if let p = q.profileID { conditions.append("c.profile_id = ?"); args.append(p) }
        if let r = q.clientReference { conditions.append("c.client_ref = ?"); args.append(r) }
        let whereSQL = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let filters = StatementArguments(args)
        return try read { db in
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM cases c \(whereSQL)", arguments: filters) ?? 0
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(Self.caseColumns)
                FROM cases c JOIN case_versions v ON v.case_id = c.id AND v.version = c.current_version
                \(whereSQL) ORDER BY c.id LIMIT ? OFFSET ?
                """, arguments: filters + [q.limit, q.offset])
            return CasePage(cases: rows.map(Self.summary), total: total)
        }
    }

    public func history(_ id: CaseID) throws(RegisterError) -> [CaseVersion] {
        let rows = try read { db in
            try Row.fetchAll(db, sql: """
                SELECT case_id, version, facts, created_at, created_by, profile_hash, route
                FROM case_versions WHERE case_id = ? ORDER BY version
                """, arguments: [id])
        }
        if rows.isEmpty { throw .caseNotFound(id) }
        return rows.map { r in
            CaseVersion(caseID: r["case_id"], version: r["version"], facts: Array((r["facts"] as String).utf8),
                        createdAt: Self.timestamp(r["created_at"]), createdBy: r["created_by"],
                        profileHash: r["profile_hash"], route: r["route"])
        }
    }

    public func audit(_ id: CaseID?) throws(RegisterError) -> [AuditEntry] {
        if let id { _ = try getCase(id) }
        let rows = try read { db in
            if let id {
                return try Row.fetchAll(db, sql: "SELECT * FROM audit_log WHERE case_id = ? ORDER BY id", arguments: [id])
            }
            return try Row.fetchAll(db, sql: "SELECT * FROM audit_log ORDER BY id")
        }
        return rows.map { r in
            AuditEntry(id: r["id"], at: Self.timestamp(r["at"]), actor: r["actor"], caseID: r["case_id"],
                       action: AuditAction(rawValue: r["action"]) ?? .updated, subject: r["subject"], detail: r["detail"],
                       before: r["before_value"], after: r["after_value"])
        }
    }

    // MARK: deadlines and reassessment

    public func dueDeadlines(within days: Int, asOf: CalendarDate) throws(RegisterError) -> [DueDeadline] {
        if days < 0 { throw .negativeValue(field: "within", value: days) }
        let rows = try read { db in
            try Row.fetchAll(db, sql: """
                SELECT c.id, c.facts_id, c.client_ref, c.profile_id, d.deadline_id, d.kind, d.day, d.projected, d.ref, d.actor, d.label_en, d.label_nl
                FROM deadlines d
                JOIN cases c ON c.id = d.case_id AND c.current_version = d.version
                WHERE c.status = 'open' AND d.actual_on IS NULL AND d.day <= ?
                ORDER BY d.day, c.id, d.position
                """, arguments: [asOf.dayNumber + days])
        }
        return rows.map { r in
            let date = CalendarDate(dayNumber: r["day"])
            return DueDeadline(caseID: r["id"], factsID: r["facts_id"], clientReference: r["client_ref"], profileID: r["profile_id"],
                               deadlineID: r["deadline_id"], kind: DeadlineKind(rawValue: r["kind"]) ?? .timeline, date: date,
                               projected: r["projected"], ref: r["ref"], actor: r["actor"],
                               label: LocalizedText(en: r["label_en"], nl: r["label_nl"]), daysLeft: asOf.days(until: date))
        }
    }

    public func staleAssessments() throws(RegisterError) -> [StaleAssessment] {
        // Current when the (profile, hash) pair is one the engine has now and the datasets match.
        let profiles = assessing.engine.profiles.values.sorted { $0.id < $1.id }
        let current = profiles.map { _ in "(c.profile_id = ? AND v.profile_hash = ?)" }.joined(separator: " OR ")
        var args: [(any DatabaseValueConvertible)?] = []
        for p in profiles { args += [p.id, p.hash] }
        args.append(assessing.datasetVersions)
        let rows = try read { db in
            try Row.fetchAll(db, sql: """
                SELECT c.id, c.profile_id, v.profile_hash, v.dataset_versions
                FROM cases c JOIN case_versions v ON v.case_id = c.id AND v.version = c.current_version
                WHERE c.status = 'open' AND (NOT (\(current.isEmpty ? "0" : current)) OR v.dataset_versions <> ?)
                ORDER BY c.id
                """, arguments: StatementArguments(args))
        }
        return rows.map { r in
            StaleAssessment(caseID: r["id"], profileID: r["profile_id"], storedProfileHash: r["profile_hash"],
                            currentProfileHash: assessing.profileHash(r["profile_id"]),
                            storedDatasets: r["dataset_versions"], currentDatasets: assessing.datasetVersions)
        }
    }

    public func reassess(actor: String) throws(RegisterError) -> [Reassessment] {
        try RegisterLimits.check(name: actor, field: "actor")
        var done: [Reassessment] = []
        for s in try staleAssessments() where s.currentProfileHash != nil {
            let record = try getCase(s.caseID)
            let a = try assessing.assess(record.facts, profileID: s.profileID)
            let now = clock().iso
            let r = Reassessment(s, record, a)
            let stored: Bool = try write { db in
                // A version added since the case was read was assessed by the current engine
                // already: then there is nothing to redo (the PostgreSQL store checks the same).
                guard try Int.fetchOne(db, sql: "SELECT current_version FROM cases WHERE id = ?", arguments: [s.caseID]) == record.version else { return false }
                try db.execute(sql: "DELETE FROM deadlines WHERE case_id = ? AND version = ?", arguments: [s.caseID, record.version])
                try db.execute(sql: """
                    UPDATE case_versions SET assessment = ?, profile_hash = ?, dataset_versions = ?, engine_version = ?, route = ?, assessed_at = ?
                    WHERE case_id = ? AND version = ?
                    """, arguments: [Self.text(a.assessment), a.profileHash, a.datasetVersions, a.engineVersion, a.route, now, s.caseID, record.version])
                try Self.insertDeadlines(db, s.caseID, record.version, a.deadlines)
                try db.execute(sql: "UPDATE cases SET updated_at = ? WHERE id = ?", arguments: [now, s.caseID])
                try Self.appendAudit(db, at: now, actor: actor, caseID: s.caseID, .reassessed(version: record.version, r))
                return true
            }
            if stored { done.append(r) }
        }
        return done
    }

    // MARK: tokens

    public func createToken(name: String, role: Role, actor: String) throws(RegisterError) -> IssuedToken {
        let name = name.trimmingCharacters(in: .whitespaces)
        try RegisterLimits.check(name: name, field: "name")
        try RegisterLimits.check(name: actor, field: "actor")
        let token = TokenSecret.generate()
        let now = clock()
        try write { db in
            if try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM tokens WHERE name = ? AND revoked_at IS NULL", arguments: [name]) ?? 0 > 0 {
                throw RegisterError.tokenNameTaken(name)
            }
            try db.execute(sql: "INSERT INTO tokens (name, role, token_hash, created_at, created_by) VALUES (?, ?, ?, ?, ?)",
                           arguments: [name, role.rawValue, TokenSecret.hash(token), now.iso, actor])
            try Self.appendAudit(db, at: now.iso, actor: actor, caseID: nil, .tokenCreated(name: name, role: role))
        }
        return IssuedToken(token: token, info: TokenInfo(name: name, role: role, createdAt: now, createdBy: actor, revokedAt: nil))
    }

    public func verifyToken(_ token: String) throws(RegisterError) -> TokenIdentity? {
        let row = try read { db in
            try Row.fetchOne(db, sql: "SELECT name, role FROM tokens WHERE token_hash = ? AND revoked_at IS NULL",
                             arguments: [TokenSecret.hash(token)])
        }
        guard let row, let role = Role(rawValue: row["role"]) else { return nil }
        return TokenIdentity(name: row["name"], role: role)
    }

    public func revokeToken(name: String, actor: String) throws(RegisterError) {
        try RegisterLimits.check(name: actor, field: "actor")
        let now = clock().iso
        try write { db in
            try db.execute(sql: "UPDATE tokens SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL", arguments: [now, name])
            if db.changesCount == 0 { throw RegisterError.tokenNotFound(name) }
            try Self.appendAudit(db, at: now, actor: actor, caseID: nil, .tokenRevoked(name: name))
        }
    }

    public func listTokens() throws(RegisterError) -> [TokenInfo] {
        let rows = try read { db in try Row.fetchAll(db, sql: "SELECT name, role, created_at, created_by, revoked_at FROM tokens ORDER BY name, id") }
        return rows.map { r in
            TokenInfo(name: r["name"], role: Role(rawValue: r["role"]) ?? .reader, createdAt: Self.timestamp(r["created_at"]),
                      createdBy: r["created_by"], revokedAt: (r["revoked_at"] as String?).flatMap(Timestamp.init(iso:)))
        }
    }

    // MARK: helpers

    private static func insertVersion(_ db: Database, _ id: CaseID, _ version: Int, _ a: AssessedFacts, actor: String, at now: String) throws {
        try db.execute(sql: """
            INSERT INTO case_versions (case_id, version, facts, created_at, created_by, assessment, profile_hash, dataset_versions, engine_version, route, assessed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [id, version, text(a.facts), now, actor, text(a.assessment), a.profileHash, a.datasetVersions, a.engineVersion, a.route, now])
        try insertDeadlines(db, id, version, a.deadlines)
    }

    private static func insertDeadlines(_ db: Database, _ id: CaseID, _ version: Int, _ rows: [DeadlineRow]) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO deadlines (case_id, version, position, deadline_id, kind, day, date, projected, ref, actor, label_en, label_nl, actual_on)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for d in rows {
            try statement.execute(arguments: [id, version, d.position, d.id, d.kind.rawValue, d.date.dayNumber, d.date.iso, d.projected,
                                              d.ref, d.actor, d.label.en, d.label.nl, d.actualOn?.iso])
        }
    }

    static func appendAudit(_ db: Database, at: String, actor: String, caseID: CaseID?, _ e: AuditDraft) throws {
        try db.execute(sql: """
            INSERT INTO audit_log (at, actor, case_id, action, subject, detail, before_value, after_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [at, actor, caseID, e.action.rawValue, e.subject, e.detail, e.before, e.after])
    }

    private static func summary(_ r: Row) -> CaseSummary {
        CaseSummary(id: r["id"], factsID: r["facts_id"], clientReference: r["client_ref"], profileID: r["profile_id"],
                    status: CaseStatus(rawValue: r["status"]) ?? .open, version: r["current_version"], route: r["route"],
                    createdAt: timestamp(r["created_at"]), updatedAt: timestamp(r["updated_at"]))
    }

    private static func timestamp(_ s: String) -> Timestamp { Timestamp(iso: s) ?? Timestamp(seconds: 0) }
    static func text(_ bytes: [UInt8]) -> String { AuditDraft.text(bytes) }

    private func read<T>(_ body: (Database) throws -> T) throws(RegisterError) -> T {
        do { return try pool.read(body) } catch { throw Self.map(error) }
    }

    func write<T>(_ body: (Database) throws -> T) throws(RegisterError) -> T {
        do { return try pool.write(body) } catch { throw Self.map(error) }
    }

    static func map(_ error: any Error) -> RegisterError {
        if let e = error as? RegisterError { return e }
        if let e = error as? DatabaseError { return .database(e.message ?? e.description) }
        return .database("\(error)")
    }
}
