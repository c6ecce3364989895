import Foundation
import Testing
import Yams
import WaarborgJSON
@testable import WaarborgRules

/// No citation in the English form reaches a Dutch reader: every golden case under every profile,
/// in the Dutch text report and in every Dutch text of the assessment JSON.
@Suite("Dutch citations in reports")
struct DutchCitationsInReportsTests {
    static let goldenCases: [String] = try! FileManager.default
        .contentsOfDirectory(atPath: Fixtures.goldenDirectory.path).filter { $0.hasSuffix(".yaml") }.sorted()

    /// "art. 42(1)" and the English abbreviations of the Pact instruments are the English form.
    static let englishForm = try! NSRegularExpression(pattern: #"art\. \d+[a-z]?\(|\bArts? \d|\b(APR|AMMR|RCD|QR)\b"#)

    static func englishCitations(in text: String) -> [String] {
        let range = NSRange(text.startIndex..., in: text)
        return englishForm.matches(in: text, range: range).compactMap { m in
            Range(m.range, in: text).map { r in
                let lo = text.index(r.lowerBound, offsetBy: -40, limitedBy: text.startIndex) ?? text.startIndex
                let hi = text.index(r.upperBound, offsetBy: 30, limitedBy: text.endIndex) ?? text.endIndex
                return String(text[lo..<hi])
            }
        }
    }

    static func dutchTexts(_ v: JSONValue, into out: inout [String]) {
        switch v {
        case .object(let fields):
            for (k, x) in fields {
                if k == "nl", case .string(let s) = x { out.append(s) } else { dutchTexts(x, into: &out) }
            }
        case .array(let items): for x in items { dutchTexts(x, into: &out) }
        default: break
        }
    }

    @Test("the Dutch report and the Dutch texts of the JSON cite in the Dutch form", arguments: goldenCases)
    func dutchForm(_ file: String) throws {
        let url = Fixtures.goldenDirectory.appendingPathComponent(file)
        let doc = try #require(try Yams.compose(yaml: String(contentsOf: url, encoding: .utf8)))
        let facts = try CaseDecoder.decode(Fixtures.json(try #require(doc["case"])))
        for profile in Fixtures.profileIDs {
            let a = Fixtures.assess(facts, profile)
            let report = TextReport.render(a, lang: .nl)
            #expect(Self.englishCitations(in: report).isEmpty, "\(file) \(profile) report: \(Self.englishCitations(in: report))")
            var texts: [String] = []
            Self.dutchTexts(try JSONParser.parse(AssessmentEncoder.encode(a, pretty: false)), into: &texts)
            let found = texts.flatMap(Self.englishCitations(in:))
            #expect(found.isEmpty, "\(file) \(profile) JSON: \(found)")
        }
    }
}
