import LegalCalendar

/// The case register's storage, one protocol for every database, so the same test suite runs on
/// SQLite and PostgreSQL and the CLI and the server do not know which one they use.
///
/// Synchronous on purpose: the CLI's commands are synchronous, SQLite is a local file, and a
/// PostgreSQL store can wait on its connection inside each call. Every write is one transaction
/// that writes its audit entry too, so the log can never miss a change that was stored.
public protocol CaseStore: Sendable {
    /// Validates the facts (`CaseDecoder`), assesses them under the profile and stores facts,
    /// assessment and deadlines as version 1. A bad case is rejected and nothing is stored.
    func createCase(_ new: NewCase, actor: String) throws(RegisterError) -> CaseRecord
    /// Stores new facts as the next version, reassessed; the audit entry holds both versions.
    func updateFacts(_ id: CaseID, facts: [UInt8], actor: String) throws(RegisterError) -> CaseRecord
    /// Closes or reopens a case; a closed case's deadlines are no longer listed as due.
    func setStatus(_ id: CaseID, _ status: CaseStatus, actor: String) throws(RegisterError) -> CaseRecord
    func getCase(_ id: CaseID) throws(RegisterError) -> CaseRecord
    /// Stores every case of an import, or none (one transaction): each is checked and assessed as
    /// `createCase` does, a bad one refused with its line; a closed one is stored closed.
    func importCases(_ cases: [ImportedCase], actor: String) throws(RegisterError) -> [CaseID]
    func listCases(_ query: CaseQuery) throws(RegisterError) -> CasePage
    /// Every version of the case's facts, oldest first.
    func history(_ id: CaseID) throws(RegisterError) -> [CaseVersion]
    /// The audit entries of one case, or with nil of the whole register, oldest first.
    func audit(_ id: CaseID?) throws(RegisterError) -> [AuditEntry]
    /// Dates of open cases that are not yet done (no actual date in the facts) and fall on or
    /// before `asOf` + `within` days, passed ones included, earliest first.
    func dueDeadlines(within days: Int, asOf: CalendarDate) throws(RegisterError) -> [DueDeadline]
    /// Open cases whose assessment was made with another profile hash or other dataset versions.
    func staleAssessments() throws(RegisterError) -> [StaleAssessment]
    /// Recomputes every stale assessment whose profile the engine still has.
    func reassess(actor: String) throws(RegisterError) -> [Reassessment]

    func createToken(name: String, role: Role, actor: String) throws(RegisterError) -> IssuedToken
    /// The name and role of a valid token; nil for an unknown or revoked one.
    func verifyToken(_ token: String) throws(RegisterError) -> TokenIdentity?
    func revokeToken(name: String, actor: String) throws(RegisterError)
    /// Every token, revoked ones too, by name; never their secrets.
    func listTokens() throws(RegisterError) -> [TokenInfo]
}
