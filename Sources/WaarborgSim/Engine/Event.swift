/// One scheduled happening. Events are plain 24-byte values in a heap: no closure and no task per
/// customer, which is what keeps the event loop at millions of events per second.
struct Event: Comparable {
    enum Kind: UInt8 {
        /// Server-schedule changes first, then completions, then arrivals, then abandonments: a
        /// fixed order for events at the same instant, so runs are reproducible.
        case schedule = 0, serviceEnd = 1, arrival = 2, abandon = 3
    }

    var time: Double
    /// Kind (2 bits), then the scheduling sequence number (46 bits, FIFO among equal times and
    /// kinds), then the place (16 bits: arrival stream or station). Comparing `(time, order)`
    /// therefore compares time, then kind, then sequence.
    var order: UInt64
    var customer: Int32
    /// The customer's version when the event was scheduled; a later change (service started,
    /// preempted, left) makes the event stale, and it is skipped when popped.
    var version: UInt32

    static let maxPlaces = 1 << 16

    init(time: Double, sequence: UInt64, kind: Kind, index: Int, customer: Int32, version: UInt32) {
        self.time = time
        order = UInt64(kind.rawValue) << 62 | (sequence & 0x3FFF_FFFF_FFFF) << 16 | UInt64(index & 0xFFFF)
        self.customer = customer
        self.version = version
    }

    var kind: Kind { Kind(rawValue: UInt8(order >> 62))! }
    var index: Int { Int(order & 0xFFFF) }

    @inline(__always)
    static func < (a: Event, b: Event) -> Bool { a.time < b.time || (a.time == b.time && a.order < b.order) }
    static func == (a: Event, b: Event) -> Bool { a.time == b.time && a.order == b.order }
}
