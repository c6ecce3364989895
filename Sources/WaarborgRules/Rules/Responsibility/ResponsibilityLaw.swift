import LegalCalendar

/// The regulation that decides which member state is responsible, with the periods and limits it
/// fixes. These are EU law, not member-state choices, so they are named constants with their
/// article rather than profile parameters. AMMR Art 84(2): an application registered before
/// 1 July 2026 is determined under Dublin III, even when the Pact governs its procedure.
struct ResponsibilityLaw: Sendable {
    enum Regulation: Sendable { case ammr, dublinIII }
    let regulation: Regulation
    let name: LocalizedText
    /// How its periods are counted.
    let counting: CountingRegime
    /// A period with the article that sets it.
    struct Period: Sendable {
        let period: LegalPeriod
        let ref: String
    }
    /// The take-charge request, from registration (AMMR) or lodging (Dublin III).
    let takeChargeRequest: Period
    /// The shorter request period when the request rests on a hit in one of `hitSystems`.
    let takeChargeRequestAfterHit: Period
    let hitSystems: Set<DatabaseHit>
    let takeChargeReply: Period
    /// nil where the regulation has no shorter reply for a hit (Dublin III Art 22).
    let takeChargeReplyAfterHit: Period?
    /// Take back: AMMR notification from the Eurodac hit; Dublin III request from the hit.
    let takeBackAfterHit: Period
    /// Dublin III Art 23(2): a take-back request not based on Eurodac data, from lodging.
    let takeBackWithoutHit: Period?
    let takeBackReply: Period
    let takeBackReplyAfterHit: Period?
    let transfer: Period
    /// Expired documents still count for this long (AMMR Art 29(4); Dublin III Art 12(4)).
    let residenceDocumentExpiredYears: Int
    let visaExpiredMonths: Int
    let documentsRef: String
    /// AMMR Art 30; Dublin III has no diploma criterion.
    let diplomaYears: Int?
    let irregularEntryMonths: Int
    let seaRescueMonths: Int
    let irregularEntryRef: String
    let visaWaivedRef: String
    let minorFamilyRef: String, minorRelativeRef: String, minorAloneRef: String
    let familyBeneficiaryRef: String, familyApplicantRef: String
    let takeBackRef: String
    let defaultRef: String
    /// AMMR Art 16(4): only the AMMR lets the first state of registration keep a security threat.
    let hasSecurityDerogation: Bool
    /// AMMR Art 37(2): 15 months after a final rejection in the border procedure.
    let borderRejectionCessationMonths: Int?

    static let ammr = ResponsibilityLaw(
        regulation: .ammr,
        name: .init(en: "the AMMR (Regulation (EU) 2024/1351)", nl: "de Asiel- en migratiebeheerverordening (Verordening (EU) 2024/1351)"),
        counting: PactCalendar.regime,
        takeChargeRequest: .init(period: .months(2), ref: "AMMR Art 39(1)"),
        takeChargeRequestAfterHit: .init(period: .months(1), ref: "AMMR Art 39(1), second subparagraph"),
        hitSystems: [.eurodac, .vis],
        takeChargeReply: .init(period: .months(1), ref: "AMMR Art 40(1)"),
        takeChargeReplyAfterHit: .init(period: .weeks(2), ref: "AMMR Art 40(2)"),
        takeBackAfterHit: .init(period: .weeks(2), ref: "AMMR Art 41(1)"),
        takeBackWithoutHit: nil,
        takeBackReply: .init(period: .weeks(2), ref: "AMMR Art 41(3)"),
        takeBackReplyAfterHit: nil,
        transfer: .init(period: .months(6), ref: "AMMR Art 46(1)"),
        residenceDocumentExpiredYears: 3, visaExpiredMonths: 18, documentsRef: "AMMR Art 29",
        diplomaYears: 6, irregularEntryMonths: 20, seaRescueMonths: 12, irregularEntryRef: "AMMR Art 33(1)",
        visaWaivedRef: "AMMR Art 31",
        minorFamilyRef: "AMMR Art 25(2)", minorRelativeRef: "AMMR Art 25(3)", minorAloneRef: "AMMR Art 25(5)",
        familyBeneficiaryRef: "AMMR Art 26", familyApplicantRef: "AMMR Art 27",
        takeBackRef: "AMMR Art 36(1)(b)", defaultRef: "AMMR Art 16(2)",
        hasSecurityDerogation: true, borderRejectionCessationMonths: 15)

    /// Dublin III Art 42: periods include Saturdays, Sundays and public holidays and do not move
    /// to a working day.
    static let dublinIII = ResponsibilityLaw(
        regulation: .dublinIII,
        name: .init(en: "Dublin III (Regulation (EU) No 604/2013)", nl: "Dublin III (Verordening (EU) nr. 604/2013)"),
        counting: .calendarOnly,
        takeChargeRequest: .init(period: .months(3), ref: "Dublin III Art 21(1)"),
        takeChargeRequestAfterHit: .init(period: .months(2), ref: "Dublin III Art 21(1), second subparagraph"),
        hitSystems: [.eurodac],
        takeChargeReply: .init(period: .months(2), ref: "Dublin III Art 22(1)"),
        takeChargeReplyAfterHit: nil,
        takeBackAfterHit: .init(period: .months(2), ref: "Dublin III Art 23(2)"),
        takeBackWithoutHit: .init(period: .months(3), ref: "Dublin III Art 23(2)"),
        takeBackReply: .init(period: .months(1), ref: "Dublin III Art 25(1)"),
        takeBackReplyAfterHit: .init(period: .weeks(2), ref: "Dublin III Art 25(1)"),
        transfer: .init(period: .months(6), ref: "Dublin III Art 29(1)"),
        residenceDocumentExpiredYears: 2, visaExpiredMonths: 6, documentsRef: "Dublin III Art 12",
        diplomaYears: nil, irregularEntryMonths: 12, seaRescueMonths: 12, irregularEntryRef: "Dublin III Art 13(1)",
        visaWaivedRef: "Dublin III Art 14",
        minorFamilyRef: "Dublin III Art 8(1)", minorRelativeRef: "Dublin III Art 8(2)", minorAloneRef: "Dublin III Art 8(4)",
        familyBeneficiaryRef: "Dublin III Art 9", familyApplicantRef: "Dublin III Art 10",
        takeBackRef: "Dublin III Art 18(1)(b)-(d)", defaultRef: "Dublin III Art 3(2)",
        hasSecurityDerogation: false, borderRejectionCessationMonths: nil)

    /// AMMR Art 84(2), read with Art 92: registration before 1 July 2026 keeps Dublin III.
    static func applying(registeredOn date: CalendarDate) -> ResponsibilityLaw {
        date < PactCalendar.ammrChangeover ? .dublinIII : .ammr
    }

    /// The requested state answers; Reg 1182/71 Art 2(1) takes the public holidays of the state
    /// where the act is done, which Waarborg does not hold for other states. Only Saturdays and
    /// Sundays are skipped, which gives the earliest date the answer can lawfully be due.
    var replyCounting: CountingRegime {
        guard counting.extendsEndToWorkingDay else { return counting }
        return CountingRegime(id: counting.id + "-weekends-only", ref: counting.ref + " (requested state: weekends only)",
                              holidays: HolidayCalendar(name: "Saturdays and Sundays only", ref: "Reg 1182/71 Art 2(1)", holidays: []),
                              extendsEndToWorkingDay: true, minimumPeriodDays: counting.minimumPeriodDays,
                              minimumWorkingDays: counting.minimumWorkingDays)
    }
}
