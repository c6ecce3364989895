import Foundation
import Testing

/// `waarborg simulate chain`: the files a policy analyst gets, and errors that name the key.
@Suite("simulate chain from the command line")
struct SimulateChainCLITests {
    static let scenario = CLI.root.appendingPathComponent("Tests/WaarborgChainTests/Scenarios/small.yaml").path

    func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("waarborg-chain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test("writes result.json, the CSV files and two self-contained HTML reports, and says where to look")
    func writesFiles() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("run").path
        let r = try runSimulate(["simulate", "chain", Self.scenario, "--profiles", "nl-2026,vwn-alternative", "--replications", "2", "--output", out, "--progress", "never"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("report.html"))
        #expect(r.err.isEmpty, "\(r.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/result.json"))) as? [String: Any])
        #expect(json["schema"] as? String == "waarborg.chain-result/1")
        let receipt = try #require(json["receipt"] as? [String: Any])
        #expect((receipt["scenarioHash"] as? String)?.hasPrefix("sha256:") == true)
        #expect((receipt["profiles"] as? [[String: Any]])?.map { $0["id"] as? String } == ["nl-2026", "vwn-alternative"])
        let profiles = try #require(json["profiles"] as? [[String: Any]])
        let summary = try #require(profiles[0]["summary"] as? [String: Any])
        #expect((summary["unaccounted"] as? [String: Any])?["mean"] as? Double == 0)
        let csv = try String(contentsOfFile: out + "/series/backlogPrePact.csv", encoding: .utf8)
        #expect(csv.hasPrefix("month,profile,mean,lower95,upper95\n2026-07,nl-2026,"))
        #expect(csv.split(separator: "\n").count == 1 + 2 * 24)
        for (name, title) in [("report.html", "The Dutch asylum chain under each policy"), ("report.nl.html", "De Nederlandse asielketen onder elk beleid")] {
            let html = try String(contentsOfFile: out + "/" + name, encoding: .utf8)
            #expect(html.contains("<h1>\(title)</h1>"))
            #expect(html.components(separatedBy: "<svg").count - 1 >= 10)
            #expect(!html.contains("<script"))
            #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("src="))
            // A reader sees words, not keys.
            #expect(!html.contains("backlogPrePact"))
            #expect(!html.contains("nl-2026<"))
        }
    }

    @Test("without --output, result.json goes to standard output")
    func standardOutput() throws {
        let r = try runSimulate(["simulate", "chain", Self.scenario, "--profiles", "nl-2026", "--replications", "1", "--progress", "never"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.hasPrefix("{\n  \"schema\": \"waarborg.chain-result/1\""))
    }

    @Test("a bad scenario is one line on standard error naming the key, exit status 1, nothing on standard output")
    func badScenario() throws {
        let text = try String(contentsOfFile: Self.scenario, encoding: .utf8).replacingOccurrences(of: "transferSuccess: {value: 0.25,", with: "transferSuccess: {value: 2,")
        let r = try runSimulate(["simulate", "chain", "-", "--profiles", "nl-2026"], stdin: text)
        #expect(r.status == 1)
        #expect(r.out.isEmpty)
        #expect(r.err == "error: invalid scenario: $.behaviour.transferSuccess.value: must be from 0 to 1, found 2\n")
    }

    @Test("--priority and --solidarity replace the scenario's choice, and the report and receipt say so")
    func overrides() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("run").path
        let r = try runSimulate(["simulate", "chain", Self.scenario, "--profiles", "nl-2026", "--replications", "1", "--output", out,
                                 "--progress", "never", "--priority", "oldest-first", "--solidarity", "relocate"])
        #expect(r.status == 0, "\(r.err)")
        let html = try String(contentsOfFile: out + "/report.nl.html", encoding: .utf8)
        #expect(html.contains("In deze run geldt voor elk beleid: oudste aanvraag eerst."))
        #expect(html.contains("In deze run geldt voor elk beleid: relocatie."))
        #expect(html.contains("command line (--priority oldest-first)"))
        let json = try String(contentsOfFile: out + "/result.json", encoding: .utf8)
        #expect(json.contains("+priority=oldest-first,solidarity=relocate"))
        let bad = try runSimulate(["simulate", "chain", Self.scenario, "--priority", "share:2"])
        #expect(bad.status == 1)
        #expect(bad.err == "error: --priority: expected new-first, oldest-first or share:X with X from 0 to 1, found \"share:2\"\n")
    }

    @Test("an unknown profile is refused with the known ones")
    func unknownProfile() throws {
        let r = try runSimulate(["simulate", "chain", Self.scenario, "--profiles", "nl-2030"])
        #expect(r.status == 1)
        #expect(r.err.hasPrefix("error: --profiles: unknown profile \"nl-2030\" (known: "))
    }
}
