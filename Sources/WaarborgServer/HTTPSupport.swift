import Hummingbird
import LegalCalendar
import WaarborgRegister

/// Reading requests and writing responses the same way in every route.
enum HTTP {
    static let json = "application/json"
    static let csv = "text/csv; charset=utf-8"
    static let calendar = "text/calendar; charset=utf-8"
    static let contentDisposition = HTTPFields.Element.Name("Content-Disposition")!

    static func response(_ bytes: [UInt8], status: HTTPResponse.Status = .ok, contentType: String = json, headers: HTTPFields = [:]) -> Response {
        var h = headers
        h[.contentType] = contentType
        return Response(status: status, headers: h, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// The request body, no more than 1 MiB: a declared length over the limit is refused before
    /// anything is read, a streamed body once it has passed the limit.
    static func body(_ request: Request, limit: Int = ServerLimits.maxBodyBytes) async throws -> [UInt8] {
        let tooLarge = limit == ServerLimits.maxBodyBytes ? Problem.bodyTooLarge : Problem.bodyTooLarge(limit: limit)
        if let declared = request.headers[.contentLength], let n = Int(declared), n > limit {
            throw tooLarge
        }
        do {
            let buffer = try await request.body.collect(upTo: limit)
            return Array(buffer.readableBytesView)
        } catch let e as any HTTPResponseError where e.status == .contentTooLarge {
            throw tooLarge
        }
    }

    /// A query parameter, nil when absent; an empty value counts as absent.
    static func query(_ request: Request, _ name: String) -> String? {
        guard let v = request.uri.queryParameters[Substring(name)], !v.isEmpty else { return nil }
        return String(v)
    }

    static func intQuery(_ request: Request, _ name: String, default value: Int) throws -> Int {
        try intQuery(request, name) ?? value
    }

    /// A whole number, nil when absent.
    static func intQuery(_ request: Request, _ name: String) throws -> Int? {
        guard let text = query(request, name) else { return nil }
        guard let n = Int(text) else { throw Problem.badParameter(name, "expected a whole number, found \"\(text)\"") }
        return n
    }

    /// `asOf`: a calendar date that exists, default today (UTC).
    static func dateQuery(_ request: Request, _ name: String) throws -> CalendarDate {
        guard let text = query(request, name) else { return CalendarDate.today() }
        guard let d = CalendarDate(iso: text) else { throw Problem.badParameter(name, "expected a calendar date YYYY-MM-DD that exists, found \"\(text)\"") }
        return d
    }

    /// One of a fixed set of words.
    static func choice<T: RawRepresentable & CaseIterable>(_ request: Request, _ name: String, _: T.Type) throws -> T? where T.RawValue == String {
        guard let text = query(request, name) else { return nil }
        guard let v = T(rawValue: text) else {
            throw Problem.badParameter(name, "expected one of \(T.allCases.map(\.rawValue).joined(separator: ", ")), found \"\(text)\"")
        }
        return v
    }

    /// The case number in the path: a positive whole number.
    static func caseID(_ context: ServerContext) throws -> CaseID {
        let text = context.parameters.get("n") ?? ""
        guard let n = CaseID(text), n > 0 else { throw Problem.badParameter("n", "expected a case number (a positive whole number), found \"\(text)\"") }
        return n
    }

    /// Whose token this is: the actor in the audit log.
    static func actor(_ context: ServerContext) throws -> String {
        guard let name = context.identity?.name else { throw Problem.unauthorized("this resource needs a bearer token") }
        return name
    }
}
