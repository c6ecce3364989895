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
    /// End of `period` from `event`, with a note when it moved off a weekend or holiday (written
    /// only when the pass narrates).
    func deadline(_ period: LegalPeriod, from event: CalendarDate, _ say: Narration = .full) -> (date: CalendarDate, moved: LocalizedText?) {
        let e = end(of: period, from: event)
        guard let from = e.movedFrom, say.on else { return (e.date, nil) }
        let h = holidays.holiday(on: from)
        let why: LocalizedText
        if let h {
            why = LocalizedText(en: "\(from.en) is \(h.name.en), so the period ends on the next working day",
                                nl: "\(from.nl) is \(h.name.nl), dus de termijn eindigt op de eerstvolgende werkdag")
        } else {
            let w = from.weekday.name
            why = LocalizedText(en: "\(from.en) is a \(w.en), so the period ends on the next working day",
                                nl: "\(from.nl) is een \(w.nl), dus de termijn eindigt op de eerstvolgende werkdag")
        }
        return (e.date, why)
    }
}
