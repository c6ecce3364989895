import Foundation
import LegalCalendar
import PostgresNIO
import WaarborgRules

/// The register on a PostgreSQL server, for a team: several servers and CLIs share one database.
/// The same tables and queries as `SQLiteCaseStore`; what SQLite gets from its single writer is
/// asked of PostgreSQL explicitly: each write is one transaction, and a write that reads before it
/// writes locks the case's row first (`FOR UPDATE`), so two updates of one case take turns.
public final class PostgresCaseStore: CaseStore {
    let handle: PostgresHandle
    public let assessing: CaseAssessing
    let clock: @Sendable () -> Timestamp

    /// Connects, and brings the schema up to date (in one transaction, under an advisory lock, so
    /// two servers starting at once migrate once). `clock` is the time written into versions and
    /// the audit log; tests fix it.
    public init(location: PostgresLocation, engine: Engine, clock: @escaping @Sendable () -> Timestamp = { .now() }) throws(RegisterError) {
        handle = try PostgresHandle(location)
        assessing = CaseAssessing(engine: engine)
        self.clock = clock
        let now = clock().iso
        _ = try handle.transaction { c in try await PostgresMigrations.migrate(c, at: now) }
    }

    /// Closes the pool's connections now rather than when the store is released.
    public func close() { handle.close() }

    /// The migrations this database has had, in order (for `docs/register.md` and the tests).
    public func appliedMigrations() throws(RegisterError) -> [String] {
        try handle.run { client in try await client.withConnection { c in try await PostgresMigrations.applied(c) } }
    }

    /// Runs raw SQL: for tests that check what the database itself refuses.
    func execute(_ sql: String) throws(RegisterError) { try handle.execute(sql) }

    /// The first column of a raw query, as text: for tests that look at what is really stored.
    func column(_ sql: String) throws(RegisterError) -> [String?] {
        try handle.run { client in
            var out: [String?] = []
            for try await row in try await client.query(PostgresQuery(unsafeSQL: sql)) { out.append(try row.makeRandomAccess()[0].decode(String?.self)) }
            return out
        }
    }

    // MARK: cases

    public func createCase(_ new: NewCase, actor: String) throws(RegisterError) -> CaseRecord {
        try RegisterLimits.check(clientReference: new.clientReference)
        try RegisterLimits.check(name: actor, field: "actor")
        let a = try assessing.assess(new.facts, profileID: new.profileID)
        let now = clock().iso
        let id: CaseID = try handle.transaction { c in
            let rows = try await c.query("""
                INSERT INTO cases (facts_id, client_ref, profile_id, status, current_version, created_at, updated_at)
                VALUES (\(a.factsID), \(new.clientReference), \(new.profileID), 'open', 1, \(now), \(now)) RETURNING id
                """, logger: PostgresHandle.quiet)
            guard let id = try await rows.decode(Int64.self).first(where: { _ in true }) else {
                throw RegisterError.database("the new case was given no number")
            }
            try await Self.insertVersion(c, id, 1, a, actor: actor, at: now)
            try await Self.appendAudit(c, at: now, actor: actor, caseID: id, .created(profileID: new.profileID, facts: new.facts))
            return id
        }
        return try getCase(id)
    }

    public func updateFacts(_ id: CaseID, facts: [UInt8], actor: String) throws(RegisterError) -> CaseRecord {
        try RegisterLimits.check(name: actor, field: "actor")
        let profileID = try getCase(id).summary.profileID
        let a = try assessing.assess(facts, profileID: profileID)
        let now = clock().iso
        try handle.transaction { c in
            // The case's row is locked before its version is read, so a concurrent update waits and
            // can neither reuse the number nor be missing from this entry's "before".
            // Locked alone, then joined: a join locked with FOR UPDATE would be re-checked against
            // the old version's row after a concurrent update and find nothing.
            let locked = try await c.query("SELECT status, current_version FROM cases WHERE id = \(id) FOR UPDATE", logger: PostgresHandle.quiet)
            guard let (status, v) = try await locked.decode((String, Int).self).first(where: { _ in true }) else {
                throw RegisterError.caseNotFound(id)
            }
            let current = try await c.query("SELECT facts FROM case_versions WHERE case_id = \(id) AND version = \(v)", logger: PostgresHandle.quiet)
            guard let storedFacts = try await current.decode(String.self).first(where: { _ in true }) else { throw RegisterError.caseNotFound(id) }
            let before = Array(storedFacts.utf8)
            if status == CaseStatus.closed.rawValue { throw RegisterError.caseClosed(id) }
            if before == facts { throw RegisterError.factsUnchanged(id, version: v) }
            try await Self.insertVersion(c, id, v + 1, a, actor: actor, at: now)
            try await c.query("UPDATE cases SET current_version = \(v + 1), facts_id = \(a.factsID), updated_at = \(now) WHERE id = \(id)",
                              logger: PostgresHandle.quiet)
            try await Self.appendAudit(c, at: now, actor: actor, caseID: id, .updated(version: v + 1, before: before, after: facts))
        }
        return try getCase(id)
    }

