import Foundation
import Testing
import WaarborgRules

/// The exit statuses the root help promises, and `--version`.
@Suite("exit statuses and version")
struct ExitCodeCLITests {
    static let somali = CLI.examples.appendingPathComponent("somali-boy-unaccompanied.json").path

    @Test("waarborg --help documents the exit statuses")
    func helpDocumentsExitCodes() throws {
        let r = try CLI.run(["--help"])
        #expect(r.status == 0)
        let flat = r.out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("Exit status: 0 success"))
        #expect(flat.contains("1 invalid input (a case, network or profile file), an unknown profile"))
        #expect(flat.contains("with --batch, a line that could not be assessed"))
        #expect(flat.contains("64 a usage error"))
        #expect(flat.contains("waarborg template"))
    }

    @Test("the statuses are the ones documented")
    func statuses() throws {
        #expect(try CLI.run(["assess", Self.somali]).status == 0)
        #expect(try CLI.run(["assess", "-"], stdin: "{}").status == 1)
        #expect(try CLI.run(["assess", "--profile", "nope", Self.somali]).status == 1)
        #expect(try CLI.run(["compare", "--profiles", "nl-2026,nope", Self.somali]).status == 1)
        #expect(try CLI.run(["assess", "--batch", "-"], stdin: "{bad\n").status == 1)
        #expect(try CLI.run(["assess", "/nonexistent/case.json"]).status == 1)
        #expect(try CLI.run(["assess", "--no-such-option", Self.somali]).status == 64)
        #expect(try CLI.run(["assess", "--batch", "--format", "text", Self.somali]).status == 64)
        #expect(try CLI.run(["profiles", "show"]).status == 64)
    }

    @Test("waarborg --version prints the engine version, the one in every receipt")
    func version() throws {
        let r = try CLI.run(["--version"])
        #expect(r.status == 0 && r.err.isEmpty)
        #expect(r.out == Assessor.engineVersion + "\n")
        let a = try CLI.run(["assess", Self.somali])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(a.out.utf8)) as? [String: Any])
        #expect((json["receipt"] as? [String: Any])?["engine"] as? String == Assessor.engineVersion)
        #expect(r.out.hasPrefix("waarborg "))
    }
}
