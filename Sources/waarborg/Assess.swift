import WaarborgJSON
import ArgumentParser
import Foundation
import WaarborgRules
import LegalCalendar

struct Assess: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Assess one case (or a JSON Lines caseload with --batch).",
        discussion: "Reads waarborg.case/1 JSON from FILE or standard input (-) and prints waarborg.assessment/1.")

    @Option(help: "Policy profile id.") var profile: String = Engine.defaultProfile
    @Option(help: "json or text (text is not available with --batch).") var format: OutputFormat = .json
    @Option(help: "Language of the text report: en or nl (with --format text; JSON holds both).") var lang: Language?
    @Flag(help: "Read JSON Lines (one case per line) and write one JSON line per input line.") var batch = false
    @OptionGroup var sources: SourceOptions
    @Option(name: .customLong("as-of"), help: "Reference day for deadline states (met, late, due in N days, passed), YYYY-MM-DD; default today.")
    var asOf: String?
    @Argument(help: "Case file, or - for standard input (the default).") var file: String = "-"

    /// The reference day: given, or today (UTC).
    func referenceDay() -> CalendarDate {
        if let asOf { return CalendarDate(iso: asOf)! }
        return CalendarDate.today()
    }

    /// Options that would otherwise be silently ignored are refused (exit status 64).
    func validate() throws {
        if let asOf, CalendarDate(iso: asOf) == nil {
            throw ValidationError("--as-of: expected a calendar date YYYY-MM-DD that exists, found \"\(asOf)\"")
        }
        if batch && format == .text {
            throw ValidationError("--format text is not available with --batch: a batch writes JSON Lines (drop --format, or assess one case at a time)")
        }
        if lang != nil && format == .json {
            throw ValidationError("--lang sets the language of the text report: add --format text (JSON output holds both languages)")
        }
    }

    func run() throws {
        let engine: Engine
        do { engine = try sources.engine() } catch { fail("\(error)") }
        guard let assessor = engine.assessor(profile) else {
            fail("error: --profile: unknown profile \"\(profile)\" (known: \(engine.profiles.keys.sorted().joined(separator: ", ")))")
        }
        if batch { return runBatch(assessor) }
        let facts: CaseFacts
        do { facts = try CaseDecoder.decode(readInput(file)) } catch { fail(InputErrorWords.text(error, lang ?? .en)) }
        var a = assessor.assess(facts)
        a.asOf = referenceDay()
        switch format {
        case .json: var b = AssessmentEncoder.encode(a, pretty: true); b.append(0x0A); writeOut(b)
        case .text: writeOut(Array(TextReport.render(a, lang: lang ?? .en).utf8))
        }
    }

    /// Exactly one output line per input line, in order, each naming its input line (counted
    /// from 1, blank lines included), so output line N is always about input line N:
    /// - a case: the assessment with an extra first member `"line": N`;
    /// - a bad line: `{"error":{"line":N,"path":…,"message":…}}`, a failure;
    /// - a blank or white-space-only line: `{"skipped":{"line":N,"reason":"blank line"}}`, not a failure.
    /// Lines end in LF or CRLF; the last may lack one. Exit status 1 if any line failed.
    func runBatch(_ assessor: Assessor) {
        let input = readInput(file)
        var w = JSONWriter(pretty: false, capacity: 1 << 20)
        var failures = 0, skipped = 0
        var lineNo = 0
        // A UTF-8 byte-order mark (Windows Notepad) belongs to the file, not to its first line.
        var start = input.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let out = FileHandle.standardOutput
        func flush() { w.withBytes { out.write(Data(buffer: $0)) }; w.reset() }
        func handle(_ slice: ArraySlice<UInt8>) {
            lineNo += 1
            if slice.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                skipped += 1
                w.beginObject(); w.key("skipped"); w.beginObject()
                w.field("line", lineNo); w.field("reason", "blank line")
                w.endObject(); w.endObject()
                w.newlineAtEnd()
                return
            }
            do {
                let facts = try CaseDecoder.decode(Array(slice))
                let line = lineNo
                w.leadingMembers { $0.field("line", line) }
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
        if failures > 0 {
            let blank = skipped > 0 ? "; \(skipped) blank \(skipped == 1 ? "line" : "lines") skipped" : ""
            fail("error: \(failures) of \(lineNo) lines could not be assessed (see the error records\(blank))")
        }
    }
}
