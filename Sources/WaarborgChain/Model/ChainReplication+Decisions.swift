import Foundation
import LegalCalendar
import WaarborgRules
import WaarborgSim

// First-instance decisions, appeals, transfers, final rejections and family reunification.
extension ChainReplication {
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
        let nat = grantEntry(h)
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
            waitForHousing(i)
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
                enqueue(i)
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
        // A profile that grants subsidiary protection no family reunification lets nobody follow.
        guard h.refugee || h.plan.subsidiaryFamilyReunification else { return }
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
}
