import WaarborgJSON
import ArgumentParser
import Foundation
import WaarborgRules

struct Assess: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Assess one case (or a JSON Lines caseload with --batch).",
        discussion: "Reads waarborg.case/1 JSON from FILE or standard input (-) and prints waarborg.assessment/1.")

    @Option(help: "Policy profile id.") var profile: String = Engine.defaultProfile
    @Option(help: "json or text.") var format: OutputFormat = .json
    @Option(help: "Language of the text report: en or nl.") var lang: Language = .en
    @Flag(help: "Read JSON Lines (one case per line) and write one assessment per line.") var batch = false
    @OptionGroup var sources: SourceOptions
    @Argument(help: "Case file, or - for standard input.") var file: String

    func run() throws {
        let engine: Engine
        do { engine = try sources.engine() } catch { fail("\(error)") }
        guard let assessor = engine.assessor(profile) else {
            fail("error: --profile: unknown profile \"\(profile)\" (known: \(engine.profiles.keys.sorted().joined(separator: ", ")))")
        }
        if batch { return runBatch(assessor) }
        let facts: CaseFacts
        do { facts = try CaseDecoder.decode(readInput(file)) } catch { fail("error: invalid case: \(error)") }
        let a = assessor.assess(facts)
        switch format {
        case .json: var b = AssessmentEncoder.encode(a, pretty: true); b.append(0x0A); writeOut(b)
        case .text: writeOut(Array(TextReport.render(a, lang: lang).utf8))
        }
    }

    /// One output line per input line, in order; a bad line becomes an error record naming the
    /// line and field, so nothing in a caseload is silently dropped. Exit status 1 if any failed.
    func runBatch(_ assessor: Assessor) {
        let input = readInput(file)
        var w = JSONWriter(pretty: false, capacity: 1 << 20)
        var failures = 0
        var lineNo = 0
        var start = 0
        let out = FileHandle.standardOutput
        func flush() { w.withBytes { out.write(Data(buffer: $0)) }; w.reset() }
        func handle(_ slice: ArraySlice<UInt8>) {
            lineNo += 1
            if slice.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return }
            do {
                let facts = try CaseDecoder.decode(Array(slice))
                AssessmentEncoder.write(assessor.assess(facts), into: &w)
            } catch {
                failures += 1
                w.beginObject(); w.key("error"); w.beginObject()
                w.field("line", lineNo); w.field("path", error.path); w.field("message", error.description)
                w.endObject(); w.endObject()
            }
            w.newlineAtEnd()
            if w.count > (1 << 20) { flush() }
        }
        for i in 0..<input.count where input[i] == 0x0A {
            handle(input[start..<i]); start = i + 1
        }
        if start < input.count { handle(input[start...]) }
        flush()
        if failures > 0 { fail("error: \(failures) of \(lineNo) lines could not be assessed (see the error records)") }
    }
}
