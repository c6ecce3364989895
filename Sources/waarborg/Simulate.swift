import ArgumentParser
import Foundation
import WaarborgSim

struct Simulate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run simulations.",
        subcommands: [Network.self])

    struct Network: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Simulate a queueing network (waarborg.network/1, JSON or YAML) and print waarborg.network-result/1.")

        @Option(help: "Replications (overrides the file).") var replications: Int?
        @Option(help: "Master seed (overrides the file).") var seed: Int?
        @Option(help: "Worker threads (default: all cores). The result does not depend on it.") var threads: Int?
        @Argument(help: "Network file, or - for standard input.") var file: String

        func run() throws {
            let bytes = readInput(file)
            var spec: NetworkSpec
            do { spec = try NetworkDecoder.decode(text: String(decoding: bytes, as: UTF8.self)) } catch {
                fail("error: invalid network: \(error)")
            }
            if let r = replications {
                guard (1...100_000).contains(r) else { fail("error: --replications: must be from 1 to 100000") }
                spec.replications = r
            }
            if let s = seed {
                guard s >= 0 else { fail("error: --seed: must be 0 or more") }
                spec.seed = UInt64(s)
            }
            if let t = threads, t < 1 { fail("error: --threads: must be at least 1") }
            let result: NetworkResult
            do {
                result = try NetworkResult.run(spec, threads: threads ?? ProcessInfo.processInfo.activeProcessorCount)
            } catch {
                fail("error: \(error)")
            }
            var out = result.encode(pretty: true)
            out.append(0x0A)
            writeOut(out)
        }
    }
}
