import Foundation

/// What the workers of a run share with whoever watches it: how many replications are done, the
/// simulated time each running replication has reached, and whether the run was cancelled.
///
/// Workers touch it once per replication and once every `NetworkSimulator.checkInterval` events,
/// so the lock is far from the event loop's hot path. A plain `NSLock` keeps the package building
/// for macOS 14, where `Synchronization.Mutex` is not available.
public final class RunMonitor: @unchecked Sendable {
    // Every stored property below `lock` is read and written only while `lock` is held; that is
    // what makes the `@unchecked Sendable` above sound.
    private let lock = NSLock()
    private var done = 0
    private var running: [Int: Double] = [:]
    private var cancelled = false

    public let replications: Int
    public let horizon: Double
    public let started = Date()
    /// Seconds after `started` from which the run counts as cancelled (nil: no limit). Checked
    /// where the workers look for a cancellation, so the limit needs no timer, whose thread a busy
    /// machine might not give it in time.
    public let timeLimit: Double?

    public init(replications: Int, horizon: Double, timeLimit: Double? = nil) {
        self.replications = replications
        self.horizon = horizon
        self.timeLimit = timeLimit
    }

    /// Whether the time limit has passed.
    public var isPastTimeLimit: Bool {
        guard let timeLimit else { return false }
        return -started.timeIntervalSinceNow >= timeLimit
    }

    /// A consistent picture of the run at one moment.
    public struct Snapshot: Sendable, Equatable {
        public let done: Int
        public let replications: Int
        public let horizon: Double
        /// The simulated time reached by each replication still running, in replication order.
        public let running: [Double]
        public let elapsed: Double

        /// The share of the work done: finished replications plus the running ones' share of the
        /// horizon.
        public var fraction: Double {
            guard replications > 0, horizon > 0 else { return 1 }
            let partial = running.reduce(0) { $0 + min(max($1, 0), horizon) / horizon }
            return min(1, (Double(done) + partial) / Double(replications))
        }

        /// One line for standard error, for example
        /// `simulating: 3 of 10 replications done, running ones at t = 81,250 of 200,000; 46 %, 12 s, about 14 s left`.
        public var line: String {
            var s = "simulating: \(done) of \(replications) replication\(replications == 1 ? "" : "s") done"
            if let slowest = running.min() {
                s += ", running \(running.count == 1 ? "one" : "ones") at t = \(Self.grouped(slowest)) of \(Self.grouped(horizon))"
            }
            let f = fraction
            s += "; \(Int((f * 100).rounded(.down))) %, \(Self.duration(elapsed))"
            if f > 0.01 && f < 1 { s += ", about \(Self.duration(elapsed * (1 - f) / f)) left" }
            return s
        }

        static func grouped(_ t: Double) -> String {
            guard t.isFinite else { return "\(t)" }
            if abs(t) >= 1e12 { return NumberText.approximate(t, scientific: true) }
            let digits = String(Int(t.rounded(.down)).magnitude)
            var out = ""
            for (k, ch) in digits.enumerated() {
                if k > 0 && (digits.count - k) % 3 == 0 { out.append(",") }
                out.append(ch)
            }
            return (t < 0 ? "-" : "") + out
        }

        static func duration(_ seconds: Double) -> String {
            guard seconds.isFinite else { return "?" }
            let s = Int(seconds.rounded())
            if s < 60 { return "\(s) s" }
            if s < 3600 { return "\(s / 60) min \(s % 60) s" }
            return "\(s / 3600) h \(s % 3600 / 60) min"
        }
    }

    public func snapshot() -> Snapshot {
        lock.lock()
        defer { lock.unlock() }
        return Snapshot(done: done, replications: replications, horizon: horizon,
                        running: running.sorted { $0.key < $1.key }.map(\.value), elapsed: -started.timeIntervalSinceNow)
    }

    /// Asks the workers to stop; they notice within `NetworkSimulator.checkInterval` events.
    public func cancel() {
        lock.lock()
        cancelled = true
        lock.unlock()
    }

    public var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled || isPastTimeLimit
    }

    public func began(_ replication: Int) {
        lock.lock()
        running[replication] = 0
        lock.unlock()
    }

    public func reached(_ replication: Int, time: Double) {
        lock.lock()
        running[replication] = time
        lock.unlock()
    }

    public func finished(_ replication: Int) {
        lock.lock()
        running[replication] = nil
        done += 1
        lock.unlock()
    }
}

/// Values written by several threads under a lock (the per-replication results of a run).
final class LockedSlots<Value: Sendable>: @unchecked Sendable {
    // `values` is only touched while `lock` is held.
    private let lock = NSLock()
    private var values: [Value?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    subscript(i: Int) -> Value? {
        get { lock.lock(); defer { lock.unlock() }; return values[i] }
        set { lock.lock(); values[i] = newValue; lock.unlock() }
    }

    var all: [Value?] {
        lock.lock()
        defer { lock.unlock() }
        return values
    }
}
