import Foundation
import Hummingbird
import WaarborgChain
import WaarborgRules
import WaarborgWeb

/// The simulation pages: the form, a run's progress (a page, and the JSON the page's script
/// polls), its result and its downloads. No sign-in: like assess, a run reads no case.
extension WebRoutes {
    var simulationBounds: SimulationForm.Bounds {
        let l = simulations.limits
        return .init(replications: l.chainReplications, months: l.chainHorizonMonths, people: l.chainPeople, seconds: l.webTimeLimit)
    }

    func simulationForm(_ v: Visit, values: FormData? = nil, errors: [SimulationForm.Field: String] = [:], general: String? = nil,
                        status: HTTPResponse.Status = .ok) -> Outcome {
        let body = SimulationPage.form(v.ctx, shipped: ShippedScenarios.all, profiles: v.profiles, defaults: AssessRoutes.defaultProfiles(engine),
                                       values: values, errors: errors, general: general, bounds: simulationBounds)
        return .html(v.layout(v.w.t("Simulation", "Simulatie"), .simulation, body), status: status)
    }

    func startSimulation(_ v: Visit) async -> Outcome {
        let w = v.w
        switch SimulationForm.read(v.form, engine: engine, shipped: ShippedScenarios.all, defaults: AssessRoutes.defaultProfiles(engine),
                                   bounds: simulationBounds, words: w) {
        case .failure(let refusal):
            return simulationForm(v, values: v.form, errors: refusal.errors, status: .unprocessableContent)
        case .success(let form):
            guard let id = await simulations.start(form, engine: engine, owner: v.sessionID) else {
                let n = simulations.gate.limit
                return simulationForm(v, values: v.form, general: w.t(
                    "\(n) simulations are already running on this server, the most it runs at once. Try again in a few seconds.",
                    "Er lopen al \(n) simulaties op deze server, het maximum tegelijk. Probeer het over enkele seconden opnieuw."), status: .serviceUnavailable)
            }
            return .redirect("/simulation/runs/" + id)
        }
    }

    func simulationRun(_ v: Visit, _ c: ServerContext) async throws -> SimulationPage.Run {
        guard let id = c.parameters.get("id"), let run = await simulations.run(id, owner: v.sessionID) else { throw WebError.notFound }
        return run
    }

    func showSimulation(_ v: Visit, _ c: ServerContext) async throws -> Outcome {
        let run = try await simulationRun(v, c)
        return .html(v.layout(v.w.t("Simulation", "Simulatie"), .simulation, SimulationPage.run(v.ctx, run)))
    }

    /// What the page's script polls: whether the run has finished, and how far it is.
    func simulationStatus(_ v: Visit, _ c: ServerContext) async throws -> Outcome {
        let run = try await simulationRun(v, c)
        var fields: [String: Any] = ["finished": true]
        if case .running(let s) = run.state {
            fields = ["finished": false, "percent": Int((s.fraction * 100).rounded(.down)), "line": SimulationPage.statusLine(s, v.w, limit: run.timeLimit)]
        }
        let bytes = (try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])).map { Array($0) } ?? Array("{}".utf8)
        return .data(bytes, contentType: "application/json")
    }

    enum SimulationDownload: String { case report = "report.html", json = "result.json", csv = "summary.csv" }

    func simulationDownload(_ v: Visit, _ c: ServerContext) async throws -> Outcome {
        let run = try await simulationRun(v, c)
        guard case .done(let r) = run.state, let kind = c.parameters.get("file").flatMap(SimulationDownload.init(rawValue:)) else { throw WebError.notFound }
        switch kind {
        case .report: return .file(Array(ChainReport.html(r, lang: v.lang).utf8), contentType: "text/html; charset=utf-8", name: "report-\(v.lang.rawValue).html")
        case .json: return .file(ChainResultEncoder.json(r), contentType: "application/json", name: "result.json")
        case .csv: return .file(Array(ChainResultEncoder.summaryCSV(r).utf8), contentType: "text/csv; charset=utf-8", name: "summary.csv")
        }
    }
}
