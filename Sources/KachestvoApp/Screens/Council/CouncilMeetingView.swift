import Bilingual
import KachestvoCore
import TerminalKit

/// The selected meeting beside the list: its date, whether it was open, topic, participants and
/// agenda (scrolled with the movement keys while focused); and under them its decisions, each with
/// its due day — marked `!` when the data's latest day has passed it — and the organisations it
/// names by short name, the selected one highlighted.
enum CouncilMeetingView {
    static func render(_ state: CouncilState, _ context: ScreenContext, into buffer: inout Buffer, layout: CouncilLayout) {
        let meeting = selectedMeeting(state, context)
        let title = meeting.map { "\(context.text(.councilMeeting)) \($0.date.dotted)" } ?? context.text(.councilMeeting)
        let block = Block(title: title, borderStyle: context.style(.border), focusedBorderStyle: context.style(.focusedBorder),
                          titleStyle: context.style(.title), isFocused: state.focus == .meeting)
        let inner = block.render(into: &buffer, area: layout.meeting).inset(horizontal: 1, vertical: 0)
        Paragraph(meeting.map { lines($0, context, width: inner.width) } ?? [context.missingFigures(.councilNoMeetings)],
                  style: context.style(.text), wrap: true, scroll: state.meetingScroll)
            .render(into: &buffer, area: inner)
        renderDecisions(meeting, state, context, into: &buffer, area: layout.decisions)
    }

    static func selectedMeeting(_ state: CouncilState, _ context: ScreenContext) -> CouncilMeeting? {
        context.model.dataset.meetings.first { $0.id == state.meeting }
    }

    private static func lines(_ meeting: CouncilMeeting, _ context: ScreenContext, width: Int) -> [Line] {
        var lines = [Line([Span(meeting.date.dotted, style: context.style(.accent).adding(.bold)),
                           Span(" · " + context.text(meeting.open ? .councilOpen : .councilClosed),
                                style: meeting.open ? context.style(.accent) : context.style(.muted))]),
                     Line(meeting.topic, style: context.style(.text).adding(.bold))]
        if !meeting.participants.isEmpty {
            lines += ["", Line(context.text(.councilParticipants), style: context.style(.header))]
            lines += meeting.participants.flatMap { item([Span(" · ", style: context.style(.muted))], $0, context, width: width) }
        }
        if !meeting.agenda.isEmpty {
            lines += ["", Line(context.text(.councilAgenda), style: context.style(.header))]
            lines += meeting.agenda.enumerated().flatMap { number, text in
                item([Span(" \(number + 1). ", style: context.style(.muted))], text, context, width: width)
            }
        }
        return lines
    }

    private static func renderDecisions(_ meeting: CouncilMeeting?, _ state: CouncilState, _ context: ScreenContext,
                                        into buffer: inout Buffer, area: Rect) {
        let focused = state.focus == .decisions
        let decisions = meeting?.decisions ?? []
        let position = decisions.isEmpty ? nil : min(state.decision, decisions.count - 1)
        let inner = PaneBox.render(.councilDecisions, rightTitle: CouncilTablesView.count(position, of: decisions.count, focused: focused, context),
                                          focused: focused, context, into: &buffer, area: area).inset(horizontal: 1, vertical: 0)
        guard !decisions.isEmpty else {
            return CouncilTablesView.empty(meeting == nil ? .councilNoMeetings : .councilNoDecisions, context, into: &buffer, area: inner)
        }
        let items = decisions.enumerated().map { decisionLines($1, number: $0 + 1, asOf: state.figures.asOf, context, width: inner.width) }
        let selected = position ?? 0
        // The first item shown: the top, or as far down as keeps the whole selected item in view.
        var first = 0, height = items[0...selected].reduce(0) { $0 + $1.count }
        while first < selected, height > inner.height {
            height -= items[first].count
            first += 1
        }
        var y = inner.y
        for (position, item) in items.enumerated().dropFirst(first) {
            for line in item where y < inner.maxY {
                buffer.write(line, x: inner.x, y: y, maxWidth: inner.width, style: context.style(.text), overflow: .ellipsis)
                if position == selected {
                    buffer.setStyle(PaneBox.selectionStyle(focused: focused, context),
                                    in: Rect(x: inner.x - 1, y: y, width: inner.width + 2, height: 1))
                }
                y += 1
            }
        }
    }

    /// «1. text», then «срок 01.12.2017 · ! просрочено» and the organisations it names.
    private static func decisionLines(_ decision: CouncilMeeting.Decision, number: Int, asOf: Day?, _ context: ScreenContext,
                                      width: Int) -> [Line] {
        let index = context.model.index
        let prefix = [Span("\(number). ", style: context.style(.muted))]
        var lines = item(prefix, decision.text, context, width: width)
        let indent = Span(String(repeating: " ", count: Line(prefix).width(using: context.textWidth)))
        if let due = decision.due {
            var spans = [indent, Span("\(context.text(.councilDue)) \(due.dotted)", style: context.style(.muted))]
            if let asOf, CouncilMeeting.isOverdue(decision, on: asOf) {
                spans.append(Span(" · ! \(context.text(.supportOverdue))", style: context.style(.danger).adding(.bold)))
            }
            lines.append(Line(spans))
        }
        if !decision.organisationIds.isEmpty {
            let names = decision.organisationIds.map { id in index.organisation(id).map { OrganisationShortName.of($0.name) } ?? id.rawValue }
            lines += HangingIndent.lines(prefix: [indent], body: [Span(names.joined(separator: ", "), style: context.style(.accent))],
                                         width: width, measure: context.textWidth)
        }
        return lines
    }

    private static func item(_ prefix: [Span], _ text: String, _ context: ScreenContext, width: Int) -> [Line] {
        HangingIndent.lines(prefix: prefix, body: [Span(text)], width: width, measure: context.textWidth)
    }
}
