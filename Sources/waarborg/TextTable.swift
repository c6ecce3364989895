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
    static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                var w = Substring(word)
                if line.isEmpty {
                    // fall through to placing the word
                } else if line.count + 1 + w.count <= width {
                    line += " " + w
                    continue
                } else {
                    lines.append(line)
                    line = ""
                }
                while w.count > width {
                    lines.append(String(w.prefix(width)))
                    w = w.dropFirst(width)
                }
                line = String(w)
            }
            lines.append(line)
        }
        return lines.isEmpty ? [""] : lines
    }
}
