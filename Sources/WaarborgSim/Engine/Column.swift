/// Storage for the event loop: a growable array with in-place element access, bounds-checked in
/// debug builds only.
///
/// A Swift array inside the simulator would check for uniqueness on every write (copy on write);
/// in the innermost loop that was over a tenth of the time. A column is owned by exactly one
/// replication and never shared, so the check buys nothing there.
///
/// Safety: `base` holds `capacity` slots of which the first `count` are initialised. Indices are
/// checked with `assert` (debug builds and tests trap on an off-by-one; release builds pay
/// nothing), so every index the simulator uses must come from the spec's sizes or from
/// `append`, as it does today.
final class Column<Element> {
    private(set) var base: UnsafeMutablePointer<Element>
    private(set) var count: Int
    private var capacity: Int

    init(repeating value: Element, count: Int) {
        capacity = max(count, 16)
        base = .allocate(capacity: capacity)
        base.initialize(repeating: value, count: count)
        self.count = count
    }

    init(_ values: [Element]) {
        capacity = max(values.count, 16)
        base = .allocate(capacity: capacity)
        _ = UnsafeMutableBufferPointer(start: base, count: values.count).initialize(from: values)
        count = values.count
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    @inline(__always)
    subscript(i: Int) -> Element {
        unsafeAddress {
            assert(i >= 0 && i < count, "Column index \(i) out of range 0..<\(count)")
            return UnsafePointer(base + i)
        }
        unsafeMutableAddress {
            assert(i >= 0 && i < count, "Column index \(i) out of range 0..<\(count)")
            return base + i
        }
    }

    @inline(__always)
    func append(_ value: Element) {
        if count == capacity {
            let c = capacity * 2
            let p = UnsafeMutablePointer<Element>.allocate(capacity: c)
            p.moveInitialize(from: base, count: count)
            base.deallocate()
            base = p
            capacity = c
        }
        (base + count).initialize(to: value)
        count += 1
    }

    var array: [Element] { Array(UnsafeBufferPointer(start: base, count: count)) }
}
