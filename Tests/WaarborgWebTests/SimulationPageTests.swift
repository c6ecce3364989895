import Foundation
import Testing
import WaarborgChain
import WaarborgRules
import WaarborgSim
@testable import WaarborgWeb

@Suite("The simulation page")
struct SimulationPageTests {
    static let bounds = SimulationForm.Bounds(replications: 100, months: 120, people: 5e6, seconds: 30)
    static let defaults = ["nl-2026", "pact-minimum", "vwn-alternative"]
    static let profiles = Fixtures.engine.profiles.values.sorted { $0.id < $1.id }.map { (id: $0.id, title: $0.title.en) }

    static func read(_ pairs: [(String, String)], _ lang: Language = .en) -> Result<SimulationForm, SimulationForm.Refusal> {
        SimulationForm.read(FormData(pairs), engine: Fixtures.engine, shipped: ShippedScenarios.all, defaults: defaults, bounds: bounds, words: Words(lang))
    }

    static func errors(_ pairs: [(String, String)], _ lang: Language = .en) -> [SimulationForm.Field: String] {
        if case .failure(let r) = read(pairs, lang) { return r.errors }
        return [:]
    }

    @Test("the form offers every shipped scenario, proposes the baseline and the default profiles, and says its bounds")
    func form() {
        let html = SimulationPage.form(Fixtures.context(), shipped: ShippedScenarios.all, profiles: Self.profiles, defaults: Self.defaults,
                                       values: nil, errors: [:], general: nil, bounds: Self.bounds).html
        for e in ShippedScenarios.all { #expect(html.contains("<option value=\"\(e.id)\"")) }
        #expect(html.contains("<option value=\"nl-2026\" selected>"))
        for id in Self.defaults { #expect(html.contains("value=\"\(id)\" id=\"f-profiles-") && html.contains("value=\"\(id)\" id=\"f-profiles-\(Self.profiles.firstIndex { $0.id == id }!)\" checked")) }
        #expect(html.contains("max=\"100\""))
        #expect(html.contains("name=\"csrf\" value=\"csrf-token\""))
        let dutch = Fixtures.visibleText(SimulationPage.form(Fixtures.context(.nl), shipped: ShippedScenarios.all, profiles: Self.profiles, defaults: Self.defaults,
                                                             values: nil, errors: [:], general: nil, bounds: Self.bounds).html)
        for english in ["Replications", "Months to simulate", "Run the simulation", "Scenario cannot"] { #expect(!dutch.contains(english)) }
        #expect(dutch.contains("Herhalingen"))
    }

    @Test("a filled-in form becomes the scenario with its options replaced, and the chosen profiles in order")
    func reads() throws {
        let form = try Self.read([("scenario", "nl-2026"), ("profiles", "vwn-alternative"), ("profiles", "nl-2026"), ("months", "6"), ("replications", "2"), ("seed", "7")]).get()
        #expect(form.scenario.horizonMonths == 6)
        #expect(form.scenario.replications == 2)
        #expect(form.scenario.seed == 7)
        #expect(form.profiles.map(\.id) == ["vwn-alternative", "nl-2026"])
        #expect(form.title.nl == "Nederland 2026: gekalibreerd basisscenario")
        let proposed = try Self.read([("profiles", "nl-2026")]).get()
        #expect(proposed.scenario.replications == SimulationForm.proposedReplications)
        #expect(proposed.scenario.horizonMonths == 60, "empty months: the scenario's own")
    }

    @Test("each refusal sits at its field, in the reader's language")
    func refusals() {
        #expect(Self.errors([("profiles", "nl-2026"), ("replications", "101")])[.replications]?.contains("from 1 to 100") == true)
        #expect(Self.errors([("profiles", "nl-2026"), ("replications", "twee")], .nl)[.replications]?.contains("geheel getal van 1 tot en met 100") == true)
        #expect(Self.errors([("profiles", "nl-2026"), ("months", "0")])[.months] != nil)
        #expect(Self.errors([("profiles", "nl-2026"), ("seed", "-1")])[.seed] != nil)
        #expect(Self.errors([("scenario", "nl-2026")])[.profiles] == "Choose at least one profile.")
        #expect(Self.errors([("profiles", "nobody")])[.profiles] == "There is no profile \"nobody\".")
        #expect(Self.errors([("scenario", "elsewhere"), ("profiles", "nl-2026")])[.scenario] != nil)
        #expect(Self.errors([("scenario", "own"), ("profiles", "nl-2026")])[.scenarioText] != nil)
        let broken = Self.errors([("scenario", "own"), ("scenarioText", "schema: waarborg.scenario/1\nname: x\n"), ("profiles", "nl-2026")])[.scenarioText]
        #expect(broken?.hasPrefix("The scenario cannot be used") == true)
        // Longer than the file's per-month series: named at the months, with the scenario's key.
        let longer = Self.errors([("profiles", "nl-2026"), ("months", "61")])[.months]
        #expect(longer?.contains("$.inflow.familyPipelinePerMonth") == true)
    }

    @Test("a run larger than the server simulates is refused before it starts, saying how many replications fit")
    func tooLarge() throws {
        let people = try #require(ShippedScenarios.named("nl-2026")).scenario.peoplePerReplication
        let fits = Int(Self.bounds.people / (people * 3))
        let message = try #require(Self.errors([("profiles", "nl-2026"), ("profiles", "pact-minimum"), ("profiles", "vwn-alternative"), ("replications", "\(fits + 1)")])[.replications])
        #expect(message.contains("at most \(fits) replications fit"))
        #expect(message.contains("5,000,000"))
        let nl = try #require(Self.errors([("profiles", "nl-2026"), ("profiles", "pact-minimum"), ("profiles", "vwn-alternative"), ("replications", "\(fits + 1)")], .nl)[.replications])
        #expect(nl.contains("5.000.000"))
        #expect(throws: Never.self) { try Self.read([("profiles", "nl-2026"), ("profiles", "pact-minimum"), ("profiles", "vwn-alternative"), ("replications", "\(fits)")]).get() }
    }

    @Test("a running run shows its progress; a finished one the chain report without inline styles, and its downloads")
    func runPages() throws {
        let monitor = RunMonitor(replications: 4, horizon: 100)
        monitor.began(0); monitor.finished(0); monitor.began(1); monitor.reached(1, time: 50)
        let running = SimulationPage.run(Fixtures.context(), .init(id: "r1", title: .init(en: "S", nl: "S"), state: .running(monitor.snapshot()))).html
        #expect(running.contains("<progress id=\"run-progress\" max=\"100\" value=\"37\">"))
        #expect(running.contains("1 of 4 runs done (every replication under every profile); 37 %"))
        #expect(running.contains("data-run=\"r1\""))

        let form = try Self.read([("profiles", "nl-2026"), ("months", "1"), ("replications", "1")]).get()
        let result = try ChainResult.run(form.scenario, profiles: form.profiles, data: Fixtures.engine.data)
        for lang in [Language.en, .nl] {
            let done = SimulationPage.run(Fixtures.context(lang), .init(id: "r2", title: form.title, state: .done(result))).html
            #expect(done.contains("id=\"chain-report\""))
            #expect(!done.contains("style="), "the server's Content-Security-Policy allows no inline style")
            #expect(!done.contains("<style"))
            for file in ["report.html", "result.json", "summary.csv"] { #expect(done.contains("/simulation/runs/r2/\(file)")) }
            #expect(done.contains(lang == .en ? "The Dutch asylum chain under each policy" : "De Nederlandse asielketen onder elk beleid"))
        }
        // The report as a file still carries its own styles.
        #expect(ChainReport.html(result, lang: .en).contains("<style>"))
    }
}
