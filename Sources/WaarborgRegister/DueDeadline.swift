import LegalCalendar
import WaarborgRules

/// Whether a stored date comes from the contract's `timeline` or from the assessment's further
/// `deadlines` (requests, transfers, turning 18).
public enum DeadlineKind: String, Sendable {
    case timeline, deadline
}

/// A date of an open case that falls within the window asked for, or has passed: what a
/// monitoring body acts on.
public struct DueDeadline: Sendable, Equatable {
    public let caseID: CaseID
    public let factsID: String
    public let clientReference: String?
    public let profileID: String
    /// The timeline or deadline id (`decision-deadline`, `transfer-deadline`).
    public let deadlineID: String
    public let kind: DeadlineKind
    public let date: CalendarDate
    /// Computed from an assumed date (the last lawful day of an earlier step), not from a fact.
    public let projected: Bool
    /// The legal basis, as the assessment cites it.
    public let ref: String
    /// `DeadlineActor` raw value: who has to act.
    public let actor: String
    public let label: LocalizedText
    /// Days from the reference day to the date; negative once it has passed.
    public let daysLeft: Int

    /// The identifier a calendar keeps across exports, so a subscribed calendar updates the event
    /// instead of adding a second one.
    public var uid: String { "\(caseID)-\(deadlineID)@waarborg" }
}

/// A case whose stored assessment was made with another profile version or other datasets than the
/// engine now has.
public struct StaleAssessment: Sendable, Equatable {
    public let caseID: CaseID
    public let profileID: String
    public let storedProfileHash: String
    /// Nil when the engine no longer has the profile: such a case cannot be reassessed.
    public let currentProfileHash: String?
    public let storedDatasets: String
    public let currentDatasets: String
}

/// One case `reassess` recomputed.
public struct Reassessment: Sendable, Equatable {
    public let caseID: CaseID
    public let oldProfileHash: String
    public let newProfileHash: String
    public let oldDatasets: String
    public let newDatasets: String
    public let oldRoute: String
    public let newRoute: String
}

extension Reassessment {
    /// What a reassessment changes, from the stale version as stored and its new assessment: one
    /// place, so both stores audit the same change in the same words.
    init(_ stale: StaleAssessment, _ record: CaseRecord, _ a: AssessedFacts) {
        self.init(caseID: stale.caseID, oldProfileHash: stale.storedProfileHash, newProfileHash: a.profileHash,
                  oldDatasets: stale.storedDatasets, newDatasets: a.datasetVersions,
                  oldRoute: record.summary.route, newRoute: a.route)
    }
}
