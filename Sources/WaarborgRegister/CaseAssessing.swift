import WaarborgJSON
import WaarborgRules
import LegalCalendar

/// A date of the assessment as the `deadlines` table holds it: the due-list query is then SQL on
/// indexed columns, not a scan of every stored assessment's JSON.
struct DeadlineRow: Sendable, Equatable {
    let id: String
    let kind: DeadlineKind
    let date: CalendarDate
    let projected: Bool
    let ref: String
    let actor: String
    let label: LocalizedText
    /// The day the act happened, when the facts give it: such a date is done, not due.
    let actualOn: CalendarDate?
    /// The position in the assessment, so a day's dates keep the assessment's order.
    let position: Int
}

/// Facts checked and assessed, ready to store: the step every store shares, so SQLite and
/// PostgreSQL store exactly the same thing for the same input.
struct AssessedFacts: Sendable {
    let facts: [UInt8]
    let factsID: String
    let profileID: String
    let assessment: [UInt8]
    let profileHash: String
    let datasetVersions: String
    let engineVersion: String
    let route: String
    let deadlines: [DeadlineRow]
}

/// The engine as the register uses it.
public struct CaseAssessing: Sendable {
    public let engine: Engine
    public init(engine: Engine) { self.engine = engine }

    /// The engine's dataset versions in the stored form.
    public var datasetVersions: String {
        engine.data.versions.map { "\($0.name)@\($0.version)" }.joined(separator: ", ")
    }

    /// The current hash of a profile, nil if the engine does not have it.
    public func profileHash(_ id: String) -> String? { engine.profiles[id]?.hash }

    func assess(_ facts: [UInt8], profileID: String) throws(RegisterError) -> AssessedFacts {
        try RegisterLimits.check(facts: facts)
        guard let assessor = engine.assessor(profileID) else {
            throw .unknownProfile(profileID, known: engine.profiles.keys.sorted())
        }
        let decoded: CaseFacts
        do { decoded = try CaseDecoder.decode(facts) } catch { throw .invalidFacts(error) }
        let a = assessor.assess(decoded)
        var rows: [DeadlineRow] = []
        for (i, t) in a.timeline.enumerated() {
            rows.append(DeadlineRow(id: t.id.rawValue, kind: .timeline, date: t.date, projected: t.projected, ref: t.ref,
                                    actor: t.id.actor.rawValue, label: t.label, actualOn: t.actualOn, position: i))
        }
        for (i, d) in a.deadlines.enumerated() {
            rows.append(DeadlineRow(id: d.id.rawValue, kind: .deadline, date: d.date, projected: d.projected, ref: d.ref,
                                    actor: d.actor.rawValue, label: d.label, actualOn: nil, position: a.timeline.count + i))
        }
        return AssessedFacts(facts: facts, factsID: decoded.id, profileID: profileID,
                             assessment: AssessmentEncoder.encode(a, pretty: false),
                             profileHash: assessor.profile.hash, datasetVersions: datasetVersions,
                             engineVersion: a.engineVersion, route: a.procedure.route.rawValue, deadlines: rows)
    }
}
