import KachestvoCore
import TerminalKit

/// The Exams screen (ГИА): for the year and a scope — the region, a КЦ or УМЦ with its network, a
/// municipality, a school — a subject × figure table of ЕГЭ or ОГЭ against the region and last year,
/// and the histogram of the scope's school means in the cursor's subject. Enter on a cell, or on a
/// bar of the histogram, lists the schools behind it.
enum ExamsScreen: Screen {
    static let commands: Set<CommandID> = [
        .moveUp, .moveDown, .moveTop, .moveBottom, .moveLeft, .moveRight, .drillIn, .nextPane, .previousPane,
        .switchExam, .nextSubject, .previousSubject, .widenScope, .regionScope, .toggleHierarchy,
    ]

    static let legend: [UIText] = [.legendExamsScope, .legendParticipants, .legendBelowMinimum, .legendHigh,
                                   .legendExamsMinimum, .legendExamsComparisons, .legendExamsHistogram]

    static func perform(_ command: CommandID, _ state: inout ExamsState, _ context: inout ScreenContext) -> [AppEffect] {
        switch command {
        case .moveUp: moveVertically(&state, by: -1)
        case .moveDown: moveVertically(&state, by: 1)
        case .moveTop: moveVertically(&state, by: Int.min / 2)
        case .moveBottom: moveVertically(&state, by: Int.max / 2)
        case .moveLeft: moveSideways(&state, by: -1)
        case .moveRight: moveSideways(&state, by: 1)
        case .nextSubject: stepSubject(&state, by: 1)
        case .previousSubject: stepSubject(&state, by: -1)
        case .nextPane, .previousPane:
            state.focus = state.focus == .table ? .histogram : .table
            if state.focus == .histogram, let histogram = state.histogram, let mean = state.row?.scope.mean {
                state.bin = histogram.bin(of: mean)
            }
        case .switchExam:
            if let subject = state.subject { state.subjectOfExam[state.exam] = subject }
            state.exam = state.exam == .ege ? .oge : .ege
            state.subject = nil
        case .widenScope:
            guard let parent = context.model.index.parent(of: state.scope) else { return [] }
            state.scope = parent
            context.message = scopeMessage(state, context)
        case .regionScope:
            state.scope = ExamScope(key: .region, view: state.scope.view)
            context.message = scopeMessage(state, context)
        case .toggleHierarchy:
            state.scope = ExamsScopeLabel.otherView(of: state.scope, context.model.index)
            context.message = scopeMessage(state, context)
        case .drillIn:
            context.drill = state.focus == .table ? ExamsDrill.cell(state, context) : ExamsDrill.bin(state, context)
        default: break
        }
        ExamsFigures.bringUpToDate(&state, context)
        return []
    }

    static func render(_ state: ExamsState, _ context: ScreenContext, into buffer: inout Buffer, area: Rect) {
        ExamsView.render(state, context, into: &buffer, area: area)
    }

    /// A found organisation becomes the scope: a centre with its network, a school alone.
    static func reveal(_ organisation: Identifier<Organisation>, _ state: inout ExamsState, _ context: ScreenContext) -> Bool {
        let index = context.model.index
        let views = [state.scope.view, state.scope.view == .network ? .administrative : .network]
        guard let view = views.first(where: { index.node(for: .organisation(organisation), in: $0) != nil }) else { return false }
        state.scope = ExamScope(key: .organisation(organisation), view: view)
        ExamsFigures.bringUpToDate(&state, context)
        return true
    }

    static func refresh(_ state: inout ExamsState, _ context: ScreenContext) {
        ExamsFigures.bringUpToDate(&state, context)
    }

    /// ↑ ↓ choose the subject, in either pane (the histogram shows the cursor's subject).
    private static func moveVertically(_ state: inout ExamsState, by delta: Int) {
        stepSubject(&state, by: delta, wrapping: false)
    }

    /// ← → choose the figure in the table, the bin in the histogram.
    private static func moveSideways(_ state: inout ExamsState, by delta: Int) {
        switch state.focus {
        case .table:
            let columns = ExamFigure.columns(of: state.exam)
            let current = columns.firstIndex(of: state.figure) ?? 0
            state.figure = columns[min(max(current + delta, 0), columns.count - 1)]
        case .histogram:
            state.bin += delta
        }
    }

    private static func stepSubject(_ state: inout ExamsState, by delta: Int, wrapping: Bool = true) {
        let subjects = (state.figures?.rows ?? []).map(\.subject.id)
        guard !subjects.isEmpty else { return }
        let current = subjects.firstIndex { $0 == state.subject } ?? 0
        let next = wrapping ? ((current + delta) % subjects.count + subjects.count) % subjects.count
            : min(max(current + delta, 0), subjects.count - 1)
        state.subject = subjects[next]
    }

    private static func scopeMessage(_ state: ExamsState, _ context: ScreenContext) -> String {
        "\(context.text(.examsScope)): \(ExamsScopeLabel.path(of: state.scope, context).joined(separator: " › "))"
    }
}
