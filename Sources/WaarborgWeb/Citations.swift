/// Citations as links to the official texts: each instrument the rules cite, by the short name
/// the references use, to its EUR-Lex ELI address or its page on wetten.overheid.nl. Only a link:
/// a page loads nothing from these addresses.
public enum Citations {
    /// Longest prefixes first, so "Directive 2013/32" is not read as another directive.
    static let instruments: [(prefix: String, url: String)] = [
        ("Dublin III", "https://eur-lex.europa.eu/eli/reg/2013/604/oj"),
        ("Reg 604/2013", "https://eur-lex.europa.eu/eli/reg/2013/604/oj"),
        ("Directive 2013/32", "https://eur-lex.europa.eu/eli/dir/2013/32/oj"),
        ("Richtlijn 2013/32", "https://eur-lex.europa.eu/eli/dir/2013/32/oj"),
        ("Directive 2013/33", "https://eur-lex.europa.eu/eli/dir/2013/33/oj"),
        ("Richtlijn 2013/33", "https://eur-lex.europa.eu/eli/dir/2013/33/oj"),
        ("Directive 2003/86", "https://eur-lex.europa.eu/eli/dir/2003/86/oj"),
        ("Richtlijn 2003/86", "https://eur-lex.europa.eu/eli/dir/2003/86/oj"),
        ("Directive 2011/95", "https://eur-lex.europa.eu/eli/dir/2011/95/oj"),
        ("Richtlijn 2011/95", "https://eur-lex.europa.eu/eli/dir/2011/95/oj"),
        ("Directive 2008/115", "https://eur-lex.europa.eu/eli/dir/2008/115/oj"),
        ("Reg 1182/71", "https://eur-lex.europa.eu/eli/reg/1971/1182/oj"),
        ("Verordening 1182/71", "https://eur-lex.europa.eu/eli/reg/1971/1182/oj"),
        ("AMMR", "https://eur-lex.europa.eu/eli/reg/2024/1351/oj"),
        ("APR", "https://eur-lex.europa.eu/eli/reg/2024/1348/oj"),
        ("RCD", "https://eur-lex.europa.eu/eli/dir/2024/1346/oj"),
        ("QR", "https://eur-lex.europa.eu/eli/reg/2024/1347/oj"),
        ("Screening", "https://eur-lex.europa.eu/eli/reg/2024/1356/oj"),
        ("SR", "https://eur-lex.europa.eu/eli/reg/2024/1356/oj"),
        ("Eurodac", "https://eur-lex.europa.eu/eli/reg/2024/1358/oj"),
        ("CRR", "https://eur-lex.europa.eu/eli/reg/2024/1359/oj"),
        ("Vw 2000", "https://wetten.overheid.nl/BWBR0011823"),
        ("Vb 2000", "https://wetten.overheid.nl/BWBR0011825"),
        ("Awb", "https://wetten.overheid.nl/BWBR0005537"),
        ("Algemene termijnenwet", "https://wetten.overheid.nl/BWBR0002448"),
        ("Rvo 2005", "https://wetten.overheid.nl/BWBR0017552"),
        ("Wet COA", "https://wetten.overheid.nl/BWBR0007497"),
    ]

    /// The official text a citation points into, if Waarborg knows the instrument.
    public static func url(_ citation: String) -> String? {
        let c = citation.trimmingCharacters(in: .whitespaces)
        return instruments.first { c.hasPrefix($0.prefix) }?.url
    }

    /// A citation as it is read, each part ("APR Art 43(1); Art 45(1)") linked where known; the
    /// parts after the first that name no instrument of their own link to the first one's text.
    public static func link(_ citation: String) -> Markup {
        let parts = citation.components(separatedBy: "; ")
        var base: String?
        var out: [Markup] = []
        for (i, p) in parts.enumerated() {
            if i > 0 { out.append("; ") }
            let own = url(p)
            if own != nil { base = own }
            if let u = own ?? (p.hasPrefix("Art") || p.hasPrefix("art.") ? base : nil) {
                out.append("<a class=\"cite\" href=\"\(u)\" rel=\"external noopener\">\(p)</a>")
            } else {
                out.append("\(p)")
            }
        }
        return out.joined()
    }

    /// A line of the report, its trailing citations in brackets turned into links.
    public static func linkBrackets(_ line: String) -> Markup {
        var out: [Markup] = []
        var rest = Substring(line)
        while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
            out.append("\(String(rest[..<open]))")
            out.append("<span class=\"ref\">[\(link(String(rest[rest.index(after: open)..<close])))]</span>")
            rest = rest[rest.index(after: close)...]
        }
        out.append("\(String(rest))")
        return out.joined()
    }
}
