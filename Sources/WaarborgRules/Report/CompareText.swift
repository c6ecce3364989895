import Foundation
import LegalCalendar
import WaarborgJSON
import WaarborgRules

/// `waarborg compare --format text`: the differences as a table an analyst can read, each change
/// once, with the rules and policy parameters behind it. It reads only the public face of
/// `Comparison` (`profiles`, `assessments` through `encode`, `differences[].path/.values/.rules/
/// .parameters`) and the parameter meanings of `ParameterCatalog`.
///
/// The reader meets no identifier: a rule by its title (`RuleTitles`), a parameter by its meaning,
/// a value in words (`ValueWords`, `ParameterWords`), an open fact by its question and the values
/// it decides. The JSON keeps the identifiers.
///
/// From the differences to the rows:
/// - a text in two languages (`….en`, `….nl`) is shown once, in the chosen language;
/// - explanatory texts (`note`, `because`, `summary`, `label`) and what-if `branches` are left out
///   where another row covers the same section, since they restate it;
/// - a `status` next to other rows of the same item is left out: the parameter lines give the
///   legal status of every value;
/// - an item that exists under some profiles only (a ground, a timeline entry, an open fact)
///   becomes one row, "—" where it is absent;
/// - the rules and parameters behind a run of rows are printed once, under the run.
public struct CompareText: Sendable {
    public let comparison: Comparison
    public let lang: Language
    public let width: Int

    public var nl: Bool { lang == .nl }
    public func t(_ en: String, _ nl: String) -> String { self.nl ? nl : en }

    public struct Row: Sendable {
        public var label: String
        public var values: [String]
        public var rules: [String]
        public var parameters: [(key: String, values: [String])]
    }

    /// One difference after the language is chosen: `path` without its `.en`/`.nl`.
    struct Item {
        let path: String
        let values: [JSONValue]
        let rules: [String]
        let parameters: [(key: String, values: [String])]
        var section: String { String(path.prefix { $0 != "." && $0 != "[" }) }
        var last: String { Self.components(path).last ?? path }
        var parent: String {
            guard let i = path.lastIndex(of: ".") else { return "" }
            return String(path[..<i])
        }
        static func components(_ path: String) -> [String] {
            // "a.b[k.x].c" -> ["a", "b[k.x]", "c"]: dots inside brackets do not split.
            var out: [String] = [], cur = "", depth = 0
            for ch in path {
                if ch == "[" { depth += 1 } else if ch == "]" { depth -= 1 }
                if ch == "." && depth == 0 { out.append(cur); cur = "" } else { cur.append(ch) }
            }
            out.append(cur)
            return out
        }
    }

    static let textFields: Set<String> = ["note", "because", "summary", "label", "branches", "question"]

    func items() -> [Item] {
        let diffs = comparison.differences
        let paths = Set(diffs.map(\.path))
        var out: [Item] = []
        let mine = "." + lang.rawValue
        let other = nl ? ".en" : ".nl"
        for d in diffs {
            var path = d.path
            if path.hasSuffix(mine) {
                path.removeLast(3)
            } else if path.hasSuffix(other) {
                let base = String(path.dropLast(3))
                // The twin in the chosen language differs too: show that one only.
                if paths.contains(base + mine) { continue }
                path = base
            }
            out.append(Item(path: path, values: d.values, rules: d.rules, parameters: d.parameters))
        }
        // Explanatory texts only where nothing else covers their section.
        let covering = Set(out.filter { !Self.textFields.contains($0.last) }.map(\.section))
        out = out.filter { !Self.textFields.contains($0.last) || !covering.contains($0.section) }
        // A legal status beside other rows of the same item.
        out = out.filter { item in
            guard item.last == "status", !item.parent.isEmpty else { return true }
            return !out.contains { $0.path != item.path && $0.parent == item.parent }
        }
        // A list shown as a whole under one profile ([]) and item by item under another.
        out = out.filter { item in
            let itemized = out.contains { $0.path.hasPrefix(item.path + "[") }
            return !(itemized && item.values.allSatisfy { v in
                if case .null = v { return true }
                if case .array(let a) = v { return a.isEmpty }
                return false
            })
        }
        return out
    }

    /// The keyed element a path lies in (`procedure.grounds[APR-42-1-j]`), if any.
    static func element(_ path: String) -> String? {
        guard let close = path.firstIndex(of: "]") else { return nil }
        let head = String(path[...close])
        return head.contains("[") ? head : nil
    }

