import Foundation
import Metrics
import Prometheus

/// The server's metrics, in a Prometheus registry that belongs to this server alone: the tests
/// start many servers in one process, and a process-wide `MetricsSystem.bootstrap` can be done
/// only once, so every metric is made through this instance's factory instead.
public final class ServerMetrics: @unchecked Sendable {
    /// The registry `GET /metrics` writes out.
    public let registry: PrometheusCollectorRegistry
    let factory: PrometheusMetricsFactory
    /// Cases whose status is open, set from the register each time `/metrics` is read (one COUNT
    /// query per scrape, nothing per request).
    let openCases: Metrics.Gauge

    /// The series of one route, method and status class, made once: the registry would find them
    /// again by name and labels, but only after hashing the labels on every request.
    struct Series { let requests: Metrics.Counter; let duration: Metrics.Timer }
    struct Key: Hashable { let route: String; let method: String; let status: String }
    /// Guards `series`; the lock is held only for a dictionary look-up.
    private let lock = NSLock()
    private var series: [Key: Series] = [:]

    public static let requestsName = "waarborg_http_requests_total"
    public static let durationName = "waarborg_http_request_duration_seconds"
    public static let openCasesName = "waarborg_register_open_cases"

    public init() {
        registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        // An assessment takes well under a millisecond and a register read a few: the library's
        // default buckets start at 5 ms and would put nearly every request in the first one.
        factory.defaultDurationHistogramBuckets = [
            .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5),
            .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250),
            .milliseconds(500), .seconds(1), .milliseconds(2500), .seconds(5), .seconds(10),
        ]
        self.factory = factory
        openCases = Metrics.Gauge(label: Self.openCasesName, factory: factory)
    }

    /// `2xx`, `4xx`, `5xx`: the class, not the code, so a route has at most five series per method.
    static func statusClass(_ code: Int) -> String { "\(code / 100)xx" }

    /// Counts one request and records how long it took. `route` is the route's pattern
    /// (`/v1/cases/{n}`), never the raw path, so the number of series stays bounded whatever
    /// paths clients send.
    func record(route: String, method: String, status: Int, duration: Duration) {
        let key = Key(route: route, method: method, status: Self.statusClass(status))
        let s = lookup(key)
        s.requests.increment()
        s.duration.recordNanoseconds(Int64(duration.components.seconds) * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000)
    }

    private func lookup(_ key: Key) -> Series {
        lock.lock(); defer { lock.unlock() }
        if let s = series[key] { return s }
        let dims = [("route", key.route), ("method", key.method), ("status", key.status)]
        let s = Series(
            requests: Metrics.Counter(label: Self.requestsName, dimensions: dims, factory: factory),
            duration: Metrics.Timer(label: Self.durationName, dimensions: dims, factory: factory)
        )
        series[key] = s
        return s
    }

    /// The registry in Prometheus' text exposition format (version 0.0.4).
    public func exposition() -> [UInt8] { registry.emitToBuffer() }
}
