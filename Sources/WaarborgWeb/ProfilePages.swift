import WaarborgRules

/// The policy profiles: the list, one profile's parameters with their sources and legal status,
/// and the diff between two.
public enum ProfilePages {
    public static func list(_ engine: Engine, _ ctx: PageContext) -> Markup {
        let w = ctx.words
        let profiles = engine.profiles.values.sorted { $0.id < $1.id }
        let items: [Markup] = profiles.map { p in
            "<li><a href=\"/profiles/\(p.id)\">\(p.title.text(ctx.lang))</a><p>\(p.description.text(ctx.lang))</p></li>"
        }
        let options: [Markup] = profiles.map { "<option value=\"\($0.id)\">\($0.title.text(ctx.lang))</option>" }
        return """
        <h1>\(w.t("Policy profiles", "Beleidsprofielen"))</h1>
        <p>\(w.t("A profile holds the choices a member state makes within the Pact, or a legal regime, each with its source and legal status.", "Een profiel bevat de keuzes die een lidstaat binnen het Pact maakt, of een rechtsregime, elk met bron en juridische status."))</p>
        <ul class="profiles">\(items)</ul>
        <h2>\(w.t("Compare two profiles", "Twee profielen vergelijken"))</h2>
        <form method="get" action="/profiles/diff" class="filters">
        <div class="field"><label for="p-from">\(w.t("From", "Van"))</label><select id="p-from" name="from">\(options)</select></div>
        <div class="field"><label for="p-to">\(w.t("To", "Naar"))</label><select id="p-to" name="to">\(options)</select></div>
        <input type="hidden" name="lang" value="\(ctx.lang.rawValue)">
        <button type="submit">\(w.t("Show the differences", "Toon de verschillen"))</button></form>
        """
    }

    public static func show(_ p: PolicyProfile, _ ctx: PageContext) -> Markup {
        let w = ctx.words
        var rows: [Markup] = []
        for (key, v) in p.parameters {
            let meaning = ParameterCatalog.byKey[key]?.meaning.text(ctx.lang) ?? key
            let note = v.note(ctx.lang).map { Markup("<p class=\"note\">\($0.text)</p>") }
            rows.append("<tr><th scope=\"row\">\(meaning)\(note)</th><td>\(ParameterWords.value(key: key, described: v.value.description, ctx.lang))</td><td>\(StatusText.text(v.status, ctx.lang))</td><td class=\"ref\">\(Citations.link(CitationWords.text(v.ref, ctx.lang)))<br>\(ctx.lang == .nl ? Markup("<span lang=\"en\" class=\"source\">\(v.source)</span>") : Markup("\(v.source)"))</td><td><time datetime=\"\(v.checked.iso)\">\(v.checked.words(ctx.lang))</time></td></tr>")
        }
        return """
        <h1>\(p.title.text(ctx.lang))</h1>
        <p>\(p.description.text(ctx.lang))</p>
        \(ctx.lang == .nl ? Markup("<p class=\"help\">De bronnen staan in het Engels, zoals ze bij het beleidsprofiel zijn vastgelegd; de wetsverwijzingen zijn die van de officiële teksten.</p>") : .empty)
        <table id="parameters"><thead><tr><th scope="col">\(w.t("Parameter", "Parameter"))</th><th scope="col">\(w.t("Value", "Waarde"))</th><th scope="col">\(w.t("Legal status", "Juridische status"))</th><th scope="col">\(w.t("Basis and source", "Grondslag en bron"))</th><th scope="col">\(w.t("Checked", "Gecontroleerd"))</th></tr></thead>
        <tbody>\(rows)</tbody></table>
        <p class="fingerprint">\(w.t("Profile version (check code): ", "Versie van het beleidsprofiel (controlecode): "))\(p.hash)</p>
        """
    }

    public static func diff(_ d: ProfileDiff, _ ctx: PageContext) -> Markup {
        let w = ctx.words
        let from = d.from.title.text(ctx.lang), to = d.to.title.text(ctx.lang)
        guard !d.entries.isEmpty else {
            return "<h1>\(from) — \(to)</h1><p class=\"notice\">\(w.t("The two profiles set every parameter alike.", "De twee profielen stellen elke parameter gelijk in."))</p>"
        }
        var rows: [Markup] = []
        var theme = ""
        for e in d.entries {
            let t = e.theme.text(ctx.lang)
            if t != theme { rows.append("<tr><th colspan=\"3\" scope=\"colgroup\" class=\"theme\">\(t)</th></tr>"); theme = t }
            func cell(_ v: ParameterValue) -> Markup {
                "<td>\(ParameterWords.value(key: e.key, described: v.value.description, ctx.lang)) <span class=\"ref\">(\(StatusText.text(v.status, ctx.lang)); \(Citations.link(CitationWords.text(v.ref, ctx.lang))))</span></td>"
            }
            rows.append("<tr class=\"difference\"><th scope=\"row\">\(e.meaning?.text(ctx.lang) ?? e.key)</th>\(cell(e.from))\(cell(e.to))</tr>")
        }
        return """
        <h1>\(from) — \(to)</h1>
        <p>\(d.entries.count == 1 ? w.t("1 parameter differs.", "1 parameter verschilt.") : w.t("\(d.entries.count) parameters differ.", "\(d.entries.count) parameters verschillen."))</p>
        <table class="diff" id="profile-diff"><thead><tr><th scope="col">\(w.t("Parameter", "Parameter"))</th><th scope="col">\(from)</th><th scope="col">\(to)</th></tr></thead><tbody>\(rows)</tbody></table>
        """
    }
}
