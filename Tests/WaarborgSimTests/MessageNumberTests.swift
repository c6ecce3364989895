import Testing
@testable import WaarborgSim

@Suite("Numbers in error messages (D38)")
struct MessageNumberTests {
    @Test("numbers in messages: whole numbers plain, sums rounded (D38, 'sum to 1.2999999999999998')")
    func messageNumbers() {
        let sum = network(#"{"id": "a", "servers": 1, "service": {"exponential": {"mean": 1}}, "next": [{"to": "exit", "p": 0.7}, {"to": "a", "p": 0.6}]}"#)
        #expect(networkError(sum)?.message == "probabilities for class \"default\" sum to 1.3, not 1")
        let warmup = network(#"{"id": "a", "servers": 1, "service": {"exponential": {"mean": 1}}}"#, extra: #", "warmup": 500"#)
        #expect(networkError(warmup)?.message == "must be less than the horizon (100)")
        #expect(NumberText.short(100) == "100" && NumberText.short(0.1 + 0.2) == "0.3" && NumberText.short(-2.5) == "-2.5")
        #expect(NumberText.short(1e15) == "1e15" && NumberText.short(1.5e-7) == "1.5e-7" && NumberText.short(123456.75) == "123456.75")
        #expect(NumberText.approximate(2.0e16, digits: 2) == "2e16" && NumberText.approximate(2e10, digits: 2, scientific: true) == "2e10")
        #expect(NumberText.approximate(1.33333) == "1.33" && NumberText.short(.infinity) == "infinity")
    }
}
