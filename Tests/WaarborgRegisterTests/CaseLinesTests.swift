import Foundation
import Testing
import WaarborgJSON
import WaarborgRegister
import WaarborgRules

/// JSON Lines export and import: a register round-trips through them, and an import is all or
/// nothing, a bad line named by its number and field.
@Suite("Register: JSON Lines export and import", TestPostgres.scope)
struct CaseLinesTests {
    func export(_ store: any CaseStore, includeClosed: Bool) throws -> [UInt8] {
        var out: [UInt8] = []
        try CaseLines.export(store, includeClosed: includeClosed) { out += $0 }
        return out
    }

    @Test("export, import into an empty store, export again: the same cases, facts, references, profiles and statuses", arguments: StoreKind.tested)
    func roundTrip(kind: StoreKind) throws {
        let source = try kind.make()
        let a = try source.createCase(NewCase(facts: try Fixtures.example("somali-boy-unaccompanied"), clientReference: "VWN-1"), actor: "alice")
        _ = try source.createCase(NewCase(facts: try Fixtures.example("syrian-man-eurodac-greece"), profileID: "pact-minimum"), actor: "alice")
        let changed = String(decoding: a.facts, as: UTF8.self).replacingOccurrences(of: "\"lodgedOn\": \"2026-08-10\"", with: "\"lodgedOn\": \"2026-08-12\"")
        _ = try source.updateFacts(a.id, facts: Array(changed.utf8), actor: "bob")
        _ = try source.setStatus(a.id, .closed, actor: "bob")

        let openOnly = try export(source, includeClosed: false)
        #expect(openOnly.split(separator: 0x0A).count == 1)
        let all = try export(source, includeClosed: true)
        let lines = all.split(separator: 0x0A)
        #expect(lines.count == 2)
        let first = try JSONParser.parse(Array(lines[0]))
        #expect(first["schema"] == .string("waarborg.case-line/1"))
        #expect(first["reference"] == .string("VWN-1") && first["status"] == .string("closed") && first["version"] == .number(2))
        #expect(first["facts"]?["application"]?["lodgedOn"] == .string("2026-08-12"))

        let target = try kind.make()
        let ids = try target.importCases(try CaseLines.parse(all), actor: "carol")
        #expect(ids.count == 2)
        let again = try export(target, includeClosed: true)
        // The same lines, but for the version: an imported case starts at version 1 in its new register.
        let strip: ([UInt8]) throws -> [JSONValue] = { bytes in
            try bytes.split(separator: 0x0A).map { line in
                guard case .object(let m) = try JSONParser.parse(Array(line)) else { return .null }
                return .object(m.filter { $0.0 != "version" })
            }
        }
        #expect(try strip(again) == strip(all))
        #expect(try target.getCase(ids[0]).status == .closed)
        #expect(try target.audit(ids[0]).map(\.action) == [.created, .closed])
        #expect(try target.audit(ids[0]).first?.detail.contains("imported (line 1)") == true)
    }

    @Test("one bad case among good ones: nothing is stored, and the error names its line and field", arguments: StoreKind.tested)
    func allOrNothing(kind: StoreKind) throws {
        let source = try kind.make()
        _ = try source.createCase(NewCase(facts: try Fixtures.example("somali-boy-unaccompanied")), actor: "a")
        let good = try export(source, includeClosed: true)
        let bad = String(decoding: good, as: UTF8.self).replacingOccurrences(of: "\"madeOn\":\"2026-", with: "\"madeOn\":\"2025-13-")
        #expect(bad != String(decoding: good, as: UTF8.self))
        let target = try kind.make()
        let body = Array((String(decoding: good, as: UTF8.self) + "\n" + bad).utf8)
        #expect { try target.importCases(try CaseLines.parse(body), actor: "c") } throws: { e in
            guard case .importFacts(let line, let input) = e as? RegisterError else { return false }
            return line == 3 && input.path == "$.application.madeOn"
        }
        #expect(try target.listCases(CaseQuery()).total == 0)
        #expect(try target.audit(nil).isEmpty)
        let unknown = Array(String(decoding: good, as: UTF8.self).replacingOccurrences(of: "\"profile\":\"nl-2026\"", with: "\"profile\":\"nl-2099\"").utf8)
        #expect { try target.importCases(try CaseLines.parse(unknown), actor: "c") } throws: { e in
            (e as? RegisterError)?.message(.en).hasPrefix("line 1, $.profile: unknown profile \"nl-2099\"") == true
        }
    }

    @Test("lines that are not case lines are refused by line and field, in both languages")
    func badLines() throws {
        func error(_ text: String) -> RegisterError? {
            do { _ = try CaseLines.parse(Array(text.utf8)); return nil } catch { return error }
        }
        let ok = #"{"schema":"waarborg.case-line/1","profile":"nl-2026","facts":{"schema":"waarborg.case/1"}}"#
        #expect(try CaseLines.parse(Array((ok + "\n\n" + ok + "\r\n").utf8)).map(\.line) == [1, 3])
        #expect(error("\n" + ok + "\n{")?.message(.en).hasPrefix("line 3, $: not valid JSON") == true)
        #expect(error(#"{"schema":"waarborg.case-line/1","profile":"nl-2026","facts":{},"extra":1}"#)?.message(.en)
                == "line 1, $.extra: no such field (allowed: schema, id, reference, profile, status, version, facts); nothing imported")
        #expect(error(#"{"schema":"waarborg.case-line/1","profile":"nl-2026","status":"gone","facts":{}}"#)?.message(.nl)
                == "regel 1, $.status: verwacht \"open\" of \"closed\"; niets geïmporteerd")
        #expect(error(#"{"schema":"waarborg.case/1","profile":"nl-2026","facts":{}}"#)?.message(.en).hasPrefix("line 1, $.schema:") == true)
        #expect(error(#"{"schema":"waarborg.case-line/1","facts":{}}"#)?.message(.en).hasPrefix("line 1, $.profile:") == true)
        #expect(error(#"{"schema":"waarborg.case-line/1","profile":"nl-2026","facts":[]}"#)?.message(.en).hasPrefix("line 1, $.facts:") == true)
        #expect(error(#"{"schema":"waarborg.case-line/1","profile":"nl-2026","id":0,"facts":{}}"#)?.message(.en).hasPrefix("line 1, $.id:") == true)
        let many = String(repeating: ok + "\n", count: RegisterLimits.maxImportLines + 1)
        #expect(error(many) == .importTooLarge(lines: RegisterLimits.maxImportLines + 1, bytes: many.utf8.count))
    }
}
