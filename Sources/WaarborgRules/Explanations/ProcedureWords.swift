/// The words of the procedure's steps that are national choices.
enum ProcedureWords {
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
