/// Plain-text tables for the terminal: columns aligned, long cells wrapped at word boundaries.
/// Widths are counted in Unicode characters (the reports are Latin text with a few symbols).
struct TextTable {
    var widths: [Int]
    var separator = "  "

    /// One table row: each cell wrapped to its column, the row as tall as its tallest cell.
    func row(_ cells: [String]) -> String {
        let wrapped = cells.enumerated().map { i, c in Self.wrap(c, width: widths[min(i, widths.count - 1)]) }
        let height = wrapped.map(\.count).max() ?? 1
        var out = ""
        for line in 0..<height {
            var parts: [String] = []
            for (i, lines) in wrapped.enumerated() {
                let text = line < lines.count ? lines[line] : ""
                parts.append(i == wrapped.count - 1 ? text : Self.pad(text, widths[min(i, widths.count - 1)]))
            }
            out += trimTrailing(parts.joined(separator: separator)) + "\n"
        }
        return out
    }

    /// A rule under the header: one run of dashes per column.
    func rule() -> String {
        widths.map { String(repeating: "-", count: $0) }.joined(separator: separator) + "\n"
    }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }

    private func trimTrailing(_ s: String) -> String {
        var s = Substring(s)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }

    /// `text` broken into lines of at most `width` characters, at spaces where possible; a word
    /// longer than the width is cut. Always at least one line (empty text gives one empty line).
    /// A paragraph's leading spaces, and a "· " bullet after them, are kept, and its continuation
    /// lines are indented to the text after them.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var rest = paragraph.drop { $0 == " " }
            var first = String(repeating: " ", count: paragraph.count - rest.count)
            if rest.hasPrefix("· ") { first += "· "; rest = rest.dropFirst(2) }
            let indent = first.count < width / 2 ? first.count : 0
            let hanging = String(repeating: " ", count: indent)
            let body = words(String(rest), width: max(1, width - indent))
            for (i, line) in body.enumerated() { lines.append((i == 0 ? (indent > 0 ? first : "") : hanging) + line) }
        }
        return lines.isEmpty ? [""] : lines
    }

    private static func words(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            var w = Substring(word)
            if !line.isEmpty {
                if line.count + 1 + w.count <= width { line += " " + w; continue }
                lines.append(line)
                line = ""
            }
            while w.count > width {
                // Cut after a hyphen or a dot where there is one (counselling-by-|authority), else at the width.
                let head = w.prefix(width)
                let cut = head.dropFirst().lastIndex { $0 == "-" || $0 == "." }.map { w.distance(from: w.startIndex, to: $0) + 1 } ?? width
                lines.append(String(w.prefix(cut)))
                w = w.dropFirst(cut)
            }
            line = String(w)
        }
        lines.append(line)
        return lines
    }
}
