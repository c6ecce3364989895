import Hummingbird
import WaarborgRegister

/// `GET /metrics`: the server's metrics in Prometheus' text format, for a scraper. No token, as
/// scrapers are set up with none; it tells request counts, durations and the number of open cases,
/// never a case's content.
enum MetricsRoute {
    static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    static func add(to router: Router<ServerContext>, metrics: ServerMetrics, store: any CaseStore) {
        router.get("/metrics") { _, _ -> Response in
            let open = try await Blocking.run { () throws(RegisterError) in
                try store.listCases(CaseQuery(status: .open, limit: 1, offset: 0)).total
            }
            metrics.openCases.record(open)
            return HTTP.response(metrics.exposition(), contentType: contentType)
        }
    }
}
