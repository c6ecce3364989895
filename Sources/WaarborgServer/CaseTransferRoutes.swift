import Hummingbird
import WaarborgJSON
import WaarborgRegister

/// `GET /v1/cases/export` and `POST /v1/cases/import`: the register as JSON Lines
/// (`waarborg.case-line/1`), the twins of `waarborg cases export` and `cases import`, so a register
/// moves between machines and stores through the API as it does through the CLI.
enum CaseTransferRoutes {
    static let ndjson = "application/x-ndjson"
    enum Flag: String, CaseIterable { case `true`, `false` }

    static func add(to group: RouterGroup<ServerContext>, store: any CaseStore) {
        group.get("/v1/cases/export") { request, _ -> Response in
            let includeClosed = try HTTP.choice(request, "includeClosed", Flag.self) == .true
            // Gathered whole in one call off the event loop: a failure is still a problem document,
            // not a stream cut off after its status line.
            let bytes = try await Blocking.run { () throws(RegisterError) -> [UInt8] in
                var out: [UInt8] = []
                try CaseLines.export(store, includeClosed: includeClosed) { out += $0 }
                return out
            }
            return HTTP.response(bytes, contentType: ndjson, headers: [HTTP.contentDisposition: "inline; filename=\"cases.jsonl\""])
        }

        group.post("/v1/cases/import") { request, context -> Response in
            let actor = try HTTP.actor(context)
            let body = try await HTTP.body(request, limit: RegisterLimits.maxImportBytes)
            let ids = try await Blocking.run { () throws(RegisterError) -> [CaseID] in
                try store.importCases(try CaseLines.parse(body), actor: actor)
            }
            context.logger.info("cases imported", metadata: ["count": .stringConvertible(ids.count)])
            var w = JSONWriter(pretty: true)
            w.beginObject(); w.field("imported", ids.count)
            w.key("cases"); w.beginArray(); for id in ids { w.int(Int(id)) }; w.endArray()
            w.endObject(); w.newlineAtEnd()
            return HTTP.response(w.bytes, status: .created)
        }
    }
}
