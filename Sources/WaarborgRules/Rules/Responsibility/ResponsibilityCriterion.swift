import LegalCalendar

/// One step of the responsibility hierarchy, in the order of the regulation's Chapter III (AMMR
/// Arts 16(4), 36, 25-33, 16(2); Dublin III Arts 18, 8-14, 3(2)). The first step that decides
/// wins; a step whose facts are incomplete stops the search as undetermined, because a lower
/// criterion may only be used when the higher ones do not apply.
enum ResponsibilityCriterion: String, CaseIterable, Sendable {
    case securityThreat = "security"
    case takeBack = "take-back"
    case unaccompaniedMinorFamily = "unaccompanied-minor-family"
    case unaccompaniedMinorRelative = "unaccompanied-minor-relative"
    case unaccompaniedMinor = "unaccompanied-minor"
    case family
    case documents
    case diploma
    case visaWaivedEntry = "visa-waived-entry"
    case irregularEntry = "irregular-entry"
    case firstRegistration = "first-registration"

    /// What one criterion says about a case.
    enum Outcome {
        /// This state is responsible; `request` is how the assessing state asks it (nil when it is the assessing state).
        case decides(CountryCode, ResponsibilityRequest.Kind?, ref: String, hitEvent: Int?, because: LocalizedText)
        case doesNotApply
        case undetermined(open: [String], ref: String, because: LocalizedText)
    }
}

/// The facts the criteria read, derived once.
struct ResponsibilityFacts {
    let facts: CaseFacts
    let law: ResponsibilityLaw
    let registration: CalendarDate
    let unaccompaniedMinor: Truth
    let say: Narration
    var me: CountryCode { facts.memberState }

    /// Earlier applications in another member state that still bind it: not granted, and not
    /// ended by AMMR Art 37(2). Unknown cessation facts are returned as open paths.
    func earlierApplications() -> (binding: [(index: Int, event: HistoryEvent)], open: [String]) {
        var binding: [(Int, HistoryEvent)] = []
        var open: [String] = []
        for (i, e) in facts.history.enumerated() where e.event == .application && e.memberState != me && e.outcome != .granted {
            switch ceased(e) {
            case .yes: continue
            case .no: binding.append((i, e))
            case .unknown:
                open.append(e.borderProcedure == nil ? "history[\(i)].borderProcedure" : "history[\(i)].finalOn")
                binding.append((i, e))
            }
        }
        return (binding, open)
    }

    /// AMMR Art 37(2): after a final rejection in the border procedure the obligations cease after
    /// 15 months, and a later application is a new one.
    func ceased(_ e: HistoryEvent) -> Truth {
        guard let months = law.borderRejectionCessationMonths, e.outcome == .rejected || e.outcome == .withdrawn else { return .no }
        // The decision became final no earlier than the application, so a registration within
        // 15 months of the application cannot fall after the cessation.
        if let on = e.on, registration <= on.adding(months: months) { return .no }
        switch e.borderProcedure {
        case false?: return .no
        case nil: return .unknown
        case true?:
            guard let final = e.finalOn else { return .unknown }
            return Truth(registration > final.adding(months: months))
        }
    }

    func inOtherState(_ m: FamilyMember) -> CountryCode? {
        guard let s = m.memberState, s != me else { return nil }
        return s
    }

    func events(_ kinds: [HistoryEventKind]) -> [(index: Int, event: HistoryEvent)] {
        facts.history.enumerated().filter { kinds.contains($0.element.event) && $0.element.memberState != me }.map { ($0.offset, $0.element) }
    }
}

