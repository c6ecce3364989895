import Foundation
import LegalCalendar
import WaarborgRules
import WaarborgSim

// The IND, the courts and the municipalities working through their queues as far as each
// day's share of their monthly capacity goes.
extension ChainReplication {
    /// Today's share of a monthly capacity, carrying what is left over to the next day while
    /// there is work; idle capacity is not saved up.
    static func take(_ credit: inout Double, monthly: Double, days: Double, busy: Bool) -> Double {
        credit += monthly / days
        if !busy { credit = min(credit, 1) }
        return credit
    }

    mutating func pop(_ track: Int, _ group: Int) -> Int32? {
        while let (i, v) = queues[track][group].first {
            queues[track][group].removeFirst()
            let h = households[Int(i)]
            if h.version == v && h.stage == .decisionQueue { return i }
        }
        return nil
    }

    mutating func peekMade(_ track: Int, _ group: Int) -> Int32? {
        while let (i, v) = queues[track][group].first {
            let h = households[Int(i)]
            if h.version == v && h.stage == .decisionQueue { return h.madeDay }
            queues[track][group].removeFirst()
        }
        return nil
    }

    mutating func workIND(day: Int, date today: CalendarDate, days: Double) {
        for track in DecisionTrack.allCases {
            let t = track.rawIndex
            let busy = !queues[t][0].isEmpty || !queues[t][1].isEmpty
            var c = Self.take(&credit[t], monthly: scenario.capacity.ind[track]!.value.value(on: today), days: days, busy: busy)
            func next(_ self: inout ChainReplication, preferPrePact: Bool?) -> Int32? {
                switch preferPrePact {
                case .some(true): return self.pop(t, 0) ?? self.pop(t, 1)
                case .some(false): return self.pop(t, 1) ?? self.pop(t, 0)
                case .none:
                    let a = self.peekMade(t, 0), b = self.peekMade(t, 1)
                    if let a, let b { return a <= b ? self.pop(t, 0) : self.pop(t, 1) }
                    return self.pop(t, a != nil ? 0 : 1)
                }
            }
            switch scenario.priority.value {
            case .newFirst:
                while c >= 1, let i = next(&self, preferPrePact: false) { c -= Double(households[Int(i)].persons); decide(i, day: day, track: track) }
            case .oldestFirst:
                while c >= 1, let i = next(&self, preferPrePact: nil) { c -= Double(households[Int(i)].persons); decide(i, day: day, track: track) }
            case .share(let s):
                var old = c * s
                while old >= 1, let i = pop(t, 0) {
                    let n = Double(households[Int(i)].persons)
                    old -= n; c -= n
                    decide(i, day: day, track: track)
                }
                while c >= 1, let i = next(&self, preferPrePact: false) { c -= Double(households[Int(i)].persons); decide(i, day: day, track: track) }
            }
            credit[t] = c
        }
    }

    mutating func workCourts(day: Int, date today: CalendarDate, days: Double) {
        var c = Self.take(&courtCredit, monthly: scenario.capacity.court.value.value(on: today), days: days, busy: !court.isEmpty)
        while c >= 1, let (i, v, transfer) = court.first {
            court.removeFirst()
            let h = households[Int(i)]
            guard h.version == v || transfer else { continue }
            events += 1
            c -= Double(h.persons)
            appealsPending -= Int(h.persons)
            add(.courtDecisions, Double(h.persons))
            add(.costCourt, Double(h.persons) * scenario.costs.courtCase.value)
            if transfer {
                // A won appeal against the transfer decision leaves the Netherlands responsible.
                guard unit() < (appeal.success[.transfer]?.value ?? 0) else { continue }
                add(.appealsWon, Double(h.persons))
                guard h.stage == .dublin, h.version == v else { continue }
                households[Int(i)].track = .regular
                prepare(i, day: day)
                continue
            }
            if h.appealWouldSucceed {
                add(.appealsWon, Double(h.persons))
                households[Int(i)].redecision = true
                move(i, to: .decisionQueue)
                enqueue(i)
            } else {
                finalTimes[h.group.rawValue].append(Int32(day) - h.madeDay)
                finalRejection(i, day: day)
            }
        }
        courtCredit = c
    }

    mutating func workHousing(date today: CalendarDate, days: Double) {
        var c = Self.take(&housingCredit, monthly: scenario.capacity.housingPerMonth.value.value(on: today), days: days, busy: !housing.isEmpty)
        while c >= 1, let (i, v) = housing.first {
            housing.removeFirst()
            guard households[Int(i)].version == v, households[Int(i)].stage == .waitingHousing else { continue }
            c -= Double(households[Int(i)].persons)
            events += 1
            leave(i, by: .housed)
        }
        housingCredit = c
    }
}
