import WaarborgRules

/// A chain run as `waarborg simulate chain` and `POST /v1/simulate/chain` take it: the scenario
/// and the options that override it, read and checked the same way for both, with the same
/// messages, so the server's reply (and refusal) is the command's.
public enum ChainInput {
    /// At most this many profiles in one run: the report sets them side by side.
    public static let maxProfiles = 6

    /// The scenario of `bytes` (YAML or JSON, UTF-8), with each option that is given replacing the
    /// scenario's value.
    public static func scenario(_ bytes: [UInt8], replications: Int?, seed: Int?, priority: String?, solidarity: String?,
                                horizonMonths: Int? = nil) throws(ChainInputError) -> Scenario {
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .scenario(ScenarioError("$", "not valid UTF-8")) }
        if let m = horizonMonths, !(1...Scenario.maxHorizonMonths).contains(m) {
            throw .option("months", "must be from 1 to \(Scenario.maxHorizonMonths)")
        }
        var scenario: Scenario
        do { scenario = try ScenarioDecoder.decode(text: text, horizonMonths: horizonMonths) } catch { throw .scenario(error) }
        if let r = replications {
            guard (1...Scenario.maxReplications).contains(r) else { throw .option("replications", "must be from 1 to \(Scenario.maxReplications)") }
            scenario.replications = r
        }
        if let s = seed {
            guard s >= 0 else { throw .option("seed", "must be 0 or more") }
            scenario.seed = UInt64(s)
        }
        do { try scenario.override(priority: priority, solidarity: solidarity) } catch {
            // The override names the option as the command line spells it (`--priority`).
            throw .option(String(error.path.drop { $0 == "-" }), error.message)
        }
        return scenario
    }

    /// The profiles of `list` (ids separated by commas; `defaults` when nil), each known to
    /// `engine` and named once; and every profile the scenario gives its own appeal behaviour
    /// must be known too.
    public static func profiles(_ list: String?, defaults: [String], scenario: Scenario, engine: Engine) throws(ChainInputError) -> [PolicyProfile] {
        let ids = list.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } ?? defaults
        guard !ids.isEmpty, ids.count <= maxProfiles else { throw .option("profiles", "name 1 to \(maxProfiles) profiles, separated by commas") }
        let known = engine.profiles.keys.sorted()
        var chosen: [PolicyProfile] = []
        for id in ids {
            guard let p = engine.profiles[id] else { throw .unknownProfile(id, known: known) }
            guard !chosen.contains(where: { $0.id == id }) else { throw .option("profiles", "\"\(id)\" is named twice") }
            chosen.append(p)
        }
        for id in scenario.profileAppeal.keys.sorted() where !ids.contains(id) && engine.profiles[id] == nil {
            throw .scenario(ScenarioError("$.profiles.\(id)", "unknown profile (known: \(known.joined(separator: ", ")))"))
        }
        return chosen
    }
}

/// Why a chain run's input was refused: the scenario (with its JSON path), an option, or a
/// profile the engine does not know.
public enum ChainInputError: Error, Sendable, CustomStringConvertible {
    case scenario(ScenarioError)
    /// An option, by its name without dashes (`replications`), and what is wrong with it.
    case option(String, String)
    case unknownProfile(String, known: [String])

    /// The JSON path into the scenario, or the option's name.
    public var field: String {
        switch self {
        case .scenario(let e): e.path
        case .option(let name, _): name
        case .unknownProfile: "profiles"
        }
    }

    /// As the command prints it after `error: `.
    public var description: String {
        switch self {
        case .scenario(let e): "invalid scenario: \(e)"
        case .option(let name, let message): "--\(name): \(message)"
        case .unknownProfile(let id, let known): "--profiles: unknown profile \"\(id)\" (known: \(known.joined(separator: ", ")))"
        }
    }
}
