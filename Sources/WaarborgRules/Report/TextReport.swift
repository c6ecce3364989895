import Foundation
import LegalCalendar

/// The readable report for a counsellor: the route and why, a dated timeline, what is open, and
/// the citations, in English or Dutch.
public enum TextReport {
    public static func render(_ a: Assessment, lang: Language) -> String {
        let nl = lang == .nl
        func t(_ en: String, _ nlText: String) -> String { nl ? nlText : en }
        var out = ""
        func line(_ s: String = "") { out += s + "\n" }
        line(t("Waarborg assessment", "Waarborg-beoordeling") + " — " + t("case", "zaak") + " \(a.caseID)")
        line(t("Profile", "Profiel") + ": \(a.profileID) (\(a.profileHash.prefix(19))…)   " + t("Law", "Recht") + ": \(a.regime == .pact ? t("EU Pact", "EU-Pact") : t("former law (before 12 June 2026)", "oud recht (vóór 12 juni 2026)"))   " + t("Status", "Status") + ": \(a.determined ? t("determined", "bepaald") : t("undetermined", "onbepaald"))")
        line()
        line(t("ROUTE", "ROUTE") + ": \(Vocabulary.term(a.procedure.route.rawValue, lang).uppercased())   [\(RuleWords.ref(a.procedure.ref, lang))]")
        if let step = a.trace.first(where: { $0.rule == .route }) {
            line("  " + step.because.text(lang))
            for n in step.notTaken { line("  " + t("not taken — ", "niet gevolgd — ") + Vocabulary.term(n.option, lang) + ": " + n.because.text(lang) + " [\(RuleWords.ref(n.ref, lang))]") }
        }
        if !a.procedure.grounds.isEmpty {
            line("  " + t("Grounds", "Gronden") + ": " + a.procedure.grounds.map {
                "\($0.id.name.text(lang)) (\(RuleWords.ref($0.ref, lang))\($0.mandatory ? t(", mandatory for this route", ", verplicht voor deze route") : ""))"
            }.joined(separator: "; "))
        }
        if let m = a.responsibility.memberState {
            line("  " + t("Member state responsible", "Verantwoordelijke lidstaat") + ": \(m) (\(CriterionWords.name(a.responsibility.criterion).text(lang))) [\(RuleWords.ref(a.responsibility.ref, lang))]")
            if let q = a.responsibility.request {
                line("  " + t("\(Vocabulary.term(q.kind.rawValue, lang)) request by \(q.deadline.iso); reply by \(q.replyBy.iso), transfer by \(q.transferBy.iso) (latest lawful dates)",
                              "\(Vocabulary.term(q.kind.rawValue, lang))verzoek uiterlijk \(q.deadline.iso); antwoord uiterlijk \(q.replyBy.iso), overdracht uiterlijk \(q.transferBy.iso) (laatste wettige data)"))
            }
        }
        line()
        if let asOf = a.asOf {
            // What happens next: the deadlines still ahead, nearest first, and who must act.
            var ahead: [(date: CalendarDate, who: DeadlineActor, label: LocalizedText, hard: Bool)] = []
            for e in a.timeline where e.id != .labourMarket {
                if case .due = DeadlineState.of(e.date, actual: e.actualOn, asOf: asOf) { ahead.append((e.date, e.id.actor, e.label, e.id.isHardLimit)) }
            }
            for d in a.deadlines where d.date >= asOf { ahead.append((d.date, d.actor, d.label, false)) }
            ahead.sort { $0.date < $1.date }
            line(t("WHAT HAPPENS NEXT", "WAT ER NU GEBEURT"))
            if ahead.isEmpty { line("  " + t("No deadline lies ahead of \(asOf.iso) in this assessment.", "Na \(asOf.iso) ligt in deze beoordeling geen termijn meer.")) }
            for n in ahead.prefix(3) {
                let who: String
                switch n.who {
                case .applicant: who = t("the applicant", "de aanvrager")
                case .authority: who = t("the authority", "de overheid")
                case .otherMemberState: who = t("the other member state", "de andere lidstaat")
                }
                line("  " + n.date.iso + ": " + n.label.text(lang) + " — " + t("up to ", "aan zet: ") + who + (n.hard ? t(" (hard limit)", " (fatale termijn)") : ""))
            }
            if !a.openFacts.isEmpty {
                line("  " + t("\(a.openFacts.count) open question(s) below decide part of this assessment: answer them first.",
                              "\(a.openFacts.count) open vraag/vragen hieronder beslissen over een deel van deze beoordeling: beantwoord die eerst."))
            }
            line()
        }
        line(t("TIMELINE", "TIJDLIJN"))
        if a.timeline.isEmpty { line("  " + t("(no dates)", "(geen data)")) }
        func actor(_ x: DeadlineActor) -> String {
            switch x {
            case .applicant: t("applicant acts", "aanvrager handelt")
            case .authority: t("authority acts", "overheid handelt")
            case .otherMemberState: t("other member state acts", "andere lidstaat handelt")
            }
        }
        func state(_ d: CalendarDate, _ actual: CalendarDate?) -> String {
            guard let asOf = a.asOf else { return "" }
            switch DeadlineState.of(d, actual: actual, asOf: asOf) {
            case .met(let on): return t(" — met on \(on.iso)", " — gehaald op \(on.iso)")
            case .late(let on): return t(" — LATE: done on \(on.iso)", " — TE LAAT: gedaan op \(on.iso)")
            case .due(let n): return n == 0 ? t(" — DUE TODAY", " — VANDAAG") : n == 1 ? t(" — due tomorrow", " — morgen") : t(" — due in \(n) days", " — nog \(n) dagen")
            case .passed(let n): return n == 1 ? t(" — PASSED yesterday", " — VERSTREKEN, gisteren") : t(" — PASSED \(n) days ago", " — VERSTREKEN, \(n) dagen geleden")
            }
        }
        for e in a.timeline {
            let w = Vocabulary.weekdayShort[e.date.weekday]!
            line("  " + e.date.iso + " " + (nl ? w.1 + " " : w.0) + (e.projected ? t("  latest*    ", "  uiterlijk* ") : "            ") + e.label.text(lang)
                 + (e.id == .labourMarket ? t(" (the applicant's right from this day)", " (recht van de aanvrager vanaf deze dag)")
                    : " (\(actor(e.id.actor))\(e.id.isHardLimit ? t(", hard limit", ", fatale termijn") : ""))") + state(e.date, e.actualOn) + "  [\(RuleWords.ref(e.ref, lang))]")
        }
        for d in a.deadlines {
            let w = Vocabulary.weekdayShort[d.date.weekday]!
            line("  " + d.date.iso + " " + (nl ? w.1 + " " : w.0) + (d.projected ? t("  latest*    ", "  uiterlijk* ") : "            ") + d.label.text(lang)
                 + " (\(actor(d.actor)))" + state(d.date, nil) + "  [\(RuleWords.ref(d.ref, lang))]")
            if let m = d.ifMissed { line("                            " + t("if missed: ", "zo niet: ") + m.text(lang)) }
            if let n = d.note { line("                            " + n.text(lang)) }
        }
        if a.timeline.contains(where: \.projected) || a.deadlines.contains(where: \.projected) {
            line("  * " + t("latest lawful date, assuming the earlier step (registration, the request) happens on its own last lawful day",
                            "laatste wettige datum, ervan uitgaande dat de eerdere stap (registratie, het verzoek) op de eigen laatste wettige dag plaatsvindt"))
        }
        if let asOf = a.asOf { line("  " + t("States as of \(asOf.iso).", "Stand op \(asOf.iso).")) }
        line()
        line(t("RIGHTS", "RECHTEN"))
        line("  " + t("Appeal", "Beroep") + ": " + t("within \(a.appeal.lodgeWithinDays) days, suspensive effect: \(Vocabulary.term(a.appeal.suspensive, lang))", "binnen \(a.appeal.lodgeWithinDays) dagen, schorsende werking: \(Vocabulary.term(a.appeal.suspensive, lang))")
             + (a.appeal.determined ? "" : t(" — not determined: the shortest period of the possible routes", " — niet bepaald: de kortste termijn van de mogelijke routes"))
             + "  [\(RuleWords.ref(a.appeal.ref, lang)); \(StatusWords.name(a.appeal.legalStatus).text(lang))]")
        if a.appeal.legalStatus == .unverified {
            line("    " + t("Warning: the enacted national period was not read; this is the shortest the law allows, so act within it.",
                          "Let op: de vastgestelde nationale termijn is niet gelezen; dit is de kortste die de wet toestaat, dus handel daarbinnen."))
        }
        line("  " + t("Reception", "Opvang") + ": \(Vocabulary.term(a.reception.kind, lang))  [\(RuleWords.ref(a.reception.ref, lang))]")
        if let d = a.reception.specialNeedsAssessmentBy {
            line("  " + t("Special reception needs assessed by", "Bijzondere opvangbehoeften beoordeeld uiterlijk") + " \(d.iso)  [RCD Art 25(1)]")
        }
        if a.regime == .pact { line("  " + t("Language courses", "Taallessen") + ": \(Vocabulary.term(a.reception.languageCourses.rawValue, lang)) [\(StatusWords.name(a.reception.languageCoursesStatus).text(lang))]") }
        for l in a.legalAid {
            line("  " + t("Legal aid", "Rechtshulp") + " (\(Vocabulary.term(l.stage.rawValue, lang))): \(Vocabulary.term(l.form.rawValue, lang))  [\(RuleWords.ref(l.ref, lang)); \(StatusWords.name(l.status).text(lang))]")
        }
        let det = a.detention
        line("  " + t("Detention", "Bewaring") + ": " + (det.determined ? (det.permitted ? t("permitted", "toegestaan") : t("not permitted", "niet toegestaan")) : t("depends on an individual assessment", "hangt af van een individuele beoordeling"))
             + (det.facility.map { " — \($0)" } ?? "") + "  [\(RuleWords.ref(det.ref, lang))]")
        line("    " + det.note.text(lang))
        for sg in det.safeguardTexts { line("    · " + sg.text(lang)) }
        if let g = a.ifGranted {
            line()
            line(t("IF PROTECTION IS GRANTED", "BIJ INWILLIGING"))
            line("  " + t("Refugee status", "Vluchtelingenstatus") + ": " + t("permit \(g.refugee.permitYears) years, renewal \(g.refugee.renewalYears) years", "vergunning \(g.refugee.permitYears) jaar, verlenging \(g.refugee.renewalYears) jaar") + " (\(StatusWords.name(g.refugee.legalStatus).text(lang)))  [\(RuleWords.ref(g.refugee.ref, lang))]")
            line("    " + g.refugee.familyReunification.text(lang))
            line("  " + t("Subsidiary protection", "Subsidiaire bescherming") + ": " + t("permit \(g.subsidiary.permitYears) years, renewal \(g.subsidiary.renewalYears) years", "vergunning \(g.subsidiary.permitYears) jaar, verlenging \(g.subsidiary.renewalYears) jaar") + " (\(StatusWords.name(g.subsidiary.legalStatus).text(lang)))  [\(RuleWords.ref(g.subsidiary.ref, lang))]")
            line("    " + g.subsidiary.familyReunification.text(lang))
            for m in g.family {
                let may = m.eligible == .yes ? t("may follow", "mag overkomen") : m.eligible == .no ? t("may not follow", "mag niet overkomen") : t("open", "open")
                line("  " + t("Family member", "Gezinslid") + " \(m.index + 1): \(may) — " + m.because.text(lang))
            }
            if let n = g.naturalisationAfterYears { line("  " + t("Naturalisation after \(n) years of residence", "Naturalisatie na \(n) jaar verblijf")) }
        }
        if !a.openFacts.isEmpty {
            line()
            line(t("OPEN FACTS", "OPEN FEITEN"))
            for f in a.openFacts {
                line("  " + (f.note?.text(lang) ?? f.fact))
                for b in f.branches {
                    let answer: String
                    switch b.value { case .bool(true): answer = t("If yes", "Zo ja"); case .bool(false): answer = t("If no", "Zo nee")
                    default: answer = t("If ", "Als ") + b.value.preview.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
                    let then = b.then.filter { $0.path == "procedure.route" || $0.path == "responsibility.memberState" || $0.path.hasSuffix("Deadline") || $0.path.hasSuffix("From") || $0.path.hasSuffix("deadline") || $0.path == "appeal.lodgeWithinDays" }
                        .map { ReportWords.value($0.path, $0.value, lang) }.joined(separator: "; ")
                    line("    " + answer + ": " + (then.isEmpty ? t("other values change (see the JSON)", "andere waarden veranderen (zie de JSON)") : then))
                }
            }
        }
        line()
        line(t("REASONING", "REDENERING"))
        for s in a.trace { line("  " + RuleWords.title(s.rule).text(lang) + " [" + RuleWords.ref(s.ref, lang) + "]: " + s.because.text(lang)) }
        return out
    }
}
