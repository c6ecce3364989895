import LegalCalendar

/// Periods the Screening Regulation (EU) 2024/1356 fixes; not member-state choices.
enum ScreeningLaw {
    /// Art 8(3): screening at the external border ends within 7 days.
    static let atTheBorder = LegalPeriod.days(7)
    /// Art 8(4): screening within the territory ends within 3 days.
    static let inTheTerritory = LegalPeriod.days(3)
    /// Art 8(3), second subparagraph: 4 days for irregular crossers held at the border over 72 hours.
    static let heldAtTheBorder = LegalPeriod.days(4)
}
