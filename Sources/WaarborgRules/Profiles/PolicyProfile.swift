import Crypto
import LegalCalendar

/// A resolved policy profile: the base chain applied, every parameter present and validated.
public final class PolicyProfile: Sendable {
    public let id: String
    public let base: String?
    public let title: LocalizedText
    public let description: LocalizedText
    /// Ordered by parameter key.
    public let parameters: [(key: String, value: ParameterValue)]
    /// `sha256:` + hex of the canonical text of the resolved parameters.
    public let hash: String
    /// Typed view the rules read (built once, so assessments never look up strings).
    public let settings: ProfileSettings

    public func parameter(_ key: String) -> ParameterValue? { parameters.first { $0.key == key }?.value }

    init(id: String, base: String?, title: LocalizedText, description: LocalizedText,
         parameters: [String: ParameterValue]) throws(ProfileError) {
        self.id = id
        self.base = base
        self.title = title
        self.description = description
        let sorted = parameters.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }
        self.parameters = sorted
        var canonical = "waarborg.profile/1\nid=\(id)\n"
        for (k, v) in sorted {
            canonical += "\(k)=\(v.value)|ref=\(v.ref)|source=\(v.source)|status=\(v.status.rawValue)|checked=\(v.checked.iso)\n"
        }
        let digest = SHA256.hash(data: Array(canonical.utf8))
        self.hash = "sha256:" + digest.map { String(format: "%02x", $0) }.joined()
        self.settings = try ProfileSettings(id: id, parameters: parameters)
    }
}

/// Why a profile could not be loaded; always names the file and, where it applies, the key.
public struct ProfileError: Error, Sendable, CustomStringConvertible {
    public let file: String
    public let key: String?
    public let message: String

    public var description: String {
        if let key { return "\(file): \(key): \(message)" }
        return "\(file): \(message)"
    }
}

/// What a grant of protection would mean under a profile (QR Art 24; family reunification).
public struct GrantSettings: Sendable {
    public let refugeePermitYears: Int
    public let refugeeRenewalYears: Int
    public let subsidiaryPermitYears: Int
    public let subsidiaryRenewalYears: Int
    public let familyMembers: Set<String>
    public let refugeeConditionFreeMonths: Int
    public let subsidiaryWaitYears: Int
    public let subsidiaryIncomeAndHousing: Bool
    /// Whether subsidiary protection brings a right to family reunification at all (a national
    /// choice: EU law gives none).
    public let subsidiaryFamilyReunification: Bool
    /// 0 when the profile states none.
    public let naturalisationYears: Int
    /// Legal status of each `granted.*` parameter.
    public let statuses: [String: LegalStatus]
    /// `familyMembers` in order, as every assessment lists them.
    public let sortedFamilyMembers: [String]

    init(refugeePermitYears: Int, refugeeRenewalYears: Int, subsidiaryPermitYears: Int, subsidiaryRenewalYears: Int,
         familyMembers: Set<String>, refugeeConditionFreeMonths: Int, subsidiaryWaitYears: Int, subsidiaryIncomeAndHousing: Bool,
         subsidiaryFamilyReunification: Bool, naturalisationYears: Int, statuses: [String: LegalStatus]) {
        self.refugeePermitYears = refugeePermitYears
        self.refugeeRenewalYears = refugeeRenewalYears
        self.subsidiaryPermitYears = subsidiaryPermitYears
        self.subsidiaryRenewalYears = subsidiaryRenewalYears
        self.familyMembers = familyMembers
        self.refugeeConditionFreeMonths = refugeeConditionFreeMonths
        self.subsidiaryWaitYears = subsidiaryWaitYears
        self.subsidiaryIncomeAndHousing = subsidiaryIncomeAndHousing
        self.subsidiaryFamilyReunification = subsidiaryFamilyReunification
        self.naturalisationYears = naturalisationYears
        self.statuses = statuses
        self.sortedFamilyMembers = familyMembers.sorted()
    }
}

/// The old-law layer of a profile: the rules for applications made before 12 June 2026.
public struct OldLawSettings: Sendable {
    public let decisionPeriod: LegalPeriod
    public let individualExtension: LegalPeriod
    public let furtherExtension: LegalPeriod
    public let generalExtension: LegalPeriod
    public let generalExtensionLodgedBefore: CalendarDate
    public let generalExtensionStatus: LegalStatus
    public let appealRegularDays: Int
    public let appealShortDays: Int
    public let appealTransferDays: Int
    public let appealStatus: LegalStatus
    public let labourMarketAfter: LegalPeriod
    public let labourMarketStatus: LegalStatus
    public let legalAidAdministrative: LegalAidForm
    public let legalAidStatus: LegalStatus
    public let legalAidNote: String?
    /// The remedy for a missed decision period, in words.
    public let lateDecisionRemedy: LocalizedText
}

