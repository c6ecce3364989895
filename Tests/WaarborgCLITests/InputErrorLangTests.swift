import Testing

/// With `--lang nl` a counsellor reads why a case was refused in Dutch, with the field named in
/// words; the JSON path follows in brackets so the input can be found.
@Suite("Input errors in the reader's language")
struct InputErrorLangTests {
    static let birthAfterApplication = #"{"schema":"waarborg.case/1","id":"x","memberState":"NLD","application":{"madeOn":"2026-08-03"},"applicant":{"birthDate":"2030-01-01"}}"#

    @Test("a birth date after the application, in Dutch: the field in words, the rule, the value found")
    func dutch() throws {
        let r = try CLI.run(["assess", "--format", "text", "--lang", "nl"], stdin: Self.birthAfterApplication)
        #expect(r.status == 1 && r.out.isEmpty)
        #expect(r.err.contains("fout: ongeldige zaak: de geboortedatum van de aanvrager ($.applicant.birthDate): verwacht een datum op of vóór de datum waarop de aanvraag is gedaan (2026-08-03), gevonden \"2030-01-01\""))
    }

    @Test("a missing section in Dutch, and the English message unchanged without --lang nl")
    func missingAndEnglish() throws {
        let nl = try CLI.run(["assess", "--format", "text", "--lang", "nl"], stdin: #"{"schema":"waarborg.case/1","id":"x","memberState":"NLD","applicant":{}}"#)
        #expect(nl.status == 1 && nl.err.contains("fout: ongeldige zaak: de aanvraaggegevens ($.application): dit veld is verplicht"))
        let en = try CLI.run(["assess"], stdin: Self.birthAfterApplication)
        #expect(en.status == 1 && en.err.contains("error: invalid case: $.applicant.birthDate: expected a date on or before madeOn (2026-08-03)"))
    }
}
