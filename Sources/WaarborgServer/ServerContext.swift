import Hummingbird
import Logging
import WaarborgRegister

/// What travels with one request through the middleware to its route: the request id, and once the
/// bearer token has been checked, whose token it is.
public struct ServerContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The id the request-id middleware gave this request (also in the logger's metadata and the
    /// `X-Request-Id` response header).
    public var requestID: String = ""
    /// The owner and role of the request's token; nil on the routes that need none.
    public var identity: TokenIdentity?

    public init(source: Source) {
        coreContext = .init(source: source)
    }

    /// The largest request body the server reads: a case's facts are at most 1 MiB in the register.
    public var maxUploadSize: Int { ServerLimits.maxBodyBytes }
}

/// Bounds on what one request may send.
public enum ServerLimits {
    /// 1 MiB, the register's bound on a facts document (`RegisterLimits.maxFactsBytes`).
    public static let maxBodyBytes = RegisterLimits.maxFactsBytes
}
