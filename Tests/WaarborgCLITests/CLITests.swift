import Foundation
import Testing

/// End-to-end: the built `waarborg` binary, run as a user would run it.
struct CLI {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let binary = ProcessInfo.processInfo.environment["WAARBORG_BIN"] ?? root.appendingPathComponent(".build/debug/waarborg").path
    static let examples = root.appendingPathComponent("Tests/WaarborgCLITests/Cases")

    /// `environment` is added to the test's own (`["COLUMNS": "100"]` fixes the width of a table).
    static func run(_ args: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = args
        if !environment.isEmpty { p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let out = Pipe(), err = Pipe(), inp = Pipe()
        p.standardOutput = out; p.standardError = err; p.standardInput = inp
        try p.run()
        if let stdin { inp.fileHandleForWriting.write(Data(stdin.utf8)) }
        try inp.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }
}

@Suite("Command line, end to end")
struct CLITests {
    let somali = CLI.examples.appendingPathComponent("somali-boy-unaccompanied.json").path

    @Test("assess prints a JSON assessment with the route and dates")
    func assessJSON() throws {
        let r = try CLI.run(["assess", somali])
        #expect(r.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        #expect(json["schema"] as? String == "waarborg.assessment/1")
        #expect((json["procedure"] as? [String: Any])?["route"] as? String == "regular")
        #expect((json["profile"] as? [String: Any])?["id"] as? String == "nl-2026")
    }

    @Test("the text report is in Dutch on request")
    func textDutch() throws {
        let r = try CLI.run(["assess", "--format", "text", "--lang", "nl", somali])
        #expect(r.status == 0)
        #expect(r.out.contains("TIJDLIJN"))
        // Dates as a Dutch reader writes them, in the table and in sentences.
        #expect(r.out.contains("ma 24-08-2026") && !r.out.contains("2026-08-24"))
    }

    @Test("bad input: one message naming the field, non-zero exit, nothing on standard output")
    func badInput() throws {
        let r = try CLI.run(["assess", "-"], stdin: #"{"schema":"waarborg.case/1","id":"x","application":{"madeOn":"2026-02-30"},"applicant":{}}"#)
        #expect(r.status != 0)
        #expect(r.out.isEmpty)
        #expect(r.err.contains("$.application.madeOn"))
        let notJSON = try CLI.run(["assess", "-"], stdin: "hello")
        #expect(notJSON.status != 0 && notJSON.out.isEmpty && notJSON.err.contains("valid JSON"))
        let unknownProfile = try CLI.run(["assess", "--profile", "nope", somali])
        #expect(unknownProfile.status != 0 && unknownProfile.err.contains("--profile"))
    }

    @Test("batch mode keeps one output line per input line, with error records in place")
    func batch() throws {
        let good = try String(contentsOfFile: somali, encoding: .utf8).replacingOccurrences(of: "\n", with: "")
        let r = try CLI.run(["assess", "--batch", "-"], stdin: good + "\n{\"schema\":1}\n" + good + "\n")
        #expect(r.status != 0)
        let lines = r.out.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].contains("\"error\"") && lines[1].contains("\"line\":2"))
        #expect(lines[0].contains("\"route\":\"regular\"") && lines[2].contains("\"route\":\"regular\""))
    }

    @Test("compare names the differences and the rules behind them")
    func compare() throws {
        let r = try CLI.run(["compare", "--profiles", "pact-minimum,vwn-alternative", CLI.examples.appendingPathComponent("sudanese-mother-with-children-ter-apel.json").path])
        #expect(r.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let diffs = try #require(json["differences"] as? [[String: Any]])
        let labour = try #require(diffs.first { $0["path"] as? String == "reception.labourMarketFrom" })
        #expect(labour["values"] as? [String] == ["2027-02-05", "2026-09-07"])
        #expect((labour["rules"] as? [String])?.contains("labour-market") == true)
        let params = try #require(labour["parameters"] as? [[String: Any]])
        #expect(params.first { $0["key"] as? String == "labourMarket.accessAfter" }?["values"] as? [String] == ["6 months (in-force)", "1 month (proposed)"])
    }

    @Test("profiles: list, show and diff")
    func profiles() throws {
        let list = try CLI.run(["profiles"])
        #expect(list.status == 0 && list.out.contains("pact-minimum") && list.out.contains("vwn-alternative"))
        let show = try CLI.run(["profiles", "show", "nl-2026"])
        #expect(show.out.contains("Free legal help in the administrative procedure: legal counselling by the IND (not independent)\n"))
        #expect(show.out.contains("status: adopted"))
        let diff = try CLI.run(["profiles", "diff", "nl-2026", "vwn-alternative"])
        #expect(diff.out.contains("labourMarket.accessAfter") && diff.out.contains("1 month"))
    }
}

@Suite("Simulation from the command line")
struct SimulateCLITests {
    @Test("the issue's M/M/2 example matches Erlang C within its confidence interval")
    func example() throws {
        let r = try CLI.run(["simulate", "network", CLI.root.appendingPathComponent("examples/mm2-desk.json").path])
        #expect(r.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        #expect(json["schema"] as? String == "waarborg.network-result/1")
        let desk = try #require(((json["stations"] as? [String: Any])?["desk"] as? [String: Any])?["all"] as? [String: Any])
        let wait = try #require(desk["meanWait"] as? [String: Any])
        let ci = try #require(wait["ci95"] as? [Double])
        // Erlang C, c = 2, a = 1.6: C = 0.71111, Wq = C / (c mu - lambda) = 0.71111 / 0.25 = 2.84444.
        #expect(ci[0] <= 2.84444 && 2.84444 <= ci[1], "Wq interval \(ci)")
        #expect((json["events"] as? Int ?? 0) > 3_000_000)
    }

    @Test("a bad network is rejected with the field named")
    func badNetwork() throws {
        let bad = #"{"schema": "waarborg.network/1", "horizon": 100, "arrivals": [{"to": "desk", "interarrival": {"exponential": {"mean": 1}}}], "stations": [{"id": "desk", "servers": 1, "service": {"exponential": {"mean": 1}}, "next": [{"to": "nowhere", "p": 1}]}]}"#
        let r = try CLI.run(["simulate", "network", "-"], stdin: bad)
        #expect(r.status != 0 && r.out.isEmpty)
        #expect(r.err.contains("$.stations[0].next[0].to") && r.err.contains("nowhere"))
    }
}
