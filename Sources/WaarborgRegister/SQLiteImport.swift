import GRDB

extension SQLiteCaseStore {
    public func importCases(_ cases: [ImportedCase], actor: String) throws(RegisterError) -> [CaseID] {
        try RegisterLimits.check(name: actor, field: "actor")
        if cases.count > RegisterLimits.maxImportLines { throw .importTooLarge(lines: cases.count, bytes: 0) }
        // Every case is checked and assessed before the transaction starts, so a bad line at the
        // end of a long file costs no write lock, and the writer holds the lock only to insert.
        var assessed: [(ImportedCase, AssessedFacts)] = []
        for c in cases {
            do throws(RegisterError) {
                try RegisterLimits.check(clientReference: c.new.clientReference)
                assessed.append((c, try assessing.assess(c.new.facts, profileID: c.new.profileID)))
            } catch {
                switch error {
                case .invalidFacts(let e): throw .importFacts(line: c.line, e)
                case .factsTooLarge: throw .importLine(line: c.line, field: "$.facts", reason: .init(en: error.message(.en), nl: error.message(.nl)))
                case .unknownProfile: throw .importLine(line: c.line, field: "$.profile", reason: .init(en: error.message(.en), nl: error.message(.nl)))
                case .clientReferenceTooLong: throw .importLine(line: c.line, field: "$.reference", reason: .init(en: error.message(.en), nl: error.message(.nl)))
                default: throw error
                }
            }
        }
        let now = clock().iso
        return try write { db in
            var ids: [CaseID] = []
            for (c, a) in assessed {
                let id = try Self.insertCase(db, c.new, a, actor: actor, at: now,
                                             detail: "version 1, profile \(c.new.profileID), imported (line \(c.line))")
                if c.status == .closed {
                    try db.execute(sql: "UPDATE cases SET status = 'closed' WHERE id = ?", arguments: [id])
                    try Self.appendAudit(db, at: now, actor: actor, caseID: id, .closed, detail: "status open → closed (imported closed)",
                                         before: CaseStatus.open.rawValue, after: CaseStatus.closed.rawValue)
                }
                ids.append(id)
            }
            return ids
        }
    }
}
