import LegalCalendar

/// The legal standing of a parameter value: whether it is law, or only a plan, or not checked.
public enum LegalStatus: String, Sendable, CaseIterable {
    case inForce = "in-force", adopted, proposed, rejected, unverified
}

/// A bilingual text (user-facing strings are always in English and Dutch).
public struct LocalizedText: Sendable, Hashable {
    public var en: String
    public var nl: String
    public init(en: String, nl: String) { self.en = en; self.nl = nl }
    public func text(_ lang: Language) -> String { lang == .nl ? nl : en }
    /// Both languages joined, so a sentence and its addition stay paired.
    public static func + (a: LocalizedText, b: LocalizedText) -> LocalizedText { .init(en: a.en + b.en, nl: a.nl + b.nl) }
}

public enum Language: String, Sendable, CaseIterable { case en, nl }

/// A parameter value as a profile states it, with the citation a user can check it against.
public struct ParameterValue: Sendable, Hashable {
    public enum Value: Sendable, Hashable, CustomStringConvertible {
        case period(LegalPeriod)
        case integer(Int)
        case fraction(Double)
        case choice(String)
        case set([String])
        case text(String)
        case date(CalendarDate)

        public var description: String {
            switch self {
            case .period(let p): p.english
            case .integer(let n): String(n)
            case .fraction(let f): String(f)
            case .choice(let s): s
            case .set(let items): "[" + items.joined(separator: ", ") + "]"
            case .text(let t): t
            case .date(let d): d.iso
            }
        }
    }

    public var value: Value
    /// Legal basis (`APR Art 67(7)`).
    public var ref: String
    /// URL or document the value was taken from.
    public var source: String
    public var status: LegalStatus
    /// The day the value was last checked against its source.
    public var checked: CalendarDate
    /// Optional remark (why unverified, what differs between sources), in English.
    public var note: String?
    /// The remark in Dutch, where the profile gives it (`note: {en: ..., nl: ...}`).
    public var noteNL: String? = nil
    /// The profile file that set this value (after inheritance), for `profiles show`.
    public var definedIn: String

    /// The remark in the reader's language, and whether it had to fall back to English.
    public func note(_ lang: Language) -> (text: String, english: Bool)? {
        if lang == .nl, let nl = noteNL { return (nl, false) }
        return note.map { ($0, lang == .nl) }
    }
}

/// What a parameter is and which values the Pact allows for it. A profile value outside the
/// band is an error on load: a profile cannot quietly put a case outside the law.
public struct ParameterDefinition: Sendable {
    public enum Kind: Sendable {
        /// A period in a fixed unit, at most `max` (the Pact's outer limit), at least `min`.
        case period(unit: PeriodUnit, min: Int, max: Int)
        case integer(ClosedRange<Int>)
        case fraction(ClosedRange<Double>)
        case choice([String])
        case set([String])
        /// Free text (a facility's name): only required to be non-empty.
        case text
        /// A calendar date (the day a national measure stops applying).
        case date
    }

    public let id: ParameterKey
    public var key: String { id.rawValue }
    public let kind: Kind
    /// The provision that fixes the band.
    public let bandRef: String
    public let meaning: LocalizedText

    public init(key: ParameterKey, kind: Kind, bandRef: String, meaning: LocalizedText) {
        self.id = key
        self.kind = kind
        self.bandRef = bandRef
        self.meaning = meaning
    }

    public var allowedText: String {
        switch kind {
        case let .period(unit, min, max): return "a period in \(unit.rawValue) from \(min) to \(max) (e.g. \"\(max) \(unit.rawValue)\")"
        case let .integer(r): return "a whole number from \(r.lowerBound) to \(r.upperBound)"
        case let .fraction(r): return "a number from \(r.lowerBound) to \(r.upperBound)"
        case let .choice(options): return "one of " + options.joined(separator: ", ")
        case let .set(options): return "a list drawn from " + options.joined(separator: ", ")
        case .text: return "a non-empty text"
        case .date: return "a calendar date YYYY-MM-DD"
        }
    }
}
