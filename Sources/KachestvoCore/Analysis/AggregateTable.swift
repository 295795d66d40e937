/// Exam aggregates of every inner node of a hierarchy (region, КЦ, УМЦ, municipalities) for every
/// year and subject, computed once at load. A leaf organisation's figures are its own result and
/// are looked up directly, so memory grows with the inner nodes only.
///
/// `apply(_:sign:)` adds or removes one result along its path to the root, which is how an edit
/// updates the table without recomputing everything.
public struct AggregateTable: Sendable {
    private let slotOfNode: [Int32]
    /// `[(slot × years + year) × subjects + subject]` for the inner nodes' slots, in node order.
    private(set) var cells: [ExamAggregate]
    private let yearCount: Int
    private let subjectCount: Int

    /// The table of `hierarchy`'s inner nodes, empty, or holding `cells` taken from elsewhere (a
    /// snapshot's digest) when they fit its shape.
    init(hierarchy: Hierarchy, yearCount: Int, subjectCount: Int, cells given: [ExamAggregate]? = nil) {
        var slots = [Int32](repeating: -1, count: hierarchy.count)
        var next: Int32 = 0
        for node in 0..<hierarchy.count {
            let isLeafOrganisation: Bool
            if case .organisation = hierarchy.nodes[node], hierarchy.children[node].isEmpty {
                isLeafOrganisation = true
            } else {
                isLeafOrganisation = false
            }
            if !isLeafOrganisation {
                slots[node] = next
                next += 1
            }
        }
        slotOfNode = slots
        self.yearCount = yearCount
        self.subjectCount = subjectCount
        let count = Int(next) * yearCount * subjectCount
        if let given, given.count == count {
            cells = given
        } else {
            cells = Array(repeating: .empty, count: count)
        }
    }

    /// Whether `node` has figures of its own here (an inner node; a leaf organisation has none).
    func stores(_ node: Int) -> Bool { slotOfNode[node] >= 0 }

    /// The aggregate stored for an inner node, or nil for a leaf organisation.
    func stored(node: Int, yearSlot: Int, subjectSlot: Int) -> ExamAggregate? {
        let slot = slotOfNode[node]
        guard slot >= 0 else { return nil }
        return cells[(Int(slot) * yearCount + yearSlot) * subjectCount + subjectSlot]
    }

    /// Adds (sign 1) or removes (sign -1) one result at `node` and every ancestor that has a slot.
    mutating func apply(_ aggregate: ExamAggregate, at node: Int, in hierarchy: Hierarchy,
                        yearSlot: Int, subjectSlot: Int, sign: Int = 1) {
        var current = node
        while current >= 0 {
            let slot = slotOfNode[current]
            if slot >= 0 {
                cells[(Int(slot) * yearCount + yearSlot) * subjectCount + subjectSlot].add(aggregate, sign: sign)
            }
            current = hierarchy.parents[current]
        }
    }
}
