import LegalCalendar
import WaarborgJSON
import WaarborgSim

/// `result.json` and the CSV files of a chain run.
public enum ChainResultEncoder {
    public static func json(_ r: ChainResult, pretty: Bool = true) -> [UInt8] {
        var w = JSONWriter(pretty: pretty, capacity: 1 << 20)
        w.beginObject()
        w.field("schema", ChainResult.schemaID)
        w.key("receipt")
        w.beginObject()
        w.field("engineVersion", r.engineVersion)
        w.field("scenario", r.scenarioName)
        w.field("scenarioHash", r.scenarioHash)
        w.field("seed", Int(r.seed))
        w.field("replications", r.replications)
        w.key("profiles")
        w.beginArray()
        for p in r.profiles {
            w.beginObject()
            w.field("id", p.profileID)
            w.field("hash", p.profileHash)
            w.field("casesDecidedByTheRules", p.casesDecided)
            w.endObject()
        }
        w.endArray()
        w.field("households", r.households)
        w.field("events", r.events)
        w.key("wallSeconds"); w.number((r.wallSeconds * 1000).rounded() / 1000)
        w.endObject()
        w.field("start", r.start.iso)
        w.field("months", r.months)
        w.key("monthStarts")
        w.beginArray()
        for d in r.monthStarts { w.string(d.iso) }
        w.endArray()
        w.key("profiles")
        w.beginArray()
        for p in r.profiles {
            w.beginObject()
            w.field("id", p.profileID)
            w.key("summary")
            w.beginObject()
            for s in ChainSummary.allCases {
                w.key(named: s.rawValue)
                estimate(p.summary[s], &w)
            }
            w.endObject()
            w.key("monthly")
            w.beginObject()
            for m in ChainMetric.allCases {
                w.key(named: m.rawValue)
                w.beginObject()
                let series = p.series(m)
                w.key("mean"); w.beginArray(); for e in series { number(e?.mean, &w) }; w.endArray()
                w.key("lower"); w.beginArray(); for e in series { number(e?.ci95?.lower, &w) }; w.endArray()
                w.key("upper"); w.beginArray(); for e in series { number(e?.ci95?.upper, &w) }; w.endArray()
                w.endObject()
            }
            w.endObject()
            w.endObject()
        }
        w.endArray()
        w.key("assumptions")
        w.beginArray()
        for a in r.assumptions {
            w.beginObject()
            w.field("key", a.key)
            w.key("value")
            w.beginObject()
            w.field("en", a.value.en)
            w.field("nl", a.value.nl)
            w.endObject()
            w.field("source", a.source)
            w.field("note", a.note)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.newlineAtEnd()
        return w.bytes
    }

    static func number(_ d: Double?, _ w: inout JSONWriter) {
        if let d, d.isFinite { w.number((d * 1000).rounded() / 1000) } else { w.null() }
    }

    static func estimate(_ e: Estimate?, _ w: inout JSONWriter) {
        guard let e else { w.null(); return }
        w.beginObject()
        w.key("mean"); number(e.mean, &w)
        w.key("ci95")
        if let ci = e.ci95 { w.beginArray(); number(ci.lower, &w); number(ci.upper, &w); w.endArray() } else { w.null() }
        w.endObject()
    }

    /// Mean, lower and upper bound as CSV cells; empty where there is no value.
    static func cells(_ e: Estimate?) -> String {
        func f(_ d: Double?) -> String { d.map { $0.isFinite ? NumberText.approximate($0, digits: 8) : "" } ?? "" }
        return "\(f(e?.mean)),\(f(e?.ci95?.lower)),\(f(e?.ci95?.upper))"
    }

    /// One CSV per series: a row per month and profile, with the mean and the interval.
    public static func csv(_ r: ChainResult, _ m: ChainMetric) -> String {
        var out = "month,profile,mean,lower95,upper95\n"
        let starts = r.monthStarts
        for p in r.profiles {
            for (k, e) in p.series(m).enumerated() {
                out += "\(starts[k].iso.prefix(7)),\(p.profileID)," + cells(e) + "\n"
            }
        }
        return out
    }

    /// The summary as CSV: a row per figure and profile.
    public static func summaryCSV(_ r: ChainResult) -> String {
        var out = "figure,profile,mean,lower95,upper95\n"
        for s in ChainSummary.allCases {
            for p in r.profiles {
                out += "\(s.rawValue),\(p.profileID)," + cells(p.summary[s]) + "\n"
            }
        }
        return out
    }
}
