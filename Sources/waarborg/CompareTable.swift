import WaarborgJSON
import WaarborgRules

/// `waarborg compare --format text`: the rows of `CompareText` laid out as a terminal table.
extension CompareText {
    func render() -> String {
        let profiles = comparison.profiles
        let rows = self.rows()
        let labelWidth = max(24, min(36, width * 28 / 100))
        let valueWidth = max(14, (width - labelWidth - 2 * profiles.count) / max(1, profiles.count))
        let table = TextTable(widths: [labelWidth] + Array(repeating: valueWidth, count: profiles.count))
        var s = t("Waarborg comparison", "Waarborg-vergelijking") + " — " + t("case ", "zaak ") + caseID + "\n"
        // The columns carry the profiles' titles; the identifiers, which `--profiles` takes, are
        // named once here.
        let titles = comparison.assessments.map { $0.profileTitle.en.isEmpty ? $0.profileID : $0.profileTitle.text(lang) }
        s += FieldGuide.wrap(t("Profiles compared: ", "Vergeleken beleidsprofielen: ")
            + zip(titles, profiles).map { $0 == $1 ? $0 : "\($0) (\($1))" }.joined(separator: ", "), indent: 0, width: width) + "\n"
        if rows.isEmpty {
            return s + "\n" + t("The profiles give the same assessment for this case.\n", "De beleidsprofielen geven voor deze zaak dezelfde beoordeling.\n")
        }
        // One row is one difference as the reader sees it ("regels" would also read as "rules").
        let count = rows.count == 1 ? t("1 difference", "1 verschil") : t("\(rows.count) differences", "\(rows.count) verschillen")
        s += FieldGuide.wrap(count + t(" (the machine-readable output has every detail). Under each group: the rules whose outcome differs, and the policy parameters behind them with their legal status.",
                                       " (alle details staan in de machineleesbare uitvoer). Onder elke groep: de regels met een andere uitkomst, en de beleidsparameters erachter met hun juridische status."),
                             indent: 0, width: width) + "\n"
        s += table.row([t("What differs", "Wat verschilt")] + titles)
        s += table.rule()
        // A run of rows with the same rules shares one block: the rules, then each parameter once.
        var run: [Row] = []
        for (i, r) in rows.enumerated() {
            s += table.row([r.label] + r.values)
            run.append(r)
            guard i == rows.count - 1 || rows[i + 1].rules != r.rules else { continue }
            if !r.rules.isEmpty {
                let titles = r.rules.map { ruleTitle($0) }
                s += FieldGuide.hanging("  " + t("rules: ", "regels: "), unique(titles).joined(separator: "; "), width: width)
            }
            for p in mergeParameters(run.map(\.parameters)) {
                let meaning = parameterMeaning(p.key)
                s += FieldGuide.hanging("  · ", meaning, width: width)
                s += table.row([""] + p.values.map { parameterValue(p.key, $0) })
            }
            s += "\n"
            run = []
        }
        return s
    }

}
