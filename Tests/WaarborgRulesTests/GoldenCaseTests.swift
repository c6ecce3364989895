import Foundation
import Testing
import Yams
import WaarborgJSON
@testable import WaarborgRules

/// Golden cases: each file in `Golden/` holds a case and the values a lawyer checked by hand,
/// under every profile (`all`) or under a named one. Adding a case is adding a file.
@Suite("Golden cases")
struct GoldenCaseTests {
    static let files: [String] = try! FileManager.default.contentsOfDirectory(atPath: Fixtures.goldenDirectory.path)
        .filter { $0.hasSuffix(".yaml") }.sorted()

    @Test("every golden case gives the hand-checked values", arguments: files)
    func golden(file: String) throws {
        let text = try String(contentsOf: Fixtures.goldenDirectory.appendingPathComponent(file), encoding: .utf8)
        let doc = try #require(try Yams.compose(yaml: text))
        let facts = try CaseDecoder.decode(Fixtures.json(try #require(doc["case"])))
        let expect = try #require(doc["expect"]?.mapping)
        #expect(!expect.isEmpty)
        for (scope, values) in expect {
            let profiles = scope.string == "all" ? Fixtures.profileIDs : [scope.string!]
            for p in profiles {
                let got = Fixtures.paths(Fixtures.assess(facts, p))
                for (path, value) in try #require(values.mapping) {
                    let want = Fixtures.json(value)
                    #expect(got[path.string!].map { Self.matches(want, $0) } ?? false, "\(file) under \(p): \(path.string!) is \(got[path.string!]?.preview ?? "absent"), expected \(want.preview)")
                }
            }
        }
    }

    /// Golden values are partial: an object in the file names only the keys a lawyer checked, and a
    /// list names the items it must contain (in order for lists of objects such as branches).
    static func matches(_ want: JSONValue, _ got: JSONValue) -> Bool {
        switch (want, got) {
        case let (.object(w), .object(g)):
            return w.allSatisfy { k, v in g.first { $0.0 == k }.map { matches(v, $0.1) } ?? false }
        case let (.array(w), .array(g)):
            if w.contains(where: { if case .object = $0 { return true }; return false }) {
                return w.count == g.count && zip(w, g).allSatisfy { matches($0, $1) }
            }
            return w.allSatisfy { x in g.contains(x) }
        default:
            return want == got
        }
    }

    @Test("the four contract examples are golden cases")
    func examplesCovered() {
        for name in ["bangladesh-adult-schiphol", "sudanese-mother-with-children-ter-apel", "syrian-man-eurodac-greece", "somali-boy-unaccompanied"] {
            #expect(Self.files.contains("example-\(name).yaml"))
        }
    }
}
