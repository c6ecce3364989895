import LegalCalendar
import WaarborgJSON

/// Open facts' answers and the values they decide, in plain words: no enum value, path or
/// `null` reaches the reader.
public enum ReportWords {
    /// A family member named by relation, as the outlook of a grant lists them.
    static func familyMember(_ relation: String, _ lang: Language) -> String {
        let nl = lang == .nl
        switch relation {
        case "spouse": return nl ? "Echtgenoot of geregistreerd partner" : "Spouse or registered partner"
        case "unmarried-partner": return nl ? "Ongehuwde partner" : "Unmarried partner"
        case "minor-child": return nl ? "Minderjarig kind" : "Minor child"
        case "adult-dependent-child": return nl ? "Meerderjarig kind" : "Adult child"
        case "child": return nl ? "Kind" : "Child"
        case "parents-of-minor": return nl ? "Ouder" : "Parent"
        case "sibling": return nl ? "Broer of zus" : "Brother or sister"
        default: return nl ? "Verwant" : "Relative"
        }
    }

    /// A form of legal aid; counselling by the authority names the body the profile designates.
    static func legalAidForm(_ form: LegalAidForm, _ bodies: AuthorityNames, _ lang: Language) -> String {
        guard form == .counsellingByAuthority else { return Vocabulary.term(form.rawValue, lang) }
        let body = bodies.name(.determining).text(lang)
        return lang == .nl ? "juridische counseling door \(body) (niet onafhankelijk)" : "legal counselling by \(body) (not independent)"
    }

    /// Reception kinds: "regular" is the route's word too, so reception gets its own names.
    public static func receptionKind(_ k: String, _ lang: Language) -> String {
        let nl = lang == .nl
        switch k {
        case "regular": return nl ? "volledige opvang" : "full reception"
        case "dublin-minimum": return nl ? "sobere opvang: alleen de levensstandaard die het Unierecht vereist (basisbehoeften, zorg, onderwijs voor kinderen; het Dublinminimum van art. 21 Opvangrichtlijn)" : "basic reception: only the standard of living Union law requires (basic needs, health care, schooling for children; the Dublin minimum of RCD Art 21)"
        default: return Vocabulary.term(k, lang)
        }
    }

    /// The answer a branch stands for ("If a Eurodac hit", "Zo nee").
    static func answer(_ v: JSONValue, _ lang: Language) -> String {
        let nl = lang == .nl
        switch v {
        case .bool(true): return nl ? "Zo ja" : "If yes"
        case .bool(false): return nl ? "Zo nee" : "If no"
        case .string(let s):
            switch s {
            case "eurodac": return nl ? "Bij een Eurodac-treffer" : "If a Eurodac hit"
            case "vis": return nl ? "Bij een VIS-treffer" : "If a VIS hit"
            case "none": return nl ? "Zonder treffer" : "Without a hit"
            case "not given": return nl ? "Zolang dit niet bekend is" : "Until this is known"
            case "under 18": return nl ? "Als jonger dan 18" : "If under 18"
            case "18 or over": return nl ? "Als 18 of ouder" : "If 18 or over"
            case _ where CalendarDate(iso: s) != nil: return nl ? "Als op \(s)" : "If on \(s)"
            default:
                if s.hasPrefix("recent ("), nl { return "Als recent " + s.dropFirst("recent ".count) }
                if s.hasPrefix("long ago ("), nl { return "Als lang geleden " + s.dropFirst("long ago ".count) }
                if let w = ValueWords.readable(s, lang) { return (nl ? "Als " : "If ") + w }
                return (nl ? "Als " : "If ") + s
            }
        default: return (nl ? "Als " : "If ") + v.preview
        }
    }

    /// Said after an answer that leaves the route undecided: the branch lists only what changes, and
    /// a reader would otherwise take the answer to settle the route.
    static func routeStaysOpen(_ lang: Language) -> String {
        lang == .nl ? "de route blijft open (andere open vragen beslissen erover)" : "the route stays open (other open questions decide it)"
    }

