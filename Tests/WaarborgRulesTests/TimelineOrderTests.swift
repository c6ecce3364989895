import Testing
@testable import WaarborgRules

@Suite("The order of a day's timeline entries")
struct TimelineOrderTests {
    @Test("each entry's rank is its place in the enumeration, so the hand-written switch cannot drift")
    func rankIsDeclarationOrder() {
        for (i, id) in TimelineID.allCases.enumerated() { #expect(id.rank == i, "\(id) has rank \(id.rank), expected \(i)") }
    }
}
