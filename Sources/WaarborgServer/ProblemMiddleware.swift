import Hummingbird
import Logging
import WaarborgRegister

/// Turns every error a route or a later middleware throws into a problem details response, so a
/// client never sees a stack trace, an SQL message or Hummingbird's plain-text errors. Unexpected
/// errors are logged with their detail (and the request id) and answered with a generic 500.
public struct ProblemMiddleware: RouterMiddleware {
    public typealias Context = ServerContext

    public init() {}

    public func handle(_ request: Request, context: ServerContext, next: (Request, ServerContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let problem = Self.problem(for: error)
            if problem.isInternal {
                context.logger.error("request failed", metadata: ["error": .string(String(reflecting: error))])
            } else {
                context.logger.debug("request refused", metadata: ["status": .stringConvertible(Int(problem.status.code)), "detail": .string(problem.detail)])
            }
            return problem.response(requestID: context.requestID)
        }
    }

    /// The problem for an error: ours as they are, the register's by their kind, Hummingbird's
    /// (no such route, a body over the limit) by their status.
    static func problem(for error: any Error) -> Problem {
        switch error {
        case let p as Problem: return p
        case let e as RegisterError: return Problem(e)
        case let e as any HTTPResponseError:
            switch e.status {
            case .contentTooLarge: return .bodyTooLarge
            case .notFound: return Problem(.notFound, code: "not-found", title: "Not found", detail: "no such resource")
            case .methodNotAllowed: return Problem(.methodNotAllowed, code: "method-not-allowed", title: "Method not allowed", detail: "the resource does not take this method")
            case let s where s.code < 500:
                return Problem(s, code: "http-\(s.code)", title: s.reasonPhrase, detail: (e as? HTTPError)?.body ?? s.reasonPhrase)
            default: return .internalError
            }
        default: return .internalError
        }
    }
}
