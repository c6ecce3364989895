/// English and Dutch sentences of the admissibility rule (APR Art 38, 55, 58, 59): subsequent
/// applications, a first country of asylum, a safe third country, protection in another member
/// state. Countries by name and the basis of a safe third country in words, never as codes.
enum AdmissibilityWords {
    static func previous(_ e: HistoryEvent) -> LocalizedText {
        let outcome: LocalizedText = switch e.outcome {
        case .rejected: .init(en: "rejected", nl: "afgewezen")
        case .withdrawn: .init(en: "withdrawn", nl: "ingetrokken")
        case .granted: .init(en: "granted", nl: "toegewezen")
        case .pending, nil: .init(en: "pending", nl: "in behandeling")
        }
        return .init(en: "previous application in \(CountryWords.name(e.memberState, .en)) was \(outcome.en)",
                     nl: "eerdere aanvraag in \(CountryWords.name(e.memberState, .nl)) is \(outcome.nl)")
    }

    /// The mandatory ground (APR Art 38(2)): a subsequent application and whether it has new elements.
    static func subsequent(_ previous: LocalizedText, newElements: Truth) -> LocalizedText {
        let tail: LocalizedText = switch newElements {
        case .yes: .init(en: "new elements were presented", nl: "nieuwe elementen aangevoerd")
        case .no: .init(en: "no new elements", nl: "geen nieuwe elementen")
        case .unknown: .init(en: "whether there are new elements is not given", nl: "of er nieuwe elementen zijn is niet opgegeven")
        }
        return .init(en: "\(previous.en): subsequent application; \(tail.en)", nl: "\(previous.nl): volgende aanvraag; \(tail.nl)")
    }

    /// The acceleration ground for an admissible subsequent application (APR Art 42(1)(g)).
    static func subsequentAdmissible(_ previous: LocalizedText, newElements: Truth) -> LocalizedText {
        switch newElements {
        case .yes: .init(en: "\(previous.en): subsequent application with new elements, so admissible", nl: "\(previous.nl): volgende aanvraag met nieuwe elementen, dus ontvankelijk")
        case .no: .init(en: "\(previous.en): subsequent application without new elements, so inadmissible", nl: "\(previous.nl): volgende aanvraag zonder nieuwe elementen, dus niet-ontvankelijk")
        case .unknown: .init(en: "\(previous.en): subsequent application; whether it has new elements is not given", nl: "\(previous.nl): volgende aanvraag; of er nieuwe elementen zijn is niet opgegeven")
        }
    }

    static let noPreviousFinal = LocalizedText(en: "no earlier application with a final decision", nl: "geen eerdere aanvraag met een definitief besluit")
    /// APR Art 44(1)(a): the border ground that any inadmissibility ground fills.
    static let anInadmissibilityGround = LocalizedText(en: "an inadmissibility ground", nl: "een niet-ontvankelijkheidsgrond")
    static let firstCountryOfAsylum = GroundStatement(en: "a first country of asylum applies", nl: "er een eerste land van asiel is",
                                                      notEn: "no first country of asylum applies", notNl: "er geen eerste land van asiel is")
    static let safeThirdCountry = GroundStatement(en: "a safe third country applies", nl: "er een veilig derde land is",
                                                  notEn: "no safe third country applies", notNl: "er geen veilig derde land is")

    static func protectionGranted(by state: CountryCode) -> LocalizedText {
        .init(en: "\(CountryWords.name(state, .en)) granted international protection", nl: "\(CountryWords.name(state, .nl)) heeft internationale bescherming verleend")
    }
    static let noProtectionElsewhere = LocalizedText(en: "no grant of protection by another member state in the history",
                                                     nl: "geen verlening van bescherming door een andere lidstaat in de voorgeschiedenis")

    // The safe third country (APR Art 59 as amended by Reg 2026/463).
    static let basisNotGiven = LocalizedText(en: "a safe third country is found but its basis (connection, transit, agreement) is not given",
                                             nl: "er is een veilig derde land vastgesteld, maar de grondslag (band, doorreis, overeenkomst) is niet opgegeven")
    static let noAgreementForMinor = LocalizedText(en: "an agreement with the third country cannot be the basis for an unaccompanied minor",
                                                   nl: "een overeenkomst met het derde land kan geen grondslag zijn voor een alleenstaande minderjarige")

    static func basis(_ b: SafeThirdCountryBasis) -> LocalizedText {
        switch b {
        case .connection: .init(en: "a connection with that country", nl: "een band met dat land")
        case .transit: .init(en: "transit through that country", nl: "doorreis door dat land")
        case .agreement: .init(en: "an agreement with that country", nl: "een overeenkomst met dat land")
        }
    }

    static func basisNotApplied(_ b: SafeThirdCountryBasis) -> LocalizedText {
        let w = basis(b)
        return .init(en: "the profile does not apply the safe-third-country concept on the basis of \(w.en)", nl: "dit beleidsprofiel past het concept veilig derde land niet toe op grond van \(w.nl)")
    }

    static func safeThirdCountryHolds(_ country: CountryCode?, basis b: SafeThirdCountryBasis) -> LocalizedText {
        let w = basis(b)
        return .init(en: "safe third country\(country.map { " (\(CountryWords.name($0, .en)))" } ?? "") on the basis of \(w.en)",
                     nl: "veilig derde land\(country.map { " (\(CountryWords.name($0, .nl)))" } ?? "") op grond van \(w.nl)")
    }
}
