import WaarborgChain
import WaarborgRules
import WaarborgSim

/// The simulation pages: the form (a shipped or pasted scenario, the profiles, months,
/// replications and seed), a run's progress while it goes, and its result: the chain report's
/// charts and figures on the page, with the JSON, the CSV of the figures and the report as a file
/// to download.
public enum SimulationPage {
    /// A run as the page shows it.
    public struct Run: Sendable {
        public enum State: Sendable {
            case running(RunMonitor.Snapshot)
            case done(ChainResult)
            /// Stopped at the time limit, or a fault of the model (its detail is in the log).
            case stopped(timeLimit: Double)
            case failed
        }
        public let id: String
        public let title: LocalizedText
        public let state: State
        /// Seconds after which the server stops the run.
        public let timeLimit: Double?
        public init(id: String, title: LocalizedText, state: State, timeLimit: Double? = nil) {
            self.id = id; self.title = title; self.state = state; self.timeLimit = timeLimit
        }
    }

    public typealias Field = SimulationForm.Field

    public static func form(_ ctx: PageContext, shipped: [ShippedScenarios.Entry], profiles: [(id: String, title: String)], defaults: [String],
                            values: FormData?, errors: [Field: String], general: String?, bounds: SimulationForm.Bounds) -> Markup {
        let w = ctx.words
        var out: [Markup] = ["<h1>\(w.t("Simulate the asylum chain", "De asielketen simuleren"))</h1>"]
        out.append("<p>\(w.t("A scenario describes the inflow, the old backlog, the capacity of the IND, the courts, reception and the municipalities, and how people behave. The chain routes every simulated person through the rules of each profile you choose, so you see what a policy choice does to waiting times, reception and costs, with a 95 % band over the replications.", "Een scenario beschrijft de instroom, de oude voorraad, de capaciteit van de IND, de rechtbanken, de opvang en de gemeenten, en hoe mensen zich gedragen. De keten leidt elke gesimuleerde persoon door de regels van elk gekozen profiel, zodat u ziet wat een beleidskeuze doet met wachttijden, opvang en kosten, met een 95%-band over de herhalingen."))</p>")
        if let general {
            out.append("<div class=\"notice error\" role=\"alert\" id=\"form-error\"><p>\(general)</p></div>")
        } else if !errors.isEmpty {
            out.append("<div class=\"notice error\" role=\"alert\" id=\"form-error\"><p>\(w.t("The run was not started. See the message beside each field.", "De run is niet gestart. Zie de melding bij elk veld."))</p></div>")
        }
        out.append("<form method=\"post\" action=\"/simulation\" class=\"intake simulation\" data-busy novalidate>\(ctx.csrfField)<input type=\"hidden\" name=\"lang\" value=\"\(ctx.lang.rawValue)\">")

        // The scenario.
        let current = values?[Field.scenario.rawValue] ?? (shipped.first { $0.id == ShippedScenarios.proposed } ?? shipped.first)?.id ?? SimulationForm.ownScenario
        out.append("<fieldset id=\"g-scenario\"><legend>\(w.t("Scenario", "Scenario"))</legend>")
        var options: [Markup] = shipped.map { e in
            let name = ctx.lang == .nl ? (e.scenario.nameNl ?? e.scenario.name) : e.scenario.name
            let facts = w.t("\(e.scenario.horizonMonths) months from \(e.scenario.start.words(ctx.lang)), \(e.scenario.replications) replications in the file",
                            "\(e.scenario.horizonMonths) maanden vanaf \(e.scenario.start.words(ctx.lang)), \(e.scenario.replications) herhalingen in het bestand")
            return "<option value=\"\(e.id)\"\(e.id == current ? Markup(trusted: " selected") : .empty)>\(name) (\(facts))</option>"
        }
        options.append("<option value=\"\(SimulationForm.ownScenario)\"\(current == SimulationForm.ownScenario ? Markup(trusted: " selected") : .empty)>\(w.t("My own scenario, pasted below", "Mijn eigen scenario, hieronder geplakt"))</option>")
        out.append(selectField(.scenario, w.t("Scenario", "Scenario"), options, errors[.scenario],
                               help: w.t("The shipped scenarios are documented in docs/chain.md: every figure carries its source and a note.", "De meegeleverde scenario's staan beschreven in docs/chain.md: elk getal heeft een bron en een toelichting.")))
        let pasted = values?[Field.scenarioText.rawValue] ?? ""
        out.append("<div class=\"field\(errors[.scenarioText] != nil ? Markup(trusted: " invalid") : .empty)\"><label for=\"\(IntakeForm.fid(Field.scenarioText.rawValue))\">\(w.t("Your own scenario (YAML or JSON)", "Uw eigen scenario (YAML of JSON)"))</label><textarea id=\"\(IntakeForm.fid(Field.scenarioText.rawValue))\" name=\"\(Field.scenarioText.rawValue)\" rows=\"6\" maxlength=\"\(SimulationForm.maxScenarioCharacters)\" spellcheck=\"false\" lang=\"en\"\(IntakeForm.describedBy(Field.scenarioText.rawValue, help: true, error: errors[.scenarioText] != nil))>\(pasted)</textarea><p class=\"help\" id=\"h-\(IntakeForm.fid(Field.scenarioText.rawValue))\">\(w.t("Only read when “My own scenario” is chosen. The format is waarborg.scenario/1 (docs/scenario-format.md).", "Alleen gelezen als “Mijn eigen scenario” is gekozen. Het formaat is waarborg.scenario/1 (docs/scenario-format.md)."))</p>\(IntakeForm.errorMarkup(Field.scenarioText.rawValue, errors[.scenarioText]))</div>")
        out.append("</fieldset>")

        // The profiles.
        let chosen = Set(values.map { $0.all(Field.profiles.rawValue) } ?? defaults)
        let boxes: [Markup] = profiles.enumerated().map { i, p in
            "<label class=\"check\"><input type=\"checkbox\" name=\"\(Field.profiles.rawValue)\" value=\"\(p.id)\" id=\"\(IntakeForm.fid(Field.profiles.rawValue))-\(i)\"\(chosen.contains(p.id) ? Markup(trusted: " checked") : .empty)> \(p.title)</label>"
        }
        out.append("<fieldset class=\"field multi\(errors[.profiles] != nil ? Markup(trusted: " invalid") : .empty)\" id=\"g-profiles\"><legend>\(w.t("Profiles to compare (at most \(ChainInput.maxProfiles))", "Te vergelijken profielen (ten hoogste \(ChainInput.maxProfiles))"))</legend>\(boxes)\(IntakeForm.errorMarkup(Field.profiles.rawValue, errors[.profiles]))</fieldset>")

        // The size of the run.
        out.append("<fieldset id=\"g-run\"><legend>\(w.t("Size of the run", "Omvang van de run"))</legend>")
        out.append(numberField(.months, w.t("Months to simulate", "Te simuleren maanden"), values?[Field.months.rawValue] ?? "", 1...bounds.months, errors[.months],
                               help: w.t("Empty: the scenario's own horizon. At most \(bounds.months).", "Leeg: de looptijd van het scenario zelf. Ten hoogste \(bounds.months).")))
        out.append(numberField(.replications, w.t("Replications", "Herhalingen"), values?[Field.replications.rawValue] ?? String(SimulationForm.proposedReplications), 1...bounds.replications, errors[.replications],
                               help: w.t("Each replication draws the people and their findings anew; more replications give narrower bands and take longer. A run on this server stops after \(duration(bounds.seconds, w)); for the scenario's full number, use the command line (waarborg simulate chain).", "Elke herhaling trekt de mensen en hun bevindingen opnieuw; meer herhalingen geven smallere banden en duren langer. Een run op deze server stopt na \(duration(bounds.seconds, w)); gebruik voor het volle aantal van het scenario de opdrachtregel (waarborg simulate chain).")))
        out.append(numberField(.seed, w.t("Seed", "Startgetal"), values?[Field.seed.rawValue] ?? "", 0...Int(Int32.max), errors[.seed],
                               help: w.t("Empty: the scenario's own. The same seed gives the same result.", "Leeg: dat van het scenario. Hetzelfde startgetal geeft dezelfde uitkomst.")))
        out.append("</fieldset>")
        out.append("<div class=\"actions\"><button type=\"submit\" id=\"run-simulation\">\(w.t("Run the simulation", "De simulatie starten"))</button><p class=\"busy-note\" role=\"status\">\(w.t("Starting the run…", "De run wordt gestart…"))</p></div></form>")
        return out.joined()
    }

