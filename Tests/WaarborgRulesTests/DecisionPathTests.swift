import Foundation
import PropertyBased
import Yams
import Testing
@testable import WaarborgRules
import WaarborgJSON

/// The decision path (`Assessor.decide`, used by the simulation and the open-fact search) runs the
/// same rules silent. It must decide exactly what the narrated pass decides: every value, date and
/// status, only without the words.
@Suite("The decision path decides what the narrated pass decides")
struct DecisionPathTests {
    /// Every value of the assessment except its words (trace, labels, reasons, notes).
    static func decisions(_ a: Assessment) -> [String: JSONValue] {
        Fixtures.paths(a).filter { path, _ in
            // The safeguards are sentences (the contract writes them as English text).
            !path.hasPrefix("trace") && !path.hasSuffix(".en") && !path.hasSuffix(".nl") && path != "detention.safeguards"
        }
    }

    @Test("same values, dates and statuses on generated cases, under every profile")
    func sameDecisions() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...1_000_000_000)) { seed in
            let facts = CaseGenerator.make(seed: seed)
            for p in Fixtures.profileIDs {
                let assessor = Fixtures.engine.assessor(p)!
                let narrated = Self.decisions(assessor.assessRules(facts))
                let silent = Self.decisions(assessor.decide(facts))
                let differing = Set(narrated.keys).symmetricDifference(silent.keys).union(narrated.filter { silent[$0.key] != $0.value }.keys)
                #expect(differing.isEmpty, "seed \(seed) \(p): the paths differ at \(differing.sorted())")
            }
        }
    }

    @Test("a silent pass writes no trace and no words")
    func silentHasNoWords() {
        let facts = CaseGenerator.make(seed: 7)
        let a = Fixtures.engine.assessor("nl-2026")!.decide(facts)
        #expect(a.trace.isEmpty)
        #expect(a.timeline.allSatisfy { $0.label.en.isEmpty && $0.label.nl.isEmpty })
        #expect(a.openFacts.isEmpty)
    }

    @Test("the golden cases get the same decisions on both paths", arguments: GoldenCaseTests.files)
    func goldenCase(file: String) throws {
        let text = try String(contentsOf: Fixtures.goldenDirectory.appendingPathComponent(file), encoding: .utf8)
        let doc = try #require(try Yams.compose(yaml: text))
        let facts = try CaseDecoder.decode(Fixtures.json(try #require(doc["case"])))
        for p in Fixtures.profileIDs {
            let assessor = Fixtures.engine.assessor(p)!
            let narrated = Self.decisions(assessor.assessRules(facts)), silent = Self.decisions(assessor.decide(facts))
            #expect(narrated == silent, "\(file) \(p): the paths differ at \(narrated.filter { silent[$0.key] != $0.value }.keys.sorted())")
        }
    }
}
