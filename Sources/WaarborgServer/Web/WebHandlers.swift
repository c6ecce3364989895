import Foundation
import Hummingbird
import LegalCalendar
import WaarborgJSON
import WaarborgRegister
import WaarborgRules
import WaarborgWeb

/// The pages' handlers. Each reads its form, asks the engine or the register (off the event loop),
/// and returns a page, a redirect or a file.
extension WebRoutes {
    /// The facts a form describes: the JSON a result page carried (with an open question's answer
    /// set into it), or the intake form's fields.
    func factsJSON(_ form: FormData) throws -> JSONValue {
        guard let text = form.pairs.first(where: { $0.0 == "facts" })?.1 else { return IntakeForm.facts(from: form) }
        guard var facts = try? JSONParser.parse(text) else { throw WebError.badForm("facts") }
        if let path = form["set"], let raw = form.pairs.first(where: { $0.0 == "value" })?.1 {
            guard let value = try? JSONParser.parse(raw) else { throw WebError.badForm("value") }
            facts = FactPath.set(facts, path, value)
        }
        return facts
    }

    func assessor(_ v: Visit) -> Assessor? { engine.assessor(v.form["profile"] ?? Engine.defaultProfile) }

    func assess(_ v: Visit) async throws -> Outcome {
        let w = v.w
        let profile = v.form["profile"] ?? Engine.defaultProfile
        let factsValue = try factsJSON(v.form)
        let bytes = IntakeForm.bytes(factsValue)
        let action = v.form["action"] ?? "assess"
        // A stored case answering an open question: the answer changes the stored case.
        if let n = v.form["case"].flatMap(Int64.init) {
            guard let u = v.user else { throw WebError.signInNeeded }
            guard u.canEdit else { throw WebError.forbidden }
            let store = self.store
            let actor = u.name
            do {
                _ = try CaseDecoder.decode(bytes)
            } catch {
                return .html(v.layout(w.t("Assessment", "Beoordeling"), .cases, "<p class=\"notice error\" role=\"alert\">\(InputErrorWords.text(error, v.lang))</p>"), status: .badRequest)
            }
            _ = try await Blocking.run { () throws(RegisterError) in try store.updateFacts(n, facts: bytes, actor: actor) }
            return .redirect("/cases/\(n)")
        }
        if action == "edit" {
            var values = IntakeForm.values(from: factsValue)
            if let a = v.form["asOf"] { values.set("asOf", a) }
            return .html(v.intake(values, errors: [:], general: nil, profile: profile))
        }
        guard let assessor = assessor(v) else { throw WebError.badForm(w.t("Unknown profile.", "Onbekend profiel.")) }
        var asOf = v.ctx.today
        if let text = v.form["asOf"] {
            guard let d = CalendarDate(iso: text) else {
                return .html(v.intake(IntakeForm.values(from: factsValue), errors: ["asOf": w.t("Give a date that exists (YYYY-MM-DD).", "Geef een bestaande datum (JJJJ-MM-DD).")],
                                      general: w.t("Check the marked field.", "Controleer het gemarkeerde veld."), profile: profile), status: .badRequest)
            }
            asOf = d
        }
        let facts: CaseFacts
        do {
            facts = try CaseDecoder.decode(bytes)
        } catch {
            let field = IntakeForm.fieldName(forErrorPath: error.path)
            let message = InputErrorWords.text(error, v.lang)
            var errors: [String: String] = [:]
            if let field { errors[field] = message }
            let values = v.form.pairs.contains { $0.0 == "facts" } ? IntakeForm.values(from: factsValue) : v.form
            return .html(v.intake(values, errors: errors, general: field == nil ? message : w.t("Check the marked field.", "Controleer het gemarkeerde veld."), profile: profile), status: .badRequest)
        }
        if action == "save" {
            guard let u = v.user else { throw WebError.signInNeeded }
            guard u.canEdit else { throw WebError.forbidden }
            let store = self.store
            let actor = u.name
            // The form's "your reference" is the case's own id; the register finds cases by it.
            let trimmed = facts.id.trimmingCharacters(in: .whitespaces)
            let reference: String? = trimmed.isEmpty ? nil : trimmed
            let r = try await Blocking.run { () throws(RegisterError) in try store.createCase(NewCase(facts: bytes, clientReference: reference, profileID: profile), actor: actor) }
            return .redirect("/cases/\(r.id)")
        }
        var a = assessor.assess(facts)
        a.asOf = asOf
        if action == "json" {
            var out = AssessmentEncoder.encode(a, pretty: true)
            out.append(0x0A)
            return .file(out, contentType: "application/json", name: "assessment-\(Self.fileSafe(a.caseID)).json")
        }
        let origin = AssessmentPage.Origin(facts: bytes, profile: profile, asOf: v.form["asOf"])
        return .html(v.layout(w.t("Assessment", "Beoordeling") + " " + a.caseID, .assess,
                              AssessmentPage.body(a, v.ctx, origin: origin, profiles: v.profiles),
                              switchForm: AssessmentPage.carry(origin, v.ctx) + "<input type=\"hidden\" name=\"action\" value=\"assess\">"))
    }

