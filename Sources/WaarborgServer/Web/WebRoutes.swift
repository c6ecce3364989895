import Foundation
import Hummingbird
import LegalCalendar
import WaarborgJSON
import WaarborgRegister
import WaarborgRules
import WaarborgWeb

/// The web pages of `waarborg serve`: server-rendered HTML in English and Dutch over the same
/// engine and register as the JSON API. A browser session (an HttpOnly, SameSite=Strict cookie)
/// carries the sign-in; every form that posts carries the session's anti-forgery token, and a post
/// without it is refused. The pages load nothing from elsewhere (a Content-Security-Policy says so
/// to the browser too).
struct WebRoutes: Sendable {
    let engine: Engine
    let store: any CaseStore
    let sessions = WebSessions()
    let simulations: WebSimulations

    static let langCookie = "waarborg_lang"
    static let securityHeaders: [(HTTPFields.Element.Name, String)] = [
        (HTTPFields.Element.Name.contentSecurityPolicy, "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
        (HTTPFields.Element.Name("X-Content-Type-Options")!, "nosniff"),
        (HTTPFields.Element.Name("Referrer-Policy")!, "same-origin"),
        (HTTPFields.Element.Name.cacheControl, "no-store"),
    ]

    static func add(to router: Router<ServerContext>, engine: Engine, store: any CaseStore, limits: SimulationLimits, gate: SimulationGate) {
        let web = WebRoutes(engine: engine, store: store, simulations: WebSimulations(limits: limits, gate: gate))
        router.get("/static/{file}") { _, context -> Response in
            guard let name = context.parameters.get("file"), let asset = StaticAssets.all[name] else { throw HTTPError(.notFound) }
            var h = HTTPFields()
            h[.contentType] = asset.contentType
            h[.cacheControl] = "public, max-age=3600"
            return Response(status: .ok, headers: h, body: .init(byteBuffer: ByteBuffer(bytes: asset.bytes)))
        }
        router.get("/") { r, _ in await web.page(r) { v in .html(v.home()) } }
        router.get("/assess") { r, _ in await web.page(r) { v in .html(v.intake(FormData(), errors: [:], general: nil, profile: Engine.defaultProfile)) } }
        router.post("/assess") { r, _ in await web.page(r, post: true) { v in try await web.assess(v) } }
        router.post("/compare") { r, _ in await web.page(r, post: true) { v in try web.compare(v) } }
        router.get("/sign-in") { r, _ in await web.page(r) { v in .html(v.layout(v.w.t("Sign in", "Aanmelden"), .signIn, RegisterPages.signIn(v.ctx, error: nil, next: v.query("next") ?? "/cases"))) } }
        router.post("/sign-in") { r, _ in await web.page(r, post: true) { v in try await web.signIn(v) } }
        router.post("/sign-out") { r, _ in await web.page(r, post: true) { v in await web.sessions.signOut(v.sessionID); return .redirect("/", clearSession: true) } }
        router.get("/cases") { r, _ in await web.page(r) { v in try await web.cases(v) } }
        router.get("/cases/{n}") { r, c in await web.page(r) { v in try await web.showCase(v, c) } }
        router.get("/cases/{n}/edit") { r, c in await web.page(r) { v in try await web.editCase(v, c) } }
        router.post("/cases/{n}") { r, c in await web.page(r, post: true) { v in try await web.updateCase(v, c) } }
        router.post("/cases/{n}/close") { r, c in await web.page(r, post: true) { v in try await web.setStatus(v, c, .closed) } }
        router.post("/cases/{n}/reopen") { r, c in await web.page(r, post: true) { v in try await web.setStatus(v, c, .open) } }
        router.get("/deadlines") { r, _ in await web.page(r) { v in try await web.deadlines(v, format: nil) } }
        router.get("/deadlines.ics") { r, _ in await web.page(r) { v in try await web.deadlines(v, format: .ics) } }
        router.get("/deadlines.csv") { r, _ in await web.page(r) { v in try await web.deadlines(v, format: .csv) } }
        router.get("/simulation") { r, _ in await web.page(r) { v in web.simulationForm(v) } }
        router.post("/simulation") { r, _ in await web.page(r, post: true) { v in await web.startSimulation(v) } }
        router.get("/simulation/runs/{id}") { r, c in await web.page(r) { v in try await web.showSimulation(v, c) } }
        router.get("/simulation/runs/{id}/status") { r, c in await web.page(r) { v in try await web.simulationStatus(v, c) } }
        router.get("/simulation/runs/{id}/{file}") { r, c in await web.page(r) { v in try await web.simulationDownload(v, c) } }
        router.get("/profiles") { r, _ in await web.page(r) { v in .html(v.layout(v.w.t("Policy profiles", "Beleidsprofielen"), .profiles, ProfilePages.list(engine, v.ctx))) } }
        router.get("/profiles/diff") { r, _ in await web.page(r) { v in try web.profileDiff(v) } }
        router.get("/profiles/{id}") { r, c in await web.page(r) { v in
            guard let p = c.parameters.get("id").flatMap({ engine.profiles[$0] }) else { throw WebError.notFound }
            return .html(v.layout(p.title.text(v.lang), .profiles, ProfilePages.show(p, v.ctx)))
        } }
    }

    // MARK: one request

    /// What a page handler sees: the request, its form, its language, its session.
    struct Visit: Sendable {
        let request: Request
        let form: FormData
        let ctx: PageContext
        let sessionID: String
        let token: String?
        let profiles: [(id: String, title: String)]
        var lang: Language { ctx.lang }
        var w: Words { ctx.words }
        var user: WebUser? { ctx.user }
        func query(_ name: String) -> String? { request.uri.queryParameters.get(name).flatMap { $0.isEmpty ? nil : $0 } }

        func layout(_ title: String, _ section: Layout.Section, _ body: Markup, switchForm: Markup? = nil) -> Markup {
            Layout.page(ctx, title: title, section: section, body: body, switchForm: switchForm)
        }

        func home() -> Markup {
            layout("Waarborg", .home, """
            <h1>Waarborg</h1>
            <p>\(w.t("An explainable model of the asylum procedure under the EU Pact on Migration and Asylum, as the Netherlands applies it from 12 June 2026, and of the former law for applications made before then.", "Een uitlegbaar model van de asielprocedure onder het EU-Migratiepact, zoals Nederland die vanaf 12 juni 2026 toepast, en van het oude recht voor aanvragen van daarvóór."))</p>
            <ul class="start">
            <li><a href="/assess">\(w.t("Assess a case", "Een zaak beoordelen"))</a>: \(w.t("enter the facts; see the route, every deadline as a date, the rights and the reasons, each with its article.", "vul de feiten in; zie de route, elke termijn als datum, de rechten en de redenen, elk met het artikel."))</li>
            <li><a href="/cases">\(w.t("Cases", "Zaken"))</a> \(w.t("and", "en")) <a href="/deadlines">\(w.t("deadlines", "termijnen"))</a>: \(w.t("your team's register (sign in).", "het register van uw team (aanmelden)."))</li>
            <li><a href="/profiles">\(w.t("Policy profiles", "Beleidsprofielen"))</a>: \(w.t("the choices behind each assessment, with sources and legal status.", "de keuzes achter elke beoordeling, met bronnen en juridische status."))</li>
            </ul>
            """)
        }

        func intake(_ values: FormData, errors: [String: String], general: String?, profile: String, action: String = "/assess", saveLabel: (String, String)? = nil) -> Markup {
            var target = IntakeForm.Target(action: action, canSave: user?.canEdit == true)
            if let saveLabel { target.saveLabel = (saveLabel.0, saveLabel.1) }
            return layout(w.t("Assess a case", "Zaak beoordelen"), action == "/assess" ? .assess : .cases,
                          "<h1>\(w.t("Assess a case", "Zaak beoordelen"))</h1>" + IntakeForm.render(ctx, values: values, errors: errors, general: general, profiles: profiles, profile: profile, target: target))
        }
    }

    enum Outcome: Sendable {
        case html(Markup, status: HTTPResponse.Status = .ok)
        case redirect(String, clearSession: Bool = false, newSession: String? = nil)
        case file([UInt8], contentType: String, name: String)
        /// A body shown as it is (the JSON a page's script reads).
        case data([UInt8], contentType: String)
        static func html(_ m: Markup) -> Outcome { .html(m, status: .ok) }
    }

    enum WebError: Error { case notFound, signInNeeded, forbidden, badForm(String) }

    /// Runs a page: the session, the language, the form and its anti-forgery check, then the
    /// handler; an error becomes a page in the reader's language, never a stack trace.
    func page(_ request: Request, post: Bool = false, _ handler: (Visit) async throws -> Outcome) async -> Response {
        let cookieID = request.cookies[WebSessions.cookieName]?.value
        let (sid, session, isNew) = await sessions.session(cookieID)
        var form = FormData()
        var formError: String?
        if post {
            do {
                let buffer = try await request.body.collect(upTo: ServerLimits.maxBodyBytes)
                form = try FormData.parse(Array(buffer.readableBytesView))
            } catch {
                formError = "form"
            }
        }
        let queryLang: String? = request.uri.queryParameters.get("lang").map { String($0) }
        let lang = Language.negotiate(query: form["lang"] ?? queryLang,
                                      cookie: request.cookies[Self.langCookie]?.value, acceptLanguage: request.headers[.acceptLanguage])
        // The token is checked again on every request, so a revoked token ends its sessions.
        var user: WebUser?
        if let token = session.token {
            let store = self.store
            if let identity = try? await Blocking.run({ () throws(RegisterError) in try store.verifyToken(token) }) {
                user = WebUser(name: identity.name, role: identity.role)
            }
        }
        let path = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
        let ctx = PageContext(lang: lang, path: path, user: user, csrf: session.csrf, today: CalendarDate.today())
        let profiles = engine.profiles.values.sorted { $0.id < $1.id }.map { (id: $0.id, title: $0.title.en.isEmpty ? $0.id : $0.title.text(lang)) }
        let visit = Visit(request: request, form: form, ctx: ctx, sessionID: sid, token: user == nil ? nil : session.token, profiles: profiles)
        let w = ctx.words
        var outcome: Outcome
        if post && (formError != nil || !WebSessions.same(form["csrf"] ?? "", session.csrf) || isNew || !sameOrigin(request)) {
            outcome = .html(Layout.message(ctx, title: w.t("The form has expired", "Het formulier is verlopen"),
                                           text: w.t("This form was not sent from this page, or your session has ended. Go back, reload the page and send it again.",
                                                     "Dit formulier is niet vanaf deze pagina verzonden, of uw sessie is afgelopen. Ga terug, laad de pagina opnieuw en verstuur het nogmaals.")), status: .forbidden)
        } else {
            do {
                outcome = try await handler(visit)
            } catch WebError.notFound {
                outcome = .html(Layout.message(ctx, title: w.t("Not found", "Niet gevonden"), text: w.t("There is no such page or case.", "Deze pagina of zaak bestaat niet.")), status: .notFound)
            } catch WebError.signInNeeded {
                outcome = .redirect("/sign-in?next=" + FormData.encode(path))
            } catch WebError.forbidden {
                outcome = .html(Layout.message(ctx, title: w.t("Not allowed", "Niet toegestaan"),
                                               text: w.t("Your role may read cases but not change them. Ask your administrator for a caseworker token.", "Uw rol mag zaken lezen maar niet wijzigen. Vraag uw beheerder om een behandelaarstoken.")), status: .forbidden)
            } catch WebError.badForm(let message) {
                outcome = .html(Layout.message(ctx, title: w.t("The form could not be read", "Het formulier kon niet worden gelezen"), text: message), status: .badRequest)
            } catch let e as RegisterError {
                outcome = .html(Layout.message(ctx, title: w.t("The register refused this", "Het register weigerde dit"), text: e.message(lang)), status: Self.status(e))
            } catch {
                outcome = .html(Layout.message(ctx, title: w.t("Something went wrong", "Er ging iets mis"), text: w.t("The server could not complete this request. Nothing was changed.", "De server kon dit verzoek niet afmaken. Er is niets gewijzigd.")), status: .internalServerError)
            }
        }
        var response: Response
        switch outcome {
        case .html(let m, let status):
            var h = HTTPFields()
            h[.contentType] = "text/html; charset=utf-8"
            response = Response(status: status, headers: h, body: .init(byteBuffer: ByteBuffer(string: m.html)))
        case .redirect(let to, _, _):
            response = Response(status: .seeOther, headers: [.location: to])
        case .data(let bytes, let type):
            var h = HTTPFields()
            h[.contentType] = type
            response = Response(status: .ok, headers: h, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
        case .file(let bytes, let type, let name):
            var h = HTTPFields()
            h[.contentType] = type
            h[.contentDisposition] = "attachment; filename=\"\(name)\""
            response = Response(status: .ok, headers: h, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
        }
        for (k, v) in Self.securityHeaders { response.headers[k] = v }
        let secure = request.uri.scheme?.rawValue == "https"
        if case .redirect(_, true, _) = outcome {
            response.setCookie(Cookie(name: WebSessions.cookieName, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true, sameSite: .strict))
        } else if case .redirect(_, _, let fresh?) = outcome {
            response.setCookie(Cookie(name: WebSessions.cookieName, value: fresh, path: "/", secure: secure, httpOnly: true, sameSite: .strict))
        } else if isNew || cookieID != sid {
            response.setCookie(Cookie(name: WebSessions.cookieName, value: sid, path: "/", secure: secure, httpOnly: true, sameSite: .strict))
        }
        if form["lang"] != nil || request.uri.queryParameters.get("lang") != nil {
            response.setCookie(Cookie(name: Self.langCookie, value: lang.rawValue, maxAge: 365 * 86_400, path: "/", secure: secure, httpOnly: true, sameSite: .strict))
        }
        return response
    }

    /// A post from another site's page carries its own Origin: refused, whatever the cookie says.
    func sameOrigin(_ request: Request) -> Bool {
        guard let origin = request.headers[.origin], origin != "null" else { return true }
        guard let host = request.head.authority else { return false }
        return origin == "http://" + host || origin == "https://" + host
    }

    static func status(_ e: RegisterError) -> HTTPResponse.Status {
        switch e {
        case .caseNotFound: .notFound
        case .database: .internalServerError
        default: .badRequest
        }
    }
}
