import GRDB

extension SQLiteCaseStore {
    public func importCases(_ cases: [ImportedCase], actor: String) throws(RegisterError) -> [CaseID] {
        try RegisterLimits.check(name: actor, field: "actor")
        let assessed = try ImportedCase.assessAll(cases, with: assessing)
        let now = clock().iso
        return try write { db in
            var ids: [CaseID] = []
            for (c, a) in assessed {
                let id = try Self.insertCase(db, c.new, a, actor: actor, at: now, .imported(profileID: c.new.profileID, facts: c.new.facts, line: c.line))
                if c.status == .closed {
                    try db.execute(sql: "UPDATE cases SET status = 'closed' WHERE id = ?", arguments: [id])
                    try Self.appendAudit(db, at: now, actor: actor, caseID: id, .importedClosed)
                }
                ids.append(id)
            }
            return ids
        }
    }
}
