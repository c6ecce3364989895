import Foundation
import LegalCalendar
import WaarborgRules
import WaarborgSim

// What is counted each day and at each month end.
extension ChainReplication {
    /// Places, emergency shelter, detention and their cost for one day.
    mutating func countDay(date today: CalendarDate, days: Double) {
        var emergency = 0.0, emergencyChildren = 0.0
        let costs = scenario.costs
        for kind in PlaceKind.allCases {
            let k = kind.rawIndex
            let need = Double(receptionPersons[k])
            let places = scenario.capacity.reception[kind]!.value.value(on: today)
            let placed = min(need, places)
            let over = need - placed
            emergency += over
            if need > 0 { emergencyChildren += over * Double(receptionMinors[k]) / need }
            let m: ChainMetric = switch kind {
            case .regular: .receptionRegular
            case .family: .receptionFamily
            case .unaccompaniedMinor: .receptionUnaccompanied
            }
            add(m, placed / days)
            add(.costReception, placed * costs.receptionPerDay[kind]!.value)
        }
        add(.emergency, emergency / days)
        add(.emergencyChildren, emergencyChildren / days)
        add(.costEmergency, emergency * costs.emergencyPerDay.value)
        add(.detained, Double(detainedPersons) / days)
        add(.detainedChildren, Double(detainedMinors) / days)
        add(.costDetention, Double(detainedPersons) * costs.detentionPerDay.value)
        add(.allowedToWork, Double(workingPersons) / days)
        detentionDays += Double(detainedPersons)
        detentionChildDays += Double(detainedMinors)
        peakChildren = max(peakChildren, emergencyChildren)
    }

    mutating func closeMonth() {
        add(.backlogPrePact, Double(awaitingFirst[0]))
        add(.backlogNew, Double(awaitingFirst[1]))
        add(.appealsPending, Double(appealsPending))
        add(.dublinPending, Double(stagePersons[Int(Stage.dublin.rawValue)]))
        add(.statusHoldersWaiting, Double(stagePersons[Int(Stage.waitingHousing.rawValue)]))
        add(.awaitingDeparture, Double(stagePersons[Int(Stage.awaitingDeparture.rawValue)]))
        var cost = 0.0
        for m in [ChainMetric.costReception, .costEmergency, .costDetention, .costDecisions, .costCourt, .costSolidarity] { cost += monthly[m.index][month] }
        add(.costTotal, cost)
        let present = Stage.allCases.filter { $0 != .gone }.reduce(0) { $0 + stagePersons[Int($1.rawValue)] }
        unaccounted = max(unaccounted, abs(entered - present - exits.reduce(0, +)))
    }
}
