import Bilingual
import KachestvoCore
import TerminalKit

/// The region's trends over every year of the data: for each a name, a sparkline with a run of cells
/// per year (oldest on the left) and the chosen year's value; under them the chosen year, marked, and
/// where there is room (a wide, tall screen) every year and each year's value under its run.
enum OverviewTrendsView {
    /// The rows the block needs at least: a row per trend, the years, the border.
    static let height = RegionTrend.allCases.count + 3

    static func render(_ figures: OverviewFigures, _ context: ScreenContext, into buffer: inout Buffer, area: Rect) {
        let span = [figures.years.first, figures.years.last].compactMap { $0.map(String.init) }
        let block = Block(title: context.text(.overviewTrends), rightTitle: Set(span).count == 2 ? span.joined(separator: "–") : span.first,
                          borderStyle: context.style(.border), titleStyle: context.style(.title))
        let inner = block.render(into: &buffer, area: area).inset(horizontal: 1, vertical: 0)
        let measure = buffer.textWidth, trends = RegionTrend.allCases
        let slot = figures.years.firstIndex(of: figures.year)
        let labels = trends.map { context.text($0.label) }
        let chosen = trends.map { trend in
            slot.flatMap { figures.trends[trend]?[$0] }.map { trend.text($0, context.language) } ?? "—"
        }
        let labelWidth = labels.map { measure.width(of: $0) }.max() ?? 0
        let valueWidth = chosen.map { measure.width(of: $0) }.max() ?? 0
        let room = inner.width - labelWidth - valueWidth - 2
        let years = max(1, figures.years.count)
        // Each year as a run of equal cells with a gap after it, so the years stay apart.
        let run = max(1, min(8, (room + 1) / years - 1))
        let detailed = run >= 5 && inner.height >= 2 * trends.count + 1
        let rowsPerTrend = detailed ? 2 : 1
        let x = inner.x + labelWidth + 1
        for (row, trend) in trends.enumerated() where (row + 1) * rowsPerTrend <= inner.height {
            let y = inner.y + row * rowsPerTrend
            let values = figures.trends[trend] ?? []
            buffer.write(labels[row], x: inner.x, y: y, maxWidth: labelWidth, style: context.style(.text))
            let series = values.flatMap { Array(repeating: $0, count: run) + [nil] }.dropLast()
            Sparkline(values: Array(series), glyphs: context.chartGlyphs, style: context.style(.series1))
                .render(into: &buffer, area: Rect(x: x, y: y, width: min(room, series.count), height: 1))
            buffer.write(chosen[row], x: inner.maxX - measure.width(of: chosen[row]), y: y, style: context.style(.accent))
            if detailed {
                for (offset, value) in values.enumerated() {
                    buffer.write(value.map { trend.text($0, context.language) } ?? "—", x: x + offset * (run + 1), y: y + 1,
                                 maxWidth: run, style: context.style(.muted))
                }
            }
        }
        let yearsRow = inner.y + trends.count * rowsPerTrend
        guard yearsRow < inner.maxY else { return }
        // The years under their runs where they fit, else the chosen one alone; «▸» marks it either way.
        for (offset, year) in figures.years.enumerated() where run >= 5 || offset == slot {
            let isChosen = offset == slot
            buffer.write((isChosen ? "▸" : "") + String(year), x: x + offset * (run + 1) - (isChosen && run >= 5 ? 1 : 0), y: yearsRow,
                         maxWidth: inner.maxX - x - offset * (run + 1),
                         style: isChosen ? context.style(.accent).adding(.bold) : context.style(.muted))
        }
    }
}

extension RegionTrend {
    var label: UIText {
        switch self {
        case .russianMean: .overviewTrendRussian
        case .mathsMean: .overviewTrendMaths
        case .belowMinimum: .overviewTrendBelowMinimum
        case .flagged: .overviewTrendFlagged
        }
    }

    /// A value as the trend writes it: a mean, a percent, a count.
    func text(_ value: Double, _ language: Language) -> String {
        switch self {
        case .russianMean, .mathsMean: NumberText.fixed(value, digits: 1, language)
        case .belowMinimum: NumberText.percent(value, digits: 1, language)
        case .flagged: NumberText.grouped(Int(value), language)
        }
    }
}
