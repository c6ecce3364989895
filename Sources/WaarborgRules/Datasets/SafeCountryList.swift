import LegalCalendar

/// The lists a designation can stand on. The Union list comes first: a national designation
/// applies only where the Union list does not designate the country (APR Art 64).
public enum SafeCountryListID: String, CaseIterable, Sendable {
    case eu, nl
}

/// Designations of safe countries of origin, EU-wide (Reg 2026/464) and national (APR Art 64).
public struct SafeCountryList: Sendable {
    public struct Designation: Sendable, Equatable {
        public let country: CountryCode
        /// `eu` or `nl`.
        public let list: String
        public let name: String
        public let ref: String
        public let source: String
        /// `in-force`, `suspended`, `unverified` …; suspended designations are not applied.
        public let status: String
        public let note: String
    }

    public let designations: [Designation]
    private let index: [String: [CountryCode: Designation]]

    public init(designations: [Designation]) {
        self.designations = designations
        var idx: [String: [CountryCode: Designation]] = [:]
        for d in designations where d.status != "suspended" { idx[d.list, default: [:]][d.country] = d }
        index = idx
    }

    /// The list identifiers in order of precedence.
    public var listIDs: [String] { SafeCountryListID.allCases.map(\.rawValue) }

    /// The first designation of `country` on any of `lists`, in the order given.
    public func designation(of country: CountryCode, lists: [String]) -> Designation? {
        for l in lists { if let d = index[l]?[country] { return d } }
        return nil
    }

    static func parse(_ text: String, file: String) throws(DatasetError) -> SafeCountryList {
        let table: CSVTable
        do { table = try CSVTable(text: text) } catch { throw DatasetError(file: file, line: error.line, message: error.message) }
        for c in ["country", "list", "name", "ref", "source", "status", "note"] where !table.header.contains(c) {
            throw DatasetError(file: file, line: 1, message: "missing column \"\(c)\"")
        }
        var out: [Designation] = []
        for (i, r) in table.rows.enumerated() {
            guard let c = CountryCode(r["country"]!) else { throw DatasetError(file: file, line: i + 2, message: "country must be an alpha-3 code") }
            guard SafeCountryListID(rawValue: r["list"]!) != nil else {
                throw DatasetError(file: file, line: i + 2, message: "list must be one of " + SafeCountryListID.allCases.map(\.rawValue).joined(separator: ", "))
            }
            guard !r["ref"]!.isEmpty, !r["source"]!.isEmpty else { throw DatasetError(file: file, line: i + 2, message: "every designation needs ref and source") }
            out.append(Designation(country: c, list: r["list"]!, name: r["name"]!, ref: r["ref"]!, source: r["source"]!, status: r["status"]!, note: r["note"]!))
        }
        return SafeCountryList(designations: out)
    }
}
