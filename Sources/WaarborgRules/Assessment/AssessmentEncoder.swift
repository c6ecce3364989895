import WaarborgJSON

/// Writes an assessment as `waarborg.assessment/1` JSON, fields in the order of the contract.
public enum AssessmentEncoder {
    public static func encode(_ a: Assessment, pretty: Bool) -> [UInt8] {
        var w = JSONWriter(pretty: pretty)
        write(a, into: &w)
        return w.bytes
    }

    public static func write(_ a: Assessment, into w: inout JSONWriter) {
        w.beginObject()
        w.field("schema", Assessment.schemaID)
        w.field("case", a.caseID)
        if let summary = a.caseSummary { w.key("caseSummary"); text(summary, &w) }
        w.key("profile"); w.beginObject(); w.field("id", a.profileID); w.field("hash", a.profileHash); w.endObject()
        w.key("receipt"); w.beginObject()
        w.field("engine", a.engineVersion); w.field("profileHash", a.profileHash)
        w.key("datasets"); w.beginObject(); for d in a.datasetVersions { w.key(named: d.name); w.string(d.version) }; w.endObject()
        w.endObject()
        w.field("regime", a.regime.rawValue)
        w.field("status", a.determined ? "determined" : "undetermined")
        w.key("openFacts"); w.beginArray()
        for f in a.openFacts {
            w.beginObject()
            w.field("fact", f.fact)
            w.key("decides"); w.beginArray(); for d in f.decides { w.string(d) }; w.endArray()
            w.key("branches"); w.beginArray()
            for b in f.branches {
                w.beginObject(); w.key("if"); w.value(b.value)
                w.key("then"); w.beginObject(); for t in b.then { w.key(named: t.path); w.value(t.value) }; w.endObject()
                w.endObject()
            }
            w.endArray()
            if let n = f.note { w.key("note"); text(n, &w) }
            w.endObject()
        }
        w.endArray()

        w.key("screening"); w.beginObject()
        w.field("applies", a.screening.applies == .yes)
        if a.screening.applies == .unknown { w.field("determined", false) }
        w.key("endsBy"); date(a.screening.endsBy, &w)
        w.field("ref", a.screening.ref)
        w.endObject()

        let r = a.responsibility
        w.key("responsibility"); w.beginObject()
        w.key("memberState"); if let m = r.memberState { w.string(m.code) } else { w.null() }
        w.field("criterion", r.criterion)
        w.field("ref", r.ref)
        w.key("request")
        if let q = r.request {
            w.beginObject(); w.field("kind", q.kind.rawValue); w.key("deadline"); w.date(q.deadline)
            w.key("replyBy"); w.date(q.replyBy); w.key("transferBy"); w.date(q.transferBy); w.field("projected", true)
            if let h = q.ifEurodacOrVisHit { w.key("deadlineIfEurodacOrVisHit"); w.date(h) }
            w.key("basedOnHit"); switch q.basedOnHit { case .yes: w.bool(true); case .no: w.bool(false); case .unknown: w.string("undetermined") }
            w.field("ref", q.ref)
            w.endObject()
        } else { w.null() }
        w.field("determined", r.determined)
        w.endObject()

        let p = a.procedure
        w.key("procedure"); w.beginObject()
        w.field("route", p.route.rawValue)
        w.key("grounds"); w.beginArray()
        for g in p.grounds { w.beginObject(); w.field("id", g.id.rawValue); w.field("ref", g.ref); w.field("mandatory", g.mandatory); w.endObject() }
        w.endArray()
        w.key("decisionDeadline"); date(p.decisionDeadline, &w)
        w.field("ref", p.ref)
        w.key("possibleRoutes"); w.beginArray(); for x in p.possibleRoutes { w.string(x.rawValue) }; w.endArray()
        if let i = p.intentionToReject { w.field("intentionToReject", i); w.field("intentionToRejectStatus", p.intentionToRejectStatus.rawValue) }
        w.endObject()

        let d = a.detention
        w.key("detention"); w.beginObject()
        w.field("permitted", d.permitted)
        w.key("facility"); if let f = d.facility { w.string(f) } else { w.null() }
        w.field("ref", d.ref)
        w.key("safeguards"); w.beginArray(); for s in d.safeguards { w.string(s) }; w.endArray()
        w.field("determined", d.determined)
        w.key("note"); text(d.note, &w)
        w.endObject()

        let rc = a.reception
        w.key("reception"); w.beginObject()
        w.field("kind", rc.kind)
        w.key("labourMarketFrom"); date(rc.labourMarketFrom, &w)
        w.key("schoolingBy"); date(rc.schoolingBy, &w)
        w.field("ref", rc.ref)
        w.field("determined", rc.determined)
        w.key("specialNeedsAssessmentBy"); date(rc.specialNeedsAssessmentBy, &w)
        w.field("languageCourses", rc.languageCourses.rawValue)
        if let k = rc.afterTransferDecision { w.field("afterTransferDecision", k) }
        w.endObject()

        w.key("legalAid"); w.beginArray()
        for l in a.legalAid {
            w.beginObject(); w.field("stage", l.stage.rawValue); w.field("form", l.form.rawValue); w.field("ref", l.ref); w.field("status", l.status.rawValue)
            if let n = l.note { w.field("note", n) }
            w.endObject()
        }
        w.endArray()

        w.key("appeal"); w.beginObject()
        w.field("lodgeWithinDays", a.appeal.lodgeWithinDays)
        w.field("suspensive", a.appeal.suspensive.rawValue)
        w.field("ref", a.appeal.ref)
        w.field("determined", a.appeal.determined)
        if let d = a.appeal.shortestLawfulDays { w.field("shortestLawfulDays", d) }
        if let d = a.appeal.dependsOn { w.key("dependsOn"); text(d, &w) }
        w.endObject()

        if let g = a.ifGranted { writeGrant(g, &w) }

        w.key("timeline"); w.beginArray()
        for t in a.timeline {
            w.beginObject()
            w.field("id", t.id.rawValue); w.key("date"); w.date(t.date); w.field("projected", t.projected); w.field("ref", t.ref)
            w.field("actor", t.id.actor.rawValue); w.field("hardLimit", t.id.isHardLimit)
            if let r = t.authority { actingBody(r, a, &w) }
            if let asOf = a.asOf { state(.of(t.date, actual: t.actualOn, asOf: asOf, actor: t.id.actor), &w) }
            w.key("label"); text(t.label, &w)
            if let m = t.ifMissed { w.key("ifMissed"); text(m, &w) }
            w.endObject()
        }
        w.endArray()

        w.key("deadlines"); w.beginArray()
        for d in a.deadlines {
            w.beginObject()
            w.field("id", d.id.rawValue); w.key("date"); w.date(d.date); w.field("projected", d.projected); w.field("ref", d.ref)
            w.field("actor", d.actor.rawValue)
            if d.actor == .authority, let r = d.id.authority { actingBody(r, a, &w) }
            if let asOf = a.asOf { state(.of(d.date, actual: nil, asOf: asOf, actor: d.actor), &w) }
            w.key("label"); text(d.label, &w)
            if let m = d.ifMissed { w.key("ifMissed"); text(m, &w) }
            if let n = d.note { w.key("note"); text(n, &w) }
            w.endObject()
        }
        w.endArray()
        if let asOf = a.asOf { w.key("asOf"); w.date(asOf) }

        w.key("trace"); w.beginArray()
        for s in a.trace {
            w.beginObject()
            w.field("rule", s.rule.text); w.field("ref", s.ref); w.key("outcome"); w.value(s.outcome)
            w.key("because"); text(s.because, &w)
            let params = s.rule.reads.map(\.rawValue)
            if !params.isEmpty { w.key("parameters"); w.beginArray(); for p in params { w.string(p) }; w.endArray() }
            w.key("notTaken"); w.beginArray()
            for n in s.notTaken {
                w.beginObject()
                w.key(n.isRoute ? "route" : "rule"); w.string(n.option); w.field("failedOn", n.failedOn); w.field("ref", n.ref)
                w.key("because"); text(n.because, &w)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    static func state(_ s: DeadlineState, _ w: inout JSONWriter) {
        w.key("state"); w.beginObject(); w.field("code", s.code)
        switch s {
        case .met(let d), .late(let d): w.key("on"); w.date(d)
        case .due(let n): w.field("daysLeft", n)
        case .passed(let n), .happened(let n): w.field("daysAgo", n)
        case .inEffect(let n): w.field("sinceDays", n)
        }
        w.endObject()
    }

    static func writeGrant(_ g: IfGranted, _ w: inout JSONWriter) {
        func status(_ s: IfGranted.Status, members: [String]) {
            w.beginObject()
            w.field("permitYears", s.permitYears); w.field("renewalYears", s.renewalYears)
            w.field("ref", s.ref); w.field("status", s.legalStatus.rawValue)
            w.key("familyReunification"); w.beginObject()
            w.field("right", s.familyReunificationRight)
            w.key("members"); w.beginArray(); if s.familyReunificationRight { for m in members { w.string(m) } }; w.endArray()
            w.field("waitYears", s.waitYears); w.field("incomeAndHousing", s.incomeAndHousing)
            w.key("conditionFreeMonths"); if let c = s.conditionFreeMonths { w.int(c) } else { w.null() }
            w.key("summary"); text(s.familyReunification, &w)
            w.endObject()
            w.endObject()
        }
        w.key("ifGranted"); w.beginObject()
        w.key("refugee"); status(g.refugee, members: g.refugeeRelations)
        w.key("subsidiary"); status(g.subsidiary, members: g.eligibleRelations)
        w.key("family"); w.beginArray()
        for m in g.family {
            w.beginObject()
            w.field("member", "family[\(m.index)]"); w.field("relation", m.relation)
            w.key("mayFollow"); switch m.eligible { case .yes: w.bool(true); case .no: w.bool(false); case .unknown: w.string("undetermined") }
            w.key("because"); text(m.because, &w)
            w.endObject()
        }
        w.endArray()
        w.key("naturalisationAfterYears"); if let n = g.naturalisationAfterYears { w.int(n) } else { w.null() }
        w.field("ref", g.ref)
        w.endObject()
    }

    /// `actingBody`: who must act, as the profile names the body, and its name in both languages.
    static func actingBody(_ role: AuthorityRole, _ a: Assessment, _ w: inout JSONWriter) {
        w.key("actingBody"); w.beginObject()
        w.field("role", role.contractRole); w.field("name", a.authorities.raw(role))
        w.key("label"); text(a.authorities.name(role), &w)
        w.endObject()
    }

    static func text(_ t: LocalizedText, _ w: inout JSONWriter) {
        w.beginObject(); w.field("en", t.en); w.field("nl", t.nl); w.endObject()
    }

    static func date(_ d: CalendarDateLike?, _ w: inout JSONWriter) {
        if let d { w.date(d) } else { w.null() }
    }
}
