import Testing
import WaarborgJSON
import WaarborgRules
@testable import WaarborgWeb

@Suite("The assessment page says what the text report says")
struct AssessmentPageTests {
    static let profiles = ["pact-minimum", "nl-2026", "vwn-alternative"]

    @Test("every date of the timeline and every open question is on the page, in both languages", arguments: Fixtures.cases.map(\.name))
    func datesAndQuestions(_ name: String) throws {
        let facts = try CaseDecoder.decode(Fixtures.cases.first { $0.name == name }!.facts)
        for id in Self.profiles {
            var a = Fixtures.engine.assessor(id)!.assess(facts)
            a.asOf = Fixtures.context().today
            for lang in Language.allCases {
                let ctx = Fixtures.context(lang)
                let html = AssessmentPage.body(a, ctx, origin: .init(facts: [], profile: id), profiles: []).html
                let doc = TextReport.document(a, lang: lang)
                #expect(html.contains("data-route=\"\(a.procedure.route.rawValue)\""))
                for t in a.timeline { #expect(html.contains("data-date=\"\(t.date.iso)\""), "\(name) \(id): \(t.date.iso)") }
                for d in a.deadlines { #expect(html.contains("data-date=\"\(d.date.iso)\""), "\(name) \(id): \(d.date.iso)") }
                #expect(html.components(separatedBy: "class=\"question\"").count - 1 == a.openFacts.count)
                for q in doc.questions { #expect(html.contains(Markup.escape(q.question)), "\(name): \(q.question)") }
                for r in doc.reasons { #expect(html.contains(Markup.escape(r.because))) }
                // Every line of the rights section is on the page, its citation as a link or as text.
                for line in doc.section(.rights)?.lines.dropFirst() ?? [] {
                    let words = line.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "· ", with: "")
                    let head = String(words.prefix { $0 != "[" }).trimmingCharacters(in: .whitespaces)
                    #expect(Fixtures.visibleText(html).contains(head), "\(name) \(id) \(lang): \(head)")
                }
            }
        }
    }

    @Test("no page text is an identifier: the route and the states are words")
    func noIdentifiers() throws {
        for (name, json) in Fixtures.cases {
            let facts = try CaseDecoder.decode(json)
            var a = Fixtures.engine.assessor("nl-2026")!.assess(facts)
            a.asOf = Fixtures.context().today
            for lang in Language.allCases {
                let text = Fixtures.visibleText(AssessmentPage.body(a, Fixtures.context(lang), origin: .init(facts: [], profile: "nl-2026"), profiles: []).html)
                for id in ["on-request", "in-force", "dublin-minimum", "otherMemberState", "labourMarketFrom", "findings.", "procedure.route"] {
                    #expect(!text.contains(id), Comment(rawValue: "\(name) \(lang): \(id)"))
                }
            }
        }
    }
}