    /// The values one answer gives, read together: on the border route the date is the end of the
    /// whole border procedure, appeal included (APR Art 51(2)), and once it has passed neither the
    /// border location nor detention for the border procedure can continue, so the branch says so
    /// rather than "detention permitted".
    static func branch(_ then: [(path: String, value: JSONValue)], route fallback: Route, _ lang: Language, asOf: CalendarDate?) -> [String] {
        let nl = lang == .nl
        var route = fallback
        if case .string(let r)? = then.first(where: { $0.path == "procedure.route" })?.value, let known = Route(rawValue: r) { route = known }
        var borderEnded = false
        if route == .border, let asOf, case .string(let iso)? = then.first(where: { $0.path == "procedure.decisionDeadline" })?.value,
           let end = CalendarDate(iso: iso), end < asOf { borderEnded = true }
        // The hit's shorter date means nothing on its own: it goes with the request, right after it.
        let hitPath = "responsibility.request.deadlineIfEurodacOrVisHit"
        var ordered = then.filter { $0.path != hitPath }
        if let hit = then.first(where: { $0.path == hitPath }), hit.value != .null {
            let at = ordered.firstIndex { $0.path == "responsibility.request.deadline" }.map { $0 + 1 } ?? ordered.count
            ordered.insert(hit, at: at)
        }
        return ordered.map { item in
            switch item.path {
            case "procedure.decisionDeadline" where route == .border:
                guard case .string(let iso) = item.value, let d = CalendarDate(iso: iso) else { break }
                return (nl ? "grensprocedure (beroep inbegrepen) eindigt uiterlijk " : "border procedure (appeal included) ends by ") + d.words(lang)
                    + (borderEnded ? (nl ? " (verstreken: de aanvrager moet tot het grondgebied worden toegelaten, art. 51 lid 2 Procedureverordening)"
                                         : " (passed: the applicant must be allowed to enter the territory, APR Art 51(2))") : "")
            case "detention.permitted" where borderEnded && item.value == .bool(true):
                return nl ? "bewaring voor de grensprocedure niet meer (die termijn is verstreken)" : "no more detention for the border procedure (its period has passed)"
            case "reception.kind" where borderEnded:
                return nl ? "opvang: niet meer op de grenslocatie (de grensprocedure is verstreken)" : "reception: no longer at the border location (the border procedure has passed)"
            default: break
            }
            return value(item.path, item.value, lang, asOf: asOf)
        }
    }

    static func value(_ path: String, _ v: JSONValue, _ lang: Language, asOf: CalendarDate? = nil) -> String {
        let nl = lang == .nl
        if case .null = v {
            switch path {
            case "responsibility.memberState": return nl ? "verantwoordelijke lidstaat nog niet te bepalen" : "member state responsible not yet determined"
            case "responsibility.request.deadline": return nl ? "geen Dublinclaim (Nederland behandelt de aanvraag)" : "no request to another state (the Netherlands examines the application)"
            case "reception.labourMarketFrom": return nl ? "geen toegang tot de arbeidsmarkt in Nederland" : "no labour-market access in the Netherlands"
            case "procedure.decisionDeadline": return nl ? "geen beslistermijn in Nederland" : "no decision period in the Netherlands"
            default: return nl ? "geen" : "none"
            }
        }
        if path == "reception.labourMarketFrom", v == .string("undetermined") {
            return nl ? "werken: nog niet te bepalen (hangt af van andere open vragen)" : "work: not yet determined (it depends on other open questions)"
        }
        var shown: String
        switch v {
        case .string(let s):
            if path == "procedure.route" { shown = Vocabulary.term(s, lang) }
            else if path == "procedure.grounds" || path == "reception.kind" || path == "appeal.suspensive" { shown = s }
            else if let d = CalendarDate(iso: s) {
                shown = d.words(lang)
                // A right that has started is in effect, not passed.
                if let asOf, d == asOf, path != "reception.labourMarketFrom" { shown += nl ? " (vandaag)" : " (today)" }
                if let asOf, d < asOf { shown += path == "reception.labourMarketFrom" ? (nl ? " (al ingegaan)" : " (already in effect)") : (nl ? " (verstreken)" : " (passed)") }
            } else { shown = s }
        default: shown = v.preview
        }
        switch path {
        case "procedure.route": return (nl ? "route " : "route ") + shown
        case "responsibility.memberState": return (nl ? "verantwoordelijke lidstaat " : "member state responsible ") + shown
        case "procedure.decisionDeadline": return (nl ? "beslissing uiterlijk " : "decision due ") + shown
        case "responsibility.request.deadline": return (nl ? "verzoek uiterlijk " : "request due ") + shown
        case "responsibility.request.deadlineIfEurodacOrVisHit":
            return (nl ? "of, als het verzoek op een Eurodac- of VIS-treffer berust (de zaak zegt niet of er een was), uiterlijk " : "or, if the request rests on a Eurodac or VIS hit (the case does not say whether there was one), by ") + shown
        case "reception.labourMarketFrom": return (nl ? "werken vanaf " : "work from ") + shown
        case "appeal.lodgeWithinDays": return nl ? "beroepstermijn \(shown) dagen" : "appeal within \(shown) days"
        case "appeal.suspensive":
            if case .string(let s) = v { return (nl ? "schorsende werking: " : "suspensive effect: ") + Vocabulary.term(s, lang) }
            return shown
        case "reception.kind":
            if case .string(let s) = v { return (nl ? "opvang: " : "reception: ") + receptionKind(s, lang) }
            return shown
        case "detention.permitted":
            if case .bool(let b) = v { return nl ? (b ? "bewaring toegestaan" : "geen bewaring") : (b ? "detention permitted" : "no detention") }
            return shown
        case "screening.endsBy": return (nl ? "screening eindigt uiterlijk " : "screening ends by ") + shown
        case "procedure.grounds":
            if case .string(let s) = v {
                let names = s.split(separator: ",").compactMap { GroundID(rawValue: String($0))?.name.text(lang) }
                return (nl ? "gronden: " : "grounds: ") + (names.isEmpty ? (nl ? "geen" : "none") : names.joined(separator: "; "))
            }
            return shown
        default: return shown
        }
    }
}
