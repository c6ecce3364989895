import DequeModule
import Foundation
import HeapModule

/// Per-class counters of one station in one replication (after the warm-up).
struct ClassCounters: Sendable {
    var arrivals = 0, blocked = 0, abandoned = 0, completions = 0
    var waitSum = 0.0, sojournSum = 0.0
    var areaWaiting = 0.0, areaBusy = 0.0
}

/// What one replication measured: per station, per class, plus the station-level areas.
public struct ReplicationResult: Sendable {
    struct StationResult: Sendable {
        var classes: [ClassCounters]
        var areaServers: Double
        /// Waiting and sojourn time at each of `ReplicationResult.quantiles` (NaN with no
        /// observations): kept instead of the two histograms, which take 16 KB per station and
        /// replication (1.6 GB for 100,000 replications of one station).
        var waitQuantiles: [Double]
        var sojournQuantiles: [Double]
        /// Customers waiting when the run ended (a queue that keeps growing ends long).
        var waitingAtEnd: Int
    }
    var stations: [StationResult]
    var observed: Double
    /// Customers who arrived from outside, who left through `exit`, and who were lost (blocked
    /// without overflow, or abandoned), after the warm-up.
    var entered: Int
    var left: Int
    var lost: Int
    public let events: Int
    /// FNV-1a over every event processed (time, kind, place, customer): equal hashes mean equal runs.
    public let traceHash: UInt64
    /// Why the replication ended before its horizon, or nil when it ran to the end.
    public let stop: ReplicationStop?

    /// The percentiles the result reports.
    static let quantiles: [(name: String, q: Double)] = [("p50", 0.5), ("p90", 0.9), ("p95", 0.95), ("p99", 0.99)]
}

/// Why a replication was stopped before its horizon.
public struct ReplicationStop: Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        /// More events at one instant than any finite run of the network needs: customers are
        /// going round stations with zero service time.
        case eventsAtOneInstant(Int)
        /// Another replication of the same run was stopped (or the caller cancelled the run).
        case cancelled
    }
    public let replication: Int
    /// The simulated time the replication had reached.
    public let time: Double
    public let reason: Reason
}

/// One replication of a queueing network: an event loop over value-type events in a heap.
///
/// Everything the loop touches is a flat array indexed by station, by `station * classes + class`
/// or by customer id, resolved once from the spec, so the loop does no lookups, copies no
/// structures and allocates nothing per event in steady state.
public struct NetworkSimulator {
    let spec: NetworkSpec
    let replication: Int
    private let classCount: Int
    private let warmup: Double
    private let horizon: Double

    // Fixed per station (s) or per station and class (k = s * classCount + c).
    private let capacity: [Int]
    private let overflow: [Int]
    private let preemptive: [Bool]
    private let patience: [Distribution?]
    private let rank: [Int]
    private let level: [Int]
    private let levels: Int
    private let service: [Distribution]
    private let serviceMean: [Double]  // > 0 for exponential service (fast path)
    private let routeStart: [Int]
    private let routeEnd: [Int]
    private let routeTarget: [Int]
    private let routeProbability: [Double]
    private let arrivalMean: [Double]  // > 0 for exponential interarrivals (fast path)

    // Customers (structure of arrays; ids reused through a free list; versions only grow).
    private let cls = Column<Int>(repeating: 0, count: 0)
    private let at = Column<Int>(repeating: 0, count: 0)
    private let stationArrival = Column<Double>(repeating: 0, count: 0)
    private let demand = Column<Double>(repeating: 0, count: 0)
    private let remaining = Column<Double>(repeating: 0, count: 0)
    private let serviceStart = Column<Double>(repeating: 0, count: 0)
    private let version = Column<UInt32>(repeating: 0, count: 0)
    private let slot = Column<Int>(repeating: 0, count: 0)
    private var free: [Int32] = []

    // Station state.
    private let servers: Column<Int>
    private let busy: Column<Int>
    private let waiting: Column<Int>
    private let last: Column<Double>
    private let areaServers: Column<Double>
    private let inService: Column<[Int32]>
    /// One FIFO queue per station and priority level (index s * levels + level); entries carry
    /// the version at which they were queued, so entries of customers who left are skipped.
    private let queues: Column<Deque<(id: Int32, version: UInt32)>>
    private let waitingByClass: Column<Int>
    private let busyByClass: Column<Int>
    private let counters: Column<ClassCounters>
    private let waits: Column<Histogram>
    private let sojourns: Column<Histogram>

