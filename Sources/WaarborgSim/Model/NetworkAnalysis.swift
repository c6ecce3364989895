/// A warning about a network or its results: a stable code, the station it concerns (nil for the
/// network as a whole) and an English sentence.
public struct NetworkWarning: Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable, CaseIterable {
        /// The offered load of a station without capacity limit or patience is at least 1.
        case unstable
        /// Customers who reach the station can never leave the system.
        case noExit = "no-exit"
        /// Observed: the station was busy all the time and its queue was still growing at the end.
        case saturated
        /// Observed: far fewer customers left the system than arrived.
        case fewDepartures = "few-departures"
    }

    public let code: Code
    public let station: String?
    public let message: String

    public init(_ code: Code, station: String?, _ message: String) {
        self.code = code
        self.station = station
        self.message = message
    }

    public var description: String { "\(code.rawValue): \(message)" }
}

/// What can be told about a network before it runs: where customers can go, whether they can
/// leave, the offered load of each station (the traffic equations) and about how many events a
/// run takes.
///
/// The routing graph has one node per station and class (`station * classes + class`), with an
/// edge for every route of positive probability and, for reachability, for every overflow.
public struct NetworkAnalysis: Sendable {
    public let spec: NetworkSpec
    let classCount: Int
    /// Per node: an arrival stream can bring customers here.
    let reachable: [Bool]
    /// Per node: customers here can still leave the system (by `exit`, by abandoning, or by
    /// being blocked at a full station without overflow).
    let canLeave: [Bool]
    /// Visits per time unit per node from the traffic equations, averaged over the horizon;
    /// infinite for reachable nodes that cannot leave.
    let visitRate: [Double]
    /// Outside arrivals per time unit per node, averaged over the horizon.
    let externalRate: [Double]
    /// Time-average number of servers per station over the horizon.
    public let averageServers: [Double]
    /// Offered load rho = sum over classes of visit rate x mean service, divided by the average
    /// number of servers; nil where customers cannot leave (the load is then unbounded).
    public let offeredLoad: [Double?]

    /// Runs above this many expected events (all replications together) are refused.
    public static let eventLimit = 2e10

    public init(_ spec: NetworkSpec) {
        self.spec = spec
        let C = spec.classes.count, S = spec.stations.count, N = S * C
        classCount = C
        let horizon = spec.horizon

        var external = [Double](repeating: 0, count: N)
        for a in spec.arrivals {
            external[a.station * C + a.classIndex] += Self.averageRate(a, horizon: horizon)
        }
        externalRate = external

        let reach = Self.reachability(spec)
        reachable = reach
        var stack: [Int] = []

        // Who can leave: backwards from the nodes with a way out.
        var predecessors = [[Int]](repeating: [], count: N)
        for s in 0..<S {
            for c in 0..<C {
                for r in spec.stations[s].next[c] where r.probability > 0 {
                    if let t = r.station { predecessors[t * C + c].append(s * C + c) }
                }
                if let o = spec.stations[s].overflow { predecessors[o * C + c].append(s * C + c) }
            }
        }
        var leave = [Bool](repeating: false, count: N)
        for s in 0..<S {
            let st = spec.stations[s]
            let leaks = st.patience != nil || (st.capacity != nil && st.overflow == nil)
            for c in 0..<C {
                let routes = st.next[c]
                if leaks || routes.isEmpty || routes.contains(where: { $0.station == nil && $0.probability > 0 }) {
                    leave[s * C + c] = true
                    stack.append(s * C + c)
                }
            }
        }
        while let k = stack.popLast() {
            for p in predecessors[k] where !leave[p] {
                leave[p] = true
                stack.append(p)
            }
        }
        canLeave = leave

        // Traffic equations lambda = a + lambda P over the nodes that can leave (a transient
        // chain, so the iteration converges); nodes that cannot leave fill up without bound.
        var x = external
        var work = 0
        let edges = max(1, spec.stations.reduce(0) { $0 + $1.next.reduce(0) { $0 + $1.count } })
        while work < 20_000_000 {
            var y = external
            for k in 0..<N where x[k] > 0 && leave[k] {
                for r in spec.stations[k / C].next[k % C] where r.probability > 0 {
                    if let t = r.station { y[t * C + k % C] += x[k] * r.probability }
                }
            }
            var change = 0.0
            for k in 0..<N where leave[k] {
                let scale = max(abs(y[k]), 1e-300)
                change = max(change, abs(y[k] - x[k]) / scale)
            }
            x = y
            work += edges + N
            if change < 1e-12 { break }
        }
        for k in 0..<N where reach[k] && !leave[k] { x[k] = .infinity }
        visitRate = x

        averageServers = spec.stations.map { Self.averageServers($0, horizon: horizon) }
        var load: [Double?] = []
        for s in 0..<S {
            var work = 0.0, trapped = false
            for c in 0..<C {
                let v = x[s * C + c]
                if v.isInfinite { trapped = true; break }
                if v > 0 { work += v * spec.stations[s].service[c].mean }
            }
            if trapped { load.append(nil); continue }
            let servers = averageServers[s]
            load.append(work == 0 ? 0 : (servers > 0 ? work / servers : .infinity))
        }
        offeredLoad = load
    }

