import Testing
@testable import WaarborgWeb
import WaarborgRules

@Suite("Markup: a page's values are escaped by construction")
struct MarkupTests {
    @Test("a string interpolated into markup is escaped; markup interpolated into markup is not")
    func escapes() {
        let typed = "<script>alert('x')</script> & \"quoted\""
        let inner: Markup = "<b>\(typed)</b>"
        let outer: Markup = "<p title=\"\(typed)\">\(inner)</p>"
        #expect(inner.html == "<b>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;</b>")
        #expect(outer.html.hasPrefix("<p title=\"&lt;script&gt;"))
        #expect(outer.html.hasSuffix("<b>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;</b></p>"))
        #expect(!outer.html.contains("<script>"))
    }

    @Test("a citation's parts link to their article in the instrument's official text; an unknown one stays text")
    func citations() {
        let m = Citations.link("APR Art 43(1); Art 45(1)").html
        #expect(m.contains("href=\"https://eur-lex.europa.eu/eli/reg/2024/1348/oj#art_43\""))
        #expect(m.contains("href=\"https://eur-lex.europa.eu/eli/reg/2024/1348/oj#art_45\""))
        #expect(Citations.link("AMMR art. 39(1)").html.contains("https://eur-lex.europa.eu/eli/reg/2024/1351/oj#art_39\""))
        #expect(Citations.link("APR Art 43-45; Art 51(2)").html.contains("1348/oj#art_43\"") && Citations.link("APR Art 43-45; Art 51(2)").html.contains("1348/oj#art_51\""))
        #expect(Citations.link("Vw 2000 art. 42").html.contains("https://wetten.overheid.nl/jci1.3:c:BWBR0011823&amp;artikel=42\""))
        #expect(Citations.link("Awb art 6:7").html.contains("jci1.3:c:BWBR0005537&amp;artikel=6:7\""))
        #expect(Citations.link("Vw 2000 art 3a").html.contains("&amp;artikel=3a\""))
        // An act cited without an article links to the act.
        #expect(Citations.link("AMMR").html.contains("href=\"https://eur-lex.europa.eu/eli/reg/2024/1351/oj\""))
        #expect(Citations.link("Screening Art 5").html.contains("2024/1356/oj#art_5\""))
        #expect(Citations.link(CitationWords.text("RCD Art 19(1)", .nl)).html.contains("2024/1346/oj#art_19\" rel=\"external noopener\">art. 19 lid 1 Opvangrichtlijn<"))
        #expect(Citations.link(CitationWords.text("APR Art 42(1)(a); Vw 2000 art 30a (former)", .nl)).html.contains("1348/oj#art_42\" rel=\"external noopener\">art. 42 lid 1 onder a Procedureverordening<"))
        #expect(Citations.link(CitationWords.text("APR Art 42(1)(a); Vw 2000 art 30a (former)", .nl)).html.contains("BWBR0011823&amp;artikel=30a\""))
        #expect(Citations.link(CitationWords.text("Dublin III Art 21(1), second subparagraph", .nl)).html.contains("2013/604/oj#art_21\""))
        #expect(!Citations.link("a national policy note").html.contains("<a"))
        let line = Citations.linkBrackets("Reception: full  [RCD Art 19(1)]").html
        #expect(line.hasPrefix("Reception: full  <span class=\"ref\">[<a class=\"cite\""))
    }
}
