/// Why a case could not be read. Each names the JSON path of the offending value and what the
/// contract expects there, so a user can fix the input without reading the schema.
public struct CaseInputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// JSON path, e.g. `$.applicant.birthDate`; `$` for the document itself.
    public let path: String
    public let expected: String
    /// What was found instead (a short preview), or nil when something is missing.
    public let found: String?

    public init(path: String, expected: String, found: String?) {
        self.path = path
        self.expected = expected
        self.found = found
    }

    public var description: String {
        if let found { return "\(path): expected \(expected), found \(found)" }
        return "\(path): \(expected)"
    }
}
