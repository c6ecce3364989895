/// An audit entry before it is stored, worded once for every store, so that the log of a
/// PostgreSQL register reads exactly like that of an SQLite file and `RegisterWords` can read both.
struct AuditDraft: Sendable, Equatable {
    let action: AuditAction
    let subject: String?
    let detail: String
    let before: String?
    let after: String?

    static func created(profileID: String, facts: [UInt8]) -> AuditDraft {
        AuditDraft(action: .created, subject: nil, detail: "version 1, profile \(profileID)", before: nil, after: text(facts))
    }

    static func imported(profileID: String, facts: [UInt8], line: Int) -> AuditDraft {
        AuditDraft(action: .created, subject: nil, detail: "version 1, profile \(profileID), imported (line \(line))", before: nil, after: text(facts))
    }

    static let importedClosed = AuditDraft(action: .closed, subject: nil, detail: "status open → closed (imported closed)",
                                           before: CaseStatus.open.rawValue, after: CaseStatus.closed.rawValue)

    /// `version` is the new one; the detail names the changed fact paths.
    static func updated(version: Int, before: [UInt8], after: [UInt8]) -> AuditDraft {
        let changed = FactsDiff.changedPaths(before, after)
        return AuditDraft(action: .updated, subject: nil,
                          detail: "version \(version); changed: " + (changed.isEmpty ? "formatting only" : changed.joined(separator: ", ")),
                          before: text(before), after: text(after))
    }

    static func status(from old: String, to new: CaseStatus) -> AuditDraft {
        AuditDraft(action: new == .closed ? .closed : .reopened, subject: nil, detail: "status \(old) → \(new.rawValue)",
                   before: old, after: new.rawValue)
    }

    static func reassessed(version: Int, _ r: Reassessment) -> AuditDraft {
        AuditDraft(action: .reassessed, subject: nil,
                   detail: "version \(version) reassessed: profile or datasets changed; route "
                       + (r.oldRoute == r.newRoute ? "unchanged (\(r.newRoute))" : "\(r.oldRoute) → \(r.newRoute)"),
                   before: Receipt(profileHash: r.oldProfileHash, datasets: r.oldDatasets, route: r.oldRoute).text,
                   after: Receipt(profileHash: r.newProfileHash, datasets: r.newDatasets, route: r.newRoute).text)
    }

    static func tokenCreated(name: String, role: Role) -> AuditDraft {
        AuditDraft(action: .tokenCreated, subject: name, detail: "token \(name), role \(role.rawValue)", before: nil, after: role.rawValue)
    }

    static func tokenRevoked(name: String) -> AuditDraft {
        AuditDraft(action: .tokenRevoked, subject: name, detail: "token \(name) revoked", before: "valid", after: "revoked")
    }

    /// Facts as the stores keep them: the bytes as UTF-8 text (the decoder has checked they are).
    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
}
