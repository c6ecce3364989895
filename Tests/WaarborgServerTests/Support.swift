import Foundation
import Hummingbird
import HummingbirdTesting
import WaarborgRegister
import WaarborgRules
import WaarborgServer

/// A server on a new, empty SQLite file, with the embedded profiles: one per test.
struct TestServer {
    static let engine: Engine = try! Engine.load()
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let cases = root.appendingPathComponent("Tests/WaarborgCLITests/Cases")

    let store: SQLiteCaseStore
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("waarborg-server-\(UUID().uuidString).db").path
        store = try SQLiteCaseStore(path: path, engine: Self.engine)
    }

    var app: some ApplicationProtocol { WaarborgServer.application(engine: Self.engine, store: store, port: 0) }
    var router: Router<ServerContext> { WaarborgServer.router(engine: Self.engine, store: store) }

    /// A token made the way `waarborg admin create-token` makes it.
    func token(_ role: Role, _ name: String) throws -> String {
        try store.createToken(name: name, role: role, actor: "test").token
    }

    static func example(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: cases.appendingPathComponent(name + ".json")))
    }

    static func bearer(_ token: String) -> HTTPFields { [.authorization: "Bearer \(token)"] }
}

extension ByteBuffer {
    var text: String { String(buffer: self) }
    /// The body as a JSON object (nil if it is not one).
    var object: [String: Any]? { try? JSONSerialization.jsonObject(with: Data(readableBytesView)) as? [String: Any] }
    var array: [Any]? { try? JSONSerialization.jsonObject(with: Data(readableBytesView)) as? [Any] }
}
