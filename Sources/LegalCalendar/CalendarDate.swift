#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
/// A day in the proleptic Gregorian calendar, with no time of day and no time zone.
///
/// Legal periods are counted in whole days, so the model never touches `Date` or seconds:
/// a deadline is "the end of a day", and which day that is must not depend on the machine's zone.
/// Stored as the number of days since 1970-01-01 so that arithmetic and comparison are integer operations.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before).
    public let dayNumber: Int

    public init(dayNumber: Int) { self.dayNumber = dayNumber }

    /// Returns nil for a date that does not exist (2026-02-30, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.dayNumber = CalendarDate.days(fromCivil: year, month, day)
    }

    /// Parses exactly `YYYY-MM-DD`; nil for any other shape or an impossible date.
    public init?(iso text: some StringProtocol) {
        let u = Array(text.utf8)
        guard u.count == 10, u[4] == 0x2D, u[7] == 0x2D else { return nil }
        func digits(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r { let c = u[i]; guard c >= 0x30 && c <= 0x39 else { return nil }; v = v * 10 + Int(c - 0x30) }
            return v
        }
        guard let y = digits(0..<4), let m = digits(5..<7), let d = digits(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var components: (year: Int, month: Int, day: Int) { CalendarDate.civil(fromDays: dayNumber) }
    public var year: Int { components.year }
    public var month: Int { components.month }
    public var day: Int { components.day }

    /// ISO 8601 weekday: Monday = 1 ... Sunday = 7.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday (4).
        let w = ((dayNumber % 7) + 7 + 3) % 7  // 0 = Monday
        return Weekday(rawValue: w + 1)!
    }

    public var isWeekend: Bool { weekday == .saturday || weekday == .sunday }

    public func adding(days n: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + n) }

    /// Same date `n` months later; where that date does not exist, the last day of the month
    /// (the rule of Reg 1182/71 Art 3(2)(c) and of Dutch practice alike).
    public func adding(months n: Int) -> CalendarDate {
        let (y, m, d) = components
        let total = y * 12 + (m - 1) + n
        let ny = total >= 0 ? total / 12 : (total - 11) / 12
        let nm = total - ny * 12 + 1
        let nd = min(d, CalendarDate.daysIn(month: nm, year: ny))
        return CalendarDate(dayNumber: CalendarDate.days(fromCivil: ny, nm, nd))
    }

    public func adding(years n: Int) -> CalendarDate { adding(months: 12 * n) }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: CalendarDate) -> Int { other.dayNumber - dayNumber }

    public var description: String { iso }

    /// `YYYY-MM-DD`; ten bytes, so it fits Swift's inline small-string storage (no allocation).
    /// A year outside 0000...9999 (which no case can produce: input years are 1900...2100) is
    /// written in full, e.g. `10000-01-03`, never cut to four digits.
    public var iso: String {
        let (y, m, d) = components
        guard CalendarDate.isoYears.contains(y) else {
            return String(y) + "-" + (m < 10 ? "0" : "") + String(m) + "-" + (d < 10 ? "0" : "") + String(d)
        }
        return String(unsafeUninitializedCapacity: 10) { p in
            CalendarDate.writeISO(y, m, d, into: p.baseAddress!)
            return 10
        }
    }

    /// The years `YYYY-MM-DD` can hold.
    public static let isoYears = 0...9999

    /// The one ISO formatter, shared by `iso` and the JSON writer: writes `YYYY-MM-DD`, exactly
    /// ten bytes, at `p` and returns true. A year without four digits is a bug upstream (inputs
    /// are limited to 1900...2100), so it asserts in debug builds; in release it writes nothing and
    /// returns false, and the caller writes `iso` instead, so the two never disagree.
    @discardableResult
    public func writeISO(into p: UnsafeMutablePointer<UInt8>) -> Bool {
        let (y, m, d) = components
        assert(CalendarDate.isoYears.contains(y), "CalendarDate.writeISO: year \(y) does not have four digits")
        guard CalendarDate.isoYears.contains(y) else { return false }
        CalendarDate.writeISO(y, m, d, into: p)
        return true
    }

    private static func writeISO(_ y: Int, _ m: Int, _ d: Int, into p: UnsafeMutablePointer<UInt8>) {
        p[0] = UInt8(0x30 + y / 1000); p[1] = UInt8(0x30 + (y / 100) % 10)
        p[2] = UInt8(0x30 + (y / 10) % 10); p[3] = UInt8(0x30 + y % 10)
        p[4] = 0x2D; p[5] = UInt8(0x30 + m / 10); p[6] = UInt8(0x30 + m % 10)
        p[7] = 0x2D; p[8] = UInt8(0x30 + d / 10); p[9] = UInt8(0x30 + d % 10)
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool { a.dayNumber < b.dayNumber }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Howard Hinnant's days_from_civil / civil_from_days.
    static func days(fromCivil y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }
}

public enum Weekday: Int, Sendable, CaseIterable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    public var name: (en: String, nl: String) {
        switch self {
        case .monday: ("Monday", "maandag")
        case .tuesday: ("Tuesday", "dinsdag")
        case .wednesday: ("Wednesday", "woensdag")
        case .thursday: ("Thursday", "donderdag")
        case .friday: ("Friday", "vrijdag")
        case .saturday: ("Saturday", "zaterdag")
        case .sunday: ("Sunday", "zondag")
        }
    }
}

extension CalendarDate {
    /// Today in UTC (day numbers count from 1970-01-01).
    public static func today() -> CalendarDate {
        var t = timespec()
        clock_gettime(CLOCK_REALTIME, &t)
        return CalendarDate(dayNumber: Int(t.tv_sec) / 86_400)
    }
}
