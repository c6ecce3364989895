/// Whether a pass of the rules writes its explanations.
///
/// The open-fact search and the simulation run the same rules as `assess`, many times per case,
/// and read only the decisions. Every text the rules build goes through a `Narration`, whose
/// argument is a non-escaping autoclosure: when the pass is silent the sentence is never
/// formatted, so the decision path costs no string work and cannot drift from the narrated one.
struct Narration: Sendable {
    let on: Bool

    static let full = Narration(on: true)
    static let silent = Narration(on: false)

    @inline(__always)
    func callAsFunction(_ text: @autoclosure () -> LocalizedText) -> LocalizedText { on ? text() : .silence }

    /// A text that may be absent (a note that applies to some cases only).
    @inline(__always)
    func ifAny(_ text: @autoclosure () -> LocalizedText?) -> LocalizedText? { on ? text() : nil }
}

/// The trace of one pass: the steps are recorded only when the pass narrates.
struct Trace {
    let narration: Narration
    private(set) var steps: [TraceStep] = []

    init(_ narration: Narration) {
        self.narration = narration
        if narration.on { steps.reserveCapacity(24) }
    }

    @inline(__always)
    mutating func append(_ step: @autoclosure () -> TraceStep) {
        if narration.on { steps.append(step()) }
    }
}

extension LocalizedText {
    /// The text of a silent pass: never shown, because a silent pass writes no report.
    static let silence = LocalizedText(en: "", nl: "")
}
