import Yams

/// Why a YAML document was refused, as one short line: the position when known, then what is
/// wrong. libyaml's own messages can quote the input; they are cut to `maxMessage` characters.
public struct YAMLError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable {
        /// Not well-formed YAML, or nested too deeply.
        case syntax
        /// Well-formed, but using what the formats refuse: aliases, or too many values.
        case refused
    }

    public let kind: Kind
    public let line: Int?
    public let column: Int?
    public let message: String

    static let maxMessage = 160

    public init(_ kind: Kind = .syntax, line: Int?, column: Int?, _ message: String) {
        self.kind = kind
        self.line = line
        self.column = column
        // One line, and a short one, whatever the parser put in its message.
        let flat = message.split(whereSeparator: \.isNewline).map(\.trimmedOfBlanks).joined(separator: " ")
        self.message = flat.count > Self.maxMessage ? String(flat.prefix(Self.maxMessage - 1)) + "…" : flat
    }

    public var description: String {
        guard let line else { return message }
        return "line \(line)\(column.map { ", column \($0)" } ?? ""): \(message)"
    }

    /// The parts of a Yams error worth showing; its `description` appends a snippet of the input.
    init(_ error: any Error) {
        switch error {
        case let YamlError.scanner(context, problem, mark, _),
             let YamlError.parser(context, problem, mark, _),
             let YamlError.composer(context, problem, mark, _):
            // libyaml names its own API when nesting is too deep; say what it means instead.
            let what = problem.contains("nesting level")
                ? "nesting deeper than \(JSONValue.yamlMaxDepth) levels"
                : [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
            self.init(line: mark.line, column: mark.column, what)
        case let YamlError.reader(problem, offset, _, _):
            self.init(line: nil, column: nil, problem + (offset.map { " at byte \($0)" } ?? ""))
        case let YamlError.duplicatedKeysInMapping(duplicates, context):
            self.init(line: context.mark.line, column: context.mark.column,
                      "duplicate key\(duplicates.count == 1 ? "" : "s") " + duplicates.map { "\"\($0)\"" }.joined(separator: ", "))
        default:
            self.init(line: nil, column: nil, "\(error)")
        }
    }
}

extension Substring {
    /// Without leading and trailing spaces and tabs.
    fileprivate var trimmedOfBlanks: Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return s
    }
}

extension JSONValue {
    /// The deepest nesting of mappings and sequences `init(yaml:)` accepts (as `JSONParser`).
    public static let yamlMaxDepth = 64
    /// The fewest nodes `init(yaml:)` always accepts; larger documents may have one node per byte.
    public static let yamlMinNodeBudget = 100_000

    /// Reads a YAML document into the same value tree as JSON, so that every input format that
    /// accepts "JSON or YAML" is checked by one set of rules. Plain scalars `true`, `false`,
    /// `null`/`~` and numbers become those types; quoted scalars stay strings.
    ///
    /// The formats need neither aliases nor deep nesting, and both are ways to make a small file
    /// expand into a huge tree ("billion laughs"), so this refuses:
    /// - any alias (`*name`), found by meeting the same anchor twice while converting;
    /// - nesting deeper than `yamlMaxDepth`;
    /// - more nodes than `max(yamlMinNodeBudget, the document's size in bytes)`, which a document
    ///   without aliases cannot reach (a backstop);
    /// - mapping keys that are not scalars.
    /// Yams shares the storage of aliased nodes, so composing such a document stays small; the
    /// expansion happens here and stops at the first refusal. One thing Yams does expand while
    /// composing: it hashes every mapping key to find duplicates, so an alias used as a key
    /// (`? *big`) would be hashed through its whole expansion. A scan of the text for an alias
    /// of an anchor defined before it (`YAMLAliasScan`) therefore refuses most aliases before
    /// Yams sees them.
    public init(yaml text: String) throws(YAMLError) {
        if let alias = YAMLAliasScan.firstAlias(in: text) {
            throw YAMLConverter.aliasError(alias.name, line: alias.anchorLine, column: alias.anchorColumn)
        }
        let parser: Parser
        let root: Node?
        do {
            parser = try Parser(yaml: text)
            root = try parser.singleRoot()
        } catch {
            throw YAMLError(error)
        }
        guard let root else { self = .null; return }
        var converter = YAMLConverter(strict: true, budget: Swift.max(Self.yamlMinNodeBudget, text.utf8.count))
        // The parser owns the anchors, which nodes reference weakly: keep it alive while converting.
        self = try withExtendedLifetime(parser) { () throws(YAMLError) -> JSONValue in try converter.convert(root, depth: 0) }
    }

    /// Converts an already composed node without limits (aliases are expanded; a key that is not
    /// a scalar becomes ""). Prefer `init(yaml:)` for untrusted input.
    public init(node: Node) {
        var converter = YAMLConverter(strict: false, budget: .max)
        do { self = try converter.convert(node, depth: 0) } catch { preconditionFailure("lenient conversion cannot fail: \(error)") }
    }
}

struct YAMLConverter {
    let strict: Bool
    var budget: Int
    var anchors: Set<ObjectIdentifier> = []

    init(strict: Bool, budget: Int) {
        self.strict = strict
        self.budget = budget
    }

    /// Position of a node, for errors.
    static func position(_ node: Node) -> (Int?, Int?) {
        guard let m = node.mark else { return (nil, nil) }
        return (m.line, m.column)
    }

