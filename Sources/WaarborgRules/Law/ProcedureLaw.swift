import LegalCalendar

/// Periods the Asylum Procedures Regulation (EU) 2024/1348 fixes; not member-state choices.
enum ProcedureLaw {
    /// Art 35(2): the determining authority may extend the two months of Art 35(1), first
    /// subparagraph, by no more than two months, on a disproportionate number of applications,
    /// complex issues of fact or law, or a delay due to the applicant (verified: migrationpact.info
    /// copy of the OJ text, 3 December 2026).
    static let admissibilityExtension = LegalPeriod.months(2)
    /// Art 35(5): the six months of the examination on the merits (Art 35(4)) may be extended by no
    /// more than six months, on a disproportionate number of applications, complex issues of fact
    /// or law, or a delay due to the applicant. Not verified: read only in a national copy that
    /// follows the APR word for word (Irish International Protection Act 2026, s.168(2)); the report
    /// says so next to the date.
    static let regularExtension = LegalPeriod.months(6)
    /// Art 51(2): 16 weeks for persons relocated under AMMR Art 67(11).
    static let borderProcedureRelocated = LegalPeriod.weeks(16)
}
