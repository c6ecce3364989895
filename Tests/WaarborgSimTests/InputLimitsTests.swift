import Foundation
import Testing
import Yams
@testable import WaarborgJSON
@testable import WaarborgSim

/// The network error for `text`, or nil if it decodes.
func networkError(_ text: String) -> NetworkError? {
    do { _ = try NetworkDecoder.decode(text: text); return nil } catch { return error }
}

@Suite("Inputs that expand or nest without bound are refused quickly, in one short line")
struct InputLimitsTests {
    /// `ux-net/yaml-bomb.yaml`: 400 bytes that expand to 9^9 (387 million) strings.
    static let bomb = """
    a: &a ["x","x","x","x","x","x","x","x","x"]
    b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
    c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
    d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
    e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
    f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
    g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
    h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
    i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]

    """

    func expectOneShortLine(_ e: NetworkError?, contains needle: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let e else { Issue.record("accepted", sourceLocation: sourceLocation); return }
        let text = e.description
        #expect(!text.contains("\n"), "\(text)", sourceLocation: sourceLocation)
        #expect(text.count <= 200, "\(text.count) characters: \(text.prefix(300))", sourceLocation: sourceLocation)
        #expect(text.contains(needle), "\(text)", sourceLocation: sourceLocation)
    }

    @Test("a billion-laughs YAML file is refused at once, naming aliases")
    func billionLaughs() {
        let start = Date()
        let e = networkError(Self.bomb)
        expectOneShortLine(e, contains: "YAML aliases are not allowed (*a")
        #expect(e?.path == "$")
        #expect(-start.timeIntervalSinceNow < 2)
    }

    @Test("any alias is refused, even a harmless one; an anchor that is never used is accepted")
    func aliases() throws {
        let base = """
        schema: waarborg.network/1
        horizon: &h 100
        arrivals: [{to: desk, interarrival: {exponential: {mean: 1}}}]
        stations: [{id: desk, servers: 1, service: {exponential: {mean: 0.5}}}]
        """
        #expect(try NetworkDecoder.decode(text: base).horizon == 100)
        expectOneShortLine(networkError(base + "\nwarmup: *h"), contains: "YAML aliases are not allowed (*h repeats the value anchored as &h at line 2")
        let mapping = """
        schema: waarborg.network/1
        horizon: 100
        arrivals: [{to: desk, interarrival: {exponential: {mean: 1}}}]
        stations:
          - {id: desk, servers: 1, service: &s {exponential: {mean: 0.5}}}
          - {id: desk2, servers: 1, service: *s}
        """
        expectOneShortLine(networkError(mapping), contains: "YAML aliases are not allowed (*s repeats the value anchored as &s at line 5")
    }

    @Test("an alias used as a mapping key is refused before Yams hashes its expansion", .timeLimit(.minutes(1)))
    func aliasKey() {
        // Yams checks mapping keys for duplicates by hashing them: with `? *i` that is 9^9 values.
        let keyBomb = Self.bomb + "? *i\n: 1\n? *h\n: 2\n"
        let start = Date()
        expectOneShortLine(networkError(keyBomb), contains: "YAML aliases are not allowed (*a repeats the value anchored as &a at line 1, column 4)")
        #expect(-start.timeIntervalSinceNow < 2)
    }

    @Test("the alias scan looks outside quotes and comments, and only for aliases of earlier anchors")
    func aliasScan() {
        #expect(YAMLAliasScan.firstAlias(in: "a: &x 1\nb: *x\n") == .init(name: "x", anchorLine: 1, anchorColumn: 4))
        #expect(YAMLAliasScan.firstAlias(in: "a: &x 1\nb: [1, *x]\n")?.name == "x")
        #expect(YAMLAliasScan.firstAlias(in: "a: &x 1\nb: \"*x\"\nc: 'it''s *x'\n") == nil)
        #expect(YAMLAliasScan.firstAlias(in: "a: &x 1 # then *x\nb: a*x\n") == nil)
        #expect(YAMLAliasScan.firstAlias(in: "a: *x\nb: &x 1\n") == nil)
        #expect(YAMLAliasScan.firstAlias(in: "a: \"&x\"\nb: *x\n") == nil)
    }

    @Test("the conversion refuses an alias by itself too (for one the text scan does not see)")
    func aliasInConversion() throws {
        let parser = try Parser(yaml: "a: &x [1, 2]\nb: *x\n")
        let node = try #require(try parser.singleRoot())
        var converter = YAMLConverter(strict: true, budget: 100)
        withExtendedLifetime(parser) {
            do throws(YAMLError) {
                _ = try converter.convert(node, depth: 0)
                Issue.record("alias accepted")
            } catch {
                #expect(error.kind == .refused)
                #expect(error.description == "YAML aliases are not allowed (*x repeats the value anchored as &x at line 1, column 4); write the value out instead")
            }
        }
    }

    @Test("the node budget stops a conversion that would grow past it (the backstop behind the alias check)")
    func nodeBudget() throws {
        let node = try #require(try Yams.compose(yaml: "a: [1, 2, 3, 4, 5, 6, 7, 8]"))
        var converter = YAMLConverter(strict: true, budget: 5)
        #expect(throws: YAMLError.self) { try converter.convert(node, depth: 0) }
        var roomy = YAMLConverter(strict: true, budget: 11)
        #expect(try roomy.convert(node, depth: 0) == .object([("a", .array((1...8).map { .number(Double($0)) }))]))
        // The lenient conversion other modules use still expands aliases.
        let aliased = try #require(try Yams.compose(yaml: "a: &x [1]\nb: *x"))
        #expect(JSONValue(node: aliased) == .object([("a", .array([.number(1)])), ("b", .array([.number(1)]))]))
    }

    @Test("mapping keys must be strings")
    func complexKeys() {
        expectOneShortLine(networkError("schema: waarborg.network/1\n? [a, b]\n: 1\n"), contains: "a mapping key must be a plain string")
    }

    @Test("deep nesting gives one short line, in JSON and in YAML (flow and block)")
    func deepNesting() {
        let deepJSON = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        expectOneShortLine(networkError(deepJSON), contains: "nesting deeper than 64 levels")
        let deepObject = #"{"schema": "waarborg.network/1", "horizon": "# + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}"
        expectOneShortLine(networkError(deepObject), contains: "nesting deeper than 64 levels")
        // libyaml's own limit (its message names yaml_set_max_nest_level and echoed the input).
        let deepFlow = "schema: waarborg.network/1\nhorizon: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        expectOneShortLine(networkError(deepFlow), contains: "nesting deeper than 64 levels")
        // Below libyaml's limit, ours.
        let deepBlock = "a:\n" + (1..<200).map { String(repeating: "  ", count: $0) + "k:\n" }.joined()
        expectOneShortLine(networkError(deepBlock), contains: "nesting deeper than 64 levels")
        let flow65 = "a: " + String(repeating: "[", count: 70) + String(repeating: "]", count: 70)
        expectOneShortLine(networkError(flow65), contains: "nesting deeper than 64 levels")
    }

    @Test("YAML syntax errors are one line with a position, without the input quoted")
    func syntaxErrors() {
        let long = "schema: waarborg.network/1\nhorizon: [1, 2\n" + String(repeating: "x", count: 5_000)
        let e = networkError(long)
        expectOneShortLine(e, contains: "not valid YAML (line")
        #expect(e.map { !$0.description.contains("xxxxxxxxxx") } ?? false)
        let message = YAMLError(line: 1, column: 2, "first line\n" + String(repeating: "y", count: 1_000))
        #expect(message.description.count < 200 && !message.description.contains("\n"))
    }
}
