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
    var daysInMonth = 0
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

    /// Moves a household to a stage, keeping every stock in step.
    mutating func move(_ i: Int32, to stage: Stage) {
        var h = households[Int(i)]
        let p = Int(h.persons), m = Int(h.minors), kind = h.profile.kind.placeKind.rawIndex
        stagePersons[Int(h.stage.rawValue)] -= p
        if h.occupiesReception { receptionPersons[kind] -= p; receptionMinors[kind] -= m }
        if h.stage.inProcedure && !stage.inProcedure && h.working { workingPersons -= p - m; h.working = false }
        if stage == .gone || !(stage == .preparation || stage == .decisionQueue || stage == .screening) { release(&h) }
        h.stage = stage
        h.version &+= 1
        stagePersons[Int(stage.rawValue)] += p
        if h.occupiesReception { receptionPersons[kind] += p; receptionMinors[kind] += m }
        households[Int(i)] = h
    }

    mutating func release(_ h: inout Household) {
        guard h.detained else { return }
        h.detained = false
        detainedPersons -= Int(h.persons)
        detainedMinors -= Int(h.minors)
        if h.profile.kind == .family { detainedFamilyPersons -= Int(h.persons) }
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

    // MARK: arrivals

    mutating func poisson(_ lambda: Double) -> Int {
        guard lambda > 0 else { return 0 }
        if lambda < 30 {
            let l = exp(-lambda)
            var k = 0, p = 1.0
            repeat { k += 1; p *= inflowRandom.nextUnit() } while p > l
            return k - 1
        }
        // Normal approximation for larger means (Box-Muller on the inflow stream).
        let u1 = inflowRandom.nextOpenUnit(), u2 = inflowRandom.nextUnit()
        let z = (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
        return max(0, Int((lambda + z * lambda.squareRoot()).rounded()))
    }

    /// Draws the make-up of one household from the inflow's shares, on the inflow stream so that
    /// every profile meets the same people.
    mutating func drawProfile(nationality: UInt16?, backlog: Bool) -> ApplicantProfile {
        let inflow = scenario.inflow
        let nat: UInt16
        if let n = nationality { nat = n } else {
            let mix = backlog ? (scenario.backlog?.nationalities?.value ?? inflow.nationalities.value) : inflow.nationalities.value
            var u = inflowRandom.nextUnit(), k = 0
            while k < mix.entries.count - 1 && u >= mix.entries[k].share { u -= mix.entries[k].share; k += 1 }
            nat = backlog ? backlogNationalityIndex[k] : nationalityIndex[k]
        }
        let u = inflowRandom.nextUnit()
        let kind: HouseholdKind = u < inflow.unaccompaniedShare.value ? .unaccompaniedMinor
            : (u < inflow.unaccompaniedShare.value + inflow.familyShare.value ? .family : .single)
        var children: UInt8 = 0
        if kind == .family {
            let c = inflow.childrenPerFamily.value.sample(&inflowRandom, position: &position).rounded()
            children = UInt8(min(Double(ApplicantProfile.maxChildren), max(1, c)))
        }
        // Someone in the backlog has applied in the territory and is past the Dublin stage: the
        // shares of airport arrivals and earlier registrations are those of new applicants.
        let airport = inflowRandom.nextUnit() < inflow.airportShare.value && !backlog
        var prior: UInt16? = nil
        if inflowRandom.nextUnit() < inflow.priorRegistrationShare.value && !backlog {
            var v = inflowRandom.nextUnit(), k = 0
            let states = inflow.priorRegistrationStates.value
            while k < states.count - 1 && v >= states[k].1 { v -= states[k].1; k += 1 }
            prior = priorStateIndex[k]
        }
        var findings: UInt32 = 0
        for (f, share) in inflow.findings.value where inflowRandom.nextUnit() < share {
            findings |= 1 << UInt32(FindingID.allCases.firstIndex(of: f)!)
        }
        return ApplicantProfile(nationality: nat, kind: kind, children: children, atAirport: airport, priorState: prior, findings: findings, backlog: backlog)
    }

    /// A new household applies (or is relocated, or resettled) on `day`.
    @discardableResult
    mutating func admit(_ p: ApplicantProfile, madeDay: Int, today: Int, granted: Bool = false, follower: Bool = false) throws(ChainError) -> Int32 {
        let plan: RoutePlan
        do { plan = try book.plan(p, madeOn: date(madeDay)) } catch {
            throw ChainError("the rules refused a simulated case (\(error)); this is a fault in the model, please report it")
        }
        let i = Int32(households.count)
        events += 1
        var h = Household(profile: p, plan: plan, madeDay: Int32(madeDay), persons: Int32(p.persons), minors: Int32(p.minors))
        h.track = plan.track ?? .admissibility
        h.follower = follower
        h.awaitingFirstDecision = !granted
        households.append(h)
        entered += p.persons
        stagePersons[Int(Stage.screening.rawValue)] += p.persons
        receptionPersons[p.kind.placeKind.rawIndex] += p.persons
        receptionMinors[p.kind.placeKind.rawIndex] += p.minors
        if granted {
            households[Int(i)].refugee = true
            move(i, to: .waitingHousing)
            housing.append((i, households[Int(i)].version))
            return i
        }
        awaitingFirst[h.group.rawValue] += p.persons
        if p.backlog {
            // The former law has no screening: the application waits at the IND.
            move(i, to: .preparation)
            let ready = madeDay + Int(sample(scenario.processing.preparation[h.track]!.value))
            schedule(.preparationDone, i, at: max(today, ready))
        } else {
            schedule(.screeningDone, i, at: today + Int(sample(scenario.processing.screeningDays.value)))
        }
        if let w = effectiveWorkDays(plan) { schedule(.workStart, i, at: max(today, madeDay + w)) }
        abscondLater(i, perMonth: scenario.behaviour.abscondingProcedure.value, day: today, from: .procedure)
        return i
    }

    func effectiveWorkDays(_ plan: RoutePlan) -> Int? {
        if let m = scenario.levers.workAfterMonths?.value { return Int((Double(m) * 30.4375).rounded()) }
        return plan.workDays
    }

    mutating func arrivals(day: Int, date today: CalendarDate) throws(ChainError) {
        let dim = Double(CalendarDate.daysIn(month: today.month, year: today.year))
        let inflow = scenario.inflow
        let meanPersons = 1 + inflow.familyShare.value * max(1, inflow.childrenPerFamily.value.mean)
        let persons = inflow.applicationsPerMonth.value[month]
        for _ in 0..<poisson(persons / dim / meanPersons) {
            let p = drawProfile(nationality: nil, backlog: false)
            add(.applications, Double(p.persons))
            try admit(p, madeDay: day, today: day)
        }
        for shock in inflow.shocks where today >= shock.from && today < shock.from.adding(months: shock.months) {
            let n = nationalityIndex[inflow.nationalities.value.entries.firstIndex { $0.code == shock.nationality }!]
            for _ in 0..<poisson(shock.perMonth / dim / meanPersons) {
                let p = drawProfile(nationality: n, backlog: false)
                add(.applications, Double(p.persons))
                try admit(p, madeDay: day, today: day)
            }
        }
        if let tp = scenario.levers.ukraineTemporaryProtectionEnd?.value, today >= tp.from, today < tp.from.adding(months: tp.months),
           let k = inflow.nationalities.value.entries.firstIndex(where: { $0.code.code == "UKR" }) {
            for _ in 0..<poisson(tp.perMonth / dim / meanPersons) {
                let p = drawProfile(nationality: nationalityIndex[k], backlog: false)
                add(.applications, Double(p.persons))
                try admit(p, madeDay: day, today: day)
            }
        }
        if scenario.solidarityMode.value == .relocate {
            for _ in 0..<poisson(scenario.solidarityPerYear.value / 365.25) {
                var p = drawProfile(nationality: nil, backlog: false)
                p.priorState = nil
                p.atAirport = false
                add(.relocationsIn, Double(p.persons))
                add(.applications, Double(p.persons))
                try admit(p, madeDay: day, today: day)
            }
        } else {
            add(.costSolidarity, scenario.solidarityPerYear.value / 365.25 * scenario.costs.solidarityPerPerson.value)
        }
        if let pipeline = inflow.familyPipelinePerMonth?.value {
            let size = max(1, inflow.familyAbroadSize.value.mean)
            for _ in 0..<poisson(pipeline[month] / dim / size) {
                var p = drawProfile(nationality: nil, backlog: true)
                let n = max(1, Int(inflow.familyAbroadSize.value.sample(&inflowRandom, position: &position).rounded()))
                p.kind = .family
                p.children = UInt8(min(Int(ApplicantProfile.maxChildren), n - 1))
                p.priorState = nil
                add(.familyArrivals, Double(p.persons))
                try admit(p, madeDay: day, today: day, granted: true, follower: true)
            }
        }
        for _ in 0..<poisson(scenario.resettlementPerYear.value / 365.25) {
            var p = drawProfile(nationality: nil, backlog: false)
            p.priorState = nil
            p.atAirport = false
            add(.resettled, Double(p.persons))
            let i = try admit(p, madeDay: day, today: day, granted: true)
            familyMayFollow(i, day: day)
        }
    }

    mutating func seedBacklog() throws(ChainError) {
        guard let backlog = scenario.backlog else { return }
        var waiting: [(ApplicantProfile, Int)] = []
        for band in backlog.byAgeMonths.value {
            var persons = 0.0
            while persons < band.persons {
                let p = drawProfile(nationality: nil, backlog: true)
                persons += Double(p.persons)
                let ageDays = Int((Double(band.fromMonths) + inflowRandom.nextUnit() * Double(band.toMonths - band.fromMonths)) * 30.4375)
                waiting.append((p, -max(1, ageDays)))
            }
        }
        // The oldest application first, as the IND's queue holds them.
        waiting.sort { $0.1 < $1.1 }
        for (p, made) in waiting { try admit(p, madeDay: made, today: 0) }
        // Status holders already waiting for a home: granted before the run, housed in turn.
        var holders = 0.0
        while holders < (backlog.statusHoldersWaiting?.value ?? 0) {
            var p = drawProfile(nationality: nil, backlog: true)
            p.priorState = nil
            holders += Double(p.persons)
            try admit(p, madeDay: -180, today: 0, granted: true)
        }
    }

    // MARK: events

    mutating func handle(_ e: Event, day: Int) throws(ChainError) {
        let i = e.household
        var h = households[Int(i)]
        guard e.version == h.version || e.kind == .workStart || e.kind == .familyArrival || e.kind == .abscond else { return }
        events += 1
        switch e.kind {
        case .screeningDone:
            move(i, to: .preparation)
            h = households[Int(i)]
            if h.plan.route == .border {
                detainIfAllowed(i, day: day)
                if let end = h.plan.borderEndDays { schedule(.borderEnd, i, at: Int(h.madeDay) + end + 1) }
            }
            schedule(.preparationDone, i, at: day + Int(sample(scenario.processing.preparation[h.track]!.value)))
        case .preparationDone:
            move(i, to: .decisionQueue)
            queues[households[Int(i)].track.rawIndex][h.group.rawValue].append((i, households[Int(i)].version))
        case .borderEnd:
            // APR Art 51(2): the border procedure is over; the applicant enters and the IND goes on in the regular track.
            add(.borderOverruns, Double(h.persons))
            var moved = households[Int(i)]
            moved.track = .regular
            release(&moved)
            households[Int(i)] = moved
            if h.detained { receptionPersons[h.profile.kind.placeKind.rawIndex] += Int(h.persons); receptionMinors[h.profile.kind.placeKind.rawIndex] += Int(h.minors) }
            let stage = h.stage
            move(i, to: stage)
            if stage == .decisionQueue { queues[DecisionTrack.regular.rawIndex][h.group.rawValue].append((i, households[Int(i)].version)) }
            else { schedule(.preparationDone, i, at: day + 1) }
        case .transferDone:
            leave(i, by: .transferred)
        case .transferDeadline:
            // The transfer did not happen in time: the Netherlands becomes responsible (AMMR Art 46(2); Dublin III Art 29(2)).
            add(.transferDeadlinesMissed, Double(h.persons))
            households[Int(i)].track = .regular
            move(i, to: .preparation)
            schedule(.preparationDone, i, at: day + Int(sample(scenario.processing.preparation[.regular]!.value)))
        case .abscond:
            let still = switch AbscondFrom(rawValue: e.extra)! {
            case .procedure: h.stage.inProcedure && h.stage != .dublin
            case .transfer: h.stage == .dublin
            case .rejected: h.stage == .awaitingDeparture
            }
            if still { leave(i, by: .absconded) }
        case .courtReady:
            move(i, to: .courtQueue)
            court.append((i, households[Int(i)].version, false))
        case .departure:
            leave(i, by: e.extra == 1 ? .departedDemonstrable : .departedUnknown)
        case .workStart:
            if h.stage.inProcedure && !h.working {
                households[Int(i)].working = true
                workingPersons += Int(h.persons - h.minors)
            }
        case .familyArrival:
            var p = h.profile
            p.kind = .family
            p.children = UInt8(max(0, min(Int(ApplicantProfile.maxChildren), Int(e.extra) - 1)))
            p.backlog = false
            add(.familyArrivals, Double(p.persons))
            if h.stage == .waitingHousing {
                let f = try admit(p, madeDay: day, today: day, granted: true, follower: true)
                households[Int(f)].follower = true
            } else {
                // The sponsor already has a home: the family moves in there.
                entered += p.persons
                exits[ExitRoute.housed.rawValue] += p.persons
            }
        }
    }

    mutating func detainIfAllowed(_ i: Int32, day: Int) {
        let h = households[Int(i)]
        guard h.plan.detentionPermitted, h.profile.kind != .unaccompaniedMinor else { return }
        let today = date(day)
        let family = h.profile.kind == .family
        let places = family ? scenario.capacity.detentionFamily.value.value(on: today) : scenario.capacity.detentionAdult.value.value(on: today)
        let used = family ? detainedFamilyPersons : detainedPersons - detainedFamilyPersons
        guard Double(used + Int(h.persons)) <= places else { return }
        let k = h.profile.kind.placeKind.rawIndex
        receptionPersons[k] -= Int(h.persons)
        receptionMinors[k] -= Int(h.minors)
        households[Int(i)].detained = true
        detainedPersons += Int(h.persons)
        detainedMinors += Int(h.minors)
        if family { detainedFamilyPersons += Int(h.persons) }
    }

    // MARK: decisions

    mutating func decide(_ i: Int32, day: Int, track: DecisionTrack) {
        var h = households[Int(i)]
        events += 1
        let persons = Double(h.persons)
        add(.costDecisions, persons * scenario.costs.decision.value)
        switch track {
        case .border: add(.decisionsBorder, persons)
        case .accelerated: add(.decisionsAccelerated, persons)
        case .regular: add(.decisionsRegular, persons)
        case .admissibility: add(.decisionsAdmissibility, persons)
        }
        let waited = Int32(day) - h.madeDay
        if h.plan.route == .transfer && track == .admissibility {
            // A transfer decision is not a decision on the application: it stays in the stock
            // until the transfer, or until the Netherlands decides it after a failed one.
            transferDecision(i, day: day)
            return
        }
        if h.awaitingFirstDecision {
            h.awaitingFirstDecision = false
            awaitingFirst[h.group.rawValue] -= Int(h.persons)
            households[Int(i)].awaitingFirstDecision = false
            firstTimes[h.group.rawValue].append(waited)
            add(.firstDecisions, persons)
            add(.daysWaitedAtFirstDecision, persons * Double(waited))
            firstCount += 1
            let limit = track == .border ? h.plan.borderEndDays : h.plan.decisionDays
            if let limit, Int(waited) > limit {
                lateFirst += 1
                add(.firstDecisionsAfterDeadline, persons)
            }
        }
        let nat = scenario.nationalityEntry(book.countries.codes[Int(h.profile.nationality)], backlog: h.profile.backlog)
        var p: Double
        if h.redecision { p = scenario.behaviour.grantAfterSuccessfulAppeal.value }
        else {
            switch track {
            case .admissibility: p = 0
            case .border: p = (nat?.grantRate ?? 0) * scenario.behaviour.grantFactorBorder.value
            case .accelerated: p = (nat?.grantRate ?? 0) * scenario.behaviour.grantFactorAccelerated.value
            case .regular: p = nat?.grantRate ?? 0
            }
        }
        if unit() < p {
            add(.grants, persons)
            finalTimes[h.group.rawValue].append(waited)
            households[Int(i)].refugee = unit() < (nat?.refugeeShare ?? 0)
            move(i, to: .waitingHousing)
            housing.append((i, households[Int(i)].version))
            familyMayFollow(i, day: day)
            return
        }
        add(.rejections, persons)
        let route: AppealRoute = switch track {
        case .regular: .regular
        case .accelerated: .accelerated
        case .border: .border
        case .admissibility: .inadmissibility
        }
        // A profile's appeal assumptions are about its own procedure; the former law keeps the default.
        let appeal = h.plan.regime == .prePact ? scenario.behaviour.appeal : self.appeal
        if unit() < (appeal.rate[route]?.value ?? 0) {
            add(.appealsLodged, persons)
            let wins = unit() < (appeal.success[route]?.value ?? 0)
            households[Int(i)].appealWouldSucceed = wins
            if let review = scenario.levers.extraReview?.value, wins, unit() < review.share, unit() < review.repairs {
                // The extra review finds the weak decision and the IND takes it again, without a court case.
                add(.reviewRepairs, persons)
                households[Int(i)].redecision = true
                households[Int(i)].track = .regular
                move(i, to: .decisionQueue)
                queues[DecisionTrack.regular.rawIndex][h.group.rawValue].append((i, households[Int(i)].version))
                return
            }
            appealsPending += Int(h.persons)
            move(i, to: .courtPreparation)
            schedule(.courtReady, i, at: day + Int(sample(scenario.processing.courtPreparation.value)))
            return
        }
        finalTimes[h.group.rawValue].append(waited)
        finalRejection(i, day: day)
    }

    mutating func transferDecision(_ i: Int32, day: Int) {
        let h = households[Int(i)]
        move(i, to: .dublin)
        let deadline = Int(h.madeDay) + (h.plan.transferDays ?? 183)
        if unit() < (appeal.rate[.transfer]?.value ?? 0) {
            add(.appealsLodged, Double(h.persons))
            appealsPending += Int(h.persons)
            court.append((i, households[Int(i)].version, true))
        }
        if unit() < scenario.behaviour.transferSuccess.value && deadline > day {
            schedule(.transferDone, i, at: day + 1 + Int(unit() * Double(deadline - day - 1)))
        } else {
            schedule(.transferDeadline, i, at: max(day + 1, deadline + 1))
        }
        abscondLater(i, perMonth: scenario.behaviour.abscondingTransfer.value, day: day, from: .transfer)
    }

    mutating func finalRejection(_ i: Int32, day: Int) {
        move(i, to: .awaitingDeparture)
        let demonstrable = unit() < scenario.behaviour.departureDemonstrableShare.value
        schedule(.departure, i, at: day + max(1, Int(sample(scenario.behaviour.departureDelayDays.value))), extra: demonstrable ? 1 : 0)
        abscondLater(i, perMonth: scenario.behaviour.abscondingRejected.value, day: day, from: .rejected)
    }

    /// A grant: family abroad may follow under the profile's conditions (nareis).
    mutating func familyMayFollow(_ i: Int32, day: Int) {
        let h = households[Int(i)]
        guard !h.follower else { return }
        guard unit() < scenario.inflow.familyAbroadShare.value else { return }
        let size = max(1, Int(sample(scenario.inflow.familyAbroadSize.value).rounded()))
        let wait = h.refugee ? h.plan.refugeeFamilyWaitDays : h.plan.subsidiaryFamilyWaitDays
        let conditions = h.refugee ? h.plan.refugeeFamilyConditions : h.plan.subsidiaryFamilyConditions
        if conditions && unit() >= scenario.behaviour.familyConditionsMetShare.value { return }
        var apply = day + wait
        if let stop = scenario.levers.familyReunificationStop?.value, stop.contains(date(apply)) {
            apply = scenario.start.days(until: stop.upperBound) + 1
        }
        schedule(.familyArrival, i, at: apply + Int(sample(scenario.behaviour.familyDelayDays.value)), extra: Int32(min(size, Int(ApplicantProfile.maxChildren) + 1)))
    }

    /// Today's share of a monthly capacity, carrying what is left over to the next day while
    /// there is work; idle capacity is not saved up.
    static func take(_ credit: inout Double, monthly: Double, days: Double, busy: Bool) -> Double {
        credit += monthly / days
        if !busy { credit = min(credit, 1) }
        return credit
    }

    mutating func pop(_ track: Int, _ group: Int) -> Int32? {
        while let (i, v) = queues[track][group].first {
            queues[track][group].removeFirst()
            let h = households[Int(i)]
            if h.version == v && h.stage == .decisionQueue { return i }
        }
        return nil
    }

    mutating func peekMade(_ track: Int, _ group: Int) -> Int32? {
        while let (i, v) = queues[track][group].first {
            let h = households[Int(i)]
            if h.version == v && h.stage == .decisionQueue { return h.madeDay }
            queues[track][group].removeFirst()
        }
        return nil
    }

    mutating func workIND(day: Int, date today: CalendarDate, days: Double) {
        for track in DecisionTrack.allCases {
            let t = track.rawIndex
            let busy = !queues[t][0].isEmpty || !queues[t][1].isEmpty
            var c = Self.take(&credit[t], monthly: scenario.capacity.ind[track]!.value.value(on: today), days: days, busy: busy)
            func next(_ self: inout ChainReplication, preferPrePact: Bool?) -> Int32? {
                switch preferPrePact {
                case .some(true): return self.pop(t, 0) ?? self.pop(t, 1)
                case .some(false): return self.pop(t, 1) ?? self.pop(t, 0)
                case .none:
                    let a = self.peekMade(t, 0), b = self.peekMade(t, 1)
                    if let a, let b { return a <= b ? self.pop(t, 0) : self.pop(t, 1) }
                    return self.pop(t, a != nil ? 0 : 1)
                }
            }
            switch scenario.priority.value {
            case .newFirst:
                while c >= 1, let i = next(&self, preferPrePact: false) { c -= Double(households[Int(i)].persons); decide(i, day: day, track: track) }
            case .oldestFirst:
                while c >= 1, let i = next(&self, preferPrePact: nil) { c -= Double(households[Int(i)].persons); decide(i, day: day, track: track) }
            case .share(let s):
                var old = c * s
                while old >= 1, let i = pop(t, 0) {
                    let n = Double(households[Int(i)].persons)
                    old -= n; c -= n
                    decide(i, day: day, track: track)
                }
                while c >= 1, let i = next(&self, preferPrePact: false) { c -= Double(households[Int(i)].persons); decide(i, day: day, track: track) }
            }
            credit[t] = c
        }
    }

    mutating func workCourts(day: Int, date today: CalendarDate, days: Double) {
        var c = Self.take(&courtCredit, monthly: scenario.capacity.court.value.value(on: today), days: days, busy: !court.isEmpty)
        while c >= 1, let (i, v, transfer) = court.first {
            court.removeFirst()
            let h = households[Int(i)]
            guard h.version == v || transfer else { continue }
            events += 1
            c -= Double(h.persons)
            appealsPending -= Int(h.persons)
            add(.courtDecisions, Double(h.persons))
            add(.costCourt, Double(h.persons) * scenario.costs.courtCase.value)
            if transfer {
                // A won appeal against the transfer decision leaves the Netherlands responsible.
                guard unit() < (appeal.success[.transfer]?.value ?? 0) else { continue }
                add(.appealsWon, Double(h.persons))
                guard h.stage == .dublin, h.version == v else { continue }
                households[Int(i)].track = .regular
                move(i, to: .preparation)
                schedule(.preparationDone, i, at: day + Int(sample(scenario.processing.preparation[.regular]!.value)))
                continue
            }
            if h.appealWouldSucceed {
                add(.appealsWon, Double(h.persons))
                households[Int(i)].redecision = true
                move(i, to: .decisionQueue)
                queues[h.track.rawIndex][h.group.rawValue].append((i, households[Int(i)].version))
            } else {
                finalTimes[h.group.rawValue].append(Int32(day) - h.madeDay)
                finalRejection(i, day: day)
            }
        }
        courtCredit = c
    }

    mutating func workHousing(date today: CalendarDate, days: Double) {
        var c = Self.take(&housingCredit, monthly: scenario.capacity.housingPerMonth.value.value(on: today), days: days, busy: !housing.isEmpty)
        while c >= 1, let (i, v) = housing.first {
            housing.removeFirst()
            guard households[Int(i)].version == v, households[Int(i)].stage == .waitingHousing else { continue }
            c -= Double(households[Int(i)].persons)
            events += 1
            leave(i, by: .housed)
        }
        housingCredit = c
    }

    /// Places, emergency shelter, detention and their cost for one day.
    mutating func countDay(date today: CalendarDate, days: Double) {
        var emergency = 0.0, emergencyChildren = 0.0
        let costs = scenario.costs
        for kind in PlaceKind.allCases {
            let k = kind.rawIndex
            let need = Double(receptionPersons[k])
            let places = scenario.capacity.reception[kind]!.value.value(on: today)
            let placed = min(need, places)
            let over = need - placed
            emergency += over
            if need > 0 { emergencyChildren += over * Double(receptionMinors[k]) / need }
            let m: ChainMetric = switch kind {
            case .regular: .receptionRegular
            case .family: .receptionFamily
            case .unaccompaniedMinor: .receptionUnaccompanied
            }
            add(m, placed / days)
            add(.costReception, placed * costs.receptionPerDay[kind]!.value)
        }
        add(.emergency, emergency / days)
        add(.emergencyChildren, emergencyChildren / days)
        add(.costEmergency, emergency * costs.emergencyPerDay.value)
        add(.detained, Double(detainedPersons) / days)
        add(.detainedChildren, Double(detainedMinors) / days)
        add(.costDetention, Double(detainedPersons) * costs.detentionPerDay.value)
        add(.allowedToWork, Double(workingPersons) / days)
        detentionDays += Double(detainedPersons)
        detentionChildDays += Double(detainedMinors)
        peakChildren = max(peakChildren, emergencyChildren)
    }

    mutating func closeMonth() {
        add(.backlogPrePact, Double(awaitingFirst[0]))
        add(.backlogNew, Double(awaitingFirst[1]))
        add(.appealsPending, Double(appealsPending))
        add(.dublinPending, Double(stagePersons[Int(Stage.dublin.rawValue)]))
        add(.statusHoldersWaiting, Double(stagePersons[Int(Stage.waitingHousing.rawValue)]))
        add(.awaitingDeparture, Double(stagePersons[Int(Stage.awaitingDeparture.rawValue)]))
        var cost = 0.0
        for m in [ChainMetric.costReception, .costEmergency, .costDetention, .costDecisions, .costCourt, .costSolidarity] { cost += monthly[m.index][month] }
        add(.costTotal, cost)
        let present = Stage.allCases.filter { $0 != .gone }.reduce(0) { $0 + stagePersons[Int($1.rawValue)] }
        unaccounted = max(unaccounted, abs(entered - present - exits.reduce(0, +)))
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
                if monitor?.isCancelled == true { throw ChainError("cancelled") }
            }
            let days = Double(CalendarDate.daysIn(month: today.month, year: today.year))
            try arrivals(day: day, date: today)
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

extension Scenario {
    /// The grant rates of a nationality: the backlog's own where it gives them, for the backlog.
    func nationalityEntry(_ c: CountryCode, backlog isBacklog: Bool) -> NationalityMix.Entry? {
        let own = inflow.nationalities.value.entries.first { $0.code == c }, old = backlog?.nationalities?.value.entries.first { $0.code == c }
        return isBacklog ? (old ?? own) : (own ?? old)
    }
}
