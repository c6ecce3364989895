import LegalCalendar
import Foundation
import WaarborgRules

/// What the rules say for one simulated application: the route and the legal periods of that
/// route, as days from the day the application was made. Capacity decides when things happen;
/// this decides what may happen and by when.
public struct RoutePlan: Sendable {
    public let regime: Regime
    public let route: Route
    /// The IND track of the first decision; nil for a Dublin transfer.
    public let track: DecisionTrack?
    /// The legal limit for the first decision (APR Arts 35, 51; Vw 2000 art 42 for the former law).
    public let decisionDays: Int?
    /// APR Art 51(2): the border procedure ends on this day; who is not decided by then enters.
    public let borderEndDays: Int?
    /// The transfer deadline of the Dublin route (AMMR Art 46(1); Dublin III Art 29(1)).
    public let transferDays: Int?
    public let detentionPermitted: Bool
    /// Access to the labour market (RCD Art 17), when the profile grants it.
    public let workDays: Int?
    /// Whether an appeal against a rejection keeps the person in the country and in reception.
    public let appealSuspensive: Bool
    /// Family reunification after a grant, per status.
    public let refugeeFamilyWaitDays: Int
    public let refugeeFamilyConditions: Bool
    /// Whether a grant of subsidiary protection lets family follow at all (a national choice).
    public let subsidiaryFamilyReunification: Bool
    public let subsidiaryFamilyWaitDays: Int
    public let subsidiaryFamilyConditions: Bool
    /// The rules could not fix the route from the simulated facts (counted; routed as regular).
    public let undetermined: Bool
}

/// The decisions for each applicant profile and period, computed once through
/// `Assessor.decide` (the same rules as `waarborg assess`) and shared by every replication.
///
/// The value for a key is a pure function of the key: the case is built for the first day of the
/// period, so which replication or thread asks first cannot change a result. Periods are calendar
/// months, with June 2026 split on 12 June (APR Art 79(2)); 1 July 2026 (AMMR Art 84) starts a
/// month. Offsets are then applied to the day each person applied, so a date may differ by the
/// few days weekends and holidays move a period end.
public final class RouteBook: @unchecked Sendable {
    public let assessor: Assessor
    public let countries: CountryTable
    // `cache` is read and written only while `lock` is held (NSLock: the package builds for
    // macOS 14, where Synchronization.Mutex is not available).
    private let lock = NSLock()
    private var cache: [Key: RoutePlan] = [:]

    struct Key: Hashable {
        let profile: ApplicantProfile
        let period: Int
    }

    public init(assessor: Assessor, countries: CountryTable) {
        self.assessor = assessor
        self.countries = countries
    }

    /// The period a day falls in, and the first day of that period.
    static func period(of day: CalendarDate) -> (index: Int, first: CalendarDate) {
        let (y, m, d) = day.components
        let split = PactCalendar.applicationDate
        let first = CalendarDate(year: y, month: m, day: 1)!
        if y == split.year && m == split.month {
            return d >= split.day ? ((y * 12 + m) * 2 + 1, split) : ((y * 12 + m) * 2, first)
        }
        return ((y * 12 + m) * 2, first)
    }

    /// How many distinct cases the rules were asked to decide.
    public var distinctCases: Int { lock.withLock { cache.count } }

    public func plan(_ p: ApplicantProfile, madeOn: CalendarDate) throws(CaseInputError) -> RoutePlan {
        let (index, first) = Self.period(of: madeOn)
        let key = Key(profile: p, period: index)
        if let hit = lock.withLock({ cache[key] }) { return hit }
        let plan = try compute(p, madeOn: first)
        lock.withLock { cache[key] = plan }
        return plan
    }

    func compute(_ p: ApplicantProfile, madeOn: CalendarDate) throws(CaseInputError) -> RoutePlan {
        let facts = try CaseSynthesis.facts(p, madeOn: madeOn, countries: countries)
        let a = assessor.decide(facts)
        func days(_ d: CalendarDate?) -> Int? { d.map { madeOn.days(until: $0) } }
        let undetermined = a.procedure.route == .undetermined
        let route = undetermined ? Route.regular : a.procedure.route
        let track: DecisionTrack? = switch route {
        case .border: .border
        case .accelerated: .accelerated
        case .inadmissibility: .admissibility
        case .transfer: nil
        case .regular, .undetermined: .regular
        }
        let borderEnd = a.timeline.first { $0.id == .borderProcedureEnd }?.date
        let g = a.ifGranted
        return RoutePlan(
            regime: a.regime, route: route, track: track,
            decisionDays: days(a.procedure.decisionDeadline),
            borderEndDays: route == .border ? days(borderEnd ?? a.procedure.decisionDeadline) : nil,
            transferDays: route == .transfer ? days(a.responsibility.request?.transferBy) : nil,
            detentionPermitted: a.detention.permitted,
            workDays: days(a.reception.labourMarketFrom),
            appealSuspensive: a.appeal.suspensive == .automatic,
            refugeeFamilyWaitDays: (g?.refugee.waitYears ?? 0) * 365,
            refugeeFamilyConditions: g?.refugee.incomeAndHousing ?? false,
            subsidiaryFamilyReunification: g?.subsidiary.familyReunificationRight ?? false,
            subsidiaryFamilyWaitDays: (g?.subsidiary.waitYears ?? 0) * 365,
            subsidiaryFamilyConditions: g?.subsidiary.incomeAndHousing ?? false,
            undetermined: undetermined)
    }
}
