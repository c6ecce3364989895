import Foundation
import Testing
import Yams
@testable import WaarborgRules

/// The reasons of the admissibility rule name countries and the basis of a safe third country in
/// words, never as the contract's codes ("ITA", "transit").
@Suite("Admissibility in words")
struct AdmissibilityWordsTests {
    static func golden(_ name: String) throws -> CaseFacts {
        let url = Fixtures.goldenDirectory.appendingPathComponent(name + ".yaml")
        let doc = try #require(try Yams.compose(yaml: String(contentsOf: url, encoding: .utf8)))
        return try CaseDecoder.decode(Fixtures.json(try #require(doc["case"])))
    }

    static func json(_ facts: CaseFacts) -> String {
        String(decoding: AssessmentEncoder.encode(Fixtures.assess(facts, "nl-2026"), pretty: false), as: UTF8.self)
    }

    @Test("a subsequent application names the state of the earlier one and its outcome in both languages")
    func subsequent() throws {
        let facts = try Self.golden("subsequent-application-without-new-elements")
        let state = try #require(facts.history.first { $0.outcome == .rejected }).memberState
        let out = Self.json(facts)
        #expect(out.contains("previous application in \(CountryWords.name(state, .en)) was rejected: subsequent application; no new elements"))
        #expect(out.contains("eerdere aanvraag in \(CountryWords.name(state, .nl)) is afgewezen: volgende aanvraag; geen nieuwe elementen"))
        #expect(!out.contains("previous application in \(state) was"))
    }

    @Test("a safe third country gives its basis in words")
    func safeThirdCountryBasis() throws {
        let facts = try Self.golden("safe-third-country-by-transit")
        let out = Self.json(facts)
        #expect(out.contains("on the basis of transit through that country"))
        #expect(out.contains("op grond van doorreis door dat land"))
        #expect(!out.contains("on the basis of transit\""))
    }
}