    private var heap = Heap<Event>()
    private var sequence: UInt64 = 0
    private let arrivalRNG: Column<Xoshiro256StarStar>
    private let serviceRNG: Column<Xoshiro256StarStar>
    private let patienceRNG: Column<Xoshiro256StarStar>
    private let routingRNG: Column<Xoshiro256StarStar>
    private let arrivalPosition: Column<Int>
    private let arrivalCount: Column<Int>
    private let servicePosition: Column<Int>
    private let patiencePosition: Column<Int>
    private var events = 0
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    private var entered = 0
    private var left = 0
    private var lost = 0

    // The zero-time loop guard: events and outside arrivals at the current instant.
    private var instant = -Double.infinity
    private var instantEvents = 0
    private var instantArrivals = 0
    /// Events at one instant allowed before the guard looks at the number of customers.
    var instantEventBase = NetworkSimulator.defaultInstantEventBase
    static let defaultInstantEventBase = 1_000_000
    /// Events allowed at one instant per customer present or arriving then.
    static let instantEventsPerCustomer = 1_000
    /// How often (in events) the loop reports its time to the monitor and looks for a cancellation.
    static let checkInterval = 1 << 16

    /// The number of random streams a replication of `spec` uses (see `init(spec:replication:streams:)`).
    public static func streamCount(_ spec: NetworkSpec) -> Int { spec.arrivals.count + 3 * spec.stations.count }

    public init(spec: NetworkSpec, replication: Int) {
        self.init(spec: spec, replication: replication,
                  streams: RandomStreams.streams(seed: spec.seed, replication: replication, count: Self.streamCount(spec)))
    }

    /// `streams` holds the replication's streams in purpose order (`RandomStreams.streams`, or a
    /// `StreamCursor` at this replication): one per stochastic process, arrivals per source, then
    /// service, patience and routing per station, so the same seed gives every scenario the same
    /// random numbers.
    public init(spec: NetworkSpec, replication: Int, streams: [Xoshiro256StarStar]) {
        precondition(streams.count == Self.streamCount(spec), "one stream per arrival source and three per station")
        self.spec = spec
        self.replication = replication
        let C = spec.classes.count, S = spec.stations.count, A = spec.arrivals.count
        classCount = C
        warmup = spec.warmup
        horizon = spec.horizon
        arrivalRNG = Column(Array(streams[0..<A]))
        serviceRNG = Column(Array(streams[A..<(A + S)]))
        patienceRNG = Column(Array(streams[(A + S)..<(A + 2 * S)]))
        routingRNG = Column(Array(streams[(A + 2 * S)..<(A + 3 * S)]))
        arrivalPosition = Column(repeating: 0, count: spec.arrivals.count)
        arrivalCount = Column(repeating: 0, count: spec.arrivals.count)
        servicePosition = Column(repeating: 0, count: S)
        patiencePosition = Column(repeating: 0, count: S)
        arrivalMean = spec.arrivals.map { if case .exponential(let m) = $0.interarrival { m } else { -1 } }

        capacity = spec.stations.map { $0.capacity ?? Int.max }
        overflow = spec.stations.map { $0.overflow ?? -1 }
        preemptive = spec.stations.map { $0.discipline == .preemptivePriority }
        patience = spec.stations.map(\.patience)
        var rank: [Int] = [], level: [Int] = [], service: [Distribution] = [], serviceMean: [Double] = []
        var routeStart: [Int] = [], routeEnd: [Int] = [], routeTarget: [Int] = [], routeProbability: [Double] = []
        var maxLevels = 1
        for st in spec.stations {
            let ranks = Array(Set(st.rank)).sorted()
            maxLevels = max(maxLevels, ranks.count)
            for c in 0..<C {
                rank.append(st.rank[c])
                level.append(ranks.firstIndex(of: st.rank[c])!)
                service.append(st.service[c])
                if case .exponential(let m) = st.service[c] { serviceMean.append(m) } else { serviceMean.append(-1) }
                routeStart.append(routeTarget.count)
                for r in st.next[c] {
                    routeTarget.append(r.station ?? -1)
                    routeProbability.append(r.probability)
                }
                routeEnd.append(routeTarget.count)
            }
        }
        self.rank = rank
        self.level = level
        self.levels = maxLevels
        self.service = service
        self.serviceMean = serviceMean
        self.routeStart = routeStart
        self.routeEnd = routeEnd
        self.routeTarget = routeTarget
        self.routeProbability = routeProbability

        servers = Column(spec.stations.map { st in st.schedule.first.map { $0.from <= 0 ? $0.servers : st.servers } ?? st.servers })
        busy = Column(repeating: 0, count: S)
        waiting = Column(repeating: 0, count: S)
        last = Column(repeating: 0, count: S)
        areaServers = Column(repeating: 0, count: S)
        inService = Column(repeating: [], count: S)
        queues = Column(repeating: Deque(), count: S * maxLevels)
        waitingByClass = Column(repeating: 0, count: S * C)
        busyByClass = Column(repeating: 0, count: S * C)
        counters = Column(repeating: ClassCounters(), count: S * C)
        waits = Column(repeating: Histogram(), count: S)
        sojourns = Column(repeating: Histogram(), count: S)
        heap.reserveCapacity(1024)
    }

