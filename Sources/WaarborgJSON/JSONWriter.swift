/// Writes JSON into a byte buffer in the order the caller emits keys.
///
/// The assessment is written field by field rather than through `Encodable` so that the output
/// is byte-identical for the same input (a property users rely on to diff assessments) and so
/// that a batch run does not spend its time in reflection.
public struct JSONWriter {
    /// The output so far. The buffer is a reference: copies of a writer share it, so a writer is
    /// used by one owner at a time (it is a local tool, never stored or shared).
    private let out: ByteSink
    private let pretty: Bool
    private var indent = 0
    /// One entry per open container, innermost last: its opening bracket, with bit 0x80 set once it
    /// holds a member (a comma is due before the next). `indent` is its count. A stack rather than
    /// bits of one word, so any depth works (a `UInt64` silently broke above 64 levels).
    private var stack: [UInt8] = []
    private static let hasMemberBit: UInt8 = 0x80

    public init(pretty: Bool, capacity: Int = 16384) {
        self.pretty = pretty
        out = ByteSink(capacity: capacity)
        stack.reserveCapacity(16)
    }

    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: out.base, count: out.count)) }
    public var count: Int { out.count }

    /// Lends the bytes written so far without copying them.
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: out.base, count: out.count))
    }

    public mutating func reset() { out.count = 0; indent = 0; afterKey = false; stack.removeAll(keepingCapacity: true); leading = nil }

    /// How many containers are open (0 once a document is complete).
    public var depth: Int { indent }

    public var string: String { withBytes { String(decoding: $0, as: UTF8.self) } }

    private mutating func newline() {
        guard pretty else { return }
        out.put(0x0A)
        out.put(repeating: 0x20, count: 2 * indent)
    }

    private mutating func beforeValue() {
        guard indent > 0 else { return }
        if stack[indent - 1] & JSONWriter.hasMemberBit != 0 { out.put(0x2C) }
        stack[indent - 1] |= JSONWriter.hasMemberBit
        newline()
    }

    /// A key from the contract: a literal, written as is (contract keys never need escaping).
    public mutating func key(_ k: StaticString) {
        beforeValue()
        out.put(0x22)
        out.put(UnsafeBufferPointer(start: k.utf8Start, count: k.utf8CodeUnitCount))
        out.put(0x22)
        out.put(0x3A)
        if pretty { out.put(0x20) }
        afterKey = true
    }

    /// A key that comes from data (a dataset name, an assessment path): escaped like any string.
    public mutating func key(named k: String) {
        beforeValue()
        writeString(k)
        out.put(0x3A)
        if pretty { out.put(0x20) }
        afterKey = true
    }

    /// Set after a key: the next value belongs to it and writes no separator of its own.
    private var afterKey = false

    private mutating func valuePrefix() {
        if afterKey { afterKey = false } else { beforeValue() }
    }

    public mutating func beginObject() { open(0x7B) }
    public mutating func endObject() { close(0x7D) }
    public mutating func beginArray() { open(0x5B) }
    public mutating func endArray() { close(0x5D) }

    /// Members to write first in the next object that is opened (see `leadingMembers`).
    private var leading: ((inout JSONWriter) -> Void)?

    /// Writes `body`'s members at the start of the next object opened, before the members its
    /// writer emits: a way to add a field (such as a batch line number) to an object written by
    /// code that knows nothing of it.
    public mutating func leadingMembers(_ body: @escaping (inout JSONWriter) -> Void) { leading = body }

    private mutating func open(_ bracket: UInt8) {
        valuePrefix()
        out.put(bracket)
        indent += 1
        stack.append(bracket)
        if bracket == 0x7B, let body = leading { leading = nil; body(&self) }
    }

    /// An unbalanced or mismatched close is a bug in the caller: it asserts in debug builds; in
    /// release the bracket is written (the output shows the bug) and nothing traps.
    private mutating func close(_ bracket: UInt8) {
        guard indent > 0 else {
            assertionFailure("JSONWriter: \(bracket == 0x7D ? "endObject" : "endArray")() with no open container")
            out.put(bracket)
            return
        }
        let top = stack.removeLast()
        assert(top & ~JSONWriter.hasMemberBit == (bracket == 0x7D ? 0x7B : 0x5B),
               "JSONWriter: \(bracket == 0x7D ? "endObject" : "endArray")() closes an \(top & 0x7F == 0x7B ? "object" : "array")")
        indent -= 1
        if top & JSONWriter.hasMemberBit != 0 { newline() }
        out.put(bracket)
    }

    public mutating func string(_ s: String) { valuePrefix(); writeString(s) }
    public mutating func bool(_ b: Bool) { valuePrefix(); out.put(b ? "true" : "false") }
    public mutating func null() { valuePrefix(); out.put("null") }
    public mutating func int(_ n: Int) { valuePrefix(); out.put(String(n)) }
    /// A finite number. JSON has no NaN or infinity: a non-finite number is a bug upstream, so it
    /// asserts in debug builds and is written as `null` in release (never as `nan` or `inf`).
    public mutating func number(_ d: Double) {
        guard d.isFinite else {
            assertionFailure("JSONWriter.number: \(d) is not finite")
            null()
            return
        }
        valuePrefix()
        out.put(JSONWriter.numberText(d))
    }

    public mutating func date(_ d: CalendarDateLike) {
        valuePrefix()
        out.reserve(12)
        guard d.writeISO(into: out.base + out.count + 1) else {
            writeString(d.iso)
            return
        }
        out.base[out.count] = 0x22
        out.base[out.count + 11] = 0x22
        out.count += 12
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

    public mutating func newlineAtEnd() { out.put(0x0A) }

    /// Copies runs that need no escaping in one go: most strings in an assessment have none,
    /// and a byte-by-byte append was most of the cost of a batch run.
    private mutating func writeString(_ text: String) {
        out.put(0x22)
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
                out.put(UnsafeBufferPointer(rebasing: buf[runStart..<at]))
                switch b {
                case 0x22: out.put(0x5C); out.put(0x22)
                case 0x5C: out.put(0x5C); out.put(0x5C)
                case 0x0A: out.put(0x5C); out.put(0x6E)
                case 0x0D: out.put(0x5C); out.put(0x72)
                case 0x09: out.put(0x5C); out.put(0x74)
                default:
                    let hex: StaticString = "0123456789abcdef"
                    let h = hex.utf8Start
                    out.put(0x5C); out.put(0x75); out.put(0x30); out.put(0x30); out.put(h[Int(b >> 4)]); out.put(h[Int(b & 15)])
                }
                runStart = at + 1
            }
            out.put(UnsafeBufferPointer(rebasing: buf[runStart..<n]))
        }
        out.put(0x22)
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

    /// The shortest text of `d` (integers without a fraction). For messages it also writes
    /// non-finite values (`nan`, `inf`); `number(_:)` never lets those into JSON.
    public static func numberText(_ d: Double) -> String {
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
        return String(d)
    }
}

