/// Whether detention is permitted, on which ground and where (RCD Arts 10-13; APR Art 54; AMMR
/// Art 44), with each profile's policy for adults at the border, families and unaccompanied
/// minors. Grounds that rest on findings the contract does not carry (a risk of absconding,
/// identity still to be verified) are named, never assumed.
///
/// A pure decision: the words are in `DetentionWords`, and the assessor writes the one trace step.
enum DetentionRule {
    /// Why the decision is what it is; `DetentionWords` says it in both languages.
    enum Reason: Sendable, Equatable {
        case formerLawPublicOrder, formerLawNoGround
        case minorLastResort, minorNoDanger, minorsNever
        case familiesNever, familyGroundFound, familyNoGround, familyGroundOpen
        case borderDetains, borderAlternatives
        case transferIndividualAssessment
        case publicOrder, noGround
    }

    struct Decision: Sendable, Equatable {
        let permitted: Bool
        let facility: String?
        let ref: String
        /// Stated in every branch, so that no new branch can claim certainty by default.
        let determined: Bool
        let reason: Reason
    }

    static func decide(_ ctx: CaseContext, _ route: Route) -> Decision {
        let s = ctx.settings
        let f = ctx.facts.findings
        let uam = ctx.unaccompaniedMinor == .yes
        let family = ctx.familyWithMinorChildren
        let danger = f.truth(.publicOrderDanger)
        guard ctx.regime == .pact else {
            // The former law: Directive 2013/33/EU Art 8(2)-(3), Arts 9-11; Vw 2000 art 59b.
            if danger == .yes && !uam {
                return Decision(permitted: true, facility: nil, ref: "Directive 2013/33/EU Art 8(3)(e); Vw 2000 art 59b", determined: true, reason: .formerLawPublicOrder)
            }
            return Decision(permitted: false, facility: nil, ref: "Directive 2013/33/EU Art 8(3); Vw 2000 art 59b", determined: false, reason: .formerLawNoGround)
        }
        if uam {
            if s.detainsUnaccompaniedMinorsOnSecurity && danger == .yes {
                // RCD Art 13: never in a prison or law-enforcement facility, always apart from
                // adults, so never the facility the profile names for adults at the border.
                return Decision(permitted: true, facility: nil, ref: "RCD Art 13; Art 10(4)", determined: true, reason: .minorLastResort)
            }
            return Decision(permitted: false, facility: nil, ref: "RCD Art 13", determined: true,
                            reason: s.detainsUnaccompaniedMinorsOnSecurity ? .minorNoDanger : .minorsNever)
        }
        if family != .no {
            guard s.detainsFamiliesOnFindings else {
                return Decision(permitted: false, facility: nil, ref: "RCD Art 13", determined: true, reason: .familiesNever)
            }
            let grounds = f.truth(.familyTiesDoubted) || f.truth(.traffickingIndications) || danger
            if grounds == .yes && family == .yes {
                return Decision(permitted: true, facility: s.familyFacility, ref: "RCD Art 13; Art 10(4)", determined: true, reason: .familyGroundFound)
            }
            let decided = grounds != .unknown && family == .yes
            return Decision(permitted: false, facility: nil, ref: "RCD Art 13", determined: decided,
                            reason: decided ? .familyNoGround : .familyGroundOpen)
        }
        switch route {
        case .border:
            return s.detainsInBorderProcedure
                ? Decision(permitted: true, facility: s.borderFacility, ref: "RCD Art 10(4); APR Art 54(1)", determined: true, reason: .borderDetains)
                : Decision(permitted: false, facility: nil, ref: "RCD Art 10(2)", determined: true, reason: .borderAlternatives)
        case .transfer:
            return Decision(permitted: false, facility: nil, ref: "AMMR Art 44", determined: false, reason: .transferIndividualAssessment)
        default:
            return danger == .yes
                ? Decision(permitted: true, facility: nil, ref: "RCD Art 10(4)", determined: true, reason: .publicOrder)
                : Decision(permitted: false, facility: nil, ref: "RCD Art 10(4)", determined: false, reason: .noGround)
        }
    }
}

extension Assessor {
    func detentionRule(_ ctx: CaseContext, _ route: Route, _ trace: inout Trace) -> Detention {
        let d = DetentionRule.decide(ctx, route)
        let involvesMinors = ctx.unaccompaniedMinor == .yes || ctx.familyWithMinorChildren != .no
        let detention = Detention(permitted: d.permitted, facility: d.facility, ref: d.ref,
                                  safeguardTexts: ctx.say.on ? DetentionWords.safeguards(ctx.regime, minors: involvesMinors, route: route) : [],
                                  determined: d.determined, note: ctx.say(DetentionWords.note(d.reason)))
        trace.append(TraceStep(rule: .detention, ref: d.ref, outcome: d.determined ? .bool(d.permitted) : .string("undetermined"),
                               because: detention.note, sections: [.detention]))
        return detention
    }
}
