import Foundation
import WaarborgRegister
import WaarborgWeb

/// The browser sessions, in memory: a random id in an HttpOnly, SameSite=Strict cookie, and for
/// each id the anti-forgery token its forms carry and, once signed in, the token the user signed in
/// with (checked again on every request, so revoking it ends the session). A restart signs
/// everyone out, which is the safe side. Bounded: the oldest sessions go first.
actor WebSessions {
    struct Session: Sendable {
        var csrf: String
        /// The register token this session signed in with; nil for a visitor.
        var token: String?
        var lastSeen: Date
    }

    static let cookieName = "waarborg_session"
    static let maxSessions = 10_000
    /// A session unused for this long is gone.
    static let idleLimit: TimeInterval = 8 * 3600

    private var sessions: [String: Session] = [:]

    static func randomID() -> String {
        var g = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &g)) }.joined()
    }

    /// The session of a cookie's id, or a new visitor's session (with its new id).
    func session(_ id: String?, now: Date = Date()) -> (id: String, session: Session, isNew: Bool) {
        if let id, var s = sessions[id], now.timeIntervalSince(s.lastSeen) < Self.idleLimit {
            s.lastSeen = now
            sessions[id] = s
            return (id, s, false)
        }
        if let id { sessions[id] = nil }
        let s = Session(csrf: Self.randomID(), token: nil, lastSeen: now)
        let newID = Self.randomID()
        store(newID, s)
        return (newID, s, true)
    }

    /// Signs in under a new id (the old one is dropped, so an id seen before sign-in is worthless after).
    func signIn(replacing old: String, token: String) -> (id: String, session: Session) {
        sessions[old] = nil
        let s = Session(csrf: Self.randomID(), token: token, lastSeen: Date())
        let id = Self.randomID()
        store(id, s)
        return (id, s)
    }

    func signOut(_ id: String) { sessions[id] = nil }

    private func store(_ id: String, _ s: Session) {
        if sessions.count >= Self.maxSessions {
            let now = Date()
            sessions = sessions.filter { now.timeIntervalSince($0.value.lastSeen) < Self.idleLimit }
            if sessions.count >= Self.maxSessions, let oldest = sessions.min(by: { $0.value.lastSeen < $1.value.lastSeen })?.key { sessions[oldest] = nil }
        }
        sessions[id] = s
    }

    /// Compares in time independent of where the strings first differ.
    nonisolated static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var d: UInt8 = 0
        for i in 0..<x.count { d |= x[i] ^ y[i] }
        return d == 0
    }
}
