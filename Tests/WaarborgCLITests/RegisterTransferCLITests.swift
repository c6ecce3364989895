import Foundation
import Testing

/// `cases export`/`import`, `admin backup`/`restore` and `profiles diff --format json`, run as a
/// user runs them.
@Suite("Register from the command line: export, import, backup, restore")
struct RegisterTransferCLITests {
    let somali = CLI.examples.appendingPathComponent("somali-boy-unaccompanied.json").path

    func database() -> (path: String, url: String) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("waarborg-cli-\(UUID().uuidString).db").path
        return (path, "sqlite://" + path)
    }

    @Test("export then import into a new register: the same lines; a bad line stores nothing and is named in Dutch")
    func exportImport() throws {
        let a = database(), b = database()
        #expect(try CLI.run(["cases", "add", somali, "--ref", "R-1", "--database", a.url]).status == 0)
        #expect(try CLI.run(["cases", "add", somali, "--ref", "R-2", "--database", a.url]).status == 0)
        #expect(try CLI.run(["cases", "close", "2", "--database", a.url]).status == 0)
        let open = try CLI.run(["cases", "export", "--database", a.url])
        #expect(open.status == 0 && open.out.split(separator: "\n").count == 1)
        let all = try CLI.run(["cases", "export", "--include-closed", "--database", a.url])
        #expect(all.out.split(separator: "\n").count == 2 && all.out.contains(#""reference":"R-2""#) && all.out.contains(#""status":"closed""#))

        let imported = try CLI.run(["cases", "import", "-", "--database", b.url], stdin: all.out)
        #expect(imported.status == 0 && imported.out == "2 case(s) imported (1–2).\n")
        #expect(try CLI.run(["cases", "export", "--include-closed", "--database", b.url]).out == all.out)

        let bad = all.out + "{\"schema\":\"waarborg.case-line/1\",\"profile\":\"nl-2026\",\"status\":\"half\",\"facts\":{}}\n"
        let refused = try CLI.run(["cases", "import", "-", "--lang", "nl", "--database", b.url], stdin: bad)
        #expect(refused.status == 1 && refused.out.isEmpty)
        #expect(refused.err == "fout: regel 3, $.status: verwacht \"open\" of \"closed\"; niets geïmporteerd\n")
        let list = try CLI.run(["cases", "list", "--format", "json", "--database", b.url])
        #expect(list.out.contains("\"total\": 2"))
    }

    @Test("backup, restore refused without --force, restored with it; postgres points to pg_dump")
    func backupRestore() throws {
        let a = database(), copy = database(), other = database()
        #expect(try CLI.run(["cases", "add", somali, "--database", a.url]).status == 0)
        let backup = try CLI.run(["admin", "backup", "--to", copy.path, "--database", a.url])
        #expect(backup.status == 0 && backup.out == "Register \(a.path) backed up to \(copy.path).\n")
        let twice = try CLI.run(["admin", "backup", "--to", copy.path, "--database", a.url])
        #expect(twice.status == 1 && twice.err.contains("exists already"))

        #expect(try CLI.run(["cases", "add", somali, "--database", other.url]).status == 0)
        #expect(try CLI.run(["cases", "add", somali, "--database", other.url]).status == 0)
        let refused = try CLI.run(["admin", "restore", "--from", copy.path, "--database", other.url, "--lang", "nl"])
        #expect(refused.status == 1 && refused.err.hasPrefix("fout: \(other.path) bestaat al"))
        let restored = try CLI.run(["admin", "restore", "--from", copy.path, "--force", "--database", other.url])
        #expect(restored.status == 0)
        #expect(try CLI.run(["cases", "list", "--format", "json", "--database", other.url]).out.contains("\"total\": 1"))

        let notRegister = try CLI.run(["admin", "restore", "--from", somali, "--database", database().url])
        #expect(notRegister.status == 1 && notRegister.err == "error: \(somali) is not a Waarborg register\n")
        let pg = try CLI.run(["admin", "backup", "--to", copy.path + ".2", "--database", "postgres://me@localhost/waarborg"])
        #expect(pg.status == 1 && pg.err.contains("pg_dump"))
    }

    @Test("profiles diff --format json holds what the text lists")
    func profilesDiffJSON() throws {
        let text = try CLI.run(["profiles", "diff", "nl-2026", "vwn-alternative"])
        let json = try CLI.run(["profiles", "diff", "nl-2026", "vwn-alternative", "--format", "json"])
        #expect(json.status == 0)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        let diffs = try #require(doc["differences"] as? [[String: Any]])
        #expect(text.out.hasSuffix("\n\(diffs.count) parameter(s) differ.\n"))
        for d in diffs { #expect(text.out.contains("(\(d["key"] as? String ?? "?"))\n")) }
    }
}
