/// Bounds on what one request may ask of the register, so that a mistaken or hostile input (a
/// 2 GB file, a page of a million rows) is refused with a message instead of exhausting memory.
public enum RegisterLimits {
    /// The largest facts document accepted: a real case is a few kilobytes.
    public static let maxFactsBytes = 1 << 20
    /// A client reference is a file number, not a document.
    public static let maxClientReference = 200
    /// The most cases one page of `list` returns.
    public static let maxPageSize = 500

    static func check(facts: [UInt8]) throws(RegisterError) {
        if facts.count > maxFactsBytes { throw .factsTooLarge(bytes: facts.count) }
    }

    static func check(clientReference: String?) throws(RegisterError) {
        if let r = clientReference, r.count > maxClientReference { throw .clientReferenceTooLong(characters: r.count) }
    }

    static func check(limit: Int, offset: Int) throws(RegisterError) {
        if limit < 1 || limit > maxPageSize { throw .pageTooLarge(limit: limit) }
        if offset < 0 { throw .negativeValue(field: "offset", value: offset) }
    }
}
