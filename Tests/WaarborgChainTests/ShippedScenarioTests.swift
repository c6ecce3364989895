import Foundation
import Testing
import WaarborgChain

/// The scenarios in `scenarios/` read, carry a source and note for every assumption, and run.
@Suite("The shipped scenarios")
struct ShippedScenarioTests {
    static let directory = Fixture.directory.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scenarios")

    @Test("every shipped scenario reads and runs a year under every profile with nobody unaccounted for", arguments: ["nl-2026.yaml", "backtest-2023-2025.yaml"])
    func runs(_ name: String) throws {
        let text = try String(contentsOf: Self.directory.appendingPathComponent(name), encoding: .utf8)
        var s = try ScenarioDecoder.decode(text: text)
        #expect(s.assumptions.allSatisfy { !$0.source.isEmpty && !$0.note.isEmpty })
        #expect(s.assumptions.count >= 60)
        s.replications = 1
        s.horizonMonths = 12
        s.inflow.applicationsPerMonth = Assumption(value: Array(s.inflow.applicationsPerMonth.value.prefix(12)), source: "test", note: "test")
        let r = try Fixture.run(s, profiles: ["pact-minimum", "nl-2026", "vwn-alternative"])
        for p in r.profiles {
            #expect(p.summary[.unaccounted]!.mean == 0)
            #expect(p.summary[.firstDecisions]!.mean > 10_000)
        }
    }
}