    public func setStatus(_ id: CaseID, _ status: CaseStatus, actor: String) throws(RegisterError) -> CaseRecord {
        try RegisterLimits.check(name: actor, field: "actor")
        let now = clock().iso
        try handle.transaction { c in
            let rows = try await c.query("SELECT status FROM cases WHERE id = \(id) FOR UPDATE", logger: PostgresHandle.quiet)
            guard let old = try await rows.decode(String.self).first(where: { _ in true }) else { throw RegisterError.caseNotFound(id) }
            if old == status.rawValue { throw RegisterError.alreadyInStatus(id, status) }
            try await c.query("UPDATE cases SET status = \(status.rawValue), updated_at = \(now) WHERE id = \(id)", logger: PostgresHandle.quiet)
            try await Self.appendAudit(c, at: now, actor: actor, caseID: id, .status(from: old, to: status))
        }
        return try getCase(id)
    }

    public func getCase(_ id: CaseID) throws(RegisterError) -> CaseRecord {
        let record: CaseRecord? = try handle.run { client in
            let rows = try await client.query("""
                SELECT c.id, c.facts_id, c.client_ref, c.profile_id, c.status, c.current_version, c.created_at, c.updated_at, v.route,
                       v.facts, v.assessment, v.profile_hash, v.dataset_versions, v.engine_version, v.assessed_at
                FROM cases c JOIN case_versions v ON v.case_id = c.id AND v.version = c.current_version
                WHERE c.id = \(id)
                """)
            for try await row in rows {
                let r = row.makeRandomAccess()
                return CaseRecord(summary: try Self.summary(r), facts: Array(try r.text("facts").utf8),
                                  assessment: Array(try r.text("assessment").utf8), profileHash: try r.text("profile_hash"),
                                  datasetVersions: try r.text("dataset_versions"), engineVersion: try r.text("engine_version"),
                                  assessedAt: Self.timestamp(try r.text("assessed_at")))
            }
            return nil
        }
        guard let record else { throw .caseNotFound(id) }
        return record
    }

    public func listCases(_ q: CaseQuery) throws(RegisterError) -> CasePage {
        try RegisterLimits.check(limit: q.limit, offset: q.offset)
        // The conditions are fixed text; only their values vary, and those are bound.
        var conditions: [String] = []
        var binds = PostgresBindings()
        if let s = q.status { binds.append(s.rawValue); conditions.append("c.status = $\(binds.count)") }
        if let p = q.profileID { binds.append(p); conditions.append("c.profile_id = $\(binds.count)") }
        if let r = q.clientReference { binds.append(r); conditions.append("c.client_ref = $\(binds.count)") }
        let whereSQL = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let countQuery = PostgresQuery(unsafeSQL: "SELECT COUNT(*) FROM cases c \(whereSQL)", binds: binds)
        var pageBinds = binds
        pageBinds.append(q.limit)
        pageBinds.append(q.offset)
        let pageQuery = PostgresQuery(unsafeSQL: """
            SELECT c.id, c.facts_id, c.client_ref, c.profile_id, c.status, c.current_version, c.created_at, c.updated_at, v.route
            FROM cases c JOIN case_versions v ON v.case_id = c.id AND v.version = c.current_version
            \(whereSQL) ORDER BY c.id LIMIT $\(binds.count + 1) OFFSET $\(binds.count + 2)
            """, binds: pageBinds)
        // One connection and one snapshot for both, so the total matches the page.
        return try handle.transaction { c in
            var total = 0
            for try await n in try await c.query(countQuery, logger: PostgresHandle.quiet).decode(Int.self) { total = n }
            var cases: [CaseSummary] = []
            for try await row in try await c.query(pageQuery, logger: PostgresHandle.quiet) {
                cases.append(try Self.summary(row.makeRandomAccess()))
            }
            return CasePage(cases: cases, total: total)
        }
    }

