import Foundation
import Testing
import WaarborgJSON
@testable import WaarborgRules

/// An open question says what each answer gives. Answering it must then give exactly that: a
/// counsellor who clicks "if no: no labour-market access" must not be told "not determined" on
/// the next page (the new-user report of 3 December 2026).
@Suite("An open question's answers keep their promise")
struct OpenFactPromiseTests {
    static let cases: [String] = {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("WaarborgCLITests/Cases")
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
            .map { dir.appendingPathComponent($0).path }
    }()

    @Test("with every finding left unknown, each answer to each question gives the values it promised", arguments: cases)
    func promisesKept(_ path: String) throws {
        var json = try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        if case .object(let pairs) = json { json = .object(pairs.filter { $0.0 != "findings" }) }
        let facts = try CaseDecoder.decode(json)
        for profile in Fixtures.profileIDs {
            let a = Fixtures.assess(facts, profile)
            // Questions whose answers assume the other open questions answered "no" promise only that.
            for fact in a.openFacts where fact.fact.hasPrefix("findings.") && !(fact.note?.en.contains("assumes the other open questions") ?? false) {
                let id = try #require(FindingID(rawValue: String(fact.fact.dropFirst("findings.".count))))
                for branch in fact.branches {
                    guard case .bool(let holds) = branch.value else { continue }
                    var answered = facts
                    answered.findings[id] = Finding(holds: holds)
                    if id == .safeThirdCountry && holds { answered.findings[id]?.basis = .connection }
                    let reassessed = Fixtures.assess(answered, profile)
                    let again = Dictionary(uniqueKeysWithValues: Assessor.decidedValues(reassessed).map { ($0.path, $0.value) })
                    let name = "\(URL(fileURLWithPath: path).lastPathComponent) under \(profile): \(fact.fact) = \(holds)"
                    for (p, promised) in branch.then {
                        #expect(again[p] == promised, "\(name) promised \(p) = \(promised.preview), gave \(again[p]?.preview ?? "nothing")")
                        // Work, checked against the reasoning the page shows: "none" (null) only
                        // where the work rule says no access, "undetermined" where it says so.
                        if p == "reception.labourMarketFrom", let step = reassessed.trace.last(where: { $0.rule == .labourMarket }) {
                            switch promised {
                            case .null: #expect(step.outcome == .null, "\(name) promised no work access, the reasoning says \(step.outcome.preview)")
                            case .string(let s) where s == "undetermined": #expect(step.outcome == .string("undetermined"), "\(name)")
                            default: break
                            }
                        }
                    }
                }
            }
        }
    }
}
