import WaarborgJSON
import WaarborgRules

/// The intake form: rendering it (empty, from a case's facts, or as sent with the errors beside
/// their fields), and turning what was sent into a `waarborg.case/1` document. "Unknown" is a
/// choice for every yes-or-no fact and leaves the fact out, so the assessment shows it as open.
public enum IntakeForm {
    typealias Field = IntakeFields.Field

    // MARK: form to facts

    /// The case document the form describes. The decoder then checks it, so every rule of the
    /// contract (dates, codes, orders) is enforced once, in one place.
    public static func facts(from form: FormData) -> JSONValue {
        var top: [(String, JSONValue)] = [
            ("schema", .string(CaseDecoder.schemaID)),
            ("id", .string(form["id"] ?? "web-case")),
            ("memberState", .string(form["memberState"] ?? "NLD")),
        ]
        for g in IntakeFields.groups {
            let members = g.fields.compactMap { f in value(f, form: form, name: f.key).map { (String(f.key.split(separator: ".").last!), $0) } }
            if !members.isEmpty || g.id != "arrival" { top.append((g.id, .object(members))) }
        }
        for (list, fields) in [("family", IntakeFields.familyFields), ("history", IntakeFields.historyFields)] {
            var rows: [JSONValue] = []
            for i in 0..<IntakeFields.maxRows {
                let members = fields.compactMap { f in value(f, form: form, name: "\(list).\(i).\(f.key)").map { (f.key, $0) } }
                if !members.isEmpty { rows.append(.object(members)) }
            }
            if !rows.isEmpty { top.append((list, .array(rows))) }
        }
        var findings: [(String, JSONValue)] = []
        for id in FindingID.allCases {
            let name = id.factPath
            guard let answer = form[name], answer != "unknown" else { continue }
            let holds = answer == "yes"
            var object: [(String, JSONValue)] = []
            if holds, let c = form[name + ".country"] { object.append(("value", .string(c.uppercased()))) } else { object.append(("value", .bool(holds))) }
            if holds, let b = form[name + ".basis"] { object.append(("basis", .string(b))) }
            if let s = form[name + ".source"] { object.append(("source", .string(s))) }
            if let on = form[name + ".on"] { object.append(("on", .string(on))) }
            findings.append((id.rawValue, object.count == 1 ? object[0].1 : .object(object)))
        }
        if !findings.isEmpty { top.append(("findings", .object(findings))) }
        return .object(top)
    }

    static func value(_ f: Field, form: FormData, name: String) -> JSONValue? {
        switch f.kind {
        case .tri:
            switch form[name] { case "yes": return .bool(true); case "no": return .bool(false); default: return nil }
        case .multi:
            let chosen = form.all(name).filter { !$0.isEmpty }
            return chosen.isEmpty ? nil : .array(chosen.map { .string($0) })
        case .country:
            return form[name].map { .string($0.uppercased()) }
        case .date, .text, .choice:
            return form[name].map { .string($0) }
        }
    }

    /// The document as UTF-8 JSON, for the decoder and for the register.
    public static func bytes(_ facts: JSONValue) -> [UInt8] {
        var w = JSONWriter(pretty: true, capacity: 4096)
        w.value(facts)
        w.newlineAtEnd()
        return w.withBytes { Array($0) }
    }

    // MARK: facts to form

    /// The form's values for a case, so a stored or an assessed case can be changed. Every fact
    /// the contract has gets a field (the finding's source and date as hidden ones), so saving the
    /// form again loses nothing.
    public static func values(from facts: JSONValue) -> FormData {
        var form = FormData()
        if case .string(let id)? = facts["id"] { form.set("id", id) }
        if case .string(let m)? = facts["memberState"] { form.set("memberState", m) }
        for g in IntakeFields.groups {
            for f in g.fields { put(f, facts[g.id]?[String(f.key.split(separator: ".").last!)], name: f.key, into: &form) }
        }
        for (list, fields) in [("family", IntakeFields.familyFields), ("history", IntakeFields.historyFields)] {
            guard case .array(let rows)? = facts[list] else { continue }
            for (i, row) in rows.prefix(IntakeFields.maxRows).enumerated() {
                for f in fields { put(f, row[f.key], name: "\(list).\(i).\(f.key)", into: &form) }
            }
        }
        for id in FindingID.allCases {
            guard let v = facts["findings"]?[id.rawValue] else { continue }
            let name = id.factPath
            switch v {
            case .bool(let b): form.set(name, b ? "yes" : "no")
            case .object:
                switch v["value"] {
                case .bool(let b)?: form.set(name, b ? "yes" : "no")
                case .string(let c)?: form.set(name, "yes"); form.set(name + ".country", c)
                default: break
                }
                for k in ["basis", "source", "on"] { if case .string(let s)? = v[k] { form.set(name + "." + k, s) } }
            default: break
            }
        }
        return form
    }

