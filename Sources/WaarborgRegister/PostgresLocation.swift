import Foundation
import WaarborgRules

/// A PostgreSQL register's address, read from `postgres://user[:password]@host[:port]/database`
/// (or `postgresql://`), the form `psql` and libpq take, so an operator can paste the URL they
/// already use. Parsed by hand rather than with `URLComponents`, which answers nil for a bad port
/// and so cannot say which part of the URL is wrong.
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    /// How the connection is encrypted, with libpq's `sslmode` names and meaning: `prefer` and
    /// `require` encrypt without checking the certificate (as libpq does), `verify-full` checks it
    /// and the host name.
    public enum TLSMode: String, Sendable, CaseIterable {
        case disable, prefer, require
        case verifyFull = "verify-full"
    }

    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    public var tls: TLSMode

    public init(host: String, port: Int = 5432, user: String, password: String? = nil, database: String, tls: TLSMode = .prefer) {
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.database = database
        self.tls = tls
    }

    /// The URL again, with the password left out: what logs, messages and the server's start line show.
    public var description: String {
        let h = host.contains(":") ? "[\(host)]" : host
        return "postgres://\(Self.encode(user))\(password == nil ? "" : ":***")@\(h):\(port)/\(Self.encode(database))"
            + (tls == .prefer ? "" : "?sslmode=\(tls.rawValue)")
    }

    /// The same place with another database: the tests make one database per test next to the one they are given.
    public func with(database: String) -> PostgresLocation {
        var copy = self
        copy.database = database
        return copy
    }

    /// Reads a URL whose scheme the caller has checked.
    static func parse(_ text: String) throws(RegisterError) -> PostgresLocation {
        func refuse(_ en: String, _ nl: String) -> RegisterError { .invalidURL(redacted(text), reason: LocalizedText(en: en, nl: nl)) }
        guard let schemeEnd = text.range(of: "://") else {
            throw refuse("expected postgres://user@host/database", "verwacht postgres://gebruiker@host/database")
        }
        var rest = String(text[schemeEnd.upperBound...])
        var options = ""
        if let q = rest.firstIndex(of: "?") {
            options = String(rest[rest.index(after: q)...])
            rest = String(rest[..<q])
        }
        guard let slash = rest.firstIndex(of: "/") else {
            throw refuse("the database name is missing (postgres://user@host/database)", "de databasenaam ontbreekt (postgres://gebruiker@host/database)")
        }
        let authority = String(rest[..<slash])
        let path = String(rest[rest.index(after: slash)...])
        guard let at = authority.lastIndex(of: "@") else {
            throw refuse("the user name is missing: write it before the host (postgres://user@host/database)",
                         "de gebruikersnaam ontbreekt: zet hem voor de host (postgres://gebruiker@host/database)")
        }
        let userInfo = String(authority[..<at])
        let hostPort = String(authority[authority.index(after: at)...])

        let userPart = userInfo.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard let user = userPart[0].removingPercentEncoding, !user.isEmpty else {
            throw refuse("the user name is empty or badly percent-encoded", "de gebruikersnaam is leeg of verkeerd gecodeerd (%)")
        }
        var password: String?
        if userPart.count == 2 {
            guard let p = userPart[1].removingPercentEncoding else {
                throw refuse("the password is badly percent-encoded (write @ as %40, : as %3A, / as %2F)",
                             "het wachtwoord is verkeerd gecodeerd (schrijf @ als %40, : als %3A, / als %2F)")
            }
            password = p
        }

        var host = hostPort
        var portText: String?
        if hostPort.hasPrefix("[") {
            guard let close = hostPort.firstIndex(of: "]") else {
                throw refuse("the IPv6 host has no closing ]", "de IPv6-host mist de sluitende ]")
            }
            host = String(hostPort[hostPort.index(after: hostPort.startIndex)..<close])
            let after = hostPort[hostPort.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { throw refuse("expected :port after the IPv6 host", "verwacht :poort na de IPv6-host") }
                portText = String(after.dropFirst())
            }
        } else if let colon = hostPort.lastIndex(of: ":") {
            host = String(hostPort[..<colon])
            portText = String(hostPort[hostPort.index(after: colon)...])
        }
        guard !host.isEmpty else {
            throw refuse("the host is missing (postgres://user@host/database)", "de host ontbreekt (postgres://gebruiker@host/database)")
        }
        var port = 5432
        if let portText {
            guard let p = Int(portText), portText.allSatisfy(\.isASCII), (1...65_535).contains(p) else {
                throw refuse("the port \"\(portText)\" is not a number from 1 to 65535", "de poort \"\(portText)\" is geen getal van 1 tot en met 65535")
            }
            port = p
        }

        guard let database = path.removingPercentEncoding, !database.isEmpty, !database.contains("/") else {
            throw refuse("the database name is missing or contains a /", "de databasenaam ontbreekt of bevat een /")
        }

        var tls = TLSMode.prefer
        for pair in options.split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard kv[0] == "sslmode", kv.count == 2 else {
                throw refuse("unknown option \"\(kv[0])\" (only sslmode is supported)", "onbekende optie \"\(kv[0])\" (alleen sslmode wordt ondersteund)")
            }
            guard let mode = TLSMode(rawValue: String(kv[1])) else {
                let known = TLSMode.allCases.map(\.rawValue).joined(separator: ", ")
                throw refuse("sslmode \"\(kv[1])\" is not one of \(known)", "sslmode \"\(kv[1])\" is niet een van \(known)")
            }
            tls = mode
        }
        return PostgresLocation(host: host, port: port, user: user, password: password, database: database, tls: tls)
    }

    /// The URL text with the password replaced, so that an error about a URL never prints its secret.
    static func redacted(_ text: String) -> String {
        guard let schemeEnd = text.range(of: "://") else { return text }
        let rest = text[schemeEnd.upperBound...]
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
        guard let at = rest[..<authorityEnd].lastIndex(of: "@"),
              let colon = rest[..<at].firstIndex(of: ":") else { return text }
        return String(text[..<rest.index(after: colon)]) + "***" + String(text[at...])
    }

    private static func encode(_ s: String) -> String {
        var allowed = CharacterSet.urlUserAllowed
        allowed.remove(charactersIn: ":@/")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }
}
