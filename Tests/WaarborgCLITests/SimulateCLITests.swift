import Foundation
import Testing

/// Runs the built binary with a time limit, reading standard output and standard error at the
/// same time (so neither pipe can fill up and block the child).
func runSimulate(_ args: [String], stdin: String? = nil, timeout: Double = 120) throws -> (status: Int32, out: String, err: String, seconds: Double) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: CLI.binary)
    p.arguments = args
    let out = Pipe(), err = Pipe(), inp = Pipe()
    p.standardOutput = out; p.standardError = err; p.standardInput = inp
    let start = Date()
    try p.run()
    final class Box: @unchecked Sendable { var data = Data() }
    let o = Box(), e = Box()
    let group = DispatchGroup()
    for (pipe, box) in [(out, o), (err, e)] {
        group.enter()
        Thread.detachNewThread {
            box.data = pipe.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
    }
    if let stdin { inp.fileHandleForWriting.write(Data(stdin.utf8)) }
    try inp.fileHandleForWriting.close()
    if group.wait(timeout: .now() + timeout) == .timedOut {
        p.terminate()
        _ = group.wait(timeout: .now() + 5)
        p.waitUntilExit()
        return (-1, String(decoding: o.data, as: UTF8.self), "timed out after \(timeout) s", -start.timeIntervalSinceNow)
    }
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: o.data, as: UTF8.self), String(decoding: e.data, as: UTF8.self), -start.timeIntervalSinceNow)
}

/// The inputs of the first-use report (`ux-net/`), written out here so the tests do not depend on
/// the shared review folder.
enum UXNet {
    static func file(_ name: String, _ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("waarborg-\(ProcessInfo.processInfo.processIdentifier)-\(name)")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    static func desk(horizon: String = "200000", replications: Int = 10, service: String = #"{"exponential": {"mean": 1.6}}"#,
                     next: String = #"[{"to": "exit", "p": 1.0}]"#) -> String {
        #"{"schema": "waarborg.network/1", "horizon": \#(horizon), "warmup": 20000, "replications": \#(replications), "seed": 1, "arrivals": [{"to": "desk", "class": "new", "interarrival": {"exponential": {"mean": 1.0}}}], "stations": [{"id": "desk", "servers": 2, "discipline": "fifo", "service": \#(service), "next": \#(next)}]}"#
    }

    static let bomb = (["a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]"]
        + zip("bcdefghi", "abcdefgh").map { "\($0): &\($0) [" + Array(repeating: "*\($1)", count: 9).joined(separator: ",") + "]" })
        .joined(separator: "\n") + "\n"
}

@Suite("simulate network: limits, warnings and progress, end to end")
struct SimulateLimitsCLITests {
    func expectOneErrorLine(_ r: (status: Int32, out: String, err: String, seconds: Double), contains needle: String,
                            sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.status == 1, "status \(r.status): \(r.err.prefix(300))", sourceLocation: sourceLocation)
        #expect(r.out.isEmpty, sourceLocation: sourceLocation)
        #expect(r.err.hasSuffix("\n") && r.err.dropLast().split(separator: "\n").count == 1, "\(r.err.prefix(300))", sourceLocation: sourceLocation)
        #expect(r.err.count <= 300, "\(r.err.count) bytes on standard error", sourceLocation: sourceLocation)
        #expect(r.err.contains(needle), "\(r.err.prefix(300))", sourceLocation: sourceLocation)
    }

    @Test("Broken 1: the YAML billion laughs fails at once with one line (was 11.6 GB and no output after 60 s)")
    func yamlBomb() throws {
        let r = try runSimulate(["simulate", "network", try UXNet.file("yaml-bomb.yaml", UXNet.bomb)], timeout: 60)
        expectOneErrorLine(r, contains: "error: invalid network: $: YAML aliases are not allowed (*a")
        #expect(r.seconds < 10)
    }

