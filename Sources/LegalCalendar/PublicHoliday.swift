/// One kind of public holiday and the rule that places it in a given year.
public enum PublicHoliday: String, Sendable, CaseIterable, Codable {
    case newYearsDay = "new-years-day"
    case goodFriday = "good-friday"
    case easterMonday = "easter-monday"
    case kingsDay = "kings-day"
    case liberationDay = "liberation-day"
    case ascensionDay = "ascension-day"
    case whitMonday = "whit-monday"
    case christmasDay = "christmas-day"
    case secondChristmasDay = "second-christmas-day"

    /// The date in `year`, or nil if the holiday did not exist that year.
    public func date(in year: Int) -> CalendarDate? {
        switch self {
        case .newYearsDay: return CalendarDate(year: year, month: 1, day: 1)
        case .goodFriday: return Easter.sunday(in: year).adding(days: -2)
        case .easterMonday: return Easter.sunday(in: year).adding(days: 1)
        case .ascensionDay: return Easter.sunday(in: year).adding(days: 39)
        case .whitMonday: return Easter.sunday(in: year).adding(days: 50)
        case .liberationDay: return CalendarDate(year: year, month: 5, day: 5)
        case .christmasDay: return CalendarDate(year: year, month: 12, day: 25)
        case .secondChristmasDay: return CalendarDate(year: year, month: 12, day: 26)
        case .kingsDay:
            // From 2014 the King's birthday (27 April) is celebrated; when 27 April is a Sunday it is
            // celebrated on Saturday 26 April. Before 2014 Queen's Day was 30 April, moved to
            // 29 April when it fell on a Sunday (from 1980 on).
            if year >= 2014 {
                let d = CalendarDate(year: year, month: 4, day: 27)!
                return d.weekday == .sunday ? d.adding(days: -1) : d
            }
            let d = CalendarDate(year: year, month: 4, day: 30)!
            return (year >= 1980 && d.weekday == .sunday) ? d.adding(days: -1) : d
        }
    }

    public var name: (en: String, nl: String) {
        switch self {
        case .newYearsDay: ("New Year's Day", "Nieuwjaarsdag")
        case .goodFriday: ("Good Friday", "Goede Vrijdag")
        case .easterMonday: ("Easter Monday", "tweede Paasdag")
        case .kingsDay: ("King's Day", "Koningsdag")
        case .liberationDay: ("Liberation Day", "Bevrijdingsdag")
        case .ascensionDay: ("Ascension Day", "Hemelvaartsdag")
        case .whitMonday: ("Whit Monday", "tweede Pinksterdag")
        case .christmasDay: ("Christmas Day", "eerste Kerstdag")
        case .secondChristmasDay: ("Second Christmas Day", "tweede Kerstdag")
        }
    }
}

/// The set of public holidays that stop a period from ending, for one jurisdiction.
///
/// Holiday lookups sit on the hot path of every assessment (each working-day count walks
/// days one by one), so the days of 1900-2199 are precomputed into a bit set once.
public struct HolidayCalendar: Sendable {
    public let name: String
    /// The legal basis for the list (for traces and docs).
    public let ref: String
    public let holidays: [PublicHoliday]
    private let firstDay: Int
    private let bits: [UInt64]

    public init(name: String, ref: String, holidays: [PublicHoliday]) {
        self.name = name
        self.ref = ref
        self.holidays = holidays
        let first = CalendarDate(year: 1900, month: 1, day: 1)!.dayNumber
        let last = CalendarDate(year: 2199, month: 12, day: 31)!.dayNumber
        var bits = [UInt64](repeating: 0, count: (last - first) / 64 + 1)
        for year in 1900...2199 {
            for h in holidays {
                if let d = h.date(in: year) {
                    let i = d.dayNumber - first
                    bits[i >> 6] |= 1 << UInt64(i & 63)
                }
            }
        }
        self.firstDay = first
        self.bits = bits
    }

    public func isHoliday(_ date: CalendarDate) -> Bool {
        let i = date.dayNumber - firstDay
        if i >= 0 && (i >> 6) < bits.count {
            return bits[i >> 6] & (1 << UInt64(i & 63)) != 0
        }
        let y = date.year
        return holidays.contains { $0.date(in: y) == date }
    }

    /// Which holiday falls on `date`, if any (for explanations, not the hot path).
    public func holiday(on date: CalendarDate) -> PublicHoliday? {
        let y = date.year
        return holidays.first { $0.date(in: y) == date }
    }

    /// All holidays of `year` in date order.
    public func holidays(in year: Int) -> [(date: CalendarDate, holiday: PublicHoliday)] {
        holidays.compactMap { h in h.date(in: year).map { ($0, h) } }.sorted { $0.date < $1.date }
    }

    /// A working day is neither a Saturday, a Sunday nor a public holiday.
    public func isWorkingDay(_ date: CalendarDate) -> Bool { !date.isWeekend && !isHoliday(date) }
}
