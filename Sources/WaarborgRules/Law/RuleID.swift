/// The identifier of a rule in the trace. Each rule declares the profile parameters it reads, so
/// `compare` can name the policy choice behind every difference, and a new rule cannot be added
/// without saying what it reads: the switch below is exhaustive.
public enum RuleID: Hashable, Sendable {
    case regime, screening, registration, lodging, representative
    case responsibilityRegulation, responsibility
    case admissibility(GroundID), admissibilityOptionalGrounds, accelerated(GroundID)
    case borderEligibility, borderExemptions, borderFamilies, route
    case decisionDeadline, oldLawDecisionDeadline
    case labourMarket, schooling, appeal, legalAid, reception, specialNeedsAssessment, languageCourses, intentionToReject
    case detention, ifGranted

    /// Every rule, for tests and vocabularies.
    public static var all: [RuleID] {
        [.regime, .screening, .registration, .lodging, .representative, .responsibilityRegulation, .responsibility]
            + GroundID.allCases.map(RuleID.admissibility) + [.admissibilityOptionalGrounds] + GroundID.allCases.map(RuleID.accelerated)
            + [.borderEligibility, .borderExemptions, .borderFamilies, .route, .decisionDeadline, .oldLawDecisionDeadline,
               .labourMarket, .schooling, .appeal, .legalAid, .reception, .specialNeedsAssessment, .languageCourses, .intentionToReject, .detention, .ifGranted]
    }

    /// The identifier written in `trace[].rule`.
    public var text: String {
        switch self {
        case .regime: "regime"
        case .screening: "screening"
        case .registration: "registration"
        case .lodging: "lodging"
        case .representative: "representative"
        case .responsibilityRegulation: "responsibility-regulation"
        case .responsibility: "responsibility"
        case .admissibility(let g): "admissibility:" + g.rawValue
        case .admissibilityOptionalGrounds: "admissibility:optional-grounds"
        case .accelerated(let g): "accelerated:" + g.rawValue
        case .borderEligibility: "border:eligibility"
        case .borderExemptions: "border:exemptions"
        case .borderFamilies: "border:families"
        case .route: "route"
        case .decisionDeadline: "decision-deadline"
        case .oldLawDecisionDeadline: "old-law-decision-deadline"
        case .labourMarket: "labour-market"
        case .schooling: "schooling"
        case .appeal: "appeal"
        case .legalAid: "legal-aid"
        case .reception: "reception"
        case .specialNeedsAssessment: "special-needs-assessment"
        case .languageCourses: "language-courses"
        case .intentionToReject: "intention-to-reject"
        case .detention: "detention"
        case .ifGranted: "if-granted"
        }
    }

    /// The parameters read under one regime: a Pact case never reads the old-law layer, and an
    /// old-law case reads only that layer where the rule has one.
    public func reads(_ regime: Regime) -> [ParameterKey] {
        let all = reads
        let old = all.filter { $0.rawValue.hasPrefix("oldLaw.") }
        switch regime {
        case .pact: return all.filter { !$0.rawValue.hasPrefix("oldLaw.") }
        case .prePact: return old.isEmpty ? all : old
        }
    }

    /// Whether this rule decides the value at an assessment path (`reception.labourMarketFrom`,
    /// `timeline[decision-deadline].date`), so `compare` names only the rules behind a difference.
    public func decides(_ path: String) -> Bool {
        func starts(_ p: String...) -> Bool { p.contains { path.hasPrefix($0) } }
        switch self {
        case .regime: return starts("regime")
        case .screening: return starts("screening", "timeline[screening-end]")
        case .registration: return starts("timeline[registration-deadline]")
        case .lodging: return starts("timeline[lodging-deadline]")
        case .representative: return starts("timeline[representative-appointment-deadline]")
        case .responsibilityRegulation, .responsibility:
            return starts("responsibility", "timeline[take-", "deadlines[request", "deadlines[transfer", "procedure.route", "procedure.possibleRoutes")
        case .admissibility, .admissibilityOptionalGrounds, .accelerated, .borderEligibility, .borderExemptions, .borderFamilies, .route:
            return starts("procedure.route", "procedure.possibleRoutes", "procedure.grounds", "procedure.decisionDeadline", "procedure.ref", "status", "openFacts", "timeline[border-procedure-end]", "timeline[admissibility-decision-deadline]",
                          "timeline[decision-deadline]", "deadlines[border-procedure")
        case .decisionDeadline: return starts("procedure.decisionDeadline", "timeline[decision-deadline]", "timeline[admissibility-decision-deadline]",
                                              "timeline[border-procedure-end]", "deadlines[border-procedure")
        case .oldLawDecisionDeadline: return starts("procedure.decisionDeadline", "timeline[decision-deadline]", "deadlines[decision-deadline")
        case .labourMarket: return starts("reception.labourMarketFrom", "timeline[labour-market-access]")
        case .schooling: return starts("reception.schoolingBy", "timeline[schooling-deadline]")
        case .appeal: return starts("appeal")
        case .legalAid: return starts("legalAid")
        case .reception: return starts("reception.kind")
        case .specialNeedsAssessment: return starts("reception.specialNeedsAssessmentBy")
        case .languageCourses: return starts("reception.languageCourses")
        case .intentionToReject: return starts("procedure.intentionToReject")
        case .detention: return starts("detention")
        case .ifGranted: return starts("ifGranted")
        }
    }

