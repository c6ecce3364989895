import PostgresNIO

/// PostgresNIO's errors as `RegisterError`s a user can act on. The server's SQLSTATE decides the
/// words; the statement is never shown (PSQLError carries it, and it must not reach a caller),
/// and the server's own message only where it speaks of the connection, the login or the
/// database, never of SQL.
enum PostgresErrors {
    /// The call took longer than `PostgresHandle.callTimeout`.
    struct Timeout: Error {}

    static func map(_ error: any Error, _ l: PostgresLocation) -> RegisterError {
        let place = "\(l.host):\(l.port)"
        switch error {
        case let e as RegisterError:
            return e
        case let e as PostgresTransactionError:
            // The closure's own error is what went wrong; BEGIN, COMMIT and ROLLBACK failures are
            // the connection's.
            if let inner = e.closureError ?? e.commitError ?? e.beginError { return map(inner, l) }
            return .database("the transaction failed and nothing was stored")
        case is Timeout:
            return .database("the PostgreSQL server at \(place) did not answer within \(PostgresHandle.callTimeout.components.seconds) seconds")
        case let e as PSQLError:
            return psql(e, l, place)
        case let e as PostgresDecodingError:
            return .database("the register's column \"\(e.columnName)\" does not hold what this version of Waarborg expects; is the database a Waarborg register?")
        case is CancellationError:
            return .database("the PostgreSQL call was cancelled")
        default:
            return .database("PostgreSQL: \(String(describing: type(of: error)))")
        }
    }

    private static func psql(_ e: PSQLError, _ l: PostgresLocation, _ place: String) -> RegisterError {
        switch e.code {
        case .server:
            let state = e.serverInfo?[.sqlState] ?? ""
            let message = e.serverInfo?[.message] ?? ""
            switch state {
            case "28P01", "28000":
                return .database("the PostgreSQL server at \(place) refused user \"\(l.user)\": \(message)")
            case "3D000":
                return .database("the PostgreSQL server at \(place) has no database \"\(l.database)\" (create it first: createdb -O \(l.user) \(l.database))")
            case "42501":
                return .database("user \"\(l.user)\" may not do this in database \"\(l.database)\" (\(message)); see docs/operations.md for the grants")
            case "P0001":
                // Our own triggers' RAISE: their words are meant for the user.
                return .database(message)
            case "40001", "40P01":
                return .database("a concurrent change got in the way; nothing was stored, try again")
            case "23505":
                return .database("the register already holds this value (\(e.serverInfo?[.constraintName] ?? "a unique constraint"))")
            case _ where state.hasPrefix("08") || state.hasPrefix("53") || state.hasPrefix("57"):
                return .database("the PostgreSQL server at \(place): \(message)")
            default:
                return .database("the PostgreSQL server refused the operation (SQLSTATE \(state))")
            }
        case .connectionError:
            return .database("cannot connect to the PostgreSQL server at \(place): \(reason(e.underlying))")
        case .sslUnsupported:
            return .database("the PostgreSQL server at \(place) does not offer TLS, and the URL asks for sslmode=\(l.tls.rawValue)")
        case .authMechanismRequiresPassword:
            return .database("the PostgreSQL server at \(place) asks user \"\(l.user)\" for a password: put it in the URL (postgres://user:password@host/database)")
        case .unsupportedAuthMechanism, .saslError:
            return .database("the PostgreSQL server at \(place) asks for a login method Waarborg cannot use (use scram-sha-256 or md5 in pg_hba.conf)")
        case .serverClosedConnection, .clientClosedConnection, .uncleanShutdown, .poolClosed:
            return .database("the connection to the PostgreSQL server at \(place) was closed")
        case .queryCancelled:
            return .database("the PostgreSQL call was cancelled")
        case .failedToAddSSLHandler:
            return .database("TLS to the PostgreSQL server at \(place) could not be set up")
        default:
            return .database("the PostgreSQL connection to \(place) failed (\(e.code))")
        }
    }

    /// NIO's connection error in a few plain words: its own description is a nested dump.
    private static func reason(_ underlying: (any Error)?) -> String {
        let text = underlying.map { String(describing: $0) } ?? ""
        let known: [(String, String)] = [
            ("Connection refused", "connection refused (is the server running, and listening on that address and port?)"),
            ("timed out", "no answer in time (a firewall, or the wrong host?)"),
            ("imeout", "no answer in time (a firewall, or the wrong host?)"),
            ("No route to host", "no route to the host"),
            ("Network is unreachable", "the network is unreachable"),
            ("resolve", "the host name is not known"),
            ("not known", "the host name is not known"),
            ("Connection reset", "the connection was reset"),
        ]
        for (needle, words) in known where text.contains(needle) { return words }
        return "no connection could be made"
    }
}
