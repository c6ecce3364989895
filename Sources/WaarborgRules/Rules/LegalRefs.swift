import LegalCalendar

/// Fixed dates and counting rules the instruments themselves set.
public enum PactCalendar {
    /// APR Art 79(2): the Pact instruments apply from 12 June 2026.
    public static let applicationDate = CalendarDate(year: 2026, month: 6, day: 12)!
    /// AMMR Art 84: applications registered before 1 July 2026 are determined under Dublin III.
    public static let ammrChangeover = CalendarDate(year: 2026, month: 7, day: 1)!
    /// No counting article was found in the APR, AMMR or Screening Regulation, so Reg 1182/71 applies.
    public static let regime = CountingRegime.eu
}

extension CountingRegime {
    /// End of `period` from `event`, with a note when it moved off a weekend or holiday, or to
    /// hold enough working days (written only when the pass narrates).
    func deadline(_ period: LegalPeriod, from event: CalendarDate, _ say: Narration = .full) -> (date: CalendarDate, moved: LocalizedText?) {
        let e = end(of: period, from: event)
        guard let from = e.movedFrom, say.on else { return (e.date, nil) }
        // The end moves for one of two reasons, or both: the nominal end is not a working day
        // (1182/71 Art 3(4); Atw art 1(1)), or the period would hold too few working days
        // (1182/71 Art 3(5); Atw art 2). A Monday that moves to Tuesday moved for the second.
        let tooFewWorkingDays: LocalizedText? = e.forMinimumWorkingDays ? minimumWorkingDaysRule(to: e.date) : nil
        let why: LocalizedText
        if holidays.isWorkingDay(from), let rule = tooFewWorkingDays {
            why = DateWords.workingDay(from, but: rule)
        } else {
            let day = holidays.holiday(on: from).map { DateWords.holiday(from, $0.name) } ?? DateWords.weekday(from)
            why = tooFewWorkingDays.map { DateWords.and(day, $0) } ?? DateWords.nextWorkingDay(after: day)
        }
        return (e.date, why)
    }

    func minimumWorkingDaysRule(to end: CalendarDate) -> LocalizedText {
        DateWords.minimumWorkingDays(periodDays: minimumPeriodDays ?? 0, workingDays: minimumWorkingDays, end: end)
    }
}
