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
    /// A backup or restore would replace an existing file.
    case wouldOverwrite(String)
    /// The file given to back up or restore cannot be one.
    case backupSource(String, reason: BackupProblem)
    /// Backups of this kind of store are made with the database's own tools.
    case backupNotSupported(scheme: String)
    /// A line of a JSON Lines import is not a case export: the line, the field, why.
    case importLine(line: Int, field: String, reason: LocalizedText)
    /// The facts on a line of an import are not a valid case.
    case importFacts(line: Int, CaseInputError)
    /// An import larger than `RegisterLimits.maxImportBytes` or `maxImportLines`.
    case importTooLarge(lines: Int, bytes: Int)

    /// Why a file cannot be restored (or backed up).
    public enum BackupProblem: Sendable, Equatable {
        case missing, notARegister
        case damaged(String)
        case unknownMigrations([String])
    }

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
        case .wouldOverwrite(let p):
            return nl ? "\(p) bestaat al: kies een nieuwe bestandsnaam, of voeg --force toe om het te overschrijven"
                      : "\(p) exists already: choose a new file name, or add --force to overwrite it"
        case .backupSource(let p, let why):
            switch why {
            case .missing: return nl ? "\(p) bestaat niet" : "\(p) does not exist"
            case .notARegister: return nl ? "\(p) is geen Waarborg-register" : "\(p) is not a Waarborg register"
            case .damaged(let m): return nl ? "\(p) is beschadigd (SQLite: \(m))" : "\(p) is damaged (SQLite: \(m))"
            case .unknownMigrations(let m):
                return nl ? "\(p) komt van een nieuwere Waarborg (onbekende migraties: \(m.joined(separator: ", "))): herstel het met die versie"
                          : "\(p) comes from a newer Waarborg (unknown migrations: \(m.joined(separator: ", "))): restore it with that version"
            }
        case .backupNotSupported(let s):
            return nl ? "\(s)-registers worden met de eigen gereedschappen van de database bewaard en hersteld: pg_dump en pg_restore"
                      : "\(s) registers are backed up and restored with the database's own tools: pg_dump and pg_restore"
        case .importLine(let line, let field, let why):
            return nl ? "regel \(line), \(field): \(why.nl); niets geïmporteerd" : "line \(line), \(field): \(why.en); nothing imported"
        case .importFacts(let line, let e):
            let t = RegisterError.invalidFacts(e).message(lang)
            return nl ? "regel \(line), feiten: \(t); niets geïmporteerd" : "line \(line), facts: \(t); nothing imported"
        case .importTooLarge(let lines, let bytes):
            return nl ? "de import heeft \(lines) regels en \(bytes) bytes; hoogstens \(RegisterLimits.maxImportLines) regels en \(RegisterLimits.maxImportBytes) bytes (16 MiB) zijn toegestaan; splits het bestand"
                      : "the import has \(lines) lines and \(bytes) bytes; at most \(RegisterLimits.maxImportLines) lines and \(RegisterLimits.maxImportBytes) bytes (16 MiB) are allowed; split the file"
        }
    }
}
