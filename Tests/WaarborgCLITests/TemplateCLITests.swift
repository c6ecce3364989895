import Foundation
import Testing
import WaarborgRules

/// `waarborg template`: an example case that the assessor accepts, and a guide to every field.
@Suite("waarborg template")
struct TemplateCLITests {
    /// Every field of waarborg.case/1, as paths (`[]` for the elements of a list).
    static let fields = [
        "schema", "id", "memberState",
        "arrival", "arrival.kind", "arrival.on", "arrival.place",
        "application", "application.madeOn", "application.registeredOn", "application.lodgedOn",
        "applicant", "applicant.birthDate", "applicant.ageDisputed", "applicant.nationality", "applicant.stateless",
        "applicant.formerHabitualResidence", "applicant.unaccompanied", "applicant.specialNeeds", "applicant.riskProfiles",
        "family", "family[].relation", "family[].birthDate", "family[].accompanying", "family[].memberState", "family[].status",
        "history", "history[].event", "history[].memberState", "history[].on", "history[].validUntil", "history[].outcome",
        "history[].hit", "history[].hitReceivedOn", "history[].indicatedResponsible", "history[].finalOn", "history[].borderProcedure",
        "findings",
    ]

    /// The object paths in a JSON value (list elements as `[]`, findings by id as `findings.<id>`).
    func paths(_ v: Any, _ prefix: String, into out: inout Set<String>) {
        if let o = v as? [String: Any] {
            for (k, x) in o {
                let p = prefix.isEmpty ? k : prefix + "." + k
                out.insert(p)
                if prefix != "findings" { paths(x, p, into: &out) }
            }
        } else if let a = v as? [Any] {
            for x in a { paths(x, prefix + "[]", into: &out) }
        }
    }

    @Test("`waarborg template | waarborg assess -` exits 0 with an assessment of the example")
    func pipesIntoAssess() throws {
        let bin = CLI.binary.replacingOccurrences(of: "'", with: "'\\''")
        let r = try CLI.shell("'\(bin)' template | '\(bin)' assess -; echo \"rc=$?\" >&2")
        #expect(r.err.hasSuffix("rc=0\n"), "\(r.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        #expect(json["schema"] as? String == "waarborg.assessment/1")
        #expect(json["case"] as? String == "template-eri-ter-apel")
        #expect(json["status"] as? String == "determined")
    }

    @Test("the example fills in every field of the format and every finding")
    func complete() throws {
        let r = try CLI.run(["template"])
        #expect(r.status == 0 && r.err.isEmpty)
        let json = try JSONSerialization.jsonObject(with: Data(r.out.utf8))
        var found = Set<String>()
        paths(json, "", into: &found)
        for f in Self.fields { #expect(found.contains(f), "template lacks \(f)") }
        for id in FindingID.allCases { #expect(found.contains("findings." + id.rawValue), "template lacks finding \(id.rawValue)") }
        // Both forms of a finding: a bare boolean and {value, source, on} / {value, basis}.
        let findings = try #require((json as? [String: Any])?["findings"] as? [String: Any])
        #expect(findings.values.contains { $0 is Bool })
        #expect(findings.values.contains { ($0 as? [String: Any])?["source"] != nil })
        #expect(findings.values.contains { ($0 as? [String: Any])?["basis"] != nil })
    }

    func allValues() -> [String] {
        ArrivalKind.allCases.map(\.rawValue) + SpecialNeed.allCases.map(\.rawValue) + RiskProfile.allCases.map(\.rawValue)
            + FamilyRelation.allCases.map(\.rawValue) + FamilyStatus.allCases.map(\.rawValue) + HistoryEventKind.allCases.map(\.rawValue)
            + HistoryOutcome.allCases.map(\.rawValue) + DatabaseHit.allCases.map(\.rawValue) + SafeThirdCountryBasis.allCases.map(\.rawValue)
    }

    @Test("--explain lists every field, every value and every finding with its article and the rules it decides")
    func guideEnglish() throws {
        let r = try CLI.run(["template", "--explain"])
        #expect(r.status == 0)
        let g = r.out
        for f in Self.fields { #expect(g.contains("\n  \(f)  ("), "guide lacks field \(f)") }
        for v in allValues() { #expect(g.contains("      \(v) "), "guide lacks value \(v)") }
        for id in FindingID.allCases { #expect(g.contains("\n  \(id.rawValue)\n"), "guide lacks finding \(id.rawValue)") }
        #expect(!g.contains("not described yet"))
        // Phrases may be wrapped over lines.
        let flat = g.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("An absent finding means \"unknown\", never \"false\""))
        // The contract's table, and the two newer findings.
        #expect(flat.contains("only issues not relevant to international protection were raised (APR Art 42(1)(a))"))
        #expect(flat.contains("threat to internal security") && flat.contains("(AMMR Art 16(4))") && flat.contains("decides: responsibility"))
        #expect(flat.contains("without detention (APR Art 53(2)(e))") && flat.contains("decides: border:exemptions"))
        #expect(flat.contains("decides: accelerated:APR-42-1-a"))
        #expect(g.contains("eurodac") && g.contains("hitReceivedOn") && g.contains("indicatedResponsible"))
    }

    @Test("--explain --lang nl is in Dutch, with the same ids and values")
    func guideDutch() throws {
        let r = try CLI.run(["template", "--explain", "--lang", "nl"])
        #expect(r.status == 0)
        let g = r.out
        let flat = g.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(g.contains("VELDEN") && g.contains("BEVINDINGEN") && !g.contains("FIELDS"))
        #expect(flat.contains("Een bevinding die ontbreekt betekent \"onbekend\", nooit \"false\""))
        for v in allValues() { #expect(g.contains("      \(v) "), "gids mist waarde \(v)") }
        for id in FindingID.allCases { #expect(g.contains("\n  \(id.rawValue)\n"), "gids mist bevinding \(id.rawValue)") }
        #expect(!g.contains("nog niet beschreven"))
        #expect(flat.contains("(AMMR art. 16(4))") && flat.contains("beslist: responsibility"))
    }

    @Test("--lang without --explain is a usage error, not silently ignored")
    func langNeedsExplain() throws {
        let r = try CLI.run(["template", "--lang", "nl"])
        #expect(r.status == 64 && r.out.isEmpty && r.err.contains("--explain"))
    }
}

extension CLI {
    /// Runs a shell command line (for real pipes and redirections), with the repository as the directory.
    static func shell(_ script: String) throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", script]
        p.currentDirectoryURL = root
        let out = Pipe(), err = Pipe()
        p.standardOutput = out; p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }
}
