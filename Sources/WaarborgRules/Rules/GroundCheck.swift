/// One ground (accelerated, inadmissibility) evaluated for a case, with the facts it hinged on.
struct GroundCheck {
    let id: GroundID
    let ref: String
    let truth: Truth
    /// Fact paths that were unknown and kept the ground from being decided.
    let openFacts: [String]
    let because: LocalizedText

    static func finding(_ id: GroundID, _ ref: String, _ f: FindingID, in ctx: CaseContext, _ statement: GroundStatement) -> GroundCheck {
        let t = ctx.facts.findings.truth(f)
        return GroundCheck(id: id, ref: ref, truth: t, openFacts: t == .unknown ? [f.factPath] : [],
                           because: ctx.say(GroundWords.finding(t, statement)))
    }
}
