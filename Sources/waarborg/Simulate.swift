import ArgumentParser
import Foundation
import WaarborgSim

struct Simulate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run simulations.",
        subcommands: [Network.self, Chain.self])

    enum ProgressMode: String, ExpressibleByArgument, CaseIterable { case auto, never }

    struct Network: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Simulate a queueing network (waarborg.network/1, JSON or YAML) and print waarborg.network-result/1.",
            discussion: """
            Warnings (an unstable station, customers who cannot leave, a queue still growing) are in the result's \
            "warnings" and are also printed on standard error, one line each. A run that takes more than \
            \(Int(ProgressReporter.delay)) seconds shows its progress on standard error.
            """)

        @Option(help: "Replications (overrides the file).") var replications: Int?
        @Option(help: "Master seed (overrides the file).") var seed: Int?
        @Option(help: "Worker threads (default: all cores). The result does not depend on it.") var threads: Int?
        @Option(help: "Progress on standard error for runs longer than \(Int(ProgressReporter.delay)) s: auto or never.")
        var progress: ProgressMode = .auto
        @Argument(help: "Network file, or - for standard input.") var file: String

        func run() throws {
            let bytes = readInput(file)
            let spec: NetworkSpec
            do { spec = try NetworkInput.spec(bytes, replications: replications, seed: seed) } catch { fail("error: \(error)") }
            if let t = threads, t < 1 { fail("error: --threads: must be at least 1") }
            // Warnings that follow from the network itself come first, so that a long run of an
            // unstable network can be stopped early; those from what the run saw come after it.
            let early = NetworkAnalysis(spec).warnings
            for w in early { printError("warning: \(w)") }
            let monitor = RunMonitor(replications: spec.replications, horizon: spec.horizon)
            let reporter = progress == .never ? nil : ProgressReporter(monitor)
            reporter?.start()
            let result: NetworkResult
            do {
                result = try NetworkResult.run(spec, threads: threads ?? ProcessInfo.processInfo.activeProcessorCount, monitor: monitor)
            } catch {
                reporter?.finish()
                fail("error: \(error)")
            }
            reporter?.finish()
            for w in result.warnings where !early.contains(w) { printError("warning: \(w)") }
            writeOut(NetworkInput.document(result))
        }
    }
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// Shows a run's progress on standard error once it has taken `delay` seconds: rewritten in
/// place a few times a second on a terminal, one line every `logInterval` seconds otherwise
/// (a log file or a pipe). Short runs print nothing.
final class ProgressReporter: @unchecked Sendable {
    static let delay = 2.0
    static let terminalInterval = 0.25
    static let logInterval = 2.0

    private let monitor: RunMonitor
    private let terminal = isatty(FileHandle.standardError.fileDescriptor) != 0
    // `stopped` and `shown` are guarded by `lock`; the thread is the only other user.
    private let lock = NSCondition()
    private var stopped = false
    private var shown = false
    private var thread: Thread?

    init(_ monitor: RunMonitor) { self.monitor = monitor }

    func start() {
        let t = Thread { [self] in loop() }
        thread = t
        t.start()
    }

    private func loop() {
        let interval = terminal ? Self.terminalInterval : Self.logInterval
        var next = Date(timeIntervalSinceNow: Self.delay)
        lock.lock()
        defer { lock.unlock() }
        while !stopped {
            if !lock.wait(until: next) {
                // Timed out: time to show the progress.
                if stopped { break }
                let line = monitor.snapshot().line
                FileHandle.standardError.write(Data((terminal ? "\r\u{1B}[K" + line : line + "\n").utf8))
                shown = true
                next = Date(timeIntervalSinceNow: interval)
            }
        }
    }

    /// Stops the display and, on a terminal, clears its line.
    func finish() {
        lock.lock()
        stopped = true
        lock.signal()
        let clear = shown && terminal
        lock.unlock()
        while thread?.isFinished == false { Thread.sleep(forTimeInterval: 0.005) }
        if clear { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
