import KachestvoCore
import TerminalKit

/// Moving on the Council screen: the cursor of the focused pane, the selections kept by identity
/// when the model changes (a meeting gone selects the newest), and a record just added selected.
enum CouncilNavigator {
    /// Recomputes the figures for a new model and re-finds the selections and scrolls.
    static func reconcile(_ state: inout CouncilState, _ context: ScreenContext) {
        state.figures.update(context)
        let dataset = context.model.dataset
        if state.figures.position(of: state.meeting, in: dataset) == nil {
            state.meeting = state.figures.meetings.first.map { dataset.meetings[$0].id }
            state.meetingScroll = 0
        }
        let meeting = CouncilMeetingView.selectedMeeting(state, context)
        state.decision = min(max(0, state.decision), max(0, (meeting?.decisions.count ?? 0) - 1))
        let forecasts = state.figures.forecasts(of: state.meeting).map { dataset.forecasts[$0].id }
        if let forecast = state.forecast, !forecasts.contains(forecast) { state.forecast = nil }
        if state.forecast == nil { state.forecast = forecasts.first }
        let layout = CouncilLayout(body: context.layout.body)
        state.meetingOffset = ScrollState.offset(selected: state.figures.position(of: state.meeting, in: dataset),
                                                 visible: layout.meetingRows, current: state.meetingOffset, count: state.figures.meetings.count)
        state.forecastOffset = ScrollState.offset(selected: state.forecast.flatMap(forecasts.firstIndex), visible: layout.forecastRows,
                                                  current: state.forecastOffset, count: forecasts.count)
    }

    /// Moves the focused pane's cursor `delta` rows (clamped; `Int.min`/`Int.max` reach the ends);
    /// in the meeting's text, scrolls it.
    static func move(_ state: inout CouncilState, _ context: ScreenContext, by delta: Int) {
        func target(from position: Int, count: Int) -> Int {
            let moved = delta == Int.min ? 0 : delta == Int.max ? count - 1 : position + delta
            return min(max(0, moved), max(0, count - 1))
        }
        let dataset = context.model.dataset
        switch state.focus {
        case .meetings:
            let meetings = state.figures.meetings
            guard !meetings.isEmpty else { return }
            let position = target(from: state.figures.position(of: state.meeting, in: dataset) ?? 0, count: meetings.count)
            select(meeting: dataset.meetings[meetings[position]].id, &state)
        case .meeting:
            state.meetingScroll = delta == Int.min ? 0 : max(0, state.meetingScroll + (delta == Int.max ? 1 << 20 : delta))
        case .decisions:
            let count = CouncilMeetingView.selectedMeeting(state, context)?.decisions.count ?? 0
            state.decision = target(from: state.decision, count: count)
        case .forecasts:
            let forecasts = state.figures.forecasts(of: state.meeting).map { dataset.forecasts[$0].id }
            guard !forecasts.isEmpty else { return }
            state.forecast = forecasts[target(from: state.forecast.flatMap(forecasts.firstIndex) ?? 0, count: forecasts.count)]
        }
        reconcile(&state, context)
    }

    /// Selects a meeting, its first decision and forecast, its text from the top.
    static func select(meeting: Identifier<CouncilMeeting>, _ state: inout CouncilState) {
        guard meeting != state.meeting else { return }
        (state.meeting, state.decision, state.forecast, state.meetingScroll) = (meeting, 0, nil, 0)
    }
}
