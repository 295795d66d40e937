import Bilingual
import KachestvoCore
import TerminalKit

/// The Exams screen's body: a line with the year, the exam switch and the scope; the table of
/// subjects in a box; the histogram of school means below it, at least eight rows tall.
enum ExamsView {
    static let minimumHistogramRows = 8

    static func render(_ state: ExamsState, _ context: ScreenContext, into buffer: inout Buffer, area: Rect) {
        guard area.height >= 4 else { return }
        let (top, rest) = area.splitTop(1)
        buffer.write(scopeLine(state, context, width: top.width), x: top.x, y: top.y, maxWidth: top.width,
                     style: context.style(.text), overflow: .ellipsis)
        let rows = state.figures?.rows.count ?? 0
        let wanted = max(1, rows) + ExamsTableView.chromeRows + 2
        let tableHeight = max(ExamsTableView.chromeRows + 3, min(wanted, rest.height - minimumHistogramRows))
        let (tableArea, histogramArea) = rest.splitTop(min(tableHeight, rest.height))
        let tableBlock = Block(title: context.text(state.exam == .ege ? .examsEgeTitle : .examsOgeTitle),
                               borderStyle: context.style(.border), focusedBorderStyle: context.style(.focusedBorder),
                               titleStyle: context.style(.title), isFocused: state.focus == .table)
        let tableInner = tableBlock.render(into: &buffer, area: tableArea)
        if context.model.isDigestOnly {
            buffer.write(context.missingFigures(.noResults), x: tableInner.x, y: tableInner.y, maxWidth: tableInner.width)
        } else {
            ExamsTableView(state: state, context: context).render(into: &buffer, area: tableInner, focused: state.focus == .table)
        }
        if !histogramArea.isEmpty { ExamsHistogramView.render(state, context, into: &buffer, area: histogramArea) }
    }

    /// « ГИА 2017/2018  [ЕГЭ] ОГЭ  Новосибирская область › КЦ МАОУ лицей № 9 · организаций: 4»
    private static func scopeLine(_ state: ExamsState, _ context: ScreenContext, width: Int) -> Line {
        var spans = [Span(" \(context.text(.examsHeader)) \(AcademicYear(year: context.year).label)  ", style: context.style(.title))]
        for exam in [ExamKind.ege, .oge] {
            spans.append(exam == state.exam ? Span("[\(exam.abbreviation)]", style: context.style(.accent).adding(.bold))
                         : Span(" \(exam.abbreviation) ", style: context.style(.muted)))
        }
        spans.append(Span("  "))
        let count = ExamsScopeLabel.organisations(in: state.scope, context)
        let suffix = count > 1 ? " · \(context.text(.organisations)): \(NumberText.grouped(count, context.language))" : ""
        let measure = context.textWidth
        let used = Line(spans).width(using: measure) + measure.width(of: suffix)
        let parts = measure.breadcrumbFitted(ExamsScopeLabel.path(of: state.scope, context), separatorWidth: 3,
                                             to: max(1, width - used))
        spans.append(Span(parts.joined(separator: " › "), style: context.style(.text).adding(.bold)))
        spans.append(Span(suffix, style: context.style(.muted)))
        return Line(spans)
    }
}
