import Bilingual
import KachestvoCore
import TerminalKit

/// The Funding screen: the council's quadrant — the funding coefficient against a result index, a
/// point per organisation — with the cursor's organisation beside it and the two lists below:
/// FUNDED_NO_EFFECT and EFFECTIVE_NO_FUNDING with their reasons. The two percentile thresholds can
/// be tried on screen (`+` `-` `a`) and saved into the data file (`w`).
enum FundingScreen: Screen {
    static let commands: Set<CommandID> = [
        .moveUp, .moveDown, .moveLeft, .moveRight, .pageUp, .pageDown, .moveTop, .moveBottom, .drillIn, .goBack,
        .nextPane, .previousPane, .raiseThreshold, .lowerThreshold, .pickThreshold, .saveThresholds,
    ]

    static let legend: [UIText] = [.legendFundingPoints, .legendFundingLines, .legendFundingKeys]

    /// How far `+` and `-` move a threshold, and the range it stays in.
    static let thresholdStep = 0.05
    static let thresholdRange = 0.05...0.95

    static func perform(_ command: CommandID, _ state: inout FundingState, _ context: inout ScreenContext) -> [AppEffect] {
        let page = FundingLayout(body: context.layout.body).listRows
        if state.focus == .plot, let direction = direction(of: command) {
            moveCursor(direction, &state, context)
            return []
        }
        switch command {
        case .moveLeft, .moveRight:
            state.focus = state.focus == .fundedList ? .effectiveList : .fundedList
            selectInList(&state, by: 0, page: page)
        case .moveUp: selectInList(&state, by: -1, page: page)
        case .moveDown: selectInList(&state, by: 1, page: page)
        case .pageUp: selectInList(&state, by: -page, page: page)
        case .pageDown: selectInList(&state, by: page, page: page)
        case .moveTop: selectInList(&state, by: Int.min / 2, page: page)
        case .moveBottom: selectInList(&state, by: Int.max / 2, page: page)
        case .nextPane, .previousPane:
            let panes = FundingState.Pane.allCases, step = command == .nextPane ? 1 : panes.count - 1
            state.focus = panes[(panes.firstIndex(of: state.focus)! + step) % panes.count]
            selectInList(&state, by: 0, page: page)
        case .goBack: state.focus = .plot
        case .drillIn: context.drill = FundingDrill.request(state, context)
        case .raiseThreshold: adjust(&state, &context, by: thresholdStep)
        case .lowerThreshold: adjust(&state, &context, by: -thresholdStep)
        case .pickThreshold:
            let choices = FundingState.Threshold.allCases
            state.adjusting = choices[(choices.firstIndex(of: state.adjusting)! + 1) % choices.count]
            context.message = thresholdMessage(state, context)
        case .saveThresholds:
            guard let trial = state.trial, trial != context.model.dataset.thresholds else {
                context.message = context.text(.fundingUnchanged)
                return []
            }
            guard context.loading == nil else {
                context.message = context.text(.reloadBusy)
                return []
            }
            context.message = context.text(.fundingSaving)
            return [.saveThresholds(trial)]
        default: break
        }
        return []
    }

    static func render(_ state: FundingState, _ context: ScreenContext, into buffer: inout Buffer, area: Rect) {
        FundingView.render(state, context, into: &buffer, area: area)
    }

    /// An organisation found by search is shown under the cursor when it is plotted.
    static func reveal(_ organisation: Identifier<Organisation>, _ state: inout FundingState, _ context: ScreenContext) -> Bool {
        guard state.figures.place[organisation] != nil else { return false }
        state.selected = organisation
        state.focus = .plot
        return true
    }

    static func refresh(_ state: inout FundingState, _ context: ScreenContext) {
        let page = FundingLayout(body: context.layout.body).listRows
        if state.trial == context.model.dataset.thresholds { state.trial = nil }
        state.figures.update(model: context.model, year: context.year, thresholds: state.thresholds(context))
        if state.selectedPoint == nil {
            let figures = state.figures
            let first = figures.fundedNoEffect.first ?? figures.effectiveNoFunding.first ?? (figures.points.isEmpty ? nil : 0)
            state.selected = first.map { figures.points[$0].financing.organisationId }
        }
        selectInList(&state, by: 0, page: page)
    }

    // MARK: Moving

    private static func direction(of command: CommandID) -> PlotCursor.Direction? {
        switch command {
        case .moveLeft: .left
        case .moveRight: .right
        case .moveUp: .up
        case .moveDown: .down
        default: nil
        }
    }

    private static func moveCursor(_ direction: PlotCursor.Direction, _ state: inout FundingState, _ context: ScreenContext) {
        guard let current = state.selectedPoint else { return }
        let scatter = FundingLayout(body: context.layout.body).scatter
        let positions = FundingPlot.cursorPositions(state.figures, width: scatter.width, height: scatter.height)
        guard let next = PlotCursor.nearest(from: current, toward: direction, among: positions) else { return }
        state.selected = state.figures.points[next].financing.organisationId
    }

    /// In a list: moves the selection by `delta` entries (0 keeps it, or takes the first entry when
    /// the selection is not in the list), and keeps the list's scroll offset on it.
    private static func selectInList(_ state: inout FundingState, by delta: Int, page: Int) {
        let list = state.figures.list(state.focus)
        guard !list.isEmpty else { return }
        let row = state.selectedPoint.flatMap { list.firstIndex(of: $0) }
        let target = row.map { min(max($0 + delta, 0), list.count - 1) } ?? 0
        state.selected = state.figures.points[list[target]].financing.organisationId
        state.listOffsets[state.focus] = ScrollState.offset(selected: target, visible: page, current: state.listOffsets[state.focus] ?? 0,
                                                            count: list.count)
    }

    // MARK: Thresholds

    private static func adjust(_ state: inout FundingState, _ context: inout ScreenContext, by step: Double) {
        var thresholds = state.thresholds(context)
        let path = state.adjusting.keyPath
        // Whole percents, so that steps add up to the figures shown.
        let moved = ((thresholds[keyPath: path] + step) * 100).rounded() / 100
        thresholds[keyPath: path] = min(max(moved, thresholdRange.lowerBound), thresholdRange.upperBound)
        state.trial = thresholds == context.model.dataset.thresholds ? nil : thresholds
        state.figures.update(model: context.model, year: context.year, thresholds: thresholds)
        context.message = thresholdMessage(state, context)
    }

    private static func thresholdMessage(_ state: FundingState, _ context: ScreenContext) -> String {
        let value = state.thresholds(context)[keyPath: state.adjusting.keyPath]
        var message = "\(context.text(.fundingThresholdNow)) «\(context.text(state.adjusting.shortTitle)) "
            + "\(NumberText.percent(value, context.language))»"
        if state.trial != nil { message += " (\(context.text(.fundingUnsaved)))" }
        return message
    }
}
