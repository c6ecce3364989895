import Foundation
import Hummingbird
import HummingbirdTesting
import LegalCalendar
import Testing
import WaarborgRegister
import WaarborgServer

/// A store whose tokens work and whose every case operation fails as a broken database would,
/// with SQL in its message: the message must stay in the log.
struct BrokenStore: CaseStore {
    let tokens: any CaseStore
    static let failure = RegisterError.database("no such table: cases (SELECT * FROM cases WHERE id = ?) at /srv/secret/waarborg.db")
    func createCase(_ new: NewCase, actor: String) throws(RegisterError) -> CaseRecord { throw Self.failure }
    func updateFacts(_ id: CaseID, facts: [UInt8], actor: String) throws(RegisterError) -> CaseRecord { throw Self.failure }
    func setStatus(_ id: CaseID, _ status: CaseStatus, actor: String) throws(RegisterError) -> CaseRecord { throw Self.failure }
    func getCase(_ id: CaseID) throws(RegisterError) -> CaseRecord { throw Self.failure }
    func importCases(_ cases: [ImportedCase], actor: String) throws(RegisterError) -> [CaseID] { throw Self.failure }
    func listCases(_ query: CaseQuery) throws(RegisterError) -> CasePage { throw Self.failure }
    func history(_ id: CaseID) throws(RegisterError) -> [CaseVersion] { throw Self.failure }
    func audit(_ id: CaseID?) throws(RegisterError) -> [AuditEntry] { throw Self.failure }
    func dueDeadlines(within days: Int, asOf: CalendarDate) throws(RegisterError) -> [DueDeadline] { throw Self.failure }
    func staleAssessments() throws(RegisterError) -> [StaleAssessment] { throw Self.failure }
    func reassess(actor: String) throws(RegisterError) -> [Reassessment] { throw Self.failure }
    func createToken(name: String, role: Role, actor: String) throws(RegisterError) -> IssuedToken { try tokens.createToken(name: name, role: role, actor: actor) }
    func verifyToken(_ token: String) throws(RegisterError) -> TokenIdentity? { try tokens.verifyToken(token) }
    func revokeToken(name: String, actor: String) throws(RegisterError) { try tokens.revokeToken(name: name, actor: actor) }
    func listTokens() throws(RegisterError) -> [TokenInfo] { try tokens.listTokens() }
}

@Suite("Server: internal errors")
struct InternalErrorTests {
    @Test("a database failure is a 500 problem with a generic message: no SQL, no path, the request id")
    func databaseFailure() async throws {
        let s = try TestServer()
        let token = try s.token(.reader, "monitor")
        let app = WaarborgServer.application(engine: TestServer.engine, store: BrokenStore(tokens: s.store), port: 0)
        try await app.test(.router) { client in
            for uri in ["/v1/cases", "/v1/cases/1", "/v1/deadlines", "/v1/cases/export"] {
                try await client.execute(uri: uri, method: .get, headers: TestServer.bearer(token)) { r in
                    #expect(r.status == .internalServerError)
                    #expect(r.headers[.contentType] == "application/problem+json")
                    let text = r.body.text
                    #expect(!text.contains("SELECT"))
                    #expect(!text.contains("secret"))
                    #expect(!text.contains("no such table"))
                    #expect(r.body.object?["requestId"] as? String == r.headers[RequestIDMiddleware.header])
                }
            }
        }
    }
}
