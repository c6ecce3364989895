import LegalCalendar
import WaarborgRules

/// The due list as an iCalendar file (RFC 5545): one all-day event per deadline, so a counsellor
/// can import it or subscribe to it in any calendar program. Each event's UID is built from the
/// case number and the deadline id, so a new export replaces the events of the last one instead of
/// duplicating them, and a moved date moves the event.
public enum DeadlineCalendar {
    public static func render(_ deadlines: [DueDeadline], lang: Language, stamp: Timestamp) -> String {
        let nl = lang == .nl
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Waarborg//Case register//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
                     "X-WR-CALNAME:" + escape(nl ? "Waarborg: termijnen" : "Waarborg: deadlines")]
        for d in deadlines {
            let who = d.clientReference.map { nl ? "zaak \(d.caseID) (\($0))" : "case \(d.caseID) (\($0))" } ?? (nl ? "zaak \(d.caseID)" : "case \(d.caseID)")
            var description = (nl ? "Grondslag: " : "Legal basis: ") + CitationWords.text(d.ref, lang)
            if d.projected {
                description += "\n" + (nl ? "Berekende datum: gaat uit van een aangenomen eerdere datum, niet van een gegeven feit."
                                          : "Projected date: it rests on an assumed earlier date, not on a given fact.")
            }
            description += "\n" + (nl ? "Profiel: " : "Profile: ") + d.profileID + "\n" + (nl ? "Zaak-id in de feiten: " : "Case id in the facts: ") + d.factsID
            lines += ["BEGIN:VEVENT",
                      "UID:" + escape(d.uid),
                      "DTSTAMP:" + stamp.iCalendar,
                      "DTSTART;VALUE=DATE:" + compact(d.date),
                      "DTEND;VALUE=DATE:" + compact(d.date.adding(days: 1)),
                      "SUMMARY:" + escape(who + ": " + d.label.text(lang)),
                      "DESCRIPTION:" + escape(description),
                      "TRANSP:TRANSPARENT",
                      "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines.map { fold($0) + "\r\n" }.joined()
    }

    /// A TEXT value with its backslashes, semicolons, commas and line breaks escaped (RFC 5545 3.3.11).
    public static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n", "\r": out += "\\n"
            default: out.append(c)
            }
        }
        return out
    }

    /// A content line folded so that no line is longer than 75 octets (RFC 5545 3.1): each
    /// continuation starts with one space, and a UTF-8 character is never cut in two.
    public static func fold(_ line: String) -> String {
        let bytes = Array(line.utf8)
        if bytes.count <= 75 { return line }
        var parts: [ArraySlice<UInt8>] = []
        var start = 0
        var limit = 75
        while start < bytes.count {
            var end = min(start + limit, bytes.count)
            // Back off to the start of a character: continuation bytes are 10xxxxxx.
            while end < bytes.count, end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            parts.append(bytes[start..<end])
            start = end
            limit = 74
        }
        return parts.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\r\n ")
    }

    static func compact(_ d: CalendarDate) -> String { d.iso.replacingOccurrences(of: "-", with: "") }
}
