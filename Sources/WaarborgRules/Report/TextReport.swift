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
        line(t("ROUTE", "ROUTE") + ": \(a.procedure.route.rawValue.uppercased())   [\(a.procedure.ref)]")
        if let step = a.trace.first(where: { $0.rule == "route" }) {
            line("  " + step.because.text(lang))
            for n in step.notTaken { line("  " + t("not ", "niet ") + n.option + ": " + n.because.text(lang) + " [\(n.ref)]") }
        }
        if !a.procedure.grounds.isEmpty {
            line("  " + t("Grounds", "Gronden") + ": " + a.procedure.grounds.map { "\($0.id)\($0.mandatory ? t(" (mandatory)", " (verplicht)") : "")" }.joined(separator: ", "))
        }
        if let m = a.responsibility.memberState {
            line("  " + t("Member state responsible", "Verantwoordelijke lidstaat") + ": \(m) (\(a.responsibility.criterion)) [\(a.responsibility.ref)]")
        }
        line()
        line(t("TIMELINE", "TIJDLIJN"))
        if a.timeline.isEmpty { line("  " + t("(no dates)", "(geen data)")) }
        for e in a.timeline {
            let w = e.date.weekday.name
            line("  " + e.date.iso + " " + (nl ? w.nl : w.en).prefix(3) + (e.projected ? t("  projected ", "  verwacht  ") : "            ") + e.label.text(lang) + "  [\(e.ref)]")
        }
        line()
        line(t("RIGHTS", "RECHTEN"))
        line("  " + t("Appeal", "Beroep") + ": " + t("within \(a.appeal.lodgeWithinDays) days, suspensive effect: \(a.appeal.suspensive)", "binnen \(a.appeal.lodgeWithinDays) dagen, schorsende werking: \(a.appeal.suspensive)") + "  [\(a.appeal.ref)]")
        line("  " + t("Reception", "Opvang") + ": \(a.reception.kind)  [\(a.reception.ref)]")
        for l in a.legalAid { line("  " + t("Legal aid", "Rechtshulp") + " (\(l.stage)): \(l.form)  [\(l.ref)]") }
        line("  " + t("Detention", "Bewaring") + ": " + a.detention.note.text(lang))
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