    @inline(__always)
    private mutating func schedule(_ time: Double, _ kind: Event.Kind, _ index: Int, _ customer: Int32 = -1, _ v: UInt32 = 0) {
        sequence &+= 1
        heap.insert(Event(time: time, sequence: sequence, kind: kind, index: index, customer: customer, version: v))
    }

    private mutating func newCustomer(_ c: Int) -> Int32 {
        if let id = free.popLast() {
            cls[Int(id)] = c
            version[Int(id)] &+= 1
            return id
        }
        cls.append(c); at.append(-1); stationArrival.append(0); demand.append(0); remaining.append(0)
        serviceStart.append(0); version.append(0); slot.append(-1)
        return Int32(cls.count - 1)
    }

    @inline(__always)
    private mutating func release(_ id: Int32) {
        version[Int(id)] &+= 1
        at[Int(id)] = -1
        free.append(id)
    }

    /// Brings the station's time-weighted areas up to `t` (only the part after the warm-up counts).
    @inline(__always)
    private mutating func touch(_ s: Int, _ t: Double) {
        let from = max(last[s], warmup)
        if t > from {
            let dt = t - from
            areaServers[s] += Double(servers[s]) * dt
            let base = s * classCount
            for k in base..<(base + classCount) {
                counters[k].areaWaiting += Double(waitingByClass[k]) * dt
                counters[k].areaBusy += Double(busyByClass[k]) * dt
            }
        }
        last[s] = t
    }

    /// Runs the replication to its horizon. It stops early (see `ReplicationResult.stop`) when
    /// more events happen at one instant than `instantEventBase` plus
    /// `instantEventsPerCustomer` for every customer present or arriving at that instant: a
    /// finite run never needs that many, while customers going round stations with zero service
    /// time would loop for ever without the clock moving.
    public mutating func run() -> ReplicationResult { run(monitor: nil) }

