import Foundation
import WaarborgRegister

/// Runs the synchronous `CaseStore` (and the simulations) off Swift's cooperative threads (and so off NIO's event
/// loops): a store call may wait on SQLite's lock or, later, on a PostgreSQL connection, and a
/// waiting event loop would stall every other connection it serves.
enum Blocking {
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws(RegisterError) -> T) async throws(RegisterError) -> T {
        try await result { () -> Result<T, RegisterError> in
            do throws(RegisterError) { return .success(try body()) } catch { return .failure(error) }
        }.get()
    }

    /// `body` on a Dispatch global queue, its outcome as a value: for any blocking work, a
    /// simulation's worker threads included (they are Dispatch's, never the cooperative pool's).
    static func result<T: Sendable, E: Error>(_ body: @escaping @Sendable () -> Result<T, E>) async -> Result<T, E> {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: body()) }
        }
    }
}
