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

    /// Plain YAML scalars become booleans and numbers; quoted ones stay strings.
    static func json(_ node: Node) -> JSONValue {
        switch node {
        case .scalar(let s):
            if s.style == .plain {
                if s.string == "true" { return .bool(true) }
                if s.string == "false" { return .bool(false) }
                if s.string == "null" || s.string == "~" { return .null }
                if let d = Double(s.string), s.string.first.map({ $0.isNumber || $0 == "-" }) ?? false { return .number(d) }
            }
            return .string(s.string)
        case .mapping(let m): return .object(m.map { ($0.key.string ?? "", json($0.value)) })
        case .sequence(let q): return .array(q.map(json))
        case .alias: return .null
        }
    }

    /// Flattened `path -> value` view of an assessment, as `compare` reports paths.
    static func paths(_ a: Assessment) -> [String: JSONValue] {
        let json = try! JSONParser.parse(AssessmentEncoder.encode(a, pretty: false))
        var out: [(String, JSONValue)] = []
        Comparison.flatten(json, "", &out)
        return Dictionary(out, uniquingKeysWith: { a, _ in a })
    }

    static var goldenDirectory: URL { Bundle.module.url(forResource: "Golden", withExtension: nil)! }
}
