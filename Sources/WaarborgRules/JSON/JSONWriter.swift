/// Writes JSON into a byte buffer in the order the caller emits keys.
///
/// The assessment is written field by field rather than through `Encodable` so that the output
/// is byte-identical for the same input (a property users rely on to diff assessments) and so
/// that a batch run does not spend its time in reflection.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    private let pretty: Bool
    private var indent = 0
    /// Whether the current container already holds a member (a comma is due).
    private var needsComma: [Bool] = []

    public init(pretty: Bool, capacity: Int = 8192) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    public mutating func reset() { bytes.removeAll(keepingCapacity: true); indent = 0; afterKey = false; needsComma.removeAll(keepingCapacity: true) }

    public var string: String { String(decoding: bytes, as: UTF8.self) }

    private mutating func newline() {
        guard pretty else { return }
        bytes.append(0x0A)
        for _ in 0..<indent { bytes.append(0x20); bytes.append(0x20) }
    }

    private mutating func beforeValue() {
        if let last = needsComma.last {
            if last { bytes.append(0x2C) }
            needsComma[needsComma.count - 1] = true
            newline()
        }
    }

    public mutating func key(_ k: String) {
        beforeValue()
        writeString(k)
        bytes.append(0x3A)
        if pretty { bytes.append(0x20) }
        afterKey = true
    }

    /// Set after a key: the next value belongs to it and writes no separator of its own.
    private var afterKey = false

    private mutating func valuePrefix() {
        if afterKey { afterKey = false } else { beforeValue() }
    }

    public mutating func beginObject() {
        valuePrefix()
        bytes.append(0x7B)
        indent += 1
        needsComma.append(false)
    }

    public mutating func endObject() {
        indent -= 1
        let had = needsComma.removeLast()
        if had { newline() }
        bytes.append(0x7D)
    }

    public mutating func beginArray() {
        valuePrefix()
        bytes.append(0x5B)
        indent += 1
        needsComma.append(false)
    }

    public mutating func endArray() {
        indent -= 1
        let had = needsComma.removeLast()
        if had { newline() }
        bytes.append(0x5D)
    }

    public mutating func string(_ s: String) { valuePrefix(); writeString(s) }
    public mutating func bool(_ b: Bool) { valuePrefix(); bytes.append(contentsOf: b ? [0x74, 0x72, 0x75, 0x65] : [0x66, 0x61, 0x6C, 0x73, 0x65]) }
    public mutating func null() { valuePrefix(); bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }
    public mutating func int(_ n: Int) { valuePrefix(); bytes.append(contentsOf: Array(String(n).utf8)) }
    public mutating func number(_ d: Double) { valuePrefix(); bytes.append(contentsOf: Array(JSONWriter.numberText(d).utf8)) }

    public mutating func date(_ d: CalendarDateLike) {
        valuePrefix()
        bytes.append(0x22)
        d.appendISO(to: &bytes)
        bytes.append(0x22)
    }

    public mutating func value(_ v: JSONValue) {
        switch v {
        case .null: null()
        case .bool(let b): bool(b)
        case .number(let n): number(n)
        case .string(let s): string(s)
        case .array(let items):
            beginArray(); for x in items { value(x) }; endArray()
        case .object(let members):
            beginObject(); for (k, x) in members { key(k); value(x) }; endObject()
        }
    }

    /// Convenience: `"key": "value"`.
    public mutating func field(_ k: String, _ s: String) { key(k); string(s) }
    public mutating func field(_ k: String, _ b: Bool) { key(k); bool(b) }
    public mutating func field(_ k: String, _ n: Int) { key(k); int(n) }

    public mutating func newlineAtEnd() { bytes.append(0x0A) }

    private mutating func writeString(_ s: String) {
        bytes.append(0x22)
        for b in s.utf8 {
            switch b {
            case 0x22: bytes.append(0x5C); bytes.append(0x22)
            case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
            case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
            case 0x0D: bytes.append(0x5C); bytes.append(0x72)
            case 0x09: bytes.append(0x5C); bytes.append(0x74)
            case 0..<0x20:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]])
            default: bytes.append(b)
            }
        }
        bytes.append(0x22)
    }

    static func numberText(_ d: Double) -> String {
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
        return String(d)
    }
}

/// Anything that can write itself as an ISO date (kept abstract so the writer does not depend on
/// the calendar module's types).
public protocol CalendarDateLike { func appendISO(to out: inout [UInt8]) }
