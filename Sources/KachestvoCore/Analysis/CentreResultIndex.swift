/// The result index of one consulting centre (КЦ) in one year: of the organisations of its network
/// (the КЦ itself, its УМЦ and their schools) that have a standardised score that year
/// (`ResultScores`), the share whose score is above the region's level — above 0, the region's mean
/// of school means in each subject. A share reads at a glance and compares centres of any size;
/// the members are kept, so a screen can list the organisations behind the figure.
public struct CentreResultIndex: Sendable, Equatable {
    /// The КЦ, by its position in the dataset and by identity.
    public var centre: Int
    public var id: Identifier<Organisation>
    /// The organisations of its network by position in the dataset, the КЦ first, in tree order.
    public var members: [Int]
    /// How many members have a standardised score this year.
    public var scored: Int
    /// How many of those score above the region's level.
    public var above: Int

    /// `above / scored`, 0…1; nil when no member has a score this year.
    public var share: Double? { scored == 0 ? nil : Double(above) / Double(scored) }

    /// The index of every КЦ under the region in the project network, in the tree's (name) order.
    /// Schools no centre supports belong to no КЦ. One walk over the tree: O(organisations).
    public static func centres(of index: RegionIndex, year: Int) -> [CentreResultIndex] {
        let tree = index.network
        let yearSlot = index.yearIndex[year]
        return tree.children[Hierarchy.rootNode].compactMap { node in
            guard case .organisation(let centre) = tree.nodes[node] else { return nil }
            var entry = CentreResultIndex(centre: centre, id: index.dataset.organisations[centre].id, members: [], scored: 0, above: 0)
            var pending = [node]
            while let current = pending.popLast() {
                if case .organisation(let org) = tree.nodes[current] {
                    entry.members.append(org)
                    if let yearSlot, let score = index.scores.score(organisation: org, yearSlot: yearSlot) {
                        entry.scored += 1
                        if score > 0 { entry.above += 1 }
                    }
                }
                pending.append(contentsOf: tree.children[current].reversed())
            }
            return entry
        }
    }
}
