import KachestvoCore
import TerminalKit

/// The Overview screen: the region for the chosen year at a glance — headline figures, the count
/// behind each flag, open support cases, a bar of the result index per КЦ and sparklines of the
/// region's trends. The cursor picks a figure or a bar; Enter lists the organisations behind it.
enum OverviewScreen: Screen {
    static let commands: Set<CommandID> = [.moveUp, .moveDown, .moveTop, .moveBottom, .drillIn, .nextPane, .previousPane]

    static let legend: [UIText] = [
        .legendOverviewChange, .legendOverviewIndex, .legendOverviewChoice, .legendOverviewTrends, .legendOverviewEnter,
    ]

    static func perform(_ command: CommandID, _ state: inout OverviewState, _ context: inout ScreenContext) -> [AppEffect] {
        switch command {
        case .moveUp: move(&state, by: -1)
        case .moveDown: move(&state, by: 1)
        case .moveTop: move(&state, by: Int.min / 2)
        case .moveBottom: move(&state, by: Int.max / 2)
        case .nextPane, .previousPane:
            if state.pane == .figures, state.centre != nil { state.pane = .centres } else { state.pane = .figures }
        case .drillIn:
            guard let figures = state.figures, !pending(state.selected, context) else {
                context.message = context.text(.figuresLoading)
                return []
            }
            context.drill = OverviewDrill.request(for: state.selected, figures, context)
        default: break
        }
        return []
    }

    static func render(_ state: OverviewState, _ context: ScreenContext, into buffer: inout Buffer, area: Rect) {
        OverviewView.render(state, context, into: &buffer, area: area)
    }

    static func refresh(_ state: inout OverviewState, _ context: ScreenContext) {
        if state.figures?.fit(context) != true { state.figures = OverviewFigures(context.model, year: context.year) }
        let centres = state.figures?.centres ?? []
        if let centre = state.centre, centres.contains(where: { $0.id == centre }) { return }
        state.centre = centres.first?.id
        if state.centre == nil { state.pane = .figures }
    }

    /// Whether the item's figure waits for school details still loading.
    static func pending(_ item: OverviewItem, _ context: ScreenContext) -> Bool {
        switch item {
        case .flag, .supportCases, .centre: OverviewFigures.detailsPending(context)
        // A snapshot's digest has every school's mean in the headline subject, not in the others.
        case .mean(let exam): exam.subject != context.model.headlineSubject && OverviewFigures.detailsPending(context)
        case .consultingCentres, .methodologicalCentres, .schools, .pupils: false
        }
    }

    private static func move(_ state: inout OverviewState, by step: Int) {
        switch state.pane {
        case .figures:
            let items = OverviewItem.figures
            let current = items.firstIndex(of: state.figure) ?? 0
            state.figure = items[min(max(current + step, 0), items.count - 1)]
        case .centres:
            guard let figures = state.figures, !figures.centres.isEmpty else { return }
            let current = state.centre.flatMap { id in figures.centres.firstIndex { $0.id == id } } ?? 0
            state.centre = figures.centres[min(max(current + step, 0), figures.centres.count - 1)].id
        }
    }
}
