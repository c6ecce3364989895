import Testing
import WaarborgChain

/// `waarborg.scenario/1`: what a scenario must say, and errors that name the key at fault.
@Suite("Reading a scenario")
struct ScenarioDecoderTests {
    func error(_ edits: [(String, String)]) -> ScenarioError? {
        do { _ = try ScenarioDecoder.decode(text: Fixture.text(edits)); return nil } catch { return error }
    }

    @Test("the test scenario reads, and every assumption in it is listed with its source and note")
    func reads() throws {
        let s = try Fixture.scenario()
        #expect(s.name == "Small test scenario")
        #expect(s.horizonMonths == 24)
        #expect(s.inflow.applicationsPerMonth.value.count == 24)
        #expect(s.assumptions.count >= 50)
        #expect(s.assumptions.allSatisfy { $0.source == "test" && $0.note == "test" })
        #expect(s.assumptions.contains { $0.key == "capacity.ind.regular" && $0.value.en == "700" })
        #expect(s.hash.count == 64)
    }

    @Test("an assumption without a source is refused, naming it")
    func missingSource() {
        let e = error([("unaccompaniedShare: {value: 0.1, source: test, note: test}", "unaccompaniedShare: {value: 0.1, note: test}")])
        #expect(e?.path == "$.inflow.unaccompaniedShare.source")
        #expect(e?.message == "missing")
    }

    @Test("an empty note is refused")
    func emptyNote() {
        let e = error([("airportShare: {value: 0.1, source: test, note: test}", "airportShare: {value: 0.1, source: test, note: ' '}")])
        #expect(e?.path == "$.inflow.airportShare.note")
    }

    @Test("an unknown key is refused with the keys that are allowed")
    func unknownKey() {
        let e = error([("priority: {value: {rule: new-first}, source: test, note: test}",
                        "priority: {value: {rule: new-first}, source: test, note: test}\nlevers:\n  stopFamily: {value: 1, source: test, note: test}")])
        #expect(e?.path == "$.levers.stopFamily")
        #expect(e?.message.hasPrefix("unknown key (allowed: familyReunificationStop") == true)
    }

    @Test("nationality shares that do not sum to 1 are refused")
    func shares() {
        let e = error([("{code: ERI, share: 0.2,", "{code: ERI, share: 0.1,")])
        #expect(e?.path == "$.inflow.nationalities.value")
        #expect(e?.message == "shares sum to 0.9, not 1")
    }

    @Test("a country code that is not an assigned ISO code is refused")
    func badCode() {
        let e = error([("{code: MAR,", "{code: XXX,")])
        #expect(e?.path == "$.inflow.nationalities.value[1].code")
    }

    @Test("a share above 1 is refused, naming the share")
    func shareRange() {
        let e = error([("transferSuccess: {value: 0.25,", "transferSuccess: {value: 1.25,")])
        #expect(e?.path == "$.behaviour.transferSuccess.value")
        #expect(e?.message == "must be from 0 to 1, found 1.25")
    }

    @Test("the horizon is bounded")
    func horizon() {
        #expect(error([("horizonMonths: 24", "horizonMonths: 2400")])?.path == "$.horizonMonths")
        #expect(error([("horizonMonths: 24", "horizonMonths: 0")])?.path == "$.horizonMonths")
    }

    @Test("schedule steps must be in date order")
    func scheduleOrder() {
        let e = error([("court: {value: 300,", "court: {value: [{from: 2027-01-01, value: 300}, {from: 2026-01-01, value: 400}],")])
        #expect(e?.path == "$.capacity.court.value[1].from")
    }

    @Test("an unknown priority rule is refused, naming the rules there are")
    func priority() {
        let e = error([("{rule: new-first}", "{rule: newest}")])
        #expect(e?.path == "$.priority.value.rule")
        #expect(e?.message.contains("new-first, oldest-first or share") == true)
    }

    @Test("a finding that the case format does not have is refused")
    func finding() {
        let e = error([("{misledAuthorities: 0.05}", "{lying: 0.05}")])
        #expect(e?.path == "$.inflow.findings.value.lying")
    }

    @Test("the Netherlands is not a member state of prior registration")
    func priorState() {
        let e = error([("{GRC: 0.5, ITA: 0.5}", "{NLD: 0.5, ITA: 0.5}")])
        #expect(e?.path == "$.inflow.priorRegistrationStates.value.NLD")
    }

    @Test("a monthly inflow list must have 1, 12 or one value per month of the run")
    func inflowLength() {
        let e = error([("applicationsPerMonth: {value: 1000,", "applicationsPerMonth: {value: [1000, 2000],")])
        #expect(e?.path == "$.inflow.applicationsPerMonth.value")
    }

    @Test("YAML aliases are refused before they can expand")
    func aliases() {
        let e = error([("name: Small test scenario", "name: &n Small test scenario\ndescription: *n")])
        #expect(e?.path == "$")
        #expect(e?.message.contains("aliases are not allowed") == true)
    }

    @Test("a shock's nationality must be in the inflow, where its grant rate is")
    func shockNationality() {
        let e = error([("  familyAbroadSize: {value: {deterministic: {value: 2}}, source: test, note: test}",
                        "  familyAbroadSize: {value: {deterministic: {value: 2}}, source: test, note: test}\n  shocks: [{name: x, from: 2027-01-01, months: 2, perMonth: 100, nationality: AFG, source: s, note: n}]")])
        #expect(e?.path == "$.inflow.shocks[0].nationality")
    }
}
