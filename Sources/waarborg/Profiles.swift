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
        static let configuration = CommandConfiguration(abstract: "Print a profile's resolved parameters with their sources.")
        @Argument var id: String
        @OptionGroup var sources: SourceOptions
        func run() throws {
            let engine: Engine
            do { engine = try sources.engine() } catch { fail("\(error)") }
            guard let p = engine.profiles[id] else { fail("error: unknown profile \"\(id)\" (known: \(engine.profiles.keys.sorted().joined(separator: ", ")))") }
            var s = "\(p.id): \(p.title.en) / \(p.title.nl)\n" + (p.base.map { "base: \($0)\n" } ?? "") + "hash: \(p.hash)\n\n"
            for (k, v) in p.parameters {
                s += "\(k) = \(v.value)\n    ref: \(v.ref)\n    status: \(v.status.rawValue), checked \(v.checked.iso), set in \(v.definedIn)\n    source: \(v.source)\n"
                if let n = v.note { s += "    note: \(n)\n" }
            }
            writeOut(Array(s.utf8))
        }
    }

    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the parameters on which two profiles differ.")
        @Argument var first: String
        @Argument var second: String
        @OptionGroup var sources: SourceOptions
        func run() throws {
            let engine: Engine
            do { engine = try sources.engine() } catch { fail("\(error)") }
            guard let a = engine.profiles[first] else { fail("error: unknown profile \"\(first)\"") }
            guard let b = engine.profiles[second] else { fail("error: unknown profile \"\(second)\"") }
            var s = "Differences \(a.id) → \(b.id)\n"
            var n = 0
            for (k, va) in a.parameters {
                guard let vb = b.parameter(k), vb.value != va.value else { continue }
                n += 1
                let meaning = ParameterCatalog.byKey[k]?.meaning.en ?? k
                s += "\n\(meaning) (\(k))\n  \(a.id): \(va.value)   [\(va.status.rawValue); \(va.source)]\n  \(b.id): \(vb.value)   [\(vb.status.rawValue); \(vb.source)]\n"
            }
            s += "\n\(n) parameter(s) differ.\n"
            writeOut(Array(s.utf8))
        }
    }
}
