import KachestvoCore
import TerminalKit

/// The headline figures across the top of a wide Overview: each in a tile with its name, its value
/// in big digits and, for a mean, the signed change from last year.
enum OverviewTiles {
    /// The band's rows: the border, a name, three rows of digits, the change.
    static let height = 7

    static func render(_ state: OverviewState, _ figures: OverviewFigures, _ context: ScreenContext, title: String,
                       into buffer: inout Buffer, area: Rect) {
        let block = Block(title: title, borderStyle: context.style(.border), focusedBorderStyle: context.style(.focusedBorder),
                          titleStyle: context.style(.title), isFocused: state.pane == .figures)
        let inner = block.render(into: &buffer, area: area).inset(horizontal: 1, vertical: 0)
        let items = OverviewItem.headline
        let tiles = inner.split(.horizontal, items.map { _ in .fill(1) }, spacing: 2)
        for (item, tile) in zip(items, tiles) {
            let selected = state.pane == .figures && state.figure == item
            let labelStyle = selected ? context.style(.selection).adding(.bold) : context.style(.muted)
            buffer.write(Line([Span(selected ? "▸ " : "  "), Span(OverviewLabels.title(of: item, context))]),
                         x: tile.x, y: tile.y, maxWidth: tile.width, style: labelStyle, overflow: .ellipsis)
            let digits = Rect(x: tile.x + 2, y: tile.y + 1, width: max(0, tile.width - 2), height: 3)
            BigDigits(OverviewLabels.value(of: item, figures, context), glyphs: context.chartGlyphs,
                      style: context.style(.accent).adding(.bold)).render(into: &buffer, area: digits)
            if let change = OverviewLabels.change(of: item, figures, context) {
                buffer.write(Line([Span(change.text, style: change.style ?? context.style(.text)),
                                   Span(" " + context.text(.overviewSinceLastYear), style: context.style(.muted))]),
                             x: digits.x, y: tile.y + 4, maxWidth: digits.width, overflow: .ellipsis)
            }
        }
    }
}
