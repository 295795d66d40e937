import KachestvoCore
import TerminalKit

/// The Council screen: the project council's meetings, newest first; the selected meeting's text,
/// its decisions (overdue ones marked) and its forecasts against the results that came (planned,
/// actual, the difference). Enter on a decision or a forecast lists the organisations behind it;
/// `a`, `e`, `d` add, edit and delete the meeting, decision or forecast of the focused pane.
enum CouncilScreen: Screen {
    static let commands: Set<CommandID> = [
        .moveUp, .moveDown, .pageUp, .pageDown, .moveTop, .moveBottom, .drillIn, .goBack, .nextPane, .previousPane,
        .editRecord, .addRecord, .deleteRecord,
    ]

    static let legend: [UIText] = [.legendCouncilOpen, .legendCouncilCounts, .legendCouncilOverdue, .legendCouncilForecasts]

    static func perform(_ command: CommandID, _ state: inout CouncilState, _ context: inout ScreenContext) -> [AppEffect] {
        let layout = CouncilLayout(body: context.layout.body)
        let page = switch state.focus {
        case .meetings: layout.meetingRows
        case .meeting: layout.meetingTextRows
        case .decisions: 3
        case .forecasts: layout.forecastRows
        }
        if let delta = command.movement(page: page) {
            CouncilNavigator.move(&state, context, by: delta)
            return []
        }
        switch command {
        case .nextPane, .previousPane:
            let panes = CouncilState.Pane.allCases
            let step = command == .nextPane ? 1 : panes.count - 1
            state.focus = panes[(panes.firstIndex(of: state.focus)! + step) % panes.count]
        case .drillIn:
            switch state.focus {
            case .meetings, .meeting: state.focus = .decisions
            case .decisions, .forecasts: context.drill = CouncilDrill.drill(state, &context)
            }
        case .goBack: state.focus = .meetings
        case .addRecord, .editRecord, .deleteRecord:
            context.entry = entry(command, state, context).map(EntryRequest.council)
            if context.entry == nil, state.focus == .decisions || state.focus == .forecasts, state.meeting == nil {
                context.message = context.text(.councilNoMeetingForEntry)
            }
        default: break
        }
        return []
    }

    /// What `a`, `e` or `d` asks for on the focused pane's selection; nil when there is nothing to
    /// change there (no meeting yet for a decision, no decision selected).
    private static func entry(_ command: CommandID, _ state: CouncilState, _ context: ScreenContext) -> CouncilEntry? {
        let meeting = CouncilMeetingView.selectedMeeting(state, context)
        switch (state.focus, command) {
        case (.meetings, .addRecord), (.meeting, .addRecord): return .addMeeting
        case (.meetings, .editRecord), (.meeting, .editRecord): return meeting.map { .editMeeting($0.id) }
        case (.meetings, _), (.meeting, _): return meeting.map { .deleteMeeting($0.id) }
        case (.decisions, .addRecord): return meeting.map { .addDecision($0.id) }
        case (.forecasts, .addRecord): return meeting.map { .addForecast($0.id) }
        case (.decisions, _):
            guard let meeting, meeting.decisions.indices.contains(state.decision) else { return nil }
            return command == .editRecord ? .editDecision(meeting.id, index: state.decision) : .deleteDecision(meeting.id, index: state.decision)
        case (.forecasts, _):
            guard let forecast = state.forecast else { return nil }
            return command == .editRecord ? .editForecast(forecast) : .deleteForecast(forecast)
        }
    }

    static func render(_ state: CouncilState, _ context: ScreenContext, into buffer: inout Buffer, area: Rect) {
        let layout = CouncilLayout(body: area)
        CouncilTablesView.renderMeetings(state, context, into: &buffer, area: layout.meetings)
        CouncilMeetingView.render(state, context, into: &buffer, layout: layout)
        CouncilTablesView.renderForecasts(state, context, into: &buffer, area: layout.forecasts)
    }

    static func refresh(_ state: inout CouncilState, _ context: ScreenContext) {
        CouncilNavigator.reconcile(&state, context)
    }
}
