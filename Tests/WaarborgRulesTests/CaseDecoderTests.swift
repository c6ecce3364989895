import Testing
@testable import WaarborgRules

@Suite("Reading case facts strictly")
struct CaseDecoderTests {
    func error(_ json: String) -> CaseInputError? {
        do { _ = try CaseDecoder.decode(json); return nil } catch { return error }
    }
    let head = #"{"schema":"waarborg.case/1","id":"t","application":{"madeOn":"2026-08-03"},"applicant":{"#

    @Test("an impossible date names its path")
    func impossibleDate() {
        let e = error(#"{"schema":"waarborg.case/1","id":"t","application":{"madeOn":"2026-02-30"},"applicant":{}}"#)
        #expect(e?.path == "$.application.madeOn")
    }

    @Test("an unknown key is an error, not ignored")
    func unknownKey() {
        #expect(error(head + #""nationalty":"SYR"}}"#)?.path == "$.applicant.nationalty")
        #expect(error(head + #"}, "findings": {"publicOrderDangr": true}}"#)?.path == "$.findings.publicOrderDangr")
    }

    @Test("a wrong type and an unknown enumeration value name the field")
    func wrongTypes() {
        #expect(error(head + #""unaccompanied":"yes"}}"#)?.path == "$.applicant.unaccompanied")
        #expect(error(head + #""specialNeeds":["tired"]}}"#)?.path == "$.applicant.specialNeeds[0]")
        #expect(error(head + #"}, "arrival": {"kind": "by-air"}}"#)?.path == "$.arrival.kind")
        #expect(error(head + #""nationality":"sy"}}"#)?.path == "$.applicant.nationality")
    }

    @Test("missing required fields and bad JSON are reported")
    func missing() {
        #expect(error(#"{"schema":"waarborg.case/1","application":{"madeOn":"2026-08-03"},"applicant":{}}"#)?.path == "$.id")
        #expect(error(#"{"schema":"waarborg.case/2","id":"t","application":{"madeOn":"2026-08-03"},"applicant":{}}"#)?.path == "$.schema")
        #expect(error("{not json")?.path == "$")
        #expect(error(head + #""nationality":"SYR","nationality":"IRQ"}}"#)?.path == "$")
    }

    @Test("absent facts stay unknown; null nationality is unknown")
    func unknowns() throws {
        let f = try CaseDecoder.decode(head + #""nationality":null,"birthDate":null}}"#)
        #expect(f.applicant.nationality == nil)
        #expect(f.arrival == nil)
        #expect(f.findings.truth(.publicOrderDanger) == .unknown)
    }
}

@Suite("Findings storage")
struct FindingsStorageTests {
    @Test("every finding has its own slot")
    func ordinals() {
        #expect(FindingID.allCases.map(\.ordinal) == Array(0..<FindingID.allCases.count))
    }
}

@Suite("Reading case facts: document shape")
struct CaseDocumentShapeTests {
    func error(_ json: String) -> CaseInputError? {
        do { _ = try CaseDecoder.decode(json); return nil } catch { return error }
    }

    @Test("white space anywhere is accepted, trailing text is not")
    func whitespace() throws {
        let spaced = " {\n \"schema\" : \"waarborg.case/1\" ,\n \"id\" : \"t\" , \"application\" : { \"madeOn\" : \"2026-08-03\" } ,\t\"applicant\" : { } , \"family\" : [ { \"relation\" : \"child\" , \"accompanying\" : true } ] }\n"
        let f = try CaseDecoder.decode(spaced)
        #expect(f.family.count == 1)
        #expect(error(spaced + "x")?.path == "$")
    }

    @Test("the top level and nested members must have the right shape")
    func shapes() {
        #expect(error("[1]")?.path == "$")
        #expect(error(#"{"schema":"waarborg.case/1","id":"t","application":{"madeOn":"2026-08-03"},"applicant":{},"family":{}}"#)?.path == "$.family")
        #expect(error(#"{"schema":"waarborg.case/1","id":"t","application":{"madeOn":"2026-08-03"},"applicant":{},"family":[{"relation":"child"}]}"#)?.path == "$.family[0].accompanying")
        #expect(error(#"{"schema":"waarborg.case/1","id":"t","application":{"madeOn":"2026-08-03"},"applicant":{},"history":[{"event":"visa","memberState":"DEU","on":"2026-13-01"}]}"#)?.path == "$.history[0].on")
    }
}
