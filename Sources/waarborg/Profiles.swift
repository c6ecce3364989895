import ArgumentParser
import Foundation
import WaarborgRules

struct Profiles: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List, show and compare policy profiles.",
        subcommands: [List.self, Show.self, Diff.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the profiles with a one-line description.")
        @Option(help: "en or nl.") var lang: Language = .en
        @OptionGroup var sources: SourceOptions
        func run() throws {
            let engine: Engine
            do { engine = try sources.engine() } catch { fail("\(error)") }
            var s = ""
            for id in engine.profiles.keys.sorted() {
                let p = engine.profiles[id]!
                s += id.padding(toLength: 18, withPad: " ", startingAt: 0) + p.title.text(lang) + ": " + p.description.text(lang) + "\n"
            }
            writeOut(Array(s.utf8))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a profile's resolved parameters: what each means, its value, legal basis, status and source.")
        @Argument var id: String
        @Option(help: "en or nl: the language of the meanings, values, legal bases and statuses (sources and notes are shown as the profile states them, in English).")
        var lang: Language = .en
        @Flag(help: "Add each parameter's key (as in the profile files and the JSON output) after its meaning.")
        var showKeys = false
        @OptionGroup var sources: SourceOptions
        func run() throws {
            let engine: Engine
            do { engine = try sources.engine() } catch { fail("\(error)") }
            guard let p = engine.profiles[id] else { fail("error: unknown profile \"\(id)\" (known: \(engine.profiles.keys.sorted().joined(separator: ", ")))") }
            writeOut(Array(ProfileText(profile: p, profiles: engine.profiles, lang: lang, showKeys: showKeys).render().utf8))
        }
    }

    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print, theme by theme, the policy choices on which two profiles differ.",
            discussion: "With --format json: {from, to, count, differences}, as GET /v1/profiles/{a}/diff/{b} answers.")
        @Argument var first: String
        @Argument var second: String
        @Option(help: "en or nl.") var lang: Language = .en
        @Option(help: "text or json.") var format: OutputFormat = .text
        @OptionGroup var sources: SourceOptions

        func run() throws {
            let engine: Engine
            do { engine = try sources.engine() } catch { fail("\(error)") }
            let known = engine.profiles.keys.sorted().joined(separator: ", ")
            let lead = lang == .nl ? "fout: onbekend profiel" : "error: unknown profile"
            guard let a = engine.profiles[first] else { fail("\(lead) \"\(first)\" (\(lang == .nl ? "bekend" : "known"): \(known))") }
            guard let b = engine.profiles[second] else { fail("\(lead) \"\(second)\" (\(lang == .nl ? "bekend" : "known"): \(known))") }
            let diff = ProfileDiff(a, b)
            if format == .json { return writeOut(diff.json()) }
            let nl = lang == .nl
            var s = (nl ? "Verschillen " : "Differences ") + "\(a.id) → \(b.id)\n"
            var lastTheme = ""
            for e in diff.entries {
                let theme = e.theme.text(lang)
                if theme != lastTheme { s += "\n== \(theme) ==\n"; lastTheme = theme }
                let meaning = e.meaning?.text(lang) ?? e.key
                s += "\n\(meaning) (\(e.key))\n  \(a.id): \(e.from.value)   [\(StatusText.text(e.from.status, lang)); \(e.from.source)]\n  \(b.id): \(e.to.value)   [\(StatusText.text(e.to.status, lang)); \(e.to.source)]\n"
            }
            s += "\n" + (nl ? "\(diff.entries.count) parameter(s) verschillen.\n" : "\(diff.entries.count) parameter(s) differ.\n")
            writeOut(Array(s.utf8))
        }
    }
}

/// `profiles show` as a reader reads it: each parameter under its meaning, its value in words, the
/// legal basis, the legal status and where it was set; the identifiers of the profile files stay
/// out unless `--show-keys` asks for them. Sources and notes are the profile's own English text.
struct ProfileText {
    let profile: PolicyProfile
    let profiles: [String: PolicyProfile]
    let lang: Language
    let showKeys: Bool

    var nl: Bool { lang == .nl }
    func t(_ en: String, _ nl: String) -> String { self.nl ? nl : en }

