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
    /// The position in `allCases`, as a switch: `add` runs for every event, and a dictionary
    /// lookup would hash the raw string each time (a test keeps the two in step).
    public var index: Int {
        switch self {
        case .applications: 0
        case .relocationsIn: 1
        case .resettled: 2
        case .familyArrivals: 3
        case .decisionsBorder: 4
        case .decisionsAccelerated: 5
        case .decisionsRegular: 6
        case .decisionsAdmissibility: 7
        case .grants: 8
        case .rejections: 9
        case .firstDecisions: 10
        case .firstDecisionsAfterDeadline: 11
        case .daysWaitedAtFirstDecision: 12
        case .appealsLodged: 13
        case .courtDecisions: 14
        case .appealsWon: 15
        case .reviewRepairs: 16
        case .transfersOut: 17
        case .transferDeadlinesMissed: 18
        case .borderOverruns: 19
        case .departuresDemonstrable: 20
        case .departuresUnknown: 21
        case .absconded: 22
        case .housed: 23
        case .costReception: 24
        case .costEmergency: 25
        case .costDetention: 26
        case .costDecisions: 27
        case .costCourt: 28
        case .costSolidarity: 29
        case .costTotal: 30
        case .backlogPrePact: 31
        case .backlogNew: 32
        case .appealsPending: 33
        case .dublinPending: 34
        case .statusHoldersWaiting: 35
        case .awaitingDeparture: 36
        case .receptionRegular: 37
        case .receptionFamily: 38
        case .receptionUnaccompanied: 39
        case .emergency: 40
        case .emergencyChildren: 41
        case .detained: 42
        case .detainedChildren: 43
        case .allowedToWork: 44
        }
    }
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