    public func rows() -> [Row] {
        let items = self.items()
        var rows: [Row] = []
        var done = Set<String>()
        for item in items where !done.contains(item.path) {
            // An element that is absent under some profiles: one row for the whole element.
            if let el = Self.element(item.path) {
                let group = items.filter { Self.element($0.path) == el }
                let absent = group.map { g in g.values.map { if case .null = $0 { return true } else { return false } } }
                if group.count > 1, let first = absent.first, first.contains(true), absent.allSatisfy({ $0 == first }) {
                    for g in group { done.insert(g.path) }
                    let values = (0..<comparison.profiles.count).map { i in first[i] ? "—" : summary(of: group, at: i, element: el) }
                    rows.append(Row(label: label(el), values: values, rules: unique(group.flatMap(\.rules)),
                                    parameters: mergeParameters(group.map(\.parameters))))
                    continue
                }
            }
            done.insert(item.path)
            rows.append(Row(label: label(item.path), values: item.values.map { render($0, at: item.path) },
                            rules: item.rules, parameters: relevant(item.parameters, to: item.path)))
        }
        return rows
    }

    public func unique(_ xs: [String]) -> [String] {
        var seen = Set<String>()
        return xs.filter { seen.insert($0).inserted }
    }

    public func mergeParameters(_ lists: [[(key: String, values: [String])]]) -> [(key: String, values: [String])] {
        var seen = Set<String>()
        return lists.flatMap { $0 }.filter { seen.insert($0.key).inserted }
    }

    /// An element present under profile `i`: its date if it has one, else its fields in short.
    func summary(of group: [Item], at i: Int, element: String) -> String {
        func field(_ name: String) -> Item? { group.first { $0.path == element + "." + name } }
        if let date = field("date") {
            var s = render(date.values[i], at: date.path)
            if let p = field("projected"), case .bool(true) = p.values[i] { s += t(" (latest lawful date)", " (uiterste wettige datum)") }
            return s
        }
        let key = element[element.index(after: element.lastIndex(of: "[")!)...].dropLast()
        return group.compactMap { g -> String? in
            let name = String(g.path.dropFirst(element.count + 1))
            // The field that holds the element's own key (id, stage, fact) says nothing new.
            if case .string(let s) = g.values[i], s == key { return nil }
            return word(name) + ": " + render(g.values[i], at: g.path)
        }.joined(separator: "; ")
    }

    // MARK: Parameters

    /// The parameters that name what the path is about, when some do (`ifGranted.refugee.permitYears`
    /// ↔ `granted.refugee.permitYears`); all of them otherwise.
    func relevant(_ params: [(key: String, values: [String])], to path: String) -> [(key: String, values: [String])] {
        guard params.count > 1 else { return params }
        let words = Set(Self.words(path))
        let scores = params.map { p in Set(Self.words(p.key)).intersection(words).count }
        guard let best = scores.max(), best > 0, scores.filter({ $0 == best }).count < params.count else { return params }
        return zip(params, scores).filter { $0.1 == best }.map(\.0)
    }

    /// Lower-case words of a path or key: camelCase, dots, brackets and dashes split.
    static func words(_ s: String) -> [String] {
        var out: [String] = [], cur = ""
        for ch in s {
            if ch.isUppercase { if !cur.isEmpty { out.append(cur) }; cur = String(ch).lowercased() }
            else if ch.isLetter || ch.isNumber { cur.append(ch) }
            else { if !cur.isEmpty { out.append(cur) }; cur = "" }
        }
        if !cur.isEmpty { out.append(cur) }
        return out
    }

    // MARK: Values

