/// A queueing network as `waarborg.network/1` describes it: arrival streams feeding stations,
/// stations with servers, a queue discipline, optional capacity, patience and a server schedule,
/// and probabilistic routing (optionally per class) to other stations or out of the system.
public struct NetworkSpec: Sendable {
    public enum Discipline: String, Sendable, CaseIterable {
        case fifo, priority
        case preemptivePriority = "preemptive-priority"
    }

    public struct Arrival: Sendable {
        public var station: Int
        public var classIndex: Int
        public var interarrival: Distribution
        /// No arrivals after this time (a run that drains), or nil for the whole horizon.
        public var until: Double?
        /// At most this many arrivals from the stream (a fixed population), or nil.
        public var limit: Int?

        public init(station: Int, classIndex: Int, interarrival: Distribution, until: Double? = nil, limit: Int? = nil) {
            self.station = station
            self.classIndex = classIndex
            self.interarrival = interarrival
            self.until = until
            self.limit = limit
        }
    }

    public struct Route: Sendable {
        /// nil = leave the system.
        public var station: Int?
        public var probability: Double
    }

    public struct Station: Sendable {
        public var id: String
        public var servers: Int
        public var discipline: Discipline
        /// Rank per class index (lower is served first); 0 for classes not named.
        public var rank: [Int]
        /// Service time per class index.
        public var service: [Distribution]
        /// Most customers present (waiting and in service); nil = unlimited.
        public var capacity: Int?
        /// Where customers go when the station is full; nil = they are lost (blocked).
        public var overflow: Int?
        public var patience: Distribution?
        /// Changes in the number of servers over time, in time order.
        public var schedule: [(from: Double, servers: Int)]
        /// Routing after service, per class index.
        public var next: [[Route]]
    }

    public var horizon: Double
    public var warmup: Double
    public var replications: Int
    public var seed: UInt64
    public var classes: [String]
    public var arrivals: [Arrival]
    public var stations: [Station]
    /// What one unit of simulated time stands for ("days", "hours"), echoed in the result; the
    /// engine itself does not use it.
    public var timeUnit: String

    public static let defaultTimeUnit = "time units"

    public init(horizon: Double, warmup: Double, replications: Int, seed: UInt64, classes: [String],
                arrivals: [Arrival], stations: [Station], timeUnit: String = NetworkSpec.defaultTimeUnit) {
        self.timeUnit = timeUnit
        self.horizon = horizon
        self.warmup = warmup
        self.replications = replications
        self.seed = seed
        self.classes = classes
        self.arrivals = arrivals
        self.stations = stations
    }
}

/// Why a network description was rejected: the JSON path of the field and what is wrong with it.
public struct NetworkError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let message: String
    public init(_ path: String, _ message: String) {
        self.path = path
        self.message = message
    }
    public var description: String { "\(path): \(message)" }
}