    /// Per node: whether an arrival stream can bring customers there, along routes and overflows.
    static func reachability(_ spec: NetworkSpec) -> [Bool] {
        let C = spec.classes.count
        var reach = [Bool](repeating: false, count: spec.stations.count * C)
        var stack: [Int] = []
        for a in spec.arrivals where !reach[a.station * C + a.classIndex] {
            reach[a.station * C + a.classIndex] = true
            stack.append(a.station * C + a.classIndex)
        }
        while let k = stack.popLast() {
            let s = k / C, c = k % C
            var targets = spec.stations[s].next[c].compactMap { $0.probability > 0 ? $0.station : nil }
            if let o = spec.stations[s].overflow { targets.append(o) }
            for t in targets where !reach[t * C + c] {
                reach[t * C + c] = true
                stack.append(t * C + c)
            }
        }
        return reach
    }

    /// Expected arrivals of a stream over the horizon, per time unit.
    static func averageRate(_ a: NetworkSpec.Arrival, horizon: Double) -> Double {
        let m = a.interarrival.mean
        let end = min(a.until ?? horizon, horizon)
        var expected: Double
        if m > 0 { expected = end / m } else { expected = a.limit.map(Double.init) ?? .infinity }
        if let limit = a.limit { expected = min(expected, Double(limit)) }
        return expected / horizon
    }

    /// The number of servers averaged over [0, horizon], following the server schedule.
    static func averageServers(_ st: NetworkSpec.Station, horizon: Double) -> Double {
        var current = Double(st.schedule.first.map { $0.from <= 0 ? $0.servers : st.servers } ?? st.servers)
        var t = 0.0, area = 0.0
        for change in st.schedule where change.from > 0 {
            let until = min(change.from, horizon)
            if until > t { area += current * (until - t); t = until }
            current = Double(change.servers)
        }
        if horizon > t { area += current * (horizon - t) }
        return area / horizon
    }

    // MARK: Events

    /// About how many events one replication processes: outside arrivals plus service
    /// completions, each station completing at most as fast as its servers allow. nil when it
    /// cannot be bounded (a station with zero service time that customers never leave).
    public var expectedEventsPerReplication: Double? {
        let C = classCount
        var rate = externalRate.reduce(0, +)
        for (s, st) in spec.stations.enumerated() {
            var arriving = 0.0, fastest = Double.infinity
            for c in 0..<C where visitRate[s * C + c] > 0 {
                arriving += visitRate[s * C + c]
                fastest = min(fastest, st.service[c].mean)
            }
            guard arriving > 0 else { continue }
            let capacity = fastest > 0 ? averageServers[s] / fastest : .infinity
            rate += min(arriving, capacity)
        }
        let schedules = spec.stations.reduce(0) { $0 + $1.schedule.count }
        let events = rate * spec.horizon + Double(schedules)
        return events.isFinite ? events : nil
    }

    /// Refuses a run whose expected number of events (all replications) is above `limit`.
    public func checkWorkload(limit: Double = NetworkAnalysis.eventLimit) throws(NetworkError) {
        guard let perReplication = expectedEventsPerReplication else { return }
        let total = perReplication * Double(spec.replications)
        guard total > limit else { return }
        let perTime = perReplication / spec.horizon
        throw NetworkError("$.horizon", "a run of \(spec.replications) replication\(spec.replications == 1 ? "" : "s") to horizon "
            + "\(NumberText.short(spec.horizon)) at about \(NumberText.approximate(perTime)) events per time unit is about "
            + "\(NumberText.approximate(total, digits: 2)) events, more than the limit of \(NumberText.approximate(limit, digits: 2, scientific: true)); "
            + "shorten the horizon or use fewer replications")
    }

    // MARK: Warnings

