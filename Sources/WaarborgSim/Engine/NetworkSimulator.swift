import DequeModule
import HeapModule

/// Per-class counters of one station in one replication (after the warm-up).
struct ClassCounters {
    var arrivals = 0, blocked = 0, abandoned = 0, completions = 0
    var waitSum = 0.0, sojournSum = 0.0
    var areaWaiting = 0.0, areaBusy = 0.0
}

/// What one replication measured: per station, per class, plus the station-level areas.
public struct ReplicationResult: Sendable {
    struct StationResult: Sendable {
        var classes: [ClassCounters]
        var areaServers: Double
        var waits: Histogram
        var sojourns: Histogram
    }
    var stations: [StationResult]
    var observed: Double
    public let events: Int
    /// FNV-1a over every event processed (time, kind, place, customer): equal hashes mean equal runs.
    public let traceHash: UInt64
}

/// One replication of a queueing network: an event loop over value-type events in a heap, the
/// customers in flat arrays, statistics kept as running sums.
struct NetworkSimulator {
    let spec: NetworkSpec
    let replication: Int

    // Customers (structure of arrays, ids reused through a free list; versions only grow).
    private var cls: [Int16] = []
    private var at: [Int32] = []
    private var stationArrival: [Double] = []
    private var demand: [Double] = []
    private var remaining: [Double] = []
    private var serviceStart: [Double] = []
    private var version: [UInt32] = []
    /// Position in its station's `inService` list, for O(1) removal.
    private var slot: [Int32] = []
    private var free: [Int32] = []

    private struct StationState {
        var servers: Int
        var busy = 0
        var inService: [Int32] = []
        /// One FIFO queue per priority level (levels sorted by rank); entries carry the version
        /// at which they were queued so that abandoned entries are recognised and skipped.
        var queues: [Deque<(id: Int32, version: UInt32)>]
        var waiting = 0
        var waitingByClass: [Int]
        var busyByClass: [Int]
        var last = 0.0
        var counters: [ClassCounters]
        var areaServers = 0.0
        var waits = Histogram()
        var sojourns = Histogram()
    }

    private var stations: [StationState] = []
    private var levelOf: [[Int]] = []  // station -> class -> queue level
    private var heap = Heap<Event>()
    private var sequence: UInt64 = 0
    private var arrivalRNG: [Xoshiro256StarStar] = []
    private var serviceRNG: [Xoshiro256StarStar] = []
    private var patienceRNG: [Xoshiro256StarStar] = []
    private var routingRNG: [Xoshiro256StarStar] = []
    private var arrivalPosition: [Int] = []
    private var servicePosition: [Int] = []
    private var patiencePosition: [Int] = []
    private var events = 0
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

    init(spec: NetworkSpec, replication: Int) {
        self.spec = spec
        self.replication = replication
        let classes = spec.classes.count
        // One stream per stochastic process: arrivals per source, then service, patience and
        // routing per station.
        var purpose = 0
        func stream() -> Xoshiro256StarStar {
            defer { purpose += 1 }
            return RandomStreams.stream(seed: spec.seed, replication: replication, purpose: purpose)
        }
        arrivalRNG = spec.arrivals.map { _ in stream() }
        serviceRNG = spec.stations.map { _ in stream() }
        patienceRNG = spec.stations.map { _ in stream() }
        routingRNG = spec.stations.map { _ in stream() }
        arrivalPosition = Array(repeating: 0, count: spec.arrivals.count)
        servicePosition = Array(repeating: 0, count: spec.stations.count)
        patiencePosition = Array(repeating: 0, count: spec.stations.count)
        for s in spec.stations {
            let ranks = Array(Set(s.rank)).sorted()
            levelOf.append(s.rank.map { ranks.firstIndex(of: $0)! })
            stations.append(StationState(servers: s.schedule.first.map { $0.from <= 0 ? $0.servers : s.servers } ?? s.servers,
                                         queues: Array(repeating: Deque(), count: ranks.count),
                                         waitingByClass: Array(repeating: 0, count: classes),
                                         busyByClass: Array(repeating: 0, count: classes),
                                         counters: Array(repeating: ClassCounters(), count: classes)))
        }
        heap.reserveCapacity(1024)
    }

    private mutating func schedule(_ time: Double, _ kind: Event.Kind, _ index: Int, _ customer: Int32 = -1, _ v: UInt32 = 0) {
        sequence += 1
        heap.insert(Event(time: time, sequence: sequence, kind: kind, index: Int32(index), customer: customer, version: v))
    }

