import WaarborgJSON
import WaarborgRules

/// One case of a JSON Lines import, as read from its line: what `importCases` stores.
public struct ImportedCase: Sendable {
    /// The line of the file it came from (1 for the first), so a refusal can point at it.
    public let line: Int
    public let new: NewCase
    public let status: CaseStatus
    public init(line: Int, new: NewCase, status: CaseStatus) {
        self.line = line
        self.new = new
        self.status = status
    }
}

/// The register as JSON Lines (`waarborg.case-line/1`): one case per line, its facts, reference,
/// profile and status, so a register can move to another machine or store, or be read by a script
/// one case at a time. The field names are stable (docs/register.md); `id` and `version` say where
/// the case came from and are not imported: the receiving register numbers its own cases.
public enum CaseLines {
    public static let schema = "waarborg.case-line/1"
    static let fields = ["schema", "id", "reference", "profile", "status", "version", "facts"]

    /// One line: a compact JSON object and its newline.
    public static func line(_ r: CaseRecord) -> [UInt8] {
        var w = JSONWriter(pretty: false)
        w.beginObject()
        w.field("schema", schema)
        w.field("id", Int(r.id))
        w.key("reference"); if let ref = r.summary.clientReference { w.string(ref) } else { w.null() }
        w.field("profile", r.summary.profileID)
        w.field("status", r.status.rawValue)
        w.field("version", r.version)
        w.key("facts"); w.value(RegisterJSON.parsed(r.facts))
        w.endObject()
        w.newlineAtEnd()
        return w.bytes
    }

    /// Every case (the open ones only unless `includeClosed`), page by page, so the whole register
    /// is never held in memory; `emit` gets each line as it is made.
    public static func export(_ store: any CaseStore, includeClosed: Bool, _ emit: ([UInt8]) -> Void) throws(RegisterError) {
        var offset = 0
        while true {
            let page = try store.listCases(CaseQuery(status: includeClosed ? nil : .open, limit: RegisterLimits.maxPageSize, offset: offset))
            for c in page.cases { emit(line(try store.getCase(c.id))) }
            offset += page.cases.count
            if page.cases.isEmpty || offset >= page.total { return }
        }
    }

    /// Reads every line, or refuses with the first bad one: its number, the field and why. Empty
    /// lines are skipped. The facts are checked by the store, which knows the profiles.
    public static func parse(_ bytes: [UInt8]) throws(RegisterError) -> [ImportedCase] {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        if bytes.count > RegisterLimits.maxImportBytes || lines.count > RegisterLimits.maxImportLines {
            throw .importTooLarge(lines: lines.count, bytes: bytes.count)
        }
        var out: [ImportedCase] = []
        for (i, raw) in lines.enumerated() {
            var text = Array(raw)
            if text.last == 0x0D { text.removeLast() }
            if text.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            out.append(try parseLine(text, number: i + 1))
        }
        return out
    }

    static func parseLine(_ text: [UInt8], number n: Int) throws(RegisterError) -> ImportedCase {
        func refuse(_ field: String, _ en: String, _ nl: String) -> RegisterError {
            .importLine(line: n, field: field, reason: LocalizedText(en: en, nl: nl))
        }
        let value: JSONValue
        do { value = try JSONParser.parse(text) } catch {
            throw refuse("$", "not valid JSON (column \(error.column): \(error.message))", "geen geldige JSON (kolom \(error.column): \(error.message))")
        }
        guard case .object(let members) = value else { throw refuse("$", "expected an object, found \(value.kindName)", "verwacht een object, gevonden: \(value.kindName)") }
        for (k, _) in members where !fields.contains(k) {
            throw refuse("$." + k, "no such field (allowed: \(fields.joined(separator: ", ")))", "onbekend veld (toegestaan: \(fields.joined(separator: ", ")))")
        }
        guard value["schema"] == .string(schema) else {
            throw refuse("$.schema", "expected \"\(schema)\"", "verwacht \"\(schema)\"")
        }
        guard case .string(let profile)? = value["profile"], !profile.isEmpty else {
            throw refuse("$.profile", "expected a profile id (a non-empty string)", "verwacht een profiel-id (een niet-lege tekst)")
        }
        var reference: String?
        switch value["reference"] {
        case nil, .null?: reference = nil
        case .string(let r)?:
            if r.count > RegisterLimits.maxClientReference {
                throw refuse("$.reference", "\(r.count) characters; at most \(RegisterLimits.maxClientReference) are allowed",
                             "\(r.count) tekens; hoogstens \(RegisterLimits.maxClientReference) zijn toegestaan")
            }
            reference = r
        default: throw refuse("$.reference", "expected a string or null", "verwacht een tekst of null")
        }
        var status = CaseStatus.open
        switch value["status"] {
        case nil: break
        case .string(let s)? where CaseStatus(rawValue: s) != nil: status = CaseStatus(rawValue: s)!
        default: throw refuse("$.status", "expected \"open\" or \"closed\"", "verwacht \"open\" of \"closed\"")
        }
        for k in ["id", "version"] {
            if let v = value[k], case .number(let d) = v, d >= 1, d == d.rounded() { continue }
            if value[k] != nil { throw refuse("$." + k, "expected a positive whole number", "verwacht een positief geheel getal") }
        }
        guard let facts = value["facts"], case .object = facts else {
            throw refuse("$.facts", "expected the case's facts (a waarborg.case/1 object)", "verwacht de feiten van de zaak (een waarborg.case/1-object)")
        }
        var w = JSONWriter(pretty: true)
        w.value(facts)
        w.newlineAtEnd()
        return ImportedCase(line: n, new: NewCase(facts: w.bytes, clientReference: reference, profileID: profile), status: status)
    }
}

extension ImportedCase {
    /// Every case of an import checked and assessed before any store opens a transaction, so a bad
    /// line at the end of a long file costs no write lock and both stores refuse it with the same
    /// line and field.
    static func assessAll(_ cases: [ImportedCase], with assessing: CaseAssessing) throws(RegisterError) -> [(ImportedCase, AssessedFacts)] {
        if cases.count > RegisterLimits.maxImportLines { throw .importTooLarge(lines: cases.count, bytes: 0) }
        var assessed: [(ImportedCase, AssessedFacts)] = []
        assessed.reserveCapacity(cases.count)
        for c in cases {
            do throws(RegisterError) {
                try RegisterLimits.check(clientReference: c.new.clientReference)
                assessed.append((c, try assessing.assess(c.new.facts, profileID: c.new.profileID)))
            } catch {
                let reason = LocalizedText(en: error.message(.en), nl: error.message(.nl))
                switch error {
                case .invalidFacts(let e): throw .importFacts(line: c.line, e)
                case .factsTooLarge: throw .importLine(line: c.line, field: "$.facts", reason: reason)
                case .unknownProfile: throw .importLine(line: c.line, field: "$.profile", reason: reason)
                case .clientReferenceTooLong: throw .importLine(line: c.line, field: "$.reference", reason: reason)
                default: throw error
                }
            }
        }
        return assessed
    }
}
