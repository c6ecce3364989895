import Crypto

/// What a token may do. Ordered: each role may do what the roles below it may.
public enum Role: String, Sendable, CaseIterable, Comparable {
    /// Reads cases, deadlines and the audit log.
    case reader
    /// Also adds, updates and closes cases.
    case caseworker
    /// Also manages tokens.
    case admin

    private var rank: Int { switch self { case .reader: 0; case .caseworker: 1; case .admin: 2 } }
    public static func < (a: Role, b: Role) -> Bool { a.rank < b.rank }
    public func allows(_ needed: Role) -> Bool { self >= needed }
}

/// A token as `create` returns it: the secret is in `token` and nowhere else, so it is shown once.
public struct IssuedToken: Sendable {
    public let token: String
    public let info: TokenInfo
}

/// A token as the register keeps it: never the secret, only its hash.
public struct TokenInfo: Sendable, Equatable {
    public let name: String
    public let role: Role
    public let createdAt: Timestamp
    public let createdBy: String
    public let revokedAt: Timestamp?
}

/// Who a presented token belongs to.
public struct TokenIdentity: Sendable, Equatable {
    public let name: String
    public let role: Role
}

/// The token format and its hash, shared by every store so a token made by one verifies in another.
public enum TokenSecret {
    public static let prefix = "wbt_"

    /// 32 random bytes from the system's cryptographic generator, as hex after a recognisable prefix
    /// (a secret scanner can spot it in a leaked log).
    public static func generate() -> String {
        var rng = SystemRandomNumberGenerator()
        var s = prefix
        for _ in 0..<32 {
            let b = UInt8.random(in: .min ... .max, using: &rng)
            s += String(b, radix: 16).count == 1 ? "0" + String(b, radix: 16) : String(b, radix: 16)
        }
        return s
    }

    /// What is stored: a SHA-256 of the token. A 256-bit random secret needs no salt or slow hash;
    /// a copy of the database then cannot be used to call the server.
    public static func hash(_ token: String) -> String {
        "sha256:" + SHA256.hash(data: Array(token.utf8)).map { $0 < 16 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }
}
