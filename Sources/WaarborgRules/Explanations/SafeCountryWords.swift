/// The safe-country lists by name, never by their ids.
enum SafeCountryWords {
    static func list(_ id: String) -> LocalizedText {
        switch SafeCountryListID(rawValue: id) {
        case .eu?: .init(en: "the EU list", nl: "de EU-lijst")
        case .nl?: .init(en: "the Dutch national list", nl: "de Nederlandse lijst")
        case nil: .init(en: "the list \(id)", nl: "de lijst \(id)")
        }
    }

    static func lists(_ ids: [String]) -> LocalizedText {
        if ids.isEmpty { return .init(en: "any list applied by the profile (it applies none)", nl: "een lijst die dit beleidsprofiel toepast (het past er geen toe)") }
        let names = ids.map(list)
        return .init(en: names.map(\.en).joined(separator: " or "), nl: names.map(\.nl).joined(separator: " of "))
    }
    static func notListed(_ country: CountryCode, _ lists: [String]) -> LocalizedText {
        .init(en: "\(country) is not on \(Self.lists(lists).en) of safe countries of origin",
              nl: "\(country) staat niet op \(Self.lists(lists).nl) van veilige landen van herkomst")
    }

    static func exceptedCategory(_ country: CountryCode, ref: String, category: String) -> LocalizedText {
        .init(en: "\(country) is designated (\(ref)), but the profile excepts the category \(ValueWords.readable(category, .en) ?? category)",
              nl: "\(country) is aangewezen (\(RuleWords.ref(ref, .nl))), maar dit beleidsprofiel zondert de categorie \(ValueWords.readable(category, .nl) ?? category) uit")
    }

    /// Whether the applicant rebutted the presumption of safety (APR Art 61(2)): an unknown answer
    /// is said to be unknown, never read as "not rebutted".
    static func designated(_ country: CountryCode, list: String, ref: String, rebutted: Truth) -> LocalizedText {
        switch rebutted {
        case .no: .init(en: "\(country) is on \(Self.list(list).en) of safe countries of origin (\(ref)) and the applicant did not rebut it",
                        nl: "\(country) staat op \(Self.list(list).nl) van veilige landen van herkomst (\(RuleWords.ref(ref, .nl))) en de aanvrager heeft dit niet weerlegd")
        case .yes: .init(en: "\(country) is designated safe (\(ref)) but the applicant presented elements against applying it (APR Art 61)",
                         nl: "\(country) is aangewezen als veilig (\(RuleWords.ref(ref, .nl))) maar de aanvrager heeft elementen aangevoerd tegen toepassing (art. 61 Procedureverordening)")
        case .unknown: .init(en: "\(country) is designated safe (\(ref)); whether the applicant rebutted it is not given",
                             nl: "\(country) is aangewezen als veilig (\(RuleWords.ref(ref, .nl))); of de aanvrager dit heeft weerlegd is niet opgegeven")
        }
    }
}
