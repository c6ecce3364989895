import WaarborgRules

/// Why the register refused or failed an operation. Every case names the field, the case or the
/// token concerned, so a caseworker can act on the message without reading the code; the words
/// exist in English and Dutch because the CLI speaks both.
public enum RegisterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The facts are not a valid `waarborg.case/1` document: the decoder's own error, unchanged.
    case invalidFacts(CaseInputError)
    case factsTooLarge(bytes: Int)
    case clientReferenceTooLong(characters: Int)
    /// A token name or an actor longer than `RegisterLimits.maxName`.
    case nameTooLong(field: String, characters: Int)
    case pageTooLarge(limit: Int)
    case negativeValue(field: String, value: Int)
    case unknownProfile(String, known: [String])
    case caseNotFound(CaseID)
    case alreadyInStatus(CaseID, CaseStatus)
    case caseClosed(CaseID)
    case factsUnchanged(CaseID, version: Int)
    case emptyName(field: String)
    case tokenNameTaken(String)
    case tokenNotFound(String)
    case invalidURL(String, reason: LocalizedText)
    /// The database itself failed (a locked or unreadable file, a broken schema, an unreachable or
    /// refusing PostgreSQL server), in words without SQL.
    case database(String)

    public var description: String { message(.en) }

    public func message(_ lang: Language) -> String {
        let nl = lang == .nl
        switch self {
        case .invalidFacts(let e):
            // The decoder's words without their "error: " lead: the caller adds its own.
            let t = InputErrorWords.text(e, lang)
            for lead in ["error: ", "fout: "] where t.hasPrefix(lead) { return String(t.dropFirst(lead.count)) }
            return t
        case .factsTooLarge(let n):
            return nl ? "de feiten zijn \(n) bytes; het register neemt er hoogstens \(RegisterLimits.maxFactsBytes) (1 MiB) aan"
                      : "the facts are \(n) bytes; the register takes at most \(RegisterLimits.maxFactsBytes) (1 MiB)"
        case .clientReferenceTooLong(let n):
            return nl ? "de cliëntreferentie heeft \(n) tekens; hoogstens \(RegisterLimits.maxClientReference) zijn toegestaan"
                      : "the client reference has \(n) characters; at most \(RegisterLimits.maxClientReference) are allowed"
        case .nameTooLong(let f, let n):
            return nl ? "\(f) heeft \(n) tekens; hoogstens \(RegisterLimits.maxName) zijn toegestaan"
                      : "\(f) has \(n) characters; at most \(RegisterLimits.maxName) are allowed"
        case .pageTooLarge(let n):
            return nl ? "paginagrootte \(n): kies 1 tot en met \(RegisterLimits.maxPageSize)"
                      : "page size \(n): choose 1 to \(RegisterLimits.maxPageSize)"
        case .negativeValue(let f, let v):
            return nl ? "\(f) mag niet negatief zijn (gevonden: \(v))" : "\(f) cannot be negative (found \(v))"
        case .unknownProfile(let p, let known):
            return nl ? "onbekend profiel \"\(p)\" (bekend: \(known.joined(separator: ", ")))"
                      : "unknown profile \"\(p)\" (known: \(known.joined(separator: ", ")))"
        case .caseNotFound(let id):
            return nl ? "zaak \(id) staat niet in het register" : "case \(id) is not in the register"
        case .alreadyInStatus(let id, let s):
            return nl ? "zaak \(id) is al \(s == .open ? "open" : "gesloten")" : "case \(id) is already \(s == .open ? "open" : "closed")"
        case .caseClosed(let id):
            return nl ? "zaak \(id) is gesloten: heropen haar eerst" : "case \(id) is closed: reopen it first"
        case .factsUnchanged(let id, let v):
            return nl ? "de feiten zijn gelijk aan versie \(v) van zaak \(id): niets opgeslagen"
                      : "the facts are the same as version \(v) of case \(id): nothing stored"
        case .emptyName(let f):
            return nl ? "\(f) mag niet leeg zijn" : "\(f) cannot be empty"
        case .tokenNameTaken(let n):
            return nl ? "er is al een geldig token met de naam \"\(n)\" (trek het eerst in of kies een andere naam)"
                      : "a valid token named \"\(n)\" exists already (revoke it first or choose another name)"
        case .tokenNotFound(let n):
            return nl ? "geen geldig token met de naam \"\(n)\"" : "no valid token named \"\(n)\""
        case .invalidURL(let u, let why):
            return nl ? "databaseadres \"\(u)\": \(why.nl)" : "database URL \"\(u)\": \(why.en)"
        case .database(let m):
            return nl ? "databasefout: \(m)" : "database error: \(m)"
        }
    }
}
