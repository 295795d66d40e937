import Bilingual
import KachestvoCore
import TerminalKit

/// The line under the Exams table: the cursor's cell in words with both comparisons, so that every
/// figure can be read whole even where the table had no room for its changes.
///
///     Русский язык · Средний балл 66,5 · область 68,0 (−1,5) · 2017: 65,9 (+0,6)
enum ExamsCursorLine {
    static func line(_ state: ExamsState, _ context: ScreenContext) -> Line {
        guard let row = state.row else { return "" }
        let language = context.language, figure = state.figure, subject = row.subject
        let muted = context.style(.muted)
        var name = ExamsCells.name(figure, subject, context)
        if figure == .belowMinimum, subject.scale == .score100 { name += " (\(ExamsCells.minimum(row, language)))" }
        var spans = [Span(subject.name, style: context.style(.accent).adding(.bold)), Span(" · \(name) ", style: muted),
                     Span(ExamsCells.value(figure, of: row.scope, subject, language), style: context.style(.text).adding(.bold))]
        func compared(_ kind: ExamsColumn.Kind, label: String, with other: ExamAggregate?) {
            let change = ExamsCells.change(ExamsColumn(figure: figure, kind: kind), row, language)
            spans.append(Span(" · \(label) ", style: muted))
            spans.append(Span(ExamsCells.value(figure, of: other, subject, language)))
            if let change {
                spans.append(Span(" (", style: muted))
                spans.append(Span(change.text, style: change.style(context, better: figure.direction)))
                spans.append(Span(")", style: muted))
            }
        }
        if !state.scope.isRegion { compared(.vsRegion, label: context.text(.examsRegionWord), with: row.region) }
        if let previous = state.figures?.previousYear {
            compared(.vsLastYear, label: "\(previous):", with: row.lastYear)
        }
        return Line(spans)
    }
}
