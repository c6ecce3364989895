import Foundation

/// Bounds on what one request may ask of the register, so that a mistaken or hostile input (a
/// 2 GB file, a page of a million rows) is refused with a message instead of exhausting memory.
public enum RegisterLimits {
    /// The largest facts document accepted: a real case is a few kilobytes.
    public static let maxFactsBytes = 1 << 20
    /// A client reference is a file number, not a document.
    public static let maxClientReference = 200
    /// A token's name or an actor's: a person or a service, not a text.
    public static let maxName = 200
    /// The most cases one page of `list` returns.
    public static let maxPageSize = 500

    /// The largest JSON Lines import: read whole and stored in one transaction, so it is bounded.
    public static let maxImportBytes = 16 << 20
    /// The most cases one import stores.
    public static let maxImportLines = 10_000

    static func check(facts: [UInt8]) throws(RegisterError) {
        if facts.count > maxFactsBytes { throw .factsTooLarge(bytes: facts.count) }
    }

    static func check(clientReference: String?) throws(RegisterError) {
        if let r = clientReference, r.count > maxClientReference { throw .clientReferenceTooLong(characters: r.count) }
    }

    /// Who acts, as the audit log will name them: not empty, not a document.
    static func check(name: String, field: String) throws(RegisterError) {
        if name.trimmingCharacters(in: .whitespaces).isEmpty { throw .emptyName(field: field) }
        if name.count > maxName { throw .nameTooLong(field: field, characters: name.count) }
    }

    static func check(limit: Int, offset: Int) throws(RegisterError) {
        if limit < 1 || limit > maxPageSize { throw .pageTooLarge(limit: limit) }
        if offset < 0 { throw .negativeValue(field: "offset", value: offset) }
    }
}