    func render() -> String {
        let p = profile
        var s = t("Profile ", "Profiel ") + "\(p.id): \(p.title.text(lang))\n\(p.description.text(lang))\n"
        if let b = p.base {
            let title = profiles[b].map { $0.title.text(lang) + " (\(b))" } ?? b
            s += t("Based on the profile \(title): what this profile does not set itself comes from there.",
                   "Gebaseerd op het beleidsprofiel \(title): wat dit beleidsprofiel niet zelf vastlegt, komt daaruit.") + "\n"
        }
        // Theme by theme, as `profiles diff` orders them; within a theme in the catalogue's order.
        var lastTheme = ""
        func rank(_ k: String) -> (Int, Int) { (ProfileDiff.theme(k).rank, ParameterCatalog.all.firstIndex { $0.key == k } ?? ParameterCatalog.all.count) }
        for (k, v) in p.parameters.sorted(by: { rank($0.key) < rank($1.key) }) {
            let theme = ProfileDiff.theme(k).text
            if theme.en != lastTheme { s += "\n== " + theme.text(lang) + " ==\n"; lastTheme = theme.en }
            let key = ParameterKey(rawValue: k)
            let meaning = ParameterCatalog.byKey[k]?.meaning.text(lang) ?? k
            // A list of grounds: one line for each, its citation with what it is.
            var grounds: [GroundID] = []
            if case .set(let items) = v.value { grounds = items.compactMap(GroundID.init(rawValue:)).sorted() }
            let value = key.map { ParameterWords.value($0, v.value, lang, bodies: p.settings.authorities) } ?? v.value.description
            s += "\n\(meaning):" + (grounds.isEmpty ? " \(value)" : "")
            if showKeys { s += t("  (key: \(k))", "  (sleutel: \(k))") }
            s += "\n"
            for g in grounds {
                s += "      · " + (key.flatMap { ParameterWords.item($0, g.rawValue) }?.text(lang) ?? g.rawValue) + ": " + g.name.text(lang) + "\n"
            }
            s += t("    legal basis: ", "    grondslag: ") + ParameterWords.ref(v.ref, lang) + "\n"
            s += t("    status: \(StatusText.text(v.status, lang)), checked \(v.checked.en), set in \(setIn(k, v))\n",
                   "    status: \(StatusText.text(v.status, lang)); laatst nagegaan op \(v.checked.nl); vastgelegd in \(setIn(k, v))\n")
            s += sourceLine(v.source, en: "source", nl: "bron")
            if let n = v.note(lang) { s += sourceLine(n.text, en: "note", nl: "opmerking", english: n.english || lang == .en) }
        }
        s += "\n" + t("Check code of this version of the profile (the last line of every text report, \"Profile version\"): ",
                      "Controlecode van deze versie van het beleidsprofiel (de laatste regel van elk tekstrapport, \"Versie van het beleidsprofiel\"): ") + p.hash + "\n"
        return s
    }

    /// The profile that set the value: up the base chain while the base holds the same value from
    /// the same file. A file outside the embedded ones is named too.
    func setIn(_ key: String, _ v: ParameterValue) -> String {
        var owner = profile
        while let b = owner.base, let base = profiles[b], let bv = base.parameter(key), bv.definedIn == v.definedIn { owner = base }
        var s = t("the profile ", "het beleidsprofiel ") + owner.id
        if v.definedIn.contains("/") { s += t(" (file \(v.definedIn))", " (bestand \(v.definedIn))") }
        return s
    }

    /// A source or note: the profile's English text, so the Dutch label says so. A parameter key in
    /// it is replaced by the parameter's meaning; "as for KEY" alone is said in the reader's language.
    /// A source or remark, with the parameter keys it mentions replaced by their meaning; a
    /// Dutch reader is told when the text is English.
    func sourceLine(_ text: String, en: String, nl: String, english: Bool = true) -> String {
        func meaning(_ k: String) -> String { "“" + (ParameterCatalog.byKey[k]?.meaning.text(lang) ?? k) + "”" }
        if text.hasPrefix("as for "), ParameterCatalog.byKey[String(text.dropFirst(7))] != nil {
            return "    " + t("\(en): as for ", "\(nl): dezelfde als bij ") + meaning(String(text.dropFirst(7))) + "\n"
        }
        var s = text
        for k in ParameterCatalog.byKey.keys.sorted(by: { $0.count > $1.count }) where s.contains(k) {
            s = s.replacingOccurrences(of: k, with: meaning(k))
        }
        return "    " + t("\(en): ", english ? "\(nl) (Engels): " : "\(nl): ") + s + "\n"
    }
}
