import Bilingual
import KachestvoCore
import TerminalKit

/// The Overview's frame. At 120 columns and more the headline figures stand in big digits across the
/// top, with the other figures, the bars per КЦ and the trends below; narrower, every figure is a
/// compact row on the left and the bars and trends share the right.
enum OverviewView {
    /// Where big digits start to fit.
    static let wideWidth = 120, wideHeight = 32

    static func render(_ state: OverviewState, _ context: ScreenContext, into buffer: inout Buffer, area: Rect) {
        guard let figures = state.figures else { return }
        let title = "\(context.text(.tabOverview)) · ◂ \(AcademicYear(year: figures.year).label) ▸"
        var rest = area
        var listed = OverviewItem.figures
        if area.width >= wideWidth, area.height >= wideHeight {
            let (top, below) = area.splitTop(OverviewTiles.height)
            OverviewTiles.render(state, figures, context, title: title, into: &buffer, area: top)
            rest = below
            listed.removeAll(where: OverviewItem.headline.contains)
        }
        let (left, right) = rest.splitLeft(min(46, max(38, rest.width * 2 / 5)))
        let figuresBlock = Block(title: listed.count == OverviewItem.figures.count ? title : context.text(.overviewFiguresTitle),
                                 borderStyle: context.style(.border), focusedBorderStyle: context.style(.focusedBorder),
                                 titleStyle: context.style(.title), isFocused: state.pane == .figures)
        let inner = figuresBlock.render(into: &buffer, area: left)
        OverviewFigureRows.render(listed, state, figures, context, into: &buffer, area: inner)
        // The bars take what they need (a row each, the border and the note), the trends the rest.
        let chartHeight = min(max(5, figures.centres.count + 3), right.height - OverviewTrendsView.height)
        let (chart, trends) = right.splitTop(chartHeight)
        OverviewCentresChart.render(state, figures, context, into: &buffer, area: chart)
        OverviewTrendsView.render(figures, context, into: &buffer, area: trends)
    }
}
