import Foundation
import Testing

/// The register end to end: the built binary on a temporary SQLite file, as a caseworker uses it.
@Suite("Register from the command line")
struct RegisterCLITests {
    let somali = CLI.examples.appendingPathComponent("somali-boy-unaccompanied.json").path
    let syrian = CLI.examples.appendingPathComponent("syrian-man-eurodac-greece.json").path

    /// A fresh register for each test, named by the environment variable the CLI reads.
    func register() -> (url: String, env: [String: String]) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("waarborg-cli-\(UUID().uuidString).db").path
        return ("sqlite://" + path, ["WAARBORG_DATABASE": "sqlite://" + path])
    }

    @Test("add, list, show, update, history, close and audit")
    func lifecycle() throws {
        let db = register()
        let add = try CLI.run(["cases", "add", somali, "--ref", "VWN-42", "--as", "alice"], environment: db.env)
        #expect(add.status == 0 && add.err.isEmpty)
        #expect(add.out == "Case 1 added: version 1, profile nl-2026, route: regular procedure.\n")
        let nl = try CLI.run(["cases", "add", syrian, "--profile", "pact-minimum", "--lang", "nl", "--as", "alice"], environment: db.env)
        #expect(nl.status == 0 && nl.out.hasPrefix("Zaak 2 toegevoegd: versie 1, profiel pact-minimum, route: "))

        let list = try CLI.run(["cases", "list", "--database", db.url], environment: [:])
        #expect(list.status == 0)
        #expect(list.out.contains("VWN-42") && list.out.contains("ex-syr-greece") && list.out.contains("cases 1 to 2 of 2"))
        let json = try CLI.run(["cases", "list", "--format", "json", "--status", "open", "--limit", "1"], environment: db.env)
        let page = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        #expect(page["total"] as? Int == 2)
        #expect((page["cases"] as? [[String: Any]])?.map { $0["id"] as? Int } == [1])

        let show = try CLI.run(["cases", "show", "1", "--lang", "nl"], environment: db.env)
        #expect(show.status == 0)
        #expect(show.out.contains("Zaak 1 (cliëntreferentie VWN-42)") && show.out.contains("route: reguliere procedure"))
        #expect(show.out.contains("24-08-2026") && show.out.contains("art. 23 lid 2 onder b Procedureverordening"))

        let changed = try String(contentsOfFile: somali, encoding: .utf8).replacingOccurrences(of: "\"lodgedOn\": \"2026-08-10\"", with: "\"lodgedOn\": \"2026-08-12\"")
        let update = try CLI.run(["cases", "update", "1", "-", "--as", "bob"], stdin: changed, environment: db.env)
        #expect(update.status == 0)
        #expect(update.out.contains("Case 1 updated: version 2") && update.out.contains("Changed: $.application.lodgedOn"))

        let history = try CLI.run(["cases", "history", "1"], environment: db.env)
        let rows = history.out.split(separator: "\n").filter { $0.first?.isNumber == true }
        #expect(rows.count == 2 && rows[0].contains("alice") && rows[1].contains("bob"))

        let close = try CLI.run(["cases", "close", "1", "--as", "carol"], environment: db.env)
        #expect(close.status == 0 && close.out == "Case 1 closed.\n")
        let again = try CLI.run(["cases", "close", "1"], environment: db.env)
        #expect(again.status == 1 && again.out.isEmpty && again.err == "error: case 1 is already closed\n")

        let audit = try CLI.run(["cases", "audit", "1", "--lang", "nl"], environment: db.env)
        #expect(audit.status == 0)
        #expect(audit.out.contains("zaak toegevoegd") && audit.out.contains("feiten gewijzigd: $.application.lodgedOn") && audit.out.contains("zaak gesloten"))
        let auditJSON = try CLI.run(["cases", "audit", "1", "--format", "json"], environment: db.env)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(auditJSON.out.utf8)) as? [[String: Any]])
        #expect(entries.map { $0["action"] as? String } == ["created", "updated", "closed"])
        #expect(entries.map { $0["actor"] as? String } == ["alice", "bob", "carol"])
        #expect(entries[2]["before"] as? String == "open" && entries[2]["after"] as? String == "closed")
    }

    @Test("errors: bad facts, an unknown case, a bad URL, an unreachable PostgreSQL server; nothing on standard output")
    func errors() throws {
        let db = register()
        let bad = try CLI.run(["cases", "add", "-"], stdin: #"{"schema":"waarborg.case/1","id":"x","application":{"madeOn":"2026-02-30"},"applicant":{}}"#, environment: db.env)
        #expect(bad.status == 1 && bad.out.isEmpty && bad.err.contains("$.application.madeOn"))
        let list = try CLI.run(["cases", "list", "--format", "json"], environment: db.env)
        #expect(list.out.contains("\"total\": 0"))
        let missing = try CLI.run(["cases", "show", "5", "--lang", "nl"], environment: db.env)
        #expect(missing.status == 1 && missing.out.isEmpty && missing.err == "fout: zaak 5 staat niet in het register\n")
        let notNumber = try CLI.run(["cases", "show", "abc"], environment: db.env)
        #expect(notNumber.status == 64)
        let url = try CLI.run(["cases", "list", "--database", "sqlite://relative.db"])
        #expect(url.status == 1 && url.err.contains("absolute path"))
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        let pg = try CLI.run(["cases", "list", "--database", "postgres://me:secret@127.0.0.1:1/waarborg"])
        #expect(pg.status == 1 && pg.out.isEmpty && pg.err.hasPrefix("error: database error: cannot connect to the PostgreSQL server at 127.0.0.1:1"))
        #expect(pg.err.contains("connection refused (is the server running") && !pg.err.contains("secret"))
        let pgPort = try CLI.run(["cases", "list", "--database", "postgres://me:secret@localhost:99999/waarborg"])
        #expect(pgPort.status == 1 && pgPort.err.contains("the port \"99999\" is not a number from 1 to 65535") && !pgPort.err.contains("secret"))
        let huge = FileManager.default.temporaryDirectory.appendingPathComponent("waarborg-cli-huge-\(UUID().uuidString).json")
        try Data(repeating: 0x20, count: (1 << 20) + 1).write(to: huge)
        let big = try CLI.run(["cases", "add", huge.path], environment: db.env)
        #expect(big.status == 1 && big.err == "error: the facts are 1048577 bytes; the register takes at most 1048576 (1 MiB)\n")
        let bigStdin = try CLI.run(["cases", "add", "-"], stdin: String(repeating: " ", count: (1 << 20) + 1), environment: db.env)
        #expect(bigStdin.status == 1 && bigStdin.err.contains("more than 1048576 bytes"))
        let page = try CLI.run(["cases", "list", "--limit", "501"], environment: db.env)
        #expect(page.status == 1 && page.err.contains("page size 501"))
    }

    @Test("due: text, CSV and iCalendar on a fixed reference day")
    func due() throws {
        let db = register()
        _ = try CLI.run(["cases", "add", somali, "--ref", "VWN-42"], environment: db.env)
        let text = try CLI.run(["cases", "due", "--within", "14d", "--as-of", "2026-08-15"], environment: db.env)
        #expect(text.status == 0)
        #expect(text.out.contains("06 Aug 2026  9 days ago") && text.out.contains("24 Aug 2026  in 9 days"), "\(text.out)")
        #expect(!text.out.contains("10 Feb 2027"), "the decision is outside the window")
        let nl = try CLI.run(["cases", "due", "--within", "2w", "--as-of", "2026-08-15", "--lang", "nl"], environment: db.env)
        #expect(nl.out.contains("over 9 dagen") && nl.out.contains("aanstelling vertegenwoordiger"))

        let csv = try CLI.run(["cases", "due", "--within", "14", "--as-of", "2026-08-15", "--format", "csv"], environment: db.env)
        let lines = csv.out.components(separatedBy: "\r\n")
        #expect(lines.count == 4 && lines[0].hasPrefix("case,client_reference,"))
        #expect(lines[2].hasPrefix("1,VWN-42,ex-som-uam,nl-2026,representative-appointment-deadline,timeline,2026-08-24,9,false,APR Art 23(2)(b),"))

        let ics = try CLI.run(["cases", "due", "--as-of", "2026-08-15", "--format", "ics"], environment: db.env)
        #expect(ics.out.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(ics.out.contains("UID:1-representative-appointment-deadline@waarborg\r\n"))
        #expect(ics.out.contains("DTSTART;VALUE=DATE:20260824\r\n"))
        #expect(ics.out.components(separatedBy: "BEGIN:VEVENT").count == 3)

        let badDay = try CLI.run(["cases", "due", "--as-of", "2026-02-30"], environment: db.env)
        #expect(badDay.status == 64)
    }

    @Test("reassess after a profile change, with the audit entry")
    func reassess() throws {
        let db = register()
        _ = try CLI.run(["cases", "add", somali], environment: db.env)
        let current = try CLI.run(["cases", "reassess", "--dry-run"], environment: db.env)
        #expect(current.out == "Every assessment is current.\n")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("waarborg-cli-profiles-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let original = try String(contentsOf: CLI.root.appendingPathComponent("Sources/WaarborgRules/Resources/profiles/nl-2026.yaml"), encoding: .utf8)
        try original.replacingOccurrences(of: "labourMarket.accessAfter: {value: 6 months", with: "labourMarket.accessAfter: {value: 1 month")
            .write(to: dir.appendingPathComponent("nl-2026.yaml"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["cases", "reassess", "--profiles-dir", dir.path, "--as", "admin"], environment: db.env)
        #expect(r.status == 0)
        #expect(r.out.contains("Case 1: reassessed; route unchanged: regular procedure.") && r.out.contains("1 case(s) reassessed."))
        let audit = try CLI.run(["cases", "audit", "1"], environment: db.env)
        #expect(audit.out.contains("reassessed because the profile changed"))
        let none = try CLI.run(["cases", "reassess", "--profiles-dir", dir.path], environment: db.env)
        #expect(none.out.contains("0 case(s) reassessed."))
    }

    @Test("tokens: created once on standard output, listed without the secret, revoked")
    func tokens() throws {
        let db = register()
        let create = try CLI.run(["admin", "create-token", "--role", "caseworker", "--name", "desk"], environment: db.env)
        #expect(create.status == 0)
        let token = create.out.trimmingCharacters(in: .newlines)
        #expect(token.hasPrefix("wbt_") && token.count == 68)
        #expect(create.err.contains("shown only now"))
        let list = try CLI.run(["admin", "list-tokens", "--lang", "nl"], environment: db.env)
        #expect(list.out.contains("desk") && list.out.contains("behandelaar") && list.out.contains("geldig") && !list.out.contains(token))
        let revoke = try CLI.run(["admin", "revoke-token", "--name", "desk"], environment: db.env)
        #expect(revoke.status == 0 && revoke.out == "Token \"desk\" revoked.\n")
        let after = try CLI.run(["admin", "list-tokens"], environment: db.env)
        #expect(after.out.contains("revoked 20"))
        let twice = try CLI.run(["admin", "revoke-token", "--name", "desk"], environment: db.env)
        #expect(twice.status == 1 && twice.err.contains("no valid token named \"desk\""))
        let badRole = try CLI.run(["admin", "create-token", "--role", "boss", "--name", "x"], environment: db.env)
        #expect(badRole.status == 64)
    }
}
