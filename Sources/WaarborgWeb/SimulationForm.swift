import WaarborgChain
import WaarborgRules

/// The simulation form read into a run the server may start: a shipped scenario or one pasted in,
/// the profiles, and the months, replications and seed that replace the scenario's own. Every
/// refusal names its field in the reader's language, and a run larger than the server's bounds is
/// refused here, before it takes a slot.
public struct SimulationForm: Sendable {
    /// What one run of the page may ask (the server's `SimulationLimits` for the chain).
    public struct Bounds: Sendable {
        public var replications: Int
        public var months: Int
        public var people: Double
        public var seconds: Double
        public init(replications: Int, months: Int, people: Double, seconds: Double) {
            self.replications = replications; self.months = months; self.people = people; self.seconds = seconds
        }
    }

    /// The field names of the form, one place for the page and the reader.
    public enum Field: String, CaseIterable, Sendable {
        case scenario, scenarioText, profiles, months, replications, seed
    }

    /// The value of `scenario` that means "the text pasted below".
    public static let ownScenario = "own"
    /// Replications the form proposes: enough for a first band, few enough to come back in seconds.
    public static let proposedReplications = 3
    /// A pasted scenario is at most this long (the shipped ones are under 50 kB).
    public static let maxScenarioCharacters = 200_000

    public let scenario: Scenario
    public let profiles: [PolicyProfile]
    /// The scenario's name as the reader sees it.
    public let title: LocalizedText

    /// Reads `form`, or gives the message for each field at fault.
    public static func read(_ form: FormData, engine: Engine, shipped: [ShippedScenarios.Entry], defaults: [String],
                            bounds: Bounds, words w: Words) -> Result<SimulationForm, Refusal> {
        var errors: [Field: String] = [:]
        func int(_ f: Field, _ range: ClosedRange<Int>, _ en: String, _ nl: String) -> Int? {
            guard let raw = form[f.rawValue]?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
            guard let n = Int(raw), range.contains(n) else {
                errors[f] = w.t("\(en) must be a whole number from \(range.lowerBound) to \(range.upperBound).",
                                "\(nl) moet een geheel getal van \(range.lowerBound) tot en met \(range.upperBound) zijn.")
                return nil
            }
            return n
        }
        let months = int(.months, 1...bounds.months, "The number of months", "Het aantal maanden")
        let replications = int(.replications, 1...bounds.replications, "The number of replications", "Het aantal herhalingen")
        let seed = int(.seed, 0...Int(Int32.max), "The seed", "Het startgetal")

        var text: String?
        let choice = form[Field.scenario.rawValue] ?? (shipped.first { $0.id == ShippedScenarios.proposed } ?? shipped.first)?.id ?? ownScenario
        if choice == ownScenario {
            let pasted = form[Field.scenarioText.rawValue] ?? ""
            if pasted.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                errors[.scenarioText] = w.t("Paste a scenario (YAML or JSON, waarborg.scenario/1), or choose one of the scenarios above.",
                                            "Plak een scenario (YAML of JSON, waarborg.scenario/1), of kies hierboven een van de scenario's.")
            } else if pasted.count > maxScenarioCharacters {
                errors[.scenarioText] = w.t("The scenario is longer than \(maxScenarioCharacters) characters.",
                                            "Het scenario is langer dan \(maxScenarioCharacters) tekens.")
            } else {
                text = pasted
            }
        } else if let entry = shipped.first(where: { $0.id == choice }) {
            text = entry.text
        } else {
            errors[.scenario] = w.t("Choose one of the scenarios in the list.", "Kies een van de scenario's uit de lijst.")
        }

        let chosen = form.all(Field.profiles.rawValue).filter { !$0.isEmpty }
        if chosen.isEmpty {
            errors[.profiles] = w.t("Choose at least one profile.", "Kies ten minste één profiel.")
        } else if chosen.count > ChainInput.maxProfiles {
            errors[.profiles] = w.t("Choose at most \(ChainInput.maxProfiles) profiles.", "Kies ten hoogste \(ChainInput.maxProfiles) profielen.")
        }
        guard errors.isEmpty, let text else { return .failure(Refusal(errors)) }

        let scenario: Scenario
        let profiles: [PolicyProfile]
        do {
            scenario = try ChainInput.scenario(Array(text.utf8), replications: replications ?? proposedReplications, seed: seed,
                                               priority: nil, solidarity: nil, horizonMonths: months)
            profiles = try ChainInput.profiles(chosen.joined(separator: ","), defaults: defaults, scenario: scenario, engine: engine)
        } catch {
            return .failure(Refusal(refusal(error, own: choice == ownScenario, months: months != nil, w)))
        }
        let people = scenario.peoplePerReplication * Double(scenario.replications * profiles.count)
        if people > bounds.people {
            let perRun = scenario.peoplePerReplication * Double(profiles.count)
            let fits = max(0, Int(bounds.people / max(perRun, 1)))
            let advice = fits >= 1
                ? w.t("With these profiles and months at most \(fits) replications fit.", "Met deze profielen en maanden passen ten hoogste \(fits) herhalingen.")
                : w.t("Choose fewer profiles or months.", "Kies minder profielen of maanden.")
            let asked = ChainReport.grouped(people, w.lang, decimals: 0), most = ChainReport.grouped(bounds.people, w.lang, decimals: 0)
            return .failure(Refusal([.replications: w.t(
                "This run would simulate about \(asked) people; this server simulates at most \(most) in one run (the command line has no such limit). \(advice)",
                "Deze run zou ongeveer \(asked) mensen simuleren; deze server simuleert er ten hoogste \(most) per run (de opdrachtregel kent die grens niet). \(advice)")]))
        }
        let title = LocalizedText(en: scenario.name, nl: scenario.nameNl ?? scenario.name)
        return .success(SimulationForm(scenario: scenario, profiles: profiles, title: title))
    }

    static func refusal(_ e: ChainInputError, own: Bool, months: Bool, _ w: Words) -> [Field: String] {
        switch e {
        case .scenario(let s):
            // The scenario's own messages are in English; the path says where to look.
            let where_ = s.path == "$" ? "" : " (\(s.path))"
            let message = w.t("The scenario cannot be used\(where_): \(s.message).", "Het scenario is niet bruikbaar\(where_): \(s.message) (Engelse melding).")
            if months && s.path.hasPrefix("$.") && !own {
                return [.months: w.t("This scenario gives a value for every month of its own horizon, so it can be run shorter but not longer. ",
                                     "Dit scenario geeft een waarde voor elke maand van zijn eigen looptijd; het kan korter worden gedraaid, niet langer. ") + message]
            }
            return [own ? .scenarioText : .scenario: message]
        case .option(let name, let message):
            return [Field(rawValue: name) ?? .scenario: "\(name): \(message)"]
        case .unknownProfile(let id, _):
            return [.profiles: w.t("There is no profile \"\(id)\".", "Er is geen profiel \"\(id)\".")]
        }
    }

    /// The messages of a refused form, by field.
    public struct Refusal: Error, Sendable {
        public let errors: [Field: String]
        init(_ errors: [Field: String]) { self.errors = errors }
    }
}
