/// One scheduled happening. Events are plain values in a heap: no closure and no task per
/// customer, which is what keeps the event loop at millions of events per second.
struct Event: Comparable {
    enum Kind: UInt8 {
        /// Server-schedule changes first, then completions, then arrivals, then abandonments: a
        /// fixed order for events at the same instant, so runs are reproducible.
        case schedule = 0, serviceEnd = 1, arrival = 2, abandon = 3
    }

    var time: Double
    /// Tie-break after time and kind: the order in which events were scheduled (FIFO).
    var sequence: UInt64
    var kind: Kind
    /// Arrival stream (for `.arrival`) or station.
    var index: Int32
    var customer: Int32
    /// The customer's version when the event was scheduled; a later change (service started,
    /// preempted) makes the event stale, and it is skipped when popped.
    var version: UInt32

    static func < (a: Event, b: Event) -> Bool {
        if a.time != b.time { return a.time < b.time }
        if a.kind != b.kind { return a.kind.rawValue < b.kind.rawValue }
        return a.sequence < b.sequence
    }

    static func == (a: Event, b: Event) -> Bool { a.sequence == b.sequence && a.time == b.time }
}
