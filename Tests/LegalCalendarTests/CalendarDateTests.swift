import Testing
@testable import LegalCalendar

@Suite("Calendar dates")
struct CalendarDateTests {
    @Test("ISO dates round-trip and impossible dates are rejected")
    func parsing() {
        #expect(CalendarDate(iso: "2026-08-03")?.iso == "2026-08-03")
        #expect(CalendarDate(iso: "2026-02-30") == nil)
        #expect(CalendarDate(iso: "2026-13-01") == nil)
        #expect(CalendarDate(iso: "2026-2-3") == nil)
        #expect(CalendarDate(iso: "2028-02-29") != nil)
        #expect(CalendarDate(iso: "2027-02-29") == nil)
        #expect(CalendarDate(iso: "1900-02-29") == nil)
        #expect(CalendarDate(iso: "2000-02-29") != nil)
    }

    @Test("weekdays are right on known days")
    func weekdays() {
        #expect(CalendarDate(iso: "1970-01-01")!.weekday == .thursday)
        #expect(CalendarDate(iso: "2026-08-03")!.weekday == .monday)
        #expect(CalendarDate(iso: "2026-10-10")!.weekday == .saturday)
        #expect(CalendarDate(iso: "1969-12-31")!.weekday == .wednesday)
    }

    @Test("month arithmetic clamps to the last day of a shorter month")
    func monthEnds() {
        #expect(CalendarDate(iso: "2026-01-31")!.adding(months: 1).iso == "2026-02-28")
        #expect(CalendarDate(iso: "2028-01-31")!.adding(months: 1).iso == "2028-02-29")
        #expect(CalendarDate(iso: "2026-08-31")!.adding(months: 6).iso == "2027-02-28")
        #expect(CalendarDate(iso: "2026-03-31")!.adding(months: -1).iso == "2026-02-28")
        #expect(CalendarDate(iso: "2026-12-15")!.adding(months: 1).iso == "2027-01-15")
        #expect(CalendarDate(iso: "2028-02-29")!.adding(years: 1).iso == "2029-02-28")
    }

    @Test("day numbers are continuous across thousands of years")
    func continuity() {
        var d = CalendarDate(iso: "1899-12-25")!
        for _ in 0..<200_000 {
            let next = d.adding(days: 1)
            let (y, m, day) = next.components
            #expect(CalendarDate(year: y, month: m, day: day) == next)
            d = next
        }
    }
}
