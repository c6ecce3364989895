import Hummingbird
import LegalCalendar
import WaarborgJSON
import WaarborgRules

/// The stateless contract: `POST /v1/assess` and `POST /v1/compare`. The body is a
/// `waarborg.case/1` document; the reply is byte for byte what `waarborg assess` and
/// `waarborg compare` write. No token needed, nothing stored.
enum AssessRoutes {
    /// The profiles `compare` uses without `profiles=`, as the CLI does.
    static let preferred = ["pact-minimum", "nl-2026", "vwn-alternative"]

    /// `preferred` when the engine has them all, else every profile, sorted (as the CLI's `compare`
    /// and `simulate chain` choose without `--profiles`).
    static func defaultProfiles(_ engine: Engine) -> [String] {
        preferred.allSatisfy { engine.profiles[$0] != nil } ? preferred : engine.profiles.keys.sorted()
    }

    static func add(to router: Router<ServerContext>, engine: Engine) {
        router.post("/v1/assess") { request, _ -> Response in
            let id = HTTP.query(request, "profile") ?? Engine.defaultProfile
            guard let assessor = engine.assessor(id) else { throw Problem.unknownProfile(id, known: engine.profiles.keys.sorted()) }
            let day = try HTTP.dateQuery(request, "asOf")
            let facts = try decodeFacts(try await HTTP.body(request))
            var a = assessor.assess(facts)
            a.asOf = day
            var bytes = AssessmentEncoder.encode(a, pretty: true)
            bytes.append(0x0A)
            return HTTP.response(bytes)
        }

        router.post("/v1/compare") { request, _ -> Response in
            let ids: [String]
            if let list = HTTP.query(request, "profiles") {
                ids = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            } else {
                ids = defaultProfiles(engine)
            }
            guard ids.count >= 2 else { throw Problem.badParameter("profiles", "name at least two profiles, separated by commas") }
            var assessors: [Assessor] = []
            for id in ids {
                guard let a = engine.assessor(id) else { throw Problem.unknownProfile(id, known: engine.profiles.keys.sorted(), field: "profiles") }
                assessors.append(a)
            }
            let facts = try decodeFacts(try await HTTP.body(request))
            let comparison = Comparison(assessors.map { $0.assess(facts) }, profiles: assessors.map(\.profile))
            var bytes = comparison.encode(pretty: true)
            bytes.append(0x0A)
            return HTTP.response(bytes)
        }
    }

    /// The facts, or a 400 naming the field the decoder stopped at.
    static func decodeFacts(_ bytes: [UInt8]) throws -> CaseFacts {
        do { return try CaseDecoder.decode(bytes) } catch { throw Problem.invalidFacts(error) }
    }
}
