import LegalCalendar

/// Facts derived once per case that several rules need: who is a minor, which country the
/// country-based rules look at, when registration and lodging happened or are projected.
struct CaseContext {
    let facts: CaseFacts
    let profile: PolicyProfile
    let data: Datasets
    /// Whether this pass writes its explanations (off on the decision path).
    let say: Narration

    let regime: Regime
    /// The applicant is an unaccompanied minor (or presumed one, APR Art 25(2)).
    let unaccompaniedMinor: Truth
    let unaccompaniedMinorReason: LocalizedText
    /// Applicant is a minor or accompanied by a minor child.
    let familyWithMinorChildren: Truth
    let familyUnknownFacts: [String]
    /// Nationality, or former habitual residence for stateless persons (APR Art 42(1)(j), 61).
    let countryOfOrigin: CountryCode?
    let countryOfOriginFact: String

    let registration: (date: CalendarDate, projected: Bool)
    let lodging: (date: CalendarDate, projected: Bool)

    var settings: ProfileSettings { profile.settings }

    init(facts: CaseFacts, profile: PolicyProfile, data: Datasets, say: Narration = .full) {
        self.say = say
        self.facts = facts
        self.profile = profile
        self.data = data
        let made = facts.application.madeOn
        regime = made < PactCalendar.applicationDate ? .prePact : .pact

        let a = facts.applicant
        func isMinor(_ birth: CalendarDate?) -> Truth {
            guard let birth else { return .unknown }
            return Truth(made < birth.adding(years: 18))
        }
        if !a.unaccompanied {
            unaccompaniedMinor = .no
            unaccompaniedMinorReason = say(MinorWords.notUnaccompanied)
        } else if a.ageDisputed || a.birthDate == nil {
            unaccompaniedMinor = .yes
            unaccompaniedMinorReason = say(MinorWords.presumedMinor(ageUnknown: a.birthDate == nil))
        } else {
            unaccompaniedMinor = isMinor(a.birthDate)
            unaccompaniedMinorReason = say(unaccompaniedMinor == .yes ? MinorWords.unaccompaniedMinor : MinorWords.adult)
        }

        var withChildren: Truth = a.unaccompanied ? .no : isMinor(a.birthDate) == .yes ? .yes : .no
        var unknownFacts: [String] = []
        for (i, m) in facts.family.enumerated() where m.relation == .child && m.accompanying {
            let t = isMinor(m.birthDate)
            if t == .unknown { unknownFacts.append("family[\(i)].birthDate") }
            withChildren = withChildren || t
        }
        familyWithMinorChildren = withChildren
        familyUnknownFacts = unknownFacts

        if a.stateless {
            countryOfOrigin = a.formerHabitualResidence
            countryOfOriginFact = "applicant.formerHabitualResidence"
        } else {
            countryOfOrigin = a.nationality
            countryOfOriginFact = "applicant.nationality"
        }

        let s = profile.settings
        let regime = PactCalendar.regime
        if let r = facts.application.registeredOn {
            registration = (r, false)
        } else {
            registration = (regime.end(of: s.registrationPeriod, from: made).date, true)
        }
        if let l = facts.application.lodgedOn {
            lodging = (l, false)
        } else {
            lodging = (regime.end(of: s.lodgingPeriod, from: registration.date).date, true)
        }
    }
}
