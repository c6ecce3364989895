import Testing
@testable import WaarborgWeb

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

    @Test("a citation's parts link to their instrument's official text; an unknown one stays text")
    func citations() {
        let m = Citations.link("APR Art 43(1); Art 45(1)").html
        #expect(m.components(separatedBy: "href=\"https://eur-lex.europa.eu/eli/reg/2024/1348/oj\"").count == 3)
        #expect(Citations.link("AMMR art. 39(1)").html.contains("https://eur-lex.europa.eu/eli/reg/2024/1351/oj"))
        #expect(Citations.link("Vw 2000 art. 42").html.contains("https://wetten.overheid.nl/BWBR0011823"))
        #expect(!Citations.link("a national policy note").html.contains("<a"))
        let line = Citations.linkBrackets("Reception: full  [RCD Art 19(1)]").html
        #expect(line.hasPrefix("Reception: full  <span class=\"ref\">[<a class=\"cite\""))
    }
}
