import Foundation

/// A submitted HTML form (`application/x-www-form-urlencoded`): every value of every name, in the
/// order sent. Bounded, so a form cannot grow work without limit.
public struct FormData: Sendable, Equatable {
    public private(set) var pairs: [(String, String)] = []
    /// More fields than the largest intake form has, several times over.
    public static let maxFields = 4000

    public init() {}
    public init(_ pairs: [(String, String)]) { self.pairs = pairs }

    public static func == (a: FormData, b: FormData) -> Bool { a.pairs.elementsEqual(b.pairs) { $0 == $1 } }

    public enum ParseError: Error, Equatable { case tooManyFields, notText }

    public static func parse(_ bytes: [UInt8]) throws(ParseError) -> FormData {
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .notText }
        var form = FormData()
        for item in text.split(separator: "&", omittingEmptySubsequences: true) {
            guard form.pairs.count < maxFields else { throw .tooManyFields }
            let kv = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = decode(kv[0]), value = kv.count > 1 ? decode(kv[1]) : ""
            form.pairs.append((key, value))
        }
        return form
    }

    static func decode(_ s: Substring) -> String {
        let spaced = s.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// The first value of a name, with surrounding spaces removed; nil when absent or empty.
    public subscript(_ name: String) -> String? {
        guard let v = pairs.first(where: { $0.0 == name })?.1.trimmingCharacters(in: .whitespacesAndNewlines), !v.isEmpty else { return nil }
        return v
    }

    public func all(_ name: String) -> [String] { pairs.filter { $0.0 == name }.map(\.1) }

    public mutating func set(_ name: String, _ value: String) {
        pairs.removeAll { $0.0 == name }
        pairs.append((name, value))
    }
    public mutating func append(_ name: String, _ value: String) { pairs.append((name, value)) }

    /// Form-encodes a value for a URL query or a body.
    public static func encode(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }
}
