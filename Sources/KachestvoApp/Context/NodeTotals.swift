import KachestvoCore

/// Subtree totals of each node of both hierarchies, computed once at load: pupils, organisations,
/// and per year the organisations carrying a concern flag. Columns show and sort by these without
/// walking subtrees per keystroke.
public struct NodeTotals: Sendable, Equatable {
    private var pupils: [Hierarchy.View: [Int]] = [:]
    private var organisations: [Hierarchy.View: [Int]] = [:]
    /// `flagged[view][yearSlot][node]`.
    private var flagged: [Hierarchy.View: [[Int]]] = [:]

    /// The totals of `index`'s trees (one on each core), with organisations flagged in the year
    /// slots where `concernCounts[slot][org]` (a digest's) is not zero.
    init(_ index: RegionIndex, concernCounts: [[UInt8]]) {
        let (network, administrative) = Concurrently.run({ Self.totals(of: index.network, index, concernCounts) },
                                                         { Self.totals(of: index.administrative, index, concernCounts) })
        for (view, totals) in [(Hierarchy.View.network, network), (.administrative, administrative)] {
            (pupils[view], organisations[view], flagged[view]) = totals
        }
    }

    /// One tree's pupils, organisations and flagged organisations per year, each added along the
    /// path from the organisation's node to the root.
    private static func totals(of tree: Hierarchy, _ index: RegionIndex, _ concernCounts: [[UInt8]])
        -> (pupils: [Int], organisations: [Int], flagged: [[Int]]) {
        var pupils = [Int](repeating: 0, count: tree.count)
        var organisations = [Int](repeating: 0, count: tree.count)
        var flagged = [[Int]](repeating: [Int](repeating: 0, count: tree.count), count: index.years.count)
        for node in 0..<tree.count {
            guard case .organisation(let org) = tree.nodes[node] else { continue }
            let size = index.dataset.organisations[org].pupils
            var current = node
            while current >= 0 {
                pupils[current] += size
                organisations[current] += 1
                current = tree.parents[current]
            }
            for slot in concernCounts.indices where slot < flagged.count && concernCounts[slot][org] > 0 {
                current = node
                while current >= 0 {
                    flagged[slot][current] += 1
                    current = tree.parents[current]
                }
            }
        }
        return (pupils, organisations, flagged)
    }

    public func pupils(node: Int, view: Hierarchy.View) -> Int { pupils[view]?[node] ?? 0 }
    public func organisations(node: Int, view: Hierarchy.View) -> Int { organisations[view]?[node] ?? 0 }
    public func flagged(node: Int, view: Hierarchy.View, yearSlot: Int) -> Int { flagged[view]?[yearSlot][node] ?? 0 }

    /// The year slots in which organisation `org` carries a concern flag, by a digest's counts.
    static func concernedYears(of org: Int, in concernCounts: [[UInt8]]) -> [Int] {
        concernCounts.indices.filter { concernCounts[$0][org] > 0 }
    }

    /// Moves organisation `org`'s contribution to the flagged counts of its ancestors, in both trees,
    /// from the years `before` to the years `after`.
    mutating func replaceConcernedYears(of org: Int, before: [Int], after: [Int], in index: RegionIndex) {
        guard before != after else { return }
        for view in Hierarchy.View.allCases {
            let tree = index.hierarchy(view)
            var node = tree.nodeOfOrganisation[org]
            while node >= 0 {
                for slot in before { flagged[view]?[slot][node] -= 1 }
                for slot in after { flagged[view]?[slot][node] += 1 }
                node = tree.parents[node]
            }
        }
    }

    /// Moves organisation `org`'s pupils in the totals of its ancestors, in both trees, from `before`
    /// to `after`.
    mutating func replacePupils(of org: Int, before: Int, after: Int, in index: RegionIndex) {
        guard before != after else { return }
        for view in Hierarchy.View.allCases {
            let tree = index.hierarchy(view)
            var node = tree.nodeOfOrganisation[org]
            while node >= 0 {
                pupils[view]?[node] += after - before
                node = tree.parents[node]
            }
        }
    }
}
