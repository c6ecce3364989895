import Foundation
import LegalCalendar
import WaarborgRules

/// The timeline drawn as a dated line: one mark per date, today marked, each mark coloured by its
/// state. Drawn on the server as SVG, so it needs no script and prints as it shows.
enum TimelineChart {
    static func svg(_ rows: [ReportDocument.TimelineRow], today: CalendarDate?, w: Words) -> Markup {
        guard let first = rows.map(\.date).min(), let last = rows.map(\.date).max() else { return .empty }
        var lo = first, hi = last
        if let today { lo = min(lo, today); hi = max(hi, today) }
        let span = max(1, lo.days(until: hi))
        let width = 960.0, left = 40.0, right = 40.0, axis = 52.0
        func x(_ d: CalendarDate) -> Double { left + (width - left - right) * Double(lo.days(until: d)) / Double(span) }
        var marks: [Markup] = []
        for (i, r) in rows.enumerated() {
            let cx = x(r.date)
            let cls = stateClass(r.state)
            let y = axis + 18 + Double(i % 4) * 16
            marks.append("<g class=\"mark \(cls)\"><line x1=\"\(f(cx))\" y1=\"\(f(axis))\" x2=\"\(f(cx))\" y2=\"\(f(y - 4))\"/><circle cx=\"\(f(cx))\" cy=\"\(f(axis))\" r=\"5\"/><text x=\"\(f(cx))\" y=\"\(f(y + 6))\" text-anchor=\"middle\">\(i + 1)</text><title>\(r.date.words(w.lang)): \(r.label)</title></g>")
        }
        var todayMark: Markup = .empty
        if let today {
            let tx = x(today)
            // Near an edge the label runs inward, so it is never cut off.
            let anchor = tx > width - 160 ? "end" : tx < 160 ? "start" : "middle"
            todayMark = "<g class=\"today\"><line x1=\"\(f(tx))\" y1=\"20\" x2=\"\(f(tx))\" y2=\"130\"/><text x=\"\(f(tx))\" y=\"14\" text-anchor=\"\(anchor)\">\(w.t("today", "vandaag")) \(today.words(w.lang))</text></g>"
        }
        let label = w.t("Timeline from \(lo.words(w.lang)) to \(hi.words(w.lang)); the numbers match the rows of the table below.",
                        "Tijdlijn van \(lo.words(w.lang)) tot \(hi.words(w.lang)); de nummers horen bij de regels van de tabel hieronder.")
        return """
        <figure class="timeline-chart"><svg viewBox="0 0 \(Int(width)) 136" role="img" aria-label="\(label)" xmlns="http://www.w3.org/2000/svg">\
        <line class="axis" x1="\(f(left))" y1="\(f(axis))" x2="\(f(width - right))" y2="\(f(axis))"/>\
        <text class="end" x="\(f(left))" y="\(f(axis - 10))">\(lo.words(w.lang))</text><text class="end" x="\(f(width - right))" y="\(f(axis - 10))" text-anchor="end">\(hi.words(w.lang))</text>\
        \(marks)\(todayMark)</svg><figcaption>\(label)</figcaption></figure>
        """
    }

    static func f(_ v: Double) -> String { String(format: "%.1f", v) }

    /// A CSS class per state, so colour is never the only sign: the table says the state in words.
    static func stateClass(_ s: DeadlineState?) -> String {
        switch s {
        case .met?: "met"
        case .late?: "late"
        case .due(let n)?: n <= 7 ? "due-soon" : "due"
        case .passed?: "passed"
        case .inEffect?: "in-effect"
        case .happened?: "happened"
        case nil: "unknown"
        }
    }
}
