import Foundation
import Testing
import WaarborgRules

/// `compare --format text` and `profiles show` are read by counsellors, not programmers: every
/// value a profile holds has words in English and Dutch, and the text names no rule id, parameter
/// key or enumeration value (the JSON keeps those).
@Suite("Plain words in compare and profiles show")
struct PlainWordsTests {
    static let engine = try! Engine.load()
    static let profileIDs = engine.profiles.keys.sorted()
    static let cases = try! FileManager.default.contentsOfDirectory(atPath: CLI.examples.path).filter { $0.hasSuffix(".json") }.sorted()

    /// Words for `raw` in both languages, neither of them the identifier itself when it is one.
    func expectWords(_ w: LocalizedText?, for raw: String, _ place: String) {
        guard let w else { Issue.record("\(place): no words for \"\(raw)\""); return }
        #expect(!w.en.isEmpty && !w.nl.isEmpty, "\(place): \(raw)")
        if raw.contains("-") { #expect(w.en != raw && w.nl != raw, "\(place): \(raw) is shown as its identifier") }
    }

    func expectWords(_ key: ParameterKey, _ value: ParameterValue.Value, _ place: String) {
        switch value {
        case .choice(let raw): expectWords(ParameterWords.choice(key, raw), for: raw, place)
        case .set(let items): for raw in items { expectWords(ParameterWords.item(key, raw), for: raw, place) }
        case .text(let raw): expectWords(ParameterWords.text(raw), for: raw, place)
        case .integer(let n):
            // A count has its unit: "5 dagen", "3 jaar".
            let w = ParameterWords.count(key, n)
            #expect(w.en != String(n) && w.nl != String(n), "\(place): \(n) has no unit")
        case .fraction:
            for lang in Language.allCases { #expect(ParameterWords.value(key, value, lang).hasSuffix(" %"), "\(place)") }
        case .period, .date: break
        }
    }

    @Test("every choice value, list item, count and place in every embedded profile has an English and a Dutch word", arguments: profileIDs)
    func embeddedProfileValues(id: String) throws {
        let profile = try #require(Self.engine.profiles[id])
        for (k, v) in profile.parameters {
            let key = try #require(ParameterKey(rawValue: k))
            expectWords(key, v.value, "\(id) \(k)")
        }
    }

    @Test("every option the catalogue allows has words, so a profile of one's own reads in words too")
    func catalogueOptions() {
        for def in ParameterCatalog.all {
            switch def.kind {
            case .choice(let options): for o in options { expectWords(def.id, .choice(o), def.key) }
            case .set(let options): for o in options { expectWords(def.id, .set([o]), def.key) }
            case .integer(let r): expectWords(def.id, .integer(r.upperBound), def.key)
            default: break
            }
        }
    }

    @Test("every rule has a title in both languages")
    func ruleTitles() {
        for r in RuleID.all {
            let title = RuleTitles.title(r.text)
            #expect(title.map { !$0.en.isEmpty && !$0.nl.isEmpty && $0.en != r.text && $0.nl != r.text } == true, "\(r.text)")
        }
    }

    // MARK: No code in the text

    /// What a reader must not meet: rule ids, parameter keys, and the identifiers of enumeration
    /// values (choices, list items, grounds, timeline entries, statuses). Identifiers with a dash,
    /// colon, dot or capital are looked for anywhere; single words (Dutch only) as whole words, and
    /// not in the profile's own English sources and notes. A few ids are Dutch words as well, and
    /// English names a few things with the words a rule id is made of ("labour-market access").
    struct Identifiers {
        var dutch: [String] = []
        var english: [String] = []
        var words: Set<String> = []
    }

    static let identifiers: Identifiers = {
        let rules = Set(RuleID.all.map(\.text))
        var ids = rules.union(ParameterKey.allCases.map(\.rawValue)).union(GroundID.allCases.map(\.rawValue))
            .union(TimelineID.allCases.map(\.rawValue)).union(DeadlineID.allCases.map(\.rawValue)).union(LegalStatus.allCases.map(\.rawValue))
            .union(SafeCountryListID.allCases.map(\.rawValue))
            .union(["pre-pact", "on-request", "dublin-minimum", "border-facility", "family-facility", "unaccompanied-minor-facility", "other-member-state"])
        for def in ParameterCatalog.all {
            switch def.kind {
            case .choice(let o), .set(let o): ids.formUnion(o)
            default: break
            }
        }
        ids.subtract(["screening", "regime", "route"])
        let distinctive = ids.filter { $0.contains { "-:.".contains($0) || $0.isUppercase } }
        var out = Identifiers()
        out.dutch = distinctive.sorted()
        out.english = distinctive.filter { !(rules.contains($0) && !$0.contains(":")) }.sorted()
        out.words = ids.subtracting(distinctive)
        return out
    }()

    func expectNoCode(_ text: String, dutch: Bool, _ place: String) {
        for id in dutch ? Self.identifiers.dutch : Self.identifiers.english where text.contains(id) {
            Issue.record("\(place): contains \"\(id)\"")
        }
        for line in text.split(separator: "\n") {
            if line.contains("(Engels): ") || line.hasPrefix("    source: ") || line.hasPrefix("    note: ") { continue }
            // A JSON path such as procedure.route or reception.labourMarketFrom.
            if line.range(of: #"\b(procedure|reception|appeal|responsibility|screening|detention|ifGranted|legalAid|timeline|deadlines|openFacts|findings|applicant)[.\[][A-Za-z]"#,
                          options: .regularExpression) != nil {
                Issue.record("\(place): a path in \"\(line)\"")
            }
            guard dutch else { continue }
            let words = line.split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ",;()[]“”\"'.:")) }
            for w in words where Self.identifiers.words.contains(w) { Issue.record("\(place): \"\(w)\" in \"\(line)\"") }
        }
    }

    @Test("compare --format text names no rule id, parameter key or enumeration value", arguments: cases, Language.allCases)
    func compareText(file: String, lang: Language) throws {
        let r = try CLI.run(["compare", "--format", "text", "--lang", lang.rawValue, CLI.examples.appendingPathComponent(file).path],
                            environment: ["COLUMNS": "100"])
        #expect(r.status == 0, "\(r.err)")
        expectNoCode(r.out, dutch: lang == .nl, "compare \(file) \(lang)")
        #expect(!r.out.contains("--format") && !r.out.contains("regels voor"))
    }

    @Test("profiles show names no rule id, parameter key or enumeration value", arguments: profileIDs, Language.allCases)
    func profilesShow(id: String, lang: Language) throws {
        let r = try CLI.run(["profiles", "show", id, "--lang", lang.rawValue])
        #expect(r.status == 0, "\(r.err)")
        expectNoCode(r.out, dutch: lang == .nl, "profiles show \(id) \(lang)")
    }

    // MARK: Snapshots

    static let snapshots = CLI.root.appendingPathComponent("Tests/WaarborgCLITests/Snapshots")
    static let record = ProcessInfo.processInfo.environment["WAARBORG_RECORD"] == "1"

    func expectSnapshot(_ out: String, _ name: String) throws {
        let url = Self.snapshots.appendingPathComponent(name)
        if Self.record {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try out.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let want = try String(contentsOf: url, encoding: .utf8)
        #expect(out == want, "\(name) differs from its snapshot; run with WAARBORG_RECORD=1 after checking the change")
    }

    @Test("the comparison table of each example case is the committed one", arguments: cases, Language.allCases)
    func compareSnapshot(file: String, lang: Language) throws {
        let r = try CLI.run(["compare", "--format", "text", "--lang", lang.rawValue, CLI.examples.appendingPathComponent(file).path],
                            environment: ["COLUMNS": "100"])
        #expect(r.status == 0, "\(r.err)")
        try expectSnapshot(r.out, "compare/" + file.replacingOccurrences(of: ".json", with: ".\(lang.rawValue).txt"))
    }

    @Test("profiles show of each embedded profile is the committed one", arguments: profileIDs, Language.allCases)
    func profileSnapshot(id: String, lang: Language) throws {
        let r = try CLI.run(["profiles", "show", id, "--lang", lang.rawValue])
        #expect(r.status == 0, "\(r.err)")
        try expectSnapshot(r.out, "profiles/\(id).\(lang.rawValue).txt")
    }
}
