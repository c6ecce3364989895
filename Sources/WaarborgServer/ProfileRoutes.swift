import Hummingbird
import WaarborgJSON
import WaarborgRules

/// `GET /v1/profiles`, `GET /v1/profiles/{id}` and `GET /v1/profiles/{id}/diff/{other}`: the
/// policy profiles the engine loaded, with every resolved parameter, its legal basis, status and
/// source, and what differs between two (as `waarborg profiles diff --format json`). No token needed.
enum ProfileRoutes {
    static func add(to router: Router<ServerContext>, engine: Engine) {
        router.get("/v1/profiles") { _, _ -> Response in
            var w = JSONWriter(pretty: true)
            w.beginArray()
            for id in engine.profiles.keys.sorted() {
                w.beginObject(); header(engine.profiles[id]!, &w); w.endObject()
            }
            w.endArray(); w.newlineAtEnd()
            return HTTP.response(w.bytes)
        }

        router.get("/v1/profiles/{id}") { _, context -> Response in
            let id = context.parameters.get("id") ?? ""
            guard let p = engine.profiles[id] else { throw Problem.unknownProfile(id, known: engine.profiles.keys.sorted(), field: "id") }
            var w = JSONWriter(pretty: true)
            w.beginObject()
            header(p, &w)
            w.key("parameters"); w.beginArray()
            for (key, v) in p.parameters {
                w.beginObject()
                w.key(named: "key"); w.string(key)
                w.field("value", v.value.description)
                w.field("ref", v.ref)
                w.field("status", v.status.rawValue)
                w.field("source", v.source)
                w.key("checked"); w.date(v.checked)
                if let note = v.note { w.field("note", note) }
                w.field("definedIn", v.definedIn)
                w.endObject()
            }
            w.endArray()
            w.endObject(); w.newlineAtEnd()
            return HTTP.response(w.bytes)
        }

        router.get("/v1/profiles/{id}/diff/{other}") { _, context -> Response in
            let known = engine.profiles.keys.sorted()
            var pair: [PolicyProfile] = []
            for name in ["id", "other"] {
                let id = context.parameters.get(name) ?? ""
                guard let p = engine.profiles[id] else { throw Problem.unknownProfile(id, known: known, field: name) }
                pair.append(p)
            }
            return HTTP.response(ProfileDiff(pair[0], pair[1]).json())
        }
    }

    static func header(_ p: PolicyProfile, _ w: inout JSONWriter) {
        w.field("id", p.id)
        w.key("base"); if let b = p.base { w.string(b) } else { w.null() }
        w.key("title"); text(p.title, &w)
        w.key("description"); text(p.description, &w)
        w.field("hash", p.hash)
    }

    static func text(_ t: LocalizedText, _ w: inout JSONWriter) {
        w.beginObject(); w.field("en", t.en); w.field("nl", t.nl); w.endObject()
    }
}
