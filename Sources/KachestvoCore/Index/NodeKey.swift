/// A hierarchy node named by what it stands for rather than by its position, so that a selection,
/// a remembered path or a search match survives a re-sort, a switch of view, the arrival of the
/// full dataset after its outline, and a reload in which the arrays moved.
public enum NodeKey: Hashable, Sendable {
    case region
    case organisation(Identifier<Organisation>)
    case municipality(Identifier<Municipality>)
    /// The gathering node of organisations no centre (or municipality) claims.
    case unassigned
}

extension RegionIndex {
    /// The key of node `node` of the tree `view`.
    public func key(of node: Int, in view: Hierarchy.View) -> NodeKey {
        switch hierarchy(view).nodes[node] {
        case .region: .region
        case .organisation(let org): .organisation(dataset.organisations[org].id)
        case .municipality(let municipality): .municipality(dataset.municipalities[municipality].id)
        case .unassigned: .unassigned
        }
    }

    /// The node that `key` names in the tree `view`, or nil when it is not there.
    public func node(for key: NodeKey, in view: Hierarchy.View) -> Int? {
        let tree = hierarchy(view)
        switch key {
        case .region:
            return Hierarchy.rootNode
        case .organisation(let id):
            guard let org = organisationIndex[id], tree.nodeOfOrganisation[org] >= 0 else { return nil }
            return tree.nodeOfOrganisation[org]
        case .municipality(let id):
            guard let municipality = municipalityIndex[id], tree.nodeOfMunicipality[municipality] >= 0 else { return nil }
            return tree.nodeOfMunicipality[municipality]
        case .unassigned:
            return tree.children[Hierarchy.rootNode].first { tree.nodes[$0] == .unassigned }
        }
    }
}
