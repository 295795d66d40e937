import KachestvoCore

/// The figures a Network column shows and sorts by, for any node in the current year.
enum NodeFigures {
    /// Mean of the headline subject over the node's subtree (or the school's own mean).
    static func headlineMean(of node: Int, _ state: NetworkState, _ context: ScreenContext) -> Double? {
        guard let subject = context.model.headlineSubject else { return nil }
        let index = context.model.index
        if let org = leafOrganisation(node, state, context), let slot = index.yearIndex[context.year] {
            let mean = context.model.digest.headlineMeans[slot][org]
            return mean.isNaN ? nil : mean
        }
        return index.aggregate(node: node, in: state.view, year: context.year, subject: subject).mean
    }

    static func pupils(of node: Int, _ state: NetworkState, _ context: ScreenContext) -> Int {
        context.model.totals.pupils(node: node, view: state.view)
    }

    /// For a school: its concern flags this year; for a group: how many of its organisations have one.
    static func concernCount(of node: Int, _ state: NetworkState, _ context: ScreenContext) -> Int {
        let index = context.model.index
        guard let slot = index.yearIndex[context.year] else { return 0 }
        if let org = leafOrganisation(node, state, context) { return Int(context.model.digest.concernCounts[slot][org]) }
        return context.model.totals.flagged(node: node, view: state.view, yearSlot: slot)
    }

    /// Positive flags (stable high, effective without extra funding) of a school this year.
    static func positiveCount(of node: Int, _ state: NetworkState, _ context: ScreenContext) -> Int {
        guard case .organisation(let org) = NetworkNavigator.hierarchy(state, context).nodes[node],
              let slot = context.model.index.yearIndex[context.year] else { return 0 }
        return Int(context.model.digest.positiveCounts[slot][org])
    }

    /// The organisation of a node with no children (a school), else nil.
    private static func leafOrganisation(_ node: Int, _ state: NetworkState, _ context: ScreenContext) -> Int? {
        let tree = NetworkNavigator.hierarchy(state, context)
        guard case .organisation(let org) = tree.nodes[node], tree.children[node].isEmpty else { return nil }
        return org
    }
}