    private mutating func newCustomer(_ c: Int) -> Int32 {
        if let id = free.popLast() {
            cls[Int(id)] = Int16(c)
            version[Int(id)] &+= 1
            return id
        }
        cls.append(Int16(c)); at.append(-1); stationArrival.append(0); demand.append(0); remaining.append(0)
        serviceStart.append(0); version.append(0); slot.append(-1)
        return Int32(cls.count - 1)
    }

    private mutating func release(_ id: Int32) {
        version[Int(id)] &+= 1
        free.append(id)
    }

    /// Brings the station's time-weighted areas up to `t` (only the part after the warm-up counts).
    private mutating func touch(_ s: Int, _ t: Double) {
        let from = max(stations[s].last, spec.warmup)
        if t > from {
            let dt = t - from
            stations[s].areaServers += Double(stations[s].servers) * dt
            for c in 0..<spec.classes.count {
                stations[s].counters[c].areaWaiting += Double(stations[s].waitingByClass[c]) * dt
                stations[s].counters[c].areaBusy += Double(stations[s].busyByClass[c]) * dt
            }
        }
        stations[s].last = t
    }

    mutating func run() -> ReplicationResult {
        for (i, a) in spec.arrivals.enumerated() {
            let first = a.interarrival.sample(&arrivalRNG[i], position: &arrivalPosition[i])
            if first <= (a.until ?? spec.horizon) && first <= spec.horizon { schedule(first, .arrival, i) }
        }
        for (s, st) in spec.stations.enumerated() {
            for (k, change) in st.schedule.enumerated() where change.from > 0 || k > 0 { schedule(change.from, .schedule, s, Int32(k)) }
        }
        while let e = heap.popMin() {
            if e.time > spec.horizon { break }
            switch e.kind {
            case .arrival:
                let a = spec.arrivals[Int(e.index)]
                let id = newCustomer(a.classIndex)
                record(e)
                enter(a.station, id, e.time)
                let next = e.time + a.interarrival.sample(&arrivalRNG[Int(e.index)], position: &arrivalPosition[Int(e.index)])
                if next <= (a.until ?? spec.horizon) && next <= spec.horizon { schedule(next, .arrival, Int(e.index)) }
            case .serviceEnd:
                guard version[Int(e.customer)] == e.version else { continue }
                record(e)
                finishService(Int(e.index), e.customer, e.time)
            case .abandon:
                guard version[Int(e.customer)] == e.version else { continue }
                record(e)
                abandon(Int(e.index), e.customer, e.time)
            case .schedule:
                record(e)
                let s = Int(e.index)
                touch(s, e.time)
                stations[s].servers = spec.stations[s].schedule[Int(e.customer)].servers
                startWaiting(s, e.time)
            }
        }
        for s in stations.indices { touch(s, spec.horizon) }
        return ReplicationResult(
            stations: stations.map { .init(classes: $0.counters, areaServers: $0.areaServers, waits: $0.waits, sojourns: $0.sojourns) },
            observed: spec.horizon - spec.warmup, events: events, traceHash: hash)
    }

    @inline(__always)
    private mutating func record(_ e: Event) {
        events += 1
        let prime: UInt64 = 0x0000_0100_0000_01B3
        hash = (hash ^ e.time.bitPattern) &* prime
        hash = (hash ^ UInt64(e.kind.rawValue)) &* prime
        hash = (hash ^ UInt64(UInt32(bitPattern: e.index))) &* prime
        hash = (hash ^ UInt64(UInt32(bitPattern: e.customer))) &* prime
    }

    private mutating func enter(_ s: Int, _ id: Int32, _ t: Double) {
        let c = Int(cls[Int(id)])
        let spec = self.spec.stations[s]
        let counted = t >= self.spec.warmup
        if counted { stations[s].counters[c].arrivals += 1 }
        if let cap = spec.capacity, stations[s].busy + stations[s].waiting >= cap {
            if counted { stations[s].counters[c].blocked += 1 }
            if let o = spec.overflow { enter(o, id, t) } else { release(id) }
            return
        }
        touch(s, t)
        at[Int(id)] = Int32(s)
        stationArrival[Int(id)] = t
        let d = spec.service[c].sample(&serviceRNG[s], position: &servicePosition[s])
        demand[Int(id)] = d
        remaining[Int(id)] = d
        if stations[s].busy < stations[s].servers && stations[s].waiting == 0 {
            startService(s, id, t)
            return
        }
        if spec.discipline == .preemptivePriority && stations[s].busy >= stations[s].servers,
           let victim = lowestPriorityInService(s), spec.rank[Int(cls[Int(victim)])] > spec.rank[c] {
            preempt(s, victim, t)
            startService(s, id, t)
            return
        }
        enqueue(s, id, front: false)
        if let p = spec.patience {
            let patience = p.sample(&patienceRNG[s], position: &patiencePosition[s])
            schedule(t + patience, .abandon, s, id, version[Int(id)])
        }
    }

