import Foundation
import Testing

/// `profiles show --lang` and `profiles diff --lang`: meanings and legal statuses in plain words.
@Suite("profiles show and diff in plain words")
struct ProfilesLangCLITests {
    @Test("profiles show --lang nl: Dutch headings, parameter meanings, statuses in words, values as they are")
    func showDutch() throws {
        let r = try CLI.run(["profiles", "show", "nl-2026", "--lang", "nl"])
        #expect(r.status == 0 && r.err.isEmpty)
        let s = r.out
        // The value stays as the profile states it; the meaning and the heading words are Dutch.
        #expect(s.contains("legalAid.administrative = counselling-by-authority\n    Kosteloze juridische counseling in de bestuurlijke procedure\n    grondslag: APR Art 16; Kamerstuk 36 871\n    status: aangenomen; laatst nagegaan op "))
        #expect(s.contains("labourMarket.accessAfter = 6 months\n    Toegang tot de arbeidsmarkt na registratie"))
        #expect(s.contains("status: van kracht;") && s.contains("status: niet gecontroleerd;") && s.contains("status: voorgesteld;"))
        #expect(s.contains("    bron: ") && s.contains("basis: pact-minimum") && s.contains("vastgelegd in nl-2026.yaml"))
        for raw in ["status: in-force", "status: unverified", "status: adopted", "status: proposed", "    ref: ", "    source: "] {
            #expect(!s.contains(raw), "\(raw)")
        }
    }

    @Test("profiles show in English gives the meanings and statuses in words too")
    func showEnglish() throws {
        let r = try CLI.run(["profiles", "show", "vwn-alternative"])
        #expect(r.status == 0)
        #expect(r.out.contains("labourMarket.accessAfter = 1 month\n    Access to the labour market after registration, if no first-instance decision yet\n    ref: RCD Art 17(1)\n    status: proposed, checked 2026-11-24, set in vwn-alternative.yaml"))
        #expect(r.out.contains("status: in force,") && !r.out.contains("status: in-force"))
    }

    @Test("profiles diff --lang nl shows the statuses in words")
    func diffDutch() throws {
        let r = try CLI.run(["profiles", "diff", "--lang", "nl", "nl-2026", "vwn-alternative"])
        #expect(r.status == 0)
        #expect(r.out.contains("  nl-2026: 6 months   [van kracht; ") && r.out.contains("  vwn-alternative: 1 month   [voorgesteld; "))
        #expect(r.out.contains("[niet gecontroleerd; "))
        for raw in ["[in-force;", "[proposed;", "[unverified;", "[adopted;"] { #expect(!r.out.contains(raw), "\(raw)") }
        let en = try CLI.run(["profiles", "diff", "pact-minimum", "nl-2026"])
        #expect(en.out.contains("[in force; ") && !en.out.contains("[in-force;"))
    }
}
