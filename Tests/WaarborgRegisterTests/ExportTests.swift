import Foundation
import LegalCalendar
import Testing
@testable import WaarborgRegister
import WaarborgRules

@Suite("Register: CSV, iCalendar, URLs and timestamps")
struct RegisterExportTests {
    static func deadline(label: String, ref: String = "APR Art 35(4)", client: String? = "R, \"1\"") -> DueDeadline {
        DueDeadline(caseID: 7, factsID: "ex-1", clientReference: client, profileID: "nl-2026", deadlineID: "decision-deadline", kind: .timeline,
                    date: CalendarDate(iso: "2027-02-10")!, projected: true, ref: ref, actor: "authority",
                    label: LocalizedText(en: label, nl: "Beslissing uiterlijk"), daysLeft: 3)
    }

    @Test("CSV quotes a field with a comma, a quote or a line break, and ends lines in CRLF")
    func csv() {
        #expect(DeadlineCSV.field("plain") == "plain")
        #expect(DeadlineCSV.field("a,b") == "\"a,b\"")
        #expect(DeadlineCSV.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(DeadlineCSV.field("two\nlines") == "\"two\nlines\"")
        let s = DeadlineCSV.render([Self.deadline(label: "Decision due")], lang: .nl)
        let lines = s.components(separatedBy: "\r\n")
        #expect(lines.count == 3 && lines[2].isEmpty)
        #expect(lines[0] == DeadlineCSV.header.joined(separator: ","))
        #expect(lines[1] == "7,\"R, \"\"1\"\"\",ex-1,nl-2026,decision-deadline,timeline,2027-02-10,3,true,APR Art 35(4),authority,Beslissing uiterlijk")
    }

    @Test("iCalendar escapes backslashes, semicolons, commas and line breaks")
    func escaping() {
        #expect(DeadlineCalendar.escape(#"a\b;c,d"# + "\ne") == #"a\\b\;c\,d\ne"#)
    }

    @Test("iCalendar folds lines at 75 octets without cutting a character")
    func folding() {
        let line = "SUMMARY:" + String(repeating: "é", count: 60) + String(repeating: "x", count: 50)
        let folded = DeadlineCalendar.fold(line)
        let parts = folded.components(separatedBy: "\r\n")
        #expect(parts.count > 1)
        #expect(parts.allSatisfy { $0.utf8.count <= 75 })
        #expect(parts.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(parts[0].utf8.count == 74, "8 ASCII octets and 33 two-octet characters: the 34th would cross 75")
        #expect(parts[0] + parts.dropFirst().map { String($0.dropFirst()) }.joined() == line, "unfolding gives the line back")
        #expect(DeadlineCalendar.fold("SHORT:line") == "SHORT:line")
    }

    @Test("one all-day event per deadline, with a stable UID, CRLF line ends and the legal basis")
    func calendar() {
        let d = Self.deadline(label: "Decision due, regular procedure (6 months from lodging)", ref: "APR Art 35(4); Art 35(5)")
        let stamp = Timestamp(iso: "2026-12-02T19:30:05Z")!
        let ics = DeadlineCalendar.render([d], lang: .en, stamp: stamp)
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends in CRLF")
        #expect(ics.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("\r\nUID:7-decision-deadline@waarborg\r\n"))
        #expect(unfolded.contains("\r\nDTSTAMP:20261202T193005Z\r\n"))
        #expect(unfolded.contains("\r\nDTSTART;VALUE=DATE:20270210\r\nDTEND;VALUE=DATE:20270211\r\n"))
        #expect(unfolded.contains("\r\nSUMMARY:case 7 (R\\, \"1\"): Decision due\\, regular procedure (6 months from lodging)\r\n"))
        #expect(unfolded.contains("DESCRIPTION:Legal basis: APR Art 35(4)\\; Art 35(5)\\nProjected date"))
        #expect(ics.components(separatedBy: "BEGIN:VEVENT").count == 2)
        let nl = DeadlineCalendar.render([d], lang: .nl, stamp: stamp).replacingOccurrences(of: "\r\n ", with: "")
        #expect(nl.contains("SUMMARY:zaak 7 (R\\, \"1\"): Beslissing uiterlijk\r\n") && nl.contains("DESCRIPTION:Grondslag: "))
        // The same deadline exported again keeps its UID.
        #expect(DeadlineCalendar.render([d], lang: .en, stamp: Timestamp(seconds: 0)).contains("UID:7-decision-deadline@waarborg"))
    }

