import Testing
@testable import WaarborgSim

@Suite("Column storage (D23)")
struct ColumnTests {
    @Test("Column checks its indices in debug builds (D23)")
    func columnBounds() async {
        let c = Column<Int>(repeating: 7, count: 3)
        #expect(c[2] == 7)
        c.append(8)
        #expect(c[3] == 8)
        await #expect(processExitsWith: .failure) {
            let column = Column<Int>(repeating: 0, count: 2)
            _ = column[2]
        }
        await #expect(processExitsWith: .failure) {
            let column = Column<Int>(repeating: 0, count: 2)
            column[-1] = 1
        }
    }
}
