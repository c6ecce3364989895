import DequeModule
import Foundation
import LegalCalendar
import WaarborgRules
import WaarborgSim

/// Where a household is in the chain. Every household that entered is in exactly one stage, or
/// has left by one of the exits; the conservation test checks that at every month end.
enum Stage: UInt8, CaseIterable {
    case screening, preparation, decisionQueue, dublin, courtPreparation, courtQueue, waitingHousing, awaitingDeparture, gone

    /// Waiting for a first or a new decision on the application (the procedure).
    var inProcedure: Bool {
        switch self {
        case .screening, .preparation, .decisionQueue, .dublin, .courtPreparation, .courtQueue: true
        default: false
        }
    }
}

enum ExitRoute: Int, CaseIterable { case housed, transferred, departedDemonstrable, departedUnknown, absconded }

enum PriorityGroup: Int { case prePact = 0, new = 1 }

struct Household {
    var profile: ApplicantProfile
    var plan: RoutePlan
    var madeDay: Int32
    var stage: Stage = .screening
    /// Moves on at every change of stage, so a scheduled event for an earlier stage is ignored.
    var version: UInt32 = 0
    var track: DecisionTrack = .regular
    var detained = false
    var working = false
    var awaitingFirstDecision = true
    var redecision = false
    var refugee = false
    var appealWouldSucceed = false
    var follower = false
    var persons: Int32
    var minors: Int32
    var group: PriorityGroup { profile.backlog ? .prePact : .new }
    var occupiesReception: Bool { stage != .gone && !detained }
}

struct Event {
    enum Kind: UInt8 { case screeningDone, preparationDone, borderEnd, transferDone, transferDeadline, abscond, courtReady, departure, workStart, familyArrival }
    let kind: Kind
    let household: Int32
    let version: UInt32
    var extra: Int32 = 0
}

/// What one replication of one profile produced.
public struct ReplicationOutcome: Sendable {
    /// `monthly[metric.index][month]`.
    public var monthly: [[Double]]
    public var summary: [ChainSummary: Double]
    public var households: Int
    /// Persons who entered the chain (applicants, the backlog, family members, resettled).
    public var persons: Int
    public var events: Int
}

/// One replication of the chain under one profile: a day-by-day run. Each day, people arrive and
/// are routed by the rules, scheduled events happen (end of screening, a transfer, a border
/// procedure running out), and the IND, the courts and the municipalities work through their
/// queues as far as that day's capacity goes.
struct ChainReplication {
    let scenario: Scenario
    let book: RouteBook
    let profileID: String
    let nationalityIndex: [UInt16]
    let backlogNationalityIndex: [UInt16]
    let priorStateIndex: [UInt16]
    let appeal: AppealBehaviour
    /// Grant rates by country index, for new applicants and for the backlog (looked up per decision).
    let grantEntries: [NationalityMix.Entry?]
    let backlogGrantEntries: [NationalityMix.Entry?]
    /// Preparation times by track (`DecisionTrack.rawIndex`).
    let preparation: [Distribution]
    var inflowRandom: Xoshiro256StarStar
    var random: Xoshiro256StarStar
    var position = 0

    var households: [Household] = []
    var agenda: [[Event]]
    var queues: [[Deque<(Int32, UInt32)>]]  // [track][group]
    var court: Deque<(Int32, UInt32, Bool)> = []  // household, version, transfer appeal
    var housing: Deque<(Int32, UInt32)> = []
    var credit = [Double](repeating: 0, count: DecisionTrack.allCases.count)
    var courtCredit = 0.0
    var housingCredit = 0.0

    // Stocks in persons.
    var stagePersons = [Int](repeating: 0, count: Stage.allCases.count)
    var receptionPersons = [Int](repeating: 0, count: PlaceKind.allCases.count)
    var receptionMinors = [Int](repeating: 0, count: PlaceKind.allCases.count)
    var detainedPersons = 0, detainedMinors = 0, detainedFamilyPersons = 0
    var workingPersons = 0
    var awaitingFirst = [0, 0]
    var appealsPending = 0
    var entered = 0
    var exits = [Int](repeating: 0, count: ExitRoute.allCases.count)

    var monthly: [[Double]]
    var month = 0
    var events = 0
    var firstTimes: [[Int32]] = [[], []]
    var finalTimes: [[Int32]] = [[], []]
    var lateFirst = 0, firstCount = 0
    var peakChildren = 0.0
    var detentionDays = 0.0, detentionChildDays = 0.0
    var unaccounted = 0