/// The parameters as typed values. Construction fails if any parameter is missing or has the
/// wrong shape, so a rule can never meet an absent policy choice at run time.
public final class ProfileSettings: Sendable {
    public let registrationPeriod: LegalPeriod
    public let lodgingPeriod: LegalPeriod
    public let representativePeriod: LegalPeriod
    public let regularDecision: LegalPeriod
    public let acceleratedDecision: LegalPeriod
    public let inadmissibilityDecision: LegalPeriod
    public let borderMaximum: LegalPeriod
    /// In a fixed (sorted) order, so traces list them the same way every time.
    public let optionalBorderGrounds: [GroundID]
    public let familiesMandatoryGroundsOnly: Bool
    public let optionalInadmissibilityGrounds: Set<GroundID>
    public let safeThirdCountryBases: Set<String>
    public let safeCountryLists: Set<String>
    public let safeCountryExemptRiskProfiles: Set<String>
    public let recognitionRateThreshold: Double
    public let acceleratesUnaccompaniedMinors: Bool
    public let appealDaysAcceleratedOrBorder: Int
    public let appealDaysInadmissibility: Int
    public let appealDaysRegular: Int
    public let appealDaysTransfer: Int
    public let labourMarketAfter: LegalPeriod
    public let schoolingWithin: LegalPeriod
    public let legalAid: [(stage: LegalAidStage, form: LegalAidForm, status: LegalStatus, note: String?)]
    /// Legal status of the values the trace quotes (looked up once, not per case).
    public let appealStatus: (acceleratedOrBorder: LegalStatus, inadmissibility: LegalStatus, regular: LegalStatus, transfer: LegalStatus)
    public let labourMarketStatus: LegalStatus
    public let languageCoursesStatus: LegalStatus
    public let detainsInBorderProcedure: Bool
    public let detainsFamiliesOnFindings: Bool
    public let detainsUnaccompaniedMinorsOnSecurity: Bool
    public let borderFacility: String
    public let familyFacility: String
    public let fullDublinReception: Bool
    public let languageCourses: LanguageCoursePolicy
    public let intentionToReject: IntentionToRejectPolicy
    public let intentionToRejectStatus: LegalStatus
    public let specialNeedsAssessment: LegalPeriod
    public let granted: GrantSettings
    public let oldLaw: OldLawSettings
    public let authorities: AuthorityNames
    /// The late-decision remedy in words, with the determining authority's name, built once.
    public let lateDecisionRemedy: LocalizedText

