import ArgumentParser
import Foundation
import WaarborgRules

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Assess one case under several profiles and show what differs and which rules made it differ.")

    @Option(help: "Comma-separated profile ids, e.g. pact-minimum,nl-2026.") var profiles: String
    @OptionGroup var sources: SourceOptions
    @Argument(help: "Case file, or - for standard input (the default).") var file: String = "-"

    func run() throws {
        let engine: Engine
        do { engine = try sources.engine() } catch { fail("\(error)") }
        let ids = profiles.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard ids.count >= 2 else { fail("error: --profiles: name at least two profiles, separated by commas") }
        var assessors: [Assessor] = []
        for id in ids {
            guard let a = engine.assessor(id) else {
                fail("error: --profiles: unknown profile \"\(id)\" (known: \(engine.profiles.keys.sorted().joined(separator: ", ")))")
            }
            assessors.append(a)
        }
        let facts: CaseFacts
        do { facts = try CaseDecoder.decode(readInput(file)) } catch { fail("error: invalid case: \(error)") }
        var b = Comparison(assessors.map { $0.assess(facts) }, profiles: assessors.map(\.profile)).encode(pretty: true)
        b.append(0x0A)
        writeOut(b)
    }
}
