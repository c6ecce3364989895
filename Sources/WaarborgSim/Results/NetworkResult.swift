import Dispatch
import Foundation
import WaarborgJSON

/// A metric over the replications: its mean and a 95 % confidence interval (Student t).
public struct Estimate: Sendable, Equatable {
    public let mean: Double
    public let lower: Double
    public let upper: Double
    public let replications: Int

    /// nil when no replication observed the metric (for example no arrivals of a class).
    public init?(_ values: [Double]) {
        let v = values.filter { $0.isFinite }
        guard !v.isEmpty else { return nil }
        let n = Double(v.count)
        let m = v.reduce(0, +) / n
        let half: Double
        if v.count > 1 {
            let s2 = v.reduce(0) { $0 + ($1 - m) * ($1 - m) } / (n - 1)
            half = StudentT.quantile975(df: v.count - 1) * (s2 / n).squareRoot()
        } else { half = .infinity }
        mean = m
        lower = m - half
        upper = m + half
        replications = v.count
    }

    public var halfWidth: Double { (upper - lower) / 2 }

    /// The 95 % interval, or nil when it cannot be computed (one replication).
    public var ci95: (lower: Double, upper: Double)? {
        lower.isFinite && upper.isFinite ? (lower, upper) : nil
    }
}

/// Why a run produced no result: refused before it started (too much work) or stopped while
/// running (a replication went round at one instant). The description is one line.
public struct SimulationError: Error, Sendable, CustomStringConvertible {
    /// The field of the network the error is about, when there is one.
    public let path: String?
    public let message: String
    public let stop: ReplicationStop?

    public init(path: String?, _ message: String, stop: ReplicationStop? = nil) {
        self.path = path
        self.message = message
        self.stop = stop
    }

    public var description: String { path.map { "\($0): \(message)" } ?? message }
}

enum StudentT {
    static let table: [Double] = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145,
                                  2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042]
    /// The 97.5 % quantile of Student's t with `df` degrees of freedom (two-sided 95 %).
    static func quantile975(df: Int) -> Double {
        if df <= 30 { return table[max(df, 1) - 1] }
        // Cornish-Fisher expansion around the normal quantile; within 1e-3 for df > 30.
        let z = 1.959964, d = Double(df)
        return z + (z * z * z + z) / (4 * d) + (5 * pow(z, 5) + 16 * z * z * z + 3 * z) / (96 * d * d)
    }
}

/// The metrics of one station, overall and per class, estimated over the replications.
public struct StationMetrics: Sendable {
    public let meanWait: Estimate?
    public let meanSojourn: Estimate?
    public let meanQueueLength: Estimate?
    public let meanInStation: Estimate?
    public let utilization: Estimate?
    public let throughput: Estimate?
    public let blockingProbability: Estimate?
    public let abandonmentProbability: Estimate?
    /// Percentiles of waiting and sojourn time (station overall only).
    public let waitPercentiles: [(String, Estimate?)]
    public let sojournPercentiles: [(String, Estimate?)]

    var fields: [(String, Estimate?)] {
        [("meanWait", meanWait), ("meanSojourn", meanSojourn), ("meanQueueLength", meanQueueLength), ("meanInStation", meanInStation),
         ("utilization", utilization), ("throughput", throughput), ("blockingProbability", blockingProbability),
         ("abandonmentProbability", abandonmentProbability)]
    }
}

/// `waarborg.network-result/1`: every station's metrics with confidence intervals, warnings, the
/// number of events processed, the wall time, and a hash of each replication's event trace.
public struct NetworkResult: Sendable {
    public let spec: NetworkSpec
    public let stations: [(id: String, all: StationMetrics, classes: [(String, StationMetrics)])]
    public let events: Int
    public let wallSeconds: Double
    public let traceHashes: [UInt64]
    /// What the network's structure implies (unstable stations, no exit) followed by what the
    /// run observed (saturated stations, few departures).
    public let warnings: [NetworkWarning]

    /// Runs the replications on up to `threads` threads; results are merged in replication
    /// order, so the outcome does not depend on the number of threads.
    ///
    /// Refuses a run expected to take more than `NetworkAnalysis.eventLimit` events, and stops
    /// (with the error of the lowest replication that stopped) when a replication meets more
    /// events at one instant than a finite run needs (`NetworkSimulator.run()`). `monitor`, if
    /// given, is kept up to date for a progress display and can cancel the run.
    public static func run(_ spec: NetworkSpec, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                           monitor: RunMonitor? = nil) throws(SimulationError) -> NetworkResult {
        try run(spec, threads: threads, monitor: monitor, instantEventBase: NetworkSimulator.defaultInstantEventBase)
    }

