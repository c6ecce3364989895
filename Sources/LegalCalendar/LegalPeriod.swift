/// The unit a legal text states a period in. Working days are their own unit because the law
/// counts them differently (weekends and holidays are skipped, not merely avoided at the end).
public enum PeriodUnit: String, Sendable, Hashable, CaseIterable, Codable {
    case days
    case weeks
    case months
    case workingDays = "working-days"
}

/// A period as the law states it: "21 days", "12 weeks", "6 months", "15 working days".
public struct LegalPeriod: Sendable, Hashable, CustomStringConvertible {
    public let amount: Int
    public let unit: PeriodUnit

    public init(_ amount: Int, _ unit: PeriodUnit) {
        self.amount = amount
        self.unit = unit
    }

    public static func days(_ n: Int) -> LegalPeriod { LegalPeriod(n, .days) }
    public static func weeks(_ n: Int) -> LegalPeriod { LegalPeriod(n, .weeks) }
    public static func months(_ n: Int) -> LegalPeriod { LegalPeriod(n, .months) }
    public static func workingDays(_ n: Int) -> LegalPeriod { LegalPeriod(n, .workingDays) }

    /// Parses "21 days", "1 day", "12 weeks", "6 months", "15 working days".
    public init?(parsing text: String) {
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        guard parts.count == 2, let n = Int(parts[0]), n >= 0 else { return nil }
        switch parts[1] {
        case "day", "days": self.init(n, .days)
        case "week", "weeks": self.init(n, .weeks)
        case "month", "months": self.init(n, .months)
        case "working day", "working days": self.init(n, .workingDays)
        default: return nil
        }
    }

    public var description: String { english }

    public var english: String {
        let one = amount == 1
        switch unit {
        case .days: return "\(amount) \(one ? "day" : "days")"
        case .weeks: return "\(amount) \(one ? "week" : "weeks")"
        case .months: return "\(amount) \(one ? "month" : "months")"
        case .workingDays: return "\(amount) \(one ? "working day" : "working days")"
        }
    }

    public var dutch: String {
        let one = amount == 1
        switch unit {
        case .days: return "\(amount) \(one ? "dag" : "dagen")"
        case .weeks: return "\(amount) \(one ? "week" : "weken")"
        case .months: return "\(amount) \(one ? "maand" : "maanden")"
        case .workingDays: return "\(amount) \(one ? "werkdag" : "werkdagen")"
        }
    }
}
