import Foundation
import LegalCalendar
import WaarborgRules
import WaarborgSim

// Scheduled events: end of screening, preparation done, the border procedure running out,
// transfers, absconding, departures, work access and family arrivals.
extension ChainReplication {
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
            schedule(.preparationDone, i, at: day + Int(sample(preparation[h.track.rawIndex])))
        case .preparationDone:
            move(i, to: .decisionQueue)
            enqueue(i)
        case .borderEnd:
            // APR Art 51(2): the border procedure is over; the applicant enters and the IND goes on in the regular track.
            add(.borderOverruns, Double(h.persons))
            setDetained(i, false)
            households[Int(i)].track = .regular
            move(i, to: h.stage)
            if h.stage == .decisionQueue { enqueue(i) } else { schedule(.preparationDone, i, at: day + 1) }
        case .transferDone:
            leave(i, by: .transferred)
        case .transferDeadline:
            // The transfer did not happen in time: the Netherlands becomes responsible (AMMR Art 46(2); Dublin III Art 29(2)).
            add(.transferDeadlinesMissed, Double(h.persons))
            households[Int(i)].track = .regular
            prepare(i, day: day)
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
        setDetained(i, true)
    }
}
