import WaarborgRules

/// The due list as CSV (RFC 4180): a header line, one line per deadline, CRLF line ends, and a
/// field quoted when it holds a comma, a quote or a line break, so a spreadsheet opens it whole.
public enum DeadlineCSV {
    public static let header = ["case", "client_reference", "facts_id", "profile", "deadline", "kind", "date",
                                "days_left", "projected", "legal_basis", "actor", "label"]

    public static func render(_ deadlines: [DueDeadline], lang: Language) -> String {
        var s = line(header)
        for d in deadlines {
            s += line([String(d.caseID), d.clientReference ?? "", d.factsID, d.profileID, d.deadlineID, d.kind.rawValue, d.date.iso,
                       String(d.daysLeft), d.projected ? "true" : "false", d.ref, d.actor, d.label.text(lang)])
        }
        return s
    }

    public static func line(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") + "\r\n" }

    /// One field: as it is, or in double quotes with its quotes doubled.
    public static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
