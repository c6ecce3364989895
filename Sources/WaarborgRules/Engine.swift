import Foundation

/// The loaded profiles and datasets: what every command needs before it can assess.
public struct Engine: Sendable {
    public let profiles: [String: PolicyProfile]
    public let data: Datasets
    /// Profiles from the `profiles` directory given to `load` that replaced an embedded profile
    /// with the same id (a user should be told: the same id now means something else).
    public var replacedProfiles: [ProfileLoader.Replacement] = []
    public static let defaultProfile = "nl-2026"

    public enum LoadError: Error, Sendable, CustomStringConvertible {
        case profile(ProfileError)
        case dataset(DatasetError)
        case missingResources
        public var description: String {
            switch self {
            case .profile(let e): "profile: \(e)"
            case .dataset(let e): "dataset: \(e)"
            case .missingResources: "the embedded profiles and datasets were not found next to the program"
            }
        }
    }

    public static var embeddedProfiles: URL? { Bundle.module.url(forResource: "profiles", withExtension: nil) }
    public static var embeddedData: URL? { Bundle.module.url(forResource: "data", withExtension: nil) }

    /// Loads the embedded profiles plus those in `profiles`, and the datasets in `data` (default:
    /// the embedded ones). A profile in `profiles` may use an embedded profile as its `base`; one
    /// with the id of an embedded profile replaces it (listed in `replacedProfiles`). A `profiles`
    /// directory that does not exist or holds no profile file is an error.
    public static func load(profiles: URL? = nil, data: URL? = nil) throws(LoadError) -> Engine {
        guard let embedded = embeddedProfiles, let d = data ?? embeddedData else { throw .missingResources }
        let loaded: (profiles: [String: PolicyProfile], replaced: [ProfileLoader.Replacement])
        do { loaded = try ProfileLoader.load(layers: [embedded] + (profiles.map { [$0] } ?? [])) } catch { throw .profile(error) }
        let ds: Datasets
        do { ds = try Datasets.load(from: d) } catch { throw .dataset(error) }
        var engine = Engine(profiles: loaded.profiles, data: ds)
        engine.replacedProfiles = loaded.replaced
        return engine
    }

    public func assessor(_ profileID: String) -> Assessor? {
        profiles[profileID].map { Assessor(profile: $0, data: data) }
    }
}