    private mutating func enqueue(_ s: Int, _ id: Int32, front: Bool) {
        let c = Int(cls[Int(id)])
        let level = levelOf[s][c]
        if front { stations[s].queues[level].prepend((id, version[Int(id)])) } else { stations[s].queues[level].append((id, version[Int(id)])) }
        stations[s].waiting += 1
        stations[s].waitingByClass[c] += 1
    }

    private func lowestPriorityInService(_ s: Int) -> Int32? {
        var worst: Int32? = nil
        var worstRank = Int.min
        var latest = -Double.infinity
        for id in stations[s].inService {
            let r = spec.stations[s].rank[Int(cls[Int(id)])]
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
        stations[s].busy -= 1
        stations[s].busyByClass[Int(cls[i])] -= 1
        enqueue(s, id, front: true)
    }

    private mutating func startService(_ s: Int, _ id: Int32, _ t: Double) {
        let i = Int(id)
        version[i] &+= 1
        serviceStart[i] = t
        stations[s].busy += 1
        stations[s].busyByClass[Int(cls[i])] += 1
        slot[i] = Int32(stations[s].inService.count)
        stations[s].inService.append(id)
        schedule(t + remaining[i], .serviceEnd, s, id, version[i])
    }

    private mutating func removeFromService(_ s: Int, _ id: Int32) {
        let k = Int(slot[Int(id)])
        let last = stations[s].inService.removeLast()
        if last != id {
            stations[s].inService[k] = last
            slot[Int(last)] = Int32(k)
        }
        slot[Int(id)] = -1
    }

    private mutating func finishService(_ s: Int, _ id: Int32, _ t: Double) {
        touch(s, t)
        let i = Int(id)
        let c = Int(cls[i])
        removeFromService(s, id)
        stations[s].busy -= 1
        stations[s].busyByClass[c] -= 1
        if stationArrival[i] >= spec.warmup {
            let sojourn = t - stationArrival[i]
            let wait = sojourn - demand[i]
            stations[s].counters[c].completions += 1
            stations[s].counters[c].waitSum += wait
            stations[s].counters[c].sojournSum += sojourn
            stations[s].waits.add(wait)
            stations[s].sojourns.add(sojourn)
        }
        // Route on: by probability among the class's routes; none means leave the system.
        let routes = spec.stations[s].next[c]
        var target: Int? = nil
        if !routes.isEmpty {
            var u = routingRNG[s].nextUnit()
            target = routes.last!.station
            for r in routes {
                if u < r.probability { target = r.station; break }
                u -= r.probability
            }
        }
        if let n = target { enter(n, id, t) } else { release(id) }
        startWaiting(s, t)
    }

    /// Starts service for waiting customers while servers are free: the best priority level
    /// first, FIFO within it, skipping entries of customers who abandoned.
    private mutating func startWaiting(_ s: Int, _ t: Double) {
        while stations[s].busy < stations[s].servers && stations[s].waiting > 0 {
            var started = false
            for level in stations[s].queues.indices {
                while let entry = stations[s].queues[level].popFirst() {
                    guard version[Int(entry.id)] == entry.version, at[Int(entry.id)] == Int32(s) else { continue }
                    touch(s, t)
                    stations[s].waiting -= 1
                    stations[s].waitingByClass[Int(cls[Int(entry.id)])] -= 1
                    startService(s, entry.id, t)
                    started = true
                    break
                }
                if started { break }
            }
            if !started { break }
        }
    }

    private mutating func abandon(_ s: Int, _ id: Int32, _ t: Double) {
        touch(s, t)
        let i = Int(id)
        let c = Int(cls[i])
        stations[s].waiting -= 1
        stations[s].waitingByClass[c] -= 1
        if stationArrival[i] >= spec.warmup { stations[s].counters[c].abandoned += 1 }
        release(id)
    }
}