    init(id: String, parameters p: [String: ParameterValue]) throws(ProfileError) {
        func missing(_ k: String) -> ProfileError {
            ProfileError(file: "profile \(id)", key: k, message: "no value after resolving the base profiles")
        }
        func period(_ k: String) throws(ProfileError) -> LegalPeriod {
            guard case .period(let v)? = p[k]?.value else { throw missing(k) }
            return v
        }
        func int(_ k: String) throws(ProfileError) -> Int {
            guard case .integer(let v)? = p[k]?.value else { throw missing(k) }
            return v
        }
        func set(_ k: String) throws(ProfileError) -> Set<String> {
            guard case .set(let v)? = p[k]?.value else { throw missing(k) }
            return Set(v)
        }
        func choice(_ k: String) throws(ProfileError) -> String {
            guard case .choice(let v)? = p[k]?.value else { throw missing(k) }
            return v
        }
        /// The catalogue offers exactly `C.options`, so a validated value always converts.
        func choice<C: PolicyChoice>(_ k: String, _: C.Type) throws(ProfileError) -> C {
            guard let c = C(rawValue: try choice(k)) else { throw missing(k) }
            return c
        }
        // The catalogue's options are the enum's raw values, so every validated value converts.
        func ground(_ raw: String) -> GroundID { GroundID(rawValue: raw)! }
        registrationPeriod = try period("registration.period")
        lodgingPeriod = try period("lodging.period")
        representativePeriod = try period("representative.period")
        regularDecision = try period("decision.regular")
        acceleratedDecision = try period("decision.accelerated")
        inadmissibilityDecision = try period("decision.inadmissibility")
        borderMaximum = try period("border.maximumDuration")
        optionalBorderGrounds = try set("border.optionalGrounds").map(ground).sorted()
        familiesMandatoryGroundsOnly = try choice("border.familiesWithMinorChildren", BorderFamiliesPolicy.self) == .mandatoryGroundsOnly
        optionalInadmissibilityGrounds = Set(try set("admissibility.optionalGrounds").map(ground))
        safeThirdCountryBases = try set("admissibility.safeThirdCountryBases")
        safeCountryLists = try set("safeCountryOfOrigin.lists")
        safeCountryExemptRiskProfiles = try set("safeCountryOfOrigin.exemptRiskProfiles")
        guard case .fraction(let t)? = p["accelerated.recognitionRateThreshold"]?.value else { throw missing("accelerated.recognitionRateThreshold") }
        recognitionRateThreshold = t
        acceleratesUnaccompaniedMinors = try choice("accelerated.unaccompaniedMinors", UnaccompaniedAccelerationPolicy.self) == .closedList
        appealDaysAcceleratedOrBorder = try int("appeal.lodgingPeriod.acceleratedOrBorder")
        appealDaysInadmissibility = try int("appeal.lodgingPeriod.inadmissibility")
        appealDaysRegular = try int("appeal.lodgingPeriod.regular")
        appealDaysTransfer = try int("appeal.lodgingPeriod.transfer")
        labourMarketAfter = try period("labourMarket.accessAfter")
        schoolingWithin = try period("schooling.within")
        func status(_ k: String) -> LegalStatus { p[k]?.status ?? .unverified }
        var aid: [(LegalAidStage, LegalAidForm, LegalStatus, String?)] = []
        for stage in LegalAidStage.allCases {
            let k = stage.parameter.rawValue
            aid.append((stage, try choice(k, LegalAidForm.self), status(k), p[k]?.note))
        }
        legalAid = aid
        appealStatus = (status("appeal.lodgingPeriod.acceleratedOrBorder"), status("appeal.lodgingPeriod.inadmissibility"),
                        status("appeal.lodgingPeriod.regular"), status("appeal.lodgingPeriod.transfer"))
        labourMarketStatus = status("labourMarket.accessAfter")
        languageCoursesStatus = status("reception.languageCourses")
        func text(_ k: String) throws(ProfileError) -> String {
            guard case .text(let v)? = p[k]?.value else { throw missing(k) }
            return v
        }
        detainsInBorderProcedure = try choice("detention.borderProcedure", BorderDetentionPolicy.self) == .borderDetention
        detainsFamiliesOnFindings = try choice("detention.familiesWithChildren", FamilyDetentionPolicy.self) == .exceptionalFindings
        detainsUnaccompaniedMinorsOnSecurity = try choice("detention.unaccompaniedMinors", MinorDetentionPolicy.self) == .securityOnly
        borderFacility = try text("detention.borderFacility")
        familyFacility = try text("detention.familyFacility")
        var names: [AuthorityRole: String] = [:]
        for role in AuthorityRole.allCases { names[role] = try text(role.parameter.rawValue) }
        let bodies = AuthorityNames { names[$0]! }
        authorities = bodies
        lateDecisionRemedy = ProcedureWords.lateDecision(try choice("remedy.lateDecision", LateDecisionRemedy.self), bodies)
        fullDublinReception = try choice("reception.dublin", DublinReceptionPolicy.self) == .full
        languageCourses = try choice("reception.languageCourses", LanguageCoursePolicy.self)
        intentionToReject = try choice("procedure.intentionToReject", IntentionToRejectPolicy.self)
        intentionToRejectStatus = status("procedure.intentionToReject")
        specialNeedsAssessment = try period("reception.specialNeedsAssessment")
        func date(_ k: String) throws(ProfileError) -> CalendarDate {
            guard case .date(let v)? = p[k]?.value else { throw missing(k) }
            return v
        }
        oldLaw = OldLawSettings(
            decisionPeriod: try period("oldLaw.decision.period"), individualExtension: try period("oldLaw.decision.extension"),
            furtherExtension: try period("oldLaw.decision.furtherExtension"), generalExtension: try period("oldLaw.decision.generalExtension"),
            generalExtensionLodgedBefore: try date("oldLaw.decision.generalExtensionLodgedBefore"),
            generalExtensionStatus: status("oldLaw.decision.generalExtension"),
            appealRegularDays: try int("oldLaw.appeal.regular"), appealShortDays: try int("oldLaw.appeal.short"),
            appealTransferDays: try int("oldLaw.appeal.transfer"), appealStatus: status("oldLaw.appeal.regular"),
            labourMarketAfter: try period("oldLaw.labourMarket.accessAfter"), labourMarketStatus: status("oldLaw.labourMarket.accessAfter"),
            legalAidAdministrative: try choice("oldLaw.legalAid.administrative", LegalAidForm.self), legalAidStatus: status("oldLaw.legalAid.administrative"),
            legalAidNote: p["oldLaw.legalAid.administrative"]?.note,
            lateDecisionRemedy: ProcedureWords.lateDecision(try choice("oldLaw.remedy.lateDecision", LateDecisionRemedy.self), bodies))
        granted = GrantSettings(
            refugeePermitYears: try int("granted.refugee.permitYears"), refugeeRenewalYears: try int("granted.refugee.renewalYears"),
            subsidiaryPermitYears: try int("granted.subsidiary.permitYears"), subsidiaryRenewalYears: try int("granted.subsidiary.renewalYears"),
            familyMembers: try set("granted.familyReunification.members"),
            refugeeConditionFreeMonths: try int("granted.refugee.conditionFreeMonths"),
            subsidiaryWaitYears: try int("granted.subsidiary.familyWaitYears"),
            subsidiaryIncomeAndHousing: try choice("granted.subsidiary.incomeAndHousing", IncomeAndHousingPolicy.self) == .required,
            subsidiaryFamilyReunification: try choice("granted.subsidiary.familyReunification", SubsidiaryFamilyReunificationPolicy.self) == .granted,
            naturalisationYears: try int("granted.naturalisationYears"),
            statuses: Dictionary(uniqueKeysWithValues: p.filter { $0.key.hasPrefix("granted.") }.map { ($0.key, $0.value.status) }))
    }
}
