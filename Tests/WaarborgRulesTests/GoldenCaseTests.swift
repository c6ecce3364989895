import Foundation
import Testing
import Yams
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
                    #expect(got[path.string!] == want, "\(file) under \(p): \(path.string!) is \(got[path.string!]?.preview ?? "absent"), expected \(want.preview)")
                }
            }
        }
    }

    @Test("the four contract examples are golden cases")
    func examplesCovered() {
        for name in ["bangladesh-adult-schiphol", "sudanese-mother-with-children-ter-apel", "syrian-man-eurodac-greece", "somali-boy-unaccompanied"] {
            #expect(Self.files.contains("example-\(name).yaml"))
        }
    }
}
