import KachestvoCore
import TerminalKit

/// The figures pane as rows: each item's name on the left, its figure (and a mean's signed change)
/// on the right, a heading over the flags. The chosen item carries a «▸» as well as the selection's
/// colours, so it shows in mono too.
enum OverviewFigureRows {
    private enum Row {
        case item(OverviewItem)
        case heading(UIText)
        case blank
    }

    /// Draws `items` (in their cursor order) into `area`, scrolled so that the chosen one shows.
    static func render(_ items: [OverviewItem], _ state: OverviewState, _ figures: OverviewFigures,
                       _ context: ScreenContext, into buffer: inout Buffer, area: Rect) {
        var rows: [Row] = []
        for item in items {
            if case .flag(let flag) = item, flag == Flag.allCases.first {
                rows += rows.isEmpty ? [.heading(.overviewFlagsHeading)] : [.blank, .heading(.overviewFlagsHeading)]
            } else if item == .supportCases, !rows.isEmpty {
                rows.append(.blank)
            }
            rows.append(.item(item))
        }
        let chosen = rows.firstIndex { if case .item(let item) = $0 { item == state.figure } else { false } } ?? 0
        let top = max(0, min(chosen - area.height + 1, rows.count - area.height))
        for (offset, row) in rows.dropFirst(top).prefix(area.height).enumerated() {
            let line = area.row(offset)
            switch row {
            case .blank: break
            case .heading(let text):
                buffer.write(context.text(text), x: line.x + 2, y: line.y, maxWidth: line.width - 2,
                             style: context.style(.header), overflow: .ellipsis)
            case .item(let item):
                renderItem(item, selected: item == state.figure, focused: state.pane == .figures, figures, context,
                           into: &buffer, area: line)
            }
        }
    }

    private static func renderItem(_ item: OverviewItem, selected: Bool, focused: Bool, _ figures: OverviewFigures,
                                   _ context: ScreenContext, into buffer: inout Buffer, area: Rect) {
        let style = selected ? context.style(.selection).adding(focused ? .bold : .dim) : context.style(.text)
        if selected { buffer.fill(area, with: Cell(style: style)) }
        var right = [Span(OverviewLabels.value(of: item, figures, context), style: selected ? nil : context.style(.accent))]
        if let change = OverviewLabels.change(of: item, figures, context) {
            right += [Span(" "), selected ? Span(change.text) : change]
        }
        let value = Line(right + [Span(" ")])
        let valueWidth = min(area.width, value.width(using: buffer.textWidth))
        buffer.write(value, x: area.maxX - valueWidth, y: area.y, maxWidth: valueWidth, style: style)
        buffer.write(Line([Span(selected ? "▸ " : "  "), Span(OverviewLabels.title(of: item, context))]),
                     x: area.x, y: area.y, maxWidth: max(0, area.width - valueWidth - 1), style: style, overflow: .ellipsis)
    }
}

extension OverviewItem {
    /// Whether the item is one of the region's ЕГЭ means (which show a change from last year).
    var isMean: Bool {
        if case .mean = self { return true }
        return false
    }
}
