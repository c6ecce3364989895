import Foundation
import WaarborgChain
import WaarborgSim

/// What one simulation request may ask of the server. The command line runs whatever its user
/// asks for on their own machine; a server shares its cores with every other client, so a
/// request is refused (422) before it starts when it asks for more than these, and stopped when
/// it runs longer than `timeLimit`. The body is bounded as for every route
/// (`ServerLimits.maxBodyBytes`, 1 MiB).
public struct SimulationLimits: Sendable {
    /// Replications of a network. A hundred already give intervals a tenth as wide as ten do;
    /// more mostly buys time on the server. The command line allows `NetworkInput.maxReplications`.
    public static let maxNetworkReplications = 1_000
    /// Expected events of a network run, all replications together
    /// (`NetworkAnalysis.expectedEventsPerReplication`): the engine handles a few million events a
    /// second on one core in a release build, so this is about 20 to 30 seconds on one core. It is
    /// what bounds a network's horizon and population, whose units the network chooses itself.
    public static let maxNetworkEvents = 1e8
    /// Replications of a chain run, per profile (the command line allows `Scenario.maxReplications`).
    public static let maxChainReplications = 100
    /// Ten years: a policy question looks a few years ahead (the shipped scenario: five); the
    /// scenario format allows `Scenario.maxHorizonMonths`.
    public static let maxChainHorizonMonths = 120
    /// People simulated in a chain run: `Scenario.peoplePerReplication` times the replications
    /// times the profiles. The chain simulates about half a million persons a second on one core
    /// (release build, docs/benchmarks.md), family members who follow included (about half as
    /// many again), so this is about 15 seconds on one core, within `defaultTimeLimit`. The shipped
    /// `nl-2026` is about 180,000 people a replication: under three profiles 5 replications fit,
    /// its own 20 do not (use the command line for those).
    public static let maxChainPeople = 5e6
    /// Wall-clock time one simulation may run: under the 60 seconds after which a reverse proxy
    /// (nginx's `proxy_read_timeout`) gives up on a request, with room to spare.
    public static let defaultTimeLimit = 30.0
    /// Wall-clock time of a run started from the web page. It is a background job the page
    /// follows, not a request a proxy waits on, so it may run longer than `defaultTimeLimit`;
    /// still bounded, since it holds one of the `concurrentRuns` slots while it goes.
    public static let defaultWebTimeLimit = 600.0
    /// Simulations running at once; a further one is answered 503 with `Retry-After`. Each takes
    /// its share of the cores, so together they never use more threads than the machine has.
    public static let defaultConcurrentRuns = 2
    /// What `Retry-After` tells a client refused because every slot is taken: a typical run ends
    /// within seconds.
    public static let retryAfterSeconds = 10

    public var networkReplications = maxNetworkReplications
    public var networkEvents = maxNetworkEvents
    public var chainReplications = maxChainReplications
    public var chainHorizonMonths = maxChainHorizonMonths
    public var chainPeople = maxChainPeople
    /// Seconds; the run is cancelled after it and the client gets a 422 naming the limit.
    public var timeLimit = defaultTimeLimit
    /// Seconds a web page's run may take (`defaultWebTimeLimit`).
    public var webTimeLimit = defaultWebTimeLimit
    public var concurrentRuns = defaultConcurrentRuns
    /// Worker threads of one run: the cores shared among the runs that may go at once (at least
    /// one). The first is the run's own thread (`Blocking.onOwnThread`), the others Dispatch's, so
    /// the runs together leave Dispatch's pool, which Swift's async routes share on Linux, at least
    /// `concurrentRuns` threads.
    public var threads: Int

    public init() {
        threads = max(1, ProcessInfo.processInfo.activeProcessorCount / Self.defaultConcurrentRuns)
    }

    public static let standard = SimulationLimits()

    /// Refuses a network run over the server's bounds; `fromQuery` says whether the replications
    /// came from the query (`replications`) or the document (`$.replications`).
    func check(_ spec: NetworkSpec, replicationsFromQuery fromQuery: Bool) throws(Problem) {
        if spec.replications > networkReplications {
            throw Problem.tooLarge(fromQuery ? "replications" : "$.replications",
                                   "\(spec.replications) replications, more than this server runs (at most \(networkReplications))")
        }
        do { try NetworkAnalysis(spec).checkWorkload(limit: networkEvents) } catch {
            throw Problem.tooLarge(error.path, error.message + " (this server's limit; the command line allows more)")
        }
    }

    /// Refuses a chain run over the server's bounds.
    func check(_ scenario: Scenario, profiles: Int, replicationsFromQuery fromQuery: Bool) throws(Problem) {
        if scenario.replications > chainReplications {
            throw Problem.tooLarge(fromQuery ? "replications" : "$.replications",
                                   "\(scenario.replications) replications, more than this server runs (at most \(chainReplications))")
        }
        if scenario.horizonMonths > chainHorizonMonths {
            throw Problem.tooLarge("$.horizonMonths", "\(scenario.horizonMonths) months, longer than this server runs (at most \(chainHorizonMonths))")
        }
        let people = scenario.peoplePerReplication * Double(scenario.replications * profiles)
        if people > chainPeople {
            throw Problem.tooLarge("$.inflow.applicationsPerMonth",
                                   "about \(Int(scenario.peoplePerReplication.rounded())) people a replication x \(scenario.replications) replications x "
                                       + "\(profiles) profile\(profiles == 1 ? "" : "s") is about \(Int(people.rounded())) people, more than this server "
                                       + "simulates in one request (at most \(Int(chainPeople))); use fewer replications or profiles, or the command line")
        }
    }
}

extension Problem {
    /// A simulation larger than the server runs: valid input, refused for its size.
    static func tooLarge(_ field: String, _ detail: String) -> Problem {
        Problem(.unprocessableContent, code: "simulation-too-large", title: "Simulation too large", detail: detail, field: field)
    }

    /// The run was stopped at the time limit.
    static func timeLimit(_ seconds: Double) -> Problem {
        Problem(.unprocessableContent, code: "simulation-time-limit", title: "Simulation time limit",
                detail: "the simulation did not finish within \(Self.seconds(seconds)), this server's time limit per simulation, and was stopped; "
                    + "use fewer replications, a shorter horizon or a smaller population, or the command line")
    }

    /// Every simulation slot is taken.
    static func busy(_ running: Int, retryAfter: Int) -> Problem {
        var p = Problem(.serviceUnavailable, code: "simulations-busy", title: "Service unavailable",
                        detail: "\(running) simulation\(running == 1 ? " is" : "s are") running, as many as this server runs at once; try again in \(retryAfter) seconds")
        p.headers[.retryAfter] = String(retryAfter)
        return p
    }

    static func seconds(_ s: Double) -> String {
        s >= 1 && s == s.rounded() ? "\(Int(s)) s" : "\(s) s"
    }
}
