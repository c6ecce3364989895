import Dispatch
import Foundation
import LegalCalendar
import WaarborgJSON
import WaarborgRules
import WaarborgSim

/// The chain under each profile, over the replications: monthly series and a summary, each as a
/// mean with its 95 % interval (`waarborg.chain-result/1`).
public struct ChainResult: Sendable {
    public static let schemaID = "waarborg.chain-result/1"

    public struct ProfileRun: Sendable {
        public let profileID: String
        public let profileTitle: LocalizedText
        public let profileDescription: LocalizedText
        public let profileHash: String
        /// `monthly[metric.index][month]`; nil where no replication observed the value.
        public let monthly: [[Estimate?]]
        public let summary: [ChainSummary: Estimate]
        /// Distinct simulated cases the rules decided (the rest came from the route book).
        public let casesDecided: Int

        public func series(_ m: ChainMetric) -> [Estimate?] { monthly[m.index] }
    }

    public let scenarioName: String
    public let scenarioNameNl: String?
    public func scenarioName(_ lang: Language) -> String { lang == .nl ? (scenarioNameNl ?? scenarioName) : scenarioName }
    public let scenarioHash: String
    public let start: CalendarDate
    public let months: Int
    public let replications: Int
    public let seed: UInt64
    public let engineVersion: String
    public let profiles: [ProfileRun]
    public let assumptions: [AssumptionRecord]
    /// The names of every profile the assumptions may mention, run or not: a scenario can state an
    /// assumption for a profile that this run left out, and the reader should see its name, not its id.
    public let profileNames: [String: LocalizedText]
    /// Households and persons simulated, over every profile and replication.
    public let households: Int
    public let persons: Int
    /// Scheduled events handled and decisions taken, over every profile and replication.
    public let events: Int
    public let wallSeconds: Double

    public func profile(_ id: String) -> ProfileRun? { profiles.first { $0.profileID == id } }

    /// The first day of each month of the run.
    public var monthStarts: [CalendarDate] { (0..<months).map { start.adding(months: $0) } }

    /// Runs every replication of every profile, spread over `threads` workers. Each replication
    /// uses the same random streams under every profile, and results are merged in order, so they
    /// do not depend on the number of threads.
    /// `otherProfiles` are the profiles known besides those run (an engine's), for their names only.
    public static func run(_ scenario: Scenario, profiles: [PolicyProfile], data: Datasets, threads: Int = 1,
                           monitor: RunMonitor? = nil, otherProfiles: [PolicyProfile] = []) throws(ChainError) -> ChainResult {
        let started = DispatchTime.now().uptimeNanoseconds
        var table = CountryTable()
        var index: [CountryCode: UInt16] = [:]
        for c in scenario.inflow.nationalities.value.entries.map(\.code) + (scenario.backlog?.nationalities?.value.entries.map(\.code) ?? [])
            + scenario.inflow.priorRegistrationStates.value.map(\.0) {
            index[c] = table.index(c)
        }
        let countryIndex = index
        let books = profiles.map { RouteBook(assessor: Assessor(profile: $0, data: data), countries: table) }
        let n = scenario.replications
        let tasks = profiles.count * n
        let slots = Slots<Result<ReplicationOutcome, ChainError>>(count: tasks)
        let workers = max(1, min(threads, tasks))
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let t = next.take()
                guard t < tasks else { return }
                let (p, r) = (t / n, t % n)
                // Once the run is cancelled, the tasks not yet begun are not begun.
                if monitor?.isCancelled == true { slots[t] = .failure(ChainError("cancelled")); continue }
                monitor?.began(t)
                var rep = ChainReplication(scenario: scenario, book: books[p], profileID: profiles[p].id, replication: r, countryIndex: countryIndex)
                do throws(ChainError) { slots[t] = .success(try rep.run(monitor: monitor, task: t)) } catch { slots[t] = .failure(error) }
                monitor?.finished(t)
            }
        }
        var outcomes: [[ReplicationOutcome]] = Array(repeating: [], count: profiles.count)
        for t in 0..<tasks {
            switch slots[t]! {
            case .success(let o): outcomes[t / n].append(o)
            case .failure(let e): throw e
            }
        }
        var runs: [ProfileRun] = []
        for (p, profile) in profiles.enumerated() {
            let reps = outcomes[p]
            let monthly = ChainMetric.allCases.map { m in
                (0..<scenario.horizonMonths).map { month in Estimate(reps.map { $0.monthly[m.index][month] }) }
            }
            var summary: [ChainSummary: Estimate] = [:]
            for s in ChainSummary.allCases { summary[s] = Estimate(reps.map { $0.summary[s] ?? .nan }) }
            runs.append(ProfileRun(profileID: profile.id, profileTitle: profile.title, profileDescription: profile.description, profileHash: profile.hash, monthly: monthly, summary: summary,
                                   casesDecided: books[p].distinctCases))
        }
        return ChainResult(scenarioName: scenario.name, scenarioNameNl: scenario.nameNl, scenarioHash: "sha256:" + scenario.hash, start: scenario.start, months: scenario.horizonMonths,
                           replications: n, seed: scenario.seed, engineVersion: Assessor.engineVersion, profiles: runs, assumptions: scenario.assumptions,
                           profileNames: Dictionary((otherProfiles + profiles).map { ($0.id, $0.title) }, uniquingKeysWith: { _, run in run }),
                           households: outcomes.joined().reduce(0) { $0 + $1.households },
                           persons: outcomes.joined().reduce(0) { $0 + $1.persons },
                           events: outcomes.joined().reduce(0) { $0 + $1.events },
                           wallSeconds: Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
    }
}

/// Results written by several workers, each to its own slot.
final class Slots<Value: Sendable>: @unchecked Sendable {
    // `values` is only touched while `lock` is held.
    private let lock = NSLock()
    private var values: [Value?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
    subscript(i: Int) -> Value? {
        get { lock.withLock { values[i] } }
        set { lock.withLock { values[i] = newValue } }
    }
}

/// Hands out task numbers to workers.
final class Counter: @unchecked Sendable {
    // `value` is only touched while `lock` is held.
    private let lock = NSLock()
    private var value = 0
    func take() -> Int { lock.withLock { value += 1; return value - 1 } }
}
