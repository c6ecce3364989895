import LegalCalendar
import WaarborgJSON
import WaarborgRules

/// One assessment on one page: what the text report says, laid out. The route and its grounds,
/// what happens next, the timeline drawn and tabled with each date's state, the rights, the
/// outlook if protection is granted, the open facts as questions whose answers re-assess, the
/// routes not taken and why, and the reasoning with its citations linked to the official texts.
public enum AssessmentPage {
    /// How the page was reached, which decides what its buttons send.
    public struct Origin: Sendable {
        /// The facts as JSON, carried in hidden fields so a button can re-assess or compare them.
        public var facts: [UInt8]
        /// A case in the register (its number), or nil for an assessment without saving.
        public var caseID: Int64?
        public var profile: String
        public var asOf: String?
        public init(facts: [UInt8], caseID: Int64? = nil, profile: String, asOf: String? = nil) {
            self.facts = facts; self.caseID = caseID; self.profile = profile; self.asOf = asOf
        }
    }

    /// The hidden fields that carry a case from page to page.
    public static func carry(_ o: Origin, _ ctx: PageContext) -> Markup {
        let json = String(decoding: o.facts, as: UTF8.self)
        return "\(ctx.csrfField)<input type=\"hidden\" name=\"facts\" value=\"\(json)\"><input type=\"hidden\" name=\"profile\" value=\"\(o.profile)\">\(o.asOf.map { Markup("<input type=\"hidden\" name=\"asOf\" value=\"\($0)\">") })"
    }

    public static func body(_ a: Assessment, _ ctx: PageContext, origin: Origin, profiles: [(id: String, title: String)], caseHeader: Markup = .empty) -> Markup {
        let w = ctx.words
        let doc = TextReport.document(a, lang: ctx.lang)
        var out: [Markup] = []
        out.append("<article class=\"assessment\" id=\"assessment\" data-route=\"\(a.procedure.route.rawValue)\">")
        out.append("<h1>\(w.t("Assessment", "Beoordeling")) — \(a.caseID)</h1>")
        out.append(caseHeader)
        if let header = doc.section(.header) {
            out.append("<p class=\"meta\">\(header.lines.dropFirst().joined(separator: " "))</p>")
        }
        // The route: its first line is the heading, the lines of options not taken go to their panel.
        if let route = doc.section(.route), let first = route.lines.first {
            // The text report shouts the route's name; a page gives it in sentence case.
            var heading = first.replacingOccurrences(of: "ROUTE: ", with: "")
            if let bracket = heading.range(of: "   [") {
                let name = heading[..<bracket.lowerBound].lowercased()
                heading = name.prefix(1).uppercased() + name.dropFirst() + " " + heading[bracket.lowerBound...].trimmingCharacters(in: .whitespaces)
            }
            out.append("<section aria-labelledby=\"s-route\" class=\"route\"><h2 id=\"s-route\">\(w.t("Route", "Route"))</h2>")
            out.append("<p class=\"route-name\" id=\"route\">\(Citations.linkBrackets(heading))</p>")
            let skip = [w.t("Not taken: ", "Niet van toepassing: "), w.t("Still possible: ", "Nog mogelijk: ")]
            let rest = route.lines.dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }.filter { l in !skip.contains { l.hasPrefix($0) } }
            out.append(paragraphs(rest))
            out.append("</section>")
        }
        if let next = doc.section(.next) {
            out.append("<section aria-labelledby=\"s-next\" class=\"next\"><h2 id=\"s-next\">\(w.t("What happens next", "Wat er nu gebeurt"))</h2>")
            out.append(list(next.lines.dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }))
            out.append("</section>")
        }
        out.append(timeline(doc, a, ctx))
        if let rights = doc.section(.rights) {
            out.append("<section aria-labelledby=\"s-rights\" class=\"rights\"><h2 id=\"s-rights\">\(w.t("Rights", "Rechten"))</h2>")
            out.append(nested(Array(rights.lines.dropFirst())))
            out.append("</section>")
        }
        if let granted = doc.section(.granted) {
            out.append("<section aria-labelledby=\"s-granted\" class=\"granted\"><h2 id=\"s-granted\">\(w.t("If protection is granted", "Bij inwilliging"))</h2>")
            out.append(nested(Array(granted.lines.dropFirst())))
            out.append("</section>")
        }
        if !doc.questions.isEmpty {
            out.append("<section aria-labelledby=\"s-open\" class=\"open-facts\" id=\"open-facts\"><h2 id=\"s-open\">\(w.t("Open questions", "Open vragen"))</h2>")
            out.append("<p>\(w.t("These facts are not given, and the answer changes part of the assessment. Choose an answer to assess the case with it.", "Deze feiten zijn niet opgegeven, en het antwoord verandert een deel van de beoordeling. Kies een antwoord om de zaak daarmee te beoordelen."))</p>")
            for (i, q) in doc.questions.enumerated() {
                out.append("<form method=\"post\" action=\"/assess\" class=\"question\" data-fact=\"\(q.fact)\"><fieldset><legend id=\"q-\(i)\">\(q.question)</legend>\(carry(origin, ctx))<input type=\"hidden\" name=\"lang\" value=\"\(ctx.lang.rawValue)\"><input type=\"hidden\" name=\"set\" value=\"\(q.fact)\">\(origin.caseID.map { Markup("<input type=\"hidden\" name=\"case\" value=\"\($0)\">") })<ul>")
                for ans in q.answers {
                    let value = String(decoding: IntakeForm.bytes(ans.value), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                    out.append("<li><button type=\"submit\" name=\"value\" value=\"\(value)\">\(ans.answer)</button> <span>\(ans.outcome)</span></li>")
                }
                out.append("</ul></fieldset></form>")
            }
            out.append("</section>")
        }
        let notTaken = doc.reasons.flatMap(\.notTaken)
        if !notTaken.isEmpty {
            out.append("<section aria-labelledby=\"s-whynot\" class=\"why-not\"><h2 id=\"s-whynot\">\(w.t("Why not another route", "Waarom geen andere route"))</h2><dl>")
            for n in notTaken {
                out.append("<dt>\(n.option)\(n.stillOpen ? Markup("<span class=\"badge open\">\(w.t("still possible", "nog mogelijk"))</span>") : .empty)</dt><dd>\(n.because) <span class=\"ref\">[\(Citations.link(n.citation))]</span></dd>")
            }
            out.append("</dl></section>")
        }
        out.append("<section aria-labelledby=\"s-reasoning\" class=\"reasoning\"><h2 id=\"s-reasoning\">\(w.t("Reasoning", "Redenering"))</h2><details open><summary>\(w.t("Every step, with the article it rests on", "Elke stap, met het artikel waarop die rust"))</summary><ol>")
        for r in doc.reasons {
            out.append("<li><strong>\(r.title)</strong> <span class=\"ref\">[\(Citations.link(r.citation))]</span>: \(r.because)</li>")
        }
        out.append("</ol></details></section>")
        if let fp = doc.section(.fingerprint)?.lines.first { out.append("<p class=\"fingerprint\">\(fp)</p>") }
        out.append("</article>")
        out.append(actions(a, ctx, origin: origin, profiles: profiles))
        return out.joined()
    }

    static func timeline(_ doc: ReportDocument, _ a: Assessment, _ ctx: PageContext) -> Markup {
        let w = ctx.words
        var out: [Markup] = ["<section aria-labelledby=\"s-timeline\" class=\"timeline\"><h2 id=\"s-timeline\">\(w.t("Timeline", "Tijdlijn"))</h2>"]
        guard !doc.timeline.isEmpty else {
            out.append("<p>\(w.t("No dates can be computed.", "Er zijn geen datums te berekenen."))</p></section>")
            return out.joined()
        }
        out.append(TimelineChart.svg(doc.timeline, today: a.asOf, w: w))
        out.append("<table id=\"timeline\"><caption>\(a.asOf.map { w.t("States as of \($0.en)", "Stand op \($0.nl)") } ?? "")</caption><thead><tr><th scope=\"col\">#</th><th scope=\"col\">\(w.t("Date", "Datum"))</th><th scope=\"col\">\(w.t("What", "Wat"))</th><th scope=\"col\">\(w.t("Who", "Wie"))</th><th scope=\"col\">\(w.t("State", "Stand"))</th><th scope=\"col\">\(w.t("Basis", "Grondslag"))</th></tr></thead><tbody>")
        for (i, r) in doc.timeline.enumerated() {
            let cls = TimelineChart.stateClass(r.state)
            var what: [Markup] = ["\(r.label)"]
            if let m = r.ifMissed { what.append("<p class=\"if-missed\">\(m)</p>") }
            if let n = r.note { what.append("<p class=\"note\">\(n)</p>") }
            let projected: Markup = r.projected ? "<span class=\"projected\" title=\"\(w.t("computed as the latest lawful date", "berekend als uiterste datum"))\">*</span>" : .empty
            out.append("<tr class=\"\(cls)\" data-date=\"\(r.date.iso)\"><td>\(i + 1)</td><td class=\"date\"><time datetime=\"\(r.date.iso)\">\(r.weekday) \(r.date.words(ctx.lang))</time>\(projected)</td><td>\(what)</td><td>\(r.actor)\(r.hardLimit.map { Markup("<br><strong>\($0)</strong>") })</td><td class=\"state\"><span class=\"badge \(cls)\">\(r.stateWords.isEmpty ? "—" : r.stateWords)</span></td><td class=\"ref\">\(Citations.link(r.citation))</td></tr>")
        }
        out.append("</tbody></table>")
        if doc.timeline.contains(where: \.projected) {
            out.append("<p class=\"help\">* \(w.t("computed as the latest lawful date, as if the earlier step (registration, the request) happened on the last day of its own period", "berekend als uiterste datum, alsof de vorige stap (registratie, het verzoek) op de laatste dag van zijn eigen termijn plaatsvond"))</p>")
        }
        out.append("</section>")
        return out.joined()
    }

    static func actions(_ a: Assessment, _ ctx: PageContext, origin: Origin, profiles: [(id: String, title: String)]) -> Markup {
        let w = ctx.words
        var out: [Markup] = ["<section aria-labelledby=\"s-actions\" class=\"actions no-print\"><h2 id=\"s-actions\">\(w.t("What you can do with this case", "Wat u met deze zaak kunt doen"))</h2>"]
        let boxes: [Markup] = profiles.map { p in
            "<label class=\"check\"><input type=\"checkbox\" name=\"profiles\" value=\"\(p.id)\" checked> \(p.title)</label>"
        }
        out.append("<form method=\"post\" action=\"/compare\" id=\"compare-form\">\(carry(origin, ctx))<input type=\"hidden\" name=\"lang\" value=\"\(ctx.lang.rawValue)\"><fieldset><legend>\(w.t("Compare across profiles", "Vergelijken tussen profielen"))</legend>\(boxes)</fieldset><button type=\"submit\" id=\"compare\">\(w.t("Compare", "Vergelijken"))</button></form>")
        if origin.caseID == nil {
            out.append("<form method=\"post\" action=\"/assess\" id=\"edit-form\">\(carry(origin, ctx))<input type=\"hidden\" name=\"lang\" value=\"\(ctx.lang.rawValue)\"><button type=\"submit\" name=\"action\" value=\"edit\" id=\"edit\">\(w.t("Change the facts", "De feiten wijzigen"))</button></form>")
            if ctx.user?.canEdit == true {
                out.append("<form method=\"post\" action=\"/assess\" id=\"save-form\">\(carry(origin, ctx))<input type=\"hidden\" name=\"lang\" value=\"\(ctx.lang.rawValue)\"><button type=\"submit\" name=\"action\" value=\"save\" id=\"save-result\">\(w.t("Save to the register", "Opslaan in het register"))</button></form>")
            }
            out.append("<form method=\"post\" action=\"/assess\" id=\"json-form\">\(carry(origin, ctx))<button type=\"submit\" name=\"action\" value=\"json\">\(w.t("Download the assessment as JSON", "De beoordeling downloaden als JSON"))</button></form>")
        }
        out.append("<p><button type=\"button\" class=\"print\" data-print>\(w.t("Print this report", "Dit rapport afdrukken"))</button></p>")
        out.append("</section>")
        return out.joined()
    }

    /// Report lines as paragraphs, their citations linked.
    static func paragraphs(_ lines: [String]) -> Markup {
        lines.map { "<p>\(Citations.linkBrackets($0))</p>" as Markup }.joined()
    }

    static func list(_ lines: [String]) -> Markup {
        "<ul>\(lines.map { "<li>\(Citations.linkBrackets($0))</li>" as Markup })</ul>"
    }

    /// Lines indented two spaces per level: a deeper line belongs to the item above it.
    static func nested(_ lines: [String]) -> Markup {
        var out: [Markup] = ["<ul>"]
        var openItem = false
        var inner: [String] = []
        func flushInner() {
            if !inner.isEmpty { out.append("<ul class=\"sub\">\(inner.map { "<li>\(Citations.linkBrackets($0))</li>" as Markup })</ul>"); inner = [] }
        }
        for l in lines {
            let depth = l.prefix { $0 == " " }.count
            let text = l.trimmingCharacters(in: .whitespaces)
            let cleaned = text.hasPrefix("· ") ? String(text.dropFirst(2)) : text
            if depth <= 2 {
                flushInner()
                if openItem { out.append("</li>") }
                out.append("<li>\(Citations.linkBrackets(cleaned))")
                openItem = true
            } else {
                inner.append(cleaned)
            }
        }
        flushInner()
        if openItem { out.append("</li>") }
        out.append("</ul>")
        return out.joined()
    }
}
