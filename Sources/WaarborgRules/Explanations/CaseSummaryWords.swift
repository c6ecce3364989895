import LegalCalendar

/// The line under the report's heading that says whose case this is, so a counsellor with a pile
/// of printouts recognises it without the case's identifier: nationality, age when the
/// application was made, whether unaccompanied, family, and when and where the application was made.
/// Built from the facts as given; a fact not given is left out, never guessed.
enum CaseSummaryWords {
    static func summary(_ f: CaseFacts) -> LocalizedText {
        let p = f.applicant
        var en: [String] = []
        var nl: [String] = []
        if p.stateless {
            en.append("Stateless applicant"); nl.append("Staatloze aanvrager")
        } else if let c = p.nationality {
            en.append("Applicant from \(CountryWords.name(c, .en))"); nl.append("Aanvrager uit \(CountryWords.name(c, .nl))")
        } else {
            en.append("Applicant of unknown nationality"); nl.append("Aanvrager van onbekende nationaliteit")
        }
        let made = f.application.madeOn
        if let birth = p.birthDate, birth <= made {
            let age = years(from: birth, to: made)
            en.append("\(age) when the application was made" + (p.ageDisputed ? " (age disputed)" : ""))
            nl.append("\(age) jaar bij het doen van de aanvraag" + (p.ageDisputed ? " (leeftijd betwist)" : ""))
        }
        if p.unaccompanied {
            let minor = p.birthDate.map { made < $0.adding(years: 18) } ?? true
            if minor { en.append("unaccompanied minor"); nl.append("alleenstaande minderjarige") }
            else { en.append("arrived unaccompanied"); nl.append("zonder begeleiding aangekomen") }
        }
        switch f.family.count {
        case 0: break
        case 1: en.append("with 1 family member"); nl.append("met 1 gezinslid")
        case let n: en.append("with \(n) family members"); nl.append("met \(n) gezinsleden")
        }
        let place = f.arrival?.place.map { " (\($0))" } ?? ""
        return LocalizedText(en: en.joined(separator: ", ") + "; application made on \(made.en)\(place)",
                             nl: nl.joined(separator: ", ") + "; aanvraag gedaan op \(made.nl)\(place)")
    }

    /// Whole years completed between two days, counted as the rules count the 18th birthday.
    static func years(from birth: CalendarDate, to day: CalendarDate) -> Int {
        var n = day.year - birth.year
        if birth.adding(years: n) > day { n -= 1 }
        return max(0, n)
    }
}
