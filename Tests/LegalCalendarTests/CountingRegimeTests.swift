import Testing
@testable import LegalCalendar

private func d(_ s: String) -> CalendarDate { CalendarDate(iso: s)! }

@Suite("Counting periods under Regulation 1182/71")
struct EUCountingTests {
    let eu = CountingRegime.eu

    @Test("a period in days leaves out the day of the event")
    func days() {
        #expect(eu.end(of: .days(7), from: d("2026-08-03")).date == d("2026-08-10"))
        #expect(eu.end(of: .days(3), from: d("2026-08-03")).date == d("2026-08-06"))
        #expect(eu.end(of: .days(21), from: d("2026-08-05")).date == d("2026-08-26"))
    }

    @Test("weeks end on the same weekday")
    func weeks() {
        #expect(eu.end(of: .weeks(12), from: d("2026-08-04")).date == d("2026-10-27"))
    }

    @Test("months end on the same date, or the last day of a shorter month")
    func months() {
        #expect(eu.end(of: .months(6), from: d("2026-08-17")).date == d("2027-02-17"))
        #expect(eu.end(of: .months(6), from: d("2026-08-05")).date == d("2027-02-05"))
        // 31 January + 1 month = 28 February 2026 (a Saturday) -> Monday 2 March.
        let jan = eu.end(of: .months(1), from: d("2026-01-31"))
        #expect(jan.nominal == d("2026-02-28"))
        #expect(jan.date == d("2026-03-02"))
        // Leap year: 31 January 2028 + 1 month = Tuesday 29 February 2028.
        #expect(eu.end(of: .months(1), from: d("2028-01-31")).date == d("2028-02-29"))
    }

    @Test("an end on a Saturday, Sunday or holiday moves to the next working day")
    func endOnNonWorkingDay() {
        // 2 months from 10 August 2026 is Saturday 10 October -> Monday 12 October.
        let school = eu.end(of: .months(2), from: d("2026-08-10"))
        #expect(school.date == d("2026-10-12"))
        #expect(school.movedFrom == d("2026-10-10"))
        // Ends on Christmas Day 2026 (Friday) -> Second Christmas Day is Saturday -> Monday 28 December.
        #expect(eu.end(of: .days(10), from: d("2026-12-15")).date == d("2026-12-28"))
        // Ends on King's Day 2026 (Monday 27 April) -> Tuesday.
        #expect(eu.end(of: .days(7), from: d("2026-04-20")).date == d("2026-04-28"))
        // Ends on Liberation Day 2027 (Wednesday 5 May); Thursday 6 May 2027 is Ascension Day
        // (Easter 28 March + 39) -> Friday 7 May.
        #expect(eu.end(of: .days(5), from: d("2027-04-30")).date == d("2027-05-07"))
    }

    @Test("working days skip weekends and holidays, across Christmas")
    func workingDays() {
        // 15 working days from Monday 3 August 2026.
        #expect(eu.end(of: .workingDays(15), from: d("2026-08-03")).date == d("2026-08-24"))
        // From Wednesday 23 December 2026: 24 (1), 25-27 off, 28 (2), 29 (3), 30 (4), 31 (5), 1 Jan off, 4 Jan (6).
        #expect(eu.end(of: .workingDays(6), from: d("2026-12-23")).date == d("2027-01-04"))
        // 10 working days from Thursday 1 April 2027 cross Easter Monday 29 March? No: Easter 2027 is 28 March,
        // so Easter Monday 29 March is before; King's Day 27 April is far. Count: 2,5,6,7,8,9,12,13,14,15.
        #expect(eu.end(of: .workingDays(10), from: d("2027-04-01")).date == d("2027-04-15"))
    }

    @Test("a period of two days or more contains at least two working days")
    func twoWorkingDays() {
        // 2 days from Thursday 24 December 2026: nominal Saturday 26 -> Monday 28 (one working day: 28)
        // -> needs a second working day: Tuesday 29 December.
        #expect(eu.end(of: .days(2), from: d("2026-12-24")).date == d("2026-12-29"))
    }
}

@Suite("Counting under the Algemene termijnenwet and without extension")
struct OtherRegimeTests {
    @Test("Atw extends a period ending on a Sunday")
    func atw() {
        #expect(CountingRegime.dutch.end(of: .weeks(1), from: d("2026-10-04")).date == d("2026-10-12"))
        #expect(CountingRegime.dutch.end(of: .weeks(4), from: d("2026-09-14")).date == d("2026-10-12"))
    }

    @Test("calendar-only counting keeps a weekend end")
    func calendarOnly() {
        #expect(CountingRegime.calendarOnly.end(of: .months(2), from: d("2026-08-10")).date == d("2026-10-10"))
    }
}
