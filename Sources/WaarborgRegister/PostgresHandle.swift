import Dispatch
import Foundation
import Logging
import PostgresNIO

/// The PostgreSQL store's connection pool and the bridge from the synchronous `CaseStore` calls
/// to PostgresNIO's async API.
///
/// Each call runs as a task on `DedicatedExecutor` and its caller waits on a semaphore. The caller
/// must not be an NIO event-loop thread (the server calls the store from Dispatch, see
/// `Blocking` in WaarborgServer): a waiting event loop could not serve the very socket it waits for.
final class PostgresHandle: Sendable {
    let location: PostgresLocation
    let client: PostgresClient
    private let running: Task<Void, Never>
    private let closed = LockedFlag()
    /// Longest wait for one call, so that a lost server gives an error instead of a hung command.
    static let callTimeout: Duration = .seconds(30)
    /// The pool's own messages (reconnects) are not shown: every failure a caller sees comes back
    /// as a `RegisterError`.
    static let quiet = Logger(label: "waarborg.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    /// Connects once first, outside the pool: the pool retries a refused connection for ever, so a
    /// wrong password or database would otherwise only show as a timeout.
    init(_ location: PostgresLocation) throws(RegisterError) {
        self.location = location
        let probe = try Self.connectionConfiguration(location)
        try Self.wait(location) {
            let connection = try await PostgresConnection.connect(
                on: PostgresClient.defaultEventLoopGroup.next(), configuration: probe, id: 0, logger: Self.quiet).get()
            try await connection.close()
        }
        var config = PostgresClient.Configuration(host: location.host, port: location.port, username: location.user,
                                                  password: location.password, database: location.database,
                                                  tls: Self.clientTLS(location.tls))
        config.options.maximumConnections = 10
        config.options.connectTimeout = .seconds(10)
        let client = PostgresClient(configuration: config, backgroundLogger: Self.quiet)
        self.client = client
        running = Task(executorPreference: DedicatedExecutor.shared) { await client.run() }
    }

    deinit { close() }

    /// Ends the pool: its connections are closed and `run()` returns. Later calls fail.
    ///
    /// Waits (up to 5 seconds) for the connections to close only on a thread outside Swift's
    /// concurrency, such as the CLI's main thread or the server's Dispatch threads; inside a task
    /// the ending of `run()` may need the cooperative threads that blocked callers hold, so there
    /// it is only started.
    func close() {
        guard closed.set() else { return }
        running.cancel()
        if withUnsafeCurrentTask(body: { $0 != nil }) { return }
        let done = DispatchSemaphore(value: 0)
        let running = running
        Task(executorPreference: DedicatedExecutor.shared) {
            await running.value
            done.signal()
        }
        _ = done.wait(timeout: .now() + 5)
    }

    /// Runs `body` with the pool and waits for it.
    func run<T: Sendable>(_ body: @escaping @Sendable (PostgresClient) async throws -> T) throws(RegisterError) -> T {
        if closed.value { throw .database("the PostgreSQL register has been closed") }
        let client = client
        return try Self.wait(location) { try await body(client) }
    }

    /// Runs one statement of fixed text outside a transaction (CREATE DATABASE refuses one): for
    /// the tests' own databases and their checks of what the server refuses. Never for user data.
    func execute(_ sql: String) throws(RegisterError) {
        _ = try run { client in try await client.query(PostgresQuery(unsafeSQL: sql)).collect().count }
    }

    /// Runs `body` in one transaction: everything it writes is stored, or, if it throws, nothing.
    func transaction<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) throws(RegisterError) -> T {
        try run { client in
            try await client.withTransaction(logger: Self.quiet) { connection in try await body(connection) }
        }
    }

    private static func wait<T: Sendable>(_ location: PostgresLocation, _ body: @escaping @Sendable () async throws -> T) throws(RegisterError) -> T {
        precondition(MultiThreadedEventLoopGroup.currentEventLoop == nil,
                     "the PostgreSQL register was called on an NIO event loop; call it from a Dispatch queue or thread")
        let result = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        let task = Task(executorPreference: DedicatedExecutor.shared) {
            do {
                result.set(.success(try await body()))
            } catch {
                result.set(.failure(PostgresErrors.map(error, location)))
            }
            done.signal()
        }
        // The limit is kept by the waiting thread, not by a racing timer task: it then holds even
        // when every thread that could run such a timer is busy or blocked.
        if done.wait(timeout: .now() + .seconds(Int(callTimeout.components.seconds))) == .timedOut {
            task.cancel()
            throw PostgresErrors.map(PostgresErrors.Timeout(), location)
        }
        return try result.get().get()
    }

    // MARK: configuration

    /// libpq's meaning of sslmode: only verify-full checks the certificate, so a server with a
    /// self-signed certificate (Debian's default cluster) works with prefer and require.
    private static func tlsConfiguration(_ mode: PostgresLocation.TLSMode) -> TLSConfiguration {
        var tls = TLSConfiguration.makeClientConfiguration()
        if mode != .verifyFull { tls.certificateVerification = .none }
        return tls
    }

    private static func clientTLS(_ mode: PostgresLocation.TLSMode) -> PostgresClient.Configuration.TLS {
        switch mode {
        case .disable: .disable
        case .prefer: .prefer(tlsConfiguration(mode))
        case .require, .verifyFull: .require(tlsConfiguration(mode))
        }
    }

    private static func connectionConfiguration(_ l: PostgresLocation) throws(RegisterError) -> PostgresConnection.Configuration {
        let tls: PostgresConnection.Configuration.TLS
        do {
            switch l.tls {
            case .disable: tls = .disable
            case .prefer: tls = try .prefer(NIOSSLContext(configuration: tlsConfiguration(l.tls)))
            case .require, .verifyFull: tls = try .require(NIOSSLContext(configuration: tlsConfiguration(l.tls)))
            }
        } catch {
            // Never fall back to an unencrypted connection the URL did not ask for.
            throw .database("TLS could not be set up for sslmode=\(l.tls.rawValue): \(error)")
        }
        var config = PostgresConnection.Configuration(host: l.host, port: l.port, username: l.user, password: l.password,
                                                      database: l.database, tls: tls)
        config.options.connectTimeout = .seconds(10)
        return config
    }
}

/// A result handed from the task to the waiting thread; the semaphore orders the two accesses, the
/// lock makes that visible to the checker too.
private final class ResultBox<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Result<T, RegisterError>?
    func set(_ r: Result<T, RegisterError>) { lock.lock(); value = r; lock.unlock() }
    func get() -> Result<T, RegisterError> {
        lock.lock(); defer { lock.unlock() }
        return value ?? .failure(.database("the PostgreSQL call ended without an answer"))
    }
}

/// Set once, read from any thread.
private final class LockedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var isSet = false
    /// True for the caller that set it.
    func set() -> Bool { lock.lock(); defer { lock.unlock() }; if isSet { return false }; isSet = true; return true }
    var value: Bool { lock.lock(); defer { lock.unlock() }; return isSet }
}
