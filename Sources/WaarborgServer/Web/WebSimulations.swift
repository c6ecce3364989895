import Foundation
import Logging
import WaarborgChain
import WaarborgRules
import WaarborgSim
import WaarborgWeb

/// The simulations started from the web page: each runs on a thread of its own in one of the
/// server's simulation slots (shared with `POST /v1/simulate/chain`), watched by its monitor, and
/// its result is kept in memory for the browser to show and download. Only the session that
/// started a run sees it, and only the last `kept` runs are kept: a result is a few hundred
/// kilobytes, and a server restart forgets them, as it forgets sessions.
actor WebSimulations {
    static let kept = 16

    struct Entry {
        let owner: String
        let title: LocalizedText
        let monitor: RunMonitor
        var state: State
    }

    enum State {
        case running
        case done(ChainResult)
        case stopped
        case failed
    }

    private var runs: [String: Entry] = [:]
    private var order: [String] = []
    let limits: SimulationLimits
    let gate: SimulationGate
    let logger = Logger(label: "waarborg.server.simulation")

    init(limits: SimulationLimits, gate: SimulationGate) {
        self.limits = limits
        self.gate = gate
    }

    /// Starts `form`'s run for `owner`, or nil when every slot is taken.
    func start(_ form: SimulationForm, engine: Engine, owner: String) -> String? {
        guard gate.enter() else { return nil }
        let id = WebSessions.randomID()
        let scenario = form.scenario, profiles = form.profiles
        let monitor = RunMonitor(replications: profiles.count * scenario.replications, horizon: Double(scenario.horizonDays), timeLimit: limits.webTimeLimit)
        runs[id] = Entry(owner: owner, title: form.title, monitor: monitor, state: .running)
        order.append(id)
        evict()
        let threads = limits.threads, gate = self.gate, logger = self.logger
        let data = engine.data, others = Array(engine.profiles.values)
        Task.detached {
            let outcome = await Blocking.onOwnThread(name: "waarborg-web-simulation") { () -> Result<ChainResult, ChainError> in
                do throws(ChainError) { return .success(try ChainResult.run(scenario, profiles: profiles, data: data, threads: threads, monitor: monitor, otherProfiles: others)) } catch {
                    return .failure(error)
                }
            }
            gate.leave()
            let state: State
            switch outcome {
            case .success(let r): state = .done(r)
            case .failure where monitor.isPastTimeLimit: state = .stopped
            case .failure(let e):
                logger.error("web simulation failed", metadata: ["error": "\(e)"])
                state = .failed
            }
            await self.finish(id, state)
        }
        return id
    }

    private func finish(_ id: String, _ state: State) { runs[id]?.state = state }

    /// Forgets the oldest finished runs beyond `kept`; a running one stays until it ends.
    private func evict() {
        while order.count > Self.kept, let k = order.firstIndex(where: { if case .running = runs[$0]?.state { false } else { true } }) {
            runs[order.remove(at: k)] = nil
        }
    }

    /// The run `id` as the page shows it, if `owner` started it.
    func run(_ id: String, owner: String) -> SimulationPage.Run? {
        guard let e = runs[id], WebSessions.same(e.owner, owner) else { return nil }
        let state: SimulationPage.Run.State
        switch e.state {
        case .running: state = .running(e.monitor.snapshot())
        case .done(let r): state = .done(r)
        case .stopped: state = .stopped(timeLimit: limits.webTimeLimit)
        case .failed: state = .failed
        }
        return SimulationPage.Run(id: id, title: e.title, state: state, timeLimit: limits.webTimeLimit)
    }
}
