import WaarborgRules

/// The same case under two or three profiles, side by side: each difference once, the cell that
/// differs from the first profile marked, and under each group the rules whose outcome differs and
/// the policy parameters behind them, with their legal status (the rows of `CompareText`).
public enum ComparePage {
    public static func body(_ c: Comparison, _ ctx: PageContext, origin: AssessmentPage.Origin) -> Markup {
        let w = ctx.words
        let text = CompareText(c, lang: ctx.lang)
        let rows = text.rows()
        var out: [Markup] = ["<h1>\(w.t("Comparison", "Vergelijking")) — \(text.caseID)</h1>"]
        let heads: [Markup] = c.assessments.map { a in "<th scope=\"col\">\(a.profileTitle.en.isEmpty ? a.profileID : a.profileTitle.text(ctx.lang))</th>" }
        if rows.isEmpty {
            out.append("<p class=\"notice\" id=\"no-differences\">\(w.t("The profiles give the same assessment for this case.", "De profielen geven voor deze zaak dezelfde beoordeling."))</p>")
        } else {
            out.append("<p id=\"difference-count\">\(rows.count == 1 ? w.t("1 difference.", "1 verschil.") : w.t("\(rows.count) differences.", "\(rows.count) verschillen.")) \(w.t("Under each group: the rules whose outcome differs, and the policy parameters behind them with their legal status.", "Onder elke groep: de regels met een andere uitkomst, en de beleidsparameters erachter met hun juridische status."))</p>")
            out.append("<table class=\"diff\" id=\"differences\"><thead><tr><th scope=\"col\">\(w.t("What differs", "Wat verschilt"))</th>\(heads)</tr></thead><tbody>")
            var run: [CompareText.Row] = []
            for (i, r) in rows.enumerated() {
                let cells: [Markup] = r.values.enumerated().map { j, v in "<td\(j > 0 && v != r.values[0] ? Markup(trusted: " class=\"changed\"") : .empty)>\(v)</td>" }
                out.append("<tr class=\"difference\"><th scope=\"row\">\(r.label)</th>\(cells)</tr>")
                run.append(r)
                guard i == rows.count - 1 || rows[i + 1].rules != r.rules else { continue }
                // The rules, then each parameter behind them as a row of the same table, so its
                // values stand under the profiles they belong to.
                if !r.rules.isEmpty {
                    out.append("<tr class=\"behind\"><td colspan=\"\(c.assessments.count + 1)\"><strong>\(w.t("Rules", "Regels")):</strong> \(text.unique(r.rules.map(text.ruleTitle)).joined(separator: "; "))</td></tr>")
                }
                for p in text.mergeParameters(run.map(\.parameters)) {
                    let values: [Markup] = p.values.map { "<td>\(text.parameterValue(p.key, $0))</td>" }
                    out.append("<tr class=\"param\"><th scope=\"row\">\(w.t("Parameter", "Parameter")): \(text.parameterMeaning(p.key))</th>\(values)</tr>")
                }
                run = []
            }
            out.append("</tbody></table>")
        }
        out.append("<form method=\"post\" action=\"/assess\" class=\"no-print\">\(AssessmentPage.carry(origin, ctx))<input type=\"hidden\" name=\"lang\" value=\"\(ctx.lang.rawValue)\"><button type=\"submit\" name=\"action\" value=\"assess\">\(w.t("Back to the assessment", "Terug naar de beoordeling"))</button></form>")
        return out.joined()
    }
}
