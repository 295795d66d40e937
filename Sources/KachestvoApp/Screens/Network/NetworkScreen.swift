import KachestvoCore
import TerminalKit

/// The Network screen: the hierarchy КЦ → УМЦ → schools (or ГО/МР → schools) in Miller columns, with
/// the detail pane of the selection.
enum NetworkScreen: Screen {
    static let commands: Set<CommandID> = [
        .moveUp, .moveDown, .pageUp, .pageDown, .moveTop, .moveBottom, .drillIn, .goBack,
        .nextPane, .previousPane, .sort, .reverseSort, .toggleHierarchy,
        .editRecord, .addRecord, .deleteRecord, .editResults, .editFinancing,
    ]

    static let legend: [UIText] = [
        .legendMean, .legendFlags, .legendStar, .legendParticipants, .legendChange, .legendBelowMinimum, .legendHigh,
        .legendRegion,
    ]

    static func perform(_ command: CommandID, _ state: inout NetworkState, _ context: inout ScreenContext) -> [AppEffect] {
        let page = NetworkLayout(body: context.layout.body).visibleRows
        if state.focus == .detail, let scroll = detailScroll(for: command, page: page) {
            state.detailScroll = max(0, state.detailScroll + scroll)
            return []
        }
        if let delta = command.movement(page: page) {
            NetworkNavigator.move(&state, context, by: delta)
            return []
        }
        switch command {
        case .drillIn: NetworkNavigator.drillIn(&state, context)
        case .goBack:
            if state.focus == .detail {
                state.focus = .columns
            } else {
                NetworkNavigator.goBack(&state)
            }
        case .nextPane, .previousPane:
            state.focus = state.focus == .columns ? .detail : .columns
        case .sort:
            let modes = NetworkState.SortMode.allCases
            state.sort = modes[(modes.firstIndex(of: state.sort)! + 1) % modes.count]
            state.sortReversed = false
            resort(&state, &context)
        case .reverseSort:
            state.sortReversed.toggle()
            resort(&state, &context)
        case .toggleHierarchy:
            state.view = state.view == .network ? .administrative : .network
            state.scrollOffsets = [:]
            NetworkNavigator.reconcile(&state, context)
            context.message = "\(context.text(.viewChanged)): \(context.text(state.view == .network ? .networkView : .administrativeView))"
        case .editRecord, .addRecord, .deleteRecord, .editResults, .editFinancing:
            context.entry = NetworkEntry.request(command, state, context)
            if context.entry == nil { context.message = context.text(.entrySelectOrganisation) }
        default: break
        }
        return []
    }

    static func render(_ state: NetworkState, _ context: ScreenContext, into buffer: inout Buffer, area: Rect) {
        NetworkView.render(state, context, into: &buffer, area: area)
    }

    static func reveal(_ organisation: Identifier<Organisation>, _ state: inout NetworkState, _ context: ScreenContext) -> Bool {
        NetworkNavigator.reveal(organisation, &state, context)
    }

    static func refresh(_ state: inout NetworkState, _ context: ScreenContext) {
        NetworkNavigator.reconcile(&state, context)
    }

    /// After the sort changed: the same selection, shown in the new order, and the sort in words.
    private static func resort(_ state: inout NetworkState, _ context: inout ScreenContext) {
        state.scrollOffsets = [:]
        NetworkNavigator.reconcile(&state, context)
        let direction = context.text(state.sortDescends ? .sortDescending : .sortAscending)
        context.message = "\(context.text(.sortChanged)): \(context.text(state.sort.label)), \(direction)"
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
