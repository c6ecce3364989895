import Foundation
import WaarborgRegister

/// Runs the synchronous `CaseStore`, and the simulations, off Swift's cooperative threads (and so
/// off NIO's event loops): a store call may wait on SQLite's lock or, later, on a PostgreSQL
/// connection, and a waiting event loop would stall every other connection it serves.
enum Blocking {
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws(RegisterError) -> T) async throws(RegisterError) -> T {
        try await result(body).get()
    }

    /// The same, with the outcome as a value, for a caller that handles one error and passes on the rest.
    static func result<T: Sendable>(_ body: @escaping @Sendable () throws(RegisterError) -> T) async -> Result<T, RegisterError> {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                do throws(RegisterError) {
                    continuation.resume(returning: .success(try body()))
                } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
        }
    }

    /// `body` on a thread of its own, its outcome as a value: for work that holds its thread for
    /// seconds, a simulation. On Linux, Swift's cooperative pool and Dispatch's global queues
    /// share one pool of about as many threads as cores, so two simulations on Dispatch's queues
    /// left no thread for any other route's async work (`/health` waited for them). A thread of
    /// its own takes nothing from that pool; the simulation's further workers are Dispatch's, and
    /// `SimulationLimits.threads` leaves room beside them.
    static func onOwnThread<T: Sendable, E: Error>(name: String, _ body: @escaping @Sendable () -> Result<T, E>) async -> Result<T, E> {
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: body()) }
            thread.name = name
            thread.start()
        }
    }
}
