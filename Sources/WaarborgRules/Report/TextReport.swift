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
        line(t("Profile", "Profiel") + ": \(a.profileID) (\(a.profileHash.prefix(19))…)   " + t("Regime", "Regime") + ": \(a.regime.rawValue)   " + t("Status", "Status") + ": \(a.determined ? t("determined", "bepaald") : t("undetermined", "onbepaald"))")
        line()
        line(t("ROUTE", "ROUTE") + ": \(Vocabulary.term(a.procedure.route.rawValue, lang).uppercased())   [\(a.procedure.ref)]")
        if let step = a.trace.first(where: { $0.rule == "route" }) {
            line("  " + step.because.text(lang))
            for n in step.notTaken { line("  " + t("not taken — ", "niet gevolgd — ") + Vocabulary.term(n.option, lang) + ": " + n.because.text(lang) + " [\(n.ref)]") }
        }
        if !a.procedure.grounds.isEmpty {
            line("  " + t("Grounds", "Gronden") + ": " + a.procedure.grounds.map { "\($0.id)\($0.mandatory ? t(" (mandatory)", " (verplicht)") : "")" }.joined(separator: ", "))
        }
        if let m = a.responsibility.memberState {
            line("  " + t("Member state responsible", "Verantwoordelijke lidstaat") + ": \(m) (\(a.responsibility.criterion)) [\(a.responsibility.ref)]")
            if let q = a.responsibility.request {
                line("  " + t("\(Vocabulary.term(q.kind.rawValue, lang)) request by \(q.deadline.iso); reply by \(q.replyBy.iso), transfer by \(q.transferBy.iso) (projected)",
                              "\(Vocabulary.term(q.kind.rawValue, lang))verzoek uiterlijk \(q.deadline.iso); antwoord uiterlijk \(q.replyBy.iso), overdracht uiterlijk \(q.transferBy.iso) (verwacht)"))
            }
        }
        line()
        line(t("TIMELINE", "TIJDLIJN"))
        if a.timeline.isEmpty { line("  " + t("(no dates)", "(geen data)")) }
        for e in a.timeline {
            let w = Vocabulary.weekdayShort[e.date.weekday]!
            line("  " + e.date.iso + " " + (nl ? w.1 + " " : w.0) + (e.projected ? t("  projected ", "  verwacht  ") : "            ") + e.label.text(lang) + "  [\(e.ref)]")
        }
        line()
        line(t("RIGHTS", "RECHTEN"))
        line("  " + t("Appeal", "Beroep") + ": " + t("within \(a.appeal.lodgeWithinDays) days, suspensive effect: \(Vocabulary.term(a.appeal.suspensive, lang))", "binnen \(a.appeal.lodgeWithinDays) dagen, schorsende werking: \(Vocabulary.term(a.appeal.suspensive, lang))") + "  [\(a.appeal.ref)]")
        line("  " + t("Reception", "Opvang") + ": \(Vocabulary.term(a.reception.kind, lang))  [\(a.reception.ref)]")
        if let d = a.reception.specialNeedsAssessmentBy {
            line("  " + t("Special reception needs assessed by", "Bijzondere opvangbehoeften beoordeeld uiterlijk") + " \(d.iso)  [RCD Art 25(1)]")
        }
        line("  " + t("Language courses", "Taallessen") + ": \(Vocabulary.term(a.reception.languageCourses, lang))")
        for l in a.legalAid {
            line("  " + t("Legal aid", "Rechtshulp") + " (\(Vocabulary.term(l.stage, lang))): \(Vocabulary.term(l.form, lang))  [\(l.ref); \(l.status)]")
        }
        let det = a.detention
        line("  " + t("Detention", "Bewaring") + ": " + (det.determined ? (det.permitted ? t("permitted", "toegestaan") : t("not permitted", "niet toegestaan")) : t("open", "open"))
             + (det.facility.map { " — \($0)" } ?? "") + "  [\(det.ref)]")
        line("    " + det.note.text(lang))
        for sg in det.safeguardTexts { line("    · " + sg.text(lang)) }
        if let g = a.ifGranted {
            line()
            line(t("IF PROTECTION IS GRANTED", "BIJ INWILLIGING"))
            line("  " + t("Refugee status", "Vluchtelingenstatus") + ": " + t("permit \(g.refugee.permitYears) years, renewal \(g.refugee.renewalYears) years", "vergunning \(g.refugee.permitYears) jaar, verlenging \(g.refugee.renewalYears) jaar") + " (\(g.refugee.legalStatus))  [\(g.refugee.ref)]")
            line("    " + g.refugee.familyReunification.text(lang))
            line("  " + t("Subsidiary protection", "Subsidiaire bescherming") + ": " + t("permit \(g.subsidiary.permitYears) years, renewal \(g.subsidiary.renewalYears) years", "vergunning \(g.subsidiary.permitYears) jaar, verlenging \(g.subsidiary.renewalYears) jaar") + " (\(g.subsidiary.legalStatus))  [\(g.subsidiary.ref)]")
            line("    " + g.subsidiary.familyReunification.text(lang))
            for m in g.family {
                let may = m.eligible == .yes ? t("may follow", "mag overkomen") : m.eligible == .no ? t("may not follow", "mag niet overkomen") : t("open", "open")
                line("  family[\(m.index)] (\(m.relation)): \(may) — " + m.because.text(lang))
            }
            if let n = g.naturalisationAfterYears { line("  " + t("Naturalisation after \(n) years of residence", "Naturalisatie na \(n) jaar verblijf")) }
        }
        if !a.openFacts.isEmpty {
            line()
            line(t("OPEN FACTS", "OPEN FEITEN"))
            for f in a.openFacts {
                let branches = f.branches.map { b in "\(b.value.preview) → " + b.then.map { "\($0.value.preview)" }.joined(separator: ", ") }.joined(separator: "; ")
                line("  " + f.fact + (branches.isEmpty ? "" : ": " + branches))
            }
        }
        line()
        line(t("REASONING", "REDENERING"))
        for s in a.trace { line("  [\(s.ref)] \(s.rule): " + s.because.text(lang)) }
        return out
    }
}
