import Testing
import WaarborgJSON

/// The error for `bytes`, or nil if they parse.
private func syntaxError(_ bytes: [UInt8]) -> JSONParser.SyntaxError? {
    do { _ = try JSONParser.parse(bytes); return nil } catch { return error }
}

private func syntaxError(_ text: String) -> JSONParser.SyntaxError? { syntaxError(Array(text.utf8)) }

/// `{"s":"<bytes>"}`: a string holding exactly `bytes`, so a test can put any byte sequence in it.
private func document(withStringBytes bytes: [UInt8]) -> [UInt8] {
    Array(#"{"s":""#.utf8) + bytes + Array(#""}"#.utf8)
}

@Suite("JSON parser: error positions")
struct JSONParserPositionTests {
    @Test("line and column of a syntax error, counted from 1")
    func positions() throws {
        let e = try #require(syntaxError("{\"a\": 1,\n  \"b\": tru}"))
        #expect(e.line == 2 && e.column == 8, "\(e)")
        #expect(e.message == "invalid literal")
        let trailing = try #require(syntaxError("[1,]"))
        #expect(trailing.line == 1 && trailing.column == 4)
        let end = try #require(syntaxError("{\"a\":"))
        #expect(end.message == "unexpected end of input")
        #expect(end.offset == 5)
    }

    @Test("the column counts characters, not bytes, after non-ASCII text")
    func columnsInCharacters() throws {
        // é and € are 2 and 3 bytes; the x is the 11th character on the line.
        let e = try #require(syntaxError("[\"é€\", 1, x]"))
        #expect(e.column == 11, "\(e)")
        #expect(e.offset == 13)
    }

    @Test("CRLF line ends count as one line each")
    func crlf() throws {
        let e = try #require(syntaxError("[1,\r\n2,\r\n?]"))
        #expect(e.line == 3 && e.column == 1)
    }

    @Test("a character that cannot start a value is shown; a non-ASCII byte as hex")
    func unexpected() throws {
        #expect(syntaxError("hello")?.message == "unexpected character 'h'")
        #expect(syntaxError([0x5B, 0xC3, 0xA9, 0x5D])?.message == "unexpected byte 0xC3")
    }
}

@Suite("JSON parser: nesting depth")
struct JSONParserDepthTests {
    @Test("64 levels are accepted, 65 are not")
    func depth() throws {
        let ok = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(syntaxError(ok) == nil)
        let deep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
        let e = try #require(syntaxError(deep))
        #expect(e.message == "nesting deeper than 64 levels")
        #expect(e.column == 65)
        let objects = String(repeating: "{\"a\":", count: 65) + "1" + String(repeating: "}", count: 65)
        #expect(syntaxError(objects)?.message == "nesting deeper than 64 levels")
    }

    @Test("a very deep document fails fast without exhausting the stack")
    func veryDeep() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(syntaxError(deep)?.message == "nesting deeper than 64 levels")
    }
}

@Suite("JSON parser: UTF-8 (RFC 8259 §8.1, RFC 3629)")
struct JSONParserUTF8Tests {
    @Test("valid multi-byte characters are read as they are")
    func validMultibyte() throws {
        let v = try JSONParser.parse(document(withStringBytes: Array("é € 😀 中文 Ǆ".utf8)))
        #expect(v == .object([("s", .string("é € 😀 中文 Ǆ"))]))
        // The same characters after an escape (the slow path of the string reader).
        let escaped = try JSONParser.parse(document(withStringBytes: Array("\\n é € 😀".utf8)))
        #expect(escaped == .object([("s", .string("\n é € 😀"))]))
        // The largest code point and the ones next to the surrogate range.
        let edges = try JSONParser.parse(document(withStringBytes: [0xF4, 0x8F, 0xBF, 0xBF, 0xED, 0x9F, 0xBF, 0xEE, 0x80, 0x80]))
        #expect(edges == .object([("s", .string("\u{10FFFF}\u{D7FF}\u{E000}"))]))
    }

