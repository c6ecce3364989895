import Foundation
import Testing
@testable import WaarborgRules

@Suite("Policy profiles as data")
struct ProfileTests {
    @Test("the three profiles load, resolve and have distinct hashes")
    func load() {
        let p = Fixtures.engine.profiles
        #expect(Set(p.keys) == ["pact-minimum", "nl-2026", "vwn-alternative"])
        #expect(Set(p.values.map(\.hash)).count == 3)
        for profile in p.values {
            #expect(profile.parameters.count == ParameterCatalog.all.count)
            for (_, v) in profile.parameters { #expect(!v.ref.isEmpty && !v.source.isEmpty) }
        }
    }

    func loadError(_ yaml: String) -> ProfileError? {
        do { _ = try ProfileLoader.parse(yaml, file: "test.yaml"); return nil } catch { return error }
    }
    let head = "id: t\ntitle: {en: T, nl: T}\ndescription: {en: D, nl: D}\nparameters:\n"

    @Test("an appeal period outside the Pact's band is rejected with file and key")
    func outOfBand() {
        let e = loadError(head + "  appeal.lodgingPeriod.acceleratedOrBorder: {value: 14, ref: APR Art 67(7), source: x, status: proposed, checked: 2026-11-24}\n")
        #expect(e?.file == "test.yaml")
        #expect(e?.key == "appeal.lodgingPeriod.acceleratedOrBorder.value")
    }

    @Test("unknown keys and missing citations are rejected")
    func unknownAndMissing() {
        #expect(loadError(head + "  appeal.days: {value: 10, ref: x, source: x, status: proposed, checked: 2026-11-24}\n")?.key == "appeal.days")
        #expect(loadError(head + "  decision.regular: {value: 6 months, source: x, status: proposed, checked: 2026-11-24}\n")?.key == "decision.regular.ref")
        #expect(loadError(head + "  decision.regular: {value: 6 months, ref: x, source: x, status: maybe, checked: 2026-11-24}\n")?.key == "decision.regular.status")
        #expect(loadError(head + "  decision.regular: {value: 7 months, ref: x, source: x, status: proposed, checked: 2026-11-24}\n")?.key == "decision.regular.value")
        #expect(loadError("id: t\ncolour: red\n")?.key == "colour")
    }

    @Test("a profile may not change the mandatory floor through its base either")
    func missingParameterAfterResolution() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("waarborg-profile-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try (head + "  decision.regular: {value: 6 months, ref: x, source: x, status: proposed, checked: 2026-11-24}\n")
            .write(to: dir.appendingPathComponent("t.yaml"), atomically: true, encoding: .utf8)
        #expect(throws: ProfileError.self) { try ProfileLoader.loadDirectory(dir) }
    }
}
