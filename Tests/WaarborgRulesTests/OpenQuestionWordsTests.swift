import Foundation
import Testing
import WaarborgJSON
@testable import WaarborgRules

/// An answer lists only the values it changes. Where the route is still open after it, the answer
/// says so, or a reader takes "if yes: detention permitted" to settle the case (new-user report,
/// 3 December 2026).
@Suite("Open questions in the report: what stays open")
struct OpenQuestionWordsTests {
    /// Relocated, registered, one finding unknown: whether the applicant is a danger to public
    /// order changes detention only, and the route stays open on the border exemptions.
    static let relocated = """
    {"schema": "waarborg.case/1", "id": "relocated", "memberState": "NLD",
     "arrival": {"kind": "relocation", "on": "2027-01-05"},
     "application": {"madeOn": "2027-01-05", "registeredOn": "2027-01-09"},
     "applicant": {"birthDate": "1977-06-30", "nationality": "SOM", "unaccompanied": false},
     "findings": {"irrelevantIssuesOnly": false, "inconsistentOrFalseStatements": false, "misledAuthorities": true,
       "applicationToDelayRemoval": false, "safeCountryOfOriginRebutted": true, "lateApplicationWithoutReason": false,
       "refusesBiometrics": true, "significantChangeInCountry": false, "categoryNotRepresentative": false,
       "specialNeedsUnsupported": false, "medicalReasonsAgainstBorder": false, "familyTiesDoubted": false,
       "traffickingIndications": false, "firstCountryOfAsylum": false, "safeThirdCountry": false, "internalSecurityThreat": false}}
    """

    static func cases() throws -> [CaseFacts] {
        var out = [try CaseDecoder.decode(Array(relocated.utf8))]
        for path in OpenFactPromiseTests.cases {
            var json = try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
            if case .object(let pairs) = json { json = .object(pairs.filter { $0.0 != "findings" }) }
            out.append(try CaseDecoder.decode(json))
        }
        return out
    }

    @Test("an answer that leaves the route open says so; one that decides the route does not", arguments: [Language.en, .nl])
    func routeStaysOpen(lang: Language) throws {
        let words = ReportWords.routeStaysOpen(lang)
        var said = 0
        for facts in try Self.cases() {
            for profile in Fixtures.profileIDs {
                let a = Fixtures.assess(facts, profile)
                let doc = TextReport.document(a, lang: lang)
                for (fact, question) in zip(a.openFacts, doc.questions) {
                    #expect(fact.fact == question.fact)
                    for (branch, answer) in zip(fact.branches, question.answers) {
                        let leavesOpen = a.procedure.route == .undetermined && !branch.then.contains { $0.path == "procedure.route" }
                        #expect(answer.outcome.contains(words) == leavesOpen, "\(facts.id) \(profile) \(fact.fact): \(answer.outcome)")
                        if leavesOpen { said += 1 }
                    }
                }
            }
        }
        // The relocated case alone gives such answers under every profile.
        #expect(said >= 2 * Fixtures.profileIDs.count)
    }
}
