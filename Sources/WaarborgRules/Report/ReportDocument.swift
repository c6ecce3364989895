import LegalCalendar
import WaarborgJSON

/// The counsellor's report in the reader's words, before it is laid out: the text report prints
/// its lines, the web page lays out the same sections, timeline rows, questions and reasons, so the
/// two cannot say different things. Every string is already in the reader's language, with country
/// codes named; nothing here is an identifier a reader would see as a word.
public struct ReportDocument: Sendable {
    /// What a section is about, so a page can give it a landmark and a heading of its own.
    public enum SectionKind: String, Sendable, CaseIterable {
        case header, route, next, timeline, rights, granted, openFacts, reasoning, fingerprint
    }

    public struct Section: Sendable {
        public let kind: SectionKind
        /// The lines as the text report prints them (indented by two spaces per level; a heading
        /// line in capitals first, except for the header and route sections).
        public var lines: [String]
    }

    /// One dated entry of the timeline or of the further deadlines, in date order.
    public struct TimelineRow: Sendable {
        public let date: CalendarDate
        public let weekday: String
        /// Computed as the latest lawful date, not an actual one.
        public let projected: Bool
        public let label: String
        /// Who acts ("to act: IND"), or that it is a right or a date.
        public let actor: String
        /// "hard limit" (in the reader's words) when missing it has a legal consequence.
        public let hardLimit: String?
        /// The state against the reference day, when the assessment has one.
        public let state: DeadlineState?
        public let stateWords: String
        public let ifMissed: String?
        public let note: String?
        public let citation: String
    }

    /// An open fact as a question, with what each answer would decide.
    public struct OpenQuestion: Sendable {
        public struct Answer: Sendable {
            public let answer: String
            /// The value the answer gives the fact, as the case's JSON would carry it.
            public let value: JSONValue
            public let outcome: String
        }
        /// The fact's path in the case (`findings.misledAuthorities`).
        public let fact: String
        public let question: String
        public var answers: [Answer]
    }

    /// A step of the reasoning, with the options it did not take and why.
    public struct Reason: Sendable {
        public struct NotTaken: Sendable {
            public let option: String
            /// Still possible while an open question is unanswered (not "not taken").
            public let stillOpen: Bool
            public let because: String
            public let citation: String
        }
        public let title: String
        public let citation: String
        public let because: String
        public let notTaken: [NotTaken]
    }

    public let lang: Language
    public private(set) var sections: [Section] = []
    public internal(set) var timeline: [TimelineRow] = []
    public internal(set) var questions: [OpenQuestion] = []
    public internal(set) var reasons: [Reason] = []
    private var open = false

    init(lang: Language) { self.lang = lang }

    /// Adds a line to the open section, or starts a section of `kind`; an empty line closes it.
    mutating func add(_ line: String, _ kind: SectionKind) {
        guard !line.isEmpty else { open = false; return }
        // Country codes become names; the case's own identifier (the first line) is left as given.
        let named = sections.isEmpty ? line : CountryWords.naming(line, lang)
        if open, !sections.isEmpty { sections[sections.count - 1].lines.append(named) } else { sections.append(.init(kind: kind, lines: [named])); open = true }
    }

    public func section(_ kind: SectionKind) -> Section? { sections.first { $0.kind == kind } }

    /// The text report: each section's lines, a blank line between sections.
    public var text: String {
        var out = ""
        for (i, s) in sections.enumerated() {
            if i > 0 { out += "\n" }
            for l in s.lines { out += l + "\n" }
        }
        return out
    }
}
