import Foundation
import LegalCalendar
import WaarborgRules
import WaarborgSim

/// `report.html`: one self-contained page (inline CSS and SVG, no scripts, fonts or requests
/// elsewhere) that a policy analyst can send on: one chart per question with the profiles side
/// by side and their 95 % bands, the figures behind them, the assumptions and the receipt.
public enum ChainReport {
    static let colours = ["#1f5f99", "#b03a2e", "#237a4b", "#7d3c98", "#a0522d", "#2c3e50"]

    public static func html(_ r: ChainResult, lang: Language) -> String {
        typealias W = ChainWords
        var h = """
        <!DOCTYPE html>
        <html lang="\(lang.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(esc(W.title.text(lang))): \(esc(r.scenarioName))</title>
        <style>\(css)</style>
        </head>
        <body>
        <main>
        <h1>\(esc(W.title.text(lang)))</h1>
        <p class="scenario">\(esc(r.scenarioName)) · \(r.months) \(esc(W.months.text(lang))) \(esc(dateText(r.start, lang)))</p>
        <p>\(esc(W.intro.text(lang)))</p>
        <h2>\(esc(W.profiles.text(lang)))</h2>
        <ul class="legend">
        """
        for (k, p) in r.profiles.enumerated() {
            h += "<li><span class=\"swatch\" style=\"background:\(colour(k))\"></span>\(esc(p.profileTitle.text(lang)))</li>\n"
        }
        h += "</ul>\n"
        for (qi, q) in W.questions.enumerated() {
            h += "<section aria-labelledby=\"q\(qi)\">\n<h2 id=\"q\(qi)\">\(esc(q.title.text(lang)))</h2>\n<p>\(esc(q.explanation.text(lang)))</p>\n<div class=\"charts\">\n"
            for m in q.charts { h += chart(r, m, lang: lang) }
            h += "</div>\n" + figures(r, q.figures, lang: lang) + "</section>\n"
        }
        h += "<section aria-labelledby=\"limits\">\n<h2 id=\"limits\">\(esc(W.limits.text(lang)))</h2>\n<ul>\n"
        for l in W.limitsText { h += "<li>\(esc(l.text(lang)))</li>\n" }
        h += "</ul>\n</section>\n"
        h += "<section aria-labelledby=\"assumptions\">\n<h2 id=\"assumptions\">\(esc(W.assumptions.text(lang)))</h2>\n<p>\(esc(W.assumptionsIntro.text(lang)))</p>\n"
        h += "<table class=\"assumptions\"><thead><tr><th scope=\"col\">\(esc(W.key.text(lang)))</th><th scope=\"col\">\(esc(W.value.text(lang)))</th><th scope=\"col\">\(esc(W.source.text(lang)))</th><th scope=\"col\">\(esc(W.note.text(lang)))</th></tr></thead><tbody>\n"
        let titles = Dictionary(uniqueKeysWithValues: r.profiles.map { ($0.profileID, $0.profileTitle) })
        for a in r.assumptions {
            h += "<tr><td>\(esc(ChainWords.assumptionKey(a.key, lang: lang, titles: titles)))</td><td>\(esc(a.value.text(lang)))</td><td>\(esc(a.source))</td><td>\(esc(a.note))</td></tr>\n"
        }
        h += "</tbody></table>\n</section>\n"
        h += "<section aria-labelledby=\"receipt\">\n<h2 id=\"receipt\">\(esc(W.receipt.text(lang)))</h2>\n<dl class=\"receipt\">\n"
        h += "<dt>\(esc(W.scenario.text(lang)))</dt><dd>\(esc(r.scenarioName))</dd>\n"
        h += "<dt>\(esc(W.scenarioHash.text(lang)))</dt><dd><code>\(esc(r.scenarioHash))</code></dd>\n"
        h += "<dt>\(esc(W.engine.text(lang)))</dt><dd>\(esc(r.engineVersion))</dd>\n"
        h += "<dt>\(esc(W.seed.text(lang)))</dt><dd>\(r.seed)</dd>\n"
        h += "<dt>\(esc(W.replications.text(lang)))</dt><dd>\(r.replications)</dd>\n"
        for p in r.profiles {
            h += "<dt>\(esc(W.profileHash.text(lang))): \(esc(p.profileTitle.text(lang)))</dt><dd><code>\(esc(p.profileHash))</code> (\(p.casesDecided) \(esc(W.casesDecided.text(lang))))</dd>\n"
        }
        h += "</dl>\n</section>\n</main>\n</body>\n</html>\n"
        return h
    }