    /// A run that is going, is done, or stopped.
    public static func run(_ ctx: PageContext, _ run: Run) -> Markup {
        let w = ctx.words
        var out: [Markup] = []
        switch run.state {
        case .running(let s):
            let percent = Int((s.fraction * 100).rounded(.down))
            out.append("<h1>\(w.t("Simulation running", "Simulatie loopt"))</h1><p>\(run.title.text(ctx.lang))</p>")
            out.append("<div class=\"run-progress\" id=\"simulation-progress\" data-run=\"\(run.id)\"><label for=\"run-progress\">\(w.t("Progress", "Voortgang"))</label> <progress id=\"run-progress\" max=\"100\" value=\"\(percent)\">\(percent) %</progress>")
            out.append("<p id=\"run-status\" role=\"status\" aria-live=\"polite\">\(statusLine(s, w, limit: run.timeLimit))</p></div>")
            if let limit = run.timeLimit {
                out.append("<p class=\"help\">\(w.t("This server stops a run after \(duration(limit, w)).", "Deze server stopt een run na \(duration(limit, w))."))</p>")
            }
            out.append("<p><a href=\"/simulation/runs/\(run.id)\" id=\"check-again\">\(w.t("Check again", "Opnieuw kijken"))</a> · \(w.t("This page follows the run by itself when scripts are on.", "Deze pagina volgt de run vanzelf als scripts aan staan."))</p>")
        case .done(let r):
            out.append("<h1>\(w.t("Simulation result", "Uitkomst van de simulatie"))</h1>")
            out.append("<ul class=\"downloads no-print\" id=\"downloads\"><li><a href=\"/simulation/runs/\(run.id)/report.html?lang=\(ctx.lang.rawValue)\" download>\(w.t("The report as one HTML file", "Het rapport als één HTML-bestand"))</a></li><li><a href=\"/simulation/runs/\(run.id)/result.json\" download>\(w.t("All results as JSON", "Alle uitkomsten als JSON"))</a></li><li><a href=\"/simulation/runs/\(run.id)/summary.csv\" download>\(w.t("The figures as CSV", "De cijfers als CSV"))</a></li><li><a href=\"/simulation\">\(w.t("Run another simulation", "Nog een simulatie starten"))</a></li></ul>")
            out.append("<div class=\"chain-report\" id=\"chain-report\">\(Markup(trusted: ChainReport.content(r, lang: ctx.lang, level: 2)))</div>")
        case .stopped(let seconds):
            out.append("<h1>\(w.t("Simulation stopped", "Simulatie gestopt"))</h1><p class=\"notice error\" role=\"alert\">\(w.t("The run took longer than the \(duration(seconds, w)) this server allows and was stopped. Choose fewer replications, months or profiles, or run it with the command line (waarborg simulate chain), which has no time limit.", "De run duurde langer dan de \(duration(seconds, w)) die deze server toestaat en is gestopt. Kies minder herhalingen, maanden of profielen, of draai hem met de opdrachtregel (waarborg simulate chain), die geen tijdslimiet kent."))</p><p><a href=\"/simulation\">\(w.t("Back to the simulation form", "Terug naar het simulatieformulier"))</a></p>")
        case .failed:
            out.append("<h1>\(w.t("Simulation failed", "Simulatie mislukt"))</h1><p class=\"notice error\" role=\"alert\">\(w.t("The model stopped on a fault of its own; the server's log has the detail. Nothing was stored.", "Het model stopte op een eigen fout; het logboek van de server heeft de details. Er is niets opgeslagen."))</p><p><a href=\"/simulation\">\(w.t("Back to the simulation form", "Terug naar het simulatieformulier"))</a></p>")
        }
        return out.joined()
    }

    /// "2 of 9 replications done; 31 %; 4 s, about 9 s left" in the reader's language.
    /// `limit`: the seconds after which the server stops a run, to warn when the pace will not fit.
    public static func statusLine(_ s: RunMonitor.Snapshot, _ w: Words, limit: Double? = nil) -> String {
        let f = s.fraction
        // The monitor counts each replication under each profile: "runs", not "replications".
        var line = w.t("\(s.done) of \(s.replications) runs done (every replication under every profile); \(Int((f * 100).rounded(.down))) %; \(Int(s.elapsed.rounded())) s",
                       "\(s.done) van \(s.replications) runs klaar (elke herhaling onder elk profiel); \(Int((f * 100).rounded(.down))) %; \(Int(s.elapsed.rounded())) s")
        if f > 0.01 && f < 1 {
            let left = s.elapsed * (1 - f) / f
            line += w.t(", about \(Int(left.rounded(.up))) s left", ", nog ongeveer \(Int(left.rounded(.up))) s")
            if let limit, s.elapsed > 2, s.elapsed + left > limit * 1.1 {
                line += w.t(". At this pace the run will not finish within the \(duration(limit, w)) this server allows: start a smaller one (fewer months, replications or profiles) or use the command line.",
                            ". In dit tempo is de run niet klaar binnen de \(duration(limit, w)) die deze server toestaat: start een kleinere (minder maanden, herhalingen of profielen) of gebruik de opdrachtregel.")
            }
        }
        return line
    }

    /// "10 minutes" rather than "600 seconds".
    static func duration(_ seconds: Double, _ w: Words) -> String {
        let s = Int(seconds.rounded())
        if s >= 120 && s % 60 == 0 { return w.t("\(s / 60) minutes", "\(s / 60) minuten") }
        return w.t("\(s) seconds", "\(s) seconden")
    }

    static func selectField(_ f: Field, _ label: String, _ options: [Markup], _ error: String?, help: String) -> Markup {
        let name = f.rawValue
        return "<div class=\"field\(error != nil ? Markup(trusted: " invalid") : .empty)\"><label for=\"\(IntakeForm.fid(name))\">\(label)</label><select id=\"\(IntakeForm.fid(name))\" name=\"\(name)\"\(IntakeForm.describedBy(name, help: true, error: error != nil))>\(options)</select><p class=\"help\" id=\"h-\(IntakeForm.fid(name))\">\(help)</p>\(IntakeForm.errorMarkup(name, error))</div>"
    }

    static func numberField(_ f: Field, _ label: String, _ value: String, _ range: ClosedRange<Int>, _ error: String?, help: String) -> Markup {
        let name = f.rawValue
        return "<div class=\"field\(error != nil ? Markup(trusted: " invalid") : .empty)\"><label for=\"\(IntakeForm.fid(name))\">\(label)</label><input type=\"number\" id=\"\(IntakeForm.fid(name))\" name=\"\(name)\" value=\"\(value)\" min=\"\(range.lowerBound)\" max=\"\(range.upperBound)\" step=\"1\" inputmode=\"numeric\"\(IntakeForm.describedBy(name, help: true, error: error != nil))><p class=\"help\" id=\"h-\(IntakeForm.fid(name))\">\(help)</p>\(IntakeForm.errorMarkup(name, error))</div>"
    }
}