    public func history(_ id: CaseID) throws(RegisterError) -> [CaseVersion] {
        let versions = try handle.run { client in
            var out: [CaseVersion] = []
            let rows = try await client.query("""
                SELECT case_id, version, facts, created_at, created_by, profile_hash, route
                FROM case_versions WHERE case_id = \(id) ORDER BY version
                """)
            for try await (caseID, version, facts, createdAt, createdBy, profileHash, route)
                in rows.decode((Int64, Int, String, String, String, String, String).self) {
                out.append(CaseVersion(caseID: caseID, version: version, facts: Array(facts.utf8), createdAt: Self.timestamp(createdAt),
                                       createdBy: createdBy, profileHash: profileHash, route: route))
            }
            return out
        }
        if versions.isEmpty { throw .caseNotFound(id) }
        return versions
    }

    public func audit(_ id: CaseID?) throws(RegisterError) -> [AuditEntry] {
        if let id { _ = try getCase(id) }
        return try handle.run { client in
            let columns = "id, at, actor, case_id, action, subject, detail, before_value, after_value"
            let rows = if let id {
                try await client.query("SELECT \(unescaped: columns) FROM audit_log WHERE case_id = \(id) ORDER BY id")
            } else {
                try await client.query("SELECT \(unescaped: columns) FROM audit_log ORDER BY id")
            }
            var out: [AuditEntry] = []
            for try await (entryID, at, actor, caseID, action, subject, detail, before, after)
                in rows.decode((Int64, String, String, Int64?, String, String?, String, String?, String?).self) {
                out.append(AuditEntry(id: entryID, at: Self.timestamp(at), actor: actor, caseID: caseID,
                                      action: AuditAction(rawValue: action) ?? .updated, subject: subject, detail: detail,
                                      before: before, after: after))
            }
            return out
        }
    }

    // MARK: deadlines and reassessment

    public func dueDeadlines(within days: Int, asOf: CalendarDate) throws(RegisterError) -> [DueDeadline] {
        if days < 0 { throw .negativeValue(field: "within", value: days) }
        let lastDay = asOf.dayNumber + days
        return try handle.run { client in
            let rows = try await client.query("""
                SELECT c.id, c.facts_id, c.client_ref, c.profile_id, d.deadline_id, d.kind, d.day, d.projected, d.ref, d.actor, d.label_en, d.label_nl
                FROM deadlines d
                JOIN cases c ON c.id = d.case_id AND c.current_version = d.version
                WHERE c.status = 'open' AND d.actual_on IS NULL AND d.day <= \(lastDay)
                ORDER BY d.day, c.id, d.position
                """)
            var out: [DueDeadline] = []
            for try await row in rows {
                let r = row.makeRandomAccess()
                let date = CalendarDate(dayNumber: try r["day"].decode(Int.self))
                out.append(DueDeadline(caseID: try r["id"].decode(Int64.self), factsID: try r.text("facts_id"),
                                       clientReference: try r["client_ref"].decode(String?.self), profileID: try r.text("profile_id"),
                                       deadlineID: try r.text("deadline_id"), kind: DeadlineKind(rawValue: try r.text("kind")) ?? .timeline,
                                       date: date, projected: try r["projected"].decode(Bool.self), ref: try r.text("ref"),
                                       actor: try r.text("actor"), label: LocalizedText(en: try r.text("label_en"), nl: try r.text("label_nl")),
                                       daysLeft: asOf.days(until: date)))
            }
            return out
        }
    }

