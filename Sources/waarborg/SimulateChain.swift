import ArgumentParser
import Foundation
import WaarborgChain
import WaarborgRules
import WaarborgSim

extension Simulate {
    struct Chain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Simulate the Dutch asylum chain (waarborg.scenario/1) under one or more policy profiles.",
            discussion: """
            Every simulated applicant is a waarborg.case/1 routed by the same rules as `waarborg assess`, under \
            each profile in turn; the scenario's capacities decide when things happen. With --output, writes \
            result.json, summary.csv, one CSV per monthly series, report.html (English) and report.nl.html \
            (Dutch) to the directory; without it, prints result.json. A run that takes more than \
            \(Int(ProgressReporter.delay)) seconds shows its progress on standard error.
            """)

        @Option(help: "Comma-separated profile ids (default: \(Compare.preferred.joined(separator: ","))).") var profiles: String?
        @Option(help: "Directory for result.json, the CSV files and the HTML reports (created if missing).") var output: String?
        @Option(help: "Replications (overrides the scenario), 1 to \(Scenario.maxReplications).") var replications: Int?
        @Option(help: "Master seed (overrides the scenario).") var seed: Int?
        @Option(help: "Worker threads (default: all cores). The result does not depend on it.") var threads: Int?
        @Option(help: "The IND's order, replacing the scenario's: new-first, oldest-first, or share:X (a share X from 0 to 1 of capacity for the pre-Pact backlog first).")
        var priority: String?
        @Option(help: "The form of solidarity, replacing the scenario's: relocate or pay.") var solidarity: String?
        @Option(help: "Progress on standard error for runs longer than \(Int(ProgressReporter.delay)) s: auto or never.")
        var progress: ProgressMode = .auto
        @OptionGroup var sources: SourceOptions
        @Argument(help: "Scenario file (YAML or JSON), or - for standard input.") var file: String

        func run() throws {
            let bytes = readInput(file)
            if let t = threads, t < 1 { fail("error: --threads: must be at least 1") }
            let scenario: Scenario
            do {
                scenario = try ChainInput.scenario(bytes, replications: replications, seed: seed, priority: priority, solidarity: solidarity)
            } catch { fail("error: \(error)") }
            let engine: Engine
            do { engine = try sources.engine() } catch { fail("\(error)") }
            let chosen: [PolicyProfile]
            do { chosen = try ChainInput.profiles(profiles, defaults: Compare.defaultProfiles(engine), scenario: scenario, engine: engine) } catch {
                fail("error: \(error)")
            }
            if let dir = output { prepare(dir) }
            let monitor = RunMonitor(replications: chosen.count * scenario.replications, horizon: Double(scenario.horizonDays))
            let reporter = progress == .never ? nil : ProgressReporter(monitor)
            reporter?.start()
            let result: ChainResult
            do {
                result = try ChainResult.run(scenario, profiles: chosen, data: engine.data,
                                             threads: threads ?? ProcessInfo.processInfo.activeProcessorCount, monitor: monitor,
                                             otherProfiles: Array(engine.profiles.values))
            } catch {
                reporter?.finish()
                fail("error: \(error)")
            }
            reporter?.finish()
            let json = ChainResultEncoder.json(result)
            guard let dir = output else { writeOut(json); return }
            write(json, to: dir, "result.json")
            write(Array(ChainResultEncoder.summaryCSV(result).utf8), to: dir, "summary.csv")
            for m in ChainMetric.allCases { write(Array(ChainResultEncoder.csv(result, m).utf8), to: dir, "series/\(m.rawValue).csv") }
            write(Array(ChainReport.html(result, lang: .en).utf8), to: dir, "report.html")
            write(Array(ChainReport.html(result, lang: .nl).utf8), to: dir, "report.nl.html")
            let report = URL(fileURLWithPath: dir).appendingPathComponent("report.html").path
            print("wrote \(dir): result.json, summary.csv, series/*.csv, report.html, report.nl.html")
            print("open \(report) in a browser")
            let t = max(result.wallSeconds, 1e-9)
            print(String(format: "%d profiles x %d replications, %d months: %.1f s; %d persons in %d households, %d events (%.0f persons/s, %.0f events/s)",
                         chosen.count, scenario.replications, scenario.horizonMonths, result.wallSeconds, result.persons, result.households, result.events,
                         Double(result.persons) / t, Double(result.events) / t))
        }

        func prepare(_ dir: String) {
            do { try FileManager.default.createDirectory(atPath: dir + "/series", withIntermediateDirectories: true) } catch {
                fail("error: --output \(dir): cannot create the directory (\(error.localizedDescription))")
            }
        }

        func write(_ bytes: [UInt8], to dir: String, _ name: String) {
            let url = URL(fileURLWithPath: dir).appendingPathComponent(name)
            do { try Data(bytes).write(to: url, options: .atomic) } catch {
                fail("error: --output \(dir): cannot write \(name) (\(error.localizedDescription))")
            }
        }
    }
}
