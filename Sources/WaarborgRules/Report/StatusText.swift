/// The library's status words for the CLI's tables; JSON keeps the ids.
public enum StatusText {
    /// The words for a status id (`in-force`), or the id itself if it is not one.
    public static func text(_ id: String, _ lang: Language) -> String {
        LegalStatus(rawValue: id).map { StatusWords.short($0).text(lang) } ?? id
    }

    public static func text(_ status: LegalStatus, _ lang: Language) -> String { StatusWords.short(status).text(lang) }

    /// `"6 months (in-force)"`, as `Comparison` writes a parameter value, to `"6 months (in force)"`;
    /// `words` puts the value itself in words (`"6 maanden (van kracht)"`).
    public static func valueWithStatus(_ s: String, _ lang: Language, words: (String) -> String = { $0 }) -> String {
        guard s.hasSuffix(")"), let open = s.range(of: " (", options: .backwards) else { return words(s) }
        let id = String(s[open.upperBound..<s.index(before: s.endIndex)])
        guard let status = LegalStatus(rawValue: id) else { return words(s) }
        return words(String(s[..<open.lowerBound])) + " (" + text(status, lang) + ")"
    }
}
