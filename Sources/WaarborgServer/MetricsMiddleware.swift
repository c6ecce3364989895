import Hummingbird

/// Counts every request by its route's pattern, method and status class, and records its
/// duration, into the server's own `ServerMetrics`. It sits inside the request-id middleware and
/// outside the problem middleware, so it sees the status the client gets, a refused or failed
/// request's included.
public struct MetricsMiddleware: RouterMiddleware {
    public typealias Context = ServerContext
    let metrics: ServerMetrics

    /// The route label of a request that matched no route: one series for every unknown path.
    public static let unmatched = "unmatched"

    public init(metrics: ServerMetrics) { self.metrics = metrics }

    public func handle(_ request: Request, context: ServerContext, next: (Request, ServerContext) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            record(request, context, status: Int(response.status.code), since: start)
            return response
        } catch {
            // Only an error the problem middleware did not turn into a response gets here.
            record(request, context, status: (error as? any HTTPResponseError).map { Int($0.status.code) } ?? 500, since: start)
            throw error
        }
    }

    private func record(_ request: Request, _ context: ServerContext, status: Int, since start: ContinuousClock.Instant) {
        // Hummingbird's not-found responder names its endpoint "NotFound"; a route's pattern starts with "/".
        let route = context.endpointPath.flatMap { $0.hasPrefix("/") ? $0 : nil } ?? Self.unmatched
        metrics.record(route: route, method: request.method.rawValue, status: status,
                       duration: ContinuousClock.now - start)
    }
}
