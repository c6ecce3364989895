import Testing
@testable import LegalCalendar

@Suite("Dutch public holidays")
struct HolidayTests {
    @Test("Easter Sunday 2026-2032", arguments: [
        (2026, "2026-04-05"), (2027, "2027-03-28"), (2028, "2028-04-16"), (2029, "2029-04-01"),
        (2030, "2030-04-21"), (2031, "2031-04-13"), (2032, "2032-03-28"),
    ])
    func easter(year: Int, expected: String) {
        #expect(Easter.sunday(in: year).iso == expected)
    }

    @Test("Easter-based days follow Easter")
    func movableDays() {
        #expect(PublicHoliday.easterMonday.date(in: 2026)?.iso == "2026-04-06")
        #expect(PublicHoliday.ascensionDay.date(in: 2026)?.iso == "2026-05-14")
        #expect(PublicHoliday.whitMonday.date(in: 2026)?.iso == "2026-05-25")
        #expect(PublicHoliday.goodFriday.date(in: 2027)?.iso == "2027-03-26")
    }

    @Test("King's Day moves to 26 April when 27 April is a Sunday")
    func kingsDay() {
        #expect(PublicHoliday.kingsDay.date(in: 2025)?.iso == "2025-04-26")  // 27 April 2025 was a Sunday
        #expect(PublicHoliday.kingsDay.date(in: 2026)?.iso == "2026-04-27")
        #expect(PublicHoliday.kingsDay.date(in: 2031)?.iso == "2031-04-26")  // Sunday again
        #expect(PublicHoliday.kingsDay.date(in: 2013)?.iso == "2013-04-30")  // Queen's Day
    }

    @Test("the Atw calendar knows Liberation Day every year and Good Friday (art 3(2))")
    func atwList() {
        let nl = CountingRegime.dutchHolidays
        #expect(nl.isHoliday(CalendarDate(iso: "2026-05-05")!))
        #expect(nl.isHoliday(CalendarDate(iso: "2027-05-05")!))
        #expect(nl.isHoliday(CalendarDate(iso: "2026-04-03")!))  // Good Friday 2026
        #expect(!nl.isHoliday(CalendarDate(iso: "2026-04-02")!))
        #expect(nl.isHoliday(CalendarDate(iso: "2026-12-25")!))
        #expect(nl.isHoliday(CalendarDate(iso: "2026-12-26")!))
        #expect(nl.isHoliday(CalendarDate(iso: "2027-01-01")!))
        #expect(nl.holidays(in: 2026).count == 9)
        // Outside the precomputed range the same rules apply.
        #expect(nl.isHoliday(CalendarDate(iso: "2250-12-25")!))
    }
}