    /// `run` with the zero-time guard's base set (tests use a small one to stay fast).
    static func run(_ spec: NetworkSpec, threads: Int, monitor: RunMonitor?, instantEventBase: Int) throws(SimulationError) -> NetworkResult {
        let start = DispatchTime.now().uptimeNanoseconds
        let analysis = NetworkAnalysis(spec)
        do { try analysis.checkWorkload() } catch { throw SimulationError(path: error.path, error.message) }
        let r = spec.replications
        let monitor = monitor ?? RunMonitor(replications: r, horizon: spec.horizon)
        let slots = LockedSlots<ReplicationResult>(count: r)
        let workers = max(1, min(threads, r))
        let streamCount = NetworkSimulator.streamCount(spec)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            // Worker w runs replications w, w + workers, ...: its streams move on `workers`
            // jumps at a time, so setting up all streams is linear in the replications.
            var cursor = StreamCursor(seed: spec.seed, purposes: streamCount)
            cursor.advance(by: w)
            for rep in stride(from: w, to: r, by: workers) {
                if rep > w { cursor.advance(by: workers) }
                if monitor.isCancelled { break }
                monitor.began(rep)
                var sim = NetworkSimulator(spec: spec, replication: rep, streams: cursor.streams)
                sim.instantEventBase = instantEventBase
                let result = sim.run(monitor: monitor)
                slots[rep] = result
                if let stop = result.stop, stop.reason != .cancelled { monitor.cancel() }
                monitor.finished(rep)
            }
        }
        let all = slots.all
        if let stop = all.compactMap({ $0?.stop }).filter({ $0.reason != .cancelled }).min(by: { $0.replication < $1.replication }) {
            throw Self.error(for: stop, spec)
        }
        guard all.allSatisfy({ $0 != nil && $0!.stop == nil }) else {
            throw SimulationError(path: nil, "the run was cancelled")
        }
        let reps = all.map { $0! }
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return NetworkResult(spec: spec, replications: reps, wallSeconds: wall, analysis: analysis)
    }

    static func error(for stop: ReplicationStop, _ spec: NetworkSpec) -> SimulationError {
        switch stop.reason {
        case .eventsAtOneInstant(let n):
            SimulationError(path: nil, "replication \(stop.replication) stopped at time \(NumberText.short(stop.time)): \(n) events "
                + "happened at that one instant, more than a finite run needs; customers are going round stations "
                + "with zero service time (check the service times and the routing of the stations they visit)", stop: stop)
        case .cancelled:
            SimulationError(path: nil, "the run was cancelled", stop: stop)
        }
    }

    init(spec: NetworkSpec, replications reps: [ReplicationResult], wallSeconds: Double, analysis: NetworkAnalysis? = nil) {
        self.spec = spec
        self.wallSeconds = wallSeconds
        events = reps.reduce(0) { $0 + $1.events }
        traceHashes = reps.map(\.traceHash)
        var out: [(String, StationMetrics, [(String, StationMetrics)])] = []
        for (s, station) in spec.stations.enumerated() {
            let all = Self.metrics(reps, s, classes: Array(spec.classes.indices), percentiles: true)
            let perClass = spec.classes.enumerated().map { (c, name) in (name, Self.metrics(reps, s, classes: [c], percentiles: false)) }
            out.append((station.id, all, perClass))
        }
        stations = out.map { (id: $0.0, all: $0.1, classes: $0.2) }
        let structural = (analysis ?? NetworkAnalysis(spec)).warnings
        warnings = structural + Self.observedWarnings(reps, spec, stations.map(\.all), already: structural)
    }

    /// Warnings from what the replications saw, for stations (or the network) that the
    /// structural analysis did not already warn about:
    /// - `saturated`: utilisation at least 0.999 and more customers waiting at the end than on
    ///   average (a queue still growing);
    /// - `few-departures`: fewer than half of the customers who arrived after the warm-up left
    ///   (through exit, blocking or abandonment) by the horizon.
    static func observedWarnings(_ reps: [ReplicationResult], _ spec: NetworkSpec, _ metrics: [StationMetrics],
                                 already: [NetworkWarning]) -> [NetworkWarning] {
        var out: [NetworkWarning] = []
        let warned = Set(already.compactMap(\.station))
        for (s, st) in spec.stations.enumerated() where !warned.contains(st.id) {
            guard let u = metrics[s].utilization?.mean, u >= 0.999, let lq = metrics[s].meanQueueLength?.mean else { continue }
            let end = Double(reps.reduce(0) { $0 + $1.stations[s].waitingAtEnd }) / Double(max(1, reps.count))
            guard end >= 10, end >= 1.2 * lq else { continue }
            out.append(NetworkWarning(.saturated, station: st.id,
                "\"\(st.id)\" was busy \(NumberText.approximate(u * 100, digits: 4)) % of the time and \(NumberText.approximate(end)) "
                    + "customers were waiting at the horizon against \(NumberText.approximate(lq)) on average: the queue was still growing, "
                    + "so its results depend on the horizon"))
        }
        if already.isEmpty && out.isEmpty {
            let entered = reps.reduce(0) { $0 + $1.entered }
            let left = reps.reduce(0) { $0 + $1.left + $1.lost }
            if entered >= 100 * reps.count, Double(left) < 0.5 * Double(entered) {
                out.append(NetworkWarning(.fewDepartures, station: nil,
                    "only \(NumberText.approximate(100 * Double(left) / Double(entered))) % of the customers who arrived after the warm-up "
                        + "had left by the horizon: customers stay longer than the run lasts, so the results describe a system that "
                        + "is still filling up; use a longer horizon or a warm-up"))
            }
        }
        return out
    }

    static func metrics(_ reps: [ReplicationResult], _ s: Int, classes: [Int], percentiles: Bool) -> StationMetrics {
        func per(_ f: (ReplicationResult.StationResult, Double) -> Double) -> Estimate? {
            Estimate(reps.map { f($0.stations[s], $0.observed) })
        }
        func sum(_ st: ReplicationResult.StationResult, _ k: KeyPath<ClassCounters, Int>) -> Double {
            Double(classes.reduce(0) { $0 + st.classes[$1][keyPath: k] })
        }
        func sumD(_ st: ReplicationResult.StationResult, _ k: KeyPath<ClassCounters, Double>) -> Double {
            classes.reduce(0) { $0 + st.classes[$1][keyPath: k] }
        }
        func ratio(_ a: Double, _ b: Double) -> Double { b > 0 ? a / b : .nan }
        let quantiles = ReplicationResult.quantiles.enumerated()
        return StationMetrics(
            meanWait: per { st, _ in ratio(sumD(st, \.waitSum), sum(st, \.completions)) },
            meanSojourn: per { st, _ in ratio(sumD(st, \.sojournSum), sum(st, \.completions)) },
            meanQueueLength: per { st, t in sumD(st, \.areaWaiting) / t },
            meanInStation: per { st, t in (sumD(st, \.areaWaiting) + sumD(st, \.areaBusy)) / t },
            utilization: per { st, _ in ratio(sumD(st, \.areaBusy), st.areaServers) },
            throughput: per { st, t in sum(st, \.completions) / t },
            blockingProbability: per { st, _ in ratio(sum(st, \.blocked), sum(st, \.arrivals)) },
            abandonmentProbability: per { st, _ in ratio(sum(st, \.abandoned), sum(st, \.arrivals)) },
            waitPercentiles: percentiles ? quantiles.map { k, q in (q.name, per { st, _ in st.waitQuantiles[k] }) } : [],
            sojournPercentiles: percentiles ? quantiles.map { k, q in (q.name, per { st, _ in st.sojournQuantiles[k] }) } : [])
    }

    public func encode(pretty: Bool) -> [UInt8] {
        var w = JSONWriter(pretty: pretty)
        func number(_ d: Double) { Self.write(d, &w) }
        func estimate(_ e: Estimate?) { Self.write(e, &w) }
        func metrics(_ m: StationMetrics) {
            w.beginObject()
            for (k, e) in m.fields { w.key(named: k); estimate(e) }
            if !m.waitPercentiles.isEmpty {
                w.key("waitPercentiles"); w.beginObject(); for (k, e) in m.waitPercentiles { w.key(named: k); estimate(e) }; w.endObject()
                w.key("sojournPercentiles"); w.beginObject(); for (k, e) in m.sojournPercentiles { w.key(named: k); estimate(e) }; w.endObject()
            }
            w.endObject()
        }
        w.beginObject()
        w.field("schema", "waarborg.network-result/1")
        w.field("timeUnit", spec.timeUnit)
        w.key("warnings"); w.beginArray()
        for warning in warnings {
            w.beginObject()
            w.field("code", warning.code.rawValue)
            w.key("station"); if let s = warning.station { w.string(s) } else { w.null() }
            w.field("message", warning.message)
            w.endObject()
        }
        w.endArray()
        w.key("stations"); w.beginObject()
        for st in stations {
            w.key(named: st.id); w.beginObject()
            w.key("all"); metrics(st.all)
            w.key("classes"); w.beginObject(); for (c, m) in st.classes { w.key(named: c); metrics(m) }; w.endObject()
            w.endObject()
        }
        w.endObject()
        w.field("events", events)
        w.key("wallSeconds"); number((wallSeconds * 1000).rounded() / 1000)
        w.field("replications", spec.replications)
        w.field("seed", Int(spec.seed))
        w.key("traceHashes"); w.beginArray(); for h in traceHashes { w.string(String(h, radix: 16)) }; w.endArray()
        w.endObject()
        return w.bytes
    }

    /// JSON has no NaN or infinity: such a number is written as null.
    static func write(_ d: Double, _ w: inout JSONWriter) {
        if d.isFinite { w.number(d) } else { w.null() }
    }

    /// `{mean, ci95: [lower, upper]}`; `ci95` is null when there is no interval (one replication,
    /// which once gave `[mean, mean]` and read as certainty), and the whole estimate is null when
    /// there is none or its mean is not finite.
    static func write(_ e: Estimate?, _ w: inout JSONWriter) {
        guard let e, e.mean.isFinite else { w.null(); return }
        w.beginObject()
        w.key("mean"); w.number(e.mean)
        w.key("ci95")
        if let ci = e.ci95 { w.beginArray(); w.number(ci.lower); w.number(ci.upper); w.endArray() } else { w.null() }
        w.endObject()
    }
}
