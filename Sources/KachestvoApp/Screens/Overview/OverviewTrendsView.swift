import Bilingual
import KachestvoCore
import TerminalKit

/// The region's trends over every year of the data, one row each: a name, the line over the years
/// and the chosen year's value.
enum OverviewTrendsView {
    /// Rows per trend: two where the screen is tall enough for taller lines.
    static func rowHeight(_ area: Rect) -> Int { area.height >= 30 ? 2 : 1 }

    static func render(_ figures: OverviewFigures, _ context: ScreenContext, into buffer: inout Buffer, area: Rect) {
        let first = figures.years.first.map(String.init) ?? "", last = figures.years.last.map(String.init) ?? ""
        let block = Block(title: context.text(.overviewTrends), rightTitle: first == last ? first : "\(first)–\(last)",
                          borderStyle: context.style(.border), titleStyle: context.style(.title))
        let inner = block.render(into: &buffer, area: area).inset(horizontal: 1, vertical: 0)
        let slot = figures.years.firstIndex(of: figures.year)
        let labels = RegionTrend.allCases.map { context.text($0.label) }
        let labelWidth = labels.map { context.textWidth.width(of: $0) }.max() ?? 0
        let rowHeight = rowHeight(area)
        for (row, trend) in RegionTrend.allCases.enumerated() where (row + 1) * rowHeight <= inner.height {
            let values = figures.trends[trend] ?? []
            let now = slot.flatMap { values.indices.contains($0) ? values[$0] : nil }
            let line = Rect(x: inner.x, y: inner.y + row * rowHeight, width: inner.width, height: rowHeight)
            buffer.write(labels[row], x: line.x, y: line.y, maxWidth: labelWidth, style: context.style(.text))
            let value = now.map { trend.text($0, context.language) } ?? "—"
            let valueWidth = context.textWidth.width(of: value)
            buffer.write(value, x: line.maxX - valueWidth, y: line.y, style: context.style(.accent))
            let history = values.map { $0.map { trend.text($0, context.language) } ?? "—" }.joined(separator: " ")
            buffer.write(history, x: line.x + labelWidth + 1, y: line.y, maxWidth: max(0, line.width - labelWidth - valueWidth - 2),
                         style: context.style(.muted), overflow: .ellipsis)
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
