import LegalCalendar

/// The rules for the backlog: applications made before 12 June 2026 keep the recast Procedures
/// Directive 2013/32/EU and Reception Directive 2013/33/EU as the member state implemented them
/// (APR Art 79(2); for the Netherlands the Vreemdelingenwet 2000 as it stood). The national values
/// come from the profile's `oldLaw.*` layer; the directive's limits are named here.
enum OldLaw {
    /// Directive 2013/32/EU Art 31(5): the examination must end within 21 months of lodging.
    static let outerLimit = LegalPeriod.months(21)
    /// Dutch statutory periods count under the Algemene termijnenwet (art 1).
    static var counting: CountingRegime { .dutch }

    /// The decision period and what may lengthen it. The statutory period is the decision deadline;
    /// individual and general extensions are listed as deadlines of their own, since whether the
    /// authority extended a case is not a fact the contract carries.
    static func decisionDeadlines(_ ctx: CaseContext, _ trace: inout Trace, _ timeline: inout [TimelineEntry],
                                  _ deadlines: inout [Deadline]) -> CalendarDate? {
        let o = ctx.settings.oldLaw
        guard let lodged = ctx.facts.application.lodgedOn else {
            trace.append(TraceStep(rule: .oldLawDecisionDeadline, ref: "Vw 2000 art 42(1); Directive 2013/32/EU Art 31(3)", outcome: .string("undetermined"),
                                   because: OldLawWords.lodgingNotGiven, sections: [.procedure, .timeline]))
            return nil
        }
        let cal = counting
        let d = cal.end(of: o.decisionPeriod, from: lodged).date
        timeline.append(TimelineEntry(id: .decision, date: d, projected: false, ref: "Vw 2000 art 42(1); Directive 2013/32/EU Art 31(3)",
                                      label: ctx.say(OldLawWords.decisionLabel(o.decisionPeriod)), ifMissed: ctx.say.ifAny(o.lateDecisionRemedy)))
        var because = ctx.say(OldLawWords.decision(lodged: lodged, period: o.decisionPeriod, due: d))
        let total = o.individualExtension.amount + o.furtherExtension.amount
        if total > 0 {
            let ext = cal.end(of: .months(o.decisionPeriod.amount + total), from: lodged).date
            deadlines.append(Deadline(id: .decisionExtended, date: ext, projected: false, ref: "Directive 2013/32/EU Art 31(3), third and fourth subparagraphs; Vw 2000 art 42(4)-(5)",
                                      actor: .authority, label: ctx.say(OldLawWords.extendedLabel(months: o.decisionPeriod.amount + total, extendedBy: o.individualExtension.amount, further: o.furtherExtension.amount, by: ctx.settings.authorities.name(.determining))),
                                      ifMissed: ctx.say(o.lateDecisionRemedy), note: ctx.say(OldLawWords.individualExtensionNote(by: ctx.settings.authorities.name(.determining)))))
            because = because + OldLawWords.extendable(months: o.decisionPeriod.amount + total, until: ext, by: ctx.settings.authorities.name(.determining))
        }
        if o.generalExtension.amount > 0 && lodged < o.generalExtensionLodgedBefore {
            let general = cal.end(of: .months(o.decisionPeriod.amount + o.generalExtension.amount), from: lodged).date
            deadlines.append(Deadline(id: .decisionGeneralExtension, date: general, projected: false, ref: "WBV 2022/22; CJEU C-662/23",
                                      actor: .authority, label: ctx.say(OldLawWords.generalLabel(months: o.decisionPeriod.amount + o.generalExtension.amount)),
                                      ifMissed: nil, note: ctx.say(OldLawWords.generalExtensionNote(status: o.generalExtensionStatus))))
            because = because + OldLawWords.general(until: general, status: o.generalExtensionStatus)
        }
        let outer = cal.end(of: outerLimit, from: lodged).date
        deadlines.append(Deadline(id: .decisionOuterLimit, date: outer, projected: false, ref: "Directive 2013/32/EU Art 31(5)", actor: .authority,
                                  label: ctx.say(OldLawWords.outerLabel), ifMissed: ctx.say(o.lateDecisionRemedy), note: nil))
        trace.append(TraceStep(rule: .oldLawDecisionDeadline, ref: "Vw 2000 art 42; Directive 2013/32/EU Art 31", outcome: .string(d.iso),
                               because: because + OldLawWords.outer(outer), sections: [.procedure, .timeline]))
        return d
    }

