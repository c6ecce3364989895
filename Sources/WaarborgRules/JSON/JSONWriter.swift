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
    /// Bit `d` is set when the container open at depth `d` already holds a member (a comma is due).
    /// Depth is `indent`; documents here are never deeper than 64 levels (the parser's limit).
    private var hasMember: UInt64 = 0

    public init(pretty: Bool, capacity: Int = 8192) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    public mutating func reset() { bytes.removeAll(keepingCapacity: true); indent = 0; afterKey = false; hasMember = 0 }

    public var string: String { String(decoding: bytes, as: UTF8.self) }

    private mutating func newline() {
        guard pretty else { return }
        bytes.append(0x0A)
        for _ in 0..<indent { bytes.append(0x20); bytes.append(0x20) }
    }

    private mutating func beforeValue() {
        guard indent > 0 else { return }
        let bit: UInt64 = 1 << UInt64(indent - 1)
        if hasMember & bit != 0 { bytes.append(0x2C) }
        hasMember |= bit
        newline()
    }

    /// A key from the contract: a literal, written as is (contract keys never need escaping).
    public mutating func key(_ k: StaticString) {
        beforeValue()
        bytes.append(0x22)
        bytes.append(contentsOf: UnsafeBufferPointer(start: k.utf8Start, count: k.utf8CodeUnitCount))
        bytes.append(0x22)
        bytes.append(0x3A)
        if pretty { bytes.append(0x20) }
        afterKey = true
    }

    /// A key that comes from data (a dataset name, an assessment path): escaped like any string.
    public mutating func key(named k: String) {
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
        hasMember &= ~(1 << UInt64(indent - 1))
    }

    public mutating func endObject() {
        let had = hasMember & (1 << UInt64(indent - 1)) != 0
        indent -= 1
        if had { newline() }
        bytes.append(0x7D)
    }

    public mutating func beginArray() {
        valuePrefix()
        bytes.append(0x5B)
        indent += 1
        hasMember &= ~(1 << UInt64(indent - 1))
    }

    public mutating func endArray() {
        let had = hasMember & (1 << UInt64(indent - 1)) != 0
        indent -= 1
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
            beginObject(); for (k, x) in members { key(named: k); value(x) }; endObject()
        }
    }

    /// Convenience: `"key": "value"`.
    public mutating func field(_ k: StaticString, _ s: String) { key(k); string(s) }
    public mutating func field(_ k: StaticString, _ b: Bool) { key(k); bool(b) }
    public mutating func field(_ k: StaticString, _ n: Int) { key(k); int(n) }

    public mutating func newlineAtEnd() { bytes.append(0x0A) }

    /// Copies runs that need no escaping in one go: most strings in an assessment have none,
    /// and a byte-by-byte append was most of the cost of a batch run.
    private mutating func writeString(_ text: String) {
        bytes.append(0x22)
        var text = text
        text.withUTF8 { buf in
            var runStart = 0
            var i = 0
            let n = buf.count
            let base = buf.baseAddress
            while i < n {
                // Eight bytes at a time: skip words with no quote, backslash or control byte.
                if i + 8 <= n, let base {
                    let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    if !JSONWriter.wordNeedsEscape(w) { i += 8; continue }
                }
                let b = buf[i]
                i += 1
                guard b == 0x22 || b == 0x5C || b < 0x20 else { continue }
                let at = i - 1
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<at]))
                switch b {
                case 0x22: bytes.append(0x5C); bytes.append(0x22)
                case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
                case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
                case 0x0D: bytes.append(0x5C); bytes.append(0x72)
                case 0x09: bytes.append(0x5C); bytes.append(0x74)
                default:
                    let hex: StaticString = "0123456789abcdef"
                    let h = hex.utf8Start
                    bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, h[Int(b >> 4)], h[Int(b & 15)]])
                }
                runStart = at + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<n]))
        }
        bytes.append(0x22)
    }

    /// Whether any byte of `w` is `"`, `\\` or below 0x20 (the classic "has zero byte" bit trick).
    @inline(__always)
    static func wordNeedsEscape(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        let below20 = (w &- ones &* 0x20) & ~w & highs != 0
        return below20 || hasZero(w ^ (ones &* 0x22)) || hasZero(w ^ (ones &* 0x5C))
    }

    static func numberText(_ d: Double) -> String {
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
        return String(d)
    }
}

/// Anything that can write itself as an ISO date (kept abstract so the writer does not depend on
/// the calendar module's types).
public protocol CalendarDateLike { func appendISO(to out: inout [UInt8]) }
