/// One ground (accelerated, inadmissibility) evaluated for a case, with the facts it hinged on.
struct GroundCheck {
    let id: String
    let ref: String
    let truth: Truth
    /// Fact paths that were unknown and kept the ground from being decided.
    let openFacts: [String]
    let because: LocalizedText

    static func finding(_ id: String, _ ref: String, _ f: FindingID, in facts: CaseFacts, en: String, nl: String) -> GroundCheck {
        let t = facts.findings.truth(f)
        let because: LocalizedText
        switch t {
        case .yes: because = .init(en: "finding \(f.rawValue): \(en)", nl: "bevinding \(f.rawValue): \(nl)")
        case .no: because = .init(en: "finding \(f.rawValue) is false", nl: "bevinding \(f.rawValue) is onwaar")
        case .unknown: because = .init(en: "finding \(f.rawValue) is not given", nl: "bevinding \(f.rawValue) is niet opgegeven")
        }
        return GroundCheck(id: id, ref: ref, truth: t, openFacts: t == .unknown ? [f.factPath] : [], because: because)
    }
}
