import Foundation
import WaarborgRegister

/// Runs the synchronous `CaseStore` off Swift's cooperative threads (and so off NIO's event
/// loops): a store call may wait on SQLite's lock or, later, on a PostgreSQL connection, and a
/// waiting event loop would stall every other connection it serves.
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
}
