/// One ground (accelerated, inadmissibility) evaluated for a case, with the facts it hinged on.
struct GroundCheck {
    let id: GroundID
    let ref: String
    let truth: Truth
    /// Fact paths that were unknown and kept the ground from being decided.
    let openFacts: [String]
    let because: LocalizedText

    static func finding(_ id: GroundID, _ ref: String, _ f: FindingID, in ctx: CaseContext, en: String, nl: String) -> GroundCheck {
        let t = ctx.facts.findings.truth(f)
        let because: LocalizedText
        switch t {
        // The finding's text states the ground as it would hold; the answer comes first, so that
        // "no" can never be read as the ground holding.
        case .yes: because = ctx.say(.init(en: "applies: found that \(en)", nl: "geldt: vastgesteld is dat \(nl)"))
        case .no: because = ctx.say(.init(en: "does not apply: the finding is no (not the case that \(en))", nl: "geldt niet: de bevinding is nee (het is niet zo dat \(nl))"))
        case .unknown: because = ctx.say(.init(en: "cannot be decided: the case does not say whether \(en)", nl: "niet te beoordelen: de zaak vermeldt niet of \(nl)"))
        }
        return GroundCheck(id: id, ref: ref, truth: t, openFacts: t == .unknown ? [f.factPath] : [], because: because)
    }
}
