import Foundation
import Testing
import Yams
import LegalCalendar
@testable import WaarborgRules

/// A refugee's child who comes of age during the procedure: CJEU C-279/20 XC (1 August 2022)
/// counts the age on the day of the parent's asylum application, if reunification is applied for
/// within three months of the grant. The counsellor must be told, or the child is lost to time.
@Suite("A child who comes of age")
struct ComingOfAgeTests {
    static func golden() throws -> CaseFacts {
        let url = Fixtures.goldenDirectory.appendingPathComponent("if-granted-family-reunification.yaml")
        let doc = try #require(try Yams.compose(yaml: String(contentsOf: url, encoding: .utf8)))
        return try CaseDecoder.decode(Fixtures.json(try #require(doc["case"])))
    }

    @Test("a child under 18 on the day of the application who turns 18 soon after is a minor child, with the three-month condition")
    func comesOfAge() throws {
        var facts = try Self.golden()
        // Made on 3 August 2026; born 1 December 2008: 17 then, 18 on 1 December 2026.
        facts.family[4].birthDate = CalendarDate(iso: "2008-12-01")
        let outlook = try #require(Fixtures.assess(facts, "nl-2026").ifGranted?.family.first { $0.index == 4 })
        #expect(outlook.relation == "minor-child")
        #expect(outlook.eligible == .yes)
        #expect(outlook.because.en.contains("turns 18 on 1 December 2026") && outlook.because.en.contains("C-279/20"))
        #expect(outlook.because.nl.contains("wordt 18 op 1 december 2026") && outlook.because.nl.contains("binnen 3 maanden"))
    }

    @Test("a young child gets no such warning, and an adult child is no minor")
    func youngAndAdult() throws {
        let facts = try Self.golden()
        let a = Fixtures.assess(facts, "nl-2026")
        let adult = try #require(a.ifGranted?.family.first { $0.index == 4 })
        #expect(adult.relation == "adult-dependent-child" && !adult.because.en.contains("C-279/20"))
        var young = facts
        young.family[4].birthDate = CalendarDate(iso: "2015-01-01")
        let child = try #require(Fixtures.assess(young, "nl-2026").ifGranted?.family.first { $0.index == 4 })
        #expect(child.relation == "minor-child" && !child.because.en.contains("turns 18"))
    }
}
