extension RegionIndex {
    /// The organisations of municipality `municipality` (a dataset index), its city districts'
    /// included, in the administrative tree's order.
    public func organisations(inMunicipality municipality: Int) -> [Int] {
        let tree = administrative
        let node = tree.nodeOfMunicipality[municipality]
        guard node >= 0 else { return [] }
        var found: [Int] = []
        tree.forEachInSubtree(of: node) { current in
            if case .organisation(let org) = tree.nodes[current] { found.append(org) }
        }
        return found
    }
}
