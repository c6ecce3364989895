/// Chooses the one procedure a case goes through, in three-valued logic.
///
/// The candidate routes are tried in the order the law puts them (responsibility first, then the
/// border procedure, admissibility, acceleration, and the regular procedure as the default). A
/// route whose condition is unknown stays possible; the case is determined only when exactly one
/// route remains possible, which is why no case can ever get two routes.
struct RouteEvaluation {
    let responsibility: ResponsibilityRules.Result
    let admissibility: Admissibility.Result
    let accelerated: [GroundCheck]
    let borderEligible: Truth
    let borderExempt: Truth
    let mandatoryBorder: [GroundCheck]
    let optionalBorder: [GroundCheck]
    let familyLimited: Truth
    let borderApplies: Truth
    let anyAccelerated: Truth
    let possible: [Route]

    var route: Route { possible.count == 1 ? possible[0] : .undetermined }
    /// The route is open and one answer leads to a transfer: what a transfer decision would end
    /// (work, full reception) is then said as a condition.
    var transferStillPossible: Bool { route == .undetermined && possible.contains(.transfer) }


    static func evaluate(_ ctx: CaseContext) -> RouteEvaluation {
        let facts = ctx.facts
        let s = ctx.settings
        let responsibility = ResponsibilityRules.evaluate(ctx)
        let adm = Admissibility.evaluate(ctx)
        let uam = ctx.unaccompaniedMinor
        // Grounds: the closed list for unaccompanied minors, the full list otherwise.
        let accelerated: [GroundCheck]
        switch uam {
        case .yes: accelerated = AcceleratedGrounds.unaccompaniedMinor(ctx, subsequentAdmissible: adm.subsequentAdmissible)
        default: accelerated = AcceleratedGrounds.adult(ctx, subsequentAdmissible: adm.subsequentAdmissible)
        }
        func ground(_ id: GroundID) -> GroundCheck? { accelerated.first { $0.id == id } }

        // Art 43(1): only after a border situation, before entry is authorised.
        let eligible: Truth
        if let kind = facts.arrival?.kind {
            switch kind {
            case .borderCrossingPoint, .irregularCrossing, .seaRescue, .relocation: eligible = .yes
            case .inTerritory, .lawfulStay: eligible = .no
            }
        } else { eligible = .unknown }
        // Art 53(2)(b)-(d): support for special needs cannot be given, or medical reasons.
        // Art 53(2)(e): only where the profile detains in the border procedure does unmet detention
        // guarantees stop the procedure.
        let detentionBars: Truth = s.detainsInBorderProcedure ? facts.findings.truth(.detentionGuaranteesUnmet) : .no
        let exempt = facts.findings.truth(.specialNeedsUnsupported) || facts.findings.truth(.medicalReasonsAgainstBorder) || detentionBars

        // Art 45(1) mandatory grounds; Art 53(1) for unaccompanied minors only 42(3)(b).
        let mandatoryIDs = uam == .yes ? GroundID.mandatoryAtTheBorderForMinors : GroundID.mandatoryAtTheBorder
        // Every mandatory ground is evaluated for its applicant group, so none can be missing.
        let mandatory = mandatoryIDs.map { id in
            guard let g = ground(id) else { preconditionFailure("mandatory border ground \(id) was not evaluated") }
            return g
        }
        var optional: [GroundCheck] = []
        if uam != .yes {
            for id in s.optionalBorderGrounds {
                if id == .inadmissibilityAtTheBorder {
                    optional.append(GroundCheck(id: .inadmissibilityAtTheBorder, ref: "APR Art 44(1)(a)", truth: adm.inadmissible, openFacts: adm.all.flatMap(\.openFacts),
                                                because: ctx.say(AdmissibilityWords.anInadmissibilityGround)))
                } else if let g = ground(id) { optional.append(g) }
            }
        }
        let mandatoryAny = mandatory.reduce(Truth.no) { $0 || $1.truth }
        let optionalAny = optional.reduce(Truth.no) { $0 || $1.truth }
        let familyLimited = s.familiesMandatoryGroundsOnly ? ctx.familyWithMinorChildren : .no
        let triggers = mandatoryAny || (optionalAny && !familyLimited)
        let borderApplies = eligible && !exempt && triggers
        let anyAccelerated = accelerated.reduce(Truth.no) { $0 || $1.truth }

        var possible: [Route] = []
        func consider(_ t: Truth, _ r: Route) -> Bool {
            switch t {
            case .yes: possible.append(r); return true
            case .unknown: possible.append(r); return false
            case .no: return false
            }
        }
        if ctx.regime == .prePact {
            // The old law: a Dublin transfer, or the national examination (Vw 2000, Directive 2013/32/EU).
            if !consider(responsibility.otherState, .transfer) { possible.append(.regular) }
        } else if !consider(responsibility.otherState, .transfer),
                  !consider(borderApplies, .border),
                  !consider(adm.inadmissible, .inadmissibility),
                  !consider(anyAccelerated, .accelerated) {
            possible.append(.regular)
        }
        return RouteEvaluation(responsibility: responsibility, admissibility: adm, accelerated: accelerated, borderEligible: eligible,
                               borderExempt: exempt, mandatoryBorder: mandatory, optionalBorder: optional, familyLimited: familyLimited,
                               borderApplies: borderApplies, anyAccelerated: anyAccelerated, possible: possible)
    }
}
