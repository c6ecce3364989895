// Speed of the rules on one core, in three parts: the decision path the simulation uses (the rules
// run silent, no open-fact search), the full assessment (trace, texts, open facts), and the full
// assessment written as JSON. Cases come from a JSON Lines file (scripts/generate-cases.py) and are
// decoded before the clock starts, so the figures measure the rules, not the parser.
// Run through scripts/benchmark-assess.sh; prints one line per measurement: `name value unit`.
import Dispatch
import Foundation
import WaarborgJSON
import WaarborgRules

func seconds(_ body: () -> Void) -> Double {
    let t = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - t) / 1e9
}

let args = CommandLine.arguments
guard args.count >= 2, let text = try? Data(contentsOf: URL(fileURLWithPath: args[1])) else {
    FileHandle.standardError.write("usage: waarborg-assess-bench CASES.jsonl [PROFILE]\n".data(using: .utf8)!)
    exit(64)
}
let profileID = args.count >= 3 ? args[2] : Engine.defaultProfile
let engine = try Engine.load()
guard let assessor = engine.assessor(profileID) else { fatalError("unknown profile \(profileID)") }

var cases: [CaseFacts] = []
var decodeTime = 0.0
decodeTime = seconds {
    for line in text.split(separator: 0x0A) where !line.isEmpty {
        if let f = try? CaseDecoder.decode(Array(line)) { cases.append(f) }
    }
}
let n = cases.count
print("cases \(n) \(profileID)")
print("decode \(Int(Double(n) / decodeTime)) cases/s")

let only = ProcessInfo.processInfo.environment["BENCH_ONLY"]
// The loops run inside functions, on locals: top-level variables of a main file are globals, whose
// every access Swift checks for exclusivity at run time, which the rules never pay.
func timeDecide(_ cases: [CaseFacts], _ assessor: Assessor, rounds: Int) -> (seconds: Double, checksum: Int) {
    var checksum = 0
    let t = seconds {
        for _ in 0..<rounds {
            for f in cases { checksum &+= assessor.decide(f).procedure.route.hashValue & 1 }
        }
    }
    return (t, checksum)
}
func timeAssess(_ cases: [CaseFacts], _ assessor: Assessor) -> (seconds: Double, checksum: Int) {
    var checksum = 0
    let t = seconds { for f in cases { checksum &+= assessor.assess(f).trace.count } }
    return (t, checksum)
}
// The decision path, repeated so that the run lasts long enough to time.
var checksum = 0
let rounds = max(1, 200_000 / max(n, 1))
let decided = only == "json" || only == "assess" ? (seconds: 1.0, checksum: 0) : timeDecide(cases, assessor, rounds: rounds)
let tDecide = decided.seconds
checksum &+= decided.checksum
print("decide \(Int(Double(n * rounds) / tDecide)) cases/s")
// `BENCH_ONLY=decide` stops here, for profiling the decision path alone; `BENCH_ONLY=json` skips
// to the writer alone; `BENCH_ONLY=assess` times the full assessment alone.
if only == "decide" { exit(checksum == 42 ? 1 : 0) }

let assessed = only == "json" ? (seconds: 1.0, checksum: 0) : timeAssess(cases, assessor)
// `BENCH_ONLY=assess` stops after the full assessment, for profiling it.
if only == "assess" { print("assess \(Int(Double(n) / assessed.seconds)) cases/s"); exit(assessed.checksum == 42 ? 1 : 0) }
let tAssess = assessed.seconds
checksum &+= assessed.checksum
print("assess \(Int(Double(n) / tAssess)) cases/s")

/// Assesses (or takes the assessments made beforehand) and writes each as a JSON line into a
/// buffer of 1 MB that is emptied when full; returns the time and the bytes written.
func timeWrite(_ count: Int, _ assessment: (Int) -> Assessment) -> (seconds: Double, bytes: Int) {
    var w = JSONWriter(pretty: false, capacity: 1 << 20)
    var bytes = 0
    let t = seconds {
        for i in 0..<count {
            AssessmentEncoder.write(assessment(i), into: &w)
            w.newlineAtEnd()
            if w.count > 1 << 20 { bytes += w.count; w.reset() }
        }
    }
    return (t, bytes + w.count)
}
let written = only == "json" ? (seconds: 1.0, bytes: 0) : timeWrite(n) { assessor.assess(cases[$0]) }
print("assess+json \(Int(Double(n) / written.seconds)) cases/s")
print("json-bytes-per-case \(written.bytes / max(n, 1)) bytes")

// The writer alone, on assessments made beforehand (at most 5,000, to bound memory): what writing
// the JSON costs, in cases and in megabytes per second, whatever the rules cost.
let made = cases.prefix(5_000).map { assessor.assess($0) }
let encoded = timeWrite(made.count) { made[$0] }
print("json-only \(Int(Double(made.count) / encoded.seconds)) cases/s")
print("json-only-bandwidth \(Int(Double(encoded.bytes) / encoded.seconds / 1e6)) MB/s")
if checksum == 42 { print("") }
