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
// The decision path, repeated so that the run lasts long enough to time.
var checksum = 0
let rounds = max(1, 200_000 / max(n, 1))
let tDecide = only == "json" ? 1 : seconds {
    for _ in 0..<rounds {
        for f in cases { checksum &+= assessor.decide(f).procedure.route.hashValue & 1 }
    }
}
print("decide \(Int(Double(n * rounds) / tDecide)) cases/s")
// `BENCH_ONLY=decide` stops here, for profiling the decision path alone; `BENCH_ONLY=json` skips
// to the writer alone.
if only == "decide" { exit(checksum == 42 ? 1 : 0) }

let tAssess = only == "json" ? 1 : seconds { for f in cases { checksum &+= assessor.assess(f).trace.count } }
print("assess \(Int(Double(n) / tAssess)) cases/s")

var w = JSONWriter(pretty: false, capacity: 1 << 20)
var bytes = 0
let tWrite = only == "json" ? 1 : seconds {
    for f in cases {
        AssessmentEncoder.write(assessor.assess(f), into: &w)
        w.newlineAtEnd()
        if w.count > 1 << 20 { bytes += w.count; w.reset() }
    }
}
bytes += w.count
print("assess+json \(Int(Double(n) / tWrite)) cases/s")
print("json-bytes-per-case \(bytes / max(n, 1)) bytes")

// The writer alone, on assessments made beforehand (at most 5,000, to bound memory): what writing
// the JSON costs, in cases and in megabytes per second, whatever the rules cost.
let made = cases.prefix(5_000).map { assessor.assess($0) }
var written = 0
w.reset()
let tEncode = seconds {
    for a in made {
        AssessmentEncoder.write(a, into: &w)
        w.newlineAtEnd()
        if w.count > 1 << 20 { written += w.count; w.reset() }
    }
}
written += w.count
print("json-only \(Int(Double(made.count) / tEncode)) cases/s")
print("json-only-bandwidth \(Int(Double(written) / tEncode / 1e6)) MB/s")
if checksum == 42 { print("") }
