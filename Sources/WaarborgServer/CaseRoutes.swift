import Hummingbird
import WaarborgRegister
import WaarborgRules

/// The register's cases: create, read, update (a new version of the facts), close, reopen, list
/// with filters and paging, a case's history and audit trail. Every route here sits behind
/// `AuthMiddleware`; the token's name is the actor the audit log records.
enum CaseRoutes {
    static func add(to group: RouterGroup<ServerContext>, store: any CaseStore) {
        group.post("/v1/cases") { request, context -> Response in
            let actor = try HTTP.actor(context)
            let profile = HTTP.query(request, "profile") ?? Engine.defaultProfile
            let ref = HTTP.query(request, "ref")
            let facts = try await HTTP.body(request)
            let r = try await Blocking.run { () throws(RegisterError) in
                try store.createCase(NewCase(facts: facts, clientReference: ref, profileID: profile), actor: actor)
            }
            context.logger.info("case created", metadata: ["case": .stringConvertible(r.id)])
            return HTTP.response(RegisterJSON.record(r), status: .created, headers: [.location: "/v1/cases/\(r.id)"])
        }

        group.get("/v1/cases") { request, _ -> Response in
            let status = try HTTP.choice(request, "status", CaseStatus.self)
            let limit = try HTTP.intQuery(request, "limit", default: 50)
            let offset = try HTTP.intQuery(request, "offset", default: 0)
            let query = CaseQuery(status: status, profileID: HTTP.query(request, "profile"), clientReference: HTTP.query(request, "ref"),
                                  limit: limit, offset: offset)
            let page = try await Blocking.run { () throws(RegisterError) in try store.listCases(query) }
            return HTTP.response(RegisterJSON.page(page, limit: limit, offset: offset))
        }

        group.get("/v1/cases/{n}") { _, context -> Response in
            let id = try HTTP.caseID(context)
            let r = try await Blocking.run { () throws(RegisterError) in try store.getCase(id) }
            return HTTP.response(RegisterJSON.record(r))
        }

        group.put("/v1/cases/{n}") { request, context -> Response in
            let id = try HTTP.caseID(context)
            let actor = try HTTP.actor(context)
            let facts = try await HTTP.body(request)
            let r = try await Blocking.run { () throws(RegisterError) in try store.updateFacts(id, facts: facts, actor: actor) }
            return HTTP.response(RegisterJSON.record(r))
        }

        for (path, status) in [("/v1/cases/{n}/close", CaseStatus.closed), ("/v1/cases/{n}/reopen", .open)] {
            group.post(RouterPath(path)) { _, context -> Response in
                let id = try HTTP.caseID(context)
                let actor = try HTTP.actor(context)
                let r = try await Blocking.run { () throws(RegisterError) in try store.setStatus(id, status, actor: actor) }
                return HTTP.response(RegisterJSON.record(r))
            }
        }

        group.get("/v1/cases/{n}/history") { _, context -> Response in
            let id = try HTTP.caseID(context)
            let versions = try await Blocking.run { () throws(RegisterError) in try store.history(id) }
            return HTTP.response(RegisterJSON.history(versions))
        }

        group.get("/v1/cases/{n}/audit") { _, context -> Response in
            let id = try HTTP.caseID(context)
            // The case first, so an unknown number is a 404 and not an empty log.
            let entries = try await Blocking.run { () throws(RegisterError) -> [AuditEntry] in
                _ = try store.getCase(id)
                return try store.audit(id)
            }
            return HTTP.response(RegisterJSON.audit(entries))
        }
    }
}
