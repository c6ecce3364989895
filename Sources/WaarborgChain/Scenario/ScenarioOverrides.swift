import WaarborgRules

/// Choices an analyst changes from the command line to answer a question with the same scenario
/// (the IND's order, the form of solidarity). Each replaces the scenario's assumption and says so
/// in the assumptions table and the hash, so a report never hides that it was changed.
extension Scenario {
    public mutating func override(priority: String?, solidarity: String?) throws(ScenarioError) {
        if let text = priority {
            let rule: PriorityRule
            let words: LocalizedText
            switch text {
            case "new-first": (rule, words) = (.newFirst, LocalizedText(en: "new applications first", nl: "nieuwe aanvragen eerst"))
            case "oldest-first": (rule, words) = (.oldestFirst, LocalizedText(en: "oldest application first", nl: "oudste aanvraag eerst"))
            default:
                guard text.hasPrefix("share:"), let x = Double(text.dropFirst(6)), (0...1).contains(x) else {
                    throw ScenarioError("--priority", "expected new-first, oldest-first or share:X with X from 0 to 1, found \"\(text)\"")
                }
                rule = .share(prePact: x)
                words = LocalizedText(en: "a share of \(ScenarioText.n(x * 100)) % to the pre-Pact backlog first",
                                      nl: "een deel van \(ScenarioText.n(x * 100, .nl)) % eerst voor de voorraad van vóór het Pact")
            }
            self.priority = Assumption(value: rule, source: "command line (--priority \(text))", note: "replaces the scenario's value: \(self.priority.source)")
            replaceRecord("priority", words, self.priority)
        }
        if let text = solidarity {
            guard let mode = SolidarityMode(rawValue: text) else { throw ScenarioError("--solidarity", "expected relocate or pay, found \"\(text)\"") }
            let words = mode == .pay ? LocalizedText(en: "financial contribution", nl: "financiële bijdrage") : LocalizedText(en: "relocation", nl: "relocatie")
            solidarityMode = Assumption(value: mode, source: "command line (--solidarity \(text))", note: "replaces the scenario's value: \(solidarityMode.source)")
            replaceRecord("solidarity.mode", words, solidarityMode)
        }
        if priority != nil || solidarity != nil {
            hash += "+" + [priority.map { "priority=\($0)" }, solidarity.map { "solidarity=\($0)" }].compactMap { $0 }.joined(separator: ",")
        }
    }

    private mutating func replaceRecord<T>(_ key: String, _ value: LocalizedText, _ a: Assumption<T>) {
        let record = AssumptionRecord(key: key, value: value, source: a.source, note: a.note)
        if let i = assumptions.firstIndex(where: { $0.key == key }) { assumptions[i] = record } else { assumptions.append(record) }
    }
}
