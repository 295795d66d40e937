import TerminalKit

/// The Council screen's panes: the meetings on the left and, beside them, the selected meeting's
/// text above its decisions; its forecasts across the whole width below, where their table has
/// room for every column even at 80 columns. A pure function of the body, used to draw and to scroll.
struct CouncilLayout: Equatable, Sendable {
    let meetings: Rect
    let meeting: Rect
    let decisions: Rect
    let forecasts: Rect

    init(body: Rect) {
        let forecastsHeight = max(5, body.height * 2 / 5)
        let top = Rect(x: body.x, y: body.y, width: body.width, height: max(0, body.height - forecastsHeight))
        forecasts = Rect(x: body.x, y: top.maxY, width: body.width, height: body.height - top.height)
        let listWidth = body.width * (body.width >= 120 ? 36 : 40) / 100
        meetings = Rect(x: top.x, y: top.y, width: listWidth, height: top.height)
        let meetingHeight = (top.height * 9 + 10) / 20
        meeting = Rect(x: top.x + listWidth, y: top.y, width: top.width - listWidth, height: meetingHeight)
        decisions = Rect(x: meeting.x, y: meeting.maxY, width: meeting.width, height: top.height - meetingHeight)
    }

    /// Rows of entries a table box shows: inside its border, under its column header.
    var meetingRows: Int { max(1, meetings.height - 3) }
    var forecastRows: Int { max(1, forecasts.height - 3) }
    /// Rows of text inside a box's border.
    var meetingTextRows: Int { max(1, meeting.height - 2) }
}
