import LegalCalendar
import Testing
@testable import WaarborgRules

/// The line under the report's heading says whose case it is from the facts given, and leaves out
/// what the facts do not say.
@Suite("Case summary under the heading")
struct CaseSummaryTests {
    static func facts(nationality: String?, birth: String?, unaccompanied: Bool = false, family: Int = 0, place: String? = "Ter Apel") throws -> CaseFacts {
        var f = try CaseDecoder.decode(Array("""
        {"schema": "waarborg.case/1", "id": "t", "memberState": "NLD", "arrival": {"kind": "in-territory"},
         "application": {"madeOn": "2026-08-10"}, "applicant": {}}
        """.utf8))
        f.applicant.nationality = nationality.flatMap(CountryCode.init)
        f.applicant.birthDate = birth.flatMap(CalendarDate.init(iso:))
        f.applicant.unaccompanied = unaccompanied
        f.arrival?.place = place
        f.family = Array(repeating: FamilyMember(relation: .child, birthDate: nil, accompanying: true, memberState: nil), count: family)
        return f
    }

    @Test("nationality, age on the day the application was made, unaccompanied minor, place")
    func minor() throws {
        let s = CaseSummaryWords.summary(try Self.facts(nationality: "SOM", birth: "2011-08-11", unaccompanied: true))
        // One day short of 15 on 10 August 2026.
        #expect(s.en == "Applicant from Somalia, 14 when the application was made, unaccompanied minor; application made on 10 August 2026 (Ter Apel)")
        #expect(s.nl == "Aanvrager uit Somalië, 14 jaar bij het doen van de aanvraag, alleenstaande minderjarige; aanvraag gedaan op 10 augustus 2026 (Ter Apel)")
    }

    @Test("a birthday on the day of the application counts; family members are counted")
    func birthdayAndFamily() throws {
        let s = CaseSummaryWords.summary(try Self.facts(nationality: "SDN", birth: "1991-08-10", family: 3, place: nil))
        #expect(s.en == "Applicant from Sudan, 35 when the application was made, with 3 family members; application made on 10 August 2026")
        #expect(s.nl.hasSuffix("35 jaar bij het doen van de aanvraag, met 3 gezinsleden; aanvraag gedaan op 10 augustus 2026"))
    }

    @Test("what the facts do not give is left out, not guessed")
    func unknowns() throws {
        let s = CaseSummaryWords.summary(try Self.facts(nationality: nil, birth: nil))
        #expect(s.en == "Applicant of unknown nationality; application made on 10 August 2026 (Ter Apel)")
        #expect(s.nl == "Aanvrager van onbekende nationaliteit; aanvraag gedaan op 10 augustus 2026 (Ter Apel)")
    }

    @Test("the decision path carries no summary; the narrated assessment does")
    func silent() throws {
        let f = try Self.facts(nationality: "SYR", birth: "1989-07-01")
        let assessor = try #require(Fixtures.engine.assessor("nl-2026"))
        #expect(assessor.decide(f).caseSummary == nil)
        #expect(assessor.assess(f).caseSummary?.en.hasPrefix("Applicant from Syria, 37 when") == true)
    }
}
