import Foundation
import Testing

/// `waarborg compare --format text [--lang en|nl]`, and the default profiles.
@Suite("compare as a table")
struct CompareTextCLITests {
    static let sudanese = CLI.examples.appendingPathComponent("sudanese-mother-with-children-ter-apel.json").path
    static let somali = CLI.examples.appendingPathComponent("somali-boy-unaccompanied.json").path
    static let bangladesh = CLI.examples.appendingPathComponent("bangladesh-adult-schiphol.json").path

    /// Runs the binary with a fixed terminal width, so the table's layout does not depend on the test's shell.
    func run(_ args: [String], columns: Int = 100) throws -> (status: Int32, out: String, err: String) {
        try CLI.run(args, environment: ["COLUMNS": String(columns)])
    }

    /// The column at which `text` starts in `line`, counted in characters.
    func column(of text: String, in line: Substring) -> Int? {
        line.range(of: text).map { line.distance(from: line.startIndex, to: $0.lowerBound) }
    }

    @Test("one row per change, values side by side under aligned columns, rules and parameters with their status")
    func table() throws {
        let r = try run(["compare", "--format", "text", Self.sudanese])
        #expect(r.status == 0 && r.err.isEmpty, "\(r.err)")
        let lines = r.out.split(separator: "\n", omittingEmptySubsequences: false)
        // The columns carry the titles; the ids `--profiles` takes are named once above.
        #expect(r.out.contains("Profiles compared: Pact without national options (pact-minimum), Netherlands 2026 (nl-2026),\nVluchtelingenWerk alternative (vwn-alternative)"))
        let header = try #require(lines.first { $0.hasPrefix("What differs") })
        let row = try #require(lines.first { $0.hasPrefix("Work: access from") })
        for (i, p) in ["Pact without national", "Netherlands 2026", "VluchtelingenWerk"].enumerated() {
            let value = ["5 February 2027", "5 February 2027", "7 September 2026"][i]
            // Each value starts in its profile's column.
            let start = try #require(column(of: p, in: header))
            #expect(row.dropFirst(start).hasPrefix(value), "\(row)")
        }
        // Shown once: no Dutch twin, no restated label or summary text.
        #expect(!r.out.contains("Toegang tot de arbeidsmarkt"))
        #expect(!r.out.contains("Labour-market access if no first-instance decision yet"))
        #expect(!r.out.contains("family reunification for minor children"))
        // One difference, one row: the timeline's copy of the same date is not repeated.
        #expect(lines.filter { $0.hasPrefix("Work: access from") }.count == 1 && !lines.contains { $0.hasPrefix("Timeline: labour-market") })
        // The rules by their titles, the parameter by its meaning, its values with their legal status in words.
        #expect(r.out.contains("  rules: Work\n"))
        #expect(!r.out.contains("labour-market\n") && !r.out.contains("(labourMarket.accessAfter)"))
        #expect(r.out.contains("  · Access to the labour market after registration, if no first-instance decision yet"))
        let values = try #require(lines.first { $0.contains("6 months (in force)") })
        #expect(values.contains("1 month (proposed)"))
        let vStart = try #require(column(of: "1 month (proposed)", in: values))
        #expect(vStart == column(of: "VluchtelingenWerk", in: header))
        // Long cells are wrapped: no line is wider than the terminal.
        for l in lines { #expect(l.count <= 100, "\(l)") }
        // Each change is one row.
        for label in ["Work: access from", "Legal aid, screening: form", "If granted: refugee, permit"] {
            #expect(lines.filter { $0.hasPrefix(label) }.count == 1, "\(label)")
        }
    }

    @Test("every difference is shown once: grounds present under some profiles only become one row")
    func onceEach() throws {
        let r = try run(["compare", "--format", "text", Self.bangladesh])
        #expect(r.status == 0)
        // The grounds are one value: the list under each profile, in words.
        #expect(r.out.components(separatedBy: "Procedure: grounds").count == 2)
        #expect(r.out.contains("safe country"))
        #expect(!(r.out.split(separator: "\n").first { $0.hasPrefix("Procedure: grounds") } ?? "").contains("APR-42"))
        #expect(!r.out.contains(".nl") && !r.out.contains("Legal aid, screening: legal status"))
        #expect(r.out.components(separatedBy: "  · First residence permit of a refugee, in years\n").count == 2)
        #expect(!r.out.contains("granted.refugee.permitYears"))
    }

    /// Explanations follow the values: a difference only in wording is not a difference.
    @Test("a difference of wording alone is not a row")
    func noTextRows() throws {
        let r = try run(["compare", "--format", "text", Self.somali])
        #expect(r.status == 0)
        #expect(!r.out.contains("Detention: note") && !r.out.contains(": because"))
    }

    @Test("--lang nl: the table in Dutch, statuses in words")
    func dutch() throws {
        let r = try run(["compare", "--format", "text", "--lang", "nl", Self.sudanese])
        #expect(r.status == 0)
        #expect(r.out.contains("Wat verschilt") && r.out.contains("Werk: toegang vanaf"))
        #expect(r.out.contains("6 maanden (van kracht)") && r.out.contains("1 maand (voorgesteld)") && !r.out.contains("months"))
        #expect(r.out.contains("(voorgesteld)") && r.out.contains("  regels: "))
        #expect(r.out.contains("Toegang tot de arbeidsmarkt na registratie"))
        #expect(!r.out.contains("Labour-market access") && !r.out.contains("What differs") && !r.out.contains("(in-force)"))
    }

    @Test("--lang only with --format text; JSON stays the default and unchanged")
    func options() throws {
        let bad = try run(["compare", "--lang", "nl", Self.sudanese])
        #expect(bad.status == 64 && bad.out.isEmpty && bad.err.contains("--format text"))
        let json = try run(["compare", "--profiles", "pact-minimum,vwn-alternative", Self.sudanese])
        let explicit = try run(["compare", "--profiles", "pact-minimum,vwn-alternative", "--format", "json", Self.sudanese])
        #expect(json.status == 0 && json.out == explicit.out)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        #expect(Set(parsed.keys) == ["profiles", "assessments", "differences"])
    }

    @Test("without --profiles: pact-minimum, nl-2026, vwn-alternative")
    func defaultProfiles() throws {
        let r = try run(["compare", Self.sudanese])
        #expect(r.status == 0, "\(r.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        #expect(json["profiles"] as? [String] == ["pact-minimum", "nl-2026", "vwn-alternative"])
        #expect((json["assessments"] as? [Any])?.count == 3)
    }
}
