import WaarborgJSON
import PropertyBased
import Testing
@testable import WaarborgRules

@Suite("JSON writer and parser")
struct JSONRoundTripTests {
    static let alphabet: [Character] = ["a", "Z", " ", "\"", "\\", "\n", "\t", "\u{01}", "\u{1F}", "é", "€", "😀", "/", "0", "}"]

    @Test("any string survives writing and parsing, wherever the escapes fall")
    func strings() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...Int.max)) { seed in
            var x = UInt64(truncatingIfNeeded: seed) | 1
            var s = ""
            for _ in 0..<Int(x % 40) {
                x ^= x << 13; x ^= x >> 7; x ^= x << 17
                s.append(Self.alphabet[Int(x % UInt64(Self.alphabet.count))])
            }
            var w = JSONWriter(pretty: false)
            w.beginObject(); w.key(named: s); w.string(s); w.endObject()
            let parsed = try? JSONParser.parse(w.bytes)
            #expect(parsed == .object([(s, .string(s))]), "seed \(seed)")
        }
    }

    @Test("pretty and compact output hold the same document")
    func prettyCompact() throws {
        for pretty in [true, false] {
            var w = JSONWriter(pretty: pretty)
            w.beginObject(); w.field("a", 1); w.key("b"); w.beginArray(); w.bool(true); w.null(); w.beginObject(); w.endObject(); w.endArray(); w.endObject()
            #expect(try JSONParser.parse(w.bytes) == .object([("a", .number(1)), ("b", .array([.bool(true), .null, .object([])]))]))
        }
    }
}
