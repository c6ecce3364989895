import Testing
import WaarborgJSON
import WaarborgRules
@testable import WaarborgWeb

@Suite("The intake form")
struct FormTests {
    @Test("a form body is read as sent: every value of every name, decoded, bounded")
    func parsing() throws {
        let f = try FormData.parse(Array("a=1&b=x+y&b=%C3%A9t%C3%A9&empty=&c".utf8))
        #expect(f["a"] == "1")
        #expect(f.all("b") == ["x y", "été"])
        #expect(f["empty"] == nil)
        #expect(f["c"] == nil)
        let many = Array(repeating: "k=v", count: FormData.maxFields + 1).joined(separator: "&")
        #expect(throws: FormData.ParseError.tooManyFields) { try FormData.parse(Array(many.utf8)) }
        #expect(throws: FormData.ParseError.notText) { try FormData.parse([0x61, 0x3D, 0xFF]) }
    }

    @Test("every known case, put into the form and read back, is the same case", arguments: Fixtures.cases.map(\.name))
    func roundTrip(_ name: String) throws {
        let original = Fixtures.cases.first { $0.name == name }!.facts
        let again = IntakeForm.facts(from: IntakeForm.values(from: original))
        let a = try CaseDecoder.decode(original)
        let b = try CaseDecoder.decode(again)
        #expect(a == b, "\(name): the form lost or changed a fact")
    }

    @Test("'unknown' leaves a fact out, so the assessment shows it as open")
    func unknownIsLeftOut() throws {
        var form = FormData()
        form.set("application.madeOn", "2026-09-02")
        form.set("applicant.unaccompanied", "unknown")
        form.set("findings.misledAuthorities", "unknown")
        form.set("findings.publicOrderDanger", "no")
        let facts = IntakeForm.facts(from: form)
        #expect(facts["applicant"]?["unaccompanied"] == nil)
        #expect(facts["findings"]?["misledAuthorities"] == nil)
        #expect(facts["findings"]?["publicOrderDanger"] == .bool(false))
    }

    @Test("a decoder error names a field the form has, so the message can sit beside it")
    func errorsLandOnFields() {
        #expect(IntakeForm.fieldName(forErrorPath: "$.application.registeredOn") == "application.registeredOn")
        #expect(IntakeForm.fieldName(forErrorPath: "$.family[1].relation") == "family.1.relation")
        #expect(IntakeForm.fieldName(forErrorPath: "$.history[0].hitReceivedOn") == "history.0.hitReceivedOn")
        #expect(IntakeForm.fieldName(forErrorPath: "$.findings.misledAuthorities") == "findings.misledAuthorities")
        #expect(IntakeForm.fieldName(forErrorPath: "$.findings.safeThirdCountry.value") == "findings.safeThirdCountry.value")
        #expect(IntakeForm.fieldName(forErrorPath: "$.findings.publicOrderDanger.value") == "findings.publicOrderDanger")
        #expect(IntakeForm.fieldName(forErrorPath: "$.somethingElse") == nil)
        #expect(IntakeForm.fieldName(forErrorPath: "$") == nil)
    }

    @Test("the rendered form has an input for every field an error can name, and shows the error beside it")
    func everyFieldRendered() {
        var form = FormData()
        form.set("family.0.relation", "child")
        let html = IntakeForm.render(Fixtures.context(), values: form, errors: ["family.0.birthDate": "wrong date"], general: "check",
                                     profiles: [(id: "nl-2026", title: "Netherlands 2026")], profile: "nl-2026",
                                     target: .init(action: "/assess", canSave: false)).html
        for g in IntakeFields.groups { for f in g.fields { #expect(html.contains("name=\"\(f.key)\""), "\(f.key)") } }
        for f in IntakeFields.familyFields { #expect(html.contains("name=\"family.0.\(f.key)\"")) }
        for f in IntakeFields.historyFields { #expect(html.contains("name=\"history.2.\(f.key)\"")) }
        for id in FindingID.allCases { #expect(html.contains("name=\"\(id.factPath)\" value=\"unknown\""), "\(id)") }
        #expect(html.contains("<p class=\"field-error\" id=\"e-f-family-0-birthDate\">wrong date</p>"))
        #expect(html.contains("aria-describedby=\"e-f-family-0-birthDate\" aria-invalid=\"true\""))
        #expect(html.contains("name=\"csrf\" value=\"csrf-token\""))
        // One filled family row and the blank rows after it.
        #expect(html.contains("id=\"family-\(IntakeFields.blankRows)\""))
        #expect(!html.contains("id=\"family-\(IntakeFields.blankRows + 1)\""))
    }

    @Test("the form reads in Dutch with no English label left")
    func dutch() {
        let html = IntakeForm.render(Fixtures.context(.nl), values: FormData(), errors: [:], general: nil,
                                     profiles: [], profile: "nl-2026", target: .init(action: "/assess", canSave: true)).html
        let text = Fixtures.visibleText(html)
        for english in ["Arrival", "Applicant", "Findings", "Date of birth", "unknown", "Assess", "Family member"] {
            #expect(!text.contains(english), "\(english)")
        }
        #expect(text.contains("Beoordelen en opslaan in het register"))
    }
}
