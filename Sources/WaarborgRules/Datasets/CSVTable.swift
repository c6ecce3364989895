/// A minimal RFC 4180 reader: the datasets are small, hand-edited CSV files with a header row.
///
/// Strict where a hand edit goes wrong, each an error naming the line: a column name that is
/// repeated or empty, a quote inside an unquoted field, text after the closing quote of a field,
/// a row with the wrong number of fields, a row that repeats an earlier one exactly, and an
/// unterminated quote. Blank lines are ignored, CR before LF is dropped, and a UTF-8 byte-order
/// mark at the start (Excel writes one when it saves "CSV UTF-8") is skipped.
struct CSVTable {
    let header: [String]
    let rows: [[String: String]]
    /// The line each row starts on (the header is line 1), in the order of `rows`.
    let lines: [Int]

    struct Failure: Error { let line: Int; let message: String }

    private enum State { case fieldStart, unquoted, quoted, afterQuote }

    init(text: String) throws(Failure) {
        var records: [(line: Int, fields: [String])] = []
        var field = ""
        var record: [String] = []
        var line = 1, recordLine = 1
        var state = State.fieldStart
        var scalars = Substring(text).unicodeScalars
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        func endField() { record.append(field); field = ""; state = .fieldStart }
        func endRecord() { endField(); records.append((recordLine, record)); record = []; line += 1; recordLine = line }
        for c in scalars {
            switch state {
            case .quoted:
                if c == "\"" { state = .afterQuote; continue }
                if c == "\n" { line += 1 }
                field.unicodeScalars.append(c)
            case .afterQuote:
                switch c {
                case "\"": field.unicodeScalars.append("\""); state = .quoted
                case ",": endField()
                case "\r": break
                case "\n": endRecord()
                default:
                    throw Failure(line: line, message: "text after the closing quote of a field (a quote inside a quoted field is written twice: \"\")")
                }
            case .fieldStart, .unquoted:
                switch c {
                case "\"":
                    guard state == .fieldStart else {
                        throw Failure(line: line, message: "a quote inside an unquoted field (quote the whole field and write the quote twice: \"say \"\"hi\"\"\")")
                    }
                    state = .quoted
                case ",": endField()
                case "\r": break
                case "\n": endRecord()
                default: field.unicodeScalars.append(c); state = .unquoted
                }
            }
        }
        if state == .quoted { throw Failure(line: recordLine, message: "unterminated quoted field") }
        if !field.isEmpty || !record.isEmpty || state == .afterQuote { endRecord() }
        records.removeAll { $0.fields == [""] }
        guard let head = records.first else { throw Failure(line: 1, message: "no header row") }
        var column: [String: Int] = [:]
        for (k, name) in head.fields.enumerated() {
            guard !name.isEmpty else { throw Failure(line: head.line, message: "column \(k + 1) of the header has no name") }
            if let first = column[name] {
                throw Failure(line: head.line, message: "column \"\(name)\" appears twice in the header (columns \(first + 1) and \(k + 1))")
            }
            column[name] = k
        }
        header = head.fields
        var out: [[String: String]] = []
        var starts: [Int] = []
        var firstSeen: [[String]: Int] = [:]
        for r in records.dropFirst() {
            guard r.fields.count == head.fields.count else {
                throw Failure(line: r.line, message: "expected \(head.fields.count) fields, found \(r.fields.count)")
            }
            if let earlier = firstSeen[r.fields] { throw Failure(line: r.line, message: "the row repeats line \(earlier)") }
            firstSeen[r.fields] = r.line
            // The header's names are unique (checked above), so this cannot trap.
            out.append(Dictionary(uniqueKeysWithValues: zip(head.fields, r.fields)))
            starts.append(r.line)
        }
        rows = out
        lines = starts
    }
}