    init(scenario: Scenario, book: RouteBook, profileID: String, replication: Int, countryIndex: [CountryCode: UInt16]) {
        self.scenario = scenario
        self.book = book
        self.profileID = profileID
        nationalityIndex = scenario.inflow.nationalities.value.entries.map { countryIndex[$0.code]! }
        backlogNationalityIndex = (scenario.backlog?.nationalities?.value ?? scenario.inflow.nationalities.value).entries.map { countryIndex[$0.code]! }
        priorStateIndex = scenario.inflow.priorRegistrationStates.value.map { countryIndex[$0.0]! }
        appeal = scenario.appeal(for: profileID)
        func entries(_ mix: NationalityMix?) -> [CountryCode: NationalityMix.Entry] {
            Dictionary(uniqueKeysWithValues: (mix?.entries ?? []).map { ($0.code, $0) })
        }
        let own = entries(scenario.inflow.nationalities.value), old = entries(scenario.backlog?.nationalities?.value)
        let codes = book.countries.codes
        grantEntries = codes.map { own[$0] ?? old[$0] }
        backlogGrantEntries = codes.map { old[$0] ?? own[$0] }
        preparation = DecisionTrack.allCases.map { scenario.processing.preparation[$0]!.value }
        // The same streams for every profile: each profile meets the same people (common random numbers).
        inflowRandom = RandomStreams.stream(seed: scenario.seed, replication: replication, purpose: 0)
        random = RandomStreams.stream(seed: scenario.seed, replication: replication, purpose: 1)
        agenda = Array(repeating: [], count: scenario.horizonDays + 1)
        queues = DecisionTrack.allCases.map { _ in [[], []] }
        monthly = ChainMetric.allCases.map { _ in [Double](repeating: 0, count: scenario.horizonMonths) }
    }

    // MARK: helpers

    mutating func unit() -> Double { random.nextUnit() }
    mutating func sample(_ d: Distribution) -> Double { d.sample(&random, position: &position) }
    mutating func add(_ m: ChainMetric, _ v: Double) { monthly[m.index][month] += v }

    mutating func schedule(_ kind: Event.Kind, _ h: Int32, at day: Int, extra: Int32 = 0) {
        guard day < agenda.count else { return }
        agenda[max(day, 0)].append(Event(kind: kind, household: h, version: households[Int(h)].version, extra: extra))
    }

    func date(_ day: Int) -> CalendarDate { scenario.start.adding(days: day) }

    /// Adds a household's persons to the stocks of where it is (`sign` 1) or takes them out (-1).
    mutating func count(_ h: Household, _ sign: Int) {
        let p = sign * Int(h.persons), m = sign * Int(h.minors), kind = h.profile.kind.placeKind.rawIndex
        stagePersons[Int(h.stage.rawValue)] += p
        if h.occupiesReception { receptionPersons[kind] += p; receptionMinors[kind] += m }
        if h.detained {
            detainedPersons += p
            detainedMinors += m
            if h.profile.kind == .family { detainedFamilyPersons += p }
        }
    }

    /// Moves a household to a stage, keeping every stock in step. Detention ends with the
    /// border procedure's stages (screening, preparation, the decision queue).
    mutating func move(_ i: Int32, to stage: Stage) {
        var h = households[Int(i)]
        count(h, -1)
        if h.stage.inProcedure && !stage.inProcedure && h.working { workingPersons -= Int(h.persons - h.minors); h.working = false }
        if !(stage == .preparation || stage == .decisionQueue || stage == .screening) { h.detained = false }
        h.stage = stage
        h.version &+= 1
        count(h, 1)
        households[Int(i)] = h
    }

    /// Detains or releases a household where it is; reception and detention stocks follow.
    mutating func setDetained(_ i: Int32, _ on: Bool) {
        count(households[Int(i)], -1)
        households[Int(i)].detained = on
        count(households[Int(i)], 1)
    }

    /// Puts a household in the IND queue of its track and priority group.
    mutating func enqueue(_ i: Int32) {
        let h = households[Int(i)]
        queues[h.track.rawIndex][h.group.rawValue].append((i, h.version))
    }

    /// Starts the preparation of a household's case for its track; it joins the queue when ready.
    mutating func prepare(_ i: Int32, day: Int) {
        move(i, to: .preparation)
        schedule(.preparationDone, i, at: day + Int(sample(preparation[households[Int(i)].track.rawIndex])))
    }

    /// A status holder joins the queue for a home.
    mutating func waitForHousing(_ i: Int32) {
        move(i, to: .waitingHousing)
        housing.append((i, households[Int(i)].version))
    }

    func grantEntry(_ h: Household) -> NationalityMix.Entry? {
        (h.profile.backlog ? backlogGrantEntries : grantEntries)[Int(h.profile.nationality)]
    }

    mutating func leave(_ i: Int32, by exit: ExitRoute) {
        let h = households[Int(i)]
        if h.awaitingFirstDecision { awaitingFirst[h.group.rawValue] -= Int(h.persons) }
        households[Int(i)].awaitingFirstDecision = false
        move(i, to: .gone)
        exits[exit.rawValue] += Int(h.persons)
        switch exit {
        case .housed: add(.housed, Double(h.persons))
        case .transferred: add(.transfersOut, Double(h.persons))
        case .departedDemonstrable: add(.departuresDemonstrable, Double(h.persons))
        case .departedUnknown: add(.departuresUnknown, Double(h.persons))
        case .absconded: add(.absconded, Double(h.persons))
        }
    }

    /// Where a person may abscond from; the event is ignored if they have moved on by then.
    enum AbscondFrom: Int32 { case procedure, transfer, rejected }

