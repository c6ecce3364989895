import Hummingbird
import LegalCalendar
import WaarborgRegister
import WaarborgRules

/// `GET /v1/deadlines?within=14d&asOf=DATE&format=json|csv|ics&lang=en|nl`: the dates of open
/// cases that fall within the window or have passed, as `waarborg cases due` lists them; CSV and
/// iCalendar through the register's own exporters, so a calendar can subscribe to this URL.
enum DeadlineRoutes {
    enum Format: String, CaseIterable { case json, csv, ics }

    static func add(to group: RouterGroup<ServerContext>, store: any CaseStore) {
        group.get("/v1/deadlines") { request, _ -> Response in
            let days = try window(HTTP.query(request, "within") ?? "14d")
            let day = try HTTP.dateQuery(request, "asOf")
            let format = try HTTP.choice(request, "format", Format.self) ?? .json
            let lang = try HTTP.choice(request, "lang", Language.self) ?? .en
            let due = try await Blocking.run { () throws(RegisterError) in try store.dueDeadlines(within: days, asOf: day) }
            switch format {
            case .csv:
                return HTTP.response(Array(DeadlineCSV.render(due, lang: lang).utf8), contentType: HTTP.csv,
                                     headers: [HTTP.contentDisposition: "inline; filename=\"deadlines.csv\""])
            case .ics:
                return HTTP.response(Array(DeadlineCalendar.render(due, lang: lang, stamp: .now()).utf8), contentType: HTTP.calendar,
                                     headers: [HTTP.contentDisposition: "inline; filename=\"deadlines.ics\""])
            case .json:
                return HTTP.response(RegisterJSON.due(due, asOf: day, within: days))
            }
        }
    }

    /// `14d`, `14` or `2w`, as `cases due --within` takes it.
    static func window(_ text: String) throws -> Int {
        var s = Substring(text.lowercased()), factor = 1
        if s.hasSuffix("d") { s = s.dropLast() } else if s.hasSuffix("w") { s = s.dropLast(); factor = 7 }
        guard let n = Int(s), n >= 0, n <= 36_500 else {
            throw Problem.badParameter("within", "expected a number of days (14d, or 14) or weeks (2w), found \"\(text)\"")
        }
        return n * factor
    }
}
