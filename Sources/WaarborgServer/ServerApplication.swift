import Hummingbird
import Logging
import WaarborgRegister
import WaarborgRules

/// Builds the server from an engine and a register, so the CLI and the tests run the same thing.
public enum WaarborgServer {
    /// The router with every route and middleware: request id outermost (so even an error carries
    /// it), then metrics (so they count the status the client gets), then problem details, then, on
    /// the register's routes only, the bearer-token check. `metrics` is this server's own registry.
    public static func router(engine: Engine, store: any CaseStore, metrics: ServerMetrics = ServerMetrics(),
                              simulationLimits: SimulationLimits = .standard) -> Router<ServerContext> {
        // One set of simulation slots for the API and the web page, so together they never run more.
        let gate = SimulationGate(simulationLimits.concurrentRuns)
        let router = Router(context: ServerContext.self)
        router.add(middleware: RequestIDMiddleware())
        router.add(middleware: MetricsMiddleware(metrics: metrics))
        router.add(middleware: ProblemMiddleware())
        MetricsRoute.add(to: router, metrics: metrics, store: store)
        HealthRoutes.add(to: router, engine: engine)
        WebRoutes.add(to: router, engine: engine, store: store, limits: simulationLimits, gate: gate)
        OpenAPIDocument.add(to: router)
        AssessRoutes.add(to: router, engine: engine)
        ProfileRoutes.add(to: router, engine: engine)
        SimulationRoutes.add(to: router, engine: engine, limits: simulationLimits, gate: gate)
        let register = router.group().add(middleware: AuthMiddleware(store: store))
        CaseTransferRoutes.add(to: register, store: store)
        CaseRoutes.add(to: register, store: store)
        DeadlineRoutes.add(to: register, store: store)
        return router
    }

    /// Whether a route belongs to the JSON API (documented in /openapi.json) rather than the web pages.
    public static func isAPIPath(_ path: String) -> Bool {
        path.hasPrefix("/v1/") || ["/health", "/metrics", "/openapi.json"].contains(path)
    }

    /// The application, listening on `host:port` (port 0: any free port). `onRunning` is called with
    /// the address once the server listens.
    public static func application(
        engine: Engine, store: any CaseStore, host: String = "127.0.0.1", port: Int = 8080,
        logger: Logger? = nil, metrics: ServerMetrics = ServerMetrics(), onRunning: @escaping @Sendable (_ host: String, _ port: Int) async -> Void = { _, _ in }
    ) -> some ApplicationProtocol {
        var log = logger ?? Logger(label: "waarborg.server")
        // LOG_LEVEL (trace … critical), as in Hummingbird: `warning` drops the line per request,
        // which a load test or a fuzzing run would otherwise write thousands of times a second.
        if logger == nil { log.logLevel = Environment().get("LOG_LEVEL").flatMap(Logger.Level.init(rawValue:)) ?? .info }
        return Application(
            router: router(engine: engine, store: store, metrics: metrics),
            server: .http1(configuration: .init(idleTimeout: .init(ServerTimeouts.idle))),
            configuration: .init(address: .hostname(host, port: port), serverName: "Waarborg"),
            onServerRunning: { channel in
                await onRunning(host, channel.localAddress?.port ?? port)
            },
            logger: log
        )
    }
}
