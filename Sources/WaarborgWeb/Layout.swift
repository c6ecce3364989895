import LegalCalendar
import WaarborgRegister
import WaarborgRules

/// Who is signed in on this browser, as the session knows it.
public struct WebUser: Sendable, Equatable {
    public let name: String
    public let role: Role
    public init(name: String, role: Role) { self.name = name; self.role = role }
    public var canEdit: Bool { role.allows(.caseworker) }
}

/// What every page needs to know about the request it answers.
public struct PageContext: Sendable {
    public var lang: Language
    /// The path and query of this page without `lang=`, so the switch keeps the reader on it.
    public var path: String
    public var user: WebUser?
    /// The session's anti-forgery token, put in every form that changes something.
    public var csrf: String
    public var today: CalendarDate

    public init(lang: Language, path: String, user: WebUser?, csrf: String, today: CalendarDate) {
        self.lang = lang; self.path = path; self.user = user; self.csrf = csrf; self.today = today
    }

    public var words: Words { Words(lang) }

    /// The hidden field every state-changing form carries.
    public var csrfField: Markup { "<input type=\"hidden\" name=\"csrf\" value=\"\(csrf)\">" }
}

/// The frame around every page: skip link, banner with the navigation and the language switch,
/// the main landmark, and a footer. Everything it loads comes from this server.
public enum Layout {
    public enum Section: String, Sendable { case home, assess, cases, deadlines, profiles, simulation, signIn }

    /// `switchForm`: on a page reached by a form (an assessment), the language switch re-sends
    /// that form with the other language instead of linking, so the reader stays on the result.
    public static func page(_ ctx: PageContext, title: String, section: Section, body: Markup, switchForm: Markup? = nil) -> Markup {
        let w = ctx.words
        let other = w.other
        let nav: [(Section, String, String)] = [
            (.assess, "/assess", w.t("Assess a case", "Zaak beoordelen")),
            (.cases, "/cases", w.t("Cases", "Zaken")),
            (.deadlines, "/deadlines", w.t("Deadlines", "Termijnen")),
            (.profiles, "/profiles", w.t("Profiles", "Profielen")),
            (.simulation, "/simulation", w.t("Simulation", "Simulatie")),
        ]
        let links: [Markup] = nav.map { s, href, label in
            "<li><a href=\"\(href)\"\(s == section ? Markup(trusted: " aria-current=\"page\"") : .empty)>\(label)</a></li>"
        }
        let langSwitch: Markup
        if let switchForm {
            langSwitch = "<form method=\"post\" action=\"/assess\" class=\"lang-switch\">\(switchForm)<input type=\"hidden\" name=\"lang\" value=\"\(other.rawValue)\"><button type=\"submit\" lang=\"\(other.rawValue)\" id=\"lang-switch\">\(other.ownName)</button></form>"
        } else {
            langSwitch = "<a class=\"lang-switch\" id=\"lang-switch\" lang=\"\(other.rawValue)\" hreflang=\"\(other.rawValue)\" href=\"\(withLang(ctx.path, other))\">\(other.ownName)</a>"
        }
        let account: Markup
        if let u = ctx.user {
            account = "<form method=\"post\" action=\"/sign-out\" class=\"account\">\(ctx.csrfField)<span>\(u.name) (\(roleName(u.role, w)))</span> <button type=\"submit\">\(w.t("Sign out", "Afmelden"))</button></form>"
        } else {
            account = "<a class=\"account\" href=\"/sign-in\"\(section == .signIn ? Markup(trusted: " aria-current=\"page\"") : .empty)>\(w.t("Sign in", "Aanmelden"))</a>"
        }
        return """
        <!doctype html>
        <html lang="\(ctx.lang.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title == "Waarborg" ? "Waarborg" : title + " · Waarborg")</title>
        <link rel="icon" href="data:,">
        <link rel="stylesheet" href="/static/waarborg.css">
        <script src="/static/waarborg.js" defer></script>
        </head>
        <body>
        <a class="skip" href="#main">\(w.t("Skip to the content", "Naar de inhoud"))</a>
        <header class="banner">
        <a class="brand" href="/">Waarborg</a>
        <nav aria-label="\(w.t("Main", "Hoofdmenu"))"><ul>\(links)</ul></nav>
        <div class="tools">\(langSwitch)\(account)</div>
        </header>
        <main id="main">
        \(body)
        </main>
        <footer><p>\(w.t("Waarborg models the asylum procedure under the EU Pact on Migration and Asylum as the Netherlands implements it. It explains the law; it is not legal advice. Check every date against the cited text.", "Waarborg modelleert de asielprocedure onder het EU-Migratiepact zoals Nederland die uitvoert. Het legt de wet uit; het is geen juridisch advies. Controleer elke datum aan de aangehaalde tekst."))</p></footer>
        </body>
        </html>

        """
    }

    /// `path` with `lang=` set to `lang`, other query items kept.
    static func withLang(_ path: String, _ lang: Language) -> String {
        let parts = path.split(separator: "?", maxSplits: 1)
        var items = parts.count > 1 ? parts[1].split(separator: "&").map(String.init).filter { !$0.hasPrefix("lang=") } : []
        items.append("lang=\(lang.rawValue)")
        return String(parts.first ?? "/") + "?" + items.joined(separator: "&")
    }

    static func roleName(_ r: Role, _ w: Words) -> String { RegisterWords.role(r).text(w.lang) }

    /// A short page for a refusal or a missing thing, in the reader's language.
    public static func message(_ ctx: PageContext, title: String, text: String, section: Section = .home) -> Markup {
        page(ctx, title: title, section: section, body: "<h1>\(title)</h1><p class=\"notice\" role=\"alert\">\(text)</p><p><a href=\"/\">\(ctx.words.t("Back to the start", "Terug naar het begin"))</a></p>")
    }
}
