import KachestvoCore

/// Moves through the Miller columns: up and down among siblings, in and out of levels, and straight
/// to an organisation found by search. Sibling order follows the column sort. The state holds keys;
/// each step resolves them against the current model, so a new model never leaves a dangling index.
enum NetworkNavigator {
    static func hierarchy(_ state: NetworkState, _ context: ScreenContext) -> Hierarchy {
        context.model.index.hierarchy(state.view)
    }

    /// The selection as nodes of the current model, cut where a key no longer resolves.
    static func path(_ state: NetworkState, _ context: ScreenContext) -> [Int] {
        var nodes: [Int] = []
        for key in state.selection {
            guard let node = context.model.index.node(for: key, in: state.view) else { break }
            nodes.append(node)
        }
        return nodes
    }

    /// The focused node of the current model, if the selection resolves.
    static func focusedNode(_ state: NetworkState, _ context: ScreenContext) -> Int? {
        state.focusedKey.flatMap { context.model.index.node(for: $0, in: state.view) }
    }

    /// Puts the selection on the first node of the top column.
    static func start(_ state: inout NetworkState, _ context: ScreenContext) {
        state.selection = []
        state.detailScroll = 0
        if let first = orderedChildren(of: Hierarchy.rootNode, state, context).first {
            state.selection = [context.model.index.key(of: first, in: state.view)]
        }
    }

    /// Children of `parent` in the order the column shows them. The hierarchy keeps siblings in name
    /// order, so sorting by name costs nothing; a figure is read once per child, never per comparison.
    static func orderedChildren(of parent: Int, _ state: NetworkState, _ context: ScreenContext) -> [Int] {
        let children = hierarchy(state, context).children[parent]
        func figure(_ value: (Int) -> Double?) -> [Int] {
            sorted(children, by: children.map(value), descending: state.sortDescends)
        }
        switch state.sort {
        case .name: return state.sortDescends ? children.reversed() : children
        case .result: return figure { NodeFigures.headlineMean(of: $0, state, context) }
        case .size: return figure { Double(NodeFigures.pupils(of: $0, state, context)) }
        case .flags: return figure { Double(NodeFigures.concernCount(of: $0, state, context)) }
        }
    }

    /// By `keys`, the highest first when `descending`; a node without a figure comes last either
    /// way, and ties keep the hierarchy's (name) order.
    private static func sorted(_ nodes: [Int], by keys: [Double?], descending: Bool) -> [Int] {
        nodes.indices.sorted { left, right in
            switch (keys[left], keys[right]) {
            case let (a?, b?) where a != b: descending ? a > b : a < b
            case (_?, nil): true
            case (nil, _?): false
            default: left < right
            }
        }.map { nodes[$0] }
    }

    /// Moves the focused column's selection by `delta` rows (clamped); `Int.min`/`Int.max` go to the ends.
    /// The region, alone at the top, has nowhere to move.
    static func move(_ state: inout NetworkState, _ context: ScreenContext, by delta: Int) {
        guard !state.isAtRegion else { return }
        let nodes = path(state, context)
        guard let depth = nodes.indices.last else { return start(&state, context) }
        let parent = depth == 0 ? Hierarchy.rootNode : nodes[depth - 1]
        let siblings = orderedChildren(of: parent, state, context)
        guard !siblings.isEmpty else { return }
        let current = siblings.firstIndex(of: nodes[depth]) ?? 0
        let target: Int
        switch delta {
        case Int.min: target = 0
        case Int.max: target = siblings.count - 1
        default: target = min(max(current + delta, 0), siblings.count - 1)
        }
        state.selection = Array(state.selection.prefix(depth))
        select(siblings[target], under: parent, &state, context)
        keepVisible(&state, context, column: depth, row: target, count: siblings.count)
    }

    /// Opens the selected node: its remembered (or first) child becomes the focus. From the region,
    /// that is the top column again.
    static func drillIn(_ state: inout NetworkState, _ context: ScreenContext) {
        guard let node = focusedNode(state, context) else { return }
        let children = orderedChildren(of: node, state, context)
        guard let first = children.first else { return }
        if state.isAtRegion { state.selection = [] }
        let index = context.model.index
        let remembered = state.remembered[state.view]?[index.key(of: node, in: state.view)]
            .flatMap { index.node(for: $0, in: state.view) }
        let child = remembered.flatMap { children.contains($0) ? $0 : nil } ?? first
        state.selection.append(index.key(of: child, in: state.view))
        state.detailScroll = 0
        if let row = children.firstIndex(of: child) {
            keepVisible(&state, context, column: state.selection.count - 1, row: row, count: children.count)
        }
    }

    /// Goes one level up: from the top column to the region itself (whose totals the detail pane
    /// then shows); returns false at the region.
    @discardableResult
    static func goBack(_ state: inout NetworkState) -> Bool {
        guard !state.isAtRegion, !state.selection.isEmpty else { return false }
        if state.selection.count > 1 {
            state.selection.removeLast()
        } else {
            state.selection = [.region]
        }
        state.detailScroll = 0
        return true
    }

    /// Selects an organisation wherever it is, opening every level above it; false when the
    /// current hierarchy does not hold it.
    @discardableResult
    static func reveal(_ id: Identifier<Organisation>, _ state: inout NetworkState, _ context: ScreenContext) -> Bool {
        guard let node = context.model.index.node(for: .organisation(id), in: state.view) else { return false }
        reveal(node: node, &state, context)
        return true
    }

    /// After the hierarchy, sort, year, size or model changed: keep the deepest selected node that
    /// still exists (opening the levels above it in the current tree), else start at the top.
    static func reconcile(_ state: inout NetworkState, _ context: ScreenContext) {
        let index = context.model.index
        let scroll = state.detailScroll
        if state.isAtRegion { return }
        for key in state.selection.reversed() {
            if let node = index.node(for: key, in: state.view), node != Hierarchy.rootNode {
                reveal(node: node, &state, context)
                if state.focusedKey == key { state.detailScroll = scroll }
                return
            }
        }
        start(&state, context)
    }

    private static func reveal(node: Int, _ state: inout NetworkState, _ context: ScreenContext) {
        let tree = hierarchy(state, context)
        state.selection = []
        var parent = Hierarchy.rootNode
        for (depth, step) in tree.path(to: node).dropFirst().enumerated() {
            select(step, under: parent, &state, context)
            let siblings = orderedChildren(of: parent, state, context)
            if let row = siblings.firstIndex(of: step) {
                keepVisible(&state, context, column: depth, row: row, count: siblings.count)
            }
            parent = step
        }
        state.detailScroll = 0
    }

    /// Appends `node` (a child of `parent`) to the selection and remembers it as the parent's choice.
    private static func select(_ node: Int, under parent: Int, _ state: inout NetworkState, _ context: ScreenContext) {
        let index = context.model.index
        let key = index.key(of: node, in: state.view)
        state.selection.append(key)
        state.detailScroll = 0
        state.remembered[state.view, default: [:]][index.key(of: parent, in: state.view)] = key
    }

    /// Scrolls a column just enough that `row` is visible (htop-style: no jumps).
    static func keepVisible(_ state: inout NetworkState, _ context: ScreenContext, column depth: Int, row: Int, count: Int) {
        let visible = NetworkLayout(body: context.layout.body).visibleRows
        let parent = state.parent(ofColumn: depth)
        var offset = state.scrollOffsets[parent] ?? 0
        if row < offset { offset = row }
        if row >= offset + visible { offset = row - visible + 1 }
        offset = max(0, min(offset, max(0, count - visible)))
        state.scrollOffsets[parent] = offset
    }
}
