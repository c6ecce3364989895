/// How long the server waits on a client. Without a bound, a client that opens connections and
/// then sends nothing (or a request's head and then nothing) holds a socket and its buffers for
/// as long as it likes, and enough of them exhaust the file descriptors.
public enum ServerTimeouts {
    /// A connection with no request in progress, or one whose request has stopped arriving, is
    /// closed after this long without a byte. A request that is being handled is never cut off:
    /// the handlers are bounded themselves (a body of at most 1 MiB, SQLite's 5 s busy timeout).
    public static let idle: Duration = .seconds(30)
}
