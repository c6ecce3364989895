import Testing
import LegalCalendar
@testable import WaarborgRules

/// A date that moves says why, truly: off a weekend or holiday (Reg 1182/71 Art 3(4)), or because
/// a period of two days or more must hold two working days (Art 3(5)), or both.
@Suite("Why a deadline moved")
struct MovedDeadlineNoteTests {
    let eu = PactCalendar.regime

    @Test("3 days from Friday 20 November 2026 end on Tuesday 24 November: the Monday is a working day, but the period needs two")
    func tooFewWorkingDays() throws {
        let d = eu.deadline(.days(3), from: CalendarDate(iso: "2026-11-20")!)
        #expect(d.date.iso == "2026-11-24")
        let note = try #require(d.moved)
        #expect(note.en == "23 November 2026 is a working day, but a period of 2 days or more must include at least 2 working days, so the period ends on 24 November 2026")
        #expect(note.nl == "23 november 2026 is een werkdag, maar een termijn van 2 dagen of meer moet ten minste 2 werkdagen bevatten, dus de termijn eindigt op 24 november 2026")
    }

    @Test("7 days from Saturday 21 November 2026 end on Monday 30 November: the Saturday end moves to the next working day")
    func weekend() throws {
        let d = eu.deadline(.days(7), from: CalendarDate(iso: "2026-11-21")!)
        #expect(d.date.iso == "2026-11-30")
        #expect(d.moved?.en == "28 November 2026 is a Saturday, so the period ends on the next working day")
    }

    @Test("2 days from Thursday 24 December 2026 end on Monday 28 December: Christmas, Boxing Day and Sunday, and two working days needed")
    func holidayAndMinimum() throws {
        let d = eu.deadline(.days(2), from: CalendarDate(iso: "2026-12-24")!)
        // 25 and 26 December are holidays, 27 is a Sunday: the 28th is the first working day, and
        // the period from the 25th then holds one working day, so it ends on the 29th.
        #expect(d.date.iso == "2026-12-29")
        let note = try #require(d.moved)
        #expect(note.en.hasPrefix("26 December 2026 is "))
        #expect(note.en.hasSuffix(", and a period of 2 days or more must include at least 2 working days, so the period ends on 29 December 2026"))
    }
}
