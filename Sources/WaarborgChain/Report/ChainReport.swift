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
        """
        <!DOCTYPE html>
        <html lang="\(lang.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(esc(ChainWords.title.text(lang))): \(esc(r.scenarioName(lang)))</title>
        <style>\(css)</style>
        </head>
        <body>
        <main>

        """ + content(r, lang: lang, level: 1) + "</main>\n</body>\n</html>\n"
    }

    /// The report without its page around it, for a page of the server to show: no inline styles
    /// (the server's Content-Security-Policy allows none; the colours are SVG attributes), the
    /// title a heading of `level` and each section one level below it.
    public static func content(_ r: ChainResult, lang: Language, level: Int) -> String {
        typealias W = ChainWords
        let top = "h\(min(max(level, 1), 5))", sub = "h\(min(max(level, 1), 5) + 1)"
        var h = """
        <\(top)>\(esc(W.title.text(lang)))</\(top)>
        <p class="scenario">\(esc(r.scenarioName(lang))) · \(r.months) \(esc(W.months.text(lang))) \(esc(r.start.words(lang)))</p>
        <p>\(esc(W.intro.text(lang)))</p>
        <\(sub)>\(esc(W.profiles.text(lang)))</\(sub)>
        <ul class="legend">
        """
        for (k, p) in r.profiles.enumerated() {
            h += "<li>\(swatch(k))<strong>\(esc(p.profileTitle.text(lang)))</strong>: \(esc(p.profileDescription.text(lang)))</li>\n"
        }
        h += "</ul>\n"
        for (qi, q) in W.questions.enumerated() {
            h += "<section aria-labelledby=\"q\(qi)\">\n<\(sub) id=\"q\(qi)\">\(esc(q.title.text(lang)))</\(sub)>\n<p>\(esc(q.explanation.text(lang)))</p>\n<div class=\"charts\">\n"
            for m in q.charts { h += chart(r, m, lang: lang) }
            h += "</div>\n"
            if let key = q.runNoteKey, let a = r.assumptions.first(where: { $0.key == key }) {
                h += "<p class=\"note\">" + esc(ChainWords.runNote(a.value.text(lang), lang)) + "</p>\n"
            }
            h += figures(r, q.figures, lang: lang) + "</section>\n"
        }
        h += "<section aria-labelledby=\"limits\">\n<\(sub) id=\"limits\">\(esc(W.limits.text(lang)))</\(sub)>\n<ul>\n"
        for l in W.limitsText { h += "<li>\(esc(l.text(lang)))</li>\n" }
        h += "</ul>\n</section>\n"
        h += "<section aria-labelledby=\"assumptions\">\n<\(sub) id=\"assumptions\">\(esc(W.assumptions.text(lang)))</\(sub)>\n<p>\(esc(W.assumptionsIntro.text(lang)))</p>\n"
        h += "<table class=\"assumptions\"><caption>\(esc(W.assumptions.text(lang)))</caption><thead><tr><th scope=\"col\">\(esc(W.key.text(lang)))</th><th scope=\"col\">\(esc(W.value.text(lang)))</th><th scope=\"col\">\(esc(W.source.text(lang)))</th><th scope=\"col\">\(esc(W.note.text(lang)))</th></tr></thead><tbody>\n"
        let titles = r.profileNames
        // Sources and notes are in the scenario's language (English in the shipped scenarios).
        let other = lang == .en ? "" : " lang=\"en\""
        for a in r.assumptions {
            h += "<tr><td>\(esc(ChainWords.assumptionKey(a.key, lang: lang, titles: titles)))</td><td>\(esc(a.value.text(lang)))</td><td\(other)>\(esc(a.source))</td><td\(other)>\(esc(a.note))</td></tr>\n"
        }
        h += "</tbody></table>\n</section>\n"
        h += "<section aria-labelledby=\"receipt\">\n<\(sub) id=\"receipt\">\(esc(W.receipt.text(lang)))</\(sub)>\n<dl class=\"receipt\">\n"
        h += "<dt>\(esc(W.scenario.text(lang)))</dt><dd>\(esc(r.scenarioName(lang)))</dd>\n"
        h += "<dt>\(esc(W.scenarioHash.text(lang)))</dt><dd><code>\(esc(r.scenarioHash))</code></dd>\n"
        h += "<dt>\(esc(W.engine.text(lang)))</dt><dd>\(esc(r.engineVersion))</dd>\n"
        h += "<dt>\(esc(W.seed.text(lang)))</dt><dd>\(r.seed)</dd>\n"
        h += "<dt>\(esc(W.replications.text(lang)))</dt><dd>\(r.replications)</dd>\n"
        for p in r.profiles {
            h += "<dt>\(esc(W.profileHash.text(lang))): \(esc(p.profileTitle.text(lang)))</dt><dd><code>\(esc(p.profileHash))</code> (\(p.casesDecided) \(esc(W.casesDecided.text(lang))))</dd>\n"
        }
        h += "</dl>\n</section>\n"
        return h
    }

    static func colour(_ k: Int) -> String { colours[k % colours.count] }

    /// A profile's colour as a small square: an SVG fill rather than a style attribute, which a
    /// strict Content-Security-Policy would drop.
    static func swatch(_ k: Int) -> String {
        "<svg class=\"swatch\" viewBox=\"0 0 10 10\" aria-hidden=\"true\"><rect width=\"10\" height=\"10\" rx=\"2\" fill=\"\(colour(k))\"/></svg>"
    }

    static func esc(_ s: String) -> String { HTMLText.escape(s) }

    /// A number as a reader writes it: grouped thousands (1,234 or 1.234), shares as percentages.
    static func number(_ d: Double, _ lang: Language, share: Bool = false) -> String {
        if share { return grouped(d * 100, lang, decimals: 1) + (lang == .nl ? "%" : " %") }
        let a = abs(d)
        return grouped(d, lang, decimals: a >= 100 || a == a.rounded() ? 0 : 1)
    }

    /// Thousands grouped as the reader writes them (5,000,000 or 5.000.000).
    public static func grouped(_ d: Double, _ lang: Language, decimals: Int) -> String {
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

    /// Euros in millions or billions, as a budget is read.
    static func euros(_ d: Double, _ lang: Language) -> String {
        if abs(d) >= 1e9 { return "€ " + grouped(d / 1e9, lang, decimals: 2) + (lang == .nl ? " miljard" : " billion") }
        return "€ " + grouped(d / 1e6, lang, decimals: 1) + (lang == .nl ? " miljoen" : " million")
    }

    static func figures(_ r: ChainResult, _ list: [ChainSummary], lang: Language) -> String {
        var h = "<table class=\"figures\"><caption>\(esc(ChainWords.tableCaption(r.months).text(lang)))</caption><thead><tr><th scope=\"col\">\(esc(ChainWords.figure.text(lang)))</th>"
        for (k, p) in r.profiles.enumerated() {
            h += "<th scope=\"col\">\(swatch(k))\(esc(p.profileTitle.text(lang)))</th>"
        }
        h += "</tr></thead><tbody>\n"
        for s in list {
            h += "<tr><th scope=\"row\">\(esc(ChainWords.summary(s).text(lang)))</th>"
            for p in r.profiles {
                let share = s == .shareFirstDecisionsLate
                if let e = p.summary[s] {
                    func v(_ x: Double) -> String { s == .costTotal ? euros(x, lang) : number(share ? x : x.rounded(), lang, share: share) }
                    let ci = e.ci95.map { " <span class=\"ci\">[\(v(max(0, $0.lower))) – \(v($0.upper))]</span>" } ?? ""
                    h += "<td>\(v(e.mean))\(ci)</td>"
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
        let title = ChainWords.metric(m).text(lang) + " (" + ChainWords.unit(m).text(lang) + ")"
        // What a screen reader says instead of the drawing: where each line starts, peaks and ends.
        let trend = r.profiles.map { p -> String in
            let v = p.series(m).compactMap { $0?.mean }
            guard let first = v.first, let last = v.last, let top = v.max() else { return "" }
            return ChainWords.trend(p.profileTitle.text(lang), number(first, lang), number(top, lang), number(last, lang), lang)
        }.joined(separator: " ")
        var s = "<figure>\n<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(esc(title))\"><desc>\(esc(trend))</desc>\n"
        // Axes and grid.
        let steps = Self.tickSteps(maxY)
        for k in 0...steps {
            let v = maxY * Double(k) / Double(steps)
            let yy = y(v)
            s += "<line x1=\"\(f(left))\" y1=\"\(f(yy))\" x2=\"\(f(width - right))\" y2=\"\(f(yy))\" class=\"grid\"/>"
            s += "<text x=\"\(f(left - 6))\" y=\"\(f(yy + 4))\" class=\"ylabel\">\(esc(number(v, lang)))</text>\n"
        }
        let starts = r.monthStarts
        for (k, d) in starts.enumerated() where d.month == 1 || k == 0 {
            s += "<line x1=\"\(f(x(k)))\" y1=\"\(f(top + plotH))\" x2=\"\(f(x(k)))\" y2=\"\(f(top + plotH + 5))\" class=\"axis\"/>"
            s += "<text x=\"\(f(x(k)))\" y=\"\(f(top + plotH + 20))\" class=\"xlabel\">\(esc(shortMonth(d, lang)))</text>\n"
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
            if !line.isEmpty {
                s += "<polyline points=\"\(line.joined(separator: " "))\" fill=\"none\" stroke=\"\(c)\" stroke-width=\"2\"\(dash(pi))/>\n"
            }
        }
        s += "</svg>\n<figcaption>\(esc(title))" + legend(r, lang) + same(r, m, lang) + "</figcaption>\n</figure>\n"
        return s
    }

    static func f(_ d: Double) -> String { String(format: "%.1f", d) }

    /// Line patterns, so that profiles can be told apart without colour.
    static func dash(_ k: Int) -> String {
        switch k % 3 {
        case 0: ""
        case 1: " stroke-dasharray=\"7 4\""
        default: " stroke-dasharray=\"2 3\""
        }
    }

    /// A legend under each chart: colour and line pattern per profile.
    static func legend(_ r: ChainResult, _ lang: Language) -> String {
        var h = "<span class=\"keys\">"
        for (k, p) in r.profiles.enumerated() {
            h += "<span class=\"key\"><svg class=\"line\" viewBox=\"0 0 28 8\" aria-hidden=\"true\"><line x1=\"0\" y1=\"4\" x2=\"28\" y2=\"4\" stroke=\"\(colour(k))\" stroke-width=\"2\"\(dash(k))/></svg>\(esc(p.profileTitle.text(lang)))</span>"
        }
        return h + "</span>"
    }

    /// Says so when the profiles' lines coincide, since the last one drawn hides the others.
    static func same(_ r: ChainResult, _ m: ChainMetric, _ lang: Language) -> String {
        guard r.profiles.count > 1 else { return "" }
        let first = r.profiles[0].series(m).map { $0?.mean }
        guard r.profiles.dropFirst().allSatisfy({ $0.series(m).map { $0?.mean } == first }) else { return "" }
        return "<span class=\"same\">" + esc(ChainWords.coincide.text(lang)) + "</span>"
    }

    /// Axis divisions that give round tick values for a top of 1, 2, 2.5 or 5 times a power of ten.
    static func tickSteps(_ top: Double) -> Int {
        guard top > 0 else { return 4 }
        let mantissa = top / pow(10, floor(log10(top)))
        return abs(mantissa - 2) < 1e-9 ? 4 : 5
    }

    static let shortMonths: [Language: [String]] = [
        .en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        .nl: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    ]

    static func shortMonth(_ d: CalendarDate, _ lang: Language) -> String {
        d.month == 1 ? String(d.year) : "\(shortMonths[lang]![d.month - 1]) \(d.year)"
    }

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
    .legend{list-style:none;padding:0}.legend li{margin:.3rem 0}
    .keys{display:block;font-size:.85rem}.key{margin-right:1rem;white-space:nowrap}.line{width:28px;height:8px;vertical-align:middle;margin-right:.3rem}.same{display:block;font-size:.85rem;color:#444}
    caption{text-align:left;font-weight:600;padding:.2rem 0}
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
