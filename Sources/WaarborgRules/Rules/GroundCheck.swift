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
        case .yes: because = ctx.say(.init(en: "found: \(en)", nl: "vastgesteld: \(nl)"))
        case .no: because = ctx.say(.init(en: "does not apply (the finding is no: \(en))", nl: "geldt niet (de bevinding is nee: \(nl))"))
        case .unknown: because = ctx.say(.init(en: "the finding is not given (\(en))", nl: "de bevinding is niet opgegeven (\(nl))"))
        }
        return GroundCheck(id: id, ref: ref, truth: t, openFacts: t == .unknown ? [f.factPath] : [], because: because)
    }
}
