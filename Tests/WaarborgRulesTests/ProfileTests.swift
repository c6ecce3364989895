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

    @Test("a remark is English text, or both languages; a Dutch reader gets the Dutch one, or is told it is English")
    func bilingualNote() throws {
        let both = try ProfileLoader.parse(head + "  decision.regular: {value: 6 months, ref: x, source: x, status: proposed, checked: 2026-11-24, note: {en: not read, nl: niet gelezen}}\n", file: "test.yaml")
        let v = try #require(both.parameters["decision.regular"])
        #expect(v.note(.nl)?.text == "niet gelezen" && v.note(.nl)?.english == false)
        #expect(v.note(.en)?.text == "not read")
        let english = try ProfileLoader.parse(head + "  decision.regular: {value: 6 months, ref: x, source: x, status: proposed, checked: 2026-11-24, note: not read}\n", file: "test.yaml")
        #expect(english.parameters["decision.regular"]?.note(.nl)?.english == true)
        #expect(loadError(head + "  decision.regular: {value: 6 months, ref: x, source: x, status: proposed, checked: 2026-11-24, note: {en: not read}}\n")?.key == "decision.regular.note")
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

@Suite("A profile changes the outcome through data alone")
struct ProfileAsDataTests {
    @Test("limiting the border procedure for families to the mandatory grounds sends a family to the accelerated procedure")
    func familiesPolicy() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("waarborg-profiles-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: try #require(Engine.embeddedProfiles), to: dir)
        try """
        id: nl-families
        base: nl-2026
        title: {en: NL with a family limit, nl: NL met gezinsgrens}
        description: {en: test profile, nl: testprofiel}
        parameters:
          border.familiesWithMinorChildren: {value: mandatory-grounds-only, ref: APR Art 45(1), source: test, status: proposed, checked: 2026-11-24}
        """.write(to: dir.appendingPathComponent("nl-families.yaml"), atomically: true, encoding: .utf8)
        let engine = try Engine.load(profiles: dir)
        let family = """
        {"schema":"waarborg.case/1","id":"fam","arrival":{"kind":"border-crossing-point","on":"2026-09-04","place":"Schiphol"},
         "application":{"madeOn":"2026-09-04","registeredOn":"2026-09-07","lodgedOn":"2026-09-10"},
         "applicant":{"birthDate":"1990-01-01","nationality":"SYR"},
         "family":[{"relation":"child","birthDate":"2018-03-03","accompanying":true}],
         "findings":{"irrelevantIssuesOnly":true,"inconsistentOrFalseStatements":false,"misledAuthorities":false,
          "applicationToDelayRemoval":false,"safeCountryOfOriginRebutted":false,"publicOrderDanger":false,
          "internalSecurityThreat":false,"detentionGuaranteesUnmet":false,"lateApplicationWithoutReason":false,"refusesBiometrics":false,"significantChangeInCountry":false,
          "categoryNotRepresentative":false,"specialNeedsUnsupported":false,"medicalReasonsAgainstBorder":false,
          "firstCountryOfAsylum":false,"safeThirdCountry":false}}
        """
        let facts = try CaseDecoder.decode(family)
        let dutch = engine.assessor("nl-2026")!.assess(facts)
        let limited = engine.assessor("nl-families")!.assess(facts)
        #expect(dutch.procedure.route == .border)
        #expect(dutch.reception.kind == "family-facility")
        #expect(limited.procedure.route == .accelerated)
        // Lodged Thursday 10 Sep 2026 + 3 months = Thursday 10 Dec 2026.
        #expect(limited.procedure.decisionDeadline?.iso == "2026-12-10")
        #expect(limited.trace.contains { $0.rule == .borderFamilies })
        #expect(dutch.profileHash != limited.profileHash)
    }
}

@Suite("Identifiers kept in step by construction")
struct IdentifierTests {
    @Test("every parameter key has exactly one definition in the catalogue, and the catalogue no other")
    func parameterKeys() {
        let defined = ParameterCatalog.all.map(\.id)
        #expect(Set(defined) == Set(ParameterKey.allCases))
        #expect(defined.count == Set(defined).count)
    }

    @Test("every rule reads only parameters the catalogue defines, and rule identifiers are unique")
    func ruleReads() {
        let texts = RuleID.all.map(\.text)
        #expect(texts.count == Set(texts).count)
        for r in RuleID.all { for k in r.reads { #expect(ParameterCatalog.byKey[k.rawValue] != nil, "\(r.text) reads \(k)") } }
    }

    @Test("every value that reaches the text report has a name in both languages")
    func vocabulary() {
        let values = Route.allCases.map(\.rawValue) + ["automatic", "on-request"]
            + ParameterCatalog.legalAidForms + ["screening", "administrative", "border", "dublin", "appeal", "reception"]
            + ["regular", "border-facility", "family-facility", "unaccompanied-minor-facility", "dublin-minimum"]
            + ["none", "good-prospects-only", "all"]
        for v in values { #expect(Vocabulary.terms[v] != nil, "\(v) has no readable name") }
        for c in ResponsibilityCriterion.allCases where c != .diploma { #expect(CriterionWords.name(c.rawValue).en != c.rawValue, "\(c) has no readable name") }
        for g in GroundID.allCases { #expect(!g.name.en.isEmpty && !g.name.nl.isEmpty) }
    }
}
