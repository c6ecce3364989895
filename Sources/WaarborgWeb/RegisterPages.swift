import LegalCalendar
import WaarborgRegister
import WaarborgRules

/// The register's pages: the team's cases with filters, one case's record, the deadlines ahead
/// and passed, and the sign-in form.
public enum RegisterPages {
    public static func signIn(_ ctx: PageContext, error: String?, next: String) -> Markup {
        let w = ctx.words
        return """
        <h1>\(w.t("Sign in", "Aanmelden"))</h1>
        <p>\(w.t("Sign in with the token your administrator gave you (a long code). A reader sees the cases and deadlines; a caseworker also adds and changes cases. Without a token you can still assess and compare cases, and run simulations.", "Meld u aan met het token dat uw beheerder u gaf (een lange code). Een lezer ziet de zaken en termijnen; een behandelaar voegt ook zaken toe en wijzigt ze. Zonder token kunt u wel zaken beoordelen en vergelijken, en simulaties draaien."))</p>
        \(error.map { Markup("<p class=\"notice error\" role=\"alert\" id=\"sign-in-error\">\($0)</p>") })
        <form method="post" action="/sign-in" class="intake">
        \(ctx.csrfField)<input type="hidden" name="next" value="\(next)"><input type="hidden" name="lang" value="\(ctx.lang.rawValue)">
        <div class="field"><label for="f-token">\(w.t("Token", "Token"))</label><input type="password" id="f-token" name="token" autocomplete="current-password" required></div>
        <button type="submit" id="sign-in">\(w.t("Sign in", "Aanmelden"))</button>
        </form>
        """
    }

    public static func cases(_ page: CasePage, query: CaseQuery, profiles: [(id: String, title: String)], _ ctx: PageContext) -> Markup {
        let w = ctx.words
        func statusName(_ s: CaseStatus) -> String { s == .open ? w.t("open", "open") : w.t("closed", "gesloten") }
        let statusOptions: [Markup] = [("", w.t("all", "alle"))].map { v, l in "<option value=\"\(v)\">\(l)</option>" as Markup }
            + CaseStatus.allCases.map { s in "<option value=\"\(s.rawValue)\"\(query.status == s ? Markup(trusted: " selected") : .empty)>\(statusName(s))</option>" }
        let profileOptions: [Markup] = ["<option value=\"\">\(w.t("all", "alle"))</option>"]
            + profiles.map { p in "<option value=\"\(p.id)\"\(query.profileID == p.id ? Markup(trusted: " selected") : .empty)>\(p.title)</option>" }
        let rows: [Markup] = page.cases.map { c in
            "<tr><td><a href=\"/cases/\(Int(c.id))\">\(c.factsID)</a></td><td>\(c.clientReference ?? "")</td><td>\(routeName(c.route, w))</td><td>\(profiles.first { $0.id == c.profileID }?.title ?? c.profileID)</td><td>\(statusName(c.status))</td><td>\(c.version)</td><td><time datetime=\"\(c.updatedAt.iso)\">\(stamp(c.updatedAt, ctx.lang))</time></td></tr>"
        }
        var paging: [Markup] = []
        func link(_ offset: Int, _ label: String) -> Markup {
            var q = ["offset=\(offset)", "lang=\(ctx.lang.rawValue)"]
            if let s = query.status { q.append("status=\(s.rawValue)") }
            if let p = query.profileID { q.append("profile=\(FormData.encode(p))") }
            if let r = query.clientReference { q.append("ref=\(FormData.encode(r))") }
            return "<a href=\"/cases?\(q.joined(separator: "&"))\">\(label)</a>"
        }
        if query.offset > 0 { paging.append(link(max(0, query.offset - query.limit), w.t("previous", "vorige"))) }
        if query.offset + page.cases.count < page.total { paging.append(" " + link(query.offset + query.limit, w.t("next", "volgende"))) }
        let new: Markup = ctx.user?.canEdit == true ? "<p><a href=\"/assess\" id=\"new-case\">\(w.t("Add a case", "Een zaak toevoegen"))</a></p>" : .empty
        return """
        <h1>\(w.t("Cases", "Zaken"))</h1>
        \(new)
        <form method="get" action="/cases" class="filters">
        <div class="field"><label for="c-status">\(w.t("Status", "Status"))</label><select id="c-status" name="status">\(statusOptions)</select></div>
        <div class="field"><label for="c-profile">\(w.t("Profile", "Profiel"))</label><select id="c-profile" name="profile">\(profileOptions)</select></div>
        <div class="field"><label for="c-ref">\(w.t("Your reference", "Uw kenmerk"))</label><input type="text" id="c-ref" name="ref" value="\(query.clientReference ?? "")"></div>
        <input type="hidden" name="lang" value="\(ctx.lang.rawValue)"><button type="submit">\(w.t("Filter", "Filteren"))</button></form>
        <p>\(page.total == 1 ? w.t("1 case", "1 zaak") : w.t("\(page.total) cases", "\(page.total) zaken"))</p>
        <table id="cases"><thead><tr><th scope="col">\(w.t("Case", "Zaak"))</th><th scope="col">\(w.t("Reference", "Kenmerk"))</th><th scope="col">\(w.t("Route", "Route"))</th><th scope="col">\(w.t("Profile", "Profiel"))</th><th scope="col">\(w.t("Status", "Status"))</th><th scope="col">\(w.t("Version", "Versie"))</th><th scope="col">\(w.t("Changed", "Gewijzigd"))</th></tr></thead>
        <tbody>\(rows)</tbody></table>
        <nav aria-label="\(w.t("Pages", "Pagina's"))">\(paging)</nav>
        """
    }

