import KachestvoCore

/// The figures a Network column shows and sorts by, for any node in the current year.
enum NodeFigures {
    /// Mean of the headline subject over the node's subtree (or the school's own mean).
    static func headlineMean(of node: Int, _ state: AppState) -> Double? {
        guard let subject = state.model.headlineSubject else { return nil }
        let index = state.model.index
        let tree = index.hierarchy(state.network.view)
        if case .organisation(let org) = tree.nodes[node], tree.children[node].isEmpty,
           let slot = index.yearIndex[state.year] {
            let mean = state.model.headlineMeans[slot][org]
            return mean.isNaN ? nil : mean
        }
        return index.aggregate(node: node, in: state.network.view, year: state.year, subject: subject).mean
    }

    static func pupils(of node: Int, _ state: AppState) -> Int {
        state.model.totals.pupils(node: node, view: state.network.view)
    }

    /// For a school: its concern flags this year; for a group: how many of its organisations have one.
    static func concernCount(of node: Int, _ state: AppState) -> Int {
        let index = state.model.index
        if case .organisation(let org) = index.hierarchy(state.network.view).nodes[node],
           index.hierarchy(state.network.view).children[node].isEmpty {
            return index.flags(organisation: org, year: state.year).filter { !$0.flag.isPositive }.count
        }
        guard let slot = index.yearIndex[state.year] else { return 0 }
        return state.model.totals.flagged(node: node, view: state.network.view, yearSlot: slot)
    }

    /// Positive flags (stable high, effective without extra funding) of a school this year.
    static func positiveCount(of node: Int, _ state: AppState) -> Int {
        let index = state.model.index
        guard case .organisation(let org) = index.hierarchy(state.network.view).nodes[node] else { return 0 }
        return index.flags(organisation: org, year: state.year).filter(\.flag.isPositive).count
    }
}