    static func colour(_ k: Int) -> String { colours[k % colours.count] }

    static func esc(_ s: String) -> String {
        var o = ""
        o.reserveCapacity(s.count)
        for c in s {
            switch c {
            case "&": o += "&amp;"
            case "<": o += "&lt;"
            case ">": o += "&gt;"
            case "\"": o += "&quot;"
            case "'": o += "&#39;"
            default: o.append(c)
            }
        }
        return o
    }

    static let monthNames: [Language: [String]] = [
        .en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        .nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    ]

    static func dateText(_ d: CalendarDate, _ lang: Language) -> String {
        let name = monthNames[lang]![d.month - 1]
        return lang == .nl ? "\(d.day) \(name) \(d.year)" : "\(d.day) \(name) \(d.year)"
    }

    /// A number as a reader writes it: grouped thousands (1,234 or 1.234), shares as percentages.
    static func number(_ d: Double, _ lang: Language, share: Bool = false) -> String {
        if share { return grouped(d * 100, lang, decimals: 1) + " %" }
        let a = abs(d)
        return grouped(d, lang, decimals: a >= 100 || a == a.rounded() ? 0 : 1)
    }

    static func grouped(_ d: Double, _ lang: Language, decimals: Int) -> String {
        let (sep, dec) = lang == .nl ? (".", ",") : (",", ".")
        let scaled = (abs(d) * pow(10, Double(decimals))).rounded()
        let whole = Int(scaled / pow(10, Double(decimals)))
        var digits = String(whole)
        var out = ""
        while digits.count > 3 {
            out = sep + String(digits.suffix(3)) + out
            digits = String(digits.dropLast(3))
        }
        out = digits + out
        if decimals > 0 {
            let frac = Int(scaled) % Int(pow(10, Double(decimals)))
            out += dec + String(frac)
        }
        return (d < 0 && scaled != 0 ? "−" : "") + out
    }

    static func figures(_ r: ChainResult, _ list: [ChainSummary], lang: Language) -> String {
        var h = "<table class=\"figures\"><thead><tr><th scope=\"col\">\(esc(ChainWords.figure.text(lang)))</th>"
        for (k, p) in r.profiles.enumerated() {
            h += "<th scope=\"col\"><span class=\"swatch\" style=\"background:\(colour(k))\"></span>\(esc(p.profileTitle.text(lang)))</th>"
        }
        h += "</tr></thead><tbody>\n"
        for s in list {
            h += "<tr><th scope=\"row\">\(esc(ChainWords.summary(s).text(lang)))</th>"
            for p in r.profiles {
                let share = s == .shareFirstDecisionsLate
                if let e = p.summary[s] {
                    let ci = e.ci95.map { " <span class=\"ci\">[\(number(max(0, $0.lower), lang, share: share)) – \(number($0.upper, lang, share: share))]</span>" } ?? ""
                    h += "<td>\(number(e.mean, lang, share: share))\(ci)</td>"
                } else {
                    h += "<td class=\"none\">\(esc(ChainWords.notReached.text(lang)))</td>"
                }
            }
            h += "</tr>\n"
        }
        return h + "</tbody></table>\n"
    }

