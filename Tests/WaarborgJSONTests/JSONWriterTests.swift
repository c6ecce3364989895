import Testing
import WaarborgJSON

/// A date that writes itself like `LegalCalendar.CalendarDate`: ten bytes when the year has four
/// digits, otherwise nothing (the writer then falls back to `iso`).
private struct FakeDate: CalendarDateLike {
    let iso: String
    func writeISO(into p: UnsafeMutablePointer<UInt8>) -> Bool {
        let u = Array(iso.utf8)
        guard u.count == 10 else { return false }
        for (k, b) in u.enumerated() { p[k] = b }
        return true
    }
}

@Suite("JSON writer")
struct JSONWriterTests {
    @Test("commas are right at any depth, also beyond 64 levels")
    func deepNesting() {
        for depth in [1, 63, 64, 65, 70, 200] {
            var w = JSONWriter(pretty: false)
            for _ in 0..<depth { w.beginArray(); w.int(1) }
            for _ in 0..<depth { w.int(2); w.endArray() }
            let expected = String(repeating: "[1,", count: depth) + String(repeating: "2]", count: depth).replacingOccurrences(of: "]2", with: "],2")
            #expect(w.string == expected, "depth \(depth)")
            #expect(w.depth == 0)
        }
    }

    @Test("deep objects in pretty output keep their commas and indentation")
    func deepPretty() {
        var w = JSONWriter(pretty: true)
        for _ in 0..<70 { w.beginObject(); w.field("a", 1); w.key("b") }
        w.null()
        for _ in 0..<70 { w.endObject() }
        let text = w.string
        #expect(text.split(separator: "\n").count == 70 * 3 + 1)
        #expect(text.components(separatedBy: "\"a\": 1,\n").count == 71)
        #expect(text.contains("\n" + String(repeating: " ", count: 140) + "\"b\": null\n" + String(repeating: " ", count: 138) + "}"))
    }

    @Test("finite numbers are written in their shortest form")
    func numbers() {
        var w = JSONWriter(pretty: false)
        w.beginArray(); w.number(1); w.number(-0.5); w.number(1e20); w.number(0.1); w.endArray()
        #expect(w.string == "[1,-0.5,1e+20,0.1]")
    }

    @Test("a non-finite number is a bug: it stops a debug build (release writes null)")
    func nonFinite() async {
        await #expect(processExitsWith: .failure) {
            var w = JSONWriter(pretty: false)
            w.beginArray(); w.number(.nan); w.endArray()
        }
        await #expect(processExitsWith: .failure) {
            var w = JSONWriter(pretty: false)
            w.number(-.infinity)
        }
    }

    @Test("an unbalanced or mismatched close is a bug: it stops a debug build")
    func unbalanced() async {
        await #expect(processExitsWith: .failure) {
            var w = JSONWriter(pretty: false)
            w.beginObject(); w.endArray()
        }
        await #expect(processExitsWith: .failure) {
            var w = JSONWriter(pretty: false)
            w.beginArray(); w.endArray(); w.endArray()
        }
    }

    @Test("a date is ten bytes in quotes; one that does not fit is written as its iso text")
    func dates() {
        var w = JSONWriter(pretty: false)
        w.beginArray(); w.date(FakeDate(iso: "2026-08-03")); w.date(FakeDate(iso: "10000-01-03")); w.endArray()
        #expect(w.string == #"["2026-08-03","10000-01-03"]"#)
    }

    @Test("leading members go first in the next object opened, with the right commas")
    func leadingMembers() {
        var w = JSONWriter(pretty: false)
        w.leadingMembers { $0.field("line", 3) }
        w.beginObject(); w.field("a", 1); w.key("b"); w.beginObject(); w.endObject(); w.endObject()
        #expect(w.string == #"{"line":3,"a":1,"b":{}}"#)
        w.reset()
        w.leadingMembers { $0.field("line", 4) }
        w.beginObject(); w.endObject()
        w.newlineAtEnd()
        w.beginObject(); w.endObject()
        #expect(w.string == "{\"line\":4}\n{}")
        var p = JSONWriter(pretty: true)
        p.leadingMembers { $0.field("line", 5) }
        p.beginObject(); p.field("a", true); p.endObject()
        #expect(p.string == "{\n  \"line\": 5,\n  \"a\": true\n}")
    }

    @Test("reset forgets open containers")
    func reset() {
        var w = JSONWriter(pretty: false)
        w.beginArray(); w.beginObject(); w.field("a", 1)
        w.reset()
        w.beginArray(); w.int(1); w.endArray()
        #expect(w.string == "[1]")
    }
}