    @Test("invalid bytes are an error at their position, never replaced by U+FFFD",
          arguments: [
              ([0xFF], "invalid UTF-8: byte 0xFF never occurs in UTF-8"),
              ([0xFE, 0xFF], "invalid UTF-8: byte 0xFE never occurs in UTF-8"),
              ([0x80], "invalid UTF-8: unexpected continuation byte 0x80"),
              ([0xBF, 0x41], "invalid UTF-8: unexpected continuation byte 0xBF"),
              ([0xC3, 0x41], "invalid UTF-8: byte 0x41 where a continuation byte was expected"),
              ([0xE2, 0x82], "invalid UTF-8: byte 0x22 where a continuation byte was expected"),
              ([0xF5, 0x80, 0x80, 0x80], "invalid UTF-8: byte 0xF5 never occurs in UTF-8"),
          ] as [([UInt8], String)])
    func invalidBytes(bytes: [UInt8], message: String) throws {
        let e = try #require(syntaxError(document(withStringBytes: Array("ab".utf8) + bytes)))
        #expect(e.message == message)
        #expect(e.line == 1)
        #expect(e.offset >= 8)
    }

    @Test("overlong encodings are rejected",
          arguments: [[0xC0, 0xAF], [0xC1, 0xBF], [0xE0, 0x80, 0xAF], [0xE0, 0x9F, 0xBF], [0xF0, 0x80, 0x80, 0xAF], [0xF0, 0x8F, 0xBF, 0xBF]] as [[UInt8]])
    func overlong(bytes: [UInt8]) throws {
        let e = try #require(syntaxError(document(withStringBytes: bytes)))
        #expect(e.message.hasPrefix("invalid UTF-8: overlong encoding"), "\(e.message)")
        #expect(e.column == 7 && e.offset == 6)
    }

    @Test("encoded surrogates and code points above U+10FFFF are rejected")
    func surrogatesAndTooLarge() {
        #expect(syntaxError(document(withStringBytes: [0xED, 0xA0, 0x80]))?.message == "invalid UTF-8: encoded surrogate (U+D800..U+DFFF)")
        #expect(syntaxError(document(withStringBytes: [0xED, 0xBF, 0xBF]))?.message == "invalid UTF-8: encoded surrogate (U+D800..U+DFFF)")
        #expect(syntaxError(document(withStringBytes: [0xF4, 0x90, 0x80, 0x80]))?.message == "invalid UTF-8: code point above U+10FFFF")
    }

    @Test("a sequence cut off by the end of the input is an error")
    func truncated() {
        #expect(syntaxError(Array(#"{"s":""#.utf8) + [0xE2, 0x82])?.message == "invalid UTF-8: truncated multi-byte sequence")
    }

    @Test("invalid UTF-8 after an escape is rejected too")
    func afterEscape() {
        #expect(syntaxError(document(withStringBytes: Array("\\t".utf8) + [0xFF]))?.message == "invalid UTF-8: byte 0xFF never occurs in UTF-8")
    }

    @Test("invalid UTF-8 in a key is rejected, in the tree and the streaming reader")
    func inKeys() throws {
        let bytes: [UInt8] = [0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D]  // {"\xFF":1}
        #expect(syntaxError(bytes)?.message == "invalid UTF-8: byte 0xFF never occurs in UTF-8")
        var p = JSONParser(streaming: bytes)
        #expect(p.peek() == 0x7B)
        try p.open()
        var first = true
        #expect(throws: JSONParser.SyntaxError.self) { _ = try p.nextKey(first: &first) }
    }

    @Test("lone surrogates in \\u escapes are rejected; a pair is one character")
    func surrogateEscapes() throws {
        #expect(syntaxError(#"["\uD800"]"#)?.message == "unpaired surrogate in \\u escape")
        #expect(syntaxError(#"["\uDC00"]"#)?.message == "unpaired surrogate in \\u escape")
        #expect(syntaxError(#"["\uD800\u0041"]"#)?.message == "unpaired surrogate in \\u escape")
        #expect(syntaxError(#"["\uD800x"]"#)?.message == "unpaired surrogate in \\u escape")
        #expect(try JSONParser.parse(#"["\uD83D\uDE00"]"#) == .array([.string("😀")]))
    }
}

@Suite("JSON parser: byte-order marks and NUL")
struct JSONParserBOMTests {
    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    @Test("a UTF-8 byte-order mark at the start is skipped (Windows Notepad writes one)")
    func bomSkipped() throws {
        #expect(try JSONParser.parse(Self.bom + Array(#"{"a": 1}"#.utf8)) == .object([("a", .number(1))]))
        var p = JSONParser(streaming: Self.bom + Array("[]".utf8))
        #expect(p.peek() == UInt8(ascii: "["))
    }

