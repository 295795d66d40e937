import Bilingual
import KachestvoCore
import TerminalKit

/// Draws the Funding screen: the quadrant with its key, the selected organisation, the two lists.
enum FundingView {
    /// The key under the plot: the four quadrants, two a row.
    private static let keyRows: [[FundingQuadrant]] = [[.raisedWeak, .raisedStrong], [.effectiveOrdinary, .ordinaryWeaker]]

    static func render(_ state: FundingState, _ context: ScreenContext, into buffer: inout Buffer, area: Rect) {
        let layout = FundingLayout(body: area)
        let plotBlock = Block(title: context.text(.fundingPlotTitle), rightTitle: AcademicYear(year: context.year).label,
                              borderStyle: context.style(.border), focusedBorderStyle: context.style(.focusedBorder),
                              titleStyle: context.style(.title), isFocused: state.focus == .plot)
        plotBlock.render(into: &buffer, area: layout.plotBlock)
        let detailBlock = Block(title: context.text(.detailTitle), borderStyle: context.style(.border), titleStyle: context.style(.title))
        let detail = detailBlock.render(into: &buffer, area: layout.detailBlock).inset(horizontal: 1, vertical: 0)
        if state.figures.points.isEmpty {
            let none = context.model.isDigestOnly ? context.missingFigures(.fundingNoPoints) : Line(context.text(.fundingNoPoints), style: context.style(.muted))
            buffer.write(none, x: layout.plotInner.x + 1, y: layout.plotInner.y, maxWidth: layout.plotInner.width - 1, overflow: .ellipsis)
        } else {
            let glyphs = context.chartGlyphs
            FundingPlot.scatter(state, context, glyphs: glyphs, width: layout.scatter.width).render(into: &buffer, area: layout.scatter)
            renderKey(state, context, glyphs: glyphs, into: &buffer, area: layout.keyRows)
            Paragraph(FundingDetail.lines(state, context, width: detail.width), style: context.style(.text), wrap: true)
                .render(into: &buffer, area: detail)
        }
        FundingLists.render(state, context, into: &buffer, layout: layout)
    }

    private static func renderKey(_ state: FundingState, _ context: ScreenContext, glyphs: ChartGlyphs,
                                  into buffer: inout Buffer, area: Rect) {
        let half = area.width / 2
        for (row, quadrants) in keyRows.enumerated() where row < area.height {
            for (column, quadrant) in quadrants.enumerated() {
                let style = FundingPlot.style(of: quadrant, context)
                let line = Line([
                    Span("\(FundingPlot.keyGlyph(of: quadrant, glyphs)) ", style: style),
                    Span(context.text(FundingPlot.shortLabel(of: quadrant)) + " ", style: context.style(.text)),
                    Span(NumberText.grouped(state.figures.counts[quadrant] ?? 0, context.language), style: style),
                ])
                buffer.write(line, x: area.x + 1 + column * half, y: area.y + row, maxWidth: half - 1, overflow: .ellipsis)
            }
        }
    }
}
