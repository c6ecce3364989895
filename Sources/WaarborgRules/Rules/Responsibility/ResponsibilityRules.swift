import LegalCalendar

/// Which member state examines the application, under the AMMR (Regulation (EU) 2024/1351) or,
/// for applications registered before 1 July 2026, Dublin III (AMMR Art 84(2)).
///
/// The criteria run in `ResponsibilityCriterion.allCases` order, which is the order of the
/// regulation; this type only assembles the dates of the request that follows.
enum ResponsibilityRules {
    struct Result {
        let responsibility: Responsibility
        /// Another member state is responsible (transfer route).
        let otherState: Truth
        let open: [String]
        let because: LocalizedText
        let timeline: [TimelineEntry]
        let otherDeadlines: [Deadline]
        let law: ResponsibilityLaw
    }

    static func evaluate(_ ctx: CaseContext) -> Result {
        let f = ctx.facts
        let me = f.memberState
        let reg = ctx.registration
        let law = ResponsibilityLaw.applying(registeredOn: reg.date)
        let facts = ResponsibilityFacts(facts: f, law: law, registration: reg.date, unaccompaniedMinor: ctx.unaccompaniedMinor, say: ctx.say)

        var chosen: (criterion: ResponsibilityCriterion, outcome: ResponsibilityCriterion.Outcome)? = nil
        for c in ResponsibilityCriterion.allCases {
            let o = c.evaluate(facts)
            if case .doesNotApply = o { continue }
            chosen = (c, o)
            break
        }
        // `firstRegistration` always decides, so a criterion was chosen.
        let (criterion, outcome) = chosen!

        // AMMR Art 16(4): an open security finding matters only when a criterion points elsewhere,
        // and only for the first state of registration.
        let securityOpen = law.hasSecurityDerogation && f.findings.truth(.internalSecurityThreat) == .unknown
            && facts.events([.application]).isEmpty

        switch outcome {
        case .doesNotApply:
            preconditionFailure("the loop skips criteria that do not apply")
        case let .undetermined(open, ref, because):
            let extra = securityOpen ? [FindingID.internalSecurityThreat.factPath] : []
            return Result(responsibility: Responsibility(memberState: nil, criterion: criterion.rawValue, ref: ref, request: nil, determined: false),
                          otherState: .unknown, open: open + extra, because: because, timeline: [], otherDeadlines: [], law: law)
        case let .decides(state, kind, ref, hitEvent, because):
            if state != me && securityOpen {
                return Result(responsibility: Responsibility(memberState: nil, criterion: ResponsibilityCriterion.securityThreat.rawValue,
                                                             ref: "AMMR Art 16(4)", request: nil, determined: false),
                              otherState: .unknown, open: [FindingID.internalSecurityThreat.factPath],
                              because: ctx.say(ResponsibilityWords.securityOpen(because, me)), timeline: [], otherDeadlines: [], law: law)
            }
            guard state != me, let kind else {
                return Result(responsibility: Responsibility(memberState: state, criterion: criterion.rawValue, ref: ref, request: nil, determined: true),
                              otherState: .no, open: [], because: because, timeline: [], otherDeadlines: [], law: law)
            }
            return request(kind, to: state, criterion: criterion, ref: ref, hitEvent: hitEvent, because: because, ctx, law)
        }
    }