    @Test("a byte-order mark anywhere else is an error")
    func bomElsewhere() throws {
        let e = try #require(syntaxError(Array(" ".utf8) + Self.bom + Array("{}".utf8)))
        #expect(e.message == "unexpected byte 0xEF")
        #expect(syntaxError(Self.bom + Self.bom + Array("{}".utf8))?.message == "unexpected byte 0xEF")
        #expect(syntaxError(Self.bom)?.message == "unexpected end of input")
    }

    @Test("a UTF-16 file is named as such")
    func utf16() {
        let le: [UInt8] = [0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00]
        #expect(syntaxError(le)?.message == "the text is UTF-16 (it starts with a UTF-16 byte-order mark): save it as UTF-8")
        #expect(syntaxError([0xFE, 0xFF, 0x00, 0x7B, 0x00, 0x7D])?.message.contains("UTF-16") == true)
    }

    @Test("an escaped NUL (\\u0000) is a character like any other (RFC 8259 §7)")
    func escapedNUL() throws {
        #expect(try JSONParser.parse(#"["a\u0000b"]"#) == .array([.string("a\u{0}b")]))
    }

    @Test("a raw NUL or control byte inside a string is an error that says so")
    func rawControl() throws {
        let nul = try #require(syntaxError(document(withStringBytes: [0x61, 0x00, 0x62])))
        #expect(nul.message == #"a raw NUL byte in a string (control characters must be escaped, e.g. \u0000)"#)
        #expect(nul.column == 8)
        #expect(syntaxError(document(withStringBytes: [0x0A]))?.message.hasPrefix("a line break in a string") == true)
        #expect(syntaxError(document(withStringBytes: [0x1F]))?.message.hasPrefix("a raw control byte 0x1F in a string") == true)
    }
}

@Suite("JSON parser: numbers")
struct JSONParserNumberTests {
    @Test("-0 keeps its sign; exponents and fractions are read")
    func values() throws {
        guard case .array(let items) = try JSONParser.parse("[-0, 0, -0.0, 1e2, 2.5E-1, 1234567890123456]") else {
            Issue.record("not an array"); return
        }
        guard case .number(let negativeZero) = items[0] else { Issue.record("not a number"); return }
        #expect(negativeZero == 0 && negativeZero.sign == .minus)
        #expect(items[3] == .number(100) && items[4] == .number(0.25))
        #expect(items[5] == .number(1234567890123456))
    }

    @Test("a number beyond the range of a Double is an error, not infinity")
    func outOfRange() throws {
        let e = try #require(syntaxError("[1, 1e999]"))
        #expect(e.message == "number out of range (beyond ±1.8e308)")
        #expect(e.column == 5)
        #expect(syntaxError("[-1e999]")?.message == "number out of range (beyond ±1.8e308)")
        #expect(syntaxError("[" + String(repeating: "9", count: 400) + "]")?.message == "number out of range (beyond ±1.8e308)")
        // Too small to represent is not an error: it rounds to zero, as in every JSON reader.
        #expect(try JSONParser.parse("[1e-999]") == .array([.number(0)]))
    }

    @Test("the grammar's number shapes only", arguments: ["[01]", "[+1]", "[.5]", "[1.]", "[1e]", "[-]", "[0x10]", "[NaN]", "[Infinity]"])
    func badShapes(text: String) {
        #expect(syntaxError(text) != nil, "\(text)")
    }
}

@Suite("JSON parser: duplicate keys")
struct JSONParserDuplicateKeyTests {
    @Test("a repeated key is an error, at any depth; the same key in sibling objects is not")
    func duplicates() throws {
        #expect(syntaxError(#"{"a": 1, "a": 2}"#)?.message == "duplicate key \"a\"")
        #expect(syntaxError(#"{"x": {"b": 1, "c": 2, "b": 3}}"#)?.message == "duplicate key \"b\"")
        #expect(syntaxError(#"[{"a": 1}, {"a": 2}]"#) == nil)
        // Escapes are decoded before comparing: "\u0061" is "a".
        #expect(syntaxError(#"{"a": 1, "\u0061": 2}"#)?.message == "duplicate key \"a\"")
    }
}
