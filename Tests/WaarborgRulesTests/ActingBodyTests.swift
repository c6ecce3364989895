import Foundation
import Testing
import WaarborgJSON
@testable import WaarborgRules

/// A deadline names the office that must meet it, from the profile: the Pact says only "the
/// determining authority", the Dutch profiles say the IND, the COA, Nidos.
@Suite("Who must act")
struct ActingBodyTests {
    /// An unaccompanied boy found inland, with every date given: a timeline with dates for the
    /// screening, registration, the guardian, lodging, schooling and the decision.
    static let boy = try! CaseDecoder.decode(String(contentsOf: URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("WaarborgCLITests/Cases/somali-boy-unaccompanied.json"), encoding: .utf8))

    @Test("each authority date names the body of its role, under every profile")
    func timelineNamesTheBody() throws {
        for id in Fixtures.profileIDs {
            let a = Fixtures.assess(Self.boy, id)
            let json = try JSONParser.parse(AssessmentEncoder.encode(a, pretty: false))
            guard case .array(let timeline)? = json["timeline"] else { Issue.record("no timeline"); return }
            #expect(!timeline.isEmpty)
            for entry in timeline {
                guard case .string(let entryID)? = entry["id"] else { Issue.record("an entry without id"); continue }
                let timelineID = try #require(TimelineID(rawValue: entryID))
                if let role = timelineID.authority {
                    #expect(entry["actor"] == .string("authority"))
                    #expect(entry["actingBody"]?["role"] == .string(role.rawValue), "\(id) \(entryID)")
                    #expect(entry["actingBody"]?["name"] == .string(a.authorities.raw(role)))
                } else {
                    #expect(entry["actingBody"] == nil, "\(id) \(entryID) names a body though nobody or the applicant acts")
                }
            }
        }
    }

    @Test("the Dutch profile names the IND for the decision and Nidos for the guardian; the Pact minimum names the roles")
    func dutchBodies() {
        let nl = Fixtures.assess(Self.boy, "nl-2026")
        #expect(nl.authorities.raw(.determining) == "IND")
        #expect(nl.authorities.raw(.guardianship) == "Nidos")
        #expect(nl.authorities.raw(.reception) == "COA")
        let pact = Fixtures.assess(Self.boy, "pact-minimum")
        #expect(pact.authorities.name(.determining).nl == "de beslissingsautoriteit")
        let report = TextReport.render(nl, lang: .nl)
        #expect(report.contains("(IND handelt)"))
        #expect(report.contains("(Nidos handelt)"))
        #expect(!report.contains("overheid handelt"))
        let english = TextReport.render(pact, lang: .en)
        #expect(english.contains("(determining authority acts)"))
        #expect(!english.contains("IND"))
    }

    @Test("a body the vocabulary does not know is shown as the profile names it, in both languages")
    func unknownBodyAsNamed() {
        let names = AuthorityNames { $0 == .determining ? "Office fédéral" : "IND" }
        #expect(names.name(.determining) == LocalizedText(en: "Office fédéral", nl: "Office fédéral"))
        #expect(names.short(.screening).en == "IND")
    }
}