    /// A value in words. `path` says what it is: the values an open fact decides are paths, and a
    /// naturalisation period that is absent is one the profile leaves to national law.
    func render(_ v: JSONValue, at path: String = "") -> String {
        switch v {
        case .null: return path == "ifGranted.naturalisationAfterYears" ? ParameterWords.noPactRule.text(lang) : "—"
        case .bool(let b): return b ? t("yes", "ja") : t("no", "nee")
        case .number(let x): return x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
        // "regular" is a route's word too: reception has its own names.
        case .string(let s) where path == "reception.kind" || path == "reception.afterTransferDecision": return ReportWords.receptionKind(s, lang)
        // Whether the assessment is complete, in the words of the report's header.
        case .string(let s) where path == "status": return s == "determined" ? t("complete", "volledig") : t("incomplete (open questions)", "onvolledig (open vragen)")
        case .string(let s):
            if let d = CalendarDate(iso: s) { return d.words(lang) }
            return ValueWords.readable(s, lang) ?? s
        case .array(let items):
            if items.isEmpty { return t("none", "geen") }
            if path.hasPrefix("openFacts[") {
                return items.map { if case .string(let p) = $0 { return decided(p) } else { return render($0) } }.joined(separator: ", ")
            }
            // Family members as the parameter line lists them: in the catalogue's order, side by side.
            if path.hasSuffix("familyReunification.members") {
                let raw = items.compactMap { if case .string(let s) = $0 { return s } else { return nil } }
                return ParameterWords.value(.grantedFamilyReunificationMembers, .set(raw), lang)
            }
            let texts = items.map { render($0) }
            // Sentences one to a line; ids and dates side by side.
            if texts.contains(where: { $0.contains(" ") }) { return texts.map { "· " + $0 }.joined(separator: "\n") }
            return texts.joined(separator: ", ")
        case .object(let members):
            if let text = v[lang.rawValue], case .string(let s) = text, members.count == 2, v[nl ? "en" : "nl"] != nil { return s }
            return members.map { word($0.0) + ": " + render($0.1, at: path + "." + $0.0) }.joined(separator: "; ")
        }
    }

    // MARK: Labels

    static let sections: [String: (en: String, nl: String)] = [
        "status": ("Assessment", "Beoordeling"), "regime": ("Regime", "Regime"), "openFacts": ("Open fact", "Open feit"),
        "screening": ("Screening", "Screening"), "responsibility": ("Responsibility", "Verantwoordelijkheid"),
        "procedure": ("Procedure", "Procedure"), "detention": ("Detention", "Bewaring"), "reception": ("Reception", "Opvang"),
        "legalAid": ("Legal aid", "Rechtshulp"), "appeal": ("Appeal", "Beroep"), "ifGranted": ("If granted", "Bij inwilliging"),
        "timeline": ("Timeline", "Tijdlijn"), "deadlines": ("Deadline", "Termijn"), "asOf": ("Reference day", "Peildatum"),
    ]

    static let fields: [String: (en: String, nl: String)] = [
        "route": ("route", "route"), "possibleRoutes": ("possible routes", "mogelijke routes"), "grounds": ("grounds", "gronden"),
        "intentionToReject": ("intention to reject before a rejection", "voornemen vóór een afwijzing"),
        "decisionDeadline": ("decision deadline", "beslistermijn"), "ref": ("legal basis", "grondslag"),
        "determined": ("determined", "bepaald"), "note": ("note", "toelichting"), "because": ("because", "omdat"),
        "safeguards": ("safeguards", "waarborgen"), "permitted": ("permitted", "toegestaan"), "facility": ("facility", "locatie"),
        "kind": ("kind", "soort"), "labourMarketFrom": ("labour market from", "arbeidsmarkt vanaf"),
        "schoolingBy": ("schooling by", "onderwijs uiterlijk"), "specialNeedsAssessmentBy": ("special needs assessed by", "bijzondere behoeften beoordeeld uiterlijk"),
        "languageCourses": ("language courses", "taallessen"), "form": ("form", "vorm"), "status": ("legal status", "juridische status"),
        "lodgeWithinDays": ("days to appeal", "beroepstermijn (dagen)"), "suspensive": ("suspensive effect", "schorsende werking"),
        "refugee": ("refugee", "vluchteling"), "subsidiary": ("subsidiary protection", "subsidiaire bescherming"),
        "permitYears": ("permit (years)", "vergunning (jaren)"), "renewalYears": ("renewal (years)", "verlenging (jaren)"),
        "familyReunification": ("family reunification", "gezinshereniging"), "members": ("who may join", "wie zich mag voegen"),
        "waitYears": ("waiting period (years)", "wachttijd (jaren)"), "incomeAndHousing": ("income and housing required", "inkomens- en huisvestingseis"),
        "conditionFreeMonths": ("months without conditions", "maanden zonder voorwaarden"), "summary": ("summary", "samenvatting"),
        "naturalisationAfterYears": ("naturalisation after (years)", "naturalisatie na (jaren)"), "mayFollow": ("may follow", "mag volgen"),
        "date": ("date", "datum"), "label": ("label", "omschrijving"), "projected": ("latest lawful date", "uiterste wettige datum"),
        "actor": ("who acts", "wie handelt"), "hardLimit": ("hard limit", "harde termijn"), "state": ("state", "stand"),
        "memberState": ("member state", "lidstaat"), "criterion": ("criterion", "criterium"), "request": ("request", "verzoek"),
        "deadline": ("deadline", "termijn"), "replyBy": ("reply by", "antwoord uiterlijk"), "transferBy": ("transfer by", "overdracht uiterlijk"),
        "deadlineIfEurodacOrVisHit": ("deadline after a Eurodac or VIS hit", "termijn na een Eurodac- of VIS-treffer"),
        "basedOnHit": ("based on a database hit", "op grond van een treffer"), "applies": ("applies", "van toepassing"),
        "endsBy": ("ends by", "eindigt uiterlijk"), "decides": ("decides", "beslist over"), "branches": ("if answered", "bij antwoord"),
        "mandatory": ("mandatory", "verplicht"), "ifMissed": ("if missed", "bij overschrijding"), "daysLeft": ("days left", "dagen over"),
        "daysAgo": ("days ago", "dagen geleden"), "on": ("on", "op"), "fact": ("fact", "feit"), "id": ("id", "id"),
    ]