    @Test("store URLs: sqlite with an absolute path; postgres with its parts; others refused")
    func urls() throws {
        #expect(try StoreURL(parsing: "sqlite:///var/lib/waarborg/cases.db") == .sqlite(path: "/var/lib/waarborg/cases.db"))
        #expect(try StoreURL(parsing: "sqlite:///tmp/my%20cases.db") == .sqlite(path: "/tmp/my cases.db"))
        #expect(throws: RegisterError.self) { try StoreURL(parsing: "sqlite://relative.db") }
        #expect(throws: RegisterError.self) { try StoreURL(parsing: "sqlite:///tmp/") }
        #expect(throws: RegisterError.self) { try StoreURL(parsing: "mysql://host/db") }
        #expect(try StoreURL(parsing: "postgres://waarborg@db.example/register")
                == .postgres(PostgresLocation(host: "db.example", user: "waarborg", database: "register")))
        #expect(try StoreURL(parsing: "postgresql://wb:p%40ss%3Aw@10.0.0.5:6543/cases?sslmode=require")
                == .postgres(PostgresLocation(host: "10.0.0.5", port: 6543, user: "wb", password: "p@ss:w", database: "cases", tls: .require)))
        #expect(try StoreURL(parsing: "postgres://wb@[::1]:5433/cases") == .postgres(PostgresLocation(host: "::1", port: 5433, user: "wb", database: "cases")))
        let shown = try StoreURL(parsing: "postgres://wb:hunter2@db.example/cases?sslmode=verify-full").displayed
        #expect(shown == "postgres://wb:***@db.example:5432/cases?sslmode=verify-full")

        // Each bad URL names the part that is wrong, and never repeats the password.
        let bad: [(String, String)] = [
            ("postgres://", "database name is missing"),
            ("postgres://db.example/cases", "user name is missing"),
            ("postgres://@db.example/cases", "user name is empty"),
            ("postgres://wb:hunter2@/cases", "host is missing"),
            ("postgres://wb:hunter2@db.example:54x2/cases", "the port \"54x2\""),
            ("postgres://wb:hunter2@db.example:0/cases", "the port \"0\""),
            ("postgres://wb:hunter2@db.example", "database name is missing"),
            ("postgres://wb:hunter2@db.example/", "database name is missing"),
            ("postgres://wb:hunter2@db.example/a/b", "contains a /"),
            ("postgres://wb:hunter2@db.example/cases?sslmode=sometimes", "sslmode \"sometimes\" is not one of disable, prefer, require, verify-full"),
            ("postgres://wb:hunter2@db.example/cases?timeout=3", "unknown option \"timeout\""),
            ("postgres://wb:hunter2@[::1/cases", "closing ]"),
        ]
        for (url, reason) in bad {
            do {
                _ = try StoreURL(parsing: url)
                Issue.record("\(url) was accepted")
            } catch {
                #expect(error.message(.en).contains(reason), "\(url): \(error.message(.en))")
                #expect(!error.message(.en).contains("hunter2"), "\(url): the password is shown")
                #expect(!error.message(.nl).contains("hunter2"))
            }
        }
    }

    @Test("timestamps read back what they write, in UTC")
    func timestamps() {
        let t = Timestamp(iso: "2026-12-02T19:30:05Z")!
        #expect(t.iso == "2026-12-02T19:30:05Z" && t.iCalendar == "20261202T193005Z")
        #expect(t.day == CalendarDate(iso: "2026-12-02"))
        #expect(Timestamp(seconds: 0).iso == "1970-01-01T00:00:00Z")
        #expect(Timestamp(iso: "2026-12-02 19:30:05") == nil && Timestamp(iso: "2026-12-02T24:00:00Z") == nil)
    }
}
