/// Which profile parameters each rule reads. `compare` uses it to say, for every difference
/// between two profiles, not only which rule's outcome changed but which policy choice made it
/// change; the trace lists them so a reader can look each one up with `waarborg profiles show`.
public enum RuleParameters {
    static let table: [String: [String]] = [
        "registration": ["registration.period"],
        "lodging": ["lodging.period"],
        "representative": ["representative.period"],
        "decision-deadline": ["decision.regular", "decision.accelerated", "decision.inadmissibility", "border.maximumDuration"],
        "appeal": ["appeal.lodgingPeriod.acceleratedOrBorder", "appeal.lodgingPeriod.inadmissibility",
                   "appeal.lodgingPeriod.regular", "appeal.lodgingPeriod.transfer"],
        "legal-aid": ["legalAid.screening", "legalAid.administrative", "legalAid.border", "legalAid.dublin",
                      "legalAid.appeal", "legalAid.reception"],
        "schooling": ["schooling.within"],
        "reception": ["reception.dublin"],
        "special-needs-assessment": ["reception.specialNeedsAssessment"],
        "language-courses": ["reception.languageCourses"],
        "if-granted": ["granted.refugee.permitYears", "granted.refugee.renewalYears", "granted.subsidiary.permitYears",
                       "granted.subsidiary.renewalYears", "granted.familyReunification.members", "granted.refugee.conditionFreeMonths",
                       "granted.subsidiary.familyWaitYears", "granted.subsidiary.incomeAndHousing", "granted.naturalisationYears"],
        "labour-market": ["labourMarket.accessAfter"],
        "admissibility:optional-grounds": ["admissibility.optionalGrounds"],
        "admissibility:APR-38-1-a": ["admissibility.optionalGrounds"],
        "admissibility:APR-38-1-b": ["admissibility.optionalGrounds", "admissibility.safeThirdCountryBases"],
        "admissibility:APR-38-1-c": ["admissibility.optionalGrounds"],
        "accelerated:APR-42-1-e": ["safeCountryOfOrigin.lists", "safeCountryOfOrigin.exemptRiskProfiles"],
        "accelerated:APR-42-3-a": ["safeCountryOfOrigin.lists", "safeCountryOfOrigin.exemptRiskProfiles", "accelerated.unaccompaniedMinors"],
        "accelerated:APR-42-3-c": ["accelerated.unaccompaniedMinors"],
        "accelerated:APR-42-3-d": ["accelerated.unaccompaniedMinors"],
        "accelerated:APR-42-1-j": ["accelerated.recognitionRateThreshold"],
        "border:families": ["border.familiesWithMinorChildren"],
        "detention": ["detention.borderProcedure", "detention.familiesWithChildren", "detention.unaccompaniedMinors",
                      "detention.borderFacility", "detention.familyFacility"],
        "route": ["border.optionalGrounds", "border.familiesWithMinorChildren", "admissibility.optionalGrounds",
                  "accelerated.unaccompaniedMinors"],
    ]

    public static func parameters(of rule: String) -> [String] { table[rule] ?? [] }
}
