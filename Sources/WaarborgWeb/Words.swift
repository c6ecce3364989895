import WaarborgRules

/// The page's language and a way to say a thing in it: every sentence a page shows is written in
/// both languages where it is used, so the two cannot drift apart in separate tables.
public struct Words: Sendable {
    public let lang: Language
    public init(_ lang: Language) { self.lang = lang }
    public func t(_ en: String, _ nl: String) -> String { lang == .nl ? nl : en }
    public var other: Language { lang == .nl ? .en : .nl }
}

extension Language {
    /// The language a request asks for: `?lang=`, then the cookie the switch sets, then the
    /// browser's first preference; English when none names Dutch or English.
    public static func negotiate(query: String?, cookie: String?, acceptLanguage: String?) -> Language {
        if let q = query.flatMap(Language.init(rawValue:)) { return q }
        if let c = cookie.flatMap(Language.init(rawValue:)) { return c }
        for part in (acceptLanguage ?? "").split(separator: ",") {
            let tag = part.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
            if tag.hasPrefix("nl") { return .nl }
            if tag.hasPrefix("en") { return .en }
        }
        return .en
    }

    /// The language's own name, as the switch shows it.
    var ownName: String { self == .nl ? "Nederlands" : "English" }
}