/// Anything that can write itself as an ISO date (kept abstract so the writer does not depend on
/// the calendar module's types).
public protocol CalendarDateLike {
    /// Writes exactly ten bytes, `YYYY-MM-DD`, and returns true; returns false and writes nothing
    /// when the year does not have four digits.
    func writeISO(into p: UnsafeMutablePointer<UInt8>) -> Bool
    /// The date as text whatever its year: the same ten bytes when `writeISO` succeeds.
    var iso: String { get }
}

/// A growable byte buffer with unchecked appends after one capacity check: the writer's hot path.
///
/// The sink is owned by one writer and never shared across threads, so its three fields opt out of
/// the run-time exclusivity check, which cost a `swift_beginAccess` call for every byte put; debug
/// builds assert that a put stays within the capacity it reserved.
final class ByteSink {
    @exclusivity(unchecked) var base: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) var count = 0
    @exclusivity(unchecked) private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    @inline(__always)
    func reserve(_ n: Int) {
        if count + n > capacity { grow(count + n) }
    }

    private func grow(_ needed: Int) {
        var c = capacity * 2
        while c < needed { c *= 2 }
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
        p.update(from: base, count: count)
        base.deallocate()
        base = p
        capacity = c
    }

    @inline(__always)
    func put(_ b: UInt8) {
        reserve(1)
        assert(count < capacity)
        base[count] = b
        count += 1
    }

    @inline(__always)
    func put(_ buf: UnsafeBufferPointer<UInt8>) {
        guard let src = buf.baseAddress, buf.count > 0 else { return }
        reserve(buf.count)
        assert(count + buf.count <= capacity)
        (base + count).update(from: src, count: buf.count)
        count += buf.count
    }

    func put(_ s: String) {
        var s = s
        s.withUTF8 { put($0) }
    }

    func put(repeating b: UInt8, count n: Int) {
        guard n > 0 else { return }
        reserve(n)
        (base + count).initialize(repeating: b, count: n)
        count += n
    }
}
