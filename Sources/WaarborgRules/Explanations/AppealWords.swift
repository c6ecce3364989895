/// English and Dutch sentences of the appeal rule (APR Arts 67-68; AMMR Art 43).
enum AppealWords {
    /// The period, its effect on the right to remain, and a warning where the value is not verified:
    /// a counsellor must never act on a longer period than the law may turn out to give.
    static func period(_ appeal: Appeal, status: LegalStatus, lowestLawful lowest: Int) -> LocalizedText {
        let days = appeal.lodgeWithinDays
        let warning: LocalizedText = status != .unverified ? .init(en: "", nl: "")
            : lowest >= days
                ? .init(en: "Warning: this period is not verified against the enacted national text; it is the shortest the law allows, so act within it. ",
                        nl: "Let op: deze termijn is niet aan de vastgestelde nationale tekst gecontroleerd; het is de kortste die de wet toestaat, dus houd die aan. ")
                : .init(en: "Warning: \(days) days is this profile's value, not verified against a national text; the law allows periods as short as \(lowest) days, so to be safe act within \(lowest) days. ",
                        nl: "Let op: \(days) dagen is de waarde van dit beleidsprofiel, niet gecontroleerd aan een nationale tekst; de wet staat ook een termijn van \(lowest) dagen toe, dus houd voor de zekerheid \(lowest) dagen aan. ")
        let open: LocalizedText = appeal.determined ? .init(en: "", nl: "")
            : .init(en: "The route is undetermined; this is the shortest period among the possible routes. ",
                    nl: "De route staat niet vast; dit is de kortste termijn van de mogelijke routes. ")
        let remain: LocalizedText = appeal.suspensive == .automatic
            ? .init(en: "the appeal lets the applicant remain until the court decides", nl: "de aanvrager mag in Nederland blijven tot de rechter over het beroep heeft beslist")
            : .init(en: "no automatic right to remain: the applicant must ask the court to be allowed to remain",
                    nl: "geen automatisch recht om te blijven: de aanvrager moet de rechter vragen te mogen blijven")
        return warning + open
            + .init(en: "Appeal within \(days) days of notification of the decision (legal status: \(StatusWords.name(status).en)); ",
                    nl: "Beroep binnen \(days) dagen na bekendmaking van het besluit (wettelijke status: \(StatusWords.name(status).nl)); ")
            + remain
    }
}

extension AppealWords {
    /// The legal aid of each stage, as the trace lists it.
    static func legalAidByStage(_ entries: [LegalAidEntry], _ bodies: AuthorityNames) -> LocalizedText {
        func list(_ lang: Language) -> String {
            entries.map { "\(Vocabulary.term($0.stage.rawValue, lang)): \(ReportWords.legalAidForm($0.form, bodies, lang))" }.joined(separator: "; ")
        }
        return .init(en: "legal aid by stage under this profile: \(list(.en))", nl: "rechtshulp per fase in dit beleidsprofiel: \(list(.nl))")
    }
}
