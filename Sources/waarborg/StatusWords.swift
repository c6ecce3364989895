import WaarborgRules

/// A parameter's legal status in plain words, for the text outputs (JSON keeps the ids).
enum StatusWords {
    static let words: [String: (en: String, nl: String)] = [
        "in-force": ("in force", "van kracht"),
        "adopted": ("adopted", "aangenomen"),
        "proposed": ("proposed", "voorgesteld"),
        "rejected": ("rejected", "verworpen"),
        "unverified": ("unverified", "niet gecontroleerd"),
    ]

    /// The words for a status id (`in-force`), or the id itself if it has none yet.
    static func text(_ id: String, _ lang: Language) -> String {
        guard let w = words[id] else { return id }
        return lang == .nl ? w.nl : w.en
    }

    static func text(_ status: LegalStatus, _ lang: Language) -> String { text(status.rawValue, lang) }

    /// `"6 months (in-force)"`, as `Comparison` writes a parameter value, to `"6 months (in force)"`.
    static func valueWithStatus(_ s: String, _ lang: Language) -> String {
        guard s.hasSuffix(")"), let open = s.range(of: " (", options: .backwards) else { return s }
        let id = String(s[open.upperBound..<s.index(before: s.endIndex)])
        guard words[id] != nil else { return s }
        return s[..<open.lowerBound] + " (" + text(id, lang) + ")"
    }
}
