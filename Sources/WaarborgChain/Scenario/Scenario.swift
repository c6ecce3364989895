import LegalCalendar
import WaarborgRules
import WaarborgSim

/// One figure taken from the world, with where it comes from. The report lists every one, so a
/// reader can see what the results rest on; the decoder refuses an assumption without a source.
public struct Assumption<Value: Sendable>: Sendable {
    public let value: Value
    public let source: String
    public let note: String

    public init(value: Value, source: String, note: String) {
        self.value = value
        self.source = source
        self.note = note
    }
}

/// A quantity that changes over time in steps (capacity, places): each step holds from its date
/// until the next step.
public struct Schedule: Sendable, Equatable {
    public struct Step: Sendable, Equatable {
        public let from: CalendarDate
        public let value: Double
    }
    public let steps: [Step]

    public static func constant(_ v: Double) -> Schedule { Schedule(steps: [Step(from: CalendarDate(dayNumber: Int.min / 4), value: v)]) }

    /// The value on `day`: the last step that has started, or the first step before any has.
    public func value(on day: CalendarDate) -> Double {
        var v = steps[0].value
        for s in steps where s.from <= day { v = s.value }
        return v
    }
}

/// The IND tracks a first-instance decision is taken in; each has its own capacity.
public enum DecisionTrack: String, Sendable, CaseIterable {
    case regular, accelerated, border, admissibility
}

/// The kinds of reception place the scenario gives capacity for; whoever does not fit in the
/// place of their kind is counted in emergency shelter.
public enum PlaceKind: String, Sendable, CaseIterable {
    case regular, family, unaccompaniedMinor
}

/// The route a rejection came from, for appeal rates and success.
public enum AppealRoute: String, Sendable, CaseIterable {
    case regular, accelerated, border, inadmissibility, transfer
}

/// In which order the IND decides the pre-Pact backlog and new applications.
public enum PriorityRule: Sendable, Equatable {
    case newFirst
    case oldestFirst
    /// This share of each day's capacity goes to the pre-Pact backlog first; what it leaves goes to the other group.
    case share(prePact: Double)

    public var name: String {
        switch self {
        case .newFirst: "new-first"
        case .oldestFirst: "oldest-first"
        case .share: "share"
        }
    }
}

public enum SolidarityMode: String, Sendable { case relocate, pay }

public struct NationalityMix: Sendable {
    public struct Entry: Sendable {
        public let code: CountryCode
        public let share: Double
        /// Share of first-instance decisions on the merits that grant protection.
        public let grantRate: Double
        /// Share of grants that are refugee status (the rest subsidiary protection).
        public let refugeeShare: Double
    }
    public let entries: [Entry]
}

public struct AppealBehaviour: Sendable {
    public var rate: [AppealRoute: Assumption<Double>]
    public var success: [AppealRoute: Assumption<Double>]
}

public struct InflowShock: Sendable {
    public let name: String
    public let from: CalendarDate
    public let months: Int
    public let perMonth: Double
    public let nationality: CountryCode
    public let source: String
    public let note: String
}

public struct Scenario: Sendable {
    public static let schemaID = "waarborg.scenario/1"
    public static let maxHorizonMonths = 240
    public static let maxReplications = 1000

    public var name: String
    /// The name in Dutch, for the Dutch report (the name when absent).
    public var nameNl: String?
    public var description: String
    public var start: CalendarDate
    public var horizonMonths: Int
    public var replications: Int
    public var seed: UInt64

    public struct Inflow: Sendable {
        /// Per month of the run (already expanded from 1, 12 or horizon values).
        public var applicationsPerMonth: Assumption<[Double]>
        public var nationalities: Assumption<NationalityMix>
        public var unaccompaniedShare: Assumption<Double>
        public var familyShare: Assumption<Double>
        public var childrenPerFamily: Assumption<Distribution>
        public var airportShare: Assumption<Double>
        public var priorRegistrationShare: Assumption<Double>
        public var priorRegistrationStates: Assumption<[(CountryCode, Double)]>
        public var findings: Assumption<[(FindingID, Double)]>
        public var familyAbroadShare: Assumption<Double>
        public var familyAbroadSize: Assumption<Distribution>
        /// Family members of people granted before the run who arrive and need reception until the
        /// family is housed (persons per month, one per month of the run).
        public var familyPipelinePerMonth: Assumption<[Double]>?
        public var shocks: [InflowShock]
    }
    public var inflow: Inflow

