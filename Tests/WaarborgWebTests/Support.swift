import Foundation
import LegalCalendar
import WaarborgJSON
import WaarborgRules
import WaarborgWeb

enum Fixtures {
    static let engine: Engine = try! Engine.load()
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every case the project's tests know: the example cases and the golden cases' facts.
    static let cases: [(name: String, facts: JSONValue)] = {
        var out: [(String, JSONValue)] = []
        let fm = FileManager.default
        let examples = root.appendingPathComponent("Tests/WaarborgCLITests/Cases")
        for f in (try? fm.contentsOfDirectory(atPath: examples.path))?.sorted() ?? [] where f.hasSuffix(".json") {
            out.append((f, try! JSONParser.parse(Array(try! Data(contentsOf: examples.appendingPathComponent(f))))))
        }
        let golden = root.appendingPathComponent("Tests/WaarborgRulesTests/Golden")
        for f in (try? fm.contentsOfDirectory(atPath: golden.path))?.sorted() ?? [] where f.hasSuffix(".yaml") {
            let doc = try! JSONValue(yaml: String(contentsOf: golden.appendingPathComponent(f), encoding: .utf8))
            if let c = doc["case"] { out.append((f, c)) }
        }
        return out
    }()

    static func context(_ lang: Language = .en, user: WebUser? = nil) -> PageContext {
        PageContext(lang: lang, path: "/assess", user: user, csrf: "csrf-token", today: CalendarDate(year: 2026, month: 12, day: 3)!)
    }

    /// The text a reader sees: tags and attributes removed, entities decoded.
    static func visibleText(_ html: String) -> String {
        var out = "", inTag = false
        for c in html {
            if c == "<" { inTag = true; out.append(" ") } else if c == ">" { inTag = false } else if !inTag { out.append(c) }
        }
        return out.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
    }
}
