import Foundation
import Testing

/// The asylum-shaped example network in examples/.
@Suite("examples/ter-apel-chain.yaml")
struct ExampleNetworkCLITests {
    static let file = CLI.root.appendingPathComponent("examples/ter-apel-chain.yaml").path

    @Test("waarborg simulate network examples/ter-apel-chain.yaml --replications 5 exits 0 with every station, in days, without warnings")
    func runs() throws {
        let r = try runSimulate(["simulate", "network", Self.file, "--replications", "5", "--progress", "never"], timeout: 300)
        #expect(r.status == 0, "\(r.err)")
        #expect(!r.err.contains("warning:"), "\(r.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        #expect(json["schema"] as? String == "waarborg.network-result/1")
        #expect(json["timeUnit"] as? String == "days")
        #expect(json["replications"] as? Int == 5)
        #expect((json["warnings"] as? [Any])?.isEmpty == true)
        let stations = try #require(json["stations"] as? [String: Any])
        #expect(Set(stations.keys) == ["registration", "screening", "border-procedure", "regular-procedure", "court"])
        // Everyone who arrives is registered: about 66 a day, as the file says.
        let registration = try #require((stations["registration"] as? [String: Any])?["all"] as? [String: Any])
        let throughput = try #require((registration["throughput"] as? [String: Any])?["mean"] as? Double)
        #expect(60 < throughput && throughput < 72, "\(throughput)")
        // Only the border class reaches the border procedure.
        let classes = try #require((stations["border-procedure"] as? [String: Any])?["classes"] as? [String: Any])
        func rate(_ c: String) -> Double? { ((classes[c] as? [String: Any])?["throughput"] as? [String: Any])?["mean"] as? Double }
        #expect(rate("ter-apel") == 0)
        #expect((rate("border") ?? 0) > 2)
    }

    @Test("the file says that its rates are illustrative")
    func labelled() throws {
        let text = try String(contentsOfFile: Self.file, encoding: .utf8)
        #expect(text.contains("ILLUSTRATIVE FIGURES, NOT CALIBRATED"))
        #expect(text.contains("timeUnit: days"))
    }
}