    /// A timeline entry or deadline by its id; the switches are exhaustive, so a new entry
    /// cannot reach the table without words.
    static func entry(_ key: String) -> (en: String, nl: String)? {
        if let id = TimelineID(rawValue: key) {
            switch id {
            case .screeningEnd: return ("screening ends", "einde screening")
            case .registration: return ("registration due", "uiterste datum registratie")
            case .lodging: return ("lodging due", "uiterste datum indiening")
            case .representative: return ("representative to be appointed by", "uiterste datum aanstelling vertegenwoordiger")
            case .takeChargeRequest: return ("take-charge request due", "uiterste datum overnameverzoek")
            case .takeBackNotification: return ("take-back notification due", "uiterste datum terugnamekennisgeving")
            case .admissibilityDecision: return ("admissibility decision due", "uiterste datum ontvankelijkheidsbeslissing")
            case .decision: return ("decision due", "uiterste beslisdatum")
            case .borderProcedureEnd: return ("border procedure ends", "einde grensprocedure")
            case .schooling: return ("schooling by", "onderwijs uiterlijk")
            case .labourMarket: return ("labour-market access", "toegang tot de arbeidsmarkt")
            }
        }
        if let id = DeadlineID(rawValue: key) {
            switch id {
            case .requestAfterHit: return ("request after a database hit", "verzoek na een treffer")
            case .requestReply: return ("reply to the request", "antwoord op het verzoek")
            case .transfer: return ("transfer", "overdracht")
            case .decisionExtended: return ("decision, extended", "beslissing, verlengd")
            case .decisionGeneralExtension: return ("decision, general extension", "beslissing, algemene verlenging")
            case .decisionOuterLimit: return ("decision, outer limit", "beslissing, uiterste grens")
            case .decisionIfNotTransferred: return ("decision if not transferred in time", "uiterste beslisdatum als niet op tijd is overgedragen")
            case .admissibilityDecisionExtended: return ("admissibility decision if extended", "ontvankelijkheidsbeslissing bij verlenging")
            case .turnsEighteen: return ("the applicant turns 18", "de aanvrager wordt 18")
            case .borderProcedureExtended: return ("border procedure ends, extended", "einde grensprocedure, verlengd")
            }
        }
        return nil
    }

    /// What an open fact decides, by the assessment path of each value.
    static let decidedValues: [String: (en: String, nl: String)] = [
        "procedure.route": ("route", "route"), "procedure.grounds": ("grounds", "gronden"),
        "procedure.decisionDeadline": ("decision deadline", "beslistermijn"),
        "responsibility.memberState": ("member state responsible", "verantwoordelijke lidstaat"),
        "responsibility.request.deadline": ("deadline of the Dublin request", "termijn voor het Dublinverzoek"),
        "screening.endsBy": ("end of screening", "einde van de screening"), "reception.kind": ("kind of reception", "soort opvang"),
        "reception.labourMarketFrom": ("access to the labour market", "toegang tot de arbeidsmarkt"),
        "appeal.lodgeWithinDays": ("time to appeal", "beroepstermijn"), "appeal.suspensive": ("suspensive effect", "schorsende werking"),
        "detention.permitted": ("detention", "bewaring"),
        "responsibility.request.deadlineIfEurodacOrVisHit": ("request due if it rests on a database hit", "uiterste datum verzoek bij een treffer"),
    ]

