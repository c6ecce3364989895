import Foundation
import Testing

/// `profiles show --lang` and `profiles diff --lang`: meanings and legal statuses in plain words.
@Suite("profiles show and diff in plain words")
struct ProfilesLangCLITests {
    @Test("profiles show --lang nl: each parameter under its Dutch meaning, its value, basis and status in Dutch words")
    func showDutch() throws {
        let r = try CLI.run(["profiles", "show", "nl-2026", "--lang", "nl"])
        #expect(r.status == 0 && r.err.isEmpty)
        let s = r.out
        #expect(s.contains("\nKosteloze rechtshulp in de bestuurlijke procedure: juridische counseling door de IND (niet onafhankelijk)\n    grondslag: art. 16 Procedureverordening; Kamerstuk 36 871\n    status: aangenomen; laatst nagegaan op 24 november 2026; vastgelegd in het beleidsprofiel nl-2026\n    bron (Engels): "))
        #expect(s.contains("\nToegang tot de arbeidsmarkt na registratie, zolang er geen beslissing in eerste aanleg is: 6 maanden\n"))
        #expect(s.contains("\nEU-brede inwilligingsgraad waarbij of waaronder de behandeling wordt versneld: 20 %\n"))
        #expect(s.contains("\nToegepaste lijsten van veilige landen van herkomst: EU-lijst, Nederlandse lijst\n"))
        #expect(s.contains("\nGezinsleden die zich bij een statushouder mogen voegen: echtgenoot, minderjarige kinderen\n"))
        #expect(s.contains("\n      · art. 38 lid 1 onder a Procedureverordening: een eerste land van asiel\n"))
        #expect(s.contains("status: van kracht;") && s.contains("status: niet gecontroleerd;") && s.contains("status: voorgesteld;"))
        #expect(s.contains("Gebaseerd op het beleidsprofiel Pact zonder nationale keuzes (pact-minimum)") && s.contains("vastgelegd in het beleidsprofiel pact-minimum\n"))
        #expect(s.contains("    opmerking: ") && !s.contains("    opmerking (Engels): ") && s.contains("\n== Bewaring ==\n"))
        #expect(s.contains("\nControlecode van deze versie van het beleidsprofiel (de laatste regel van elk tekstrapport, \"Versie van het beleidsprofiel\"): sha256:"))
        // Outside the profile's own English sources and notes, no English and no identifiers.
        let own = s.split(separator: "\n").filter { !$0.contains("(Engels): ") }.joined(separator: "\n")
        for raw in ["status: in-force", "status: unverified", "status: adopted", "status: proposed", "    ref: ", "    source: ", "    bron: VluchtelingenWerk",
                    "hash: ", "basis: ", ".yaml", " = ", "legalAid.administrative", "counselling-by-authority", "6 months", "0.2", "[eu, nl]"] {
            #expect(!own.contains(raw), "\(raw)")
        }
    }

    @Test("profiles show in English gives the meanings, values and statuses in words too")
    func showEnglish() throws {
        let r = try CLI.run(["profiles", "show", "vwn-alternative"])
        #expect(r.status == 0)
        #expect(r.out.contains("\nAccess to the labour market after registration, if no first-instance decision yet: 1 month\n    legal basis: RCD Art 17(1)\n    status: proposed, checked 24 November 2026, set in the profile vwn-alternative\n    source: "))
        #expect(r.out.contains("\nReception of applicants another member state is responsible for: full reception until the transfer\n"))
        #expect(r.out.contains("status: in force,") && !r.out.contains("status: in-force"))
        #expect(!r.out.contains("labourMarket.accessAfter") && !r.out.contains("(key: "))
        // A source that only points at another parameter names it by its meaning.
        #expect(r.out.contains("    source: as for “First residence permit under subsidiary protection, in years”\n"))
    }

    @Test("profiles show --show-keys adds each parameter's key after its meaning, in both languages")
    func showKeys() throws {
        let en = try CLI.run(["profiles", "show", "nl-2026", "--show-keys"])
        #expect(en.status == 0)
        #expect(en.out.contains("\nAccess to the labour market after registration, if no first-instance decision yet: 6 months  (key: labourMarket.accessAfter)\n"))
        let nl = try CLI.run(["profiles", "show", "nl-2026", "--lang", "nl", "--show-keys"])
        #expect(nl.out.contains(": 6 maanden  (sleutel: labourMarket.accessAfter)\n"))
        #expect(nl.out.contains("Facultatieve niet-ontvankelijkheidsgronden die de lidstaat toepast:  (sleutel: admissibility.optionalGrounds)\n"))
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