    mutating func run(monitor: RunMonitor?) -> ReplicationResult {
        var stop: ReplicationStop? = nil
        for i in spec.arrivals.indices {
            let first = nextInterarrival(i)
            if first <= (spec.arrivals[i].until ?? horizon) && first <= horizon { schedule(first, .arrival, i) }
        }
        for (s, st) in spec.stations.enumerated() {
            for (k, change) in st.schedule.enumerated() where change.from > 0 || k > 0 { schedule(change.from, .schedule, s, Int32(k)) }
        }
        var nextCheck = Self.checkInterval
        while let e = heap.popMin() {
            if e.time > horizon { break }
            if events >= nextCheck {
                nextCheck = events + Self.checkInterval
                if let monitor {
                    if monitor.isCancelled { stop = .init(replication: replication, time: e.time, reason: .cancelled); break }
                    monitor.reached(replication, time: e.time)
                }
            }
            if e.time == instant {
                if instantEvents > instantEventBase {
                    let present = cls.count - free.count
                    if instantEvents > instantEventBase + Self.instantEventsPerCustomer * (present + instantArrivals) {
                        stop = .init(replication: replication, time: e.time, reason: .eventsAtOneInstant(instantEvents))
                        break
                    }
                }
            } else {
                instant = e.time
                instantEvents = 0
                instantArrivals = 0
            }
            switch Event.Kind(rawValue: UInt8(e.order >> 62))! {
            case .arrival:
                let i = e.index
                let id = newCustomer(spec.arrivals[i].classIndex)
                record(e)
                instantArrivals += 1
                if e.time >= warmup { entered += 1 }
                enter(spec.arrivals[i].station, id, e.time)
                arrivalCount[i] += 1
                let next = e.time + nextInterarrival(i)
                if next <= (spec.arrivals[i].until ?? horizon) && next <= horizon && arrivalCount[i] < (spec.arrivals[i].limit ?? Int.max) {
                    schedule(next, .arrival, i)
                }
            case .serviceEnd:
                guard version[Int(e.customer)] == e.version else { continue }
                record(e)
                finishService(e.index, e.customer, e.time)
            case .abandon:
                guard version[Int(e.customer)] == e.version else { continue }
                record(e)
                abandon(e.index, e.customer, e.time)
            case .schedule:
                record(e)
                let s = e.index
                touch(s, e.time)
                servers[s] = spec.stations[s].schedule[Int(e.customer)].servers
                startWaiting(s, e.time)
            }
        }
        for s in spec.stations.indices { touch(s, stop?.time ?? horizon) }
        let C = classCount
        return ReplicationResult(
            stations: spec.stations.indices.map { s in
                .init(classes: (0..<C).map { counters[s * C + $0] }, areaServers: areaServers[s],
                      waitQuantiles: ReplicationResult.quantiles.map { waits[s].quantile($0.q) ?? .nan },
                      sojournQuantiles: ReplicationResult.quantiles.map { sojourns[s].quantile($0.q) ?? .nan },
                      waitingAtEnd: waiting[s])
            },
            observed: horizon - warmup, entered: entered, left: left, lost: lost, events: events, traceHash: hash, stop: stop)
    }

    @inline(__always)
    private mutating func nextInterarrival(_ i: Int) -> Double {
        let m = arrivalMean[i]
        if m > 0 { return -m * log(arrivalRNG[i].nextOpenUnit()) }
        return spec.arrivals[i].interarrival.sample(&arrivalRNG[i], position: &arrivalPosition[i])
    }

    @inline(__always)
    private mutating func record(_ e: Event) {
        events += 1
        instantEvents += 1
        let prime: UInt64 = 0x0000_0100_0000_01B3
        hash = (hash ^ e.time.bitPattern) &* prime
        hash = (hash ^ (e.order >> 62)) &* prime
        hash = (hash ^ (e.order & 0xFFFF)) &* prime
        hash = (hash ^ UInt64(UInt32(bitPattern: e.customer))) &* prime
    }

    /// `hops` counts overflows in a row: a chain of full stations that leads back to itself ends
    /// with the customer lost instead of looping.
    private mutating func enter(_ s: Int, _ id: Int32, _ t: Double, hops: Int = 0) {
        let i = Int(id)
        let c = cls[i]
        let k = s * classCount + c
        let counted = t >= warmup
        if counted { counters[k].arrivals += 1 }
        if busy[s] + waiting[s] >= capacity[s] {
            if counted { counters[k].blocked += 1 }
            if overflow[s] >= 0 && hops < capacity.count {
                enter(overflow[s], id, t, hops: hops + 1)
            } else {
                if counted { lost += 1 }
                release(id)
            }
            return
        }
        touch(s, t)
        at[i] = s
        stationArrival[i] = t
        let m = serviceMean[k]
        let d = m > 0 ? -m * log(serviceRNG[s].nextOpenUnit()) : service[k].sample(&serviceRNG[s], position: &servicePosition[s])
        demand[i] = d
        remaining[i] = d
        if busy[s] < servers[s] && waiting[s] == 0 {
            startService(s, id, t)
            return
        }
        if preemptive[s] && busy[s] >= servers[s], let victim = lowestPriorityInService(s), rank[s * classCount + cls[Int(victim)]] > rank[k] {
            preempt(s, victim, t)
            startService(s, id, t)
            return
        }
        enqueue(s, id, front: false)
        if let p = patience[s] {
            let wait = p.sample(&patienceRNG[s], position: &patiencePosition[s])
            schedule(t + wait, .abandon, s, id, version[i])
        }
    }

