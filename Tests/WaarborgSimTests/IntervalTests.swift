import Testing
import WaarborgJSON
@testable import WaarborgSim

/// Runs `text` and returns the result both as text and parsed.
func encodedResult(_ text: String, threads: Int = 1) throws -> (text: String, json: JSONValue) {
    let bytes = try NetworkResult.run(try NetworkDecoder.decode(text: text), threads: threads).encode(pretty: true)
    return (String(decoding: bytes, as: UTF8.self), try JSONParser.parse(bytes))
}

/// Every `ci95` value in the document.
func intervals(_ v: JSONValue) -> [JSONValue] {
    switch v {
    case .object(let members): members.flatMap { $0.0 == "ci95" ? [$0.1] : intervals($0.1) }
    case .array(let items): items.flatMap(intervals)
    default: []
    }
}

@Suite("Result intervals and numbers: null when there is no interval, never NaN or infinity")
struct IntervalTests {
    @Test("one replication: ci95 is null, not [mean, mean] (D10); with two, an interval")
    func oneReplication() throws {
        let one = try encodedResult(single(lambda: 0.5, service: #"{"exponential": {"mean": 1}}"#, servers: 1, horizon: 500, warmup: 0, reps: 1))
        let cis = intervals(one.json)
        #expect(!cis.isEmpty && cis.allSatisfy { $0 == .null })
        let two = try encodedResult(single(lambda: 0.5, service: #"{"exponential": {"mean": 1}}"#, servers: 1, horizon: 500, warmup: 0, reps: 2))
        let wait = two.json["stations"]?["s"]?["all"]?["meanWait"]?["ci95"]
        guard case .array(let bounds)? = wait, bounds.count == 2, case .number(let lo) = bounds[0], case .number(let hi) = bounds[1] else {
            Issue.record("no interval: \(String(describing: wait))"); return
        }
        #expect(lo < hi)
        #expect(Estimate([1.0])?.ci95 == nil && Estimate([1.0, 3.0])?.ci95 != nil)
    }

    @Test("NaN and infinity are never written: a metric nobody observed is null, an overflowing mean is null")
    func nonFinite() throws {
        // Station b is never reached: its means are null; no "nan" or "inf" anywhere.
        let r = try encodedResult(network("""
            {"id": "a", "servers": 1, "service": {"exponential": {"mean": 0.5}}},
            {"id": "b", "servers": 1, "service": {"exponential": {"mean": 0.5}}}
            """, horizon: 200))
        #expect(r.json["stations"]?["b"]?["all"]?["meanWait"] == .null)
        #expect(!r.text.contains("nan") && !r.text.contains("inf"))
        // A mean that overflows to infinity.
        let huge = try #require(Estimate([1e308, 1e308]))
        #expect(!huge.mean.isFinite)
        var w = JSONWriter(pretty: false)
        w.beginArray(); NetworkResult.write(huge, &w); NetworkResult.write(Double.nan, &w); NetworkResult.write(-Double.infinity, &w); w.endArray()
        #expect(String(decoding: w.bytes, as: UTF8.self) == "[null,null,null]")
    }
}
