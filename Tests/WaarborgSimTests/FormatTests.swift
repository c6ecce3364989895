import Testing
@testable import WaarborgSim

@Suite("The network format rejects bad input, naming the field")
struct FormatTests {
    func error(_ json: String) -> NetworkError? {
        do { _ = try NetworkDecoder.decode(text: json); return nil } catch { return error }
    }
    let ok = single(lambda: 1, service: #"{"exponential": {"mean": 0.5}}"#, servers: 1, horizon: 100, warmup: 10)

    @Test("the issue's example is accepted")
    func accepted() throws {
        let spec = try NetworkDecoder.decode(text: ok)
        #expect(spec.stations.count == 1 && spec.replications == 10)
    }

    @Test("unknown station, probabilities not summing to 1, negative mean, unknown field")
    func rejected() {
        #expect(error(ok.replacingOccurrences(of: #""service""#, with: #""next": [{"to": "desk2", "p": 1}], "service""#))?.path == "$.stations[0].next[0].to")
        #expect(error(ok.replacingOccurrences(of: #""service""#, with: #""next": [{"to": "exit", "p": 0.7}], "service""#))?.path == "$.stations[0].next")
        #expect(error(ok.replacingOccurrences(of: #"{"mean": 0.5}"#, with: #"{"mean": -0.5}"#))?.path == "$.stations[0].service.exponential.mean")
        #expect(error(ok.replacingOccurrences(of: #""servers""#, with: #""colour": 1, "servers""#))?.path == "$.stations[0].colour")
        #expect(error(ok.replacingOccurrences(of: #""warmup": 10"#, with: #""warmup": 500"#))?.path == "$.warmup")
        #expect(error(ok.replacingOccurrences(of: "exponential\": {\"mean\": 0.5", with: "weibull\": {\"mean\": 0.5"))?.path == "$.stations[0].service.weibull")
        #expect(error("{not json")?.path == "$")
    }

    @Test("an overflow chain that loops is rejected")
    func overflowLoop() {
        let json = #"{"schema": "waarborg.network/1", "horizon": 100, "arrivals": [{"to": "a", "interarrival": {"exponential": {"mean": 1}}}], "stations": [{"id": "a", "servers": 1, "capacity": 1, "overflow": "b", "service": {"exponential": {"mean": 1}}}, {"id": "b", "servers": 1, "capacity": 1, "overflow": "a", "service": {"exponential": {"mean": 1}}}]}"#
        #expect(error(json)?.path == "$.stations[0].overflow")
    }

    @Test("YAML is read the same way")
    func yaml() throws {
        let spec = try NetworkDecoder.decode(text: """
        schema: waarborg.network/1
        horizon: 100
        arrivals: [{to: desk, interarrival: {exponential: {mean: 1}}}]
        stations:
          - id: desk
            servers: 2
            service: {gamma: {shape: 2, scale: 0.5}}
        """)
        #expect(spec.stations[0].servers == 2 && spec.stations[0].service[0] == .gamma(shape: 2, scale: 0.5))
    }
}
