/// The words of the procedure's steps that are national choices.
enum ProcedureWords {
    /// The remedy for a late decision under Dutch administrative law; it holds for Pact and
    /// former-law decisions alike.
    static let lateDecision = LocalizedText(
        en: "the applicant can give the IND written notice of default and, two weeks later, appeal against the failure to decide (Awb art 6:12); the court can order a decision and set a penalty payment (Awb art 8:55d); the automatic penalty of Awb art 4:17 does not apply in asylum cases (Vw 2000 art 71b)",
        nl: "de aanvrager kan de IND schriftelijk in gebreke stellen en twee weken later beroep instellen wegens niet tijdig beslissen (Awb art. 6:12); de rechter kan een beslissing opdragen en een dwangsom vaststellen (Awb art. 8:55d); de automatische dwangsom van Awb art. 4:17 geldt niet in asielzaken (Vw 2000 art. 71b)")
    static func intentionToReject(_ p: IntentionToRejectPolicy, status: LegalStatus) -> LocalizedText {
        let st = StatusWords.name(status)
        switch p {
        case .required:
            return .init(en: "before a rejection the IND first sends an intention to reject, and the applicant can answer it in writing (\(st.en))",
                         nl: "vóór een afwijzing stuurt de IND eerst een voornemen, waarop de aanvrager schriftelijk kan reageren met een zienswijze (\(st.nl))")
        case .none:
            return .init(en: "no intention to reject: a rejection follows the interview without a written step in between, so the appeal is the first chance to answer it (\(st.en))",
                         nl: "geen voornemen: een afwijzing volgt zonder schriftelijke tussenstap op het gehoor, dus het beroep is de eerste gelegenheid om erop te reageren (\(st.nl))")
        }
    }
}
