import Bilingual
import KachestvoCore
import TerminalKit

/// The Network screen: breadcrumbs with year, sort and view; Miller columns over the hierarchy; and
/// the detail pane of the selection.
enum NetworkView {
    static func render(_ state: NetworkState, _ context: ScreenContext, into buffer: inout Buffer, area: Rect) {
        let layout = NetworkLayout(body: area)
        let path = NetworkNavigator.path(state, context)
        renderHeader(path, state, context, into: &buffer, area: layout.header)
        NetworkColumnsView.render(path, state, context, into: &buffer, layout: layout)
        let block = Block(title: context.text(.detailTitle), borderStyle: context.style(.border),
                          focusedBorderStyle: context.style(.focusedBorder), titleStyle: context.style(.title),
                          isFocused: state.focus == .detail)
        let inner = block.render(into: &buffer, area: layout.detail).inset(horizontal: 1, vertical: 0)
        guard let node = path.last else { return }
        Paragraph(DetailPane.lines(for: node, state, context, width: inner.width), style: context.style(.text), wrap: true,
                  scroll: state.detailScroll)
            .render(into: &buffer, area: inner)
    }

    /// The breadcrumb on the left, the year, sort and view on the right. When the breadcrumb's last
    /// part (where the user is) would not fit beside them, the right side drops its labels and the
    /// view's name; the breadcrumb then shortens its earlier parts and keeps the last whole.
    private static func renderHeader(_ path: [Int], _ state: NetworkState, _ context: ScreenContext,
                                     into buffer: inout Buffer, area: Rect) {
        buffer.fill(area, with: Cell(style: context.style(.background)))
        let measure = buffer.textWidth
        let parts = NodeLabel.breadcrumb(path, state, context)
        let separator = " › "
        // Room for the last part whole and a few letters of each earlier one.
        let wanted = (parts.last.map { measure.width(of: $0) } ?? 0) + 2
            + parts.dropLast().reduce(0) { $0 + measure.width(of: separator) + min(8, measure.width(of: $1)) }
        let full = headerRight(state, context, compact: false)
        let right = area.width - full.width(using: measure) >= wanted ? full : headerRight(state, context, compact: true)
        let rightWidth = min(right.width(using: measure), area.width)
        buffer.write(right, x: area.maxX - rightWidth, y: area.y, maxWidth: rightWidth, overflow: .ellipsis)
        let room = max(0, area.width - rightWidth - 2)
        let separatorWidth = measure.width(of: separator)
        let fitsWhole = parts.reduce(0) { $0 + measure.width(of: $1) } + separatorWidth * (parts.count - 1) <= room
        let shortened = fitsWhole ? parts : parts.dropLast().map(OrganisationShortName.of) + parts.suffix(1)
        let fitted = measure.breadcrumbFitted(shortened, separatorWidth: separatorWidth, to: room)
        var spans: [Span] = []
        for (index, part) in fitted.enumerated() {
            if index > 0 { spans.append(Span(separator, style: context.style(.muted))) }
            spans.append(Span(part, style: index == fitted.count - 1 ? context.style(.title) : context.style(.text)))
        }
        buffer.write(Line(spans), x: area.x + 1, y: area.y, maxWidth: room, overflow: .ellipsis)
    }

    private static func headerRight(_ state: NetworkState, _ context: ScreenContext, compact: Bool) -> Line {
        var spans: [Span] = []
        if !compact { spans.append(Span("\(context.text(.year)): ", style: context.style(.muted))) }
        spans.append(Span("◂ \(AcademicYear(year: context.year).label) ▸", style: context.style(.accent).adding(.bold)))
        spans.append(Span(compact ? "  " : "  \(context.text(.sortLabel)): ", style: context.style(.muted)))
        spans.append(Span(context.text(state.sort.label) + (state.sortDescends ? " ▼" : " ▲"), style: context.style(.text)))
        if !compact {
            spans.append(Span("  " + context.text(state.view == .network ? .networkView : .administrativeView) + " ",
                              style: context.style(.accent)))
        } else {
            spans.append(Span(" "))
        }
        return Line(spans)
    }
}
