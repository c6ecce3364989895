/// What an audit entry records. Raw values are what the database and JSON hold.
public enum AuditAction: String, Sendable, CaseIterable {
    case created, updated, closed, reopened, reassessed
    case tokenCreated = "token-created"
    case tokenRevoked = "token-revoked"
}

/// One line of the append-only audit log: who did what, when, and the value before and after, so
/// a monitoring body can reconstruct every change without trusting the current state.
public struct AuditEntry: Sendable, Equatable {
    public let id: Int64
    public let at: Timestamp
    public let actor: String
    /// Nil for entries about tokens.
    public let caseID: CaseID?
    public let action: AuditAction
    /// The token's name, for entries about tokens.
    public let subject: String?
    /// What changed, in short, in English for the log's readers (changed fact paths, a route
    /// change, a token's name and role); `AuditWords` says it in either language.
    public let detail: String
    public let before: String?
    public let after: String?
}
