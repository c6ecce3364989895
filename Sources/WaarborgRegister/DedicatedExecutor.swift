import Foundation

/// A few threads of the register's own on which the PostgreSQL store's async work runs.
///
/// The `CaseStore` protocol is synchronous, so each PostgreSQL call blocks its caller until the
/// query's task is done. If that task ran on Swift's cooperative pool (two threads on a two-core
/// machine), callers that are themselves on that pool, such as parallel tests, could take every
/// thread and wait for a task that can no longer run. A task that prefers this executor never
/// needs the pool, so a blocked caller cannot starve it.
final class DedicatedExecutor: TaskExecutor, @unchecked Sendable {
    /// One per process: its threads never end, and two are plenty because the work they run only
    /// encodes, decodes and waits (the sockets are NIO's).
    static let shared = DedicatedExecutor(threads: 2, name: "waarborg-postgres")

    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
    private var next = 0

    private init(threads: Int, name: String) {
        for i in 0..<threads {
            let thread = Thread { [unowned self] in self.work() }
            thread.name = "\(name)-\(i)"
            thread.start()
        }
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    private func work() {
        while true {
            condition.lock()
            while next == jobs.count { condition.wait() }
            let job = jobs[next]
            next += 1
            // Compact now and then, so the queue does not grow for ever.
            if next == jobs.count { jobs.removeAll(keepingCapacity: true); next = 0 }
            condition.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}
