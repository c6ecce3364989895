import Foundation
import LegalCalendar

/// A moment to the second, in UTC. Stored as ISO 8601 text (`2026-12-02T19:30:00Z`) so that the
/// audit log reads the same in `sqlite3`, `psql` and the CLI, and sorts as text in both databases.
public struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let seconds: Int64

    public init(seconds: Int64) { self.seconds = seconds }
    public init(_ date: Date) { seconds = Int64(date.timeIntervalSince1970.rounded(.down)) }
    public static func now() -> Timestamp { Timestamp(Date()) }

    public var day: CalendarDate { CalendarDate(dayNumber: Int(seconds.floorDiv(86_400))) }
    private var clock: (h: Int, m: Int, s: Int) {
        let r = Int(seconds - Int64(day.dayNumber) * 86_400)
        return (r / 3600, r / 60 % 60, r % 60)
    }

    /// `2026-12-02T19:30:00Z`
    public var iso: String {
        let c = clock
        return day.iso + "T" + Self.two(c.h) + ":" + Self.two(c.m) + ":" + Self.two(c.s) + "Z"
    }

    /// `20261202T193000Z`, the iCalendar UTC form (RFC 5545 3.3.5).
    public var iCalendar: String {
        let c = clock
        return day.iso.replacingOccurrences(of: "-", with: "") + "T" + Self.two(c.h) + Self.two(c.m) + Self.two(c.s) + "Z"
    }

    /// Reads the `iso` form back; nil for anything else.
    public init?(iso text: String) {
        let b = Array(text.utf8)
        guard b.count == 20, b[10] == 0x54, b[13] == 0x3A, b[16] == 0x3A, b[19] == 0x5A,
              let d = CalendarDate(iso: text.prefix(10)),
              let h = Int(String(decoding: b[11..<13], as: UTF8.self)), let m = Int(String(decoding: b[14..<16], as: UTF8.self)),
              let s = Int(String(decoding: b[17..<19], as: UTF8.self)), h < 24, m < 60, s < 60 else { return nil }
        seconds = Int64(d.dayNumber) * 86_400 + Int64(h * 3600 + m * 60 + s)
    }

    public var description: String { iso }
    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.seconds < b.seconds }
    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

private extension Int64 {
    func floorDiv(_ d: Int64) -> Int64 { self >= 0 ? self / d : (self - d + 1) / d }
}
