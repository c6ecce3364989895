import Foundation
import LegalCalendar
import WaarborgRules
import WaarborgSim

// Who arrives each day and what their case looks like: the inflow, shocks, relocation,
// resettlement, the family pipeline and the backlog at the start.
extension ChainReplication {
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
        count(h, 1)
        if granted {
            households[Int(i)].refugee = true
            waitForHousing(i)
            return i
        }
        awaitingFirst[h.group.rawValue] += p.persons
        if p.backlog {
            // The former law has no screening: the application waits at the IND.
            move(i, to: .preparation)
            let ready = madeDay + Int(sample(preparation[h.track.rawIndex]))
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

    /// `dim`: the days in this month of the run (from the start's day of the month to the day before it a month later).
    mutating func arrivals(day: Int, date today: CalendarDate, dim: Double) throws(ChainError) {
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
}
