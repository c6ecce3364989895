import LegalCalendar
import WaarborgJSON
import WaarborgRules

/// The register's records as JSON, one writer for `waarborg cases … --format json` and for the
/// HTTP server, so a script can switch between the CLI and the API without changing its parser.
public enum RegisterJSON {
    public static func document(_ body: (inout JSONWriter) -> Void) -> [UInt8] {
        var w = JSONWriter(pretty: true)
        body(&w)
        w.newlineAtEnd()
        return w.bytes
    }

    public static func page(_ page: CasePage, limit: Int, offset: Int) -> [UInt8] {
        document { w in
            w.beginObject(); w.field("total", page.total); w.field("offset", offset); w.field("limit", limit)
            w.key("cases"); w.beginArray()
            for c in page.cases { w.beginObject(); summary(c, &w); w.endObject() }
            w.endArray(); w.endObject()
        }
    }

    public static func record(_ r: CaseRecord) -> [UInt8] {
        document { w in
            w.beginObject()
            summary(r.summary, &w)
            w.field("profileHash", r.profileHash); w.field("datasets", r.datasetVersions); w.field("engine", r.engineVersion)
            w.field("assessedAt", r.assessedAt.iso)
            w.key("facts"); w.value(parsed(r.facts))
            w.key("assessment"); w.value(parsed(r.assessment))
            w.endObject()
        }
    }

    public static func history(_ versions: [CaseVersion]) -> [UInt8] {
        document { w in
            w.beginArray()
            for v in versions {
                w.beginObject(); w.field("version", v.version); w.field("createdAt", v.createdAt.iso); w.field("createdBy", v.createdBy)
                w.field("route", v.route); w.field("profileHash", v.profileHash); w.key("facts"); w.value(parsed(v.facts)); w.endObject()
            }
            w.endArray()
        }
    }

    public static func audit(_ entries: [AuditEntry]) -> [UInt8] {
        document { w in
            w.beginArray()
            for e in entries {
                w.beginObject(); w.field("id", Int(e.id)); w.field("at", e.at.iso); w.field("actor", e.actor)
                w.key("case"); if let c = e.caseID { w.int(Int(c)) } else { w.null() }
                w.field("action", e.action.rawValue)
                if let s = e.subject { w.field("subject", s) }
                w.field("detail", e.detail)
                w.key("before"); if let b = e.before { w.string(b) } else { w.null() }
                w.key("after"); if let a = e.after { w.string(a) } else { w.null() }
                w.endObject()
            }
            w.endArray()
        }
    }

    public static func summary(_ c: CaseSummary, _ w: inout JSONWriter) {
        w.field("id", Int(c.id))
        w.key("clientReference"); if let r = c.clientReference { w.string(r) } else { w.null() }
        w.field("factsId", c.factsID); w.field("profile", c.profileID); w.field("status", c.status.rawValue)
        w.field("version", c.version); w.field("route", c.route); w.field("createdAt", c.createdAt.iso); w.field("updatedAt", c.updatedAt.iso)
    }

    /// The due list: `{asOf, withinDays, deadlines}`, as `cases due --format json`.
    public static func due(_ due: [DueDeadline], asOf day: CalendarDate, within days: Int) -> [UInt8] {
        document { w in
            w.beginObject(); w.key("asOf"); w.date(day); w.field("withinDays", days)
            w.key("deadlines"); w.beginArray()
            for d in due {
                w.beginObject(); w.field("case", Int(d.caseID))
                w.key("clientReference"); if let r = d.clientReference { w.string(r) } else { w.null() }
                w.field("factsId", d.factsID); w.field("profile", d.profileID); w.field("deadline", d.deadlineID); w.field("kind", d.kind.rawValue)
                w.key("date"); w.date(d.date); w.field("daysLeft", d.daysLeft); w.field("projected", d.projected)
                w.field("ref", d.ref); w.field("actor", d.actor)
                w.key("label"); w.beginObject(); w.field("en", d.label.en); w.field("nl", d.label.nl); w.endObject()
                w.field("uid", d.uid)
                w.endObject()
            }
            w.endArray(); w.endObject()
        }
    }

    /// Stored JSON read back (it was checked when it was stored).
    public static func parsed(_ bytes: [UInt8]) -> JSONValue {
        var p = JSONParser(streaming: bytes)
        return (try? p.value()) ?? .null
    }
}