    mutating func check(_ node: Node, anchor: Anchor?, depth: Int) throws(YAMLError) {
        guard strict else { return }
        if let anchor {
            // An alias is a copy of the anchored node, holding the same anchor: the second
            // meeting with an anchor is an alias.
            guard anchors.insert(ObjectIdentifier(anchor)).inserted else {
                let (l, c) = Self.position(node)
                throw Self.aliasError(anchor.rawValue, line: l, column: c)
            }
        }
        budget -= 1
        if budget < 0 {
            let (l, c) = Self.position(node)
            throw YAMLError(.refused, line: l, column: c, "the document expands to more values than its size allows")
        }
        if depth > JSONValue.yamlMaxDepth {
            let (l, c) = Self.position(node)
            throw YAMLError(line: l, column: c, "nesting deeper than \(JSONValue.yamlMaxDepth) levels")
        }
    }

    /// The refusal of an alias of the anchor `name`, which is at `line`, `column`.
    static func aliasError(_ name: String, line: Int?, column: Int?) -> YAMLError {
        let at = line.map { " at line \($0)\(column.map { ", column \($0)" } ?? "")" } ?? ""
        return YAMLError(.refused, line: nil, column: nil,
                         "YAML aliases are not allowed (*\(name) repeats the value anchored as &\(name)\(at)); write the value out instead")
    }

    mutating func convert(_ node: Node, depth: Int) throws(YAMLError) -> JSONValue {
        switch node {
        case .scalar(let s):
            try check(node, anchor: s.anchor, depth: depth)
            if s.style == .plain {
                switch s.string {
                case "true": return .bool(true)
                case "false": return .bool(false)
                case "null", "~", "": return .null
                default:
                    if let first = s.string.first, first.isNumber || first == "-" || first == ".", let d = Double(s.string) {
                        return .number(d)
                    }
                }
            }
            return .string(s.string)
        case .mapping(let m):
            try check(node, anchor: m.anchor, depth: depth + 1)
            var members: [(String, JSONValue)] = []
            members.reserveCapacity(m.count)
            for (k, v) in m {
                guard case .scalar(let ks) = k else {
                    if strict {
                        let (l, c) = Self.position(k)
                        throw YAMLError(line: l, column: c, "a mapping key must be a plain string, not a mapping or a sequence")
                    }
                    members.append(("", try convert(v, depth: depth + 1)))
                    continue
                }
                try check(k, anchor: ks.anchor, depth: depth + 1)
                members.append((ks.string, try convert(v, depth: depth + 1)))
            }
            return .object(members)
        case .sequence(let q):
            try check(node, anchor: q.anchor, depth: depth + 1)
            var items: [JSONValue] = []
            items.reserveCapacity(q.count)
            for item in q { items.append(try convert(item, depth: depth + 1)) }
            return .array(items)
        case .alias(let a):
            // Yams resolves aliases while composing; an unresolved one is refused all the same.
            if strict { throw YAMLError(.refused, line: nil, column: nil, "YAML aliases are not allowed (*\(a.anchor.rawValue)); write the value out instead") }
            return .null
        }
    }
}

/// A scan of YAML text for an alias (`*name`) of an anchor (`&name`) that appears before it, outside
/// quoted scalars and comments, in one pass and without building anything.
///
/// It is a lexical approximation, used only to refuse early: an anchor and an alias of the same
/// name at the start of a node. Text that merely looks like one (in a block scalar) is refused
/// too, which the formats never contain; an alias it misses is still refused by the conversion.
enum YAMLAliasScan {
    struct Alias: Equatable {
        let name: String
        let anchorLine: Int
        let anchorColumn: Int
    }

    static func firstAlias(in text: String) -> Alias? {
        let bytes = Array(text.utf8)
        // Only a document with an anchor can have an alias worth looking for.
        guard bytes.contains(UInt8(ascii: "&")), bytes.contains(UInt8(ascii: "*")) else { return nil }
        var anchors: [String: (Int, Int)] = [:]
        var i = 0, line = 1, lineStart = 0
        func isBoundary(_ b: UInt8) -> Bool {
            b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == UInt8(ascii: "[") || b == UInt8(ascii: "{")
                || b == UInt8(ascii: ",") || b == UInt8(ascii: ":")
        }
        func isNameByte(_ b: UInt8) -> Bool {
            !(b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == UInt8(ascii: ",") || b == UInt8(ascii: "[")
                || b == UInt8(ascii: "]") || b == UInt8(ascii: "{") || b == UInt8(ascii: "}"))
        }
        while i < bytes.count {
            let b = bytes[i]
            let atNodeStart = i == 0 || isBoundary(bytes[i - 1])
            switch b {
            case 0x0A:
                line += 1
                lineStart = i + 1
                i += 1
            case UInt8(ascii: "#") where atNodeStart:
                while i < bytes.count, bytes[i] != 0x0A { i += 1 }
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                guard atNodeStart else { i += 1; continue }
                let quote = b
                i += 1
                while i < bytes.count {
                    let c = bytes[i]
                    if c == 0x0A { line += 1; lineStart = i + 1 }
                    if quote == UInt8(ascii: "\"") && c == UInt8(ascii: "\\") { i += 2; continue }
                    if c == quote {
                        if quote == UInt8(ascii: "'") && i + 1 < bytes.count && bytes[i + 1] == quote { i += 2; continue }
                        break
                    }
                    i += 1
                }
                i += 1
            case UInt8(ascii: "&"), UInt8(ascii: "*"):
                guard atNodeStart else { i += 1; continue }
                let start = i
                i += 1
                while i < bytes.count, isNameByte(bytes[i]) { i += 1 }
                guard i > start + 1 else { continue }
                let name = String(decoding: bytes[(start + 1)..<i], as: UTF8.self)
                if b == UInt8(ascii: "&") {
                    anchors[name] = (line, start - lineStart + 1)
                } else if let (l, c) = anchors[name] {
                    return Alias(name: name, anchorLine: l, anchorColumn: c)
                }
            default:
                i += 1
            }
        }
        return nil
    }
}