    static func put(_ f: Field, _ v: JSONValue?, name: String, into form: inout FormData) {
        guard let v else { return }
        switch (f.kind, v) {
        case (.tri, .bool(let b)): form.set(name, b ? "yes" : "no")
        case (.multi, .array(let items)): for case .string(let s) in items { form.append(name, s) }
        case (_, .string(let s)): form.set(name, s)
        default: break
        }
    }

    /// How many rows of a list the sent form fills.
    static func rowCount(_ list: String, _ form: FormData) -> Int {
        var n = 0
        for (k, v) in form.pairs where k.hasPrefix(list + ".") && !v.isEmpty {
            let parts = k.split(separator: ".")
            if parts.count >= 3, let i = Int(parts[1]), i < IntakeFields.maxRows { n = max(n, i + 1) }
        }
        return n
    }

    // MARK: rendering

    /// Where the form goes and what it may do.
    public struct Target: Sendable {
        public var action: String
        /// Offer "save to the register" (a caseworker signed in).
        public var canSave: Bool
        public var saveLabel: (en: String, nl: String)? = nil
        public init(action: String, canSave: Bool) { self.action = action; self.canSave = canSave }
    }

    /// - Parameter errors: messages by field name (the JSON path with dots, `family.0.relation`).
    public static func render(_ ctx: PageContext, values form: FormData, errors: [String: String], general: String?,
                              profiles: [(id: String, title: String)], profile: String, target: Target) -> Markup {
        let w = ctx.words
        var out: [Markup] = []
        out.append("<form method=\"post\" action=\"\(target.action)\" class=\"intake\" novalidate>")
        out.append(ctx.csrfField)
        out.append("<input type=\"hidden\" name=\"lang\" value=\"\(ctx.lang.rawValue)\">")
        out.append("<input type=\"hidden\" name=\"memberState\" value=\"\(form["memberState"] ?? "NLD")\">")
        if let general {
            out.append("<div class=\"notice error\" role=\"alert\" id=\"form-error\"><p>\(general)</p></div>")
        }
        // The case and the profile first: they say what the form is for.
        out.append("<fieldset><legend>\(w.t("Case", "Zaak"))</legend>")
        out.append(textInput("id", w.t("Your reference for the case", "Uw kenmerk voor de zaak"), form["id"] ?? "", errors["id"], maxLength: 80, help: w.t("Shown on the report and in the register; no names needed.", "Staat op het rapport en in het register; namen zijn niet nodig.")))
        let opts: [Markup] = profiles.map { p in "<option value=\"\(p.id)\"\(p.id == profile ? Markup(trusted: " selected") : .empty)>\(p.title)</option>" }
        out.append("<div class=\"field\"><label for=\"f-profile\">\(w.t("Policy profile", "Beleidsprofiel"))</label><select id=\"f-profile\" name=\"profile\">\(opts)</select><p class=\"help\" id=\"h-profile\">\(w.t("The member-state choices the assessment applies; compare them on the result page.", "De keuzes van de lidstaat die de beoordeling toepast; vergelijk ze op de uitkomstpagina."))</p></div>")
        out.append(dateInput("asOf", w.t("Reference day for the deadlines' state (empty: today)", "Peildatum voor de stand van de termijnen (leeg: vandaag)"), form["asOf"] ?? "", errors["asOf"]))
        out.append("</fieldset>")
        for g in IntakeFields.groups {
            out.append("<fieldset id=\"g-\(g.id)\"><legend>\(w.t(g.en, g.nl))</legend>")
            for f in g.fields { out.append(field(f, name: f.key, form: form, errors: errors, w: w)) }
            out.append("</fieldset>")
        }
        for (list, fields, en, nl, rowEN, rowNL) in [
            ("family", IntakeFields.familyFields, "Family members", "Gezinsleden", "Family member", "Gezinslid"),
            ("history", IntakeFields.historyFields, "History in other states", "Voorgeschiedenis in andere lidstaten", "Event", "Gebeurtenis"),
        ] {
            out.append("<fieldset id=\"g-\(list)\"><legend>\(w.t(en, nl))</legend>")
            out.append("<p class=\"help\">\(w.t("Fill in one block per person or event; leave the others empty.", "Vul één blok per persoon of gebeurtenis in; laat de andere leeg."))</p>")
            let rows = min(rowCount(list, form) + IntakeFields.blankRows, IntakeFields.maxRows)
            for i in 0..<rows {
                out.append("<fieldset class=\"row\" id=\"\(list)-\(i)\"><legend>\(w.t(rowEN, rowNL)) \(i + 1)</legend>")
                for f in fields { out.append(field(f, name: "\(list).\(i).\(f.key)", form: form, errors: errors, w: w)) }
                out.append("</fieldset>")
            }
            out.append("</fieldset>")
        }
        out.append("<fieldset id=\"g-findings\"><legend>\(w.t("Findings", "Bevindingen"))</legend>")
        out.append("<p class=\"help\">\(w.t("An authority's or a caseworker's conclusion. Leave \"unknown\" where nobody has decided yet: the assessment then shows what each answer would change.", "Een conclusie van een autoriteit of behandelaar. Laat \"onbekend\" staan waar nog niemand heeft beslist: de beoordeling laat dan zien wat elk antwoord verandert."))</p>")
        for id in FindingID.allCases { out.append(finding(id, form: form, errors: errors, w: w)) }
        out.append("</fieldset>")
        out.append("<div class=\"actions\"><button type=\"submit\" name=\"action\" value=\"assess\" id=\"assess\">\(w.t("Assess", "Beoordelen"))</button>")
        if target.canSave {
            let label = target.saveLabel.map { w.t($0.en, $0.nl) } ?? w.t("Assess and save to the register", "Beoordelen en opslaan in het register")
            out.append(" <button type=\"submit\" name=\"action\" value=\"save\" id=\"save\">\(label)</button>")
        } else if ctx.user == nil {
            out.append(" <span class=\"help\">\(w.t("Sign in as a caseworker to save cases.", "Meld u aan als behandelaar om zaken op te slaan."))</span>")
        }
        out.append("</div></form>")
        return out.joined()
    }

    static func fid(_ name: String) -> String { "f-" + name.replacingOccurrences(of: ".", with: "-") }

    static func errorMarkup(_ name: String, _ error: String?) -> Markup {
        guard let error else { return .empty }
        return "<p class=\"field-error\" id=\"e-\(fid(name))\">\(error)</p>"
    }

    static func describedBy(_ name: String, help: Bool, error: Bool) -> Markup {
        var ids: [String] = []
        if help { ids.append("h-" + fid(name)) }
        if error { ids.append("e-" + fid(name)) }
        return ids.isEmpty ? .empty : " aria-describedby=\"\(ids.joined(separator: " "))\"\(error ? Markup(trusted: " aria-invalid=\"true\"") : .empty)"
    }

    static func textInput(_ name: String, _ label: String, _ value: String, _ error: String?, maxLength: Int, help: String? = nil, extra: Markup = .empty) -> Markup {
        "<div class=\"field\(error != nil ? Markup(trusted: " invalid") : .empty)\"><label for=\"\(fid(name))\">\(label)</label><input type=\"text\" id=\"\(fid(name))\" name=\"\(name)\" value=\"\(value)\" maxlength=\"\(maxLength)\"\(extra)\(describedBy(name, help: help != nil, error: error != nil))>\(help.map { Markup("<p class=\"help\" id=\"h-\(fid(name))\">\($0)</p>") })\(errorMarkup(name, error))</div>"
    }

    static func dateInput(_ name: String, _ label: String, _ value: String, _ error: String?, help: String? = nil) -> Markup {
        "<div class=\"field\(error != nil ? Markup(trusted: " invalid") : .empty)\"><label for=\"\(fid(name))\">\(label)</label><input type=\"date\" id=\"\(fid(name))\" name=\"\(name)\" value=\"\(value)\" min=\"1900-01-01\" max=\"2100-12-31\"\(describedBy(name, help: help != nil, error: error != nil))>\(help.map { Markup("<p class=\"help\" id=\"h-\(fid(name))\">\($0)</p>") })\(errorMarkup(name, error))</div>"
    }

    static func field(_ f: Field, name: String, form: FormData, errors: [String: String], w: Words) -> Markup {
        let label = w.t(f.en, f.nl)
        let help = f.helpEN.map { w.t($0, f.helpNL ?? $0) }
        let error = errors[name]
        switch f.kind {
        case .date:
            return dateInput(name, label, form[name] ?? "", error, help: help)
        case .text(let n):
            return textInput(name, label, form[name] ?? "", error, maxLength: n, help: help)
        case .country:
            return textInput(name, label, form[name] ?? "", error, maxLength: 3, help: help,
                             extra: " pattern=\"[A-Za-z]{3}\" autocapitalize=\"characters\" class=\"code\"")
        case .choice(let options):
            let current = form[name] ?? ""
            var opts: [Markup] = ["<option value=\"\"\(current.isEmpty ? Markup(trusted: " selected") : .empty)>\(w.t("— not given —", "— niet opgegeven —"))</option>"]
            opts += options.map { o in "<option value=\"\(o.value)\"\(o.value == current ? Markup(trusted: " selected") : .empty)>\(w.t(o.en, o.nl))</option>" }
            return "<div class=\"field\(error != nil ? Markup(trusted: " invalid") : .empty)\"><label for=\"\(fid(name))\">\(label)</label><select id=\"\(fid(name))\" name=\"\(name)\"\(describedBy(name, help: help != nil, error: error != nil))>\(opts)</select>\(help.map { Markup("<p class=\"help\" id=\"h-\(fid(name))\">\($0)</p>") })\(errorMarkup(name, error))</div>"
        case .multi(let options):
            let chosen = Set(form.all(name))
            let boxes: [Markup] = options.enumerated().map { i, o in
                "<label class=\"check\"><input type=\"checkbox\" name=\"\(name)\" value=\"\(o.value)\" id=\"\(fid(name))-\(i)\"\(chosen.contains(o.value) ? Markup(trusted: " checked") : .empty)> \(w.t(o.en, o.nl))</label>"
            }
            return "<fieldset class=\"field multi\(error != nil ? Markup(trusted: " invalid") : .empty)\"><legend>\(label)</legend>\(boxes)\(errorMarkup(name, error))</fieldset>"
        case .tri:
            return tri(name, label, form[name], error: error, help: help, w: w)
        }
    }

    static func tri(_ name: String, _ label: String, _ current: String?, error: String?, help: String?, w: Words) -> Markup {
        let choices: [(String, String)] = [("yes", w.t("yes", "ja")), ("no", w.t("no", "nee")), ("unknown", w.t("unknown", "onbekend"))]
        let selected = current ?? "unknown"
        let radios: [Markup] = choices.map { v, l in
            "<label class=\"choice\"><input type=\"radio\" name=\"\(name)\" value=\"\(v)\" id=\"\(fid(name))-\(v)\"\(v == selected ? Markup(trusted: " checked") : .empty)> \(l)</label>"
        }
        return "<fieldset class=\"field tri\(error != nil ? Markup(trusted: " invalid") : .empty)\"\(describedBy(name, help: help != nil, error: error != nil))><legend>\(label)</legend>\(radios)\(help.map { Markup("<p class=\"help\" id=\"h-\(fid(name))\">\($0)</p>") })\(errorMarkup(name, error))</fieldset>"
    }

    static func finding(_ id: FindingID, form: FormData, errors: [String: String], w: Words) -> Markup {
        let name = id.factPath
        let q = FindingWords.question(id).text(w.lang)
        let h = IntakeFields.findingHelp(id)
        var extra: [Markup] = []
        if id == .firstCountryOfAsylum || id == .safeThirdCountry {
            extra.append(textInput(name + ".country", w.t("Which country (code)?", "Welk land (code)?"), form[name + ".country"] ?? "", errors[name + ".value"], maxLength: 3))
        }
        if id == .safeThirdCountry {
            let f = IntakeFields.Field(name + ".basis", "The link with that country", "De band met dat land", .choice(IntakeFields.stcBases))
            extra.append(field(f, name: name + ".basis", form: form, errors: errors, w: w))
        }
        for k in ["source", "on"] { if let v = form[name + "." + k] { extra.append("<input type=\"hidden\" name=\"\(name).\(k)\" value=\"\(v)\">") } }
        return tri(name, q, form[name], error: errors[name], help: w.t(h.en, h.nl), w: w) + extra.joined()
    }
}

