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

/// The server offers the shipped scenarios from its own resources, and a run may be shorter
/// than the file's horizon.
@Suite("Shipped scenarios in the binary, and a shorter horizon")
struct EmbeddedScenarioTests {
    @Test("the binary carries every file of scenarios/, byte for byte")
    func embedded() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: ShippedScenarioTests.directory.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(ShippedScenarios.all.map { $0.id + ".yaml" } == names)
        for e in ShippedScenarios.all {
            #expect(e.text == (try String(contentsOf: ShippedScenarioTests.directory.appendingPathComponent(e.id + ".yaml"), encoding: .utf8)))
        }
        #expect(ShippedScenarios.named(ShippedScenarios.proposed) != nil)
    }

    @Test("a shorter horizon cuts the monthly series of the file's own length, and keeps the twelve-month pattern")
    func shorter() throws {
        let text = try #require(ShippedScenarios.named("nl-2026")).text
        let full = try ScenarioDecoder.decode(text: text)
        let short = try ScenarioDecoder.decode(text: text, horizonMonths: 7)
        #expect(short.horizonMonths == 7)
        #expect(short.inflow.applicationsPerMonth.value == Array(full.inflow.applicationsPerMonth.value.prefix(7)))
        let pipeline = try #require(full.inflow.familyPipelinePerMonth)
        #expect(pipeline.value.count == full.horizonMonths, "the file gives one value per month of its horizon")
        #expect(short.inflow.familyPipelinePerMonth?.value == Array(pipeline.value.prefix(7)))
        #expect(short.peoplePerReplication < full.peoplePerReplication)
    }

    @Test("a longer horizon than a per-month series gives is refused with the series' key")
    func longer() throws {
        let text = try #require(ShippedScenarios.named("nl-2026")).text
        let full = try ScenarioDecoder.decode(text: text)
        #expect(throws: ScenarioError.self) { try ScenarioDecoder.decode(text: text, horizonMonths: full.horizonMonths + 1) }
        do { _ = try ScenarioDecoder.decode(text: text, horizonMonths: full.horizonMonths + 1) } catch {
            #expect(error.path == "$.inflow.familyPipelinePerMonth.value")
        }
    }
}
