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
                let computed = try #require(a.timeline.first { $0.id == timelineID })
                if let role = computed.authority {
                    #expect(timelineID.authority != nil, "\(entryID) names a body though its rule names none")
                    #expect(entry["actor"] == .string("authority"))
                    #expect(entry["actingBody"]?["role"] == .string(role.contractRole), "\(id) \(entryID)")
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
        #expect(report.contains("(aan zet: IND)"))
        #expect(report.contains("(aan zet: Nidos)"))
        // Schooling: the COA with the municipality that enforces compulsory education (Leerplichtwet 1969 art. 16).
        #expect(nl.authorities.raw(.schooling) == "COA and the municipality")
        #expect(report.contains("(aan zet: COA en gemeente)"))
        #expect(nl.timeline.first { $0.id == .schooling }?.authority == .schooling)
        #expect(!report.contains("overheid handelt"))
        let english = TextReport.render(pact, lang: .en)
        #expect(english.contains("(to act: determining authority)"))
        #expect(!english.contains("IND"))
    }

    @Test("the screening at the external border is done by other services than the screening inland (Screening Art 5 and 7)")
    func screeningBodyFollowsTheArrival() throws {
        let base = try CaseDecoder.decode(String(contentsOf: URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("WaarborgCLITests/Cases/bangladesh-adult-schiphol.json"), encoding: .utf8))
        let atSchiphol = Fixtures.assess(base, "nl-2026")
        let border = try #require(atSchiphol.timeline.first { $0.id == .screeningEnd })
        #expect(border.authority == .borderScreening)
        #expect(atSchiphol.authorities.raw(.borderScreening) == "KMar and IND")
        let inland = Fixtures.assess(Self.boy, "nl-2026")
        let found = try #require(inland.timeline.first { $0.id == .screeningEnd })
        #expect(found.authority == .screening)
        #expect(inland.authorities.raw(.screening) == "IND and AVIM")
        // The contract keeps one role name for both, so a client reading "screening" still matches.
        let json = try JSONParser.parse(AssessmentEncoder.encode(atSchiphol, pretty: false))
        guard case .array(let timeline)? = json["timeline"] else { Issue.record("no timeline"); return }
        let entry = try #require(timeline.first { $0["id"] == .string("screening-end") })
        #expect(entry["actingBody"]?["role"] == .string("screening"))
        #expect(entry["actingBody"]?["name"] == .string("KMar and IND"))
    }

    @Test("a body the vocabulary does not know is shown as the profile names it, in both languages")
    func unknownBodyAsNamed() {
        let names = AuthorityNames { $0 == .determining ? "Office fédéral" : "IND" }
        #expect(names.name(.determining) == LocalizedText(en: "Office fédéral", nl: "Office fédéral"))
        #expect(names.short(.screening).en == "IND")
    }
}
