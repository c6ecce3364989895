/// The words of the procedure's steps that are national choices.
enum ProcedureWords {
    /// The remedy for a late decision; it holds for Pact and former-law decisions alike.
    static func lateDecision(_ remedy: LateDecisionRemedy, _ bodies: AuthorityNames) -> LocalizedText {
        let body = bodies.name(.determining)
        switch remedy {
        case .noticeOfDefault:
            return .init(en: "the applicant can give \(body.en) written notice of default and, two weeks later, appeal against the failure to decide (Awb art 6:12); the court can order a decision and set a penalty payment (Awb art 8:55d); the automatic penalty of Awb art 4:17 does not apply in asylum cases (Vw 2000 art 71b)",
                         nl: "de aanvrager kan \(body.nl) schriftelijk in gebreke stellen en twee weken later beroep instellen wegens niet tijdig beslissen (art. 6:12 Awb); de rechter kan een beslissing opdragen en een dwangsom vaststellen (art. 8:55d Awb); de automatische dwangsom van art. 4:17 Awb geldt niet in asielzaken (art. 71b Vw 2000)")
        case .nationalLaw:
            return .init(en: "the decision is late: EU law sets no consequence, so the remedy against \(body.en) is the one national law gives (a complaint, or a court that orders a decision)",
                         nl: "de beslissing is te laat: het EU-recht verbindt er geen gevolg aan, dus het rechtsmiddel tegen \(body.nl) is wat het nationale recht biedt (een klacht, of een rechter die een beslissing opdraagt)")
        }
    }

    static func words(_ r: LateDecisionRemedy) -> LocalizedText {
        switch r {
        case .noticeOfDefault: .init(en: "notice of default, then an appeal against the failure to decide (Awb art 6:12)", nl: "ingebrekestelling, dan beroep wegens niet tijdig beslissen (art. 6:12 Awb)")
        case .nationalLaw: .init(en: "as national law provides (not stated by this profile)", nl: "zoals het nationale recht bepaalt (niet vastgelegd in dit beleidsprofiel)")
        }
    }
    static func intentionToReject(_ p: IntentionToRejectPolicy, status: LegalStatus, by bodies: AuthorityNames) -> LocalizedText {
        let st = StatusWords.name(status)
        let body = bodies.name(.determining)
        switch p {
        case .required:
            return .init(en: "before a rejection \(body.en) first sends an intention to reject, and the applicant can answer it in writing (\(st.en))",
                         nl: "vóór een afwijzing stuurt \(body.nl) eerst een voornemen, waarop de aanvrager schriftelijk kan reageren met een zienswijze (\(st.nl))")
        case .none:
            return .init(en: "no intention to reject: a rejection follows the interview without a written step in between, so the appeal is the first chance to answer it (\(st.en))",
                         nl: "geen voornemen: een afwijzing volgt zonder schriftelijke tussenstap op het gehoor, dus het beroep is de eerste gelegenheid om erop te reageren (\(st.nl))")
        }
    }
}
