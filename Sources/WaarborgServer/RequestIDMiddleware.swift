import Hummingbird
import Logging

/// Gives each request an id: in the logger's metadata (`request_id`), so every log line of the
/// request carries it, and in the `X-Request-Id` response header, so a client can quote it. Logs
/// one line per request with its method, path, status and duration.
public struct RequestIDMiddleware: RouterMiddleware {
    public typealias Context = ServerContext
    public static let header = HTTPFields.Element.Name("X-Request-Id")!

    public init() {}

    /// 16 random hex digits: unique enough to find a request in a day's log, short enough to read out.
    public static func newID() -> String {
        var rng = SystemRandomNumberGenerator()
        let n = rng.next() as UInt64
        let hex = String(n, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    public func handle(_ request: Request, context: ServerContext, next: (Request, ServerContext) async throws -> Response) async throws -> Response {
        var context = context
        let id = Self.newID()
        context.requestID = id
        context.logger[metadataKey: "request_id"] = .string(id)
        let start = ContinuousClock.now
        var response = try await next(request, context)
        response.headers[Self.header] = id
        let ms = (ContinuousClock.now - start).components
        let millis = ms.seconds * 1000 + ms.attoseconds / 1_000_000_000_000_000
        context.logger.info("request", metadata: [
            "method": .string(request.method.rawValue),
            "path": .string(request.uri.path),
            "status": .stringConvertible(Int(response.status.code)),
            "ms": .stringConvertible(millis),
        ])
        return response
    }
}
