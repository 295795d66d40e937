import KachestvoCore

/// The Network screen's commands: moving through the columns, panes, sort, hierarchy and search.
enum NetworkInput {
    static func perform(_ command: CommandID, _ state: inout AppState) {
        let page = NetworkLayout(body: ScreenLayout(width: state.width, height: state.height).body).visibleRows
        if state.network.focus == .detail, let scroll = detailScroll(for: command, page: page) {
            state.network.detailScroll = max(0, state.network.detailScroll + scroll)
            return
        }
        switch command {
        case .moveUp: NetworkNavigator.move(&state, by: -1)
        case .moveDown: NetworkNavigator.move(&state, by: 1)
        case .pageUp: NetworkNavigator.move(&state, by: -page)
        case .pageDown: NetworkNavigator.move(&state, by: page)
        case .moveTop: NetworkNavigator.move(&state, by: Int.min)
        case .moveBottom: NetworkNavigator.move(&state, by: Int.max)
        case .drillIn: NetworkNavigator.drillIn(&state)
        case .goBack:
            if state.network.focus == .detail {
                state.network.focus = .columns
            } else {
                NetworkNavigator.goBack(&state)
            }
        case .nextPane, .previousPane:
            state.network.focus = state.network.focus == .columns ? .detail : .columns
        case .sort:
            let modes = NetworkState.SortMode.allCases
            let node = focusedEntity(state)
            state.network.sort = modes[(modes.firstIndex(of: state.network.sort)! + 1) % modes.count]
            state.network.scrollOffsets = [:]
            NetworkNavigator.reconcile(&state, keeping: node)
            state.message = "\(state.text(.sortChanged)): \(state.text(state.network.sort.label))"
        case .toggleHierarchy:
            let node = focusedEntity(state)
            state.network.view = state.network.view == .network ? .administrative : .network
            state.network.scrollOffsets = [:]
            NetworkNavigator.reconcile(&state, keeping: node)
            state.message = "\(state.text(.viewChanged)): \(state.text(state.network.view == .network ? .networkView : .administrativeView))"
        case .search:
            state.search = SearchState()
            state.search.isEditing = true
            state.search.origin = state.network
        case .searchNext: SearchInput.step(&state, by: 1)
        case .searchPrevious: SearchInput.step(&state, by: -1)
        default: break
        }
    }

    private static func focusedEntity(_ state: AppState) -> Hierarchy.Node? {
        state.network.focusedNode.map { NetworkNavigator.hierarchy(state).nodes[$0] }
    }

    /// In the detail pane the movement keys scroll the text instead of the columns.
    private static func detailScroll(for command: CommandID, page: Int) -> Int? {
        switch command {
        case .moveUp: -1
        case .moveDown: 1
        case .pageUp: -page
        case .pageDown: page
        case .moveTop: Int.min / 2
        default: nil
        }
    }
}
