/// A member-state choice with a fixed set of options. The catalogue offers exactly the enum's
/// raw values and the settings convert them back, so a renamed option cannot compile in one
/// place and silently read as "false" in another.
public protocol PolicyChoice: RawRepresentable, CaseIterable, Sendable where RawValue == String {}

extension PolicyChoice {
    public static var options: [String] { allCases.map(\.rawValue) }
}

public enum BorderFamiliesPolicy: String, PolicyChoice { case sameAsAdults = "same-as-adults", mandatoryGroundsOnly = "mandatory-grounds-only" }
public enum UnaccompaniedAccelerationPolicy: String, PolicyChoice { case closedList = "closed-list", never }
public enum BorderDetentionPolicy: String, PolicyChoice { case borderDetention = "border-detention", alternatives }
public enum FamilyDetentionPolicy: String, PolicyChoice { case never, exceptionalFindings = "exceptional-findings" }
public enum MinorDetentionPolicy: String, PolicyChoice { case never, securityOnly = "security-only" }
public enum DublinReceptionPolicy: String, PolicyChoice { case minimum, full }
public enum LanguageCoursePolicy: String, PolicyChoice { case none, goodProspectsOnly = "good-prospects-only", all }
public enum IncomeAndHousingPolicy: String, PolicyChoice { case required, notRequired = "not-required" }
/// Whether a beneficiary of subsidiary protection may bring family over. EU law gives no such
/// right (Directive 2003/86/EC Art 3(2)(c) leaves them out), so it is a national choice: `granted`
/// on the waiting period and conditions of the profile, or `none`.
public enum SubsidiaryFamilyReunificationPolicy: String, PolicyChoice { case granted, none }
/// Whether the authority, before rejecting, first sends an intention to reject that the applicant
/// can answer in writing (in Dutch practice the "voornemen" and the "zienswijze").
public enum IntentionToRejectPolicy: String, PolicyChoice { case required, none }
/// What the applicant can do when the decision period passes without a decision. EU law fixes
/// the period but leaves the remedy to national law: the Dutch one is the notice of default and
/// the appeal against the failure to decide (Awb art 6:12), without the automatic penalty.
public enum LateDecisionRemedy: String, PolicyChoice { case noticeOfDefault = "notice-of-default", nationalLaw = "national-law" }

/// Who gives legal help at a stage (APR Arts 16-17).
public enum LegalAidForm: String, PolicyChoice {
    case none, counsellingByAuthority = "counselling-by-authority", independentCounselling = "independent-counselling", lawyer
}

/// The stages of the procedure at which the profile sets legal aid, with the article behind each.
public enum LegalAidStage: String, CaseIterable, Sendable {
    case screening, administrative, border, dublin, appeal, reception

    public var ref: String {
        switch self {
        case .screening: "Screening Art 11"
        case .administrative: "APR Art 16"
        case .border: "APR Art 16; Art 43"
        case .dublin: "AMMR Art 21"
        case .appeal: "APR Art 17"
        case .reception: "RCD Art 29"
        }
    }

    public var parameter: ParameterKey {
        switch self {
        case .screening: .legalAidScreening
        case .administrative: .legalAidAdministrative
        case .border: .legalAidBorder
        case .dublin: .legalAidDublin
        case .appeal: .legalAidAppeal
        case .reception: .legalAidReception
        }
    }
}
