/// A monthly series of the chain. Counts are persons unless the name says otherwise.
public enum ChainMetric: String, Sendable, CaseIterable {
    // Flows: how many in the month.
    case applications, relocationsIn, resettled, familyArrivals
    case decisionsBorder, decisionsAccelerated, decisionsRegular, decisionsAdmissibility
    case grants, rejections, firstDecisions, firstDecisionsAfterDeadline
    /// Days waited by the persons decided for the first time in the month, summed: divided by
    /// `firstDecisions` it gives the average time to a first decision (the IND's published measure).
    case daysWaitedAtFirstDecision
    case appealsLodged, courtDecisions, appealsWon, reviewRepairs
    case transfersOut, transferDeadlinesMissed, borderOverruns
    case departuresDemonstrable, departuresUnknown, absconded, housed
    case costReception, costEmergency, costDetention, costDecisions, costCourt, costSolidarity, costTotal
    // Stocks at the end of the month.
    case backlogPrePact, backlogNew, appealsPending, dublinPending, statusHoldersWaiting, awaitingDeparture
    // Daily averages over the month.
    case receptionRegular, receptionFamily, receptionUnaccompanied, emergency, emergencyChildren
    case detained, detainedChildren, allowedToWork

    public enum Kind: Sendable { case flow, stock, average }

    public var kind: Kind {
        switch self {
        case .backlogPrePact, .backlogNew, .appealsPending, .dublinPending, .statusHoldersWaiting, .awaitingDeparture: .stock
        case .receptionRegular, .receptionFamily, .receptionUnaccompanied, .emergency, .emergencyChildren, .detained, .detainedChildren, .allowedToWork: .average
        default: .flow
        }
    }

    public var isCost: Bool { rawValue.hasPrefix("cost") }
    var index: Int { Self.indices[self]! }
    static let indices: [ChainMetric: Int] = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })
}

/// A figure for the whole run of one replication.
public enum ChainSummary: String, Sendable, CaseIterable {
    case applications, firstDecisions, grants, rejections, appealsLodged, appealsPendingAtEnd, familyArrivals, departures, absconded, transfersOut, relocationsIn, housed
    /// Share of first decisions taken after the legal limit for that route.
    case shareFirstDecisionsLate
    /// Days from application to first and to final decision, for cases that reached it within the run.
    case daysToFirstDecisionMedianPrePact, daysToFirstDecisionP90PrePact, daysToFirstDecisionMedianNew, daysToFirstDecisionP90New
    case daysToFinalDecisionMedianPrePact, daysToFinalDecisionP90PrePact, daysToFinalDecisionMedianNew, daysToFinalDecisionP90New
    /// Still without a first decision at the end of the run.
    case waitingAtEndPrePact, waitingAtEndNew
    case emergencyMean, emergencyChildrenMean, emergencyChildrenPeak
    case detentionDays, detentionDaysChildren
    case allowedToWorkMean, statusHoldersWaitingMean
    case costTotal
    /// People who entered minus people in a state or gone: zero when the model conserves people.
    case unaccounted
}
