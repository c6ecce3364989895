import Testing
@testable import WaarborgSim

/// Builds and runs a network from its JSON text (so every validation also exercises the format).
func simulate(_ json: String, threads: Int = 2) throws -> NetworkResult {
    try NetworkResult.run(try NetworkDecoder.decode(text: json), threads: threads)
}

/// The acceptance rule of the validation plan: the analytic value lies within the replications'
/// 99 % t-interval widened by a small absolute floor. Seeds are fixed, so a pass is reproducible.
func expectClose(_ e: Estimate?, _ analytic: Double, floor: Double = 0.01, _ what: String,
                 sourceLocation: SourceLocation = #_sourceLocation) {
    guard let e else {
        Issue.record("\(what): no estimate", sourceLocation: sourceLocation)
        return
    }
    // 99 % instead of 95 %: the t-quantile ratio for 9 degrees of freedom is 3.250 / 2.262.
    let half = e.halfWidth * 3.250 / 2.262 + floor
    #expect(abs(e.mean - analytic) <= half,
            "\(what): simulated \(e.mean) ± \(half), analytic \(analytic)", sourceLocation: sourceLocation)
}

func station(_ r: NetworkResult, _ id: String) -> StationMetrics { r.stations.first { $0.id == id }!.all }
func stationClass(_ r: NetworkResult, _ id: String, _ c: String) -> StationMetrics {
    r.stations.first { $0.id == id }!.classes.first { $0.0 == c }!.1
}

/// One station, exponential arrivals, the given service and servers.
func single(lambda: Double, service: String, servers: Int, horizon: Double, warmup: Double, reps: Int = 10, extra: String = "", seed: Int = 7) -> String {
    """
    {"schema": "waarborg.network/1", "horizon": \(horizon), "warmup": \(warmup), "replications": \(reps), "seed": \(seed),
     "arrivals": [{"to": "s", "interarrival": {"exponential": {"mean": \(1 / lambda)}}}],
     "stations": [{"id": "s", "servers": \(servers), "service": \(service)\(extra)}]}
    """
}

/// A network text with one arrival stream into the first station.
func network(_ stations: String, arrival: String = #"{"to": "a", "interarrival": {"exponential": {"mean": 1}}}"#,
             horizon: Double = 100, replications: Int = 2, extra: String = "") -> String {
    """
    {"schema": "waarborg.network/1", "horizon": \(horizon), "replications": \(replications), "seed": 3\(extra),
     "arrivals": [\(arrival)], "stations": [\(stations)]}
    """
}
