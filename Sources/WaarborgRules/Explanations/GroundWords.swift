/// English and Dutch sentences of the country-based acceleration grounds (APR Art 42(1)(e) and
/// (j); Art 61), apart from the rules that decide them.
enum GroundWords {
    static let countryUnknown = LocalizedText(en: "the country of origin is unknown", nl: "het land van herkomst is onbekend")
    static let stateless = LocalizedText(en: "stateless applicant, so the country of former habitual residence counts: ",
                                         nl: "staatloze aanvrager, dus telt het land van vroeger gewoon verblijf: ")

    /// A finding-based ground, its statement as it would hold. The answer comes first, so that
    /// "no" can never be read as the ground holding.
    static func finding(_ t: Truth, _ s: GroundStatement) -> LocalizedText {
        switch t {
        case .yes: .init(en: "applies: found that \(s.holds.en)", nl: "geldt: vastgesteld is dat \(s.holds.nl)")
        case .no: .init(en: "does not apply: found that \(s.doesNotHold.en)", nl: "geldt niet: vastgesteld is dat \(s.doesNotHold.nl)")
        case .unknown: .init(en: "cannot be decided: the case does not say whether \(s.holds.en)", nl: "niet te beoordelen: de zaak vermeldt niet of \(s.holds.nl)")
        }
    }
}

/// The Union-wide recognition-rate test of APR Art 42(1)(j). A figure that is only a bucket
/// ("under 10 %") is shown as one, so a reader sees why it may not settle the test.
enum RecognitionRateWords {
    static func noFigure(_ country: CountryCode, percent: Int) -> LocalizedText {
        .init(en: "the data have no Union-wide recognition rate for \(country): whether it is above or below \(percent) % is not known, so this ground cannot be established from the data",
              nl: "de gegevens bevatten geen EU-brede inwilligingsgraad voor \(country): of die boven of onder \(percent) % ligt is onbekend, dus deze grond kan met de gegevens niet worden vastgesteld")
    }
    static func shown(_ e: RecognitionRates.Entry) -> LocalizedText {
        if let r = e.rate { let s = "\(Int((r * 100).rounded())) %"; return .init(en: s, nl: s) }
        let bound = Int(((e.comparable ?? 0) * 100).rounded())
        return .init(en: "under \(bound) %", nl: "onder \(bound) %")
    }
    static func mayBeOutdated(year: Int, newest: Int) -> LocalizedText {
        .init(en: ". Warning: the data hold the \(year) figure; Art 42(1)(j) takes the latest yearly Union-wide average (Eurostat), which may be that of \(newest) and may differ: check it before relying on this",
              nl: ". Let op: de gegevens bevatten het cijfer over \(year); art. 42 lid 1 onder j gaat uit van het laatst beschikbare EU-brede jaargemiddelde (Eurostat), dat over \(newest) kan gaan en anders kan uitvallen: ga dat na voordat u hierop vertrouwt")
    }
    static func onlyABucket(_ country: CountryCode, _ e: RecognitionRates.Entry, percent: Int) -> LocalizedText {
        let v = shown(e)
        return .init(en: "\(country): the \(e.year) figure is only a bucket (\(v.en)), which does not settle the \(percent) % test",
                     nl: "\(country): het cijfer over \(e.year) is alleen een klasse (\(v.nl)), wat de \(percent) %-toets niet beslist")
    }
    static func above(_ country: CountryCode, _ e: RecognitionRates.Entry, percent: Int) -> LocalizedText {
        let v = shown(e)
        return .init(en: "\(country): Union-wide recognition rate \(v.en) in \(e.year) (\(e.source)) is above \(percent) %",
                     nl: "\(country): EU-brede inwilligingsgraad \(v.nl) in \(e.year) (\(e.source)) ligt boven \(percent) %")
    }
    static func atOrBelow(_ country: CountryCode, _ e: RecognitionRates.Entry, percent: Int, groundHolds t: Truth) -> LocalizedText {
        let v = shown(e)
        let tail: LocalizedText = switch t {
        case .yes: .init(en: "neither exception (a significant change in the country; a category for which the figure is not representative) applies",
                         nl: "geen van beide uitzonderingen (een wezenlijke verandering in het land; een categorie waarvoor het cijfer niet representatief is) is van toepassing")
        case .no: .init(en: "but an exception applies (significant change in the country, or a category for which the figure is not representative)",
                        nl: "maar een uitzondering is van toepassing (wezenlijke verandering in het land, of een categorie waarvoor het cijfer niet representatief is)")
        case .unknown: .init(en: "whether an exception applies is not given", nl: "of een uitzondering van toepassing is, is niet opgegeven")
        }
        return .init(en: "\(country): Union-wide recognition rate \(v.en) in \(e.year) (\(e.source)), at or below \(percent) %; \(tail.en)",
                     nl: "\(country): EU-brede inwilligingsgraad \(v.nl) in \(e.year) (\(e.source)), ten hoogste \(percent) %; \(tail.nl)")
    }
}
