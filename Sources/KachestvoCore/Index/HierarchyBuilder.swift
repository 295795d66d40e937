/// Builds the network and administrative trees of a dataset. Dangling references (a centre or
/// municipality that does not exist) never crash: such organisations land under `.unassigned`.
enum HierarchyBuilder {
    static func network(
        _ dataset: Dataset, organisationIndex: [Identifier<Organisation>: Int], names: NamePlaces
    ) -> Hierarchy {
        let organisations = dataset.organisations
        var tree = Hierarchy(view: .network, organisationCount: organisations.count,
                             municipalityCount: dataset.municipalities.count)
        var lookup = OrganisationLookup(organisationIndex)
        func centre(of org: Int, role: Organisation.Role) -> Int? {
            guard let id = organisations[org].centreId, let centre = lookup(id),
                  organisations[centre].role == role else { return nil }
            return centre
        }
        var unassigned: Int?
        func unassignedNode(_ tree: inout Hierarchy) -> Int {
            if let unassigned { return unassigned }
            let node = tree.add(.unassigned, under: Hierarchy.rootNode)
            unassigned = node
            return node
        }
        // Three passes, so a parent always exists before its children whatever the array order.
        for org in organisations.indices where organisations[org].role == .consultingCentre {
            tree.add(.organisation(org), under: Hierarchy.rootNode)
        }
        for org in organisations.indices where organisations[org].role == .methodologicalCentre {
            let centreNode = centre(of: org, role: .consultingCentre).map { tree.nodeOfOrganisation[$0] }
            let parent = centreNode ?? unassignedNode(&tree)
            tree.add(.organisation(org), under: parent)
        }
        for org in organisations.indices {
            let role = organisations[org].role
            guard role == .participant || role == .none else { continue }
            let centreNode = centre(of: org, role: .methodologicalCentre).map { tree.nodeOfOrganisation[$0] }
            let parent = centreNode ?? unassignedNode(&tree)
            tree.add(.organisation(org), under: parent)
        }
        sortChildren(of: &tree, dataset, names)
        return tree
    }

    static func administrative(
        _ dataset: Dataset, municipalityIndex: [Identifier<Municipality>: Int], names: NamePlaces
    ) -> Hierarchy {
        let municipalities = dataset.municipalities
        var tree = Hierarchy(view: .administrative, organisationCount: dataset.organisations.count,
                             municipalityCount: municipalities.count)
        for index in municipalities.indices where municipalities[index].kind != .cityDistrict {
            tree.add(.municipality(index), under: Hierarchy.rootNode)
        }
        var unassigned: Int?
        for index in municipalities.indices where municipalities[index].kind == .cityDistrict {
            if let parentId = municipalities[index].parentId, let parent = municipalityIndex[parentId],
               tree.nodeOfMunicipality[parent] >= 0 {
                tree.add(.municipality(index), under: tree.nodeOfMunicipality[parent])
            } else {
                tree.add(.municipality(index), under: Hierarchy.rootNode)
            }
        }
        var lookup = RepeatedLookup(municipalityIndex)
        for org in dataset.organisations.indices {
            if let municipality = lookup(dataset.organisations[org].municipalityId) {
                tree.add(.organisation(org), under: tree.nodeOfMunicipality[municipality])
            } else {
                let parent = unassigned ?? tree.add(.unassigned, under: Hierarchy.rootNode)
                unassigned = parent
                tree.add(.organisation(org), under: parent)
            }
        }
        sortChildren(of: &tree, dataset, names)
        return tree
    }

    /// Urban districts before municipal districts, then by name; organisations by role, then name
    /// (names compared through their places in `names`, worked out once for both trees).
    private static func sortChildren(of tree: inout Hierarchy, _ dataset: Dataset, _ names: NamePlaces) {
        tree.sortChildren(byKeys: tree.nodes.map { orderKey(of: $0, dataset, names).packed })
    }

    /// Where a node stands among its siblings: rank first, then the name's place.
    static func orderKey(of node: Hierarchy.Node, _ dataset: Dataset, _ names: NamePlaces) -> NodeOrder {
        switch node {
        case .region: return NodeOrder(rank: 0, place: -1)
        case .municipality(let m):
            let kind = dataset.municipalities[m].kind
            return NodeOrder(rank: kind == .urbanDistrict ? 0 : kind == .cityDistrict ? 1 : 2, place: names.municipality[m])
        case .organisation(let o):
            let role = dataset.organisations[o].role
            return NodeOrder(rank: role == .consultingCentre || role == .methodologicalCentre ? 0 : 1, place: names.organisation[o])
        case .unassigned: return NodeOrder(rank: 9, place: -1)
        }
    }

    /// The order of siblings in a tree.
    struct NodeOrder: Comparable {
        var rank: Int
        var place: Int32

        static func < (lhs: NodeOrder, rhs: NodeOrder) -> Bool { (lhs.rank, lhs.place) < (rhs.rank, rhs.place) }

        /// The same order as one number (the rank above the place, the place's sign flipped so
        /// that -1 comes first), for sorting thousands of siblings without a comparison closure.
        var packed: UInt64 { UInt64(rank) << 32 | UInt64(UInt32(bitPattern: place) ^ 0x8000_0000) }
    }
}