    /// Warnings that follow from the network alone: unstable stations and customers who cannot
    /// leave. (`NetworkResult` adds warnings from what a run observed.)
    public var warnings: [NetworkWarning] {
        let C = classCount
        var out: [NetworkWarning] = []
        for (s, st) in spec.stations.enumerated() {
            let trappedClasses = (0..<C).filter { reachable[s * C + $0] && !canLeave[s * C + $0] }
            if !trappedClasses.isEmpty {
                let who = Self.customers(trappedClasses.map { spec.classes[$0] }, of: spec.classes)
                let among = stationsReachable(from: trappedClasses.map { s * C + $0 })
                let circle = among == [st.id] ? "" : " (they stay among \(Self.list(among)))"
                out.append(NetworkWarning(.noExit, station: st.id,
                    "\(who) who reach \"\(st.id)\" can never leave the system: no route from there leads to exit\(circle), "
                        + "so the number in the system grows with the horizon and the results describe the horizon, not the network"))
                continue
            }
            guard st.capacity == nil, st.patience == nil, let rho = offeredLoad[s], rho >= 1 else { continue }
            var lambda = 0.0, work = 0.0
            for c in 0..<C where visitRate[s * C + c] > 0 {
                lambda += visitRate[s * C + c]
                work += visitRate[s * C + c] * st.service[c].mean
            }
            let servers = averageServers[s]
            let detail = lambda > 0 && servers > 0
                ? " = arrival rate \(NumberText.approximate(lambda)) x mean service \(NumberText.approximate(work / lambda)) / "
                    + "\(NumberText.approximate(servers)) server\(servers == 1 ? "" : "s")"
                : ""
            out.append(NetworkWarning(.unstable, station: st.id,
                "offered load at \"\(st.id)\" is rho\(detail) = \(NumberText.approximate(rho)), at least 1: its queue grows "
                    + "without bound, so its waits and queue lengths grow with the horizon and no steady state exists"))
        }
        return out
    }

    /// The ids of the stations reachable from `nodes` (themselves included), in station order.
    func stationsReachable(from nodes: [Int]) -> [String] { Self.stationsReachable(spec, from: nodes) }

    static func stationsReachable(_ spec: NetworkSpec, from nodes: [Int]) -> [String] {
        let C = spec.classes.count
        var seen = Set(nodes), stack = nodes
        while let k = stack.popLast() {
            for r in spec.stations[k / C].next[k % C] where r.probability > 0 {
                if let t = r.station, seen.insert(t * C + k % C).inserted { stack.append(t * C + k % C) }
            }
        }
        return Array(Set(seen.map { $0 / C })).sorted().map { spec.stations[$0].id }
    }

    static func customers(_ names: [String], of all: [String]) -> String {
        if all.count == 1 || names.count == all.count { return "customers" }
        return "customers of class\(names.count == 1 ? "" : "es") " + names.map { "\"\($0)\"" }.joined(separator: ", ")
    }

    static func list(_ ids: [String], max: Int = 6) -> String {
        let shown = ids.prefix(max).joined(separator: ", ")
        return ids.count > max ? shown + " and \(ids.count - max) more" : shown
    }

    // MARK: Zero-time loops

    /// A node whose service time is always exactly 0.
    static func alwaysZero(_ d: Distribution) -> Bool {
        switch d {
        case .deterministic(let v): v == 0
        case .uniform(let a, let b): a == 0 && b == 0
        case .normal(let m, let sd): m <= 0 && sd == 0
        case .empirical(let v), .sequence(let v): v.allSatisfy { $0 == 0 }
        case .exponential, .lognormal, .gamma: false
        }
    }

    /// Finds customers who could go round stations with zero service time for ever, so that the
    /// clock never moves: a set of nodes reachable from an arrival in which every service time
    /// is exactly 0 and whose routes all stay inside the set. Returns the error for the first
    /// such node, or nil.
    static func zeroTimeLoop(_ spec: NetworkSpec) -> NetworkError? {
        let C = spec.classes.count, S = spec.stations.count, N = S * C
        let reachable = reachability(spec)
        // "escapes": from here a customer can reach a node with a positive service time or leave.
        var predecessors = [[Int]](repeating: [], count: N)
        var escapes = [Bool](repeating: false, count: N)
        var stack: [Int] = []
        for s in 0..<S {
            for c in 0..<C {
                let k = s * C + c
                let routes = spec.stations[s].next[c]
                for r in routes where r.probability > 0 {
                    if let t = r.station { predecessors[t * C + c].append(k) }
                }
                if !alwaysZero(spec.stations[s].service[c]) || routes.isEmpty
                    || routes.contains(where: { $0.station == nil && $0.probability > 0 }) {
                    escapes[k] = true
                    stack.append(k)
                }
            }
        }
        while let k = stack.popLast() {
            for p in predecessors[k] where !escapes[p] {
                escapes[p] = true
                stack.append(p)
            }
        }
        guard let k = (0..<N).first(where: { reachable[$0] && !escapes[$0] }) else { return nil }
        let s = k / C, c = k % C
        let loop = stationsReachable(spec, from: [k])
        let who = C == 1 ? "customers" : "customers of class \"\(spec.classes[c])\""
        return NetworkError("$.stations[\(s)].next",
            "\(who) who reach \"\(spec.stations[s].id)\" would go round \(list(loop)) for ever without the clock moving: "
                + "every service time there is exactly 0 and no route leads away to exit; give a service time above 0 or a route to exit")
    }
}
