import WaarborgJSON

/// The policy choices on which two profiles differ, theme by theme: one comparison for
/// `waarborg profiles diff` and `GET /v1/profiles/{a}/diff/{b}`, so the CLI and the API can never
/// disagree about what differs.
public struct ProfileDiff: Sendable {
    public struct Entry: Sendable {
        public let key: String
        public let theme: LocalizedText
        /// What the parameter means, from the catalogue; nil for a key the catalogue lacks.
        public let meaning: LocalizedText?
        public let from: ParameterValue
        public let to: ParameterValue
    }

    public let from: PolicyProfile
    public let to: PolicyProfile
    /// In the order a policy analyst reads them: by theme, then by key.
    public let entries: [Entry]

    public init(_ from: PolicyProfile, _ to: PolicyProfile) {
        self.from = from
        self.to = to
        let keys = from.parameters.map(\.key).sorted { (Self.theme($0).rank, $0) < (Self.theme($1).rank, $1) }
        entries = keys.compactMap { k in
            guard let a = from.parameter(k), let b = to.parameter(k), a.value != b.value else { return nil }
            let t = Self.theme(k)
            return Entry(key: k, theme: t.text, meaning: ParameterCatalog.byKey[k]?.meaning, from: a, to: b)
        }
    }

    /// Themes in the order a policy analyst reads a comparison, by parameter-key prefix.
    static let themes: [(prefix: String, text: LocalizedText)] = [
        ("border.", .init(en: "Border procedure", nl: "Grensprocedure")),
        ("admissibility.", .init(en: "Admissibility and safe third countries", nl: "Ontvankelijkheid en veilige derde landen")),
        ("safeCountryOfOrigin.", .init(en: "Safe countries of origin", nl: "Veilige landen van herkomst")),
        ("accelerated.", .init(en: "Accelerated procedure", nl: "Versnelde procedure")),
        ("registration.", .init(en: "Time limits", nl: "Termijnen")), ("lodging.", .init(en: "Time limits", nl: "Termijnen")),
        ("representative.", .init(en: "Time limits", nl: "Termijnen")), ("decision.", .init(en: "Time limits", nl: "Termijnen")),
        ("appeal.", .init(en: "Appeal", nl: "Beroep")),
        ("legalAid.", .init(en: "Legal aid", nl: "Rechtshulp")),
        ("detention.", .init(en: "Detention", nl: "Bewaring")),
        ("reception.", .init(en: "Reception", nl: "Opvang")), ("labourMarket.", .init(en: "Reception", nl: "Opvang")),
        ("schooling.", .init(en: "Reception", nl: "Opvang")),
        ("granted.", .init(en: "If protection is granted", nl: "Bij inwilliging")),
        ("oldLaw.", .init(en: "Former law (applications made before 12 June 2026)", nl: "Oud recht (aanvragen gedaan vóór 12 juni 2026)")),
    ]

    /// The theme of a parameter key, and its rank: the first position of that theme's label, so
    /// the time limits, spread over four prefixes, stay together.
    public static func theme(_ key: String) -> (rank: Int, text: LocalizedText) {
        guard let t = themes.first(where: { key.hasPrefix($0.prefix) }) else { return (themes.count, .init(en: "Other", nl: "Overig")) }
        return (themes.firstIndex { $0.text.en == t.text.en }!, t.text)
    }

    /// `{from, to, count, differences: [{key, theme, meaning, from, to}]}`, each side with its value,
    /// legal basis, status and source; texts in both languages, as the other JSON outputs.
    public func json() -> [UInt8] {
        var w = JSONWriter(pretty: true)
        w.beginObject()
        w.key("from"); profile(from, &w)
        w.key("to"); profile(to, &w)
        w.field("count", entries.count)
        w.key("differences"); w.beginArray()
        for e in entries {
            w.beginObject()
            w.key(named: "key"); w.string(e.key)
            w.key("theme"); Self.text(e.theme, &w)
            w.key("meaning"); if let m = e.meaning { Self.text(m, &w) } else { w.null() }
            w.key("from"); side(e.from, &w)
            w.key("to"); side(e.to, &w)
            w.endObject()
        }
        w.endArray()
        w.endObject(); w.newlineAtEnd()
        return w.bytes
    }

    private func profile(_ p: PolicyProfile, _ w: inout JSONWriter) {
        w.beginObject(); w.field("id", p.id); w.field("hash", p.hash); w.endObject()
    }

    private func side(_ v: ParameterValue, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("value", v.value.description); w.field("ref", v.ref); w.field("status", v.status.rawValue); w.field("source", v.source)
        w.endObject()
    }

    private static func text(_ t: LocalizedText, _ w: inout JSONWriter) {
        w.beginObject(); w.field("en", t.en); w.field("nl", t.nl); w.endObject()
    }
}
