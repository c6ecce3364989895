import Testing
import WaarborgChain
import WaarborgRules

@Suite("The chain report as a reader sees it")
struct ChainReportTests {
    /// A scenario may state an assumption for a profile the run leaves out; the table names that
    /// profile as the reader knows it, never by its id.
    @Test("an assumption for a profile not in the run names the profile, not its id", arguments: [Language.en, .nl])
    func profileOutsideTheRun(lang: Language) throws {
        let s = try ScenarioDecoder.decode(text: Fixture.text() + """

        profiles:
          vwn-alternative:
            appeal:
              rate:
                regular: {value: 0.85, source: test, note: test}
        """)
        let engine = Fixture.engine
        let r = try ChainResult.run(s, profiles: [engine.profiles["nl-2026"]!], data: engine.data, threads: 1,
                                    otherProfiles: Array(engine.profiles.values))
        let html = ChainReport.content(r, lang: lang, level: 2)
        let table = try #require(html.components(separatedBy: "<table class=\"assumptions\">").last)
        #expect(!table.contains("vwn-alternative"))
        #expect(table.contains(HTMLText.escape(engine.profiles["vwn-alternative"]!.title.text(lang))))
    }
}
