import Foundation
import Testing

/// `assess` and `compare` read standard input when no file is given, through a pipe or a redirection.
@Suite("standard input without a file argument")
struct StdinCLITests {
    static let somali = "Tests/WaarborgCLITests/Cases/somali-boy-unaccompanied.json"

    func quoted(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    func assessment(_ out: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
    }

    @Test("cat case | waarborg assess")
    func pipe() throws {
        let r = try CLI.shell("cat \(Self.somali) | \(quoted(CLI.binary)) assess")
        #expect(r.status == 0, "\(r.err)")
        #expect(try assessment(r.out)["case"] as? String == "ex-som-uam")
    }

    @Test("waarborg assess < case")
    func redirect() throws {
        let r = try CLI.shell("\(quoted(CLI.binary)) assess --format text < \(Self.somali)")
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("ex-som-uam"))
        let json = try CLI.shell("\(quoted(CLI.binary)) assess < \(Self.somali)")
        #expect(try assessment(json.out)["schema"] as? String == "waarborg.assessment/1")
    }

    @Test("the same assessment as with the file named")
    func sameAsFile() throws {
        let piped = try CLI.shell("\(quoted(CLI.binary)) assess --as-of 2026-12-01 < \(Self.somali)")
        let named = try CLI.shell("\(quoted(CLI.binary)) assess --as-of 2026-12-01 \(Self.somali)")
        #expect(piped.status == 0 && piped.out == named.out)
    }

    @Test("cat case | waarborg compare, and waarborg compare < case")
    func compare() throws {
        let piped = try CLI.shell("cat \(Self.somali) | \(quoted(CLI.binary)) compare --profiles pact-minimum,nl-2026")
        #expect(piped.status == 0, "\(piped.err)")
        #expect(try assessment(piped.out)["profiles"] as? [String] == ["pact-minimum", "nl-2026"])
        let redirected = try CLI.shell("\(quoted(CLI.binary)) compare --format text < \(Self.somali)")
        #expect(redirected.status == 0 && redirected.out.contains("ex-som-uam"))
    }

    @Test("empty standard input is invalid input (exit 1), not a hang or a usage error")
    func empty() throws {
        let r = try CLI.shell("\(quoted(CLI.binary)) assess < /dev/null")
        #expect(r.status == 1 && r.out.isEmpty && r.err.hasPrefix("error: invalid case: "))
    }
}
