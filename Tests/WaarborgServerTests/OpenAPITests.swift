import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WaarborgServer

/// The committed OpenAPI document and the router agree: every route is documented and every
/// documented operation is routed. Adding a route without documenting it fails here.
@Suite("Server: OpenAPI")
struct OpenAPITests {
    static let methods = ["get", "put", "post", "delete", "patch", "head", "options"]

    /// `GET /v1/cases/{n}` for every operation in the document.
    static func documented(_ bytes: [UInt8]) throws -> Set<String> {
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(doc["openapi"] as? String == "3.1.0")
        let paths = try #require(doc["paths"] as? [String: [String: Any]])
        var out = Set<String>()
        for (path, item) in paths {
            for m in methods where item[m] != nil { out.insert(m.uppercased() + " " + path) }
        }
        return out
    }

    @Test("every API route of the router is in /openapi.json, and every documented operation is routed")
    func routesMatchDocument() async throws {
        let s = try TestServer()
        // The web pages (HTML for a browser) are not part of the JSON API the document describes.
        let routed = Set(s.router.routes.filter { WaarborgServer.isAPIPath("\($0.path)") }.map { "\($0.method) \($0.path)" })
        let documented = try Self.documented(OpenAPIDocument.bytes)
        #expect(routed.count == 21)
        #expect(routed.subtracting(documented).sorted() == [], "routes without documentation")
        #expect(documented.subtracting(routed).sorted() == [], "documented operations that are not routed")
    }

    @Test("GET /openapi.json serves the committed document as it is")
    func servedAsIs() async throws {
        let s = try TestServer()
        let committed = Array(try Data(contentsOf: TestServer.root.appendingPathComponent("Sources/WaarborgServer/Resources/openapi.json")))
        #expect(OpenAPIDocument.bytes == committed)
        try await s.app.test(.router) { client in
            try await client.execute(uri: "/openapi.json", method: .get) { r in
                #expect(r.status == .ok)
                #expect(Array(r.body.readableBytesView) == committed)
            }
        }
    }

    @Test("an operation with a token is marked secured in the document, one without is not")
    func securityMatchesMiddleware() throws {
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.bytes)) as? [String: Any])
        let paths = try #require(doc["paths"] as? [String: [String: Any]])
        for (path, item) in paths {
            for m in Self.methods {
                guard let op = item[m] as? [String: Any] else { continue }
                let secured = !((op["security"] as? [Any]) ?? []).isEmpty
                let register = path.hasPrefix("/v1/cases") || path.hasPrefix("/v1/deadlines")
                #expect(secured == register, "\(m.uppercased()) \(path)")
            }
        }
    }
}
