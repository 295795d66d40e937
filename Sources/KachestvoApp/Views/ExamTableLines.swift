import Bilingual
import KachestvoCore
import TerminalKit

/// The exam table of the detail pane, as text lines: one row per subject with participants, mean,
/// change from last year, share below the minimum, share 81–100 and 100s. Columns are added as the
/// pane widens; the widest panes also show the means of earlier years.
enum ExamTableLines {
    private struct Column {
        let title: String
        let width: Int
        let value: (Row) -> String
    }

    private struct Row {
        let subject: Subject
        let now: ExamAggregate
        let before: ExamAggregate?
        let history: [ExamAggregate]
    }

    static func lines(for node: Int, _ state: AppState, width: Int) -> [Line] {
        let index = state.model.index
        let view = state.network.view
        let years = index.years.filter { $0 <= state.year }
        let rows: [Row] = index.dataset.subjects.compactMap { subject in
            let now = index.aggregate(node: node, in: view, year: state.year, subject: subject.id)
            guard !now.isEmpty else { return nil }
            let history = years.map { index.aggregate(node: node, in: view, year: $0, subject: subject.id) }
            let before = years.count >= 2 ? history[history.count - 2] : nil
            return Row(subject: subject, now: now, before: before, history: history)
        }
        .sorted { Subject.listedBefore(($0.subject, $0.now.participants), ($1.subject, $1.now.participants)) }
        var title = "\(state.text(.examsHeader)) \(AcademicYear(year: state.year).label)"
        if !index.hierarchy(view).children[node].isEmpty { title += " · " + state.text(.subtreeTotal) }
        let header = Line(title, style: state.style(.header))
        guard !rows.isEmpty else { return [header, Line(state.text(.noResults), style: state.style(.muted))] }

        let columns = chooseColumns(width: width, years: years, state)
        let fixed = columns.reduce(0) { $0 + $1.width }
        let nameWidth = max(6, width - fixed)
        let measure = TextWidth.standard
        var lines = [header, Line([Span(measure.fitted(state.text(.subject), to: nameWidth), style: state.style(.muted))]
            + columns.map { Span(measure.fitted($0.title, to: $0.width, alignment: .right), style: state.style(.muted)) })]
        var exam: ExamKind?
        for row in rows {
            if row.subject.exam != exam {
                exam = row.subject.exam
                lines.append(Line(row.subject.exam.abbreviation, style: state.style(.accent).adding(.bold)))
            }
            var spans = [Span(measure.fitted(row.subject.name, to: nameWidth))]
            for column in columns {
                spans.append(Span(measure.fitted(column.value(row), to: column.width, alignment: .right),
                                  style: style(of: column.title, row, state)))
            }
            lines.append(Line(spans))
        }
        return lines
    }

    private static func chooseColumns(width: Int, years: [Int], _ state: AppState) -> [Column] {
        let language = state.language
        func mean(_ aggregate: ExamAggregate?, _ subject: Subject) -> String {
            guard let value = aggregate?.mean else { return "—" }
            return NumberText.fixed(value, digits: subject.scale == .mark5 ? 2 : 1, language)
        }
        func share(_ value: Double?) -> String { value.map { NumberText.percent($0, language) } ?? "—" }
        var columns = [
            Column(title: state.text(.participants), width: 6) { NumberText.grouped($0.now.participants, language) },
            Column(title: state.text(.mean), width: 6) { mean($0.now, $0.subject) },
            Column(title: state.text(.change), width: 6) { row in
                guard let now = row.now.mean, let before = row.before?.mean else { return "—" }
                let digits = row.subject.scale == .mark5 ? 2 : 1
                return (now - before >= 0 ? "+" : "") + NumberText.fixed(now - before, digits: digits, language)
            },
            Column(title: state.text(.belowMinimum), width: 5) { share($0.now.belowMinimumShare) },
        ]
        if width >= 48 {
            columns.append(Column(title: state.text(.high81), width: 6) { share($0.now.highShare) })
            columns.append(Column(title: state.text(.hundreds), width: 5) { $0.subject.scale == .score100 ? "\($0.now.hundreds)" : "" })
        }
        if width >= 80 {
            for (offset, year) in years.dropLast().suffix(4).enumerated() {
                let position = years.count - 1 - min(4, years.count - 1) + offset
                columns.append(Column(title: String(year), width: 7) { mean($0.history[position], $0.subject) })
            }
        }
        return columns
    }

    /// The change column is coloured: green for a rise, red for a fall.
    private static func style(of title: String, _ row: Row, _ state: AppState) -> Style? {
        guard title == state.text(.change), let now = row.now.mean, let before = row.before?.mean else { return nil }
        if now > before { return state.style(.success) }
        if now < before { return state.style(.danger) }
        return nil
    }
}
