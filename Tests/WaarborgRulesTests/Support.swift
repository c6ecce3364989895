import WaarborgJSON
import Foundation
import Yams
@testable import WaarborgRules

/// Shared test fixtures: the embedded engine, YAML-to-JSON conversion and assessment paths.
enum Fixtures {
    static let engine: Engine = try! Engine.load()
    static let profileIDs = ["pact-minimum", "nl-2026", "vwn-alternative"]

    static func assess(_ facts: CaseFacts, _ profile: String) -> Assessment {
        engine.assessor(profile)!.assess(facts)
    }

    static func json(_ node: Node) -> JSONValue { JSONValue(node: node) }

    /// Flattened `path -> value` view of an assessment, as `compare` reports paths.
    static func paths(_ a: Assessment) -> [String: JSONValue] {
        let json = try! JSONParser.parse(AssessmentEncoder.encode(a, pretty: false))
        var out: [(String, JSONValue)] = []
        Comparison.flatten(json, "", &out)
        return Dictionary(out, uniquingKeysWith: { a, _ in a })
    }

    static var goldenDirectory: URL { Bundle.module.url(forResource: "Golden", withExtension: nil)! }
}
