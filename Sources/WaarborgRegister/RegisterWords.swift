import WaarborgRules

/// The register's values in words, English and Dutch, for the CLI's text output and (later) the
/// web pages: a reader sees "closed" / "gesloten", never a raw value.
public enum RegisterWords {
    public static func status(_ s: CaseStatus) -> LocalizedText {
        switch s {
        case .open: .init(en: "open", nl: "open")
        case .closed: .init(en: "closed", nl: "gesloten")
        }
    }

    public static func role(_ r: Role) -> LocalizedText {
        switch r {
        case .reader: .init(en: "reader", nl: "lezer")
        case .caseworker: .init(en: "caseworker", nl: "behandelaar")
        case .admin: .init(en: "administrator", nl: "beheerder")
        }
    }

    /// A stored route value in words; an unknown value (a newer engine's) as it is.
    public static func route(_ raw: String) -> LocalizedText {
        Route(rawValue: raw).map(RouteWords.name) ?? .init(en: raw, nl: raw)
    }

    /// "in 4 days", "today", "2 days ago".
    public static func daysLeft(_ n: Int) -> LocalizedText {
        switch n {
        case 0: .init(en: "today", nl: "vandaag")
        case 1: .init(en: "tomorrow", nl: "morgen")
        case -1: .init(en: "yesterday", nl: "gisteren")
        case 2...: .init(en: "in \(n) days", nl: "over \(n) dagen")
        default: .init(en: "\(-n) days ago", nl: "\(-n) dagen geleden")
        }
    }

    /// Who must act, in words.
    public static func actor(_ raw: String) -> LocalizedText {
        switch DeadlineActor(rawValue: raw) {
        case .applicant?: .init(en: "applicant", nl: "aanvrager")
        case .authority?: .init(en: "authority", nl: "overheid")
        case .otherMemberState?: .init(en: "other member state", nl: "andere lidstaat")
        case .entitlement?: .init(en: "right begins", nl: "recht gaat in")
        case .event?: .init(en: "event", nl: "gebeurtenis")
        case nil: .init(en: raw, nl: raw)
        }
    }

    /// One audit entry as a sentence: what happened, with what changed.
    public static func audit(_ e: AuditEntry) -> LocalizedText {
        switch e.action {
        case .created:
            return .init(en: "case added", nl: "zaak toegevoegd")
        case .updated:
            let paths = FactsDiff.changedPaths(Array((e.before ?? "").utf8), Array((e.after ?? "").utf8))
            let list = paths.joined(separator: ", ")
            return paths.isEmpty ? .init(en: "facts rewritten (layout only)", nl: "feiten herschreven (alleen de opmaak)")
                                 : .init(en: "facts changed: \(list)", nl: "feiten gewijzigd: \(list)")
        case .closed: return .init(en: "case closed", nl: "zaak gesloten")
        case .reopened: return .init(en: "case reopened", nl: "zaak heropend")
        case .reassessed:
            let old = Receipt(e.before), new = Receipt(e.after)
            let why = LocalizedText(en: "reassessed because ", nl: "opnieuw beoordeeld omdat ")
                + (old.profileHash != new.profileHash
                    ? (old.datasets != new.datasets ? .init(en: "the profile and the datasets changed", nl: "het beleidsprofiel en de gegevensbestanden zijn gewijzigd")
                                                    : .init(en: "the profile changed", nl: "het beleidsprofiel is gewijzigd"))
                    : .init(en: "the datasets changed", nl: "de gegevensbestanden zijn gewijzigd"))
            let r1 = route(old.route), r2 = route(new.route)
            return why + (old.route == new.route ? .init(en: "; route unchanged: \(r2.en)", nl: "; route ongewijzigd: \(r2.nl)")
                                                 : .init(en: "; route: \(r1.en) → \(r2.en)", nl: "; route: \(r1.nl) → \(r2.nl)"))
        case .tokenCreated:
            let r = (e.after.flatMap(Role.init(rawValue:))).map(role) ?? .init(en: e.after ?? "", nl: e.after ?? "")
            return .init(en: "token \"\(e.subject ?? "")\" created, role: \(r.en)", nl: "token \"\(e.subject ?? "")\" aangemaakt, rol: \(r.nl)")
        case .tokenRevoked:
            return .init(en: "token \"\(e.subject ?? "")\" revoked", nl: "token \"\(e.subject ?? "")\" ingetrokken")
        }
    }
}

/// The before and after of a `reassessed` entry: `profile H; datasets D; route R`.
struct Receipt: Equatable {
    var profileHash = "", datasets = "", route = ""

    init(profileHash: String, datasets: String, route: String) {
        self.profileHash = profileHash; self.datasets = datasets; self.route = route
    }

    init(_ text: String?) {
        for part in (text ?? "").components(separatedBy: "; ") {
            if part.hasPrefix("profile ") { profileHash = String(part.dropFirst(8)) }
            if part.hasPrefix("datasets ") { datasets = String(part.dropFirst(9)) }
            if part.hasPrefix("route ") { route = String(part.dropFirst(6)) }
        }
    }

    var text: String { "profile \(profileHash); datasets \(datasets); route \(route)" }
}