    static func fileSafe(_ s: String) -> String {
        String(s.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) || $0 == "-" ? Character($0) : "_" }.prefix(60))
    }

    func compare(_ v: Visit) throws -> Outcome {
        let w = v.w
        let factsValue = try factsJSON(v.form)
        let bytes = IntakeForm.bytes(factsValue)
        var ids = v.form.all("profiles").filter { engine.profiles[$0] != nil }
        if ids.isEmpty { ids = AssessRoutes.preferred.filter { engine.profiles[$0] != nil } }
        guard ids.count >= 2 else {
            return .html(Layout.message(v.ctx, title: w.t("Choose two profiles", "Kies twee profielen"), text: w.t("A comparison needs at least two profiles: go back and tick two or three.", "Een vergelijking vraagt ten minste twee profielen: ga terug en vink er twee of drie aan.")), status: .badRequest)
        }
        let facts: CaseFacts
        do { facts = try CaseDecoder.decode(bytes) } catch {
            return .html(Layout.message(v.ctx, title: w.t("The case could not be read", "De zaak kon niet worden gelezen"), text: InputErrorWords.text(error, v.lang)), status: .badRequest)
        }
        let assessors = ids.compactMap { engine.assessor($0) }
        let asOf = v.form["asOf"].flatMap(CalendarDate.init(iso:)) ?? v.ctx.today
        let comparison = Comparison(assessors.map { var a = $0.assess(facts); a.asOf = asOf; return a }, profiles: assessors.map(\.profile))
        let origin = AssessmentPage.Origin(facts: bytes, profile: v.form["profile"] ?? Engine.defaultProfile, asOf: v.form["asOf"])
        return .html(v.layout(w.t("Comparison", "Vergelijking"), .assess, ComparePage.body(comparison, v.ctx, origin: origin)))
    }

    func signIn(_ v: Visit) async throws -> Outcome {
        let w = v.w
        let next = v.form["next"].flatMap { $0.hasPrefix("/") && !$0.hasPrefix("//") ? $0 : nil } ?? "/cases"
        guard let token = v.form["token"] else {
            return .html(v.layout(w.t("Sign in", "Aanmelden"), .signIn, RegisterPages.signIn(v.ctx, error: w.t("Enter your token.", "Vul uw token in."), next: next)), status: .badRequest)
        }
        let store = self.store
        guard (try await Blocking.run({ () throws(RegisterError) in try store.verifyToken(token) })) != nil else {
            return .html(v.layout(w.t("Sign in", "Aanmelden"), .signIn, RegisterPages.signIn(v.ctx, error: w.t("This token is unknown or has been revoked.", "Dit token is onbekend of ingetrokken."), next: next)), status: .unauthorized)
        }
        let (id, _) = await sessions.signIn(replacing: v.sessionID, token: token)
        return .redirect(next, newSession: id)
    }

    /// A stored case, or the not-found page.
    func record(_ n: CaseID) async throws -> CaseRecord {
        let store = self.store
        let result: Result<CaseRecord, RegisterError> = await Blocking.result { () throws(RegisterError) in try store.getCase(n) }
        switch result {
        case .success(let r): return r
        case .failure(let e):
            if case .caseNotFound = e { throw WebError.notFound }
            throw e
        }
    }

    func reader(_ v: Visit) throws -> WebUser {
        guard let u = v.user else { throw WebError.signInNeeded }
        return u
    }

    func caseworker(_ v: Visit) throws -> WebUser {
        let u = try reader(v)
        guard u.canEdit else { throw WebError.forbidden }
        return u
    }

    func caseNumber(_ c: ServerContext) throws -> CaseID {
        guard let n = c.parameters.get("n").flatMap(Int64.init), n > 0 else { throw WebError.notFound }
        return n
    }

    func cases(_ v: Visit) async throws -> Outcome {
        _ = try reader(v)
        let offset = max(0, v.query("offset").flatMap(Int.init) ?? 0)
        let query = CaseQuery(status: v.query("status").flatMap(CaseStatus.init(rawValue:)), profileID: v.query("profile"),
                              clientReference: v.query("ref"), limit: 50, offset: min(offset, 1_000_000))
        let store = self.store
        let page = try await Blocking.run { () throws(RegisterError) in try store.listCases(query) }
        return .html(v.layout(v.w.t("Cases", "Zaken"), .cases, RegisterPages.cases(page, query: query, profiles: v.profiles, v.ctx)))
    }

    func showCase(_ v: Visit, _ c: ServerContext) async throws -> Outcome {
        _ = try reader(v)
        let n = try caseNumber(c)
        let r = try await record(n)
        guard let assessor = engine.assessor(r.summary.profileID) else { throw WebError.notFound }
        let facts = try CaseDecoder.decode(r.facts)
        var a = assessor.assess(facts)
        a.asOf = v.query("asOf").flatMap(CalendarDate.init(iso:)) ?? v.ctx.today
        let origin = AssessmentPage.Origin(facts: r.facts, caseID: v.user?.canEdit == true && r.status == .open ? n : nil, profile: r.summary.profileID)
        var body = AssessmentPage.body(a, v.ctx, origin: origin, profiles: v.profiles, caseHeader: RegisterPages.caseHeader(r, v.ctx))
        if origin.caseID == nil, !a.openFacts.isEmpty {
            body = Markup(trusted: body.html.replacingOccurrences(of: "<button type=\"submit\" name=\"value\"", with: "<button type=\"submit\" disabled name=\"value\""))
        }
        return .html(v.layout(v.w.t("Case", "Zaak") + " " + r.summary.factsID, .cases, body))
    }

    func editCase(_ v: Visit, _ c: ServerContext) async throws -> Outcome {
        _ = try caseworker(v)
        let n = try caseNumber(c)
        let r = try await record(n)
        let facts = (try? JSONParser.parse(r.facts)) ?? .object([])
        return .html(v.intake(IntakeForm.values(from: facts), errors: [:], general: nil, profile: r.summary.profileID,
                              action: "/cases/\(n)", saveLabel: ("Save a new version", "Een nieuwe versie opslaan")))
    }

    func updateCase(_ v: Visit, _ c: ServerContext) async throws -> Outcome {
        let u = try caseworker(v)
        let n = try caseNumber(c)
        let bytes = IntakeForm.bytes(IntakeForm.facts(from: v.form))
        do {
            _ = try CaseDecoder.decode(bytes)
        } catch {
            let field = IntakeForm.fieldName(forErrorPath: error.path)
            let message = InputErrorWords.text(error, v.lang)
            return .html(v.intake(v.form, errors: field.map { [$0: message] } ?? [:], general: field == nil ? message : v.w.t("Check the marked field.", "Controleer het gemarkeerde veld."),
                                  profile: v.form["profile"] ?? Engine.defaultProfile, action: "/cases/\(n)", saveLabel: ("Save a new version", "Een nieuwe versie opslaan")), status: .badRequest)
        }
        let store = self.store
        let actor = u.name
        // Facts sent back unchanged: the case stays as it was, no new version.
        let result: Result<CaseRecord, RegisterError> = await Blocking.result { () throws(RegisterError) in try store.updateFacts(n, facts: bytes, actor: actor) }
        if case .failure(let e) = result {
            if case .factsUnchanged = e {} else { throw e }
        }
        return .redirect("/cases/\(n)")
    }

    func setStatus(_ v: Visit, _ c: ServerContext, _ status: CaseStatus) async throws -> Outcome {
        let u = try caseworker(v)
        let n = try caseNumber(c)
        let store = self.store
        let actor = u.name
        _ = try await Blocking.run { () throws(RegisterError) in try store.setStatus(n, status, actor: actor) }
        return .redirect("/cases/\(n)")
    }

    func deadlines(_ v: Visit, format: DeadlineRoutes.Format?) async throws -> Outcome {
        _ = try reader(v)
        let within = min(max(0, v.query("within").flatMap(Int.init) ?? 14), 3650)
        let store = self.store
        let today = v.ctx.today
        let due = try await Blocking.run { () throws(RegisterError) in try store.dueDeadlines(within: within, asOf: today) }
        switch format {
        case .ics?: return .file(Array(DeadlineCalendar.render(due, lang: v.lang, stamp: .now()).utf8), contentType: HTTP.calendar, name: "deadlines.ics")
        case .csv?: return .file(Array(DeadlineCSV.render(due, lang: v.lang).utf8), contentType: HTTP.csv, name: "deadlines.csv")
        default: return .html(v.layout(v.w.t("Deadlines", "Termijnen"), .deadlines, RegisterPages.deadlines(due, within: within, v.ctx)))
        }
    }

    func profileDiff(_ v: Visit) throws -> Outcome {
        guard let a = v.query("from").flatMap({ engine.profiles[$0] }), let b = v.query("to").flatMap({ engine.profiles[$0] }) else { throw WebError.notFound }
        return .html(v.layout(v.w.t("Profiles compared", "Profielen vergeleken"), .profiles, ProfilePages.diff(ProfileDiff(a, b), v.ctx)))
    }
}

