import Foundation
import Testing

/// `--profiles-dir DIR` adds the profiles in DIR to the embedded ones.
@Suite("--profiles-dir adds to the embedded profiles")
struct ProfilesDirCLITests {
    static let familyProfile = """
    id: nl-families
    base: nl-2026
    title: {en: NL with a family limit, nl: NL met gezinsgrens}
    description: {en: nl-2026 with the border procedure for families on the mandatory grounds only, nl: nl-2026 met de grensprocedure voor gezinnen alleen op de verplichte gronden}
    parameters:
      border.familiesWithMinorChildren: {value: mandatory-grounds-only, ref: APR Art 45(1), source: test, status: proposed, checked: 2026-11-24}

    """

    func directory(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("waarborg-profiles-dir-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return dir
    }

    let somali = CLI.examples.appendingPathComponent("somali-boy-unaccompanied.json").path

    @Test("a profile in DIR is added, may build on an embedded profile, and the embedded ones stay")
    func adds() throws {
        let dir = try directory(["nl-families.yaml": Self.familyProfile])
        defer { try? FileManager.default.removeItem(at: dir) }
        let list = try CLI.run(["profiles", "--profiles-dir", dir.path])
        #expect(list.status == 0 && list.err.isEmpty, "\(list.err)")
        for id in ["nl-2026", "nl-families", "pact-minimum", "vwn-alternative"] { #expect(list.out.contains(id + " "), "\(id)") }
        let mine = try CLI.run(["assess", "--profiles-dir", dir.path, "--profile", "nl-families", somali])
        #expect(mine.status == 0, "\(mine.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(mine.out.utf8)) as? [String: Any])
        #expect((json["profile"] as? [String: Any])?["id"] as? String == "nl-families")
        let embedded = try CLI.run(["assess", "--profiles-dir", dir.path, "--profile", "vwn-alternative", somali])
        #expect(embedded.status == 0)
        let show = try CLI.run(["profiles", "show", "nl-families", "--profiles-dir", dir.path])
        #expect(show.out.contains("Border procedure for families with minor children: only on the mandatory grounds of APR Art 45(1)\n"))
        #expect(show.out.contains("set in the profile nl-families (file \(dir.appendingPathComponent("nl-families.yaml").path))"))
        // Inherited values name the embedded profile they come from.
        #expect(show.out.contains("set in the profile nl-2026\n") && show.out.contains("set in the profile pact-minimum\n"))
    }

    @Test("a profile in DIR with the id of an embedded one replaces it, with a note on standard error")
    func replaces() throws {
        let embedded = CLI.root.appendingPathComponent("Sources/WaarborgRules/Resources/profiles/pact-minimum.yaml")
        var text = try String(contentsOf: embedded, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            line.hasPrefix("  schooling.within:") ? "  schooling.within: {value: 1 months, ref: RCD Art 16(2), source: my own reading, status: proposed, checked: 2026-12-01}" : String(line)
        }
        text = lines.joined(separator: "\n")
        #expect(text.contains("my own reading"))
        let dir = try directory(["my-minimum.yaml": text])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLI.run(["profiles", "show", "pact-minimum", "--profiles-dir", dir.path])
        #expect(r.status == 0)
        #expect(r.out.contains("Access of minors to education after lodging: 1 month\n"))
        let file = dir.appendingPathComponent("my-minimum.yaml").path
        #expect(r.err == "note: --profiles-dir: \(file) replaces the embedded profile \"pact-minimum\" (pact-minimum.yaml); the profiles based on it now build on this one: nl-2026, vwn-alternative\n")
        // vwn-alternative does not set schooling.within itself: it now inherits the value from the replacement.
        let vwn = try CLI.run(["profiles", "show", "vwn-alternative", "--profiles-dir", dir.path])
        #expect(vwn.out.contains("Access of minors to education after lodging: 1 month\n"))
        #expect(vwn.out.contains("set in the profile pact-minimum (file \(file))"))
    }

    @Test("an empty, missing or non-directory DIR is an error that says so")
    func emptyOrMissing() throws {
        let empty = try directory([:])
        defer { try? FileManager.default.removeItem(at: empty) }
        let e = try CLI.run(["assess", "--profiles-dir", empty.path, somali])
        #expect(e.status == 1 && e.out.isEmpty)
        #expect(e.err == "error: --profiles-dir \(empty.path): the directory has no profile files (*.yaml or *.yml)\n")
        let list = try CLI.run(["profiles", "--profiles-dir", empty.path])
        #expect(list.status == 1 && list.out.isEmpty)
        let missing = empty.appendingPathComponent("nope").path
        let m = try CLI.run(["profiles", "--profiles-dir", missing])
        #expect(m.status == 1 && m.err == "error: --profiles-dir \(missing): no such directory\n")
        let f = try CLI.run(["profiles", "--profiles-dir", somali])
        #expect(f.status == 1 && f.err.contains("not a directory"))
    }

    @Test("the help says that DIR adds to the embedded profiles")
    func help() throws {
        let r = try CLI.run(["assess", "--help"])
        let flat = r.out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("Directory of profile YAML files to add to the embedded profiles"))
        #expect(flat.contains("replaces it"))
    }
}
