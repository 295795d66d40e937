import KachestvoCore
import TerminalKit

/// The Support screen: targeted-support cases under a filter (status, curator, КЦ/УМЦ, municipality,
/// overdue only) with overdue plan steps marked, the NEEDS_SUPPORT candidates that have no open case,
/// and the detail of the selection. Enter lists the organisations behind a row.
enum SupportScreen: Screen {
    static let commands: Set<CommandID> = [
        .moveUp, .moveDown, .pageUp, .pageDown, .moveTop, .moveBottom, .drillIn, .goBack, .nextPane, .previousPane,
        .nextFilterField, .nextFilterValue, .previousFilterValue, .clearFilters, .toggleOverdueOnly, .editRecord, .addRecord,
        .deleteRecord, .toggleStepDone,
    ]

    static let legend: [UIText] = [
        .legendOverdue, .legendStepMarks, .legendPlanGauge, .legendRiskScore, .legendCandidates, .legendAllRow, .legendFilterKeys,
    ]

    static func perform(_ command: CommandID, _ state: inout SupportState, _ context: inout ScreenContext) -> [AppEffect] {
        let layout = SupportLayout(body: context.layout.body)
        let page = state.focus == .candidates ? layout.candidateRows : state.focus == .cases ? layout.caseRows : layout.detailRows
        switch command {
        case .moveUp, .moveDown:
            let delta = command == .moveUp ? -1 : 1
            // In the detail pane of a case with a plan, ↑↓ select a step; else they scroll or move.
            if state.focus == .detail, SupportNavigator.selectedStep(state, context) != nil {
                SupportNavigator.moveStep(&state, context, by: delta)
            } else {
                move(&state, context, by: delta)
            }
        case .pageUp: move(&state, context, by: -page)
        case .pageDown: move(&state, context, by: page)
        case .moveTop: move(&state, context, by: Int.min)
        case .moveBottom: move(&state, context, by: Int.max)
        case .nextPane, .previousPane:
            let panes = SupportState.Pane.allCases
            let step = command == .nextPane ? 1 : panes.count - 1
            state.focus = panes[(panes.firstIndex(of: state.focus)! + step) % panes.count]
            if state.focus != .detail, state.focus != state.described {
                state.described = state.focus
                (state.detailScroll, state.step) = (0, 0)
            }
        case .drillIn: context.drill = SupportNavigator.drill(state, context)
        case .goBack:
            if state.focus == .detail { state.focus = state.described } else { move(&state, context, by: Int.min) }
        case .nextFilterField:
            let fields = SupportState.FilterField.allCases
            state.field = fields[(fields.firstIndex(of: state.field)! + 1) % fields.count]
            context.message = "\(context.text(.filterChanged)): \(context.text(SupportFilterBar.label(state.field)))"
        case .nextFilterValue, .previousFilterValue:
            SupportFilterBar.step(&state.filter, state.field, by: command == .nextFilterValue ? 1 : -1, choices: state.figures.choices)
            filterChanged(&state, &context)
        case .clearFilters:
            state.filter = SupportCaseFilter()
            filterChanged(&state, &context, message: context.text(.filtersCleared))
        case .toggleOverdueOnly:
            state.filter.overdueOnly.toggle()
            filterChanged(&state, &context)
        case .editRecord, .addRecord:
            // The selected case's status moves on (in the detail pane: its selected step is edited), or
            // its plan gets a step; a candidate has no case yet, and `a` opens one.
            if state.focus == .candidates {
                if command == .addRecord, case .entry(let org) = state.candidateRow { context.entry = .openCase(org) }
            } else if case .entry(let id) = state.caseRow {
                let step = state.focus == .detail ? SupportNavigator.selectedStep(state, context)?.index : nil
                context.entry = command == .addRecord ? .addStep(id) : step.map { .step(id, index: $0, .edit) } ?? .transition(id)
            }
        case .deleteRecord where state.focus == .cases:
            if case .entry(let id) = state.caseRow { context.entry = .deleteCase(id) } else { context.message = context.text(.entrySelectOrganisation) }
        case .deleteRecord, .toggleStepDone:
            guard state.focus == .detail, let (supportCase, index) = SupportNavigator.selectedStep(state, context) else {
                context.message = context.text(.stepSelectFirst)
                break
            }
            context.entry = .step(supportCase.id, index: index, command == .deleteRecord ? .delete : .toggleDone)
        default: break
        }
        return []
    }

    static func render(_ state: SupportState, _ context: ScreenContext, into buffer: inout Buffer, area: Rect) {
        SupportView.render(state, context, into: &buffer, area: area)
    }

    /// A school with a case is shown at its case; one without has no place here.
    static func reveal(_ organisation: Identifier<Organisation>, _ state: inout SupportState, _ context: ScreenContext) -> Bool {
        SupportNavigator.reconcile(&state, context)
        let cases = context.model.dataset.supportCases
        let listed = state.figures.cases.map { cases[$0] }
        guard let found = listed.first(where: { $0.organisationId == organisation }) else { return false }
        (state.caseRow, state.focus, state.described, state.detailScroll, state.step) = (.entry(found.id), .cases, .cases, 0, 0)
        SupportNavigator.reconcile(&state, context)
        return true
    }

    static func refresh(_ state: inout SupportState, _ context: ScreenContext) {
        SupportNavigator.reconcile(&state, context)
    }

    /// In the detail pane the movement keys scroll its text; in a list they move the cursor.
    private static func move(_ state: inout SupportState, _ context: ScreenContext, by delta: Int) {
        guard state.focus == .detail else { return SupportNavigator.move(&state, context, by: delta) }
        state.detailScroll = delta == Int.min ? 0 : max(0, state.detailScroll + (delta == Int.max ? 1 << 20 : delta))
    }

    private static func filterChanged(_ state: inout SupportState, _ context: inout ScreenContext, message: String? = nil) {
        SupportNavigator.reconcile(&state, context)
        let summary = SupportFilterBar.summary(state.filter, context)
        let count = "\(state.figures.cases.count) \(context.text(.supportOf)) \(context.model.dataset.supportCases.count)"
        context.message = message.map { "\($0) · \(count)" }
            ?? "\(context.text(.filterChanged)): \(summary.isEmpty ? context.text(.filterAny) : summary) · \(count)"
    }
}
