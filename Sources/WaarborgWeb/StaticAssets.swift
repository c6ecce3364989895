import Foundation

/// The stylesheet and the script, read once from the module's resources: the pages need nothing
/// from anywhere else.
public enum StaticAssets {
    public struct Asset: Sendable { public let bytes: [UInt8]; public let contentType: String }

    public static let all: [String: Asset] = {
        var out: [String: Asset] = [:]
        for (name, type) in [("waarborg.css", "text/css; charset=utf-8"), ("waarborg.js", "text/javascript; charset=utf-8")] {
            guard let url = Bundle.module.url(forResource: "static/" + name, withExtension: nil) ?? Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "static"),
                  let data = try? Data(contentsOf: url) else { continue }
            out[name] = Asset(bytes: Array(data), contentType: type)
        }
        return out
    }()
}