    func decided(_ path: String) -> String {
        if let w = Self.decidedValues[path] { return nl ? w.nl : w.en }
        return label(path)
    }

    func word(_ key: String) -> String {
        if let w = Self.fields[key] { return nl ? w.nl : w.en }
        return Self.words(key).joined(separator: " ")
    }

    /// The question an open fact asks, from the first assessment that lists it.
    func question(_ fact: String) -> String? {
        for a in assessmentJSON {
            guard case .array(let facts)? = a["openFacts"] else { continue }
            for f in facts {
                if case .string(fact)? = f["fact"], case .string(let q)? = f["note"]?[lang.rawValue] { return q }
            }
        }
        return nil
    }

    /// The assessments as JSON (through the comparison's own encoding).
    let assessmentJSON: [JSONValue]

    public init(_ comparison: Comparison, lang: Language, width: Int = 100) {
        self.comparison = comparison
        self.lang = lang
        self.width = width
        if case .array(let a)? = (try? JSONParser.parse(comparison.encode(pretty: false)))?["assessments"] { assessmentJSON = a } else { assessmentJSON = [] }
    }

    /// Rows whose words, put together from their parts, would mislead ("Opvang: arbeidsmarkt").
    static let wholeLabels: [String: (en: String, nl: String)] = [
        "reception.labourMarketFrom": ("Work: access from", "Werk: toegang vanaf"),
        "detention.determined": ("Detention: outcome settled", "Bewaring: uitkomst vastgesteld"),
        "status.determined": ("Assessment complete", "Beoordeling volledig"),
    ]

    func label(_ path: String) -> String {
        if let whole = Self.wholeLabels[path] { return nl ? whole.nl : whole.en }
        let parts = Item.components(path)
        var out: [String] = []
        for (n, part) in parts.enumerated() {
            var name = part, key: String? = nil
            if let open = part.firstIndex(of: "["), part.hasSuffix("]") {
                name = String(part[..<open])
                key = String(part[part.index(after: open)..<part.index(before: part.endIndex)])
            }
            var text: String
            if n == 0, let s = Self.sections[name] { text = nl ? s.nl : s.en } else { text = word(name) }
            if let key {
                switch name {
                case "legalAid": text += ", " + (ValueWords.readable(key, lang) ?? key)
                case "timeline", "deadlines": text += ": " + (Self.entry(key).map { nl ? $0.nl : $0.en } ?? word(key))
                case "openFacts": text += ": " + (question(key) ?? t("a fact not given", "een niet opgegeven feit")) + t(" — decides:", " — beslist over:")
                case "grounds":
                    text = t("ground: ", "grond: ") + (GroundID(rawValue: key).map { $0.name.text(lang) + " [" + ParameterWords.ref($0.ref, lang) + "]" } ?? word(key))
                case "family":
                    // `ifGranted.family[family[1]]`: the member, counted from 1.
                    if let i = Int(key.filter(\.isNumber)) { text = t("family member \(i + 1)", "gezinslid \(i + 1)") } else { text += " " + key }
                default: text += " " + word(key)
                }
            }
            out.append(text)
        }
        // A timeline entry is its date: "Timeline: labour-market access", not "…: date".
        if out.count == 2, ["timeline", "deadlines"].contains(where: { parts[0].hasPrefix($0 + "[") }), parts[1] == "date" { out.removeLast() }
        guard let head = out.first else { return path }
        return out.count == 1 ? head : head + ": " + out.dropFirst().joined(separator: ", ")
    }

    public var caseID: String {
        if case .string(let id)? = assessmentJSON.first?["case"] { return id }
        return "?"
    }

    /// A rule's title for the reader.
    public func ruleTitle(_ rule: String) -> String { RuleTitles.title(rule)?.text(lang) ?? word(rule) }

    /// What a policy parameter means, for the reader.
    public func parameterMeaning(_ key: String) -> String {
        ParameterCatalog.byKey[key].map { nl ? $0.meaning.nl : $0.meaning.en } ?? word(key)
    }

    /// A parameter's value under one profile, in words, with its legal status.
    public func parameterValue(_ key: String, _ value: String) -> String {
        StatusText.valueWithStatus(value, lang) { ParameterWords.value(key: key, described: $0, lang) }
    }
}
