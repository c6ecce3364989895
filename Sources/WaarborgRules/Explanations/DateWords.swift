import LegalCalendar

/// Dates in sentences as a reader writes them ("3 August 2026", "3 augustus 2026"); tables and
/// the JSON keep ISO dates, which sort and align.
extension CalendarDate {
    static let monthNames = (en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
                             nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"])

    /// The date in English words.
    public var en: String { "\(day) \(Self.monthNames.en[month - 1]) \(year)" }
    /// The date in Dutch words.
    public var nl: String { "\(day) \(Self.monthNames.nl[month - 1]) \(year)" }

    public func words(_ lang: Language) -> String { lang == .nl ? nl : en }
}