extension ResponsibilityCriterion {
    func evaluate(_ r: ResponsibilityFacts) -> Outcome {
        let law = r.law
        let me = r.me
        let words = ResponsibilityWords.self
        switch self {
        case .securityThreat:
            guard law.hasSecurityDerogation else { return .doesNotApply }
            // Only the state where the application was first registered may keep it (recital 50).
            let earlier = r.events([.application])
            guard earlier.isEmpty else { return .doesNotApply }
            switch r.facts.findings.truth(.internalSecurityThreat) {
            case .yes: return .decides(me, nil, ref: "AMMR Art 16(4)", hitEvent: nil, because: r.say(words.securityThreat(me)))
            case .no: return .doesNotApply
            // Handled by the caller: it matters only if a criterion below points elsewhere.
            case .unknown: return .doesNotApply
            }

        case .takeBack:
            let (binding, open) = r.earlierApplications()
            guard let (i, e) = binding.first else { return .doesNotApply }
            if !open.isEmpty {
                return .undetermined(open: open, ref: "AMMR Art 37(2)", because: r.say(words.cessationOpen(e.memberState)))
            }
            if law.regulation == .ammr {
                switch e.indicatedResponsible {
                case nil:
                    return .undetermined(open: ["history[\(i)].indicatedResponsible"], ref: law.takeBackRef,
                                         because: r.say(words.indicatedResponsibleOpen(e.memberState)))
                case false?: return .doesNotApply
                case true?: break
                }
            }
            return .decides(e.memberState, .takeBack, ref: law.takeBackRef, hitEvent: i, because: r.say(words.takeBack(e, law)))

        case .unaccompaniedMinorFamily:
            guard r.unaccompaniedMinor == .yes else { return .doesNotApply }
            for (i, m) in r.facts.family.enumerated() where [.parent, .sibling, .spouse].contains(m.relation) {
                guard let state = r.inOtherState(m) else { continue }
                guard m.status != nil else {
                    return .undetermined(open: ["family[\(i)].status"], ref: law.minorFamilyRef, because: r.say(words.minorFamilyStatusOpen(m, state)))
                }
                return .decides(state, .takeCharge, ref: law.minorFamilyRef, hitEvent: nil, because: r.say(words.minorFamily(m, state)))
            }
            return .doesNotApply

        case .unaccompaniedMinorRelative:
            guard r.unaccompaniedMinor == .yes else { return .doesNotApply }
            for (i, m) in r.facts.family.enumerated() where m.relation == .otherRelative {
                guard let state = r.inOtherState(m) else { continue }
                switch m.canTakeCare {
                case nil: return .undetermined(open: ["family[\(i)].canTakeCare"], ref: law.minorRelativeRef, because: r.say(words.minorRelative(state)))
                case false?: continue
                case true?: return .decides(state, .takeCharge, ref: law.minorRelativeRef, hitEvent: nil, because: r.say(words.minorRelativeCares(state)))
                }
            }
            return .doesNotApply

        case .unaccompaniedMinor:
            guard r.unaccompaniedMinor == .yes else { return .doesNotApply }
            return .decides(me, nil, ref: law.minorAloneRef, hitEvent: nil, because: r.say(words.minorAlone(me)))

        case .family:
            for (i, m) in r.facts.family.enumerated() where [.spouse, .unmarriedPartner, .child, .parent].contains(m.relation) {
                guard let state = r.inOtherState(m) else { continue }
                switch m.status {
                case nil:
                    return .undetermined(open: ["family[\(i)].status"], ref: law.familyBeneficiaryRef + "; " + law.familyApplicantRef,
                                         because: r.say(words.familyStatusOpen(m, state)))
                case .beneficiary?, .applicant?:
                    let beneficiary = m.status == .beneficiary
                    let ref = beneficiary ? law.familyBeneficiaryRef : law.familyApplicantRef
                    switch m.wishInWriting {
                    case nil: return .undetermined(open: ["family[\(i)].wishInWriting"], ref: ref, because: r.say(words.familyWish(m, state, beneficiary: beneficiary)))
                    case false?: continue
                    case true?: return .decides(state, .takeCharge, ref: ref, hitEvent: nil, because: r.say(words.familyWished(m, state, beneficiary: beneficiary)))
                    }
                case .resident?, .citizen?:
                    continue
                }
            }
            return .doesNotApply

        case .documents:
            // Residence documents before visas, then the latest expiry (AMMR Art 29(3); Dublin III Art 12(3)).
            let documents = r.events([.residenceDocument, .visa]).sorted { a, b in
                func rank(_ e: HistoryEvent) -> (Int, Int) { (e.event == .residenceDocument ? 0 : 1, -(e.validUntil?.dayNumber ?? Int.max)) }
                return rank(a.event) < rank(b.event)
            }
            for (i, e) in documents {
                guard let until = e.validUntil else {
                    return .undetermined(open: ["history[\(i)].validUntil"], ref: law.documentsRef, because: r.say(words.documentUndated(e)))
                }
                let stillCounts = e.event == .residenceDocument ? until.adding(years: law.residenceDocumentExpiredYears)
                                                                : until.adding(months: law.visaExpiredMonths)
                if r.registration < stillCounts {
                    return .decides(e.memberState, .takeCharge, ref: law.documentsRef, hitEvent: e.event == .visa ? i : nil,
                                    because: r.say(words.document(e, until: until, law: law)))
                }
            }
            return .doesNotApply

        case .diploma:
            guard let years = law.diplomaYears else { return .doesNotApply }
            for (i, e) in r.events([.diploma]) {
                guard let on = e.on else {
                    return .undetermined(open: ["history[\(i)].on"], ref: "AMMR Art 30", because: r.say(words.diplomaUndated(e)))
                }
                if r.registration < on.adding(years: years) {
                    return .decides(e.memberState, .takeCharge, ref: "AMMR Art 30", hitEvent: nil, because: r.say(words.diploma(e, on: on, years: years)))
                }
            }
            return .doesNotApply

        case .visaWaivedEntry:
            guard let (_, e) = r.events([.visaWaivedEntry]).first else { return .doesNotApply }
            return .decides(e.memberState, .takeCharge, ref: law.visaWaivedRef, hitEvent: nil, because: r.say(words.visaWaived(e)))

        case .irregularEntry:
            let entries = r.events([.irregularEntry, .seaRescue])
            if let (i, e) = entries.first(where: { $0.event.on == nil }) {
                return .undetermined(open: ["history[\(i)].on"], ref: law.irregularEntryRef, because: r.say(words.entryUndated(e)))
            }
            guard let (i, e) = entries.min(by: { $0.event.on! < $1.event.on! }) else { return .doesNotApply }
            let months = e.event == .seaRescue ? law.seaRescueMonths : law.irregularEntryMonths
            guard r.registration <= e.on!.adding(months: months) else { return .doesNotApply }
            return .decides(e.memberState, .takeCharge, ref: law.irregularEntryRef, hitEvent: i,
                            because: r.say(words.irregularEntry(e, months: months, registration: r.registration)))

        case .firstRegistration:
            // The state where the application was first registered (or, under Dublin III, lodged).
            let earlier = r.earlierApplications().binding.min { ($0.event.on ?? .init(dayNumber: .max)) < ($1.event.on ?? .init(dayNumber: .max)) }
            if let (i, e) = earlier {
                return .decides(e.memberState, .takeCharge, ref: law.defaultRef, hitEvent: i, because: r.say(words.firstRegisteredElsewhere(e.memberState)))
            }
            return .decides(me, nil, ref: law.defaultRef, hitEvent: nil, because: r.say(words.firstRegisteredHere(me)))
        }
    }
}