    mutating func abscondLater(_ i: Int32, perMonth rate: Double, day: Int, from: AbscondFrom) {
        guard rate > 0 else { return }
        let wait = -log(random.nextOpenUnit()) * 30.4375 / rate
        if wait < Double(agenda.count) { schedule(.abscond, i, at: day + max(1, Int(wait)), extra: from.rawValue) }
    }

    // MARK: the run

    mutating func run(monitor: RunMonitor?, task: Int) throws(ChainError) -> ReplicationOutcome {
        try seedBacklog()
        var day = 0
        let horizon = scenario.horizonDays
        var monthEnd = scenario.start.adding(months: 1)
        while day < horizon {
            let today = date(day)
            if today >= monthEnd {
                closeMonth()
                month += 1
                monthEnd = scenario.start.adding(months: month + 1)
                monitor?.reached(task, time: Double(day))
            }
            // Every simulated day, so that a cancelled run (a server's time limit) stops within a
            // day's work rather than a month's; one lock a day is nothing next to the day's events.
            if monitor?.isCancelled == true { throw ChainError("cancelled") }
            // Monthly figures are spread over the days of the run's month (12 June to 11 July, ...),
            // so that a month's capacity and inflow are exactly the month's, and averages are true averages.
            let days = Double(scenario.start.adding(months: month).days(until: monthEnd))
            try arrivals(day: day, date: today, dim: days)
            var k = 0
            while k < agenda[day].count {
                try handle(agenda[day][k], day: day)
                k += 1
            }
            agenda[day] = []
            workIND(day: day, date: today, days: days)
            workCourts(day: day, date: today, days: days)
            workHousing(date: today, days: days)
            countDay(date: today, days: days)
            day += 1
        }
        closeMonth()
        return outcome()
    }

    func outcome() -> ReplicationOutcome {
        func total(_ m: ChainMetric) -> Double { monthly[m.index].reduce(0, +) }
        func mean(_ m: ChainMetric) -> Double { monthly[m.index].reduce(0, +) / Double(max(1, monthly[m.index].count)) }
        func q(_ v: [Int32], _ p: Double) -> Double {
            guard !v.isEmpty else { return .nan }
            let s = v.sorted()
            return Double(s[min(s.count - 1, Int((p * Double(s.count - 1)).rounded()))])
        }
        var s: [ChainSummary: Double] = [:]
        s[.applications] = total(.applications)
        s[.firstDecisions] = total(.firstDecisions)
        s[.grants] = total(.grants)
        s[.rejections] = total(.rejections)
        s[.appealsLodged] = total(.appealsLodged)
        s[.familyArrivals] = total(.familyArrivals)
        s[.appealsPendingAtEnd] = Double(appealsPending)
        s[.departures] = total(.departuresDemonstrable) + total(.departuresUnknown)
        s[.absconded] = total(.absconded)
        s[.transfersOut] = total(.transfersOut)
        s[.relocationsIn] = total(.relocationsIn)
        s[.housed] = total(.housed)
        s[.shareFirstDecisionsLate] = firstCount > 0 ? Double(lateFirst) / Double(firstCount) : .nan
        s[.daysToFirstDecisionMedianPrePact] = q(firstTimes[0], 0.5)
        s[.daysToFirstDecisionP90PrePact] = q(firstTimes[0], 0.9)
        s[.daysToFirstDecisionMedianNew] = q(firstTimes[1], 0.5)
        s[.daysToFirstDecisionP90New] = q(firstTimes[1], 0.9)
        s[.daysToFinalDecisionMedianPrePact] = q(finalTimes[0], 0.5)
        s[.daysToFinalDecisionP90PrePact] = q(finalTimes[0], 0.9)
        s[.daysToFinalDecisionMedianNew] = q(finalTimes[1], 0.5)
        s[.daysToFinalDecisionP90New] = q(finalTimes[1], 0.9)
        s[.waitingAtEndPrePact] = Double(awaitingFirst[0])
        s[.waitingAtEndNew] = Double(awaitingFirst[1])
        s[.emergencyMean] = mean(.emergency)
        s[.emergencyChildrenMean] = mean(.emergencyChildren)
        s[.emergencyChildrenPeak] = peakChildren
        s[.detentionDays] = detentionDays
        s[.detentionDaysChildren] = detentionChildDays
        s[.allowedToWorkMean] = mean(.allowedToWork)
        s[.statusHoldersWaitingMean] = mean(.statusHoldersWaiting)
        s[.costTotal] = total(.costTotal)
        s[.unaccounted] = Double(unaccounted)
        return ReplicationOutcome(monthly: monthly, summary: s, households: households.count, persons: entered, events: events)
    }
}

public struct ChainError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension DecisionTrack {
    var rawIndex: Int {
        switch self {
        case .regular: 0
        case .accelerated: 1
        case .border: 2
        case .admissibility: 3
        }
    }
}

extension PlaceKind {
    var rawIndex: Int {
        switch self {
        case .regular: 0
        case .family: 1
        case .unaccompaniedMinor: 2
        }
    }
}

