import WaarborgRules

/// HTML that is safe by construction: a string interpolated into `Markup` is escaped, a `Markup`
/// interpolated into another is inserted as it is. A page is built only from these, so no value a
/// user typed (a place name, a client reference, a token's name) can become markup.
public struct Markup: Sendable, Equatable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public private(set) var html: String

    public init(stringLiteral value: String) { html = value }
    public init(stringInterpolation: Interpolation) { html = stringInterpolation.html }
    /// Markup the caller vouches for: used only for the program's own constant fragments.
    public init(trusted html: String) { self.html = html }
    public static let empty = Markup(trusted: "")

    public var description: String { html }

    public struct Interpolation: StringInterpolationProtocol {
        var html = ""
        public init(literalCapacity: Int, interpolationCount: Int) { html.reserveCapacity(literalCapacity + 16 * interpolationCount) }
        public mutating func appendLiteral(_ literal: String) { html += literal }
        public mutating func appendInterpolation(_ text: String) { html += Markup.escape(text) }
        public mutating func appendInterpolation<N: BinaryInteger>(_ number: N) { html += String(number) }
        public mutating func appendInterpolation(_ markup: Markup) { html += markup.html }
        public mutating func appendInterpolation(_ parts: [Markup]) { for p in parts { html += p.html } }
        public mutating func appendInterpolation(_ markup: Markup?) { if let markup { html += markup.html } }
    }

    /// Escapes the five characters that can end a text or an attribute value.
    public static func escape(_ s: String) -> String { HTMLText.escape(s) }

    public static func + (a: Markup, b: Markup) -> Markup { Markup(trusted: a.html + b.html) }
    public static func += (a: inout Markup, b: Markup) { a.html += b.html }
}

extension Array where Element == Markup {
    public func joined() -> Markup { Markup(trusted: map(\.html).joined()) }
}
