/// An organisation moved to another centre (network tree) or municipality (administrative tree)
/// along the changed paths: its results taken off the old path, the node moved under its new parent
/// in name order, the results added along the new path.
extension RegionIndex {
    /// Where an organisation goes when its record becomes `new`: the new parent node in each tree it
    /// moves in (nil for a tree it stays put in); nil when the move needs a rebuild — the node has
    /// children of its own (a УМЦ with schools), the new parent is not there or keeps no figures (a
    /// УМЦ with no schools yet), or the role or name changes too.
    func moveTargets(of org: Int, to new: Organisation) -> (network: Int?, administrative: Int?)? {
        let old = dataset.organisations[org]
        guard old.id == new.id, old.role == new.role, old.name == new.name else { return nil }
        var targets: (network: Int?, administrative: Int?) = (nil, nil)
        if old.centreId != new.centreId {
            guard let parent = networkParent(of: new), canMove(org, in: network, under: parent, table: networkAggregates) else { return nil }
            targets.network = parent
        }
        if old.municipalityId != new.municipalityId {
            let parent = municipalityIndex[new.municipalityId].map { administrative.nodeOfMunicipality[$0] }
                ?? unassignedNode(in: administrative)
            guard let parent, canMove(org, in: administrative, under: parent, table: administrativeAggregates) else { return nil }
            targets.administrative = parent
        }
        return targets
    }

    /// Moves `org` to the `targets` `moveTargets` gave, and replaces its record with `new`.
    mutating func move(_ org: Int, to new: Organisation, targets: (network: Int?, administrative: Int?)) {
        let moves = [(Hierarchy.View.network, targets.network), (.administrative, targets.administrative)]
            .compactMap { view, parent in parent.map { (view, $0) } }
        for (view, _) in moves { applyResults(of: org, in: view, sign: -1) }
        dataset.organisations[org] = new
        for (view, parent) in moves {
            reparent(org, in: view, under: parent)
            applyResults(of: org, in: view, sign: 1)
        }
    }

    /// Moves the organisation's node under `parent`, among its new siblings in name order.
    private mutating func reparent(_ org: Int, in view: Hierarchy.View, under parent: Int) {
        let (nodes, dataset, names) = (hierarchy(view).nodes, dataset, namePlaces)
        let moved = HierarchyBuilder.orderKey(of: .organisation(org), dataset, names)
        let isBefore = { (sibling: Int) in HierarchyBuilder.orderKey(of: nodes[sibling], dataset, names) < moved }
        switch view {
        case .network: network.move(network.nodeOfOrganisation[org], under: parent, isBefore: isBefore)
        case .administrative: administrative.move(administrative.nodeOfOrganisation[org], under: parent, isBefore: isBefore)
        }
    }

    /// The УМЦ node a school (or the КЦ node a УМЦ) with this record belongs under, or the network's
    /// unassigned node when its centre is not one; nil for a КЦ or when there is no such node.
    private func networkParent(of new: Organisation) -> Int? {
        let role: Organisation.Role
        switch new.role {
        case .consultingCentre: return nil
        case .methodologicalCentre: role = .consultingCentre
        case .participant, .none: role = .methodologicalCentre
        }
        if let id = new.centreId, let centre = organisationIndex[id], dataset.organisations[centre].role == role {
            return network.nodeOfOrganisation[centre]
        }
        return unassignedNode(in: network)
    }

    private func unassignedNode(in tree: Hierarchy) -> Int? {
        tree.children[Hierarchy.rootNode].first { tree.nodes[$0] == .unassigned }
    }

    private func canMove(_ org: Int, in tree: Hierarchy, under parent: Int, table: AggregateTable) -> Bool {
        let node = tree.nodeOfOrganisation[org]
        return node >= 0 && parent >= 0 && tree.children[node].isEmpty && table.stores(parent)
    }

    /// Adds (`sign` 1) or removes (-1) every result of `org` along its path in one tree.
    private mutating func applyResults(of org: Int, in view: Hierarchy.View, sign: Int) {
        let tree = hierarchy(view)
        let table: WritableKeyPath<RegionIndex, AggregateTable> = view == .network ? \.networkAggregates : \.administrativeAggregates
        for index in records.results(of: org).map(Int.init) {
            let year = Int(records.resultYearSlot[index]), subject = Int(records.resultSubjectSlot[index])
            guard year >= 0, subject >= 0 else { continue }
            self[keyPath: table].apply(ExamAggregate(dataset.examResults[index]), at: tree.nodeOfOrganisation[org], in: tree,
                                       yearSlot: year, subjectSlot: subject, sign: sign)
        }
    }
}