    /// The profile parameters the rule reads. A projected registration moves every date that runs
    /// from it, so those rules read `registration.period` too.
    public var reads: [ParameterKey] {
        switch self {
        case .regime, .screening, .borderEligibility, .responsibilityRegulation: []
        case .registration: [.registrationPeriod]
        case .lodging: [.lodgingPeriod, .registrationPeriod]
        case .representative: [.representativePeriod]
        case .responsibility: [.registrationPeriod]
        case .admissibility(let g):
            switch g {
            case .safeThirdCountry: [.admissibilityOptionalGrounds, .admissibilitySafeThirdCountryBases]
            case .firstCountryOfAsylum, .protectionInAnotherMemberState: [.admissibilityOptionalGrounds]
            default: []
            }
        case .admissibilityOptionalGrounds: [.admissibilityOptionalGrounds]
        case .accelerated(let g):
            switch g {
            case .safeCountryOfOrigin: [.safeCountryOfOriginLists, .safeCountryOfOriginExemptRiskProfiles]
            case .minorSafeCountryOfOrigin: [.safeCountryOfOriginLists, .safeCountryOfOriginExemptRiskProfiles, .acceleratedUnaccompaniedMinors]
            case .minorMisledAuthorities, .minorAdmissibleSubsequent: [.acceleratedUnaccompaniedMinors]
            case .lowRecognitionRate: [.acceleratedRecognitionRateThreshold]
            default: []
            }
        case .borderExemptions: [.detentionBorderProcedure]
        case .borderFamilies: [.borderFamiliesWithMinorChildren]
        case .route: [.borderOptionalGrounds, .borderFamiliesWithMinorChildren, .admissibilityOptionalGrounds, .acceleratedUnaccompaniedMinors, .detentionBorderProcedure]
        case .decisionDeadline: [.decisionRegular, .decisionAccelerated, .decisionInadmissibility, .borderMaximumDuration, .lodgingPeriod, .registrationPeriod]
        case .oldLawDecisionDeadline: [.oldLawDecisionPeriod, .oldLawDecisionExtension, .oldLawDecisionFurtherExtension, .oldLawDecisionGeneralExtension, .oldLawDecisionGeneralExtensionLodgedBefore]
        case .labourMarket: [.labourMarketAccessAfter, .registrationPeriod, .oldLawLabourMarketAccessAfter]
        case .schooling: [.schoolingWithin, .lodgingPeriod, .registrationPeriod]
        case .appeal: [.appealLodgingPeriodAcceleratedOrBorder, .appealLodgingPeriodInadmissibility, .appealLodgingPeriodRegular, .appealLodgingPeriodTransfer, .oldLawAppealRegular, .oldLawAppealShort, .oldLawAppealTransfer]
        case .legalAid: [.legalAidScreening, .legalAidAdministrative, .legalAidBorder, .legalAidDublin, .legalAidAppeal, .legalAidReception, .oldLawLegalAidAdministrative]
        case .reception: [.receptionDublin]
        case .specialNeedsAssessment: [.receptionSpecialNeedsAssessment]
        case .languageCourses: [.receptionLanguageCourses]
        case .intentionToReject: [.procedureIntentionToReject]
        case .detention: [.detentionBorderProcedure, .detentionFamiliesWithChildren, .detentionUnaccompaniedMinors, .detentionBorderFacility, .detentionFamilyFacility]
        case .ifGranted: [.grantedRefugeePermitYears, .grantedRefugeeRenewalYears, .grantedSubsidiaryPermitYears, .grantedSubsidiaryRenewalYears, .grantedFamilyReunificationMembers, .grantedRefugeeConditionFreeMonths, .grantedSubsidiaryFamilyReunification, .grantedSubsidiaryFamilyWaitYears, .grantedSubsidiaryIncomeAndHousing, .grantedNaturalisationYears]
        }
    }
}
