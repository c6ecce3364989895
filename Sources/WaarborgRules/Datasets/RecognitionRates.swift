/// EU-wide first-instance recognition rates by nationality, the input of APR Art 42(1)(j).
///
/// A nationality that has no row is unknown for the 20 % ground, never "above 20 %": the table
/// answers `nil` and the rule reports an open fact.
public struct RecognitionRates: Sendable {
    public struct Entry: Sendable, Equatable {
        public let nationality: CountryCode
        public let year: Int
        /// The rate, where the source gives one.
        public let rate: Double?
        /// Where the source gives only a bucket ("under 10 %"), its upper bound.
        public let upperBound: Double?
        public let basis: String
        public let source: String

        /// The figure to compare with the threshold: the rate, or the bucket's bound.
        public var comparable: Double? { rate ?? upperBound }
    }

    /// Latest year per nationality.
    private let latest: [CountryCode: Entry]
    public let rowCount: Int

    public init(entries: [Entry]) {
        var l: [CountryCode: Entry] = [:]
        for e in entries where (l[e.nationality]?.year ?? Int.min) < e.year { l[e.nationality] = e }
        latest = l
        rowCount = entries.count
    }

    /// The entry of the latest year in the dataset for `nationality`.
    public func latest(for nationality: CountryCode) -> Entry? { latest[nationality] }

    static let requiredColumns = ["nationality", "year", "rate", "upper_bound", "basis", "source"]

    static func parse(_ text: String, file: String) throws(DatasetError) -> RecognitionRates {
        let table: CSVTable
        do { table = try CSVTable(text: text) } catch { throw DatasetError(file: file, line: error.line, message: error.message) }
        for c in requiredColumns where !table.header.contains(c) {
            throw DatasetError(file: file, line: 1, message: "missing column \"\(c)\"")
        }
        var entries: [Entry] = []
        for (i, row) in table.rows.enumerated() {
            let line = i + 2
            guard let n = CountryCode(row["nationality"]!) else { throw DatasetError(file: file, line: line, message: "nationality must be an alpha-3 code") }
            guard let y = Int(row["year"]!), (1990...2100).contains(y) else { throw DatasetError(file: file, line: line, message: "year must be a year") }
            let rate = row["rate"]!.isEmpty ? nil : Double(row["rate"]!)
            let ub = row["upper_bound"]!.isEmpty ? nil : Double(row["upper_bound"]!)
            if !row["rate"]!.isEmpty, rate == nil || !(0...1).contains(rate!) { throw DatasetError(file: file, line: line, message: "rate must be a fraction from 0 to 1") }
            if !row["upper_bound"]!.isEmpty, ub == nil || !(0...1).contains(ub!) { throw DatasetError(file: file, line: line, message: "upper_bound must be a fraction from 0 to 1") }
            guard rate != nil || ub != nil else { throw DatasetError(file: file, line: line, message: "either rate or upper_bound is needed") }
            guard !row["source"]!.isEmpty else { throw DatasetError(file: file, line: line, message: "every row needs its source") }
            entries.append(Entry(nationality: n, year: y, rate: rate, upperBound: ub, basis: row["basis"]!, source: row["source"]!))
        }
        return RecognitionRates(entries: entries)
    }
}

public struct DatasetError: Error, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let message: String
    public var description: String { line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)" }
}
