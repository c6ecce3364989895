/// Why the applicant counts, or not, as an unaccompanied minor (APR Art 22-25), apart from the
/// rule that decides it (CaseContext).
enum MinorWords {
    static let notUnaccompanied = LocalizedText(en: "the applicant is not unaccompanied", nl: "de aanvrager is niet alleenstaand")

    /// APR Art 25(2): while the age is unknown or disputed, the applicant is presumed a minor.
    static func presumedMinor(ageUnknown: Bool) -> LocalizedText {
        .init(en: "the applicant is unaccompanied and claims to be a minor; while the age is \(ageUnknown ? "unknown" : "disputed") the applicant is treated as a minor",
              nl: "de aanvrager is alleenstaand en stelt minderjarig te zijn; zolang de leeftijd \(ageUnknown ? "onbekend" : "betwist") is, geldt de aanvrager als minderjarige")
    }

    static let unaccompaniedMinor = LocalizedText(en: "the applicant is unaccompanied and under 18 on the day the application was made",
                                                  nl: "de aanvrager is alleenstaand en jonger dan 18 op de dag van de aanvraag")
    static let adult = LocalizedText(en: "the applicant is 18 or older on the day the application was made",
                                     nl: "de aanvrager is 18 jaar of ouder op de dag van de aanvraag")
}
