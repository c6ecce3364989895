import Foundation
import Hummingbird
import WaarborgChain
import WaarborgRules
import WaarborgSim

/// The simulations: `POST /v1/simulate/network` (a queueing network, `waarborg.network/1`) and
/// `POST /v1/simulate/chain` (the Dutch asylum chain, `waarborg.scenario/1`). The body is the
/// document `waarborg simulate` reads (JSON or YAML), the query carries the command's options,
/// and the reply is byte for byte what the command writes: the same library calls read the
/// input, run it and write the result. No token: like assess and compare, nothing is stored and
/// nothing about a case is read. Each run is bounded by `SimulationLimits` and runs on a thread
/// of its own (and Dispatch's workers), never on an event loop or Swift's cooperative pool.
public enum SimulationRoutes {
    /// What `format` may ask of a chain run: `result.json`, or `summary.csv` of the command's
    /// output directory.
    enum ChainFormat: String, CaseIterable { case json, csv }

    public static func add(to router: Router<ServerContext>, engine: Engine, limits: SimulationLimits = .standard) {
        add(to: router, engine: engine, limits: limits, gate: SimulationGate(limits.concurrentRuns))
    }

    static func add(to router: Router<ServerContext>, engine: Engine, limits: SimulationLimits, gate: SimulationGate) {

        router.post("/v1/simulate/network") { request, _ -> Response in
            let replications = try HTTP.intQuery(request, "replications")
            let seed = try HTTP.intQuery(request, "seed")
            let spec: NetworkSpec
            do { spec = try NetworkInput.spec(try await HTTP.body(request), replications: replications, seed: seed) } catch let e as NetworkInputError {
                throw Problem(e)
            }
            try limits.check(spec, replicationsFromQuery: replications != nil)
            let run = try await Self.run(limits, gate, replications: spec.replications, horizon: spec.horizon) { monitor, threads throws(SimulationError) in
                try NetworkResult.run(spec, threads: threads, monitor: monitor)
            }
            switch run {
            case .success(let result): return HTTP.response(NetworkInput.document(result))
            // A network that loops at one instant is the client's input, not a server fault.
            case .failure(let e): throw Problem(.unprocessableContent, code: "simulation-failed", title: "Simulation failed", detail: e.description, field: e.path)
            }
        }

        router.post("/v1/simulate/chain") { request, _ -> Response in
            let replications = try HTTP.intQuery(request, "replications")
            let seed = try HTTP.intQuery(request, "seed")
            let format = try HTTP.choice(request, "format", ChainFormat.self) ?? .json
            let scenario: Scenario
            let profiles: [PolicyProfile]
            do {
                scenario = try ChainInput.scenario(try await HTTP.body(request), replications: replications, seed: seed,
                                                   priority: HTTP.query(request, "priority"), solidarity: HTTP.query(request, "solidarity"))
                profiles = try ChainInput.profiles(HTTP.query(request, "profiles"), defaults: AssessRoutes.defaultProfiles(engine),
                                                   scenario: scenario, engine: engine)
            } catch let e as ChainInputError {
                throw Problem(e)
            }
            try limits.check(scenario, profiles: profiles.count, replicationsFromQuery: replications != nil)
            let run = try await Self.run(limits, gate, replications: profiles.count * scenario.replications,
                                         horizon: Double(scenario.horizonDays)) { monitor, threads throws(ChainError) in
                try ChainResult.run(scenario, profiles: profiles, data: engine.data, threads: threads, monitor: monitor,
                                    otherProfiles: Array(engine.profiles.values))
            }
            // A chain run fails only on a fault in the model: a 500, with its detail in the log.
            let result = try run.get()
            switch format {
            case .json: return HTTP.response(ChainResultEncoder.json(result))
            case .csv: return HTTP.response(Array(ChainResultEncoder.summaryCSV(result).utf8), contentType: HTTP.csv)
            }
        }
    }

    /// Runs `body` in one of the gate's slots (503 when none is free), on a thread of its own; its
    /// monitor stops it when `limits.timeLimit` has passed (then 422 naming the limit) or the
    /// request's task is cancelled. The run's own error is returned for the route to map.
    static func run<T: Sendable, E: Error>(
        _ limits: SimulationLimits, _ gate: SimulationGate, replications: Int, horizon: Double,
        _ body: @escaping @Sendable (RunMonitor, Int) throws(E) -> T
    ) async throws -> Result<T, E> {
        guard gate.enter() else { throw Problem.busy(limits.concurrentRuns, retryAfter: SimulationLimits.retryAfterSeconds) }
        defer { gate.leave() }
        let monitor = RunMonitor(replications: replications, horizon: horizon, timeLimit: limits.timeLimit)
        let threads = limits.threads
        let outcome = await withTaskCancellationHandler {
            await Blocking.onOwnThread(name: "waarborg-simulation") { () -> Result<T, E> in
                do throws(E) { return .success(try body(monitor, threads)) } catch { return .failure(error) }
            }
        } onCancel: {
            monitor.cancel()
        }
        // A run that finished as the limit passed keeps its result; one that stopped is the limit's.
        if case .failure = outcome, monitor.isPastTimeLimit { throw Problem.timeLimit(limits.timeLimit) }
        return outcome
    }
}

/// How many simulations may run at once: a slot is taken before a run starts and given back
/// when it ends, so a burst of requests is refused at once (503) rather than piling up threads.
final class SimulationGate: @unchecked Sendable {
    // `running` is only touched while `lock` is held.
    private let lock = NSLock()
    private var running = 0
    let limit: Int

    init(_ limit: Int) { self.limit = limit }

    func enter() -> Bool {
        lock.withLock {
            guard running < limit else { return false }
            running += 1
            return true
        }
    }

    func leave() { lock.withLock { running -= 1 } }
}

extension Problem {
    /// A bad network document (400, its JSON path) or option (400, the query parameter).
    init(_ e: NetworkInputError) {
        switch e {
        case .network(let n): self = .badRequest("invalid-network", e.description, field: n.path)
        case .option(let name, let message): self = .badParameter(name, message)
        }
    }

    /// A bad scenario (400, its JSON path), option (400, the query parameter) or an unknown
    /// profile (404, as `compare` answers it).
    init(_ e: ChainInputError) {
        switch e {
        case .scenario(let s): self = .badRequest("invalid-scenario", e.description, field: s.path)
        case .option(let name, let message): self = .badParameter(name, message)
        case .unknownProfile(let id, let known): self = .unknownProfile(id, known: known, field: "profiles")
        }
    }
}
