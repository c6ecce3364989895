/// What a finding-based ground states when it holds and when it does not, in both languages.
/// The negation is written out for each ground, so a ground found not to hold reads "the applicant
/// did not mislead the authorities", never "it is not the case that the applicant misled".
struct GroundStatement: Sendable {
    let holds: LocalizedText
    let doesNotHold: LocalizedText

    init(en: String, nl: String, notEn: String, notNl: String) {
        holds = LocalizedText(en: en, nl: nl)
        doesNotHold = LocalizedText(en: notEn, nl: notNl)
    }
}

/// What each finding-based ground of APR Art 42 states, apart from the rules that decide it
/// (AcceleratedGrounds). `GroundWords.finding` puts the statement into "applies", "does not
/// apply" or "cannot be decided".
enum GroundStatements {
    /// APR Art 42(1)(a)
    static let irrelevantIssues = GroundStatement(
        en: "the applicant raised only issues not relevant to international protection",
        nl: "de aanvrager alleen kwesties heeft aangevoerd die niet relevant zijn voor internationale bescherming",
        notEn: "the applicant also raised issues relevant to international protection",
        notNl: "de aanvrager ook kwesties heeft aangevoerd die relevant zijn voor internationale bescherming")
    /// APR Art 42(1)(b)
    static let falseStatements = GroundStatement(
        en: "the applicant made clearly inconsistent, false or improbable statements",
        nl: "de aanvrager duidelijk inconsistente, onware of onwaarschijnlijke verklaringen heeft afgelegd",
        notEn: "the applicant's statements are not clearly inconsistent, false or improbable",
        notNl: "de verklaringen van de aanvrager niet duidelijk inconsistent, onwaar of onwaarschijnlijk zijn")
    /// APR Art 42(1)(c)
    static let misledAuthorities = GroundStatement(
        en: "the applicant misled the authorities on identity or nationality, or destroyed documents in bad faith",
        nl: "de aanvrager de autoriteiten heeft misleid over identiteit of nationaliteit, of te kwader trouw documenten heeft vernietigd",
        notEn: "the applicant did not mislead the authorities on identity or nationality and did not destroy documents in bad faith",
        notNl: "de aanvrager de autoriteiten niet heeft misleid over identiteit of nationaliteit en niet te kwader trouw documenten heeft vernietigd")
    /// APR Art 42(1)(d)
    static let delayingRemoval = GroundStatement(
        en: "the application was made merely to delay or frustrate removal",
        nl: "de aanvraag alleen is gedaan om verwijdering uit te stellen of te verijdelen",
        notEn: "the application was not made merely to delay or frustrate removal",
        notNl: "de aanvraag niet alleen is gedaan om verwijdering uit te stellen of te verijdelen")
    /// APR Art 42(1)(f)
    static let publicOrderDanger = GroundStatement(
        en: "there are reasonable grounds to consider the applicant a danger to national security or public order",
        nl: "er redelijke gronden zijn om de aanvrager als gevaar voor de nationale veiligheid of openbare orde te beschouwen",
        notEn: "there are no reasonable grounds to consider the applicant a danger to national security or public order",
        notNl: "er geen redelijke gronden zijn om de aanvrager als gevaar voor de nationale veiligheid of openbare orde te beschouwen")
    /// APR Art 42(1)(h)
    static let lateApplication = GroundStatement(
        en: "the applicant entered or stayed unlawfully and, without good reason, did not apply as soon as possible",
        nl: "de aanvrager onrechtmatig is binnengekomen of verblijft en zonder goede reden niet zo snel mogelijk een aanvraag heeft gedaan",
        notEn: "the applicant did not enter or stay unlawfully, applied as soon as possible, or had good reason not to",
        notNl: "de aanvrager niet onrechtmatig is binnengekomen of verblijft, zo snel mogelijk een aanvraag heeft gedaan, of daarvoor een goede reden had")
    /// APR Art 42(1)(i)
    static let refusesBiometrics = GroundStatement(
        en: "the applicant refuses to have biometric data taken",
        nl: "de aanvrager weigert biometrische gegevens te laten afnemen",
        notEn: "the applicant does not refuse to have biometric data taken",
        notNl: "de aanvrager niet weigert biometrische gegevens te laten afnemen")
    /// APR Art 42(3)(b)
    static let minorPublicOrderDanger = GroundStatement(
        en: "there are reasonable grounds to consider the minor a danger to national security or public order",
        nl: "er redelijke gronden zijn om de minderjarige als gevaar voor de nationale veiligheid of openbare orde te beschouwen",
        notEn: "there are no reasonable grounds to consider the minor a danger to national security or public order",
        notNl: "er geen redelijke gronden zijn om de minderjarige als gevaar voor de nationale veiligheid of openbare orde te beschouwen")
    /// APR Art 42(3)(c)
    static let minorMisledAuthorities = GroundStatement(
        en: "the minor misled the authorities on identity or nationality",
        nl: "de minderjarige de autoriteiten heeft misleid over identiteit of nationaliteit",
        notEn: "the minor did not mislead the authorities on identity or nationality",
        notNl: "de minderjarige de autoriteiten niet heeft misleid over identiteit of nationaliteit")
}
