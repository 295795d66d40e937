import KachestvoCore
import TerminalKit

/// Moving on the Support screen: the cursor in the focused list (the Σ row is row 0), keeping the
/// selection by identity when the lists change, the step cursor of the detail pane, and the request
/// Enter makes for the organisations behind a row.
enum SupportNavigator {
    /// Recomputes the figures if the model, year or filter changed, and re-finds the selections.
    static func reconcile(_ state: inout SupportState, _ context: ScreenContext) {
        state.figures.update(context, filter: state.filter)
        let dataset = context.model.dataset
        if state.figures.position(of: state.caseRow, in: dataset) == 0 { state.caseRow = .all }
        if state.figures.position(of: state.candidateRow) == 0 { state.candidateRow = .all }
        let layout = SupportLayout(body: context.layout.body)
        state.caseOffset = ScrollState.offset(selected: state.figures.position(of: state.caseRow, in: dataset), visible: layout.caseRows,
                                              current: state.caseOffset, count: state.figures.caseRowCount)
        state.candidateOffset = ScrollState.offset(selected: state.figures.position(of: state.candidateRow), visible: layout.candidateRows,
                                                   current: state.candidateOffset, count: state.figures.candidateRowCount)
    }

    /// Moves the focused list's cursor `delta` rows (clamped; `Int.min`/`Int.max` reach the ends).
    static func move(_ state: inout SupportState, _ context: ScreenContext, by delta: Int) {
        let dataset = context.model.dataset
        func target(from position: Int, count: Int) -> Int {
            let moved = delta == Int.min ? 0 : delta == Int.max ? count - 1 : position + delta
            return min(max(0, moved), max(0, count - 1))
        }
        switch state.focus {
        case .cases:
            let position = target(from: state.figures.position(of: state.caseRow, in: dataset), count: state.figures.caseRowCount)
            state.caseRow = state.figures.caseRow(at: position, in: dataset)
        case .candidates:
            let position = target(from: state.figures.position(of: state.candidateRow), count: state.figures.candidateRowCount)
            state.candidateRow = state.figures.candidateRow(at: position)
        case .detail:
            return
        }
        (state.detailScroll, state.step) = (0, 0)
        reconcile(&state, context)
    }

    /// The case the detail pane describes and its selected step (clamped to the plan), when it has steps.
    static func selectedStep(_ state: SupportState, _ context: ScreenContext) -> (supportCase: SupportCase, index: Int)? {
        guard state.described == .cases, case .entry(let id) = state.caseRow,
              let supportCase = context.model.dataset.supportCases.first(where: { $0.id == id }), !supportCase.plan.isEmpty else {
            return nil
        }
        return (supportCase, min(max(0, state.step), supportCase.plan.count - 1))
    }

    /// Moves the step cursor `delta` steps (clamped) and scrolls the detail pane to show it.
    static func moveStep(_ state: inout SupportState, _ context: ScreenContext, by delta: Int) {
        guard let (supportCase, index) = selectedStep(state, context) else { return }
        state.step = min(max(0, index + delta), supportCase.plan.count - 1)
        let layout = SupportLayout(body: context.layout.body)
        guard let (row, rows) = SupportDetailLines.selectedStepRow(state, context, width: layout.detailColumns) else { return }
        state.detailScroll = ScrollState.offset(selected: row, visible: layout.detailRows, current: state.detailScroll, count: rows)
    }

    /// The organisations behind the selected row of the list the detail describes: one school, or
    /// every school of the list for its Σ row, each with its risk score of the year.
    static func drill(_ state: SupportState, _ context: ScreenContext) -> OrganisationDrill? {
        let index = context.model.index
        var ids: [Identifier<Organisation>] = []
        var title = context.text(.supportDrillTitle) + ": "
        switch (state.described == .candidates, state.caseRow, state.candidateRow) {
        case (true, _, .entry(let id)):
            ids = [id]
        case (true, _, .all):
            ids = state.figures.candidates.map(\.organisation)
            title += context.text(.supportCandidates) + " · " + AcademicYear(year: context.year).label
        case (false, .entry(let id), _):
            ids = index.dataset.supportCases.first { $0.id == id }.map { [$0.organisationId] } ?? []
        case (false, .all, _):
            var seen = Set<Identifier<Organisation>>()
            ids = state.figures.cases.map { index.dataset.supportCases[$0].organisationId }.filter { seen.insert($0).inserted }
            let filter = SupportFilterBar.summary(state.filter, context)
            title += context.text(.supportCases) + (filter.isEmpty ? "" : " — " + filter)
        }
        guard !ids.isEmpty else { return nil }
        let isEntry = state.described == .candidates ? state.candidateRow != .all : state.caseRow != .all
        if isEntry { title += index.organisation(ids[0])?.name ?? ids[0].rawValue }
        let rows = ids.map { id in
            DrilledOrganisation(id: id, value: index.organisationIndex[id].flatMap { index.riskBreakdown(organisation: $0, year: context.year)?.total })
        }
        return OrganisationDrill(title: title, valueTitle: context.text(.supportRiskTotal), rows: rows, decimals: 2)
    }
}