    /// The request, its reply and the transfer, as dates. A request resting on a Eurodac or VIS
    /// hit has shorter periods; whether there was a hit is a fact of the case, and when it is not
    /// given the period cannot be chosen, so the fact is open.
    static func request(_ kind: ResponsibilityRequest.Kind, to state: CountryCode, criterion: ResponsibilityCriterion, ref: String,
                        hitEvent: Int?, because: LocalizedText, _ ctx: CaseContext, _ law: ResponsibilityLaw) -> Result {
        let f = ctx.facts
        let me = f.memberState
        let reg = ctx.registration
        let event = hitEvent.map { f.history[$0] }
        // Take back always rests on Eurodac (AMMR Art 41(1)); a take-charge request only when the
        // criterion's event was recorded there or in VIS.
        let hitKnown: DatabaseHit?
        if kind == .takeBack && law.regulation == .ammr { hitKnown = .eurodac }
        else { hitKnown = event?.hit }
        let hitApplies: Truth
        switch hitKnown {
        case nil: hitApplies = event == nil ? .no : .unknown
        case let h?: hitApplies = Truth(law.hitSystems.contains(h))
        }
        let hitStart: (date: CalendarDate, projected: Bool) = event?.hitReceivedOn.map { ($0, false) } ?? reg
        let counting = law.counting

        let requestPeriod: ResponsibilityLaw.Period
        let start: (date: CalendarDate, projected: Bool)
        switch (kind, hitApplies) {
        case (.takeCharge, .yes): (requestPeriod, start) = (law.takeChargeRequestAfterHit, hitStart)
        case (.takeCharge, _): (requestPeriod, start) = (law.takeChargeRequest, reg)
        case (.takeBack, .yes): (requestPeriod, start) = (law.takeBackAfterHit, hitStart)
        case (.takeBack, _): (requestPeriod, start) = (law.takeBackWithoutHit ?? law.takeBackAfterHit, reg)
        }
        let due = counting.end(of: requestPeriod.period, from: start.date).date
        let replyPeriod: ResponsibilityLaw.Period
        switch kind {
        case .takeCharge: replyPeriod = hitApplies == .yes ? (law.takeChargeReplyAfterHit ?? law.takeChargeReply) : law.takeChargeReply
        case .takeBack: replyPeriod = hitApplies == .yes ? (law.takeBackReplyAfterHit ?? law.takeBackReply) : law.takeBackReply
        }
        // The date the request is sent is not in the facts: the reply runs from the latest lawful request.
        let replyBy = law.replyCounting.end(of: replyPeriod.period, from: due).date
        let transferBy = counting.end(of: law.transfer.period, from: replyBy).date
        let label = ResponsibilityWords.requestKind(kind, law)
        let timelineID: TimelineID = kind == .takeCharge ? .takeChargeRequest : .takeBackNotification
        // With a hit the period runs from its receipt; when that day is not given, from registration.
        let hitDated = event?.hitReceivedOn != nil
        let fromWhat = ResponsibilityWords.requestRunsFrom(hit: hitApplies == .yes, dated: hitDated)
        let timeline = [TimelineEntry(id: timelineID, date: due, projected: start.projected || (hitApplies == .yes && !hitDated),
                                      ref: requestPeriod.ref,
                                      label: ctx.say(ResponsibilityWords.requestLabel(label, to: state, period: requestPeriod.period, from: fromWhat)),
                                      // A late take-back notification changes nothing (AMMR Art 41(1)): no consequence to show.
                                      ifMissed: kind == .takeBack && law.regulation == .ammr ? nil : ctx.say.ifAny(ResponsibilityWords.missedRequest(me, kind, law)))]
        var other: [Deadline] = []
        var alternative: CalendarDate? = nil
        var open: [String] = []
        if hitApplies == .unknown, let i = hitEvent {
            // Both answers are dated; the open fact says which applies.
            let alt = counting.end(of: kind == .takeCharge ? law.takeChargeRequestAfterHit.period : law.takeBackAfterHit.period, from: hitStart.date).date
            alternative = alt
            open.append("history[\(i)].hit")
        }
        other.append(Deadline(id: .requestReply, date: replyBy, projected: true, ref: replyPeriod.ref, actor: .otherMemberState,
                              label: ctx.say(ResponsibilityWords.replyLabel(kind, law, to: state, period: replyPeriod.period)),
                              ifMissed: ctx.say(ResponsibilityWords.silence(state, kind, law)),
                              note: ctx.say.ifAny(law.counting.extendsEndToWorkingDay ? ResponsibilityWords.requestedStateHolidays : nil)))
        other.append(Deadline(id: .transfer, date: transferBy, projected: true, ref: law.transfer.ref, actor: .authority,
                              label: ctx.say(ResponsibilityWords.transferLabel(to: state, period: law.transfer.period,
                                                                               fromConfirmation: kind == .takeBack && law.regulation == .ammr)),
                              ifMissed: ctx.say(ResponsibilityWords.missedTransfer(me)), note: nil))
        if let alt = alternative {
            other.append(Deadline(id: .requestAfterHit, date: alt, projected: true, ref: kind == .takeCharge ? law.takeChargeRequestAfterHit.ref : law.takeBackAfterHit.ref,
                                  actor: .authority,
                                  label: ctx.say(ResponsibilityWords.requestIfHitLabel(label, to: state, visCounts: law.hitSystems.contains(.vis))),
                                  ifMissed: ctx.say(ResponsibilityWords.missedRequest(me, kind, law)), note: ctx.say(ResponsibilityWords.hitOpen(state, law))))
        }
        let request = ResponsibilityRequest(kind: kind, deadline: due, replyBy: replyBy, transferBy: transferBy, ifEurodacOrVisHit: alternative,
                                            basedOnHit: hitApplies, ref: "\(requestPeriod.ref); \(replyPeriod.ref); \(law.transfer.ref)")
        return Result(responsibility: Responsibility(memberState: state, criterion: criterion.rawValue, ref: ref, request: request, determined: open.isEmpty),
                      otherState: .yes, open: open, because: because, timeline: timeline, otherDeadlines: other, law: law)
    }
}