    public func staleAssessments() throws(RegisterError) -> [StaleAssessment] {
        // Current when the (profile, hash) pair is one the engine has now and the datasets match.
        var binds = PostgresBindings()
        var current: [String] = []
        for p in assessing.engine.profiles.values.sorted(by: { $0.id < $1.id }) {
            binds.append(p.id)
            binds.append(p.hash)
            current.append("(c.profile_id = $\(binds.count - 1) AND v.profile_hash = $\(binds.count))")
        }
        binds.append(assessing.datasetVersions)
        let query = PostgresQuery(unsafeSQL: """
            SELECT c.id, c.profile_id, v.profile_hash, v.dataset_versions
            FROM cases c JOIN case_versions v ON v.case_id = c.id AND v.version = c.current_version
            WHERE c.status = 'open' AND (NOT (\(current.isEmpty ? "FALSE" : current.joined(separator: " OR "))) OR v.dataset_versions <> $\(binds.count))
            ORDER BY c.id
            """, binds: binds)
        let assessing = assessing
        return try handle.run { client in
            var out: [StaleAssessment] = []
            for try await (id, profileID, hash, datasets) in try await client.query(query).decode((Int64, String, String, String).self) {
                out.append(StaleAssessment(caseID: id, profileID: profileID, storedProfileHash: hash,
                                           currentProfileHash: assessing.profileHash(profileID),
                                           storedDatasets: datasets, currentDatasets: assessing.datasetVersions))
            }
            return out
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
            let stored = try handle.transaction { c in
                // A version added since the case was read was assessed by the current engine
                // already: then there is nothing to redo.
                let rows = try await c.query("SELECT current_version FROM cases WHERE id = \(s.caseID) FOR UPDATE", logger: PostgresHandle.quiet)
                guard try await rows.decode(Int.self).first(where: { _ in true }) == record.version else { return false }
                try await c.query("DELETE FROM deadlines WHERE case_id = \(s.caseID) AND version = \(record.version)", logger: PostgresHandle.quiet)
                try await c.query("""
                    UPDATE case_versions SET assessment = \(AuditDraft.text(a.assessment)), profile_hash = \(a.profileHash),
                        dataset_versions = \(a.datasetVersions), engine_version = \(a.engineVersion), route = \(a.route), assessed_at = \(now)
                    WHERE case_id = \(s.caseID) AND version = \(record.version)
                    """, logger: PostgresHandle.quiet)
                try await Self.insertDeadlines(c, s.caseID, record.version, a.deadlines)
                try await c.query("UPDATE cases SET updated_at = \(now) WHERE id = \(s.caseID)", logger: PostgresHandle.quiet)
                try await Self.appendAudit(c, at: now, actor: actor, caseID: s.caseID, .reassessed(version: record.version, r))
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
        let hash = TokenSecret.hash(token)
        let now = clock()
        do {
            try handle.transaction { c in
                let taken = try await c.query("SELECT COUNT(*) FROM tokens WHERE name = \(name) AND revoked_at IS NULL", logger: PostgresHandle.quiet)
                if try await taken.decode(Int.self).first(where: { _ in true }) ?? 0 > 0 { throw RegisterError.tokenNameTaken(name) }
                try await c.query("""
                    INSERT INTO tokens (name, role, token_hash, created_at, created_by) VALUES (\(name), \(role.rawValue), \(hash), \(now.iso), \(actor))
                    """, logger: PostgresHandle.quiet)
                try await Self.appendAudit(c, at: now.iso, actor: actor, caseID: nil, .tokenCreated(name: name, role: role))
            }
        } catch .database(let m) where m.contains("tokens_valid_name") {
            // A concurrent writer took the name between the check and the insert; the unique
            // index refused the second one.
            throw .tokenNameTaken(name)
        }
        return IssuedToken(token: token, info: TokenInfo(name: name, role: role, createdAt: now, createdBy: actor, revokedAt: nil))
    }

    public func verifyToken(_ token: String) throws(RegisterError) -> TokenIdentity? {
        let hash = TokenSecret.hash(token)
        return try handle.run { client in
            let rows = try await client.query("SELECT name, role FROM tokens WHERE token_hash = \(hash) AND revoked_at IS NULL")
            for try await (name, role) in rows.decode((String, String).self) {
                guard let role = Role(rawValue: role) else { return nil }
                return TokenIdentity(name: name, role: role)
            }
            return nil
        }
    }

    public func revokeToken(name: String, actor: String) throws(RegisterError) {
        try RegisterLimits.check(name: actor, field: "actor")
        let now = clock().iso
        try handle.transaction { c in
            let rows = try await c.query("UPDATE tokens SET revoked_at = \(now) WHERE name = \(name) AND revoked_at IS NULL RETURNING id",
                                         logger: PostgresHandle.quiet)
            if try await rows.collect().isEmpty { throw RegisterError.tokenNotFound(name) }
            try await Self.appendAudit(c, at: now, actor: actor, caseID: nil, .tokenRevoked(name: name))
        }
    }

    public func listTokens() throws(RegisterError) -> [TokenInfo] {
        try handle.run { client in
            var out: [TokenInfo] = []
            let rows = try await client.query("SELECT name, role, created_at, created_by, revoked_at FROM tokens ORDER BY name, id")
            for try await (name, role, createdAt, createdBy, revokedAt) in rows.decode((String, String, String, String, String?).self) {
                out.append(TokenInfo(name: name, role: Role(rawValue: role) ?? .reader, createdAt: Self.timestamp(createdAt),
                                     createdBy: createdBy, revokedAt: revokedAt.flatMap(Timestamp.init(iso:))))
            }
            return out
        }
    }

    // MARK: helpers

    static func insertVersion(_ c: PostgresConnection, _ id: CaseID, _ version: Int, _ a: AssessedFacts, actor: String, at now: String) async throws {
        try await c.query("""
            INSERT INTO case_versions (case_id, version, facts, created_at, created_by, assessment, profile_hash, dataset_versions, engine_version, route, assessed_at)
            VALUES (\(id), \(version), \(AuditDraft.text(a.facts)), \(now), \(actor), \(AuditDraft.text(a.assessment)), \(a.profileHash),
                    \(a.datasetVersions), \(a.engineVersion), \(a.route), \(now))
            """, logger: quiet)
        try await insertDeadlines(c, id, version, a.deadlines)
    }

    private static func insertDeadlines(_ c: PostgresConnection, _ id: CaseID, _ version: Int, _ rows: [DeadlineRow]) async throws {
        for d in rows {
            try await c.query("""
                INSERT INTO deadlines (case_id, version, position, deadline_id, kind, day, date, projected, ref, actor, label_en, label_nl, actual_on)
                VALUES (\(id), \(version), \(d.position), \(d.id), \(d.kind.rawValue), \(d.date.dayNumber), \(d.date.iso), \(d.projected),
                        \(d.ref), \(d.actor), \(d.label.en), \(d.label.nl), \(d.actualOn?.iso))
                """, logger: quiet)
        }
    }

    static func appendAudit(_ c: PostgresConnection, at: String, actor: String, caseID: CaseID?, _ e: AuditDraft) async throws {
        try await c.query("""
            INSERT INTO audit_log (at, actor, case_id, action, subject, detail, before_value, after_value)
            VALUES (\(at), \(actor), \(caseID), \(e.action.rawValue), \(e.subject), \(e.detail), \(e.before), \(e.after))
            """, logger: quiet)
    }

    private static func summary(_ r: PostgresRandomAccessRow) throws -> CaseSummary {
        CaseSummary(id: try r["id"].decode(Int64.self), factsID: try r.text("facts_id"), clientReference: try r["client_ref"].decode(String?.self),
                    profileID: try r.text("profile_id"), status: CaseStatus(rawValue: try r.text("status")) ?? .open,
                    version: try r["current_version"].decode(Int.self), route: try r.text("route"),
                    createdAt: timestamp(try r.text("created_at")), updatedAt: timestamp(try r.text("updated_at")))
    }

    private static func timestamp(_ s: String) -> Timestamp { Timestamp(iso: s) ?? Timestamp(seconds: 0) }
    private static var quiet: Logger { PostgresHandle.quiet }
}

private extension PostgresRandomAccessRow {
    func text(_ column: String) throws -> String { try self[column].decode(String.self) }
}
