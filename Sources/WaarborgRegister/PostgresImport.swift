import PostgresNIO

extension PostgresCaseStore {
    /// The same all-or-nothing import as the SQLite store: every line is assessed first, then all
    /// cases go in one transaction, so a failure halfway leaves the register as it was.
    public func importCases(_ cases: [ImportedCase], actor: String) throws(RegisterError) -> [CaseID] {
        try RegisterLimits.check(name: actor, field: "actor")
        let assessed = try ImportedCase.assessAll(cases, with: assessing)
        let now = clock().iso
        return try handle.transaction { c in
            var ids: [CaseID] = []
            ids.reserveCapacity(assessed.count)
            for (item, a) in assessed {
                let status = item.status == .closed ? "closed" : "open"
                let rows = try await c.query("""
                    INSERT INTO cases (facts_id, client_ref, profile_id, status, current_version, created_at, updated_at)
                    VALUES (\(a.factsID), \(item.new.clientReference), \(item.new.profileID), \(status), 1, \(now), \(now)) RETURNING id
                    """, logger: PostgresHandle.quiet)
                guard let id = try await rows.decode(Int64.self).first(where: { _ in true }) else {
                    throw RegisterError.database("an imported case was given no number")
                }
                try await Self.insertVersion(c, id, 1, a, actor: actor, at: now)
                try await Self.appendAudit(c, at: now, actor: actor, caseID: id,
                                           .imported(profileID: item.new.profileID, facts: item.new.facts, line: item.line))
                if item.status == .closed {
                    try await Self.appendAudit(c, at: now, actor: actor, caseID: id, .importedClosed)
                }
                ids.append(id)
            }
            return ids
        }
    }
}