    public struct Backlog: Sendable {
        public struct Band: Sendable {
            public let fromMonths: Int
            public let toMonths: Int
            public let persons: Double
        }
        public var byAgeMonths: Assumption<[Band]>
        public var nationalities: Assumption<NationalityMix>?
        /// Status holders in reception waiting for a home at the start.
        public var statusHoldersWaiting: Assumption<Double>?
    }
    public var backlog: Backlog?

    public struct Capacity: Sendable {
        public var ind: [DecisionTrack: Assumption<Schedule>]
        public var court: Assumption<Schedule>
        public var reception: [PlaceKind: Assumption<Schedule>]
        public var housingPerMonth: Assumption<Schedule>
        public var detentionAdult: Assumption<Schedule>
        public var detentionFamily: Assumption<Schedule>
    }
    public var capacity: Capacity

    public struct Processing: Sendable {
        public var screeningDays: Assumption<Distribution>
        public var preparation: [DecisionTrack: Assumption<Distribution>]
        public var courtPreparation: Assumption<Distribution>
    }
    public var processing: Processing

    public struct Behaviour: Sendable {
        public var grantFactorAccelerated: Assumption<Double>
        public var grantFactorBorder: Assumption<Double>
        /// Share of new decisions after a successful appeal that grant protection.
        public var grantAfterSuccessfulAppeal: Assumption<Double>
        public var appeal: AppealBehaviour
        public var transferSuccess: Assumption<Double>
        public var abscondingTransfer: Assumption<Double>
        public var abscondingProcedure: Assumption<Double>
        public var abscondingRejected: Assumption<Double>
        public var departureDemonstrableShare: Assumption<Double>
        public var departureDelayDays: Assumption<Distribution>
        public var familyConditionsMetShare: Assumption<Double>
        public var familyDelayDays: Assumption<Distribution>
    }
    public var behaviour: Behaviour

    /// Appeal assumptions that differ per profile id, merged over `behaviour.appeal`.
    public var profileAppeal: [String: AppealBehaviour]

    public var priority: Assumption<PriorityRule>
    public var solidarityMode: Assumption<SolidarityMode>
    public var solidarityPerYear: Assumption<Double>
    public var resettlementPerYear: Assumption<Double>

    public struct Levers: Sendable {
        public var familyReunificationStop: Assumption<ClosedRange<CalendarDate>>?
        public var extraReview: Assumption<(share: Double, repairs: Double)>?
        public var workAfterMonths: Assumption<Int>?
        public var ukraineTemporaryProtectionEnd: Assumption<(from: CalendarDate, months: Int, perMonth: Double)>?
    }
    public var levers: Levers

    public struct Costs: Sendable {
        public var receptionPerDay: [PlaceKind: Assumption<Double>]
        public var emergencyPerDay: Assumption<Double>
        public var detentionPerDay: Assumption<Double>
        public var decision: Assumption<Double>
        public var courtCase: Assumption<Double>
        public var solidarityPerPerson: Assumption<Double>
    }
    public var costs: Costs

    /// Every assumption in the order of the file, for the report's table.
    public var assumptions: [AssumptionRecord]
    /// SHA-256 of the scenario text, for the receipt.
    public var hash: String = ""

    public var end: CalendarDate { start.adding(months: horizonMonths) }
    public var horizonDays: Int { start.days(until: end) }

    /// The appeal behaviour under one profile: the scenario's default with the profile's replacements.
    public func appeal(for profileID: String) -> AppealBehaviour {
        var a = behaviour.appeal
        if let p = profileAppeal[profileID] {
            for (k, v) in p.rate { a.rate[k] = v }
            for (k, v) in p.success { a.success[k] = v }
        }
        return a
    }
}

/// One line of the assumptions table: the key, its value in short, and where it comes from.
public struct AssumptionRecord: Sendable, Equatable {
    public let key: String
    public let value: LocalizedText
    public let source: String
    public let note: String
}

/// A scenario that cannot be used, with the key at fault.
extension Scenario {
    /// About how many people one replication simulates: the inflow over the horizon, its shocks
    /// and the backlog at the start. People are simulated one by one, so this bounds a run's
    /// memory and time.
    public var peoplePerReplication: Double {
        inflow.applicationsPerMonth.value.reduce(0, +) + inflow.shocks.reduce(0) { $0 + $1.perMonth * Double($1.months) }
            + (backlog?.byAgeMonths.value.reduce(0) { $0 + $1.persons } ?? 0)
    }
}

public struct ScenarioError: Error, Sendable, CustomStringConvertible, Equatable {
    public let path: String
    public let message: String
    public init(_ path: String, _ message: String) {
        self.path = path
        self.message = message
    }
    public var description: String { "\(path): \(message)" }
}
