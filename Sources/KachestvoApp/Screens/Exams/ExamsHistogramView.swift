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
        _ = (subject, histogram)  // Drawn with the charts branch's Histogram once it is merged.
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
