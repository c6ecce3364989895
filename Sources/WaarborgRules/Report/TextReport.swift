import Foundation
import LegalCalendar
import WaarborgJSON

/// The readable report for a counsellor: the route and why, a dated timeline, what is open, and
/// the citations, in English or Dutch.
public enum TextReport {
    public static func render(_ a: Assessment, lang: Language) -> String { document(a, lang: lang).text }

    /// The report as sections of lines, with the timeline, the open questions and the reasoning
    /// also as rows: the text report prints the lines, a web page lays out the same words.
    public static func document(_ a: Assessment, lang: Language) -> ReportDocument {
        let nl = lang == .nl
        func t(_ en: String, _ nlText: String) -> String { nl ? nlText : en }
        var doc = ReportDocument(lang: lang)
        var kind = ReportDocument.SectionKind.header
        // A blank line ends a section; the next line starts one of the kind last announced.
        func line(_ s: String = "") { doc.add(s, kind) }
        func begin(_ k: ReportDocument.SectionKind) { kind = k }
        line(t("Waarborg assessment", "Waarborg-beoordeling") + " — " + t("case", "zaak") + " \(a.caseID)")
        if let summary = a.caseSummary { line(summary.text(lang)) }
        line(t("Profile", "Beleidsprofiel") + ": " + (a.profileTitle.en.isEmpty ? a.profileID : a.profileTitle.text(lang)) + "   " + t("Law", "Recht") + ": \(a.regime == .pact ? t("EU Pact", "EU-Pact") : t("former law (before 12 June 2026)", "oud recht (vóór 12 juni 2026)"))   "
             + t("Assessment", "Beoordeling") + ": \(a.determined ? t("complete (no missing fact would change a result)", "volledig (geen ontbrekend feit zou een uitkomst veranderen)") : t("incomplete — see the open questions", "onvolledig — zie de open vragen"))")
        line()
        begin(.route)
        // The former law has no "regular procedure": the general or the extended asylum procedure.
        let routeName = a.regime == .prePact && a.procedure.route == .regular
            ? t("asylum procedure under the former law (general or extended)", "asielprocedure oud recht (algemene of verlengde asielprocedure)")
            : Vocabulary.term(a.procedure.route.rawValue, lang)
        line(t("ROUTE", "ROUTE") + ": \(routeName.uppercased())   [\(RuleWords.ref(a.procedure.ref, lang))]")
        if let step = a.trace.first(where: { $0.rule == .route }) {
            line("  " + step.because.text(lang))
            // A route that no single answer reaches needs several answers together: said so, so
            // that a reader who finds it under no question does not think it was listed in error.
            var reachable = Set<String>()
            for case .string(let r) in a.branchValues("procedure.route") { reachable.insert(r) }
            for n in step.notTaken {
                let open = n.failedOn == "undetermined"
                let jointly = open && n.isRoute && !reachable.contains(n.option)
                line("  " + (open ? t("Still possible: ", "Nog mogelijk: ") : t("Not taken: ", "Niet van toepassing: ")) + Vocabulary.term(n.option, lang) + " — " + n.because.text(lang)
                     + (jointly ? t(" (no single answer below leads to it: only several answers together)", " (geen enkel antwoord hieronder leidt er alleen toe: alleen meerdere antwoorden samen)") : "")
                     + " [\(RuleWords.ref(n.ref, lang))]")
            }
        }
        if !a.procedure.grounds.isEmpty {
            line("  " + t("Grounds", "Gronden") + ": " + a.procedure.grounds.map {
                "\($0.id.name.text(lang)) (\(RuleWords.ref($0.ref, lang))\($0.mandatory ? t(", a ground on which this route is mandatory", ", een grond waarop deze route verplicht is") : ""))"
            }.joined(separator: "; "))
        }
        if let i = a.procedure.intentionToReject {
            line("  " + t("Before a rejection", "Vóór een afwijzing") + ": " + (i ? t("an intention to reject, which the applicant can answer in writing", "een voornemen, waarop de aanvrager een zienswijze kan indienen")
                                                                          : t("no intention to reject: the appeal is the first chance to answer a rejection, so send corrections and additions to the interview report straight after the interview", "geen voornemen: het beroep is de eerste gelegenheid om op een afwijzing te reageren, dus stuur correcties en aanvullingen op het gehoorverslag direct na het gehoor in"))
                 + " [\(StatusWords.name(a.procedure.intentionToRejectStatus).text(lang))]")
        }
        // A transfer route rests on a request made in time and a transfer carried out in time; the
        // case does not say whether either happened, so a passed date is put next to the route.
        if let asOf = a.asOf, a.procedure.route == .transfer, let q = a.responsibility.request, let m = a.responsibility.memberState {
            if q.transferBy < asOf {
                let dated = a.deadlines.contains { $0.id == .decisionIfNotTransferred }
                line("  " + t("Check first: the transfer to \(m) had to take place by \(q.transferBy.en). If it did not (and the period was not extended, nor restarted by the final decision on an appeal with suspensive effect), \(CountryCode.netherlands) is now responsible and this route no longer applies." + (dated ? " The decision period for that case is in the timeline." : ""),
                              "Ga eerst na: de overdracht aan \(m) moest uiterlijk \(q.transferBy.nl) plaatsvinden. Is dat niet gebeurd (en is de termijn niet verlengd, en niet opnieuw gaan lopen door de einduitspraak op een beroep met schorsende werking), dan is \(CountryCode.netherlands) nu verantwoordelijk en geldt deze route niet meer." + (dated ? " De beslistermijn voor dat geval staat in de tijdlijn." : "")))
            } else if q.deadline < asOf && !(q.kind == .takeBack && q.ref.hasPrefix("AMMR")) {
                line("  " + t("Check first: the request to \(m) had to be made by \(q.deadline.en). If it was not, \(CountryCode.netherlands) is responsible and this route does not apply.",
                              "Ga eerst na: het verzoek aan \(m) (Dublinclaim) moest uiterlijk \(q.deadline.nl) zijn gedaan. Is dat niet gebeurd, dan is \(CountryCode.netherlands) verantwoordelijk en geldt deze route niet."))
            }
        }
        if let m = a.responsibility.memberState {
            line("  " + t("Member state responsible", "Verantwoordelijke lidstaat") + ": \(m) (\(CriterionWords.name(a.responsibility.criterion).text(lang))) [\(RuleWords.ref(a.responsibility.ref, lang))]")
            if let q = a.responsibility.request {
                let notification = q.kind == .takeBack && q.ref.hasPrefix("AMMR")
                if notification {
                    line("  " + t("take-back notification by \(q.deadline.en); receipt confirmed by \(q.replyBy.en), transfer by \(q.transferBy.en) (latest lawful dates)",
                                  "terugnamekennisgeving uiterlijk \(q.deadline.nl); bevestiging van ontvangst uiterlijk \(q.replyBy.nl), overdracht uiterlijk \(q.transferBy.nl) (uiterste data)"))
                } else {
                    line("  " + t("\(Vocabulary.term(q.kind.rawValue, lang)) request by \(q.deadline.en); reply by \(q.replyBy.en), transfer by \(q.transferBy.en) (latest lawful dates)",
                                  "\(Vocabulary.term(q.kind.rawValue, lang))verzoek (Dublinclaim) uiterlijk \(q.deadline.nl); antwoord uiterlijk \(q.replyBy.nl), overdracht uiterlijk \(q.transferBy.nl) (uiterste data)"))
                }
            }
        }
        // A transfer rests on the other state's procedure and reception being sound: whether it
        // can take place is a question of fact the case does not carry, so the reader is asked.
        if let m = a.responsibility.memberState, m != CountryCode.netherlands,
           a.procedure.route == .transfer || a.procedure.possibleRoutes.contains(.transfer) {
            let dublinIII = a.responsibility.ref.hasPrefix("Dublin III")
            let ref = dublinIII ? "Dublin III Art 3(2)" : "AMMR Art 16(3)"
            if dublinIII {
                line("  " + t("Check also: can the transfer to \(m) take place in practice? Where there are substantial grounds to believe that \(m)'s asylum procedure and reception conditions have systemic flaws with a risk of inhuman or degrading treatment, the transfer is impossible: the next criterion applies, or \(CountryCode.netherlands) is responsible [\(RuleWords.ref(ref, lang))].",
                              "Ga ook na: kan de overdracht aan \(m) feitelijk plaatsvinden? Zijn er zwaarwegende gronden om aan te nemen dat de asielprocedure en de opvang in \(m) systeemfouten hebben met een risico op onmenselijke of vernederende behandeling, dan is de overdracht onmogelijk: dan geldt het volgende criterium, of is \(CountryCode.netherlands) verantwoordelijk [\(RuleWords.ref(ref, lang))]."))
            } else {
                // AMMR Art 16(3) asks for a real risk to the applicant from the transfer, not systemic flaws.
                line("  " + t("Check also: can the transfer to \(m) take place? Where there are substantial grounds to believe that the transfer would expose the applicant to a real risk of a violation of fundamental rights amounting to inhuman or degrading treatment (Charter Art 4), the transfer is impossible: the next criterion applies, or \(CountryCode.netherlands) is responsible [\(RuleWords.ref(ref, lang))].",
                              "Ga ook na: kan de overdracht aan \(m) plaatsvinden? Zijn er zwaarwegende gronden om aan te nemen dat de aanvrager door de overdracht een reëel risico loopt op een schending van zijn grondrechten die neerkomt op onmenselijke of vernederende behandeling (art. 4 Handvest), dan is de overdracht onmogelijk: dan geldt het volgende criterium, of is \(CountryCode.netherlands) verantwoordelijk [\(RuleWords.ref(ref, lang))]."))
            }
        }
        line()
        // Every dated entry, timeline and further deadlines together, in date order.
        struct Dated {
            let date: CalendarDate, projected: Bool, label: LocalizedText, actor: DeadlineActor, hard: Bool
            let actual: CalendarDate?, ifMissed: LocalizedText?, note: LocalizedText?, ref: String, rank: Int
            let body: AuthorityRole?
        }
        var dated = a.timeline.map { Dated(date: $0.date, projected: $0.projected, label: $0.label, actor: $0.id.actor, hard: $0.id.isHardLimit,
                                           actual: $0.actualOn, ifMissed: $0.ifMissed, note: nil, ref: $0.ref, rank: $0.id.rank, body: $0.authority) }
        dated += a.deadlines.map { Dated(date: $0.date, projected: $0.projected, label: $0.label, actor: $0.actor, hard: false,
                                         actual: nil, ifMissed: $0.ifMissed, note: $0.note, ref: $0.ref, rank: 100,
                                         body: $0.actor == .authority ? $0.id.authority : nil) }
        dated.sort { ($0.date, $0.rank) < ($1.date, $1.rank) }
        // The body the profile names; "the authority" only where no body is named for the date.
        func who(_ x: DeadlineActor, _ body: AuthorityRole?) -> String {
            switch x {
            case .applicant: t("the applicant", "de aanvrager")
            case .authority: body.map { a.authorities.full($0).text(lang) } ?? t("the authority", "de overheid")
            case .otherMemberState: a.responsibility.memberState.map { CountryWords.name($0, lang) } ?? t("the other member state", "de andere lidstaat")
            case .entitlement, .event: ""
            }
        }
        if let asOf = a.asOf {
            begin(.next)
            line(t("WHAT HAPPENS NEXT", "WAT ER NU GEBEURT"))
            var said = false
            // Dates that have passed with a legal consequence: the first thing to check.
            for d in dated where d.ifMissed != nil && d.date < asOf && d.actual == nil && d.actor != .event && d.actor != .entitlement {
                line("  " + d.date.words(lang) + ": " + d.label.text(lang) + t(" — the date has passed; check whether it was done in time. If not: ",
                                                                       " — de datum is verstreken; ga na of het op tijd is gebeurd. Zo niet: ") + d.ifMissed!.text(lang))
                said = true
            }
            // A hard limit met late: the consequence may already follow.
            for d in dated where d.hard && d.ifMissed != nil && d.actual.map({ $0 > d.date }) == true && d.actual! <= asOf {
                line("  " + d.date.words(lang) + ": " + d.label.text(lang) + t(" — done late, on \(d.actual!.en). The consequence may follow: ",
                                                                       " — te laat gedaan, op \(d.actual!.nl). Het gevolg kan intreden: ") + d.ifMissed!.text(lang))
                said = true
            }
            // An open route that may end in a transfer: the request to the other state has its
            // own deadline, given only with the open questions' answers; a counsellor must see it here.
            var upcoming: [(date: CalendarDate, text: String)] = []
            if a.procedure.route == .undetermined {
                var requests: [(state: String, date: CalendarDate, ifHit: CalendarDate?)] = []
                for f in a.openFacts {
                    for b in f.branches {
                        guard let dv = b.then.first(where: { $0.path == "responsibility.request.deadline" })?.value,
                              case .string(let iso) = dv, let date = CalendarDate(iso: iso) else { continue }
                        var state = ""
                        if case .string(let m)? = b.then.first(where: { $0.path == "responsibility.memberState" })?.value { state = m }
                        var ifHit: CalendarDate? = nil
                        if case .string(let h)? = b.then.first(where: { $0.path == "responsibility.request.deadlineIfEurodacOrVisHit" })?.value { ifHit = CalendarDate(iso: h) }
                        if !requests.contains(where: { $0.state == state && $0.date == date }) { requests.append((state, date, ifHit)) }
                    }
                }
                for r in requests.sorted(by: { $0.date < $1.date }) {
                    let name = CountryCode(r.state).map { CountryWords.name($0, lang) } ?? r.state
                    let when = r.date == asOf ? t(" (today)", " (vandaag)") : r.date < asOf ? t(" (the date has passed)", " (de datum is verstreken)") : ""
                    // A request still to come takes its place among the coming dates, in date order.
                    let emit: (String) -> Void = r.date < asOf ? { line($0) } : { upcoming.append((r.date, $0)) }
                    emit("  " + r.date.words(lang) + when + ": " + t("last day for the request to \(name), if an answer to the open questions below leads to a transfer — up to ",
                                                                    "uiterste dag voor het verzoek aan \(name) (Dublinclaim), als een antwoord op de open vragen hieronder tot overdracht leidt — aan zet: ")
                         + a.authorities.full(.determining).text(lang)
                         + t(". If the request is not made in time, \(CountryCode.netherlands) is responsible.", ". Wordt het verzoek niet op tijd gedaan, dan is \(CountryCode.netherlands) verantwoordelijk.")
                         + (r.ifHit.map { h in t(" If the request rests on a Eurodac or VIS hit, it was due earlier: \(h.en)" + (h < asOf ? " (passed)." : "."),
                                                 " Berust het verzoek op een Eurodac- of VIS-treffer, dan gold een eerdere datum: \(h.nl)" + (h < asOf ? " (verstreken)." : ".")) } ?? ""))
                    said = true
                }
            }
            for d in dated where d.actor == .event && d.date <= asOf {
                line("  " + d.date.words(lang) + ": " + d.label.text(lang) + t(" — this day has come: ", " — deze dag is gekomen: ") + (d.ifMissed?.text(lang) ?? ""))
                said = true
            }
            let ahead = dated.filter { d in
                d.actor != .entitlement && d.date >= asOf && (d.actual == nil)
            }
            for n in ahead.prefix(3) {
                let actor = n.actor == .event ? "" : " — " + t("up to ", "aan zet: ") + who(n.actor, n.body)
                upcoming.append((n.date, "  " + n.date.words(lang) + (n.projected ? "*" : "") + ": " + n.label.text(lang) + actor + (n.hard ? t(" (hard limit)", n.actor == .applicant ? " (fatale termijn)" : " (harde termijn)") : "")))
            }
            // Stable: a request and a timeline date of the same day keep their order.
            for u in upcoming.enumerated().sorted(by: { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }).map(\.element) {
                line(u.text)
                said = true
            }
            if a.regime == .prePact && a.procedure.decisionDeadline == nil && a.procedure.route != .transfer {
                line("  " + t("The decision period cannot be computed: the case gives no date on which the application was lodged.",
                              "De beslistermijn kan niet worden berekend: de zaak vermeldt niet wanneer de aanvraag is ingediend."))
                said = true
            }
            // Every possible route's decision period has passed: the open question no longer
            // changes what the counsellor must check first.
            if a.procedure.route == .undetermined {
                var dues: [CalendarDate] = []
                for case .string(let iso) in a.branchValues("procedure.decisionDeadline") { if let d = CalendarDate(iso: iso) { dues.append(d) } }
                if let latest = dues.max(), latest < asOf {
                    let border = a.procedure.possibleRoutes.contains(.border)
                    line("  " + t("On every possible route the decision period has passed (the latest on \(latest.en)): check whether a decision was taken; if not, the applicant can act against the failure to decide"
                                  + (border ? ", and a border procedure that has ended means the applicant must be allowed to enter (APR Art 51(2))." : "."),
                                  "Op elke mogelijke route is de beslistermijn verstreken (de laatste op \(latest.nl)): ga na of er is beslist; zo niet, dan kan de aanvrager opkomen tegen het niet tijdig beslissen"
                                  + (border ? ", en een verstreken grensprocedure betekent dat de aanvrager moet worden toegelaten (art. 51 lid 2 Procedureverordening)." : ".")))
                    said = true
                }
            }
            if a.procedure.route == .undetermined {
                line("  " + t("The route is open, so the decision deadline of each possible route is given with the answers to the open questions below (a date marked passed there has already gone by).",
                              "De route staat niet vast: de beslistermijn van elke mogelijke route staat bij de antwoorden op de open vragen hieronder (een datum die daar als verstreken is gemarkeerd, is al voorbij)."))
                said = true
            }
            if !said { line("  " + t("No deadline lies ahead of \(asOf.en) in this assessment.", "Na \(asOf.nl) ligt in deze beoordeling geen termijn meer.")) }
            if !a.openFacts.isEmpty {
                let n = a.openFacts.count
                line("  " + (n == 1 ? t("1 open question below decides part of this assessment: answer it first.",
                                        "1 open vraag hieronder bepaalt een deel van deze beoordeling: beantwoord die eerst.")
                                    : t("\(n) open questions below decide part of this assessment: answer them first.",
                                        "\(n) open vragen hieronder bepalen een deel van deze beoordeling: beantwoord die eerst.")))
            }
            line()
        }
        begin(.timeline)
        line(t("TIMELINE", "TIJDLIJN"))
        if dated.isEmpty { line("  " + t("(no dates can be computed)", "(geen datums te berekenen)")) }
        func actor(_ x: DeadlineActor, _ body: AuthorityRole?) -> String {
            switch x {
            // "to act: X" rather than "X acts", so a body of two services ("KMar and IND") reads right.
            case .applicant: t("to act: the applicant", "aan zet: de aanvrager")
            case .authority: t("to act: ", "aan zet: ") + (body.map { a.authorities.short($0).text(lang) } ?? t("the authority", "de overheid"))
            case .otherMemberState: t("to act: ", "aan zet: ") + (a.responsibility.memberState.map { CountryWords.name($0, lang) } ?? t("another member state", "een andere lidstaat"))
            case .entitlement: t("the applicant's right from this day", "recht van de aanvrager vanaf deze dag")
            case .event: t("a date, not an act", "een datum, geen handeling")
            }
        }
        func state(_ d: CalendarDate, _ actual: CalendarDate?, _ who: DeadlineActor) -> String {
            guard let asOf = a.asOf else { return "" }
            switch DeadlineState.of(d, actual: actual, asOf: asOf, actor: who) {
            case .met(let on): return t(" — met on \(on.en)", " — gehaald op \(on.nl)")
            case .late(let on): return t(" — LATE: done on \(on.en)", " — TE LAAT: gedaan op \(on.nl)")
            case .due(let n): return n == 0 ? t(" — DUE TODAY", " — VANDAAG") : n == 1 ? t(" — due tomorrow", " — morgen") : t(" — due in \(n) days", " — nog \(n) dagen")
            case .passed(let n): return n == 1 ? t(" — date passed yesterday; not known whether done in time", " — datum gisteren verstreken; niet bekend of op tijd gedaan")
                                              : t(" — date passed \(n) days ago; not known whether done in time", " — datum \(n) dagen geleden verstreken; niet bekend of op tijd gedaan")
            case .inEffect(let n): return n == 0 ? t(" — in effect from today", " — geldt vanaf vandaag") : t(" — in effect for \(n) days", " — geldt al \(n) dagen")
            case .happened(let n): return n == 0 ? t(" — today", " — vandaag") : t(" — happened \(n) days ago", " — \(n) dagen geleden gebeurd")
            }
        }
        for d in dated {
            let w = Vocabulary.weekdayShort[d.date.weekday]!
            let hard = d.hard ? t("hard limit", d.actor == .applicant ? "fatale termijn" : "harde termijn") : nil
            let stateWords = state(d.date, d.actual, d.actor)
            // A date as a reader writes it, in a column of fixed width: "do 06-08-2026", "Thu 06 Aug 2026".
            let shown = (nl ? w.1 : w.0) + " " + d.date.column(lang)
            line("  " + shown.padding(toLength: 16, withPad: " ", startingAt: 0) + (d.projected ? t("computed*  ", "berekend*  ") : "           ") + d.label.text(lang)
                 + " (\(actor(d.actor, d.body))\(hard.map { ", " + $0 } ?? ""))" + stateWords + "  [\(RuleWords.ref(d.ref, lang))]")
            let missedLead = d.actor == .event ? t("from this day: ", "vanaf deze dag: ") : t("if missed: ", "gevolg bij overschrijding: ")
            if let m = d.ifMissed {
                line("                             " + missedLead + m.text(lang))
            }
            if let n = d.note { line("                             " + n.text(lang)) }
            doc.timeline.append(.init(
                date: d.date, weekday: nl ? w.1 : w.0.trimmingCharacters(in: .whitespaces), projected: d.projected,
                label: CountryWords.naming(d.label.text(lang), lang), actor: actor(d.actor, d.body), hardLimit: hard,
                state: a.asOf.map { DeadlineState.of(d.date, actual: d.actual, asOf: $0, actor: d.actor) },
                stateWords: stateWords.hasPrefix(" — ") ? String(stateWords.dropFirst(3)) : stateWords,
                ifMissed: d.ifMissed.map { missedLead + CountryWords.naming($0.text(lang), lang) },
                note: d.note.map { CountryWords.naming($0.text(lang), lang) }, citation: RuleWords.ref(d.ref, lang)))
        }
        if dated.contains(where: \.projected) {
            line("  * " + t("computed as the latest lawful date, as if the earlier step (registration, the request) happened on the last day of its own period",
                            "berekend als uiterste datum, alsof de vorige stap (registratie, het verzoek) op de laatste dag van zijn eigen termijn plaatsvond"))
        }
        if let asOf = a.asOf { line("  " + t("States as of \(asOf.en).", "Stand op \(asOf.nl).")) }
        line()
        begin(.rights)
        line(t("RIGHTS", "RECHTEN"))
        let appealTitle = a.procedure.route == .transfer ? t("Appeal against the transfer decision", "Beroep tegen het overdrachtsbesluit") : t("Appeal", "Beroep")
        let appealCitation = "  [\(RuleWords.ref(a.appeal.ref, lang)); \(StatusWords.name(a.appeal.legalStatus).text(lang))]"
        if let depends = a.appeal.dependsOn {
            // The former law's two tracks: the period and the effect are said together, so that
            // the line cannot contradict the reasoning.
            line("  " + appealTitle + ": " + depends.text(lang) + appealCitation)
            if a.appeal.suspensive == .onRequest { line("    " + OldLawWords.appealOnRequestIf.text(lang)) }
        } else {
            line("  " + appealTitle + ": " + t("within \(a.appeal.lodgeWithinDays) days, suspensive effect: \(Vocabulary.term(a.appeal.suspensive.rawValue, lang))", "binnen \(a.appeal.lodgeWithinDays) dagen, schorsende werking: \(Vocabulary.term(a.appeal.suspensive.rawValue, lang))")
                 + (a.appeal.determined ? "" : t(" — not determined: the shortest period of the possible routes", " — niet bepaald: de kortste termijn van de mogelijke routes"))
                 + appealCitation)
            if a.appeal.suspensive == .onRequest {
                line("    " + t("The appeal has no automatic suspensive effect: ask the court (the judge for interim relief) for a provisional measure"
                              + (a.procedure.route == .transfer ? ", together with the appeal." : "."),
                              "Het beroep heeft geen automatische schorsende werking: vraag de voorzieningenrechter om een voorlopige voorziening"
                              + (a.procedure.route == .transfer ? ", tegelijk met het beroep." : ".")))
            }
        }
        if a.appeal.legalStatus == .unverified {
            if let d = a.appeal.shortestLawfulDays {
                line("    " + t("Warning: \(a.appeal.lodgeWithinDays) days is this profile's value, not verified against a national text; the law allows periods as short as \(d) days, so to be safe act within \(d) days.",
                              "Let op: \(a.appeal.lodgeWithinDays) dagen is de waarde van dit beleidsprofiel, niet gecontroleerd aan een nationale tekst; de wet staat ook een termijn van \(d) dagen toe, dus houd voor de zekerheid \(d) dagen aan."))
            } else {
                line("    " + t("Warning: the enacted national period was not read; this is the shortest the law allows, so act within it.",
                              "Let op: de vastgestelde nationale termijn is niet gelezen; dit is de kortste die de wet toestaat, dus houd die aan."))
            }
        }
        line("  " + t("Reception", "Opvang") + ": \(ReportWords.receptionKind(a.reception.kind, lang)), " + t("by ", "door ") + a.authorities.name(.reception).text(lang) + "  [\(RuleWords.ref(a.reception.ref, lang))]")
        let transferOpen = a.procedure.route == .undetermined && a.procedure.possibleRoutes.contains(.transfer)
        if let k = a.reception.afterTransferDecision {
            let lead = transferOpen ? t("if an answer below leads to a transfer, ", "leidt een antwoord hieronder tot overdracht, dan ") : ""
            line("    " + lead + t("once a transfer decision is notified: \(ReportWords.receptionKind(k, lang)), while the applicant is outside the responsible state",
                                 (transferOpen ? "geldt " : "") + "zodra een overdrachtsbesluit is bekendgemaakt: \(ReportWords.receptionKind(k, lang)), zolang de aanvrager in Nederland is en niet in de verantwoordelijke lidstaat"))
        }
        // Work: the date, or why there is none. The labour-market step of the trace says which; the
        // line is marked open when an unknown fact moves the date, so a counsellor does not read a
        // date a transfer would take away as the person's own.
        if let step = a.trace.first(where: { $0.rule == .labourMarket }) {
            let open = a.openFacts.contains { $0.decides.contains("reception.labourMarketFrom") }
            let basis = "  [\(RuleWords.ref(step.ref, lang))]"
            if let d = a.reception.labourMarketFrom {
                line("  " + t("Work", "Werken") + ": " + t("access from ", "toegang vanaf ") + d.words(lang)
                     + t(" if no first-instance decision has been taken by then", " als er dan nog geen beslissing in eerste aanleg is")
                     + (open ? t(" — not determined: see the open questions", " — niet bepaald: zie de open vragen") : "") + basis)
                // A right a transfer decision would end: said on the line itself, not only in the reasoning.
                // Pact only: under the former law a transfer decision does not end work (CJEU C-322/19, C-385/19).
                if a.regime == .pact && (a.procedure.route == .transfer || transferOpen) {
                    line("    " + (transferOpen ? t("if an answer below leads to a transfer, access ends once a transfer decision is notified (RCD Art 21; AMMR Art 17(4))",
                                                    "leidt een antwoord hieronder tot overdracht, dan eindigt de toegang zodra een overdrachtsbesluit is bekendgemaakt (art. 21 Opvangrichtlijn; art. 17 lid 4 Asiel- en migratiebeheerverordening)")
                                              : t("access ends once a transfer decision is notified (RCD Art 21; AMMR Art 17(4))",
                                                  "de toegang eindigt zodra een overdrachtsbesluit is bekendgemaakt (art. 21 Opvangrichtlijn; art. 17 lid 4 Asiel- en migratiebeheerverordening)")))
                }
            } else if case .string("undetermined") = step.outcome {
                line("  " + t("Work", "Werken") + ": " + t("not determined: see the open questions", "niet bepaald: zie de open vragen") + basis)
            } else {
                line("  " + t("Work", "Werken") + ": " + t("no access to the labour market", "geen toegang tot de arbeidsmarkt")
                     + (open ? t(" — not determined: see the open questions", " — niet bepaald: zie de open vragen") : "") + basis)
                line("    " + step.because.text(lang))
            }
        }
        if let d = a.reception.specialNeedsAssessmentBy {
            line("  " + t("Special reception needs assessed by", "Bijzondere opvangbehoeften beoordeeld uiterlijk") + " " + d.words(lang)
                 + t(", by ", ", door ") + a.authorities.full(.reception).text(lang) + state(d, nil, .authority) + "  [\(RuleWords.ref("RCD Art 25(1)", lang))]")
        }
        if a.regime == .pact { line("  " + t("Language courses", "Taallessen") + ": \(Vocabulary.term(a.reception.languageCourses.rawValue, lang)) [\(StatusWords.name(a.reception.languageCoursesStatus).text(lang))]") }
        for l in a.legalAid {
            line("  " + t("Legal aid", "Rechtshulp") + " (\(Vocabulary.term(l.stage.rawValue, lang))): \(ReportWords.legalAidForm(l.form, a.authorities, lang))  [\(RuleWords.ref(l.ref, lang)); \(StatusWords.name(l.status).text(lang))]")
        }
        let det = a.detention
        line("  " + t("Detention", "Bewaring") + ": " + (det.determined ? (det.permitted ? t("may be ordered, after an individual assessment and only if less coercive alternatives cannot be applied (RCD Art 10(2))", "mag worden opgelegd, na een individuele beoordeling en alleen als andere, minder dwingende maatregelen niet doeltreffend kunnen worden toegepast (art. 10 lid 2 Opvangrichtlijn)") : t("not permitted on the facts of this case", "niet toegestaan op de feiten van deze zaak")) : t("depends on an individual assessment", "hangt af van een individuele beoordeling"))
             + (det.facility.map { " — \($0)" } ?? "") + "  [\(RuleWords.ref(det.ref, lang))]")
        line("    " + det.note.text(lang))
        // After the border procedure's end the applicant must be let in: a counsellor must not read
        // the border detention or the border location as still lawful.
        if let asOf = a.asOf, a.procedure.route == .border, let end = a.procedure.decisionDeadline, end < asOf {
            line("    " + t("The border procedure had to end by \(end.en): from then the applicant must be allowed to enter (APR Art 51(2)); detention and the border location for the border procedure end with it, and any further detention needs a new ground and a new order.",
                          "De grensprocedure moest uiterlijk \(end.nl) eindigen: vanaf dan moet de aanvrager worden toegelaten (art. 51 lid 2 Procedureverordening); bewaring en verblijf op de grenslocatie voor de grensprocedure eindigen daarmee, en verdere bewaring vraagt een nieuwe grond en een nieuw besluit."))
        }
        for sg in det.safeguardTexts { line("    · " + sg.text(lang)) }
        if let g = a.ifGranted {
            line()
            begin(.granted)
            line(t("IF PROTECTION IS GRANTED", "BIJ INWILLIGING"))
            line("  " + t("Refugee status", "Vluchtelingenstatus (verblijfsvergunning asiel bepaalde tijd)") + ": " + t("permit \(g.refugee.permitYears) years, renewal \(g.refugee.renewalYears) years", "vergunning \(g.refugee.permitYears) jaar, verlenging \(g.refugee.renewalYears) jaar") + " (\(StatusWords.name(g.refugee.legalStatus).text(lang)))  [\(RuleWords.ref(g.refugee.ref, lang))]")
            line("    " + g.refugee.familyReunification.text(lang))
            line("  " + t("Subsidiary protection", "Subsidiaire bescherming") + ": " + t("permit \(g.subsidiary.permitYears) years, renewal \(g.subsidiary.renewalYears) years", "vergunning \(g.subsidiary.permitYears) jaar, verlenging \(g.subsidiary.renewalYears) jaar") + " (\(StatusWords.name(g.subsidiary.legalStatus).text(lang)))  [\(RuleWords.ref(g.subsidiary.ref, lang))]")
            line("    " + g.subsidiary.familyReunification.text(lang))
            for m in g.family {
                let may = m.eligible == .yes ? t("may follow (family reunification)", "nareis mogelijk") : m.eligible == .no ? t("may not follow", "nareis niet mogelijk")
                    : t("cannot be assessed yet", "nog niet te beoordelen")
                line("  " + ReportWords.familyMember(m.relation, lang) + t(" (not with the applicant)", " (niet meegereisd)") + ": \(may) — " + m.because.text(lang))
            }
            if let n = g.naturalisationAfterYears { line("  " + t("Naturalisation after \(n) years of residence", "Naturalisatie na \(n) jaar verblijf")) }
        }
        if !a.openFacts.isEmpty {
            line()
            begin(.openFacts)
            line(t("OPEN QUESTIONS", "OPEN VRAGEN"))
            for f in a.openFacts {
                line("  " + (f.note?.text(lang) ?? f.fact))
                var question = ReportDocument.OpenQuestion(fact: f.fact, question: CountryWords.naming(f.note?.text(lang) ?? f.fact, lang), answers: [])
                for b in f.branches {
                    let answer = ReportWords.answer(b.value, lang)
                    var parts = ReportWords.branch(b.then, route: a.procedure.route, lang, asOf: a.asOf)
                    if a.procedure.route == .undetermined, !b.then.contains(where: { $0.path == "procedure.route" }) {
                        parts.append(ReportWords.routeStaysOpen(lang))
                    }
                    let then = parts.joined(separator: "; ")
                    let outcome = then.isEmpty ? t("other values change (reception, detention or the appeal)", "andere waarden veranderen (opvang, bewaring of beroep)") : then
                    line("    " + answer + ": " + outcome)
                    question.answers.append(.init(answer: answer, value: b.value, outcome: CountryWords.naming(outcome, lang)))
                }
                doc.questions.append(question)
            }
        }
        line()
        begin(.reasoning)
        line(t("REASONING", "REDENERING"))
        for s in a.trace {
            line("  " + RuleWords.title(s.rule).text(lang) + " [" + RuleWords.ref(s.ref, lang) + "]: " + s.because.text(lang))
            doc.reasons.append(.init(
                title: RuleWords.title(s.rule).text(lang), citation: RuleWords.ref(s.ref, lang), because: CountryWords.naming(s.because.text(lang), lang),
                notTaken: s.notTaken.map { n in
                    .init(option: Vocabulary.term(n.option, lang), stillOpen: n.failedOn == "undetermined",
                          because: CountryWords.naming(n.because.text(lang), lang), citation: RuleWords.ref(n.ref, lang))
                }))
        }
        line()
        begin(.fingerprint)
        line(t("Profile version (check code, also in the JSON output): ", "Versie van het beleidsprofiel (controlecode, ook in de JSON-uitvoer): ") + a.profileHash)
        line()
        return doc
    }
}

extension Assessment {
    /// Every value the open facts' answers give for one path, in order (repeats kept).
    func branchValues(_ path: String) -> [JSONValue] {
        openFacts.flatMap { f in f.branches.flatMap { b in b.then.filter { $0.path == path }.map(\.value) } }
    }
}
