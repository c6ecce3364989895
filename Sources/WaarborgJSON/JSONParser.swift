/// A strict RFC 8259 parser over UTF-8 bytes.
///
/// Strict means: only the JSON grammar, strings must be well-formed UTF-8 (an invalid byte is an
/// error with its position, never replaced by U+FFFD), numbers must fit a `Double` (`1e999` is an
/// error, not infinity), and nesting is limited to 64 levels. Two leniencies, both allowed by
/// RFC 8259: a UTF-8 byte-order mark at the very start is skipped (§8.1), and `\u0000` escapes are
/// accepted (§7: any code point may be escaped); a raw, unescaped control byte is still an error.
///
/// Foundation's decoders neither reject unknown keys nor report where in a document a value
/// went wrong, and on Linux they dominate the cost of a batch run; this parser does both jobs
/// the contract needs (exact positions, duplicate-key rejection) in one pass.
public struct JSONParser {
    public struct SyntaxError: Error, Sendable, Equatable {
        public let offset: Int
        public let line: Int
        public let column: Int
        public let message: String
    }

    private let bytes: [UInt8]
    private var i = 0
    private var depth = 0

    public static func parse(_ text: String) throws(SyntaxError) -> JSONValue {
        try parse(Array(text.utf8))
    }

    public static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONValue {
        var p = JSONParser(bytes: bytes)
        p.skipWhitespace()
        let v = try p.value()
        p.skipWhitespace()
        if p.i != bytes.count { throw p.error("unexpected text after the JSON value") }
        return v
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        i = JSONParser.byteOrderMarkLength(bytes)
    }

    /// A parser positioned at the start of `bytes`, for reading a document piece by piece
    /// (`CaseDecoder` streams objects and arrays and parses only leaves into `JSONValue`s).
    public init(streaming bytes: [UInt8]) {
        self.bytes = bytes
        i = JSONParser.byteOrderMarkLength(bytes)
    }

    /// A UTF-8 byte-order mark (EF BB BF) at the start is skipped: Windows Notepad (before
    /// Windows 10 1903) and many Windows tools write one, and RFC 8259 §8.1 lets a parser ignore it
    /// rather than fail. Only at the very start: anywhere else the bytes are an error.
    static func byteOrderMarkLength(_ bytes: [UInt8]) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// The position of byte `i`: line 1 is the first, and the column counts characters (code
    /// points, not bytes) from 1, so that it matches what an editor shows for non-ASCII text.
    public func error(_ message: String) -> SyntaxError {
        var line = 1, col = 1
        for b in bytes[0..<min(i, bytes.count)] where b & 0xC0 != 0x80 {
            if b == 0x0A { line += 1; col = 1 } else { col += 1 }
        }
        return SyntaxError(offset: i, line: line, column: col, message: message)
    }

