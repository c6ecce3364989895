import Foundation
import WaarborgChain
import WaarborgRules

/// The small scenario of the tests, as text, with lines replaced where a test needs another value.
enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Scenarios")
    static let small = try! String(contentsOf: directory.appendingPathComponent("small.yaml"), encoding: .utf8)
    static let engine = try! Engine.load()

    /// The small scenario with each `old` text replaced by `new` (each must occur exactly once).
    static func text(_ edits: [(String, String)] = []) -> String {
        var t = small
        for (old, new) in edits {
            precondition(t.components(separatedBy: old).count == 2, "fixture edit \(old) must match exactly once")
            t = t.replacingOccurrences(of: old, with: new)
        }
        return t
    }

    static func scenario(_ edits: [(String, String)] = []) throws(ScenarioError) -> Scenario { try ScenarioDecoder.decode(text: text(edits)) }

    static func run(_ s: Scenario, profiles: [String] = ["nl-2026"], threads: Int = 2) throws -> ChainResult {
        try ChainResult.run(s, profiles: profiles.map { engine.profiles[$0]! }, data: engine.data, threads: threads)
    }

    /// One assumption line of the fixture, `key: {value: ...}` form, written out.
    static func a(_ value: String) -> String { "{value: \(value), source: test, note: test}" }
}
