import WaarborgRules

/// A case's number in the register. The register gives it, not the facts: two organisations'
/// facts may carry the same `id`, and a number is what a caseworker types.
public typealias CaseID = Int64

/// Whether the register still watches a case's deadlines.
public enum CaseStatus: String, Sendable, CaseIterable {
    case open, closed
}

/// What `create` needs: the facts exactly as given, the reference the client's own files use, and
/// the profile the case is to be assessed under.
public struct NewCase: Sendable {
    public var facts: [UInt8]
    public var clientReference: String?
    public var profileID: String
    public init(facts: [UInt8], clientReference: String? = nil, profileID: String = Engine.defaultProfile) {
        self.facts = facts
        self.clientReference = clientReference
        self.profileID = profileID
    }
}

/// One line of `list`: enough to find a case without loading its facts.
public struct CaseSummary: Sendable, Equatable {
    public let id: CaseID
    /// The `id` inside the facts.
    public let factsID: String
    public let clientReference: String?
    public let profileID: String
    public let status: CaseStatus
    /// The current version of the facts (1 for a new case).
    public let version: Int
    /// The route of the current assessment (`Route` raw value).
    public let route: String
    public let createdAt: Timestamp
    public let updatedAt: Timestamp
}

/// A case with its current facts and assessment, and the receipt that tells whether the assessment
/// is still what the engine would give (`profileHash`, `datasetVersions`).
public struct CaseRecord: Sendable, Equatable {
    public let summary: CaseSummary
    /// The current facts, byte for byte as they were given.
    public let facts: [UInt8]
    /// The current assessment as `waarborg.assessment/1` JSON (without deadline states: those
    /// depend on the day it is read).
    public let assessment: [UInt8]
    public let profileHash: String
    /// `name@version` pairs, comma separated, in the engine's order.
    public let datasetVersions: String
    public let engineVersion: String
    public let assessedAt: Timestamp

    public var id: CaseID { summary.id }
    public var status: CaseStatus { summary.status }
    public var version: Int { summary.version }
}

/// One version of a case's facts, kept for ever: what was known, when, and who said so.
public struct CaseVersion: Sendable, Equatable {
    public let caseID: CaseID
    public let version: Int
    public let facts: [UInt8]
    public let createdAt: Timestamp
    public let createdBy: String
    public let profileHash: String
    public let route: String
}

/// Which cases `list` returns; a nil filter matches everything. `limit` is bounded by
/// `RegisterLimits.maxPageSize`, so a page is always small enough to print or send.
public struct CaseQuery: Sendable {
    public var status: CaseStatus?
    public var profileID: String?
    public var clientReference: String?
    public var limit: Int
    public var offset: Int
    public init(status: CaseStatus? = nil, profileID: String? = nil, clientReference: String? = nil, limit: Int = 50, offset: Int = 0) {
        self.status = status
        self.profileID = profileID
        self.clientReference = clientReference
        self.limit = limit
        self.offset = offset
    }
}

/// One page of cases and the number that match the filters in all, so a caller knows whether to
/// ask for the next page.
public struct CasePage: Sendable, Equatable {
    public let cases: [CaseSummary]
    public let total: Int
}