    /// Dublin III Art 29(2): a transfer not carried out in time makes the requesting state
    /// responsible; the six months then run from that moment (Directive 2013/32/EU Art 31(3),
    /// second subparagraph; Vw 2000 art 42(6)). Whether the transfer took place is not a fact the
    /// case carries, so the date is given as what follows if it did not.
    static func decisionIfNotTransferred(_ ctx: CaseContext, transferBy: CalendarDate) -> Deadline {
        let o = ctx.settings.oldLaw
        let d = counting.end(of: o.decisionPeriod, from: transferBy).date
        return Deadline(id: .decisionIfNotTransferred, date: d, projected: true,
                        ref: "Dublin III Art 29(2); Directive 2013/32/EU Art 31(3), second subparagraph; Vw 2000 art 42(6)", actor: .authority,
                        label: ctx.say(OldLawWords.decisionIfNotTransferredLabel(o.decisionPeriod, transferBy: transferBy)),
                        ifMissed: ctx.say.ifAny(o.lateDecisionRemedy), note: ctx.say(OldLawWords.decisionIfNotTransferredNote(by: ctx.settings.authorities.name(.determining))))
    }

    /// Vw 2000 art 69: 4 weeks in the extended procedure, 1 week for decisions in the general
    /// procedure, manifestly unfounded or inadmissible ones, and Dublin decisions.
    static func appeal(_ ctx: CaseContext, _ route: Route, _ trace: inout Trace) -> Appeal {
        let o = ctx.settings.oldLaw
        var appeal: Appeal
        let because: LocalizedText
        switch route {
        case .transfer:
            appeal = Appeal(lodgeWithinDays: o.appealTransferDays, suspensive: .onRequest, ref: "Vw 2000 art 69(2); Dublin III Art 27", determined: true)
            because = ctx.say(OldLawWords.appealTransfer(o.appealTransferDays))
        default:
            // Which track decides the case is not a fact of the case: the shortest period is shown.
            let shortest = min(o.appealShortDays, o.appealRegularDays)
            appeal = Appeal(lodgeWithinDays: shortest, suspensive: .onRequest, ref: "Vw 2000 art 69(1)-(2); art 82", determined: o.appealShortDays == o.appealRegularDays)
            because = ctx.say(OldLawWords.appealNational(short: o.appealShortDays, regular: o.appealRegularDays, status: o.appealStatus))
            if o.appealShortDays != o.appealRegularDays { appeal.dependsOn = ctx.say.ifAny(OldLawWords.appealDependsOn(short: o.appealShortDays, regular: o.appealRegularDays)) }
        }
        appeal.legalStatus = o.appealStatus
        trace.append(TraceStep(rule: .appeal, ref: appeal.ref, outcome: .number(Double(appeal.lodgeWithinDays)), because: because, sections: [.appeal]))
        return appeal
    }

    /// Directive 2013/33/EU Art 15(1): work no later than 9 months from lodging; the profile's value.
    static func labourMarket(_ ctx: CaseContext, _ route: Route, _ trace: inout Trace, _ timeline: inout [TimelineEntry]) -> CalendarDate? {
        // A pending Dublin transfer does not take the right away: Art 15 precludes excluding an
        // applicant from the labour market because a transfer decision was taken (CJEU 14 January
        // 2021, K.S. and M.H.K., C-322/19 and C-385/19).
        let o = ctx.settings.oldLaw
        guard let lodged = ctx.facts.application.lodgedOn else {
            trace.append(TraceStep(rule: .labourMarket, ref: "Directive 2013/33/EU Art 15(1)", outcome: .string("undetermined"),
                                   because: OldLawWords.lodgingNotGiven, sections: [.reception, .timeline]))
            return nil
        }
        let d = counting.end(of: o.labourMarketAfter, from: lodged).date
        timeline.append(TimelineEntry(id: .labourMarket, date: d, projected: false, ref: "Directive 2013/33/EU Art 15(1); Wav",
                                      label: ctx.say(OldLawWords.labourLabel(o.labourMarketAfter))))
        trace.append(TraceStep(rule: .labourMarket, ref: route == .transfer ? "Directive 2013/33/EU Art 15(1); CJEU C-322/19, C-385/19" : "Directive 2013/33/EU Art 15(1)",
                               outcome: .string(d.iso),
                               because: OldLawWords.labour(d, o.labourMarketAfter, status: o.labourMarketStatus)
                                   + (route == .transfer ? OldLawWords.labourDuringDublin : .silence),
                               sections: [.reception, .timeline]))
        return d
    }

    static func legalAid(_ ctx: CaseContext, _ route: Route, _ trace: inout Trace) -> [LegalAidEntry] {
        let o = ctx.settings.oldLaw
        var out = [LegalAidEntry(stage: .administrative, form: o.legalAidAdministrative, ref: "Directive 2013/32/EU Art 19", status: o.legalAidStatus, note: o.legalAidNote),
                   LegalAidEntry(stage: .appeal, form: .lawyer, ref: "Directive 2013/32/EU Art 20", status: .inForce, note: nil)]
        if route == .transfer || route == .undetermined {
            out.append(LegalAidEntry(stage: .dublin, form: o.legalAidAdministrative, ref: "Dublin III Art 27(5)-(6)", status: o.legalAidStatus, note: nil))
        }
        trace.append(TraceStep(rule: .legalAid, ref: "Directive 2013/32/EU Art 19-20", outcome: .string(o.legalAidAdministrative.rawValue),
                               because: OldLawWords.legalAid, sections: [.legalAid]))
        return out
    }
}
