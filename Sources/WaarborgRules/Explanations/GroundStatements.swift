/// What each finding-based ground of APR Art 42 states when it holds, in both languages, apart from
/// the rules that decide it (AcceleratedGrounds). `GroundWords.finding` puts the statement into
/// "applies", "does not apply" or "cannot be decided".
enum GroundStatements {
    /// APR Art 42(1)(a)
    static let irrelevantIssues = LocalizedText(
        en: "the applicant raised only issues not relevant to international protection",
        nl: "de aanvrager alleen kwesties heeft aangevoerd die niet relevant zijn voor internationale bescherming")
    /// APR Art 42(1)(b)
    static let falseStatements = LocalizedText(
        en: "the applicant made clearly inconsistent, false or improbable statements",
        nl: "de aanvrager duidelijk inconsistente, onware of onwaarschijnlijke verklaringen heeft afgelegd")
    /// APR Art 42(1)(c)
    static let misledAuthorities = LocalizedText(
        en: "the applicant misled the authorities on identity or nationality, or destroyed documents in bad faith",
        nl: "de aanvrager de autoriteiten heeft misleid over identiteit of nationaliteit, of te kwader trouw documenten heeft vernietigd")
    /// APR Art 42(1)(d)
    static let delayingRemoval = LocalizedText(
        en: "the application was made merely to delay or frustrate removal",
        nl: "de aanvraag alleen is gedaan om verwijdering uit te stellen of te verijdelen")
    /// APR Art 42(1)(f)
    static let publicOrderDanger = LocalizedText(
        en: "there are reasonable grounds to consider the applicant a danger to national security or public order",
        nl: "er redelijke gronden zijn om de aanvrager als gevaar voor de nationale veiligheid of openbare orde te beschouwen")
    /// APR Art 42(1)(h)
    static let lateApplication = LocalizedText(
        en: "the applicant entered or stayed unlawfully and, without good reason, did not apply as soon as possible",
        nl: "de aanvrager onrechtmatig is binnengekomen of verblijft en zonder goede reden niet zo snel mogelijk een aanvraag heeft gedaan")
    /// APR Art 42(1)(i)
    static let refusesBiometrics = LocalizedText(
        en: "the applicant refuses to have biometric data taken",
        nl: "de aanvrager weigert biometrische gegevens te laten afnemen")
    /// APR Art 42(3)(b)
    static let minorPublicOrderDanger = LocalizedText(
        en: "there are reasonable grounds to consider the minor a danger to national security or public order",
        nl: "er redelijke gronden zijn om de minderjarige als gevaar voor de nationale veiligheid of openbare orde te beschouwen")
    /// APR Art 42(3)(c)
    static let minorMisledAuthorities = LocalizedText(
        en: "the minor misled the authorities on identity or nationality",
        nl: "de minderjarige de autoriteiten heeft misleid over identiteit of nationaliteit")
}