    /// A moment as a reader writes it: "3 December 2026, 06:11 UTC" ("3 december 2026, 06:11 UTC").
    static func stamp(_ t: Timestamp, _ lang: Language) -> String {
        let secs = Int(t.seconds - Int64(t.day.dayNumber) * 86_400)
        let hh = secs / 3600, mm = (secs % 3600) / 60
        return (lang == .nl ? t.day.nl : t.day.en) + ", " + (hh < 10 ? "0" : "") + "\(hh):" + (mm < 10 ? "0" : "") + "\(mm) UTC"
    }

    static func routeName(_ route: String, _ w: Words) -> String { RegisterWords.route(route).text(w.lang) }

    /// The header of a stored case's page: its number, reference, status, and what a caseworker may do.
    public static func caseHeader(_ r: CaseRecord, _ ctx: PageContext) -> Markup {
        let w = ctx.words
        let s = r.summary
        var actions: [Markup] = []
        if ctx.user?.canEdit == true {
            actions.append("<a href=\"/cases/\(Int(s.id))/edit\" id=\"edit-case\">\(w.t("Change the facts", "De feiten wijzigen"))</a>")
            let (path, label) = s.status == .open ? ("close", w.t("Close the case", "De zaak sluiten")) : ("reopen", w.t("Reopen the case", "De zaak heropenen"))
            actions.append("<form method=\"post\" action=\"/cases/\(Int(s.id))/\(path)\" class=\"inline\">\(ctx.csrfField)<button type=\"submit\" id=\"\(path)-case\">\(label)</button></form>")
        }
        return """
        <dl class="case-header" id="case-header"><dt>\(w.t("Register number", "Registernummer"))</dt><dd>\(Int(s.id))</dd>\
        <dt>\(w.t("Reference", "Kenmerk"))</dt><dd>\(s.clientReference ?? "—")</dd>\
        <dt>\(w.t("Status", "Status"))</dt><dd>\(s.status == .open ? w.t("open", "open") : w.t("closed", "gesloten"))</dd>\
        <dt>\(w.t("Version", "Versie"))</dt><dd>\(s.version), \(w.t("changed", "gewijzigd")) <time datetime=\"\(s.updatedAt.iso)\">\(stamp(s.updatedAt, ctx.lang))</time></dd></dl>
        <div class="no-print case-actions">\(actions)</div>
        """
    }