    /// A line chart of one series: the mean per profile as a line, its 95 % interval as a band.
    static func chart(_ r: ChainResult, _ m: ChainMetric, lang: Language) -> String {
        let width = 600.0, height = 260.0, left = 64.0, right = 12.0, top = 16.0, bottom = 36.0
        let months = r.months
        var maxY = 0.0
        for p in r.profiles {
            for e in p.series(m) { if let e { maxY = max(maxY, e.ci95?.upper ?? e.mean, e.mean) } }
        }
        maxY = niceCeiling(maxY)
        let plotW = width - left - right, plotH = height - top - bottom
        func x(_ k: Int) -> Double { left + (months <= 1 ? 0 : Double(k) / Double(months - 1) * plotW) }
        func y(_ v: Double) -> Double { top + plotH - (maxY > 0 ? min(max(v, 0), maxY) / maxY * plotH : 0) }
        let title = ChainWords.metric(m).text(lang) + (m.kind == .flow ? " (" + ChainWords.perMonth.text(lang) + ")" : "")
        var s = "<figure>\n<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(esc(title))\">\n"
        // Axes and grid.
        for k in 0...4 {
            let v = maxY * Double(k) / 4
            let yy = y(v)
            s += "<line x1=\"\(f(left))\" y1=\"\(f(yy))\" x2=\"\(f(width - right))\" y2=\"\(f(yy))\" class=\"grid\"/>"
            s += "<text x=\"\(f(left - 6))\" y=\"\(f(yy + 4))\" class=\"ylabel\">\(esc(number(v, lang)))</text>\n"
        }
        let starts = r.monthStarts
        for (k, d) in starts.enumerated() where d.month == 1 || k == 0 {
            s += "<line x1=\"\(f(x(k)))\" y1=\"\(f(top + plotH))\" x2=\"\(f(x(k)))\" y2=\"\(f(top + plotH + 5))\" class=\"axis\"/>"
            s += "<text x=\"\(f(x(k)))\" y=\"\(f(top + plotH + 20))\" class=\"xlabel\">\(d.month == 1 ? String(d.year) : String(d.iso.prefix(7)))</text>\n"
        }
        s += "<line x1=\"\(f(left))\" y1=\"\(f(top + plotH))\" x2=\"\(f(width - right))\" y2=\"\(f(top + plotH))\" class=\"axis\"/>\n"
        for (pi, p) in r.profiles.enumerated() {
            let series = p.series(m)
            let c = colour(pi)
            var upper: [String] = [], lower: [String] = [], line: [String] = []
            for (k, e) in series.enumerated() {
                guard let e else { continue }
                line.append("\(f(x(k))),\(f(y(e.mean)))")
                if let ci = e.ci95 {
                    upper.append("\(f(x(k))),\(f(y(ci.upper)))")
                    lower.append("\(f(x(k))),\(f(y(ci.lower)))")
                }
            }
            if !upper.isEmpty {
                s += "<polygon points=\"\((upper + lower.reversed()).joined(separator: " "))\" fill=\"\(c)\" fill-opacity=\"0.18\" stroke=\"none\"/>\n"
            }
            if !line.isEmpty { s += "<polyline points=\"\(line.joined(separator: " "))\" fill=\"none\" stroke=\"\(c)\" stroke-width=\"2\"/>\n" }
        }
        s += "</svg>\n<figcaption>\(esc(title))</figcaption>\n</figure>\n"
        return s
    }

    static func f(_ d: Double) -> String { String(format: "%.1f", d) }

    /// A round top for the y axis (1, 2, 2.5 or 5 times a power of ten).
    static func niceCeiling(_ v: Double) -> Double {
        guard v > 0 else { return 1 }
        let p = pow(10, floor(log10(v)))
        for m in [1.0, 2, 2.5, 5, 10] where m * p >= v { return m * p }
        return 10 * p
    }

    static let css = """
    body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1a1a1a;background:#fff;margin:0;line-height:1.45}
    main{max-width:1280px;margin:0 auto;padding:1.5rem}
    h1{font-size:1.7rem;margin:0 0 .3rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ccc;padding-bottom:.2rem}
    .scenario{color:#444;margin-top:0}
    .legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1.2rem}
    .swatch{display:inline-block;width:.9rem;height:.9rem;border-radius:2px;margin-right:.35rem;vertical-align:-1px}
    .charts{display:flex;flex-wrap:wrap;gap:1rem}
    figure{margin:0;flex:1 1 560px;max-width:620px}figcaption{font-size:.9rem;color:#333;text-align:center}
    svg{width:100%;height:auto}
    .grid{stroke:#e3e3e3;stroke-width:1}.axis{stroke:#555;stroke-width:1}
    .ylabel{font-size:11px;text-anchor:end;fill:#333}.xlabel{font-size:11px;text-anchor:middle;fill:#333}
    table{border-collapse:collapse;margin:1rem 0;font-size:.92rem}
    th,td{border:1px solid #d0d0d0;padding:.3rem .5rem;text-align:left;vertical-align:top}
    thead th{background:#f2f2f2}
    .figures td{text-align:right;white-space:nowrap}.ci{color:#555;font-size:.85em}.none{color:#666}
    .assumptions td:nth-child(3),.assumptions td:nth-child(4){font-size:.85em;max-width:28rem;word-break:break-word}
    .receipt dt{font-weight:600}.receipt dd{margin:0 0 .4rem 0}
    @media print{main{max-width:none;padding:0}figure{break-inside:avoid}section{break-inside:avoid-page}}
    """
}
