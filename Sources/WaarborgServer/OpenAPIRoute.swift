import Foundation
import Hummingbird

/// `GET /openapi.json`: the committed OpenAPI 3.1 document (Resources/openapi.json), served as it
/// is. A test compares its paths with the router's routes, so a route cannot go undocumented.
public enum OpenAPIDocument {
    /// The document's bytes, read once from the module's resources.
    public static let bytes: [UInt8] = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json"),
              let data = try? Data(contentsOf: url) else { return Array("{}".utf8) }
        return Array(data)
    }()

    static func add(to router: Router<ServerContext>) {
        router.get("/openapi.json") { _, _ -> Response in HTTP.response(bytes) }
    }
}