    @Test("Broken 11: too-deep JSON or YAML gives one short line, not the input echoed (was 200 KB)")
    func deepNesting() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        expectOneErrorLine(try runSimulate(["simulate", "network", try UXNet.file("json-deep.json", deep)]), contains: "nesting deeper than 64 levels")
        expectOneErrorLine(try runSimulate(["simulate", "network", "-"], stdin: "schema: waarborg.network/1\nhorizon: " + deep),
                           contains: "nesting deeper than 64 levels")
    }

    @Test("Broken 9: a zero-service loop is rejected instead of hanging; a huge horizon is refused, naming it")
    func neverEnding() throws {
        let zero = UXNet.desk(service: #"{"deterministic": {"value": 0}}"#, next: #"[{"to": "desk", "p": 1.0}]"#)
        let r = try runSimulate(["simulate", "network", try UXNet.file("deterministic-zero-service-loop.json", zero)], timeout: 60)
        expectOneErrorLine(r, contains: "error: invalid network: $.stations[0].next: customers who reach \"desk\" would go round desk for ever")
        let huge = try runSimulate(["simulate", "network", try UXNet.file("huge-horizon.json", UXNet.desk(horizon: "1000000000000000.0"))], timeout: 60)
        expectOneErrorLine(huge, contains: "error: $.horizon: a run of 10 replications to horizon 1e15")
        #expect(huge.seconds < 10)
    }

    @Test("Broken 10: warnings in the result and on standard error, one line each")
    func warnings() throws {
        let unstable = try runSimulate(["simulate", "network", "--replications", "2", "-"],
                                       stdin: UXNet.desk(horizon: "30000", service: #"{"exponential": {"mean": 4.0}}"#))
        #expect(unstable.status == 0)
        let lines = unstable.err.split(separator: "\n").filter { !$0.hasPrefix("simulating:") }
        #expect(lines == ["warning: unstable: offered load at \"desk\" is rho = arrival rate 1 x mean service 4 / 2 servers = 2, at least 1: its queue grows "
                          + "without bound, so its waits and queue lengths grow with the horizon and no steady state exists"], "\(unstable.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(unstable.out.utf8)) as? [String: Any])
        let items = try #require(json["warnings"] as? [[String: Any]])
        #expect(items.count == 1 && items[0]["code"] as? String == "unstable" && items[0]["station"] as? String == "desk")
        #expect(json["timeUnit"] as? String == "time units")

        let loop = try runSimulate(["simulate", "network", "--replications", "2", "-"],
                                   stdin: UXNet.desk(horizon: "30000", next: #"[{"to": "desk", "p": 1.0}]"#))
        #expect(loop.status == 0)
        #expect(loop.err.contains("warning: no-exit: customers who reach \"desk\" can never leave the system"), "\(loop.err)")
    }

    @Test("a short run prints nothing on standard error; one replication writes null intervals (D10)")
    func quietShortRun() throws {
        let r = try runSimulate(["simulate", "network", "--replications", "1", "-"], stdin: UXNet.desk(horizon: "21000"))
        #expect(r.status == 0)
        #expect(r.err.isEmpty, "\(r.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let desk = try #require(((json["stations"] as? [String: Any])?["desk"] as? [String: Any])?["all"] as? [String: Any])
        let wait = try #require(desk["meanWait"] as? [String: Any])
        #expect(wait["ci95"] is NSNull)
        #expect(json["warnings"] as? [Any] != nil)
    }

    @Test("a long run shows progress on standard error; --progress never turns it off")
    func progress() throws {
        // About a million events on one thread: several seconds in a debug build.
        let input = UXNet.desk(horizon: "400000", replications: 2)
        let r = try runSimulate(["simulate", "network", "--threads", "1", "-"], stdin: input, timeout: 300)
        #expect(r.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let wall = try #require(json["wallSeconds"] as? Double)
        let progress = r.err.split(separator: "\n").filter { $0.hasPrefix("simulating: ") }
        if wall >= 3 {
            #expect(!progress.isEmpty, "\(wall) s without progress")
            #expect(progress.allSatisfy { $0.contains(" of 2 replications done") && $0.contains(" of 400,000") }, "\(progress)")
            // Not a flood: at most one line per two seconds off a terminal.
            #expect(Double(progress.count) <= wall / 2 + 1, "\(progress.count) lines in \(wall) s")
        } else if wall < 1.5 {
            #expect(progress.isEmpty)
        }
        let quiet = try runSimulate(["simulate", "network", "--threads", "1", "--progress", "never", "-"], stdin: input, timeout: 300)
        #expect(quiet.status == 0 && quiet.err.isEmpty, "\(quiet.err)")
    }
}
