import Hummingbird
import WaarborgJSON
import WaarborgRules

/// `GET /health`: the server answers, and with which engine and profiles. No token needed.
enum HealthRoutes {
    static func add(to router: Router<ServerContext>, engine: Engine) {
        let profiles = engine.profiles.keys.sorted()
        router.get("/health") { _, _ -> Response in
            var w = JSONWriter(pretty: true)
            w.beginObject()
            w.field("status", "ok")
            w.field("engine", Assessor.engineVersion)
            w.key("profiles"); w.beginArray(); for p in profiles { w.string(p) }; w.endArray()
            w.endObject(); w.newlineAtEnd()
            return HTTP.response(w.bytes)
        }
    }
}