    public mutating func skipWhitespace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    public mutating func value() throws(SyntaxError) -> JSONValue {
        guard i < bytes.count else { throw error("unexpected end of input") }
        switch bytes[i] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw unexpected()
        }
    }

    /// The error for a byte that cannot start a value here, shown as a character when it is
    /// printable ASCII and as a byte otherwise (a byte of a multi-byte character, a UTF-16 file).
    private func unexpected() -> SyntaxError {
        let b = bytes[i]
        if i == 0, bytes.count >= 2, (b == 0xFF && bytes[1] == 0xFE) || (b == 0xFE && bytes[1] == 0xFF) {
            return error("the text is UTF-16 (it starts with a UTF-16 byte-order mark): save it as UTF-8")
        }
        if b >= 0x21 && b < 0x7F { return error("unexpected character '\(Character(Unicode.Scalar(b)))'") }
        return error("unexpected byte 0x\(JSONParser.hex(b))")
    }

    static func hex(_ b: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(b >> 4)], digits[Int(b & 15)]])
    }

    /// Checks the UTF-8 sequence that starts at the non-ASCII byte `bytes[i]` (RFC 3629 §4: no
    /// overlong forms, no surrogates, nothing above U+10FFFF) and moves past it; an invalid
    /// sequence is an error at its first wrong byte.
    private mutating func utf8Sequence() throws(SyntaxError) {
        let lead = bytes[i]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF  // the range of the second byte
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0          // E0 80..9F would be overlong
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F         // ED A0..BF would be a surrogate (U+D800..DFFF)
        case 0xF0: length = 4; low = 0x90          // F0 80..8F would be overlong
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F         // F4 90.. would be above U+10FFFF
        case 0x80...0xBF: throw error("invalid UTF-8: unexpected continuation byte 0x\(JSONParser.hex(lead))")
        case 0xC0, 0xC1: throw error("invalid UTF-8: overlong encoding (byte 0x\(JSONParser.hex(lead)))")
        default: throw error("invalid UTF-8: byte 0x\(JSONParser.hex(lead)) never occurs in UTF-8")
        }
        let start = i
        for k in 1..<length {
            i = start + k
            guard i < bytes.count else { throw error("invalid UTF-8: truncated multi-byte sequence") }
            let b = bytes[i]
            let (lo, hi) = k == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
            guard b >= lo && b <= hi else {
                if k == 1 && b >= 0x80 && b <= 0xBF {
                    i = start
                    throw error(lead == 0xED ? "invalid UTF-8: encoded surrogate (U+D800..U+DFFF)"
                                : lead >= 0xF4 ? "invalid UTF-8: code point above U+10FFFF"
                                : "invalid UTF-8: overlong encoding")
                }
                throw error("invalid UTF-8: byte 0x\(JSONParser.hex(b)) where a continuation byte was expected")
            }
        }
        i = start + length
    }

    private mutating func literal(_ word: StaticString) throws(SyntaxError) {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { throw error("unexpected end of input") }
        let p = word.utf8Start
        for k in 0..<n where bytes[i + k] != p[k] { throw error("invalid literal") }
        i += n
    }

    private mutating func enter() throws(SyntaxError) {
        depth += 1
        if depth > 64 { throw error("nesting deeper than 64 levels") }
    }

    private mutating func object() throws(SyntaxError) -> JSONValue {
        try enter()
        i += 1
        var members: [(String, JSONValue)] = []
        // Duplicate keys: a linear scan while the object is small, a set once it grows (O(n)).
        var keys: Set<String> = []
        skipWhitespace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; depth -= 1; return .object(members) }
        while true {
            skipWhitespace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw error("expected a key in double quotes") }
            let key = try string()
            if members.count < 8 {
                if members.contains(where: { $0.0 == key }) { throw error("duplicate key \"\(key)\"") }
            } else {
                if keys.isEmpty { keys = Set(members.map(\.0)) }
                if !keys.insert(key).inserted { throw error("duplicate key \"\(key)\"") }
            }
            skipWhitespace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw error("expected ':' after key \"\(key)\"") }
            i += 1
            skipWhitespace()
            members.append((key, try value()))
            skipWhitespace()
            guard i < bytes.count else { throw error("unexpected end of input in an object") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "}") { i += 1; depth -= 1; return .object(members) }
            throw error("expected ',' or '}' in an object")
        }
    }

    private mutating func array() throws(SyntaxError) -> JSONValue {
        try enter()
        i += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; depth -= 1; return .array(items) }
        while true {
            skipWhitespace()
            items.append(try value())
            skipWhitespace()
            guard i < bytes.count else { throw error("unexpected end of input in an array") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "]") { i += 1; depth -= 1; return .array(items) }
            throw error("expected ',' or ']' in an array")
        }
    }

    public mutating func string() throws(SyntaxError) -> String {
        i += 1
        let start = i
        // Fast path: no escapes.
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                let s = String(decoding: bytes[start..<i], as: UTF8.self)
                i += 1
                return s
            }
            if b == UInt8(ascii: "\\") { break }
            if b < 0x20 { throw controlByte(b) }
            if b >= 0x80 { try utf8Sequence(); continue }
            i += 1
        }
        var out = Array(bytes[start..<i])
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { i += 1; return String(decoding: out, as: UTF8.self) }
            if b < 0x20 { throw controlByte(b) }
            if b >= 0x80 {
                let start = i
                try utf8Sequence()
                out.append(contentsOf: bytes[start..<i])
                continue
            }
            if b != UInt8(ascii: "\\") { out.append(b); i += 1; continue }
            i += 1
            guard i < bytes.count else { break }
            let e = bytes[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                        throw error("unpaired surrogate in \\u escape")
                    }
                    i += 2
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw error("unpaired surrogate in \\u escape") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw error("unpaired surrogate in \\u escape")
                }
                out.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
            default: throw error("invalid escape in a string")
            }
        }
        throw error("unterminated string")
    }

    /// A raw byte below 0x20 inside a string: RFC 8259 requires it to be escaped.
    private func controlByte(_ b: UInt8) -> SyntaxError {
        let name = b == 0 ? "a raw NUL byte" : b == 0x0A ? "a line break" : b == 0x09 ? "a raw tab" : "a raw control byte 0x\(JSONParser.hex(b))"
        return error("\(name) in a string (control characters must be escaped, e.g. \\u00\(JSONParser.hex(b)))")
    }

    private mutating func hex4() throws(SyntaxError) -> UInt32 {
        guard i + 4 <= bytes.count else { throw error("short \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[i]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: throw error("invalid hex digit in \\u escape")
            }
            v = v * 16 + d
            i += 1
        }
        return v
    }

    private mutating func number() throws(SyntaxError) -> Double {
        let start = i
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard i < bytes.count, isDigit(bytes[i]) else { throw error("invalid number") }
        if bytes[i] == UInt8(ascii: "0") { i += 1 } else { while i < bytes.count, isDigit(bytes[i]) { i += 1 } }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard i < bytes.count, isDigit(bytes[i]) else { throw error("invalid number") }
            while i < bytes.count, isDigit(bytes[i]) { i += 1 }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard i < bytes.count, isDigit(bytes[i]) else { throw error("invalid number") }
            while i < bytes.count, isDigit(bytes[i]) { i += 1 }
        }
        guard let d = Double(String(decoding: bytes[start..<i], as: UTF8.self)) else { throw error("invalid number") }
        // Swift reads 1e999 as infinity; JSON has no infinity, so a number beyond the range of a
        // Double is an error (at its first digit). Tiny ones (1e-999) round to 0 as usual.
        guard d.isFinite else {
            i = start
            throw error("number out of range (beyond ±1.8e308)")
        }
        return d
    }

    private func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    // MARK: Streaming

    /// The next significant byte, without consuming it.
    public mutating func peek() -> UInt8? {
        skipWhitespace()
        return i < bytes.count ? bytes[i] : nil
    }

    /// Consumes `{` or `[` (the caller has peeked it).
    public mutating func open() throws(SyntaxError) {
        try enter()
        i += 1
    }

    /// The next key of the object opened last, or nil at its closing `}`.
    public mutating func nextKey(first: inout Bool) throws(SyntaxError) -> String? {
        skipWhitespace()
        guard i < bytes.count else { throw error("unexpected end of input in an object") }
        if bytes[i] == UInt8(ascii: "}") { i += 1; depth -= 1; return nil }
        if !first {
            guard bytes[i] == UInt8(ascii: ",") else { throw error("expected ',' or '}' in an object") }
            i += 1
            skipWhitespace()
        }
        first = false
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw error("expected a key in double quotes") }
        let key = try string()
        skipWhitespace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw error("expected ':' after key \"\(key)\"") }
        i += 1
        return key
    }

    /// Whether another element follows in the array opened last (false at its closing `]`).
    public mutating func nextElement(first: inout Bool) throws(SyntaxError) -> Bool {
        skipWhitespace()
        guard i < bytes.count else { throw error("unexpected end of input in an array") }
        if bytes[i] == UInt8(ascii: "]") { i += 1; depth -= 1; return false }
        if !first {
            guard bytes[i] == UInt8(ascii: ",") else { throw error("expected ',' or ']' in an array") }
            i += 1
        }
        first = false
        return true
    }

    /// After the document: only white space may follow.
    public mutating func end() throws(SyntaxError) {
        skipWhitespace()
        if i != bytes.count { throw error("unexpected text after the JSON value") }
    }
}
