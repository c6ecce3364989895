import Foundation
import WaarborgRules

/// The scenarios that come with Waarborg (`scenarios/` in the repository is a link to them), so
/// the server's simulation page offers them on a machine that has only the binary.
public enum ShippedScenarios {
    /// One shipped scenario: its file name without `.yaml` (`nl-2026`), its text and the scenario
    /// it reads as.
    public struct Entry: Sendable {
        public let id: String
        public let text: String
        public let scenario: Scenario
    }

    /// Every shipped scenario, read once, in file-name order. A scenario that does not read is a
    /// fault of the build (a test reads them all), so it is left out rather than stopping a server.
    public static let all: [Entry] = {
        guard let dir = Bundle.module.url(forResource: "scenarios", withExtension: nil),
              let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return [] }
        return names.filter { $0.hasSuffix(".yaml") }.sorted().compactMap { name in
            guard let text = try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8),
                  let scenario = try? ScenarioDecoder.decode(text: text) else { return nil }
            return Entry(id: String(name.dropLast(5)), text: text, scenario: scenario)
        }
    }()

    public static func named(_ id: String) -> Entry? { all.first { $0.id == id } }

    /// The scenario a form proposes first: the calibrated baseline from the day the Pact applies.
    public static let proposed = "nl-2026"
}
