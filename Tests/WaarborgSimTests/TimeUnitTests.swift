import Testing
import WaarborgJSON
@testable import WaarborgSim

@Suite("The optional timeUnit of the network format")
struct TimeUnitTests {
    @Test("timeUnit is optional, echoed in the result, and checked")
    func timeUnit() throws {
        let days = try encodedResult(network(#"{"id": "a", "servers": 1, "service": {"exponential": {"mean": 0.5}}}"#, extra: #", "timeUnit": "days""#))
        #expect(days.json["timeUnit"] == .string("days"))
        let plain = try encodedResult(network(#"{"id": "a", "servers": 1, "service": {"exponential": {"mean": 0.5}}}"#))
        #expect(plain.json["timeUnit"] == .string("time units"))
        #expect(networkError(network(#"{"id": "a", "servers": 1, "service": {"exponential": {"mean": 0.5}}}"#, extra: #", "timeUnit": 3"#))?.path == "$.timeUnit")
        #expect(networkError(network(#"{"id": "a", "servers": 1, "service": {"exponential": {"mean": 0.5}}}"#, extra: #", "timeUnit": """#))?.path == "$.timeUnit")
    }
}
