/// A ground of the Asylum Procedure Regulation that can make an application inadmissible, its
/// examination accelerated, or send it to the border procedure. The raw value is the contract's
/// identifier; a misspelt ground cannot compile, and the profile catalogue takes its options from
/// here, so a profile cannot name a ground the rules do not know.
public enum GroundID: String, CaseIterable, Sendable, Comparable {
    case subsequentWithoutNewElements = "APR-38-2"
    case firstCountryOfAsylum = "APR-38-1-a"
    case safeThirdCountry = "APR-38-1-b"
    case protectionInAnotherMemberState = "APR-38-1-c"
    /// APR Art 44(1)(a): any inadmissibility ground, as a reason for the border procedure.
    case inadmissibilityAtTheBorder = "APR-38"
    case irrelevantIssues = "APR-42-1-a"
    case falseStatements = "APR-42-1-b"
    case misledAuthorities = "APR-42-1-c"
    case delayingRemoval = "APR-42-1-d"
    case safeCountryOfOrigin = "APR-42-1-e"
    case publicOrderDanger = "APR-42-1-f"
    case admissibleSubsequent = "APR-42-1-g"
    case lateApplication = "APR-42-1-h"
    case refusesBiometrics = "APR-42-1-i"
    case lowRecognitionRate = "APR-42-1-j"
    case minorSafeCountryOfOrigin = "APR-42-3-a"
    case minorPublicOrderDanger = "APR-42-3-b"
    case minorMisledAuthorities = "APR-42-3-c"
    case minorAdmissibleSubsequent = "APR-42-3-d"

    public static func < (a: GroundID, b: GroundID) -> Bool { a.rawValue < b.rawValue }

    /// The provision, as cited.
    public var ref: String {
        return switch self {
        case .subsequentWithoutNewElements: "APR Art 38(2); Art 55"
        case .firstCountryOfAsylum: "APR Art 38(1)(a)"
        case .safeThirdCountry: "APR Art 38(1)(b)"
        case .protectionInAnotherMemberState: "APR Art 38(1)(c)"
        case .inadmissibilityAtTheBorder: "APR Art 44(1)(a)"
        default: Self.articleRefs[self]!
        }
    }

    /// Built once: the hot path reads a ground's citation for every case.
    private static let articleRefs: [GroundID: String] = Dictionary(uniqueKeysWithValues: allCases.compactMap { id in
        id.rawValue.split(separator: "-").count == 4 ? (id, articleRef(id.rawValue)) : nil
    })

    /// APR-42-1-a -> APR Art 42(1)(a).
    private static func articleRef(_ raw: String) -> String {
        let p = raw.split(separator: "-")
        return "APR Art \(p[1])(\(p[2]))(\(p[3]))"
    }

    /// Art 45(1): the grounds on which the border procedure is mandatory; Art 53(1) for
    /// unaccompanied minors.
    static let mandatoryAtTheBorder: [GroundID] = [.misledAuthorities, .publicOrderDanger, .lowRecognitionRate]
    static let mandatoryAtTheBorderForMinors: [GroundID] = [.minorPublicOrderDanger]
    /// The grounds Art 44(1) lets a member state add to the mandatory border cases.
    public static let optionalAtTheBorder: [GroundID] = [.inadmissibilityAtTheBorder, .irrelevantIssues, .falseStatements, .delayingRemoval,
                                                         .safeCountryOfOrigin, .admissibleSubsequent]
    /// Art 38(1): the inadmissibility grounds a member state may apply.
    public static let optionalInadmissibility: [GroundID] = [.firstCountryOfAsylum, .safeThirdCountry, .protectionInAnotherMemberState]

    /// RCD Art 17(1): acceleration on APR Art 42(1)(a)-(f) bars access to the labour market.
    var barsLabourMarket: Bool {
        switch self {
        case .irrelevantIssues, .falseStatements, .misledAuthorities, .delayingRemoval, .safeCountryOfOrigin, .publicOrderDanger: true
        default: false
        }
    }

    /// What the ground is, in a few plain words.
    public var name: LocalizedText {
        switch self {
        case .subsequentWithoutNewElements: .init(en: "a subsequent application without new elements", nl: "een volgende aanvraag zonder nieuwe elementen")
        case .firstCountryOfAsylum: .init(en: "a first country of asylum", nl: "een eerste land van asiel")
        case .safeThirdCountry: .init(en: "a safe third country", nl: "een veilig derde land")
        case .protectionInAnotherMemberState: .init(en: "protection granted by another member state", nl: "bescherming verleend door een andere lidstaat")
        case .inadmissibilityAtTheBorder: .init(en: "an inadmissibility ground", nl: "een niet-ontvankelijkheidsgrond")
        case .irrelevantIssues: .init(en: "only issues not relevant to protection", nl: "alleen kwesties die niet relevant zijn voor bescherming")
        case .falseStatements: .init(en: "clearly inconsistent or false statements", nl: "duidelijk inconsistente of onware verklaringen")
        case .misledAuthorities, .minorMisledAuthorities: .init(en: "misleading the authorities on identity or nationality", nl: "misleiding van de autoriteiten over identiteit of nationaliteit")
        case .delayingRemoval: .init(en: "an application only to delay removal", nl: "een aanvraag alleen om uitzetting te vertragen")
        case .safeCountryOfOrigin, .minorSafeCountryOfOrigin: .init(en: "a safe country of origin", nl: "een veilig land van herkomst")
        case .publicOrderDanger, .minorPublicOrderDanger: .init(en: "a danger to national security or public order", nl: "een gevaar voor de nationale veiligheid of openbare orde")
        case .admissibleSubsequent, .minorAdmissibleSubsequent: .init(en: "a subsequent application that is admissible", nl: "een ontvankelijke volgende aanvraag")
        case .lateApplication: .init(en: "no application as soon as possible, without good reason", nl: "zonder goede reden niet zo snel mogelijk aangevraagd")
        case .refusesBiometrics: .init(en: "refusing to give fingerprints", nl: "weigering vingerafdrukken te geven")
        case .lowRecognitionRate: .init(en: "a nationality with a Union-wide recognition rate at or below the threshold", nl: "een nationaliteit met een EU-brede inwilligingsgraad op of onder de drempel")
        }
    }
}
