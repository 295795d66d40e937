import Bilingual
import KachestvoCore
import TerminalKit

/// The histogram pane of the Exams screen: how many of the scope's schools have their mean in each
/// range of the score scale (5 points; a quarter of a mark for ОГЭ), with the scope's mean marked
/// «▼ 66,5» above its place and, when the pane has focus, the chosen range highlighted and named.
enum ExamsHistogramView {
    static func render(_ state: ExamsState, _ context: ScreenContext, into buffer: inout Buffer, area: Rect) {
        let focused = state.focus == .histogram
        let subject = state.row?.subject
        let title = subject.map { "\(context.text($0.scale == .mark5 ? .examsHistogramMarks : .examsHistogramScores)): \($0.name)" }
            ?? context.text(.examsHistogramScores)
        var rightTitle: String?
        if let subject, let histogram = state.histogram {
            rightTitle = focused
                ? "\(rangeText(of: state.bin, in: histogram, subject, context.language)): \(histogram.counts[state.bin]) · Enter"
                : "\(context.text(.examsSchoolsCount)): \(NumberText.grouped(histogram.total, context.language))"
        }
        let block = Block(title: title, rightTitle: rightTitle, borderStyle: context.style(.border),
                          focusedBorderStyle: context.style(.focusedBorder), titleStyle: context.style(.title),
                          isFocused: focused)
        let inner = block.render(into: &buffer, area: area)
        guard let subject, let histogram = state.histogram, histogram.total > 0, inner.height >= 3 else {
            buffer.write(context.missingFigures(.noResults), x: inner.x, y: inner.y, maxWidth: inner.width)
            return
        }
        let (markerRow, plotArea) = inner.splitTop(1)
        // The scale on the left: the largest count at the top, 0 at the bars' foot.
        let largest = NumberText.grouped(histogram.counts.max() ?? 0, context.language)
        let gutter = context.textWidth.width(of: largest) + 1
        let (scaleArea, chartArea) = plotArea.splitLeft(min(gutter, plotArea.width / 4))
        buffer.write(Line(largest, style: context.style(.muted)), x: scaleArea.x, y: scaleArea.y, maxWidth: scaleArea.width)
        if scaleArea.height >= 3 {
            buffer.write(Line("0", style: context.style(.muted)), x: scaleArea.maxX - 2, y: scaleArea.maxY - 2, maxWidth: 1)
        }
        let chart = Histogram(
            bins: histogram.counts.indices.map { HistogramBin(count: histogram.counts[$0], label: tick(of: $0, in: histogram, context.language)) },
            highlighted: focused ? state.bin : nil, glyphs: context.chartGlyphs, style: context.style(.text),
            barStyle: context.style(.series1), highlightStyle: context.style(.selection))
        chart.render(into: &buffer, area: chartArea)
        if let mean = state.row?.scope.mean, let columns = chart.columns(ofBin: histogram.bin(of: mean), in: chartArea) {
            // The marker at the mean's place within its bin, and its value after it.
            let bounds = histogram.bounds(of: histogram.bin(of: mean))
            let within = (mean - bounds.lowerBound) / (bounds.upperBound - bounds.lowerBound)
            let x = columns.lowerBound + min(columns.count - 1, max(0, Int(within * Double(columns.count))))
            let label = "▼ \(NumberText.fixed(mean, digits: MeanText.digits(subject), context.language))"
            let width = context.textWidth.width(of: label)
            let start = x + width <= inner.maxX ? x : max(inner.x, x - width + 1)
            let text = x + width <= inner.maxX ? label : "\(label.dropFirst(2)) ▼"
            buffer.write(text, x: start, y: markerRow.y, maxWidth: inner.maxX - start, style: context.style(.accent).adding(.bold))
        }
    }

    /// The label under a bin: the score at its lower edge every 10 points, or each whole mark.
    private static func tick(of bin: Int, in histogram: ScoreHistogram, _ language: Language) -> String? {
        let lower = histogram.bounds(of: bin).lowerBound
        let step = histogram.range.upperBound > 5 ? 10.0 : 1.0
        guard abs(lower / step - (lower / step).rounded()) < 1e-9 else { return nil }
        return NumberText.fixed(lower, digits: 0, language)
    }

    /// The scores of a bin as text: «60–65», «3,25–3,5».
    static func rangeText(of bin: Int, in histogram: ScoreHistogram, _ subject: Subject, _ language: Language) -> String {
        let bounds = histogram.bounds(of: bin)
        func number(_ value: Double) -> String {
            let digits = value == value.rounded() ? 0 : abs(value * 2 - (value * 2).rounded()) < 1e-9 ? 1 : 2
            return NumberText.fixed(value, digits: digits, language)
        }
        return "\(number(bounds.lowerBound))–\(number(bounds.upperBound))"
    }
}
