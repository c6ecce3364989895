import LegalCalendar
import Foundation

/// Dates as a reader writes them: in sentences ("3 August 2026", "3 augustus 2026") and in the
/// report's timeline table ("06-08-2026", "06 Aug 2026"); the JSON keeps ISO dates, which sort.
extension CalendarDate {
    static let monthNames = (en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
                             nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"])

    /// The date in English words.
    public var en: String { "\(day) \(Self.monthNames.en[month - 1]) \(year)" }
    /// The date in Dutch words.
    public var nl: String { "\(day) \(Self.monthNames.nl[month - 1]) \(year)" }

    public func words(_ lang: Language) -> String { lang == .nl ? nl : en }

    /// The date in a table column in the reader's form.
    public func column(_ lang: Language) -> String { lang == .nl ? dutchNumeric : englishShort }
    /// The date in a table column as a Dutch reader writes it: "06-08-2026".
    public var dutchNumeric: String { String(format: "%02d-%02d-%04d", day, month, year) }
    /// The date in a table column in English, unambiguous on both sides of the Atlantic: "06 Aug 2026".
    public var englishShort: String { String(format: "%02d ", day) + String(Self.monthNames.en[month - 1].prefix(3)) + " \(year)" }
}

extension LocalizedText {
    /// The sentence with, in brackets, why the period's end moved off the nominal day; a reader
    /// who counts five days from a Monday must see why the date is not the Saturday.
    func moved(_ why: LocalizedText?) -> LocalizedText {
        guard let why else { return self }
        return LocalizedText(en: en + " (" + why.en + ")", nl: nl + " (" + why.nl + ")")
    }
}

/// Why a period's end moved (Reg 1182/71 Art 3(4)-(5); Algemene termijnenwet arts 1-2), apart from
/// the counting that moves it (CountingRegime.deadline).
enum DateWords {
    static func workingDay(_ d: CalendarDate, but rule: LocalizedText) -> LocalizedText {
        LocalizedText(en: "\(d.en) is a working day, but ", nl: "\(d.nl) is een werkdag, maar ") + rule
    }
    static func holiday(_ d: CalendarDate, _ name: (en: String, nl: String)) -> LocalizedText {
        LocalizedText(en: "\(d.en) is \(name.en)", nl: "\(d.nl) is \(name.nl)")
    }
    static func weekday(_ d: CalendarDate) -> LocalizedText {
        let w = d.weekday.name
        return LocalizedText(en: "\(d.en) is a \(w.en)", nl: "\(d.nl) is een \(w.nl)")
    }
    static func and(_ day: LocalizedText, _ rule: LocalizedText) -> LocalizedText {
        day + LocalizedText(en: ", and ", nl: ", en ") + rule
    }
    static func nextWorkingDay(after day: LocalizedText) -> LocalizedText {
        day + LocalizedText(en: ", so the period ends on the next working day", nl: ", dus de termijn eindigt op de eerstvolgende werkdag")
    }
    static func minimumWorkingDays(periodDays: Int, workingDays: Int, end: CalendarDate) -> LocalizedText {
        LocalizedText(en: "a period of \(periodDays) days or more must include at least \(workingDays) working days, so the period ends on \(end.en)",
                      nl: "een termijn van \(periodDays) dagen of meer moet ten minste \(workingDays) werkdagen bevatten, dus de termijn eindigt op \(end.nl)")
    }
}
