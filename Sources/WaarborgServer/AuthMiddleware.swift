import Foundation
import Hummingbird
import WaarborgRegister

/// Checks `Authorization: Bearer TOKEN` against the register's tokens on the routes of the
/// register (cases, deadlines). Reads (GET, HEAD) need the reader role, everything else the
/// caseworker role. No token, an unknown or a revoked one: 401 with `WWW-Authenticate: Bearer`;
/// a token whose role is too low: 403. The token's name goes into the context: it is the actor
/// the audit log records.
public struct AuthMiddleware: RouterMiddleware {
    public typealias Context = ServerContext
    let store: any CaseStore

    public init(store: any CaseStore) { self.store = store }

    /// The role a request needs.
    public static func neededRole(_ method: HTTPRequest.Method) -> Role {
        method == .get || method == .head ? .reader : .caseworker
    }

    public func handle(_ request: Request, context: ServerContext, next: (Request, ServerContext) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization] else {
            throw Problem.unauthorized("this resource needs a bearer token: Authorization: Bearer TOKEN (waarborg admin create-token)")
        }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else {
            throw Problem.unauthorized("the Authorization header must be: Bearer TOKEN")
        }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        let store = self.store
        guard let identity = try await Blocking.run({ () throws(RegisterError) in try store.verifyToken(token) }) else {
            throw Problem.unauthorized("the token is unknown or has been revoked")
        }
        let needed = Self.neededRole(request.method)
        guard identity.role.allows(needed) else {
            throw Problem.forbidden("the token of \"\(identity.name)\" has the role \(identity.role.rawValue); this request needs \(needed.rawValue)")
        }
        var context = context
        context.identity = identity
        context.logger[metadataKey: "token"] = .string(identity.name)
        return try await next(request, context)
    }
}
