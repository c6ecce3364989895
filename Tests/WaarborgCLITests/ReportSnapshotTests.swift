import Foundation
import Testing

/// The full text report, in both languages, against committed snapshots: a change in wording or
/// a date shows as a diff to review. `WAARBORG_RECORD=1 swift test --filter ReportSnapshot`
/// rewrites them after a deliberate change.
@Suite("Text report snapshots")
struct ReportSnapshotTests {
    static let snapshots = CLI.root.appendingPathComponent("Tests/WaarborgCLITests/Snapshots")
    static let cases = try! FileManager.default.contentsOfDirectory(atPath: CLI.examples.path).filter { $0.hasSuffix(".json") }.sorted()
    static let record = ProcessInfo.processInfo.environment["WAARBORG_RECORD"] == "1"

    @Test("the report of each example case is the committed one", arguments: cases, ["en", "nl"])
    func snapshot(file: String, lang: String) throws {
        let r = try CLI.run(["assess", "--format", "text", "--lang", lang, "--as-of", "2026-12-02", CLI.examples.appendingPathComponent(file).path])
        #expect(r.status == 0, "\(r.err)")
        let url = Self.snapshots.appendingPathComponent(file.replacingOccurrences(of: ".json", with: ".\(lang).txt"))
        if Self.record { try r.out.write(to: url, atomically: true, encoding: .utf8); return }
        let want = try String(contentsOf: url, encoding: .utf8)
        #expect(r.out == want, "\(file) (\(lang)) differs from its snapshot; run with WAARBORG_RECORD=1 after checking the change")
    }

    /// A Dutch reader must meet no English sentence, rule id, enumeration value or JSON path.
    @Test("the Dutch report holds no English words, identifiers or JSON paths", arguments: cases)
    func dutchOnly(file: String) throws {
        let r = try CLI.run(["assess", "--format", "text", "--lang", "nl", "--as-of", "2026-12-02", CLI.examples.appendingPathComponent(file).path])
        let forbidden = ["not taken", "finding ", "APR-38", "APR-42", "border-crossing-point", "in-territory", "unverified", "in-force",
                         "first-registration", "take-back)", "openFacts", "Directive ", "national law", "projected", "undetermined",
                         "applicant", "within", "the ", "family[", "history[", "findings."]
        for word in forbidden {
            #expect(!r.out.contains(word), "\(file): the Dutch report contains \"\(word)\"")
        }
    }

    /// Swift seeds its hashing per process, so iteration over a set or dictionary can differ
    /// between two runs of the program; only two processes can show it.
    @Test("two separate runs give byte-identical JSON")
    func deterministicAcrossProcesses() throws {
        let lines = try Self.cases.map { try String(contentsOf: CLI.examples.appendingPathComponent($0), encoding: .utf8)
            .replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\n") + "\n"
        let a = try CLI.run(["assess", "--batch", "-"], stdin: lines)
        let b = try CLI.run(["assess", "--batch", "-"], stdin: lines)
        #expect(a.status == 0)
        #expect(!a.out.isEmpty && a.out == b.out)
    }
}
