/// A citation as a Dutch lawyer writes it: the article first, its paragraph as "lid", its point as
/// "onder", and the act after it by its Dutch name ("APR Art 42(1)(a)" reads "art. 42 lid 1
/// onder a Procedureverordening"). The act names are those of the Dutch implementing bill
/// (Kamerstuk 36 871: Procedureverordening, Asiel- en migratiebeheerverordening,
/// Screeningverordening, Kwalificatieverordening, Opvangrichtlijn).
///
/// The contract keeps citations in their English form (`ref` fields), so this runs where a Dutch
/// reader sees one. It works on bytes in one pass per part, because narrated assessments translate
/// dozens of citations each.
enum DutchCitation {
    /// A whole citation, its parts separated by "; ". Consecutive parts of one act are joined with
    /// "en" and name the act once, after the last ("art. 17 lid 1 en art. 21 Opvangrichtlijn").
    static func text(_ english: String) -> String {
        let parts = split(Array(english.utf8))
        var groups: [(act: Act?, articles: [[UInt8]], plain: [UInt8]?, tail: [UInt8])] = []
        var current: Act?
        for p in parts {
            if let (act, article) = parsePart(p) {
                let owner = act ?? current
                current = owner
                let (rendered, tail) = articleWords(article, prefix: owner?.articlePrefix ?? [])
                if tail.isEmpty, let last = groups.last, last.plain == nil, last.tail.isEmpty, last.act == owner {
                    groups[groups.count - 1].articles.append(rendered)
                } else {
                    groups.append((owner, [rendered], nil, tail))
                }
            } else {
                // A part that names no article (an act, "national law"): later parts may cite its articles.
                current = actByName(trimmed(p))
                groups.append((nil, [], current?.dutch ?? [], []))
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(english.utf8.count + 32)
        for (i, g) in groups.enumerated() {
            if i > 0 { out += Array("; ".utf8) }
            if let plain = g.plain { out += plain; continue }
            for (k, a) in g.articles.enumerated() {
                if k > 0 { out += Array(" en ".utf8) }
                out += a
            }
            // "art. 31 lid 3, derde en vierde alinea, Richtlijn …": a subparagraph closes with a comma.
            if let act = g.act {
                if out.last.map(isLower) == true, out.suffix(6).elementsEqual(b("alinea")) { out.append(UInt8(ascii: ",")) }
                out.append(0x20); out += act.dutch
            }
            out += g.tail
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// An act as cited in English and in Dutch; a Dutch civil-code book numbers its articles
    /// "1:302", so `articlePrefix` carries the book.
    struct Act: Equatable {
        let english: [UInt8]
        let dutch: [UInt8]
        var articlePrefix: [UInt8] = []
    }

    /// Longest names first where one starts another ("Directive 2013/32/EU" before a bare word).
    /// Acts not listed keep their own name, which is already Dutch (Vw 2000, Awb, Wav).
    static let acts: [Act] = [
        Act(english: b("APR"), dutch: b("Procedureverordening")),
        Act(english: b("AMMR"), dutch: b("Asiel- en migratiebeheerverordening")),
        Act(english: b("RCD"), dutch: b("Opvangrichtlijn")),
        Act(english: b("QR"), dutch: b("Kwalificatieverordening")),
        Act(english: b("Screening"), dutch: b("Screeningverordening")),
        Act(english: b("Dublin III"), dutch: b("Dublinverordening")),
        Act(english: b("ECHR"), dutch: b("EVRM")),
        Act(english: b("Charter"), dutch: b("Handvest")),
        Act(english: b("BW Book 1"), dutch: b("BW"), articlePrefix: b("1:")),
    ]

    /// Words around articles and in parts that name no article, English to Dutch.
    static let words: [([UInt8], [UInt8])] = [
        ("Directive ", "Richtlijn "), ("Regulation ", "Verordening "), ("Reg ", "Verordening "),
        ("national law", "nationaal recht"), ("national policy", "nationaal beleid"), ("national measure", "nationale maatregel"),
        ("third and fourth subparagraphs", "derde en vierde alinea"), ("second subparagraph", "tweede alinea"),
        ("third subparagraph", "derde alinea"), ("fourth subparagraph", "vierde alinea"), ("last subparagraph", "laatste alinea"),
        (" as amended by ", " zoals gewijzigd bij "), ("/EC", "/EG"), ("CJEU ", "HvJ EU "), (" (former)", " (oud)"),
        (" (candidate countries)", " (kandidaat-lidstaten)"), ("IND practice since June 2025", "IND-praktijk sinds juni 2025"),
        ("(not required)", "(niet verplicht)"), (" and ", " en "),
    ].map { (b($0.0), b($0.1)) }

    private static func b(_ s: String) -> [UInt8] { Array(s.utf8) }

    private static func split(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var parts: [ArraySlice<UInt8>] = []
        var start = 0, i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: ";"), i + 1 < bytes.count, bytes[i + 1] == 0x20 {
                parts.append(bytes[start..<i]); i += 2; start = i
            } else { i += 1 }
        }
        parts.append(bytes[start..<bytes.count])
        return parts
    }

    private static func trimmed(_ p: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var s = p
        while s.first == 0x20 { s = s.dropFirst() }
        while s.last == 0x20 { s = s.dropLast() }
        return s
    }

    private static func actByName(_ name: ArraySlice<UInt8>) -> Act? {
        guard !name.isEmpty else { return nil }
        if let known = acts.first(where: { $0.english.elementsEqual(name) }) { return known }
        return Act(english: Array(name), dutch: replaceWords(name))
    }

    /// The act (nil when the part names none and so continues the one before) and the text after
    /// the article keyword, for a part that cites an article ("Art", "Arts", "art", "art.").
    private static func parsePart(_ p: ArraySlice<UInt8>) -> (Act?, ArraySlice<UInt8>)? {
        let s = trimmed(p)
        var i = s.startIndex
        while i < s.endIndex {
            let atWordStart = i == s.startIndex || s[i - 1] == 0x20
            if atWordStart, s[i] == UInt8(ascii: "A") || s[i] == UInt8(ascii: "a"), i + 3 < s.endIndex,
               s[i + 1] == UInt8(ascii: "r"), s[i + 2] == UInt8(ascii: "t") {
                var k = i + 3
                if s[k] == UInt8(ascii: "s") || s[k] == UInt8(ascii: ".") { k += 1 }
                if k < s.endIndex, s[k] == 0x20, k + 1 < s.endIndex, isDigit(s[k + 1]) {
                    let act = actByName(trimmed(s[s.startIndex..<i]))
                    return (act, s[(k + 1)...])
                }
            }
            i += 1
        }
        return nil
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    private static func isLower(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }

    /// "42(1)(a)" reads "art. 42 lid 1 onder a"; "43(2)-(3)" reads "art. 43 lid 2-3"; a point's
    /// own subdivision "(c)(ii)" reads "onder c, sub ii"; the rest is translated word for word.
    private static func articleWords(_ whole: ArraySlice<UInt8>, prefix: [UInt8]) -> (article: [UInt8], tail: [UInt8]) {
        // What qualifies the act rather than the article comes after the act's name:
        // "art. 59 lid 5 Procedureverordening, zoals gewijzigd bij …", "art. 30a Vw 2000 (oud)".
        var a = whole
        var tail: [UInt8] = []
        for (marker, dutch) in tails {
            if let at = firstIndex(of: marker, in: whole) {
                a = whole[whole.startIndex..<at]
                tail = dutch + replaceWords(whole[(at + marker.count)...])
                break
            }
        }
        var out = b("art. ") + prefix
        var i = a.startIndex
        // Parenthesised numbers and letters follow the article number; the level says which word
        // the next one takes: 0 after the number, 1 after a paragraph, 2 after a point.
        var level = 0
        while i < a.endIndex {
            let c = a[i]
            if c == UInt8(ascii: "("), let close = a[i...].firstIndex(of: UInt8(ascii: ")")), close > i + 1,
               a[(i + 1)..<close].allSatisfy({ isDigit($0) || isLower($0) }) {
                let inner = a[(i + 1)..<close]
                let numeric = inner.allSatisfy(isDigit)
                let afterDash = out.last == UInt8(ascii: "-")
                let afterAnd = out.count >= 4 && out.suffix(4).elementsEqual(b(" en "))
                if afterDash || afterAnd {
                    out += inner
                } else if numeric && level == 0 {
                    out += b(" lid ") + inner; level = 1
                } else if level <= 1 {
                    out += b(" onder ") + inner; level = 2
                } else {
                    out += b(", sub ") + inner; level = 3
                }
                i = close + 1
                continue
            }
            if let (from, to) = words.first(where: { w in w.0.first == c && a[i...].starts(with: w.0) }) {
                out += to; i += from.count
                continue
            }
            if c == UInt8(ascii: ",") || c == 0x20 { level = isDigit(a[safe: i + 1] ?? 0) || isDigit(a[safe: i + 2] ?? 0) ? 0 : level }
            out.append(c); i += 1
        }
        return (out, tail)
    }

    /// Qualifiers of the act, in English and the Dutch that follows the act's name.
    static let tails: [([UInt8], [UInt8])] = [
        (" as amended by ", ", zoals gewijzigd bij "), (" (former)", " (oud)"),
    ].map { (b($0.0), b($0.1)) }

    private static func firstIndex(of needle: [UInt8], in s: ArraySlice<UInt8>) -> Int? {
        guard needle.count <= s.count else { return nil }
        var i = s.startIndex
        while i + needle.count <= s.endIndex {
            if s[i] == needle[0] && s[i...].starts(with: needle) { return i }
            i += 1
        }
        return nil
    }

    private static func replaceWords(_ s: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        var i = s.startIndex
        outer: while i < s.endIndex {
            for (from, to) in words where from.first == s[i] && s[i...].starts(with: from) {
                out += to; i += from.count
                continue outer
            }
            out.append(s[i]); i += 1
        }
        return out
    }
}

private extension ArraySlice where Element == UInt8 {
    subscript(safe i: Int) -> UInt8? { indices.contains(i) ? self[i] : nil }
}
