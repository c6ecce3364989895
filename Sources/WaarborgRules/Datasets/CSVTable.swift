/// A minimal RFC 4180 reader: the datasets are small, hand-edited CSV files with a header row.
struct CSVTable {
    let header: [String]
    let rows: [[String: String]]

    struct Failure: Error { let line: Int; let message: String }

    init(text: String) throws(Failure) {
        var records: [[String]] = []
        var field = ""
        var record: [String] = []
        var inQuotes = false
        var chars = Array(text.unicodeScalars).makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return chars.next()
        }
        while let c = next() {
            if inQuotes {
                if c == "\"" {
                    if let n = next() {
                        if n == "\"" { field.unicodeScalars.append("\"") } else { inQuotes = false; pending = n }
                    } else { inQuotes = false }
                } else { field.unicodeScalars.append(c) }
            } else {
                switch c {
                case "\"": inQuotes = true
                case ",": record.append(field); field = ""
                case "\r": break
                case "\n": record.append(field); field = ""; records.append(record); record = []
                default: field.unicodeScalars.append(c)
                }
            }
        }
        if inQuotes { throw Failure(line: records.count + 1, message: "unterminated quoted field") }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        records.removeAll { $0 == [""] }
        guard let head = records.first else { throw Failure(line: 1, message: "no header row") }
        header = head
        var out: [[String: String]] = []
        for (i, r) in records.dropFirst().enumerated() {
            guard r.count == head.count else {
                throw Failure(line: i + 2, message: "expected \(head.count) fields, found \(r.count)")
            }
            out.append(Dictionary(uniqueKeysWithValues: zip(head, r)))
        }
        rows = out
    }
}
