// Speed of the simulation engine on one core, next to a bare struct-on-heap event loop.
// Run through scripts/benchmark-sim.sh (release build, pinned to one core); prints one line per
// measurement: `name value unit`.
import Dispatch
import Foundation
import HeapModule
import WaarborgSim

func seconds(_ body: () -> Void) -> Double {
    let t = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - t) / 1e9
}

/// The reference point: a hand-written M/M/c with events as structs in a heap, no statistics
/// beyond the mean wait (what the research prototype measured at 13-14 M customers per second).
func bareMMc(lambda: Double, mu: Double, c: Int, customers: Int) -> Double {
    struct Ev: Comparable { var t: Double; var seq: UInt64; var arrival: Bool
        static func < (a: Ev, b: Ev) -> Bool { a.t < b.t || (a.t == b.t && a.seq < b.seq) } }
    var g = Xoshiro256StarStar(seed: 1)
    var heap = Heap<Ev>(); var seq: UInt64 = 0
    var queue: [Double] = []; queue.reserveCapacity(1024); var head = 0
    var busy = 0, served = 0; var waitSum = 0.0
    heap.insert(Ev(t: -log(g.nextOpenUnit()) / lambda, seq: 0, arrival: true))
    while served < customers, let e = heap.popMin() {
        if e.arrival {
            seq += 1; heap.insert(Ev(t: e.t - log(g.nextOpenUnit()) / lambda, seq: seq, arrival: true))
            if busy < c { busy += 1; served += 1; seq += 1; heap.insert(Ev(t: e.t - log(g.nextOpenUnit()) / mu, seq: seq, arrival: false)) }
            else { queue.append(e.t) }
        } else if head < queue.count {
            waitSum += e.t - queue[head]; head += 1
            if head > 4096 && head * 2 > queue.count { queue.removeFirst(head); head = 0 }
            served += 1; seq += 1; heap.insert(Ev(t: e.t - log(g.nextOpenUnit()) / mu, seq: seq, arrival: false))
        } else { busy -= 1 }
    }
    return waitSum / Double(served)
}

/// JaamSim's hold model on the bare heap: N pending events, each replaced by one Uniform(0, 2N) later.
func bareHold(n: Int, events: Int) {
    struct Ev: Comparable { var t: Double; var seq: UInt64
        static func < (a: Ev, b: Ev) -> Bool { a.t < b.t || (a.t == b.t && a.seq < b.seq) } }
    var g = Xoshiro256StarStar(seed: 2)
    var heap = Heap<Ev>(); var seq: UInt64 = 0
    for _ in 0..<n { seq += 1; heap.insert(Ev(t: g.nextUnit() * Double(2 * n), seq: seq)) }
    for _ in 0..<events {
        let e = heap.min!
        seq += 1
        _ = heap.replaceMin(with: Ev(t: e.t + g.nextUnit() * Double(2 * n), seq: seq))
    }
}

func network(_ json: String) -> NetworkSpec { try! NetworkDecoder.decode(text: json) }

let mm10 = network("""
{"schema": "waarborg.network/1", "horizon": 500000, "warmup": 1000, "replications": 1, "seed": 1,
 "arrivals": [{"to": "s", "interarrival": {"exponential": {"mean": 0.1111111111111111}}}],
 "stations": [{"id": "s", "servers": 10, "service": {"exponential": {"mean": 1}}}]}
""")

func hold(_ n: Int, horizon: Double) -> NetworkSpec {
    network("""
    {"schema": "waarborg.network/1", "horizon": \(horizon), "warmup": 0, "replications": 1, "seed": 1,
     "arrivals": [{"to": "h", "interarrival": {"deterministic": {"value": 0}}, "limit": \(n)}],
     "stations": [{"id": "h", "servers": \(n), "service": {"uniform": {"min": 0, "max": \(2 * n)}}, "next": [{"to": "h", "p": 1}]}]}
    """)
}

var customers = 4_500_000
var t = seconds { _ = bareMMc(lambda: 9, mu: 1, c: 10, customers: customers) }
print("bare-mm10 \(Int(Double(customers) / t)) customers/s")

var result: ReplicationResult! = nil
t = seconds { var sim = NetworkSimulator(spec: mm10, replication: 0); result = sim.run() }
print("engine-mm10 \(Int(Double(result.events) / 2 / t)) customers/s")

for n in [1_000, 100_000] {
    let events = 20_000_000
    t = seconds { bareHold(n: n, events: events) }
    print("bare-hold-\(n) \(Int(Double(events) / t)) events/s")
    // Each customer holds for Uniform(0, 2N), mean N, so N customers complete about one hold per
    // time unit: a horizon of 10 million gives about 10 million events.
    t = seconds { var sim = NetworkSimulator(spec: hold(n, horizon: 10_000_000), replication: 0); result = sim.run() }
    print("engine-hold-\(n) \(Int(Double(result.events) / t)) events/s")
}
