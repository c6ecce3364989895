import ArgumentParser
import Foundation
import WaarborgRules

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Assess one case under several profiles and show what differs and which rules made it differ.",
        discussion: """
        JSON by default ({profiles, assessments, differences}). --format text prints a table: one row per change, \
        the value under each profile side by side, and under each group the rules whose outcome differs and the \
        policy parameters behind them, with their legal status. Without --profiles: \
        \(Compare.preferred.joined(separator: ",")) (if a profile of these is missing: all profiles, sorted).
        """)

    /// The default comparison: the Pact floor, the Dutch choices, the refugee council's alternative.
    static let preferred = ["pact-minimum", "nl-2026", "vwn-alternative"]

    @Option(help: "Comma-separated profile ids, e.g. pact-minimum,nl-2026 (default: \(Compare.preferred.joined(separator: ","))).")
    var profiles: String?
    @Option(help: "json or text.") var format: OutputFormat = .json
    @Option(help: "Language of the text table: en or nl (with --format text; JSON holds both).") var lang: Language?
    @OptionGroup var sources: SourceOptions
    @Argument(help: "Case file, or - for standard input (the default).") var file: String = "-"

    func validate() throws {
        if lang != nil && format == .json {
            throw ValidationError("--lang sets the language of the text table: add --format text (JSON output holds both languages)")
        }
    }

    /// The profiles to compare when --profiles is not given.
    static func defaultProfiles(_ engine: Engine) -> [String] {
        preferred.allSatisfy { engine.profiles[$0] != nil } ? preferred : engine.profiles.keys.sorted()
    }

    func run() throws {
        let engine: Engine
        do { engine = try sources.engine() } catch { fail("\(error)") }
        let ids = profiles.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } ?? Self.defaultProfiles(engine)
        guard ids.count >= 2 else { fail("error: --profiles: name at least two profiles, separated by commas") }
        var assessors: [Assessor] = []
        for id in ids {
            guard let a = engine.assessor(id) else {
                fail("error: --profiles: unknown profile \"\(id)\" (known: \(engine.profiles.keys.sorted().joined(separator: ", ")))")
            }
            assessors.append(a)
        }
        let facts: CaseFacts
        do { facts = try CaseDecoder.decode(readInput(file)) } catch { fail(InputErrorWords.text(error, lang ?? .en)) }
        let comparison = Comparison(assessors.map { $0.assess(facts) }, profiles: assessors.map(\.profile))
        switch format {
        case .json:
            var b = comparison.encode(pretty: true)
            b.append(0x0A)
            writeOut(b)
        case .text:
            writeOut(Array(CompareText(comparison, lang: lang ?? .en, width: terminalWidth()).render().utf8))
        }
    }
}

/// Columns for text tables: $COLUMNS when it is set (60 to 200), else 100.
func terminalWidth() -> Int {
    if let c = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(c) { return min(200, max(60, n)) }
    return 100
}