extension IntakeForm {
    /// The form field a decoder error names (`$.family[0].relation` -> `family.0.relation`), if
    /// the form has that field; a finding's `value` is its yes-or-no field or its country.
    public static func fieldName(forErrorPath path: String) -> String? {
        var p = path.hasPrefix("$.") ? String(path.dropFirst(2)) : path
        p = p.replacingOccurrences(of: "[", with: ".").replacingOccurrences(of: "]", with: "")
        if p.hasPrefix("findings."), p.hasSuffix(".value") {
            let id = String(p.dropFirst("findings.".count).dropLast(".value".count))
            if id == FindingID.firstCountryOfAsylum.rawValue || id == FindingID.safeThirdCountry.rawValue { return "findings.\(id).value" }
            return "findings.\(id)"
        }
        if p == "id" || p == "asOf" { return p }
        if IntakeFields.groups.contains(where: { g in g.fields.contains { $0.key == p } }) { return p }
        if FindingID.allCases.contains(where: { $0.factPath == p }) || p == "findings.safeThirdCountry.basis" { return p }
        let parts = p.split(separator: ".")
        if parts.count == 3, let i = Int(parts[1]), i < IntakeFields.maxRows {
            let fields = parts[0] == "family" ? IntakeFields.familyFields : parts[0] == "history" ? IntakeFields.historyFields : []
            if fields.contains(where: { $0.key == parts[2] }) { return p }
        }
        return nil
    }
}
