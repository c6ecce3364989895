import Foundation

/// The loaded profiles and datasets: what every command needs before it can assess.
public struct Engine: Sendable {
    public let profiles: [String: PolicyProfile]
    public let data: Datasets
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

    /// Loads from the given directories, or the embedded defaults.
    public static func load(profiles: URL? = nil, data: URL? = nil) throws(LoadError) -> Engine {
        guard let p = profiles ?? embeddedProfiles, let d = data ?? embeddedData else { throw .missingResources }
        let loaded: [String: PolicyProfile]
        do { loaded = try ProfileLoader.loadDirectory(p) } catch { throw .profile(error) }
        let ds: Datasets
        do { ds = try Datasets.load(from: d) } catch { throw .dataset(error) }
        return Engine(profiles: loaded, data: ds)
    }

    public func assessor(_ profileID: String) -> Assessor? {
        profiles[profileID].map { Assessor(profile: $0, data: data) }
    }
}
