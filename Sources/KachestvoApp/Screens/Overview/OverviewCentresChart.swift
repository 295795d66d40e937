import Bilingual
import KachestvoCore
import TerminalKit

/// The bars of the result index per КЦ (`CentreResultIndex`: the share of its network above the
/// region's mean), the chosen one in a pattern of its own, and under them what the chosen bar counts.
enum OverviewCentresChart {
    /// One bar: the КЦ's short name, its share (nil when none of its network has a score) and the
    /// share as text.
    struct Bar: Equatable {
        let id: Identifier<Organisation>
        let label: String
        let value: Double?
        let valueText: String
    }

    static func bars(_ figures: OverviewFigures, _ context: ScreenContext, labelWidth: Int) -> [Bar] {
        let names = figures.centres.map { OrganisationShortName.of(context.model.dataset.organisations[$0.centre].name) }
        let labels = context.textWidth.distinctlyClipped(names, to: labelWidth)
        return zip(figures.centres, labels).map { centre, label in
            Bar(id: centre.id, label: label, value: centre.share,
                valueText: centre.share.map { NumberText.percent($0, context.language) } ?? "—")
        }
    }

    static func render(_ state: OverviewState, _ figures: OverviewFigures, _ context: ScreenContext,
                       into buffer: inout Buffer, area: Rect) {
        let block = Block(title: context.text(.overviewCentreIndex), borderStyle: context.style(.border),
                          focusedBorderStyle: context.style(.focusedBorder), titleStyle: context.style(.title),
                          isFocused: state.pane == .centres)
        let inner = block.render(into: &buffer, area: area).inset(horizontal: 1, vertical: 0)
        guard !OverviewFigures.detailsPending(context), !figures.centres.isEmpty, inner.height >= 2 else {
            buffer.write(context.missingFigures(.noResults), x: inner.x, y: inner.y, maxWidth: inner.width, overflow: .ellipsis)
            return
        }
        let (chart, note) = inner.splitBottom(1)
        let bars = bars(figures, context, labelWidth: min(20, max(6, chart.width / 3)))
        let selection = context.style(.selection).adding(state.pane == .centres ? .bold : .dim)
        // Shares on one scale, 0 to 100 %, so that a bar's length reads the same whichever КЦ leads.
        BarChart(items: bars.map { BarChartItem(label: $0.label, value: $0.value ?? 0, valueText: $0.valueText) },
                 maximum: 1, selected: bars.firstIndex { $0.id == state.centre }, glyphs: context.chartGlyphs,
                 style: context.style(.text), barStyle: context.style(.series1), selectionStyle: selection)
            .render(into: &buffer, area: chart)
        if let centre = state.centre.flatMap(figures.centre) {
            let text = "\(centre.above) \(context.text(.overviewOf)) \(centre.scored) \(context.text(.overviewAboveRegion))"
            buffer.write(text, x: note.x, y: note.y, maxWidth: note.width, style: context.style(.muted), overflow: .ellipsis)
        }
    }
}
