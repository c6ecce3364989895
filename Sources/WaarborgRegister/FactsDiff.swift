import WaarborgJSON

/// The JSON paths at which two versions of the facts differ, for the audit entry's one-line
/// summary ("what changed"); the entry keeps both full versions as well.
public enum FactsDiff {
    public static func changedPaths(_ before: [UInt8], _ after: [UInt8]) -> [String] {
        guard let a = parse(before), let b = parse(after) else { return ["$"] }
        var out: [String] = []
        walk(a, b, "$", &out)
        return out
    }

    private static func parse(_ bytes: [UInt8]) -> JSONValue? {
        var p = JSONParser(streaming: bytes)
        return try? p.value()
    }

    private static func walk(_ a: JSONValue?, _ b: JSONValue?, _ path: String, _ out: inout [String]) {
        switch (a, b) {
        case (.object(let x)?, .object(let y)?):
            var keys = x.map(\.0)
            for (k, _) in y where !keys.contains(k) { keys.append(k) }
            for k in keys { walk(a?[k], b?[k], path + "." + k, &out) }
        case (.array(let x)?, .array(let y)?) where x.count == y.count:
            for i in x.indices { walk(x[i], y[i], path + "[\(i)]", &out) }
        default:
            if a != b { out.append(path) }
        }
    }
}
