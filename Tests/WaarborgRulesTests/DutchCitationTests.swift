import Testing
@testable import WaarborgRules

/// A Dutch reader sees citations as Dutch lawyers write them: article, "lid", "onder", then the
/// act by the name the implementing bill (Kamerstuk 36 871) gives it.
@Suite("Dutch citations")
struct DutchCitationTests {
    @Test("paragraph and point read as lid and onder, the act after the article", arguments: [
        ("APR Art 42(1)(a)", "art. 42 lid 1 onder a Procedureverordening"),
        ("AMMR Art 16(4)", "art. 16 lid 4 Asiel- en migratiebeheerverordening"),
        ("APR Art 35", "art. 35 Procedureverordening"),
        ("RCD Art 25(1)", "art. 25 lid 1 Opvangrichtlijn"),
        ("QR Art 24(2); national law", "art. 24 lid 2 Kwalificatieverordening; nationaal recht"),
        ("Screening Art 5; Art 7(1)", "art. 5 en art. 7 lid 1 Screeningverordening"),
        ("AMMR Art 43(2)-(3)", "art. 43 lid 2-3 Asiel- en migratiebeheerverordening"),
        ("APR Art 53(2)(a) and (e)", "art. 53 lid 2 onder a en e Procedureverordening"),
        ("APR Art 13-14; Art 35", "art. 13-14 en art. 35 Procedureverordening"),
        ("RCD Art 17(1); Art 21; AMMR Art 17(4)", "art. 17 lid 1 en art. 21 Opvangrichtlijn; art. 17 lid 4 Asiel- en migratiebeheerverordening"),
        ("Dublin III Art 21(1), second subparagraph", "art. 21 lid 1, tweede alinea, Dublinverordening"),
        ("Directive 2013/32/EU Art 31(3), third and fourth subparagraphs; Vw 2000 art 42(4)-(5)",
         "art. 31 lid 3, derde en vierde alinea, Richtlijn 2013/32/EU; art. 42 lid 4-5 Vw 2000"),
        ("Directive 2003/86/EC Art 10(3)(a)", "art. 10 lid 3 onder a Richtlijn 2003/86/EG"),
        ("APR Art 59(5) as amended by Reg 2026/463", "art. 59 lid 5 Procedureverordening, zoals gewijzigd bij Verordening 2026/463"),
        ("APR Art 38(1); Vw 2000 art 30a (former)", "art. 38 lid 1 Procedureverordening; art. 30a Vw 2000 (oud)"),
        ("Awb art 6:12; art 8:55d; Vw 2000 art 71b", "art. 6:12 en art. 8:55d Awb; art. 71b Vw 2000"),
        ("APR Art 23; RCD Art 27; BW Book 1 art 302", "art. 23 Procedureverordening; art. 27 Opvangrichtlijn; art. 1:302 BW"),
        ("Reg 1182/71 Art 2(1)", "art. 2 lid 1 Verordening 1182/71"),
        ("national law; ECHR Art 8", "nationaal recht; art. 8 EVRM"),
        ("RCD; Wet COA", "Opvangrichtlijn; Wet COA"),
        ("Leerplichtwet 1969 art. 16", "art. 16 Leerplichtwet 1969"),
        ("WBV 2022/22; CJEU C-662/23", "WBV 2022/22; HvJ EU C-662/23"),
        ("Kamerstuk 36 871", "Kamerstuk 36 871"),
    ])
    func converts(_ english: String, _ dutch: String) {
        #expect(DutchCitation.text(english) == dutch)
        #expect(RuleWords.ref(english, .en) == english)
    }
}
