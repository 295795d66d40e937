import Bilingual
import KachestvoCore
import TerminalKit

/// The Council screen's two tables: the meetings, newest first (date, ◉ for an open one, topic,
/// counts of decisions and forecasts), and the selected meeting's forecasts (indicator, subject,
/// scope, year, planned, actual, the difference with its sign).
enum CouncilTablesView {
    static func renderMeetings(_ state: CouncilState, _ context: ScreenContext, into buffer: inout Buffer, area: Rect) {
        let figures = state.figures, dataset = context.model.dataset
        let focused = state.focus == .meetings
        let inner = PaneBox.render(.councilMeetings, rightTitle: count(figures.position(of: state.meeting, in: dataset), of: figures.meetings.count,
                                                            focused: focused, context),
                        focused: focused, context, into: &buffer, area: area)
        guard !figures.meetings.isEmpty else { return empty(.councilNoMeetings, context, into: &buffer, area: inner) }
        let table = TableView(
            columns: [TableColumn(context.text(.councilDate), width: .length(10)), TableColumn("", width: .length(1)),
                      TableColumn(context.text(.councilTopic), width: .fill(1)),
                      TableColumn(context.text(.councilDecisionsShort), width: .length(3), alignment: .right),
                      TableColumn(context.text(.councilForecastsShort), width: .length(3), alignment: .right)],
            rowCount: figures.meetings.count,
            row: { row in
                let meeting = dataset.meetings[figures.meetings[row]]
                return [Line(meeting.date.dotted), Line(meeting.open ? "◉" : "", style: context.style(.accent)), Line(meeting.topic),
                        Line(NumberText.grouped(meeting.decisions.count, context.language), style: context.style(.muted)),
                        Line(NumberText.grouped(figures.forecasts(of: meeting.id).count, context.language), style: context.style(.muted))]
            },
            selected: figures.position(of: state.meeting, in: dataset), offset: state.meetingOffset,
            style: context.style(.text), headerStyle: context.style(.header), selectionStyle: PaneBox.selectionStyle(focused: focused, context))
        table.render(into: &buffer, area: inner)
    }

    static func forecastColumns(_ context: ScreenContext) -> [TableColumn] {
        [TableColumn(context.text(.councilIndicator), width: .fill(3)), TableColumn(context.text(.subject), width: .fill(3)),
         TableColumn(context.text(.councilScope), width: .fill(4)), TableColumn(context.text(.year), width: .length(4)),
         TableColumn(context.text(.councilPlanned), width: .length(7), alignment: .right),
         TableColumn(context.text(.councilActual), width: .length(7), alignment: .right),
         TableColumn(context.text(.councilDifference), width: .length(6), alignment: .right)]
    }

    static func renderForecasts(_ state: CouncilState, _ context: ScreenContext, into buffer: inout Buffer, area: Rect) {
        let figures = state.figures, index = context.model.index
        let focused = state.focus == .forecasts
        let rows = figures.forecasts(of: state.meeting)
        let selected = rows.firstIndex { index.dataset.forecasts[$0].id == state.forecast }
        let inner = PaneBox.render(.councilForecasts, rightTitle: count(selected, of: rows.count, focused: focused, context),
                        focused: focused, context, into: &buffer, area: area)
        guard !rows.isEmpty else {
            return empty(figures.meetings.isEmpty ? .councilNoMeetings : .councilNoForecasts, context, into: &buffer, area: inner)
        }
        let columns = forecastColumns(context)
        let subjectWidth = Layout.split(inner.row(0), direction: .horizontal, constraints: columns.map(\.width), spacing: 1)[1].width
        let table = TableView(
            columns: columns, rowCount: rows.count,
            row: { row in
                let forecast = index.dataset.forecasts[rows[row]]
                let subject = index.subject(forecast.subjectId)
                let actual = figures.actuals[forecast.id]
                let difference = ForecastText.difference(forecast, actual: actual, subject, context.language)
                return [Line(ForecastText.indicatorName(forecast.indicator, subject, context)),
                        Line(subjectLabel(subject, forecast.subjectId, width: subjectWidth, context)),
                        Line(ForecastText.scope(forecast.scope, context)), Line(String(forecast.year), style: context.style(.muted)),
                        Line(ForecastText.value(forecast.planned, forecast.indicator, subject, context.language)),
                        Line(ForecastText.value(actual, forecast.indicator, subject, context.language), style: context.style(.text).adding(.bold)),
                        Line(difference?.text ?? "—", style: difference?.style(context, better: ForecastText.better(forecast.indicator)))]
            },
            selected: selected, offset: state.forecastOffset,
            style: context.style(.text), headerStyle: context.style(.header), selectionStyle: PaneBox.selectionStyle(focused: focused, context))
        table.render(into: &buffer, area: inner)
    }

    /// «ЕГЭ Русский язык» where it fits, else «ЕГЭ Рус. яз.», else the short name alone.
    static func subjectLabel(_ subject: Subject?, _ id: Identifier<Subject>, width: Int, _ context: ScreenContext) -> String {
        guard let subject else { return id.rawValue }
        let exam = subject.exam.abbreviation
        return ["\(exam) \(subject.name)", "\(exam) \(subject.shortName)"].first { context.textWidth.width(of: $0) <= width }
            ?? subject.shortName
    }

    /// A box's count, and in the focused one where the cursor is: «4», «2/4».
    static func count(_ position: Int?, of count: Int, focused: Bool, _ context: ScreenContext) -> String {
        let total = NumberText.grouped(count, context.language)
        guard focused, let position else { return total }
        return "\(NumberText.grouped(position + 1, context.language))/\(total)"
    }

    static func empty(_ text: UIText, _ context: ScreenContext, into buffer: inout Buffer, area: Rect) {
        Paragraph([context.missingFigures(text)], style: context.style(.text), wrap: true)
            .render(into: &buffer, area: area.inset(horizontal: 1, vertical: 0))
    }
}
