import Testing
import LegalCalendar
import WaarborgJSON
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

/// A case with the given members; the rest minimal and valid.
private func caseText(application: String = #"{"madeOn":"2026-08-03"}"#, applicant: String = "{}", _ more: String = "") -> String {
    #"{"schema":"waarborg.case/1","id":"t","application":"# + application + #","applicant":"# + applicant + more + "}"
}

private func decodeError(_ text: String, today: CalendarDate? = nil) -> CaseInputError? {
    do { _ = try CaseDecoder.decode(text, today: today); return nil } catch { return error }
}

private func decodeError(_ bytes: [UInt8]) -> CaseInputError? {
    do { _ = try CaseDecoder.decode(bytes); return nil } catch { return error }
}

@Suite("Reading case facts: dates in a possible order")
struct CaseDateOrderTests {
    @Test("registered before the application was made (review D3)")
    func registeredBeforeMade() {
        let e = decodeError(caseText(application: #"{"madeOn":"2026-09-01","registeredOn":"2026-08-01","lodgedOn":"2026-07-01"}"#))
        #expect(e?.description == #"$.application.registeredOn: expected a date on or after madeOn (2026-09-01), found "2026-08-01""#)
        // ux-bad/registered-before-made.json
        let ux = decodeError(caseText(application: #"{"madeOn": "2026-08-03", "registeredOn": "2026-07-01", "lodgedOn": "2026-08-06"}"#))
        #expect(ux?.path == "$.application.registeredOn")
    }

    @Test("lodged before registered, or before made when registration is not given")
    func lodgedTooEarly() {
        let e = decodeError(caseText(application: #"{"madeOn":"2026-08-03","registeredOn":"2026-08-10","lodgedOn":"2026-08-05"}"#))
        #expect(e?.description == #"$.application.lodgedOn: expected a date on or after registeredOn (2026-08-10), found "2026-08-05""#)
        let noRegistration = decodeError(caseText(application: #"{"madeOn":"2026-08-03","lodgedOn":"2026-08-02"}"#))
        #expect(noRegistration?.description == #"$.application.lodgedOn: expected a date on or after madeOn (2026-08-03), found "2026-08-02""#)
        #expect(decodeError(caseText(application: #"{"madeOn":"2026-08-03","lodgedOn":"2026-08-20"}"#)) == nil)
        #expect(decodeError(caseText(application: #"{"madeOn":"2026-08-03","registeredOn":"2026-08-03","lodgedOn":"2026-08-03"}"#)) == nil)
    }

    @Test("an applicant born after making the application (ux-bad/birth-after-application.json)")
    func applicantBornLater() {
        let e = decodeError(caseText(applicant: #"{"birthDate": "2030-01-01", "nationality": "BGD"}"#))
        #expect(e?.description == #"$.applicant.birthDate: expected a date on or before madeOn (2026-08-03), found "2030-01-01""#)
        #expect(decodeError(caseText(applicant: #"{"birthDate": "2026-08-03"}"#)) == nil)
    }

    @Test("an arrival after the application (ux-bad/arrival-after-made.json)")
    func arrivalLater() {
        let e = decodeError(caseText(#","arrival": {"kind": "border-crossing-point", "on": "2026-12-01", "place": "Schiphol"}"#))
        #expect(e?.description == #"$.arrival.on: expected a date on or before madeOn (2026-08-03), found "2026-12-01""#)
        #expect(decodeError(caseText(#","arrival": {"kind": "border-crossing-point", "on": "2026-08-01"}"#)) == nil)
    }

    @Test("a family member may be born after the application, but not more than a year after today")
    func familyBirth() {
        let today = CalendarDate(iso: "2026-12-01")!
        let child = #","family": [{"relation": "spouse", "accompanying": true}, {"relation": "child", "birthDate": "2027-03-01", "accompanying": true}]"#
        #expect(decodeError(caseText(child), today: today) == nil)
        let unborn = #","family": [{"relation": "spouse", "accompanying": true}, {"relation": "child", "birthDate": "2028-01-01", "accompanying": true}]"#
        let e = decodeError(caseText(unborn), today: today)
        #expect(e?.description == #"$.family[1].birthDate: expected a date no later than a year from today (2027-12-01), found "2028-01-01""#)
        #expect(decodeError(caseText(#","family": [{"relation": "child", "birthDate": "2027-12-01", "accompanying": true}]"#), today: today) == nil)
    }

    @Test("without a given today, the system clock bounds family birth dates")
    func familyBirthByClock() {
        #expect(decodeError(caseText(#","family": [{"relation": "child", "birthDate": "2100-12-31", "accompanying": true}]"#))?.path == "$.family[0].birthDate")
    }
}

@Suite("Reading case facts: dates from 1900 to 2100")
struct CaseDateRangeTests {
    @Test("years far off are rejected, naming the field and the range (ux-bad/year9999.json, year0000, year1800)")
    func outOfRange() {
        let e = decodeError(caseText(application: #"{"madeOn": "9999-12-28", "registeredOn": "9999-12-29", "lodgedOn": "9999-12-30"}"#))
        #expect(e?.description == #"$.application.madeOn: expected a date from 1900-01-01 to 2100-12-31, found "9999-12-28""#)
        #expect(decodeError(caseText(application: #"{"madeOn": "0000-01-01"}"#))?.path == "$.application.madeOn")
        #expect(decodeError(caseText(#","arrival": {"kind": "in-territory", "on": "1800-01-01"}"#))?.path == "$.arrival.on")
        #expect(decodeError(caseText(applicant: #"{"birthDate": "1899-12-31"}"#))?.path == "$.applicant.birthDate")
        #expect(decodeError(caseText(#","history": [{"event": "visa", "memberState": "DEU", "on": "2020-01-01", "validUntil": "2101-01-01"}]"#))?.path == "$.history[0].validUntil")
        #expect(decodeError(caseText(#","findings": {"safeThirdCountry": {"value": "TUR", "basis": "transit", "on": "2206-01-01"}}"#))?.path == "$.findings.safeThirdCountry.on")
    }

    @Test("the first and last day of the range are accepted")
    func bounds() throws {
        let f = try CaseDecoder.decode(caseText(application: #"{"madeOn": "2100-12-31"}"#, applicant: #"{"birthDate": "1900-01-01"}"#))
        #expect(f.application.madeOn.iso == "2100-12-31" && f.applicant.birthDate?.iso == "1900-01-01")
    }
}

@Suite("Dates written the same way everywhere")
struct ISODateFormattingTests {
    @Test("the JSON writer and CalendarDate.iso agree on every day of the input range and a year beyond (review D2)")
    func agree() {
        var w = JSONWriter(pretty: false)
        let first = CaseDecoder.dateRange.lowerBound.dayNumber, last = CaseDecoder.dateRange.upperBound.adding(years: 1).dayNumber
        var mismatches = 0
        for n in first...last {
            let d = CalendarDate(dayNumber: n)
            w.reset()
            w.date(d)
            if w.string != "\"" + d.iso + "\"" { mismatches += 1 }
        }
        #expect(mismatches == 0)
        #expect(CalendarDate(iso: "2026-08-03")!.iso == "2026-08-03")
    }

    @Test("a year of five digits is not cut to four: iso writes it in full, and the writer stops a debug build")
    func fiveDigitYear() async {
        #expect(CalendarDate(year: 10000, month: 1, day: 3)!.iso == "10000-01-03")
        await #expect(processExitsWith: .failure) {
            var w = JSONWriter(pretty: false)
            w.date(CalendarDate(year: 10000, month: 1, day: 3)!)
        }
    }
}

@Suite("Reading case facts: ISO 3166-1 country codes")
struct CaseCountryCodeTests {
    static let message = "expected an ISO 3166-1 alpha-3 country code (e.g. SYR)"

    @Test("a code that is not assigned is rejected wherever a country is given (ux-bad/unknown-country-XXX.json)")
    func unassigned() {
        let e = decodeError(caseText(applicant: #"{"birthDate": "1998-11-20", "nationality": "XXX", "stateless": false}"#))
        #expect(e?.description == #"$.applicant.nationality: \#(Self.message), found "XXX""#)
        #expect(decodeError(caseText(applicant: #"{"stateless": true, "formerHabitualResidence": "ZZZ"}"#))?.path == "$.applicant.formerHabitualResidence")
        #expect(decodeError(caseText(#","family": [{"relation": "spouse", "accompanying": false, "memberState": "EUR"}]"#))?.path == "$.family[0].memberState")
        #expect(decodeError(caseText(#","history": [{"event": "visa", "memberState": "GER"}]"#))?.path == "$.history[0].memberState")
        #expect(decodeError(caseText(#","findings": {"firstCountryOfAsylum": {"value": "AAA"}}"#))?.path == "$.findings.firstCountryOfAsylum.value")
        #expect(decodeError(caseText(#","memberState": "XXX""#))?.description == #"$.memberState: \#(Self.message), found "XXX""#)
    }

    @Test("malformed codes get the same message (ux-bad/alpha2-nationality.json, lowercase)")
    func malformed() {
        #expect(decodeError(caseText(applicant: #"{"nationality": "BD"}"#))?.description == #"$.applicant.nationality: \#(Self.message), found "BD""#)
        #expect(decodeError(caseText(applicant: #"{"nationality": "syr"}"#))?.path == "$.applicant.nationality")
        #expect(decodeError(caseText(applicant: #"{"nationality": 760}"#))?.path == "$.applicant.nationality")
    }

    @Test("assigned codes and XKX (Kosovo, as the EU uses it) are accepted")
    func accepted() throws {
        for code in ["SYR", "AFG", "ERI", "PSE", "XKX", "SSD", "TWN", "ALA"] {
            let f = try CaseDecoder.decode(caseText(applicant: #"{"nationality": "\#(code)"}"#,
                                                   #","history": [{"event": "visa", "memberState": "DEU"}], "family": [{"relation": "sibling", "accompanying": false, "memberState": "BEL"}]"#))
            #expect(f.applicant.nationality?.code == code)
        }
    }

    @Test("the list is sorted, without repeats, and holds the 249 ISO codes plus XKX")
    func list() {
        #expect(ISOCountry.alpha3.count == 250)
        #expect(zip(ISOCountry.alpha3, ISOCountry.alpha3.dropFirst()).allSatisfy { $0 < $1 })
        #expect(ISOCountry.alpha3.allSatisfy { CountryCode($0) != nil })
        #expect(ISOCountry.alpha3.allSatisfy(ISOCountry.isAssigned))
        for code in ["XXX", "AAA", "ZZZ", "ANT", "YUG", "SUN", "EUE", "UK", ""] { #expect(!ISOCountry.isAssigned(code), "\(code)") }
    }
}

@Suite("Reading case facts: only the Netherlands as member state")
struct CaseMemberStateTests {
    @Test("another member state is refused: the rules use Dutch holidays and profiles")
    func notNetherlands() {
        let e = decodeError(caseText(#","memberState": "DEU""#))
        #expect(e?.description == #"$.memberState: "DEU" is not supported: only NLD (the Netherlands) is modelled: its public holidays and policy profiles are the ones Waarborg has"#)
    }

    @Test("NLD, or no memberState, is the Netherlands")
    func netherlands() throws {
        #expect(try CaseDecoder.decode(caseText(#","memberState": "NLD""#)).memberState == .netherlands)
        #expect(try CaseDecoder.decode(caseText()).memberState == .netherlands)
    }
}

@Suite("Reading case facts: messages")
struct CaseMessageTests {
    @Test("a missing field says it is required, without a stray 'a value:' (ux-bad/missing-applicant.json)")
    func required() {
        let e = decodeError(#"{"schema": "waarborg.case/1", "id": "ex-bgd-schiphol", "memberState": "NLD", "application": {"madeOn": "2026-08-03"}}"#)
        #expect(e?.description == "$.applicant: this field is required")
        let finding = decodeError(caseText(#","findings": {"safeThirdCountry": {"basis": "transit"}}"#))
        #expect(finding?.description == "$.findings.safeThirdCountry.value: this field is required")
    }

    @Test("a syntax error reads 'not valid JSON' with line and column (ux-bad/notjson.json)")
    func notValidJSON() {
        #expect(decodeError("hello, this is not json\n")?.description == "$: not valid JSON (line 1, column 1: unexpected character 'h')")
        #expect(decodeError("{\n  \"schema\": \"waarborg.case/1\",\n  \"id\": }")?.description == "$: not valid JSON (line 3, column 9: unexpected character '}')")
    }

    @Test("invalid UTF-8 is rejected with its position, not turned into U+FFFD (ux-bad/invalid-utf8-id.json, review D8)")
    func invalidUTF8() {
        let bytes = Array(#"{"schema":"waarborg.case/1","id":"ex-"#.utf8) + [0xFF, 0xFE] + Array(#"-bgd","application":{"madeOn":"2026-08-03"},"applicant":{}}"#.utf8)
        #expect(decodeError(bytes)?.description == "$: not valid JSON (line 1, column 38: invalid UTF-8: byte 0xFF never occurs in UTF-8)")
    }

    @Test("a file with a UTF-8 byte-order mark is read (ux-bad/bom.json)")
    func byteOrderMark() throws {
        let f = try CaseDecoder.decode([0xEF, 0xBB, 0xBF] + Array(caseText(applicant: #"{"nationality": "BGD"}"#).utf8))
        #expect(f.applicant.nationality?.code == "BGD")
    }

    @Test("a raw NUL in a string is named; an escaped one is accepted (ux-bad/nul-in-string.json)")
    func nul() throws {
        let raw = Array(#"{"schema": "waarborg.case/1", "id": "ex-bgd"#.utf8) + [0] + Array(#"schiphol", "application": {"madeOn": "2026-08-03"}, "applicant": {}}"#.utf8)
        #expect(decodeError(raw)?.description == #"$: not valid JSON (line 1, column 44: a raw NUL byte in a string (control characters must be escaped, e.g. \u0000))"#)
        let escaped = try CaseDecoder.decode(#"{"schema": "waarborg.case/1", "id": "ex-bgd\u0000schiphol", "application": {"madeOn": "2026-08-03"}, "applicant": {}}"#)
        #expect(escaped.id == "ex-bgd\u{0}schiphol")
    }
}

@Suite("Reading case facts: every field lands in its own place")
struct CaseEveryFieldTests {
    @Test("a case with every field set reads each into the right property (review D16)")
    func everyField() throws {
        let f = try CaseDecoder.decode(#"""
        {"schema": "waarborg.case/1", "id": "all", "memberState": "NLD",
         "arrival": {"kind": "border-crossing-point", "on": "2026-08-01", "place": "Schiphol"},
         "application": {"madeOn": "2026-08-03", "registeredOn": "2026-08-04", "lodgedOn": "2026-08-06"},
         "applicant": {"birthDate": "1998-11-20", "ageDisputed": true, "nationality": "BGD", "stateless": false,
                       "formerHabitualResidence": "IND", "unaccompanied": false, "specialNeeds": ["pregnant"], "riskProfiles": ["journalist"]},
         "family": [{"relation": "spouse", "birthDate": "1997-01-02", "accompanying": false, "memberState": "DEU", "status": "beneficiary"}],
         "history": [{"event": "application", "memberState": "BEL", "on": "2025-01-02", "validUntil": "2025-06-30", "outcome": "rejected"}],
         "findings": {"publicOrderDanger": false}}
        """#, today: CalendarDate(iso: "2026-12-01"))
        #expect(f.arrival == Arrival(kind: .borderCrossingPoint, on: CalendarDate(iso: "2026-08-01"), place: "Schiphol"))
        #expect(f.application == ApplicationDates(madeOn: CalendarDate(iso: "2026-08-03")!, registeredOn: CalendarDate(iso: "2026-08-04"), lodgedOn: CalendarDate(iso: "2026-08-06")))
        #expect(f.applicant.formerHabitualResidence?.code == "IND" && f.applicant.ageDisputed)
        #expect(f.applicant.specialNeeds == [.pregnant] && f.applicant.riskProfiles == [.journalist])
        #expect(f.family == [FamilyMember(relation: .spouse, birthDate: CalendarDate(iso: "1997-01-02"), accompanying: false, memberState: CountryCode("DEU"), status: .beneficiary)])
        #expect(f.history == [HistoryEvent(event: .application, memberState: CountryCode("BEL")!, on: CalendarDate(iso: "2025-01-02"), validUntil: CalendarDate(iso: "2025-06-30"), outcome: .rejected)])
        #expect(f.findings.truth(.publicOrderDanger) == .no)
    }
}
