/// The centres, and who names an organisation as its centre, read off the network tree instead of a
/// pass over every organisation: the organisation card lists the centres to choose from and checks
/// a role against the organisations that depend on it. `HierarchyBuilder.network` hangs every КЦ
/// from the root, every УМЦ from its КЦ or from the unassigned node, every other organisation from
/// its УМЦ or the unassigned node — and the in-place updates keep it so (a role change rebuilds).
extension RegionIndex {
    /// The positions of every УМЦ and КЦ, in dataset order.
    public var centrePositions: [Int] {
        var found: [Int] = []
        for top in network.children[Hierarchy.rootNode] {
            let below = network.children[top].compactMap { organisationPosition(of: $0, in: network) }
            found += ([organisationPosition(of: top, in: network)].compactMap { $0 } + below).filter {
                dataset.organisations[$0].role == .consultingCentre || dataset.organisations[$0].role == .methodologicalCentre
            }
        }
        return found.sorted()
    }

    /// The positions of the organisations other than `org` whose `centreId` is its id, in dataset
    /// order: its children in the network tree, and those that name it without hanging from it (a КЦ,
    /// or one of the unassigned). Nil when ids repeat, so that the tree may hang them elsewhere.
    public func positions(namingAsCentre org: Int) -> [Int]? {
        guard organisationIndex.count == dataset.organisations.count, org >= 0, org < dataset.organisations.count else { return nil }
        let id = dataset.organisations[org].id
        let root = network.children[Hierarchy.rootNode]
        let unassigned = root.filter { network.nodes[$0] == .unassigned }.flatMap { network.children[$0] }
        let node = network.nodeOfOrganisation[org]
        let candidates = (node >= 0 ? network.children[node] : []) + root + unassigned
        // Disjoint: the root's children, the unassigned node's and the organisation's own.
        return candidates.compactMap { organisationPosition(of: $0, in: network) }
            .filter { $0 != org && dataset.organisations[$0].centreId == id }
            .sorted()
    }

    private func organisationPosition(of node: Int, in tree: Hierarchy) -> Int? {
        if case .organisation(let org) = tree.nodes[node] { org } else { nil }
    }
}
