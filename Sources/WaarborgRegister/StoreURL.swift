import Foundation
import WaarborgRules

/// Where the register lives, as a URL, so that switching from the embedded file to a team's
/// server is a change of one setting: `sqlite:///abs/path/waarborg.db` or
/// `postgres://user[:password]@host[:port]/db` (`PostgresLocation`).
public enum StoreURL: Sendable, Equatable {
    case sqlite(path: String)
    case postgres(PostgresLocation)

    public init(parsing text: String) throws(RegisterError) {
        if text.hasPrefix("sqlite://") {
            let path = String(text.dropFirst("sqlite://".count))
            guard path.hasPrefix("/") else {
                throw .invalidURL(text, reason: .init(en: "expected an absolute path after sqlite:// (three slashes: sqlite:///home/me/waarborg.db)",
                                                      nl: "verwacht een absoluut pad na sqlite:// (drie schuine strepen: sqlite:///home/ik/waarborg.db)"))
            }
            guard path.count > 1, !path.hasSuffix("/") else {
                throw .invalidURL(text, reason: .init(en: "the path names a directory, not a database file", nl: "het pad noemt een map, geen databasebestand"))
            }
            guard !path.contains("?"), !path.contains("#") else {
                throw .invalidURL(text, reason: .init(en: "options (? or #) are not supported in a sqlite URL", nl: "opties (? of #) worden in een sqlite-adres niet ondersteund"))
            }
            self = .sqlite(path: path.removingPercentEncoding ?? path)
        } else if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            self = .postgres(try PostgresLocation.parse(text))
        } else {
            throw .invalidURL(PostgresLocation.redacted(text), reason: .init(en: "expected sqlite:///path/to/waarborg.db or postgres://user[:password]@host[:port]/database",
                                                  nl: "verwacht sqlite:///pad/naar/waarborg.db of postgres://gebruiker[:wachtwoord]@host[:poort]/database"))
        }
    }

    /// The URL as messages and logs may show it: a PostgreSQL password is left out.
    public var displayed: String {
        switch self {
        case .sqlite(let path): "sqlite://" + path
        case .postgres(let location): location.description
        }
    }

    /// Opens the store the URL names (created and migrated if it is new). A PostgreSQL database
    /// must exist (the operator creates it, with its owner); its tables are created here.
    public func open(engine: Engine) throws(RegisterError) -> any CaseStore {
        switch self {
        case .sqlite(let path): try SQLiteCaseStore(path: path, engine: engine)
        case .postgres(let location): try PostgresCaseStore(location: location, engine: engine)
        }
    }
}
