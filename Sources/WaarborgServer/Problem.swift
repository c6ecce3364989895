import Hummingbird
import WaarborgJSON
import WaarborgRegister
import WaarborgRules

/// An error as the client sees it: an RFC 9457 problem details document
/// (`application/problem+json`). `field` names the bad input: a JSON path into the body
/// (`$.applicant.birthDate`) or a query parameter (`limit`). Never a stack trace or SQL.
public struct Problem: Error, Sendable, Equatable {
    public let status: HTTPResponse.Status
    /// A short code, also the end of the `type` URI: `invalid-facts`, `case-not-found`.
    public let code: String
    public let title: String
    public let detail: String
    public let field: String?
    /// Extra response headers (`WWW-Authenticate` on a 401).
    public var headers: HTTPFields = [:]

    public init(_ status: HTTPResponse.Status, code: String, title: String, detail: String, field: String? = nil) {
        self.status = status
        self.code = code
        self.title = title
        self.detail = detail
        self.field = field
    }

    /// The problem's `type`: a URN, so it names the kind of problem without pretending to be a web page.
    public var type: String { "urn:waarborg:problem:" + code }

    public static let contentType = "application/problem+json"

    /// The document, with the request id so a client can quote it to whoever reads the logs.
    public func body(requestID: String?) -> [UInt8] {
        var w = JSONWriter(pretty: true)
        w.beginObject()
        w.field("type", type)
        w.field("title", title)
        w.field("status", Int(status.code))
        w.field("detail", detail)
        if let field { w.field("field", field) }
        if let requestID, !requestID.isEmpty { w.field("requestId", requestID) }
        w.endObject()
        w.newlineAtEnd()
        return w.bytes
    }

    public func response(requestID: String?) -> Response {
        var h = headers
        h[.contentType] = Self.contentType
        return Response(status: status, headers: h, body: .init(byteBuffer: ByteBuffer(bytes: body(requestID: requestID))))
    }
}

extension Problem {
    static func badRequest(_ code: String, _ detail: String, field: String?) -> Problem {
        Problem(.badRequest, code: code, title: "Bad request", detail: detail, field: field)
    }

    /// A bad query parameter.
    static func badParameter(_ name: String, _ detail: String) -> Problem {
        badRequest("invalid-parameter", "\(name): \(detail)", field: name)
    }

    /// The case facts in a body do not decode: the decoder's own message and path.
    static func invalidFacts(_ e: CaseInputError) -> Problem {
        badRequest("invalid-facts", "invalid case: \(e)", field: e.path)
    }

    static func unknownProfile(_ id: String, known: [String], field: String = "profile") -> Problem {
        Problem(.notFound, code: "unknown-profile", title: "Not found",
                detail: "unknown profile \"\(id)\" (known: \(known.joined(separator: ", ")))", field: field)
    }

    static let bodyTooLarge = Problem(.contentTooLarge, code: "body-too-large", title: "Content too large",
                                      detail: "the request body is larger than \(ServerLimits.maxBodyBytes) bytes (1 MiB)", field: "body")

    /// A body over a route's own limit (an import), in bytes.
    static func bodyTooLarge(limit: Int) -> Problem {
        Problem(.contentTooLarge, code: "body-too-large", title: "Content too large",
                detail: "the request body is larger than \(limit) bytes (\(limit >> 20) MiB)", field: "body")
    }

    static func unauthorized(_ detail: String) -> Problem {
        var p = Problem(.unauthorized, code: "unauthorized", title: "Unauthorized", detail: detail)
        p.headers[.wwwAuthenticate] = "Bearer realm=\"waarborg\""
        return p
    }

    static func forbidden(_ detail: String) -> Problem {
        Problem(.forbidden, code: "forbidden", title: "Forbidden", detail: detail)
    }

    /// Anything unexpected: the client learns only that it failed and which request it was.
    static let internalError = Problem(.internalServerError, code: "internal-error", title: "Internal server error",
                                       detail: "the server could not complete the request; the request id identifies it in the server's log")

    /// A register refusal as the right 4xx, with the register's English message; a failure of
    /// the database itself is a 500 whose detail stays in the log.
    init(_ e: RegisterError) {
        let m = e.message(.en)
        switch e {
        case .invalidFacts(let i): self = .invalidFacts(i)
        case .factsTooLarge: self = Problem(.contentTooLarge, code: "facts-too-large", title: "Content too large", detail: m, field: "body")
        case .clientReferenceTooLong: self = .badRequest("invalid-parameter", m, field: "ref")
        case .nameTooLong(let f, _), .emptyName(let f): self = .badRequest("invalid-name", m, field: f)
        case .pageTooLarge: self = .badRequest("invalid-parameter", m, field: "limit")
        case .negativeValue(let f, _): self = .badRequest("invalid-parameter", m, field: f)
        case .unknownProfile: self = Problem(.notFound, code: "unknown-profile", title: "Not found", detail: m, field: "profile")
        case .caseNotFound: self = Problem(.notFound, code: "case-not-found", title: "Not found", detail: m, field: "n")
        case .tokenNotFound: self = Problem(.notFound, code: "token-not-found", title: "Not found", detail: m)
        case .alreadyInStatus: self = Problem(.conflict, code: "already-in-status", title: "Conflict", detail: m)
        case .caseClosed: self = Problem(.conflict, code: "case-closed", title: "Conflict", detail: m)
        case .factsUnchanged: self = Problem(.conflict, code: "facts-unchanged", title: "Conflict", detail: m, field: "body")
        case .tokenNameTaken: self = Problem(.conflict, code: "token-name-taken", title: "Conflict", detail: m)
        case .importLine(_, let f, _): self = .badRequest("invalid-import", m, field: f)
        case .importFacts(_, let i): self = .badRequest("invalid-import", m, field: "$.facts" + i.path.dropFirst())
        case .importTooLarge: self = Problem(.contentTooLarge, code: "import-too-large", title: "Content too large", detail: m, field: "body")
        case .invalidURL, .database, .wouldOverwrite, .backupSource, .backupNotSupported: self = .internalError
        }
    }

    /// Whether the problem hides an internal failure whose detail belongs in the log only. A 503
    /// (every simulation slot taken) is the server saying "later", not a failure.
    var isInternal: Bool { status.code >= 500 && status != .serviceUnavailable }
}
