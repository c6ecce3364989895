import Yams

extension JSONValue {
    /// Reads a YAML document into the same value tree as JSON, so that every input format that
    /// accepts "JSON or YAML" is checked by one set of rules. Plain scalars `true`, `false`,
    /// `null`/`~` and numbers become those types; quoted scalars stay strings.
    public init(yaml text: String) throws {
        guard let node = try Yams.compose(yaml: text) else { self = .null; return }
        self = JSONValue(node: node)
    }

    public init(node: Node) {
        switch node {
        case .scalar(let s):
            if s.style == .plain {
                switch s.string {
                case "true": self = .bool(true); return
                case "false": self = .bool(false); return
                case "null", "~", "": self = .null; return
                default:
                    if let first = s.string.first, first.isNumber || first == "-" || first == ".", let d = Double(s.string) {
                        self = .number(d); return
                    }
                }
            }
            self = .string(s.string)
        case .mapping(let m): self = .object(m.map { ($0.key.string ?? "", JSONValue(node: $0.value)) })
        case .sequence(let q): self = .array(q.map(JSONValue.init(node:)))
        case .alias: self = .null
        }
    }
}
