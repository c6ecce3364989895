/// A set of rules for turning "a period from an event" into the calendar day on which it ends.
///
/// EU instruments count under Regulation (EEC, Euratom) No 1182/71 unless they say otherwise;
/// Dutch statutory periods under the Algemene termijnenwet. Both leave out the day of the event,
/// end a week or month period on the same weekday or date, and push an end that falls on a
/// Saturday, Sunday or public holiday to the next working day. An instrument may exclude that
/// push (Dublin III Art 42 did), so each piece is a switch rather than a hard-coded rule.
public struct CountingRegime: Sendable {
    public let id: String
    /// Citation of the counting rules themselves.
    public let ref: String
    public let holidays: HolidayCalendar
    /// An end on a Saturday, Sunday or holiday moves to the next working day
    /// (1182/71 Art 3(4); Atw art 1(1)).
    public let extendsEndToWorkingDay: Bool
    /// A period of at least `minimumPeriodDays` days must contain at least `minimumWorkingDays`
    /// working days (1182/71 Art 3(5): two days / two working days; Atw art 2: three days / two).
    public let minimumPeriodDays: Int?
    public let minimumWorkingDays: Int

    public init(id: String, ref: String, holidays: HolidayCalendar, extendsEndToWorkingDay: Bool,
                minimumPeriodDays: Int?, minimumWorkingDays: Int) {
        self.id = id
        self.ref = ref
        self.holidays = holidays
        self.extendsEndToWorkingDay = extendsEndToWorkingDay
        self.minimumPeriodDays = minimumPeriodDays
        self.minimumWorkingDays = minimumWorkingDays
    }

    /// The last day of `period` running from `event` (the day of the event itself is not counted).
    public func end(of period: LegalPeriod, from event: CalendarDate) -> PeriodEnd {
        let nominal: CalendarDate
        switch period.unit {
        case .days: nominal = event.adding(days: period.amount)
        case .weeks: nominal = event.adding(days: 7 * period.amount)
        case .months: nominal = event.adding(months: period.amount)
        case .workingDays:
            var d = event
            var left = period.amount
            while left > 0 {
                d = d.adding(days: 1)
                if holidays.isWorkingDay(d) { left -= 1 }
            }
            return PeriodEnd(date: d, nominal: d, movedFrom: nil)
        }
        var end = nominal
        if extendsEndToWorkingDay {
            while !holidays.isWorkingDay(end) { end = end.adding(days: 1) }
        }
        let offNonWorkingDay = end
        if let minDays = minimumPeriodDays, event.days(until: nominal) >= minDays {
            var count = 0
            var d = event.adding(days: 1)
            // Only whether the minimum is reached matters, so counting stops there.
            while d <= end && count < minimumWorkingDays { if holidays.isWorkingDay(d) { count += 1 }; d = d.adding(days: 1) }
            while count < minimumWorkingDays {
                end = end.adding(days: 1)
                if holidays.isWorkingDay(end) { count += 1 }
            }
        }
        return PeriodEnd(date: end, nominal: nominal, movedFrom: end == nominal ? nil : nominal, forMinimumWorkingDays: end > offNonWorkingDay)
    }

    /// The public holidays of the Netherlands that stop a period from ending.
    /// Algemene termijnenwet art 3(1) names New Year's Day, Easter Monday, Ascension Day,
    /// Whit Monday, both Christmas days, the day the King's birthday is celebrated, and 5 May
    /// (every year: the once-in-five-years day off is a collective-agreement custom, not law);
    /// art 3(2) equates Good Friday. Regulation 1182/71 Art 2(1) takes the days a member state
    /// designates as public holidays, and the Atw list is the Dutch statutory designation.
    public static let dutchHolidays = HolidayCalendar(
        name: "Netherlands (Algemene termijnenwet art 3(1)-(2))",
        ref: "Atw art 3",
        holidays: [.newYearsDay, .goodFriday, .easterMonday, .kingsDay, .liberationDay, .ascensionDay,
                   .whitMonday, .christmasDay, .secondChristmasDay])

    /// Regulation 1182/71, with the public holidays of the Netherlands as the member state where
    /// the act is to be done.
    public static let eu = CountingRegime(
        id: "eu-1182-71", ref: "Reg 1182/71 Art 3", holidays: dutchHolidays,
        extendsEndToWorkingDay: true, minimumPeriodDays: 2, minimumWorkingDays: 2)

    /// Algemene termijnenwet for periods set by Dutch statute.
    public static let dutch = CountingRegime(
        id: "nl-atw", ref: "Atw art 1-2", holidays: dutchHolidays,
        extendsEndToWorkingDay: true, minimumPeriodDays: 3, minimumWorkingDays: 2)

    /// Calendar counting with no extension for weekends or holidays, for instruments that
    /// exclude it (Dublin III Art 42(c) and its successor provision).
    public static let calendarOnly = CountingRegime(
        id: "calendar-no-extension", ref: "Reg 604/2013 Art 42", holidays: dutchHolidays,
        extendsEndToWorkingDay: false, minimumPeriodDays: nil, minimumWorkingDays: 0)
}

/// Where a period ends, and whether (and from which day) it was pushed to a working day.
public struct PeriodEnd: Sendable, Hashable {
    public let date: CalendarDate
    /// The end before any extension.
    public let nominal: CalendarDate
    /// Set when the end moved: off a day that is not a working day, or to hold enough working days.
    public let movedFrom: CalendarDate?
    /// The end moved (further) because the period held too few working days (1182/71 Art 3(5);
    /// Atw art 2), not only off a weekend or holiday.
    public var forMinimumWorkingDays: Bool = false
}
