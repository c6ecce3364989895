/// A network run as `waarborg simulate network` and `POST /v1/simulate/network` take it: the
/// document and the options that override it, read and checked the same way for both, and the
/// result written the same way, so the server's reply is byte for byte the command's output.
public enum NetworkInput {
    /// The most replications the options may ask for (the document's own bound is the decoder's).
    public static let maxReplications = 100_000

    /// The network of `bytes` (JSON or YAML) with `replications` and `seed` replacing the
    /// document's when given.
    public static func spec(_ bytes: [UInt8], replications: Int?, seed: Int?) throws(NetworkInputError) -> NetworkSpec {
        var spec: NetworkSpec
        do { spec = try NetworkDecoder.decode(text: String(decoding: bytes, as: UTF8.self)) } catch { throw .network(error) }
        if let r = replications {
            guard (1...maxReplications).contains(r) else { throw .option("replications", "must be from 1 to \(maxReplications)") }
            spec.replications = r
        }
        if let s = seed {
            guard s >= 0 else { throw .option("seed", "must be 0 or more") }
            spec.seed = UInt64(s)
        }
        return spec
    }

    /// `waarborg.network-result/1` as the command writes it: indented, with a final newline.
    public static func document(_ result: NetworkResult) -> [UInt8] {
        var out = result.encode(pretty: true)
        out.append(0x0A)
        return out
    }
}

/// Why a network run's input was refused: the document (with its JSON path) or an option.
public enum NetworkInputError: Error, Sendable, CustomStringConvertible {
    case network(NetworkError)
    /// An option, by its name without dashes (`replications`), and what is wrong with it.
    case option(String, String)

    /// The JSON path into the document, or the option's name.
    public var field: String {
        switch self {
        case .network(let e): e.path
        case .option(let name, _): name
        }
    }

    /// As the command prints it after `error: `.
    public var description: String {
        switch self {
        case .network(let e): "invalid network: \(e)"
        case .option(let name, let message): "--\(name): \(message)"
        }
    }
}
