import Foundation
import Testing
@testable import WaarborgSim

@Suite("Random streams are set up in time linear in the replications (D4)")
struct StreamSetupTests {
    /// First two outputs of `RandomStreams.stream(seed:replication:purpose:)`, recorded from the
    /// implementation before the set-up was made linear (commit 49cacb1): the same seed must keep
    /// giving the same random numbers.
    static let recorded: [(seed: UInt64, replication: Int, purpose: Int, first: UInt64, second: UInt64)] = [
        (1, 0, 0, 12966619160104079557, 9600361134598540522),
        (1, 1, 0, 3686199559692413392, 203099001685823382),
        (1, 0, 1, 4176136774912868871, 6548515288646613753),
        (1, 5, 3, 6806104660924951561, 5637880094221462557),
        (1, 17, 2, 17030963262132505357, 16191748284473368593),
        (1, 999, 4, 2291984440417534193, 10167701846407089031),
        (1, 1000, 0, 8654257512152641675, 15590767021196552451),
        (1, 3, 7, 6500283801462824908, 4742250728484951250),
        (42, 0, 0, 1546998764402558742, 6990951692964543102),
        (42, 1, 0, 5766981335298035530, 13414075677763163907),
        (42, 0, 1, 11575600654643926073, 12220922501490792721),
        (42, 5, 3, 16769035647557068695, 14383885515622839201),
        (42, 17, 2, 2618351946270765858, 5134366184443834921),
        (42, 999, 4, 15508523166946626503, 7497066804342244075),
        (42, 1000, 0, 11051784538231988281, 8188883278636019063),
        (42, 3, 7, 4318615502504735789, 12487922013108235923),
        (0xDEAD_BEEF, 0, 0, 14219364052333592195, 7332719151195188792),
        (0xDEAD_BEEF, 5, 3, 13942807192246369984, 9888640752772745984),
        (0xDEAD_BEEF, 999, 4, 8190047893727400509, 6541606862421571673),
        (0xDEAD_BEEF, 3, 7, 16591210633730042460, 1136301460952043460),
    ]

    @Test("the streams give the values recorded before the change, built one by one or by the cursor")
    func sameAsBefore() {
        for r in Self.recorded {
            var one = RandomStreams.stream(seed: r.seed, replication: r.replication, purpose: r.purpose)
            #expect([one.next(), one.next()] == [r.first, r.second], "stream \(r)")
            var all = RandomStreams.streams(seed: r.seed, replication: r.replication, count: r.purpose + 1)
            #expect([all[r.purpose].next(), all[r.purpose].next()] == [r.first, r.second], "streams \(r)")
        }
    }

    @Test("a cursor moved on replication by replication (or several at a time) matches each stream built from the seed")
    func cursorWalk() {
        for step in [1, 2, 3] {
            var cursor = StreamCursor(seed: 9, purposes: 5)
            cursor.advance(by: 1)
            for _ in 0..<6 {
                for p in 0..<5 {
                    #expect(cursor.streams[p] == RandomStreams.stream(seed: 9, replication: cursor.replication, purpose: p),
                            "replication \(cursor.replication) purpose \(p) step \(step)")
                }
                cursor.advance(by: step)
            }
        }
    }

    @Test("a run gives every replication the streams it had before, whatever the number of threads")
    func runUsesTheSameStreams() throws {
        let spec = try NetworkDecoder.decode(text: single(lambda: 0.8, service: #"{"exponential": {"mean": 1}}"#, servers: 1,
                                                          horizon: 200, warmup: 0, reps: 7))
        let expected = (0..<7).map { r in
            let streams = (0..<NetworkSimulator.streamCount(spec)).map { RandomStreams.stream(seed: spec.seed, replication: r, purpose: $0) }
            var sim = NetworkSimulator(spec: spec, replication: r, streams: streams)
            return sim.run().traceHash
        }
        for threads in [1, 2, 3] {
            #expect(try NetworkResult.run(spec, threads: threads).traceHashes == expected, "\(threads) threads")
        }
    }

    @Test("100,000 replications of streams are set up in seconds, not hours")
    func setUpIsLinear() {
        let start = Date()
        var cursor = StreamCursor(seed: 1, purposes: 4)
        for _ in 1..<100_000 { cursor.advance(by: 1) }
        let seconds = -start.timeIntervalSinceNow
        #expect(cursor.replication == 99_999)
        var last = cursor.streams[3]
        var fromSeed = RandomStreams.stream(seed: 1, replication: 99_999, purpose: 3)
        #expect(last.next() == fromSeed.next())
        // The quadratic set-up took about 70 minutes for this in a release build; debug builds
        // on a shared machine take a few seconds for the linear one.
        #expect(seconds < 60, "set-up took \(seconds) s")
    }

    @Test("a run of 100,000 replications with horizon 1 finishes")
    func manyReplications() throws {
        let spec = try NetworkDecoder.decode(text: single(lambda: 1, service: #"{"exponential": {"mean": 0.5}}"#, servers: 1,
                                                          horizon: 1, warmup: 0, reps: 100_000))
        let start = Date()
        let result = try NetworkResult.run(spec, threads: 2)
        #expect(result.traceHashes.count == 100_000)
        #expect(-start.timeIntervalSinceNow < 120)
    }
}
