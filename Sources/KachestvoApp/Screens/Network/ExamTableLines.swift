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
        var style: (Row) -> Style? = { _ in nil }
    }

    private struct Row {
        let subject: Subject
        let now: ExamAggregate
        let before: ExamAggregate?
        let history: [ExamAggregate]
    }

    /// A line of the table: an exam's heading (ЕГЭ, ОГЭ) or a subject.
    private enum Entry {
        case exam(ExamKind)
        case subject(Row)
    }

    static func lines(for node: Int, _ state: NetworkState, _ context: ScreenContext, width: Int) -> [Line] {
        let index = context.model.index
        let view = state.view
        let years = index.years.filter { $0 <= context.year }
        let rows: [Row] = index.dataset.subjects.compactMap { subject in
            let now = index.aggregate(node: node, in: view, year: context.year, subject: subject.id)
            guard !now.isEmpty else { return nil }
            let history = years.map { index.aggregate(node: node, in: view, year: $0, subject: subject.id) }
            let before = years.count >= 2 ? history[history.count - 2] : nil
            return Row(subject: subject, now: now, before: before, history: history)
        }
        .sorted { Subject.listedBefore(($0.subject, $0.now.participants), ($1.subject, $1.now.participants)) }
        var title = "\(context.text(.examsHeader)) \(AcademicYear(year: context.year).label)"
        if !index.hierarchy(view).children[node].isEmpty { title += " · " + context.text(.subtreeTotal) }
        let header = Line(title, style: context.style(.header))
        guard !rows.isEmpty else {
            return [header, context.missingFigures(.noResults)]
        }
        var entries: [Entry] = []
        for row in rows {
            if case .subject(let previous)? = entries.last, previous.subject.exam == row.subject.exam {
                entries.append(.subject(row))
            } else {
                entries += [.exam(row.subject.exam), .subject(row)]
            }
        }
        let columns = chooseColumns(width: width, years: years, context)
        let table = TableView(
            columns: [TableColumn(context.text(.subject), width: .min(6))]
                + columns.map { TableColumn($0.title, width: .length($0.width), alignment: .right) },
            rowCount: entries.count,
            row: { number in
                switch entries[number] {
                case .exam(let exam):
                    return [Line(exam.abbreviation, style: context.style(.accent).adding(.bold))]
                case .subject(let row):
                    return [Line(row.subject.name)] + columns.map { Line($0.value(row), style: $0.style(row)) }
                }
            },
            style: context.style(.text), headerStyle: context.style(.muted), columnSpacing: 0)
        return [header] + table.lines(width: width, textWidth: context.textWidth)
    }

    private static func chooseColumns(width: Int, years: [Int], _ context: ScreenContext) -> [Column] {
        let language = context.language
        func mean(_ aggregate: ExamAggregate?, _ subject: Subject) -> String {
            guard let value = aggregate?.mean else { return "—" }
            return NumberText.fixed(value, digits: subject.scale == .mark5 ? 2 : 1, language)
        }
        func share(_ value: Double?) -> String { value.map { NumberText.percent($0, language) } ?? "—" }
        var columns = [
            Column(title: context.text(.participants), width: 6) { NumberText.grouped($0.now.participants, language) },
            Column(title: context.text(.mean), width: 6) { mean($0.now, $0.subject) },
            Column(title: context.text(.change), width: 6, value: { row in
                guard let now = row.now.mean, let before = row.before?.mean else { return "—" }
                let digits = row.subject.scale == .mark5 ? 2 : 1
                return (now - before >= 0 ? "+" : "") + NumberText.fixed(now - before, digits: digits, language)
            }, style: { changeStyle($0, context) }),
            Column(title: context.text(.belowMinimum), width: 5) { share($0.now.belowMinimumShare) },
        ]
        if width >= 48 {
            columns.append(Column(title: context.text(.high81), width: 6) { share($0.now.highShare) })
            columns.append(Column(title: context.text(.hundreds), width: 5) { $0.subject.scale == .score100 ? "\($0.now.hundreds)" : "" })
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
    private static func changeStyle(_ row: Row, _ context: ScreenContext) -> Style? {
        guard let now = row.now.mean, let before = row.before?.mean else { return nil }
        if now > before { return context.style(.success) }
        if now < before { return context.style(.danger) }
        return nil
    }
}
