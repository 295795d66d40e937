import KachestvoCore

/// Where the user is on the Council screen, by identity: the selected meeting, its selected decision
/// (decisions have no id of their own: their place in the meeting) and forecast, which pane has the
/// focus, the scrolls — and the figures computed for the current model.
public struct CouncilState: Sendable, Equatable {
    /// The panes Tab cycles through: the meetings, the selected meeting's text, its decisions, its
    /// forecasts.
    public enum Pane: CaseIterable, Sendable {
        case meetings, meeting, decisions, forecasts
    }

    public var focus: Pane = .meetings
    public var meeting: Identifier<CouncilMeeting>?
    public var decision = 0
    public var forecast: Identifier<Forecast>?
    /// First visible row of the meetings and the forecasts; rows of the meeting's text scrolled off.
    public var meetingOffset = 0
    public var forecastOffset = 0
    public var meetingScroll = 0
    var figures = CouncilFigures()

    public init() {}
}
