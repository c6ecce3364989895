import WaarborgJSON

/// Values of an open fact's branches in plain words.
enum ReportWords {
    static func value(_ path: String, _ v: JSONValue, _ lang: Language) -> String {
        let nl = lang == .nl
        let shown: String
        switch v {
        case .null: shown = nl ? "geen" : "none"
        case .string(let s): shown = path == "procedure.route" ? Vocabulary.term(s, lang) : s
        default: shown = v.preview
        }
        let name: String
        switch path {
        case "procedure.route": name = nl ? "route" : "route"
        case "responsibility.memberState": name = nl ? "verantwoordelijke lidstaat" : "member state responsible"
        case "procedure.decisionDeadline": name = nl ? "beslissing uiterlijk" : "decision due"
        case "responsibility.request.deadline": name = nl ? "verzoek uiterlijk" : "request due"
        case "reception.labourMarketFrom": name = nl ? "werken vanaf" : "work from"
        case "appeal.lodgeWithinDays": name = nl ? "beroepstermijn (dagen)" : "days to appeal"
        default: name = path
        }
        return "\(name) \(shown)"
    }
}
