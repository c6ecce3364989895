import LegalCalendar

/// Which member state examines the application (AMMR, Regulation (EU) 2024/1351).
///
/// The criteria are tried in the order of the Regulation; the first that applies decides. A
/// criterion whose facts are incomplete makes the result undetermined instead of falling through
/// to a lower one, because a lower criterion may only apply when the higher ones do not.
enum ResponsibilityRules {
    struct Result {
        let responsibility: Responsibility
        /// Another member state is responsible (transfer route).
        let otherState: Truth
        let open: [String]
        let because: LocalizedText
        let timeline: [TimelineEntry]
    }

    static func evaluate(_ ctx: CaseContext) -> Result {
        let f = ctx.facts
        let me = f.memberState
        let reg = ctx.registration
        if ctx.regime == .prePact || reg.date < PactCalendar.ammrChangeover {
            return Result(
                responsibility: Responsibility(memberState: nil, criterion: "dublin-iii", ref: "AMMR Art 84(2)", request: nil, determined: false),
                otherState: .unknown, open: ["responsibility.memberState"],
                because: .init(en: "registered (or projected) on \(reg.date.iso), before 1 July 2026: the member state responsible is determined under Dublin III (Reg 604/2013), which Waarborg does not model",
                               nl: "geregistreerd (of verwacht) op \(reg.date.iso), vóór 1 juli 2026: de verantwoordelijke lidstaat wordt bepaald volgens Dublin III (Vo 604/2013), dat Waarborg niet modelleert"),
                timeline: [])
        }
        func others(_ kinds: [HistoryEventKind]) -> [HistoryEvent] {
            f.history.filter { kinds.contains($0.event) && $0.memberState != me }
        }
        func result(_ state: CountryCode, _ criterion: String, _ ref: String, _ kind: ResponsibilityRequest.Kind?, en: String, nl: String) -> Result {
            var request: ResponsibilityRequest? = nil
            var timeline: [TimelineEntry] = []
            if state != me, let kind {
                // Without the date of a Eurodac hit, the request period runs from registration (the
                // hit is obtained when biometrics are taken at registration): marked projected.
                let regime = PactCalendar.regime
                switch kind {
                case .takeCharge:
                    let d = regime.deadline(.months(2), from: reg.date).date
                    let reply = regime.deadline(.months(1), from: d).date
                    request = ResponsibilityRequest(kind: .takeCharge, deadline: d, replyBy: reply,
                                                    transferBy: regime.deadline(.months(6), from: reply).date,
                                                    ifEurodacOrVisHit: regime.deadline(.months(1), from: reg.date).date)
                    timeline.append(TimelineEntry(id: "take-charge-request-deadline", date: d, projected: reg.projected, ref: "AMMR Art 39(1)",
                                                  label: .init(en: "Take-charge request to \(state) due (2 months from registration)", nl: "Overnameverzoek aan \(state) uiterlijk (2 maanden na registratie)")))
                case .takeBack:
                    let d = regime.deadline(.weeks(2), from: reg.date).date
                    let reply = regime.deadline(.weeks(2), from: d).date
                    request = ResponsibilityRequest(kind: .takeBack, deadline: d, replyBy: reply,
                                                    transferBy: regime.deadline(.months(6), from: reply).date, ifEurodacOrVisHit: nil)
                    timeline.append(TimelineEntry(id: "take-back-notification-deadline", date: d, projected: true, ref: "AMMR Art 41(1)",
                                                  label: .init(en: "Take-back notification to \(state) due (2 weeks from the Eurodac hit, taken as registration)", nl: "Terugnamekennisgeving aan \(state) uiterlijk (2 weken na de Eurodac-treffer, gesteld op registratie)")))
                }
            }
            return Result(responsibility: Responsibility(memberState: state, criterion: criterion, ref: ref, request: request, determined: true),
                          otherState: Truth(state != me), open: [], because: .init(en: en, nl: nl), timeline: timeline)
        }
        func undetermined(_ criterion: String, _ ref: String, open: [String], en: String, nl: String) -> Result {
            Result(responsibility: Responsibility(memberState: nil, criterion: criterion, ref: ref, request: nil, determined: false),
                   otherState: .unknown, open: open, because: .init(en: en, nl: nl), timeline: [])
        }

        // Art 16(4): a danger to internal security makes the assessing state responsible.
        let danger = f.findings.truth(.publicOrderDanger)
        if danger == .yes {
            return result(me, "security", "AMMR Art 16(4)", nil,
                          en: "reasonable grounds to consider the applicant a danger to internal security: \(me) is responsible",
                          nl: "redelijke gronden om de aanvrager als gevaar voor de binnenlandse veiligheid te beschouwen: \(me) is verantwoordelijk")
        }
        // Every criterion below decides only if the security rule above does not apply, so the
        // criteria run first and the open security finding is checked on whatever they give.
        let chosen: Result = {
        var candidate: Result? = nil
        // Take back: an application pending, withdrawn or rejected in another member state (Art 36(1)(b)-(d)).
        if let prev = others([.application]).first(where: { $0.outcome != .granted }) {
            candidate = result(prev.memberState, "take-back", "AMMR Art 36(1)", .takeBack,
                               en: "an earlier application in \(prev.memberState) (\(prev.outcome?.rawValue ?? "outcome not given")): \(prev.memberState) must take the applicant back",
                               nl: "een eerdere aanvraag in \(prev.memberState) (\(prev.outcome?.rawValue ?? "uitkomst niet opgegeven")): \(prev.memberState) moet de aanvrager terugnemen")
        }
        if candidate == nil && ctx.unaccompaniedMinor == .yes {
            // Art 25(2): a family member or sibling legally present in another member state.
            for (i, m) in f.family.enumerated() where (m.memberState.map { $0 != me } ?? false) && [.parent, .sibling, .spouse].contains(m.relation) {
                guard m.status != nil else {
                    return undetermined("unaccompanied-minor-family", "AMMR Art 25(2)", open: ["family[\(i)].status"],
                                        en: "a \(m.relation.rawValue) of the minor is in \(m.memberState!); whether they are legally present there is not given",
                                        nl: "een \(m.relation.rawValue) van de minderjarige verblijft in \(m.memberState!); of dat rechtmatig is, is niet opgegeven")
                }
                return result(m.memberState!, "unaccompanied-minor-family", "AMMR Art 25(2)", .takeCharge,
                              en: "a \(m.relation.rawValue) of the unaccompanied minor is legally present in \(m.memberState!): that state is responsible unless this is shown not to be in the child's best interests",
                              nl: "een \(m.relation.rawValue) van de alleenstaande minderjarige verblijft rechtmatig in \(m.memberState!): die staat is verantwoordelijk, tenzij blijkt dat dit niet in het belang van het kind is")
            }
            // Art 25(3): a relative who can take care of the minor: needs an individual examination.
            if let (i, m) = f.family.enumerated().first(where: { ($0.element.memberState.map { $0 != me } ?? false) && $0.element.relation == .otherRelative }) {
                return undetermined("unaccompanied-minor-relative", "AMMR Art 25(3)", open: ["family[\(i)]"],
                                    en: "a relative of the minor is in \(m.memberState!): that state is responsible if the relative can take care of the child, which needs an individual examination",
                                    nl: "een verwant van de minderjarige verblijft in \(m.memberState!): die staat is verantwoordelijk als de verwant voor het kind kan zorgen, wat een individueel onderzoek vraagt")
            }
            return result(me, "unaccompanied-minor", "AMMR Art 25(5)", nil,
                          en: "unaccompanied minor with no family member or relative in another member state: the state where the application was first registered, \(me), is responsible",
                          nl: "alleenstaande minderjarige zonder gezinslid of verwant in een andere lidstaat: de staat waar de aanvraag het eerst is geregistreerd, \(me), is verantwoordelijk")
        }
        if candidate == nil {
            // Arts 26-27: a family member who is a beneficiary of protection or an applicant in another
            // member state makes that state responsible if they and the applicant wish it in writing,
            // a fact the contract does not carry. Residents and citizens are not a criterion here.
            for (i, m) in f.family.enumerated() where (m.memberState.map { $0 != me } ?? false) && [.spouse, .unmarriedPartner, .child, .parent].contains(m.relation) {
                switch m.status {
                case .none:
                    return undetermined("family", "AMMR Art 26-27", open: ["family[\(i)].status"],
                                        en: "a family member (\(m.relation.rawValue)) is in \(m.memberState!); whether they are a beneficiary of protection or an applicant there is not given",
                                        nl: "een gezinslid (\(m.relation.rawValue)) verblijft in \(m.memberState!); of die daar statushouder of aanvrager is, is niet opgegeven")
                case .beneficiary?, .applicant?:
                    let art = m.status == .beneficiary ? "AMMR Art 26" : "AMMR Art 27"
                    return undetermined("family", art, open: ["family[\(i)]"],
                                        en: "a family member (\(m.relation.rawValue)) is \(m.status == .beneficiary ? "a beneficiary of protection" : "an applicant") in \(m.memberState!): that state is responsible if both wish so in writing, which the facts do not say",
                                        nl: "een gezinslid (\(m.relation.rawValue)) is \(m.status == .beneficiary ? "statushouder" : "aanvrager") in \(m.memberState!): die staat is verantwoordelijk als beiden dat schriftelijk wensen, wat de feiten niet zeggen")
                case .resident?, .citizen?:
                    continue
                }
            }
        }
        if candidate == nil {
            // Art 29: residence documents and visas, including expired ones (3 years / 18 months).
            // Several documents: residence documents before visas, then the latest expiry (Art 29(3)).
            let documents = others([.residenceDocument, .visa]).sorted {
                ($0.event == .residenceDocument ? 0 : 1, -($0.validUntil?.dayNumber ?? Int.max)) < ($1.event == .residenceDocument ? 0 : 1, -($1.validUntil?.dayNumber ?? Int.max))
            }
            for e in documents {
                let limit = e.event == .residenceDocument ? CalendarDate.adding(years: 3) : CalendarDate.adding(months: 18)
                guard let until = e.validUntil else {
                    return undetermined("documents", "AMMR Art 29", open: ["history[\(f.history.firstIndex(of: e)!)].validUntil"],
                                        en: "a \(e.event.rawValue) issued by \(e.memberState) without its expiry date: whether it still makes \(e.memberState) responsible is open",
                                        nl: "een \(e.event.rawValue) afgegeven door \(e.memberState) zonder vervaldatum: of \(e.memberState) daardoor verantwoordelijk is, staat open")
                }
                if reg.date < limit(until) {
                    candidate = result(e.memberState, "documents", "AMMR Art 29", .takeCharge,
                                       en: "\(e.memberState) issued a \(e.event.rawValue) valid until \(until.iso), within the period Art 29 allows before registration",
                                       nl: "\(e.memberState) heeft een \(e.event.rawValue) afgegeven, geldig tot \(until.iso), binnen de termijn van art. 29 vóór registratie")
                    break
                }
            }
        }
        if candidate == nil {
            // Art 30: a diploma issued less than six years before registration.
            for e in others([.diploma]) {
                guard let on = e.on else {
                    return undetermined("diploma", "AMMR Art 30", open: ["history[\(f.history.firstIndex(of: e)!)].on"],
                                        en: "a diploma from \(e.memberState) without its date", nl: "een diploma uit \(e.memberState) zonder datum")
                }
                if reg.date < on.adding(years: 6) {
                    candidate = result(e.memberState, "diploma", "AMMR Art 30", .takeCharge,
                                       en: "diploma from \(e.memberState) of \(on.iso), less than 6 years before registration",
                                       nl: "diploma uit \(e.memberState) van \(on.iso), minder dan 6 jaar vóór registratie")
                    break
                }
            }
        }
        if candidate == nil, let e = others([.visaWaivedEntry]).first {
            candidate = result(e.memberState, "visa-waived-entry", "AMMR Art 31", .takeCharge,
                               en: "entered \(e.memberState) without needing a visa", nl: "is \(e.memberState) visumvrij ingereisd")
        }
        if candidate == nil {
            // Art 33: irregular entry, 20 months; 12 months after disembarkation following search and rescue.
            let entries = others([.irregularEntry, .seaRescue])
            if let undated = entries.first(where: { $0.on == nil }) {
                return undetermined("irregular-entry", "AMMR Art 33", open: ["history[\(f.history.firstIndex(of: undated)!)].on"],
                                    en: "irregular entry into \(undated.memberState) without a date: whether it is within the period of Art 33 is open",
                                    nl: "irreguliere binnenkomst in \(undated.memberState) zonder datum: of die binnen de termijn van art. 33 valt, staat open")
            }
            if let e = entries.sorted(by: { $0.on! < $1.on! }).first {
                let months = e.event == .seaRescue ? 12 : 20
                if reg.date <= e.on!.adding(months: months) {
                    candidate = result(e.memberState, "irregular-entry", "AMMR Art 33(1)", .takeCharge,
                                       en: "irregular entry into \(e.memberState) on \(e.on!.iso), less than \(months) months before registration on \(reg.date.iso)",
                                       nl: "irreguliere binnenkomst in \(e.memberState) op \(e.on!.iso), minder dan \(months) maanden vóór registratie op \(reg.date.iso)")
                }
            }
        }
        return candidate ?? result(me, "first-registration", "AMMR Art 16(2)", nil,
                                   en: "no criterion points to another member state: \(me), where the application is registered, is responsible",
                                   nl: "geen criterium wijst naar een andere lidstaat: \(me), waar de aanvraag is geregistreerd, is verantwoordelijk")
        }()
        if danger == .unknown && chosen.otherState == .unknown {
            return Result(responsibility: chosen.responsibility, otherState: .unknown,
                          open: chosen.open + [FindingID.publicOrderDanger.factPath], because: chosen.because, timeline: [])
        }
        if danger == .unknown && chosen.otherState == .yes {
            return undetermined("security", "AMMR Art 16(4)", open: [FindingID.publicOrderDanger.factPath],
                                en: "\(chosen.because.en); but if the applicant is a danger to internal security \(me) is responsible, and that finding is not given",
                                nl: "\(chosen.because.nl); maar als de aanvrager een gevaar voor de binnenlandse veiligheid is, is \(me) verantwoordelijk, en die bevinding is niet opgegeven")
        }
        return chosen
    }
}

private extension CalendarDate {
    static func adding(years n: Int) -> (CalendarDate) -> CalendarDate { { $0.adding(years: n) } }
    static func adding(months n: Int) -> (CalendarDate) -> CalendarDate { { $0.adding(months: n) } }
}