    private mutating func enqueue(_ s: Int, _ id: Int32, front: Bool) {
        let k = s * classCount + cls[Int(id)]
        let q = s * levels + level[k]
        if front { queues[q].prepend((id, version[Int(id)])) } else { queues[q].append((id, version[Int(id)])) }
        waiting[s] += 1
        waitingByClass[k] += 1
    }

    private func lowestPriorityInService(_ s: Int) -> Int32? {
        var worst: Int32? = nil
        var worstRank = Int.min
        var latest = -Double.infinity
        for id in inService[s] {
            let r = rank[s * classCount + cls[Int(id)]]
            if r > worstRank || (r == worstRank && serviceStart[Int(id)] > latest) {
                worst = id; worstRank = r; latest = serviceStart[Int(id)]
            }
        }
        return worst
    }

    /// Preemptive resume: the interrupted customer keeps the service still owed and goes back to
    /// the front of its class's queue.
    private mutating func preempt(_ s: Int, _ id: Int32, _ t: Double) {
        let i = Int(id)
        remaining[i] -= t - serviceStart[i]
        version[i] &+= 1
        removeFromService(s, id)
        busy[s] -= 1
        busyByClass[s * classCount + cls[i]] -= 1
        enqueue(s, id, front: true)
    }

    @inline(__always)
    private mutating func startService(_ s: Int, _ id: Int32, _ t: Double) {
        let i = Int(id)
        version[i] &+= 1
        serviceStart[i] = t
        busy[s] += 1
        busyByClass[s * classCount + cls[i]] += 1
        slot[i] = inService[s].count
        inService[s].append(id)
        schedule(t + remaining[i], .serviceEnd, s, id, version[i])
    }

    @inline(__always)
    private mutating func removeFromService(_ s: Int, _ id: Int32) {
        let k = slot[Int(id)]
        let lastID = inService[s].removeLast()
        if lastID != id {
            inService[s][k] = lastID
            slot[Int(lastID)] = k
        }
        slot[Int(id)] = -1
    }

    private mutating func finishService(_ s: Int, _ id: Int32, _ t: Double) {
        touch(s, t)
        let i = Int(id)
        let k = s * classCount + cls[i]
        removeFromService(s, id)
        busy[s] -= 1
        busyByClass[k] -= 1
        if stationArrival[i] >= warmup {
            let sojourn = t - stationArrival[i]
            counters[k].completions += 1
            counters[k].waitSum += sojourn - demand[i]
            counters[k].sojournSum += sojourn
            waits[s].add(sojourn - demand[i])
            sojourns[s].add(sojourn)
        }
        // Route on by probability among the class's routes; none means leaving the system.
        var target = -1
        let a = routeStart[k], b = routeEnd[k]
        if a < b {
            var u = routingRNG[s].nextUnit()
            target = routeTarget[b - 1]
            for r in a..<b {
                if u < routeProbability[r] { target = routeTarget[r]; break }
                u -= routeProbability[r]
            }
        }
        if target >= 0 {
            enter(target, id, t)
        } else {
            if t >= warmup { left += 1 }
            release(id)
        }
        startWaiting(s, t)
    }

    /// Starts service for waiting customers while servers are free: the best priority level
    /// first, FIFO within it, skipping entries of customers who abandoned.
    private mutating func startWaiting(_ s: Int, _ t: Double) {
        var touched = false
        outer: while busy[s] < servers[s] && waiting[s] > 0 {
            for q in (s * levels)..<(s * levels + levels) {
                while let entry = queues[q].popFirst() {
                    let i = Int(entry.id)
                    guard version[i] == entry.version, at[i] == s else { continue }
                    if !touched { touch(s, t); touched = true }
                    waiting[s] -= 1
                    waitingByClass[s * classCount + cls[i]] -= 1
                    startService(s, entry.id, t)
                    continue outer
                }
            }
            break
        }
    }

    private mutating func abandon(_ s: Int, _ id: Int32, _ t: Double) {
        touch(s, t)
        let i = Int(id)
        let k = s * classCount + cls[i]
        waiting[s] -= 1
        waitingByClass[k] -= 1
        if stationArrival[i] >= warmup { counters[k].abandoned += 1 }
        if t >= warmup { lost += 1 }
        release(id)
    }
}
