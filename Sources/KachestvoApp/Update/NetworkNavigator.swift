import KachestvoCore

/// Moves through the Miller columns: up and down among siblings, in and out of levels, and straight
/// to an organisation found by search. Sibling order follows the column sort.
enum NetworkNavigator {
    /// Puts the selection on the first node of the top column.
    static func start(_ state: inout AppState) {
        state.network.selection = []
        if let first = orderedChildren(of: Hierarchy.rootNode, state).first {
            state.network.selection = [first]
        }
    }

    static func hierarchy(_ state: AppState) -> Hierarchy { state.model.index.hierarchy(state.network.view) }

    /// Children of `parent` in the order the column shows them.
    static func orderedChildren(of parent: Int, _ state: AppState) -> [Int] {
        let tree = hierarchy(state)
        let children = tree.children[parent]
        switch state.network.sort {
        case .name:
            return children
        case .result:
            let keys = children.map { NodeFigures.headlineMean(of: $0, state) ?? -.infinity }
            return sortedDescending(children, by: keys)
        case .size:
            return sortedDescending(children, by: children.map { Double(NodeFigures.pupils(of: $0, state)) })
        case .flags:
            return sortedDescending(children, by: children.map { Double(NodeFigures.concernCount(of: $0, state)) })
        }
    }

    /// Highest key first; ties keep the hierarchy's (name) order.
    private static func sortedDescending(_ nodes: [Int], by keys: [Double]) -> [Int] {
        nodes.indices.sorted { keys[$0] != keys[$1] ? keys[$0] > keys[$1] : $0 < $1 }.map { nodes[$0] }
    }

    /// Moves the focused column's selection by `delta` rows (clamped); `Int.min`/`Int.max` go to the ends.
    static func move(_ state: inout AppState, by delta: Int) {
        guard let depth = state.network.selection.indices.last else { return }
        let siblings = orderedChildren(of: state.network.parent(ofColumn: depth), state)
        guard !siblings.isEmpty else { return }
        let current = siblings.firstIndex(of: state.network.selection[depth]) ?? 0
        let target: Int
        switch delta {
        case Int.min: target = 0
        case Int.max: target = siblings.count - 1
        default: target = min(max(current + delta, 0), siblings.count - 1)
        }
        select(siblings[target], inColumn: depth, &state)
        keepVisible(&state, column: depth, row: target, count: siblings.count)
    }

    /// Opens the selected node: its remembered (or first) child becomes the focus.
    static func drillIn(_ state: inout AppState) {
        guard let node = state.network.focusedNode else { return }
        let children = orderedChildren(of: node, state)
        guard let first = children.first else { return }
        let remembered = state.network.remembered[state.network.view]?[node]
        let child = remembered.flatMap { children.contains($0) ? $0 : nil } ?? first
        state.network.selection.append(child)
        state.network.detailScroll = 0
        if let row = children.firstIndex(of: child) {
            keepVisible(&state, column: state.network.selection.count - 1, row: row, count: children.count)
        }
    }

    /// Goes one level up; returns false at the top level.
    @discardableResult
    static func goBack(_ state: inout AppState) -> Bool {
        guard state.network.selection.count > 1 else { return false }
        state.network.selection.removeLast()
        state.network.detailScroll = 0
        return true
    }

    /// Selects an organisation wherever it is, opening every level above it.
    static func reveal(organisation org: Int, _ state: inout AppState) {
        let tree = hierarchy(state)
        let node = tree.nodeOfOrganisation[org]
        guard node >= 0 else { return }
        let path = Array(tree.path(to: node).dropFirst())
        state.network.selection = []
        for (depth, step) in path.enumerated() {
            state.network.selection.append(step)
            remember(step, under: state.network.parent(ofColumn: depth), &state)
            let siblings = orderedChildren(of: state.network.parent(ofColumn: depth), state)
            if let row = siblings.firstIndex(of: step) {
                keepVisible(&state, column: depth, row: row, count: siblings.count)
            }
        }
        state.network.detailScroll = 0
    }

    /// After the hierarchy, sort or year changes: keep the focused organisation if it is still
    /// there, else start at the top.
    static func reconcile(_ state: inout AppState, keeping node: Hierarchy.Node?) {
        if case .organisation(let org)? = node, hierarchy(state).nodeOfOrganisation[org] >= 0 {
            reveal(organisation: org, &state)
        } else {
            start(&state)
        }
    }

    private static func select(_ node: Int, inColumn depth: Int, _ state: inout AppState) {
        state.network.selection[depth] = node
        state.network.selection.removeSubrange((depth + 1)...)
        state.network.detailScroll = 0
        remember(node, under: state.network.parent(ofColumn: depth), &state)
    }

    private static func remember(_ node: Int, under parent: Int, _ state: inout AppState) {
        state.network.remembered[state.network.view, default: [:]][parent] = node
    }

    /// Scrolls a column just enough that `row` is visible (htop-style: no jumps).
    static func keepVisible(_ state: inout AppState, column depth: Int, row: Int, count: Int) {
        let visible = NetworkLayout(body: ScreenLayout(width: state.width, height: state.height).body).visibleRows
        let parent = state.network.parent(ofColumn: depth)
        var offset = state.network.scrollOffsets[parent] ?? 0
        if row < offset { offset = row }
        if row >= offset + visible { offset = row - visible + 1 }
        offset = max(0, min(offset, max(0, count - visible)))
        state.network.scrollOffsets[parent] = offset
    }
}