    public static func deadlines(_ due: [DueDeadline], within: Int, _ ctx: PageContext) -> Markup {
        let w = ctx.words
        let passed = due.filter { $0.daysLeft < 0 }, ahead = due.filter { $0.daysLeft >= 0 }
        func table(_ list: [DueDeadline], id: String) -> Markup {
            guard !list.isEmpty else { return "<p>\(w.t("None.", "Geen."))</p>" }
            let rows: [Markup] = list.map { d in
                let state = d.daysLeft < 0 ? w.t("passed \(-d.daysLeft) days ago", "\(-d.daysLeft) dagen geleden verstreken")
                    : d.daysLeft == 0 ? w.t("due today", "vandaag") : w.t("in \(d.daysLeft) days", "over \(d.daysLeft) dagen")
                return "<tr class=\"\(d.daysLeft < 0 ? "passed" : d.daysLeft <= 7 ? "due-soon" : "due")\"><td><time datetime=\"\(d.date.iso)\">\(d.date.words(ctx.lang))</time>\(d.projected ? Markup("<span class=\"projected\" title=\"\(w.t("computed as the latest lawful date", "berekend als uiterste datum"))\">*</span>") : .empty)</td><td><span class=\"badge \(d.daysLeft < 0 ? "passed" : d.daysLeft <= 7 ? "due-soon" : "due")\">\(state)</span></td><td><a href=\"/cases/\(Int(d.caseID))\">\(d.factsID)</a>\(d.clientReference.map { Markup(" (\($0))") })</td><td>\(d.label.text(ctx.lang))</td><td class=\"ref\">\(Citations.link(CitationWords.text(d.ref, ctx.lang)))</td></tr>"
            }
            return "<table id=\"\(id)\"><thead><tr><th scope=\"col\">\(w.t("Date", "Datum"))</th><th scope=\"col\">\(w.t("State", "Stand"))</th><th scope=\"col\">\(w.t("Case", "Zaak"))</th><th scope=\"col\">\(w.t("Deadline", "Termijn"))</th><th scope=\"col\">\(w.t("Basis", "Grondslag"))</th></tr></thead><tbody>\(rows)</tbody></table>"
        }
        return """
        <h1>\(w.t("Deadlines", "Termijnen"))</h1>
        <form method="get" action="/deadlines" class="filters"><div class="field"><label for="d-within">\(w.t("Days ahead", "Dagen vooruit"))</label><input type="text" inputmode="numeric" id="d-within" name="within" value="\(within)" class="code"></div><input type="hidden" name="lang" value="\(ctx.lang.rawValue)"><button type="submit">\(w.t("Show", "Tonen"))</button></form>
        <h2>\(w.t("Passed", "Verstreken"))</h2>\(table(passed, id: "passed"))
        <h2>\(w.t("In the next \(within) days", "In de komende \(within) dagen"))</h2>\(table(ahead, id: "ahead"))
        <p class="help">* \(w.t("computed as the latest lawful date, not from a fact of the case", "berekend als uiterste datum, niet uit een feit van de zaak"))</p>
        <h2>\(w.t("In your calendar", "In uw agenda"))</h2>
        <p>\(w.t("Subscribe to the deadlines from a calendar program (one event per deadline, updated in place):", "Abonneer u vanuit een agendaprogramma op de termijnen (één afspraak per termijn, bijgewerkt op dezelfde plek):")) <a href="/deadlines.ics?within=\(within)" id="ics">\(w.t("iCalendar file", "iCalendar-bestand"))</a>, <a href="/deadlines.csv?within=\(within)">CSV</a>. \(w.t("A calendar program that should keep itself up to date needs a subscription address with a reader token; your administrator can set it up (docs/operations.md).", "Voor een agendaprogramma dat zichzelf bijwerkt is een abonnementsadres met een lezerstoken nodig; uw beheerder kan dat instellen (docs/operations.md)."))</p>
        """
    }
}
