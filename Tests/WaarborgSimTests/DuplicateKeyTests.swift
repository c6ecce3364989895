import Foundation
import Testing
import WaarborgJSON

@Suite("The JSON parser finds duplicate keys in linear time")
struct DuplicateKeyTests {
    @Test("a JSON object with 50,000 keys is checked for duplicates in linear time (D7)")
    func manyKeys() throws {
        let keys = (0..<50_000).map { "\"k\($0)\": \($0)" }
        let start = Date()
        let value = try JSONParser.parse("{" + keys.joined(separator: ",") + "}")
        // The quadratic check took 2.3 s for this even in a release build (3.3 s for 60,000 keys)
        // and far longer in the debug build the tests run in; the linear one takes under a second.
        #expect(-start.timeIntervalSinceNow < 5)
        if case .object(let members) = value { #expect(members.count == 50_000) } else { Issue.record("not an object") }
        // Duplicates are still found, early or late in the object.
        for dup in ["\"k3\": 0", "\"k49999\": 0", "\"k7\": 1"] {
            #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse("{" + (keys + [dup]).joined(separator: ",") + "}") }
        }
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(#"{"a": 1, "b": 2, "a": 3}"#) }
        do {
            _ = try JSONParser.parse("{" + (keys.prefix(20) + ["\"k12\": 0"]).joined(separator: ",") + "}")
            Issue.record("duplicate accepted")
        } catch {
            #expect(error.message == "duplicate key \"k12\"")
        }
    }
}
