/// Citations as links to the official texts: each instrument the rules cite, by the short name
/// the references use, to its EUR-Lex ELI address or its page on wetten.overheid.nl. Only a link:
/// a page loads nothing from these addresses.
public enum Citations {
    /// Longest prefixes first, so "Directive 2013/32" is not read as another directive.
    static let instruments: [(prefix: String, url: String)] = [
        ("Dublin III", "https://eur-lex.europa.eu/eli/reg/2013/604/oj"),
        ("Dublinverordening", "https://eur-lex.europa.eu/eli/reg/2013/604/oj"),
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
        ("Asiel- en migratiebeheerverordening", "https://eur-lex.europa.eu/eli/reg/2024/1351/oj"),
        ("Procedureverordening", "https://eur-lex.europa.eu/eli/reg/2024/1348/oj"),
        ("APR", "https://eur-lex.europa.eu/eli/reg/2024/1348/oj"),
        ("RCD", "https://eur-lex.europa.eu/eli/dir/2024/1346/oj"),
        ("Opvangrichtlijn", "https://eur-lex.europa.eu/eli/dir/2024/1346/oj"),
        ("Kwalificatieverordening", "https://eur-lex.europa.eu/eli/reg/2024/1347/oj"),
        ("QR", "https://eur-lex.europa.eu/eli/reg/2024/1347/oj"),
        ("Screeningverordening", "https://eur-lex.europa.eu/eli/reg/2024/1356/oj"),
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

    /// The official text a citation points into, if Waarborg knows the instrument: at the article
    /// when the citation names one, so a reader lands on the provision rather than the act's title.
    public static func url(_ citation: String) -> String? {
        let c = citation.trimmingCharacters(in: .whitespaces)
        guard let act = act(of: c) else { return nil }
        return at(article(in: c.hasPrefix(act.prefix) ? c.dropFirst(act.prefix.count) : Substring(c)), of: act.url)
    }

    /// The instrument a citation names: by its prefix in the English form ("APR Art 35"), or
    /// after the article in the Dutch form ("art. 35 Procedureverordening", DutchCitation).
    static func act(of citation: String) -> (prefix: String, url: String)? {
        if let english = instruments.first(where: { citation.hasPrefix($0.prefix) }) { return english }
        guard citation.hasPrefix("art. ") else { return nil }
        return instruments.first { citation.hasSuffix(" " + $0.prefix) || citation.contains(" " + $0.prefix + " ") || citation.contains(" " + $0.prefix + ",") }
    }

    /// An act's address at one article. EUR-Lex marks each article of an act it renders from its
    /// ELI address as `#art_N` (a missing mark leaves the reader at the top, no worse than before);
    /// wetten.overheid.nl takes the Juriconnect form `jci1.3:c:BWBR…&artikel=N`, its permanent link.
    static func at(_ article: String?, of act: String) -> String {
        guard let article else { return act }
        if act.hasPrefix("https://eur-lex.europa.eu/") { return act + "#art_" + article }
        let bwb = "https://wetten.overheid.nl/"
        if act.hasPrefix(bwb) { return bwb + "jci1.3:c:" + act.dropFirst(bwb.count) + "&artikel=" + article }
        return act
    }

    /// The article number at the start of `rest` ("Art 43(1)", "art. 42", "art 6:7", "Art 43-45"):
    /// the number before any paragraph, range or point, or nil when `rest` names no article.
    static func article(in rest: Substring) -> String? {
        var r = rest.drop(while: { $0 == " " })
        guard r.lowercased().hasPrefix("art") else { return nil }
        r = r.dropFirst(3)
        if r.first == "." { r = r.dropFirst() }
        r = r.drop(while: { $0 == " " })
        // Digits, then a letter suffix (Art 3a) or an Awb chapter number (art 6:7).
        var number = String(r.prefix(while: \.isNumber))
        guard !number.isEmpty else { return nil }
        r = r.dropFirst(number.count)
        if let c = r.first, c.isLetter, c.isLowercase, r.dropFirst().first.map({ !$0.isLetter }) ?? true { number.append(c); r = r.dropFirst() }
        if r.first == ":", let next = r.dropFirst().first, next.isNumber {
            number += ":" + r.dropFirst().prefix(while: \.isNumber)
        }
        return number
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
            if let act = act(of: p.trimmingCharacters(in: .whitespaces)) { base = act.url }
            if let u = own ?? (p.hasPrefix("Art") || p.hasPrefix("art") ? base.map { at(article(in: Substring(p)), of: $0) } : nil) {
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
