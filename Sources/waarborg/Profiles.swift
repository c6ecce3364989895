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
        @Option(help: "en or nl: the language of the headings, meanings and statuses (values and sources are shown as the profile states them).")
        var lang: Language = .en
        @OptionGroup var sources: SourceOptions
        func run() throws {
            let engine: Engine
            do { engine = try sources.engine() } catch { fail("\(error)") }
            guard let p = engine.profiles[id] else { fail("error: unknown profile \"\(id)\" (known: \(engine.profiles.keys.sorted().joined(separator: ", ")))") }
            let nl = lang == .nl
            var s = "\(p.id): \(p.title.text(lang))\n\(p.description.text(lang))\n"
            if let b = p.base { s += (nl ? "basis: " : "base: ") + b + "\n" }
            s += "hash: \(p.hash)\n"
            for (k, v) in p.parameters {
                s += "\n\(k) = \(v.value)\n"
                if let m = ParameterCatalog.byKey[k]?.meaning { s += "    \(m.text(lang))\n" }
                s += (nl ? "    grondslag: " : "    ref: ") + v.ref + "\n"
                s += "    status: \(StatusText.text(v.status, lang))"
                s += nl ? "; laatst nagegaan op \(v.checked.iso); vastgelegd in \(v.definedIn)\n" : ", checked \(v.checked.iso), set in \(v.definedIn)\n"
                s += (nl ? "    bron: " : "    source: ") + v.source + "\n"
                if let n = v.note { s += (nl ? "    opmerking: " : "    note: ") + n + "\n" }
            }
            writeOut(Array(s.utf8))
        }
    }

    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print, theme by theme, the policy choices on which two profiles differ.")
        @Argument var first: String
        @Argument var second: String
        @Option(help: "en or nl.") var lang: Language = .en
        @OptionGroup var sources: SourceOptions

        /// Themes in the order a policy analyst reads a comparison, by parameter-key prefix.
        static let themes: [(prefix: String, en: String, nl: String)] = [
            ("border.", "Border procedure", "Grensprocedure"),
            ("admissibility.", "Admissibility and safe third countries", "Ontvankelijkheid en veilige derde landen"),
            ("safeCountryOfOrigin.", "Safe countries of origin", "Veilige landen van herkomst"),
            ("accelerated.", "Accelerated procedure", "Versnelde procedure"),
            ("registration.", "Time limits", "Termijnen"), ("lodging.", "Time limits", "Termijnen"),
            ("representative.", "Time limits", "Termijnen"), ("decision.", "Time limits", "Termijnen"),
            ("appeal.", "Appeal", "Beroep"),
            ("legalAid.", "Legal aid", "Rechtshulp"),
            ("detention.", "Detention", "Bewaring"),
            ("reception.", "Reception", "Opvang"), ("labourMarket.", "Reception", "Opvang"), ("schooling.", "Reception", "Opvang"),
            ("granted.", "If protection is granted", "Bij inwilliging"),
        ]

        func run() throws {
            let engine: Engine
            do { engine = try sources.engine() } catch { fail("\(error)") }
            guard let a = engine.profiles[first] else { fail("error: unknown profile \"\(first)\" (known: \(engine.profiles.keys.sorted().joined(separator: ", ")))") }
            guard let b = engine.profiles[second] else { fail("error: unknown profile \"\(second)\" (known: \(engine.profiles.keys.sorted().joined(separator: ", ")))") }
            let nl = lang == .nl
            var s = (nl ? "Verschillen " : "Differences ") + "\(a.id) → \(b.id)\n"
            var n = 0
            var lastTheme = ""
            // Rank of a key's theme: the first position of that theme's label in the list.
            func rank(_ key: String) -> Int {
                guard let t = Self.themes.first(where: { key.hasPrefix($0.prefix) }) else { return Self.themes.count }
                return Self.themes.firstIndex { $0.en == t.en }!
            }
            let keys = a.parameters.map(\.key).sorted { (rank($0), $0) < (rank($1), $1) }
            for k in keys {
                guard let va = a.parameter(k), let vb = b.parameter(k), vb.value != va.value else { continue }
                n += 1
                let theme = Self.themes.first { k.hasPrefix($0.prefix) }.map { nl ? $0.nl : $0.en } ?? (nl ? "Overig" : "Other")
                if theme != lastTheme { s += "\n== \(theme) ==\n"; lastTheme = theme }
                let meaning = ParameterCatalog.byKey[k].map { nl ? $0.meaning.nl : $0.meaning.en } ?? k
                s += "\n\(meaning) (\(k))\n  \(a.id): \(va.value)   [\(StatusText.text(va.status, lang)); \(va.source)]\n  \(b.id): \(vb.value)   [\(StatusText.text(vb.status, lang)); \(vb.source)]\n"
            }
            s += "\n" + (nl ? "\(n) parameter(s) verschillen.\n" : "\(n) parameter(s) differ.\n")
            writeOut(Array(s.utf8))
        }
    }
}
