import Foundation
import Testing
import LegalCalendar
import WaarborgJSON
@testable import WaarborgRules

/// "What happens next" lists the dates still to come in date order, a conditional request to
/// another state among them (the new-user report of 3 December 2026 found 25 January 2027 listed
/// before 11 December 2026).
@Suite("What happens next, in date order")
struct WhatHappensNextOrderTests {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    /// The date a line of the section starts with ("  25 January 2027: ..."), if any.
    static func leadingDate(_ line: String) -> CalendarDate? {
        let words = line.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 3)
        guard words.count >= 3, let day = Int(words[0]), let m = months.firstIndex(of: String(words[1])),
              let year = Int(words[2].prefix(4)) else { return nil }
        return CalendarDate(year: year, month: m + 1, day: day)
    }

    @Test("for every example case, with and without its findings, on several days, the coming dates are in order", arguments: OpenFactPromiseTests.cases)
    func inOrder(_ path: String) throws {
        let json = try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        var stripped = json
        if case .object(let pairs) = json { stripped = .object(pairs.filter { $0.0 != "findings" }) }
        for variant in [json, stripped] {
            let facts = try CaseDecoder.decode(variant)
            for profile in Fixtures.profileIDs {
                for asOf in ["2026-06-15", "2026-08-20", "2026-10-01", "2026-12-03"].compactMap(CalendarDate.init(iso:)) {
                    var a = Fixtures.assess(facts, profile)
                    a.asOf = asOf
                    let text = TextReport.render(a, lang: .en)
                    guard let start = text.range(of: "WHAT HAPPENS NEXT\n") else { continue }
                    let section = text[start.upperBound...].prefix { _ in true }.components(separatedBy: "\n\n")[0]
                    let coming = section.split(separator: "\n").compactMap { Self.leadingDate(String($0)) }.filter { $0 >= asOf }
                    #expect(coming == coming.sorted(), "\(URL(fileURLWithPath: path).lastPathComponent), \(profile), as of \(asOf.iso): \(coming.map(\.iso))")
                }
            }
        }
    }
}