/// Setting one fact in a case's JSON by its path (`findings.misledAuthorities`,
/// `family[0].accompanying`), creating the objects on the way; a finding given as true or false
/// that gets a detail (`findings.safeThirdCountry.basis`) becomes `{value, basis}`.
enum FactPath {
    static func set(_ doc: JSONValue, _ path: String, _ value: JSONValue) -> JSONValue {
        var parts: [String] = []
        for p in path.split(separator: ".") {
            var s = Substring(p)
            while let open = s.firstIndex(of: "[") {
                if open > s.startIndex { parts.append(String(s[..<open])) }
                guard let close = s[open...].firstIndex(of: "]") else { break }
                parts.append(String(s[open...close]))
                s = s[s.index(after: close)...]
            }
            if !s.isEmpty { parts.append(String(s)) }
        }
        return set(doc, parts[...], value)
    }

    private static func set(_ node: JSONValue, _ parts: ArraySlice<String>, _ value: JSONValue) -> JSONValue {
        guard let head = parts.first else { return value }
        let rest = parts.dropFirst()
        if head.hasPrefix("["), let i = Int(head.dropFirst().dropLast()) {
            guard case .array(var items) = node, i >= 0, i < items.count else { return node }
            items[i] = set(items[i], rest, value)
            return .array(items)
        }
        var members: [(String, JSONValue)]
        switch node {
        case .object(let m): members = m
        case .bool, .string, .number: members = [("value", node)]
        default: members = []
        }
        if let k = members.firstIndex(where: { $0.0 == head }) {
            members[k].1 = set(members[k].1, rest, value)
        } else {
            members.append((head, set(.null, rest, value)))
        }
        return .object(members)
    }
}
