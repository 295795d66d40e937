import Bilingual
import KachestvoCore
import TerminalKit

/// The exam table of the detail pane, as text lines: one row per subject with participants, mean,
/// change from last year, share below the minimum (ОГЭ: of «2»), share 81–100 (ОГЭ: of «5») and 100s.
/// Each exam's heading row carries that exam's column titles. Every figure column is as wide as its
/// widest value, so numbers share a right edge and are never cut; the subject column takes the rest
/// and falls back to short names («Матем. (проф.)»). Columns are added as the pane widens; the
/// widest panes also show the means of earlier years.
enum ExamTableLines {
    private struct Column {
        /// The title over ЕГЭ rows and over ОГЭ rows.
        let titles: (ege: String, oge: String)
        let value: (Row) -> String
        var style: (Row) -> Style? = { _ in nil }
    }

    private struct Row {
        let subject: Subject
        let now: ExamAggregate
        let before: ExamAggregate?
        let history: [ExamAggregate]
    }

    /// A line of the table: an exam's heading (ЕГЭ, ОГЭ) or a subject (its place in the rows).
    private enum Entry {
        case exam(ExamKind)
        case subject(Int)
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
        for (place, row) in rows.enumerated() {
            if case .subject(let previous)? = entries.last, rows[previous].subject.exam == row.subject.exam {
                entries.append(.subject(place))
            } else {
                entries += [.exam(row.subject.exam), .subject(place)]
            }
        }
        let measure = context.textWidth
        let columns = chooseColumns(width: width, years: years, context)
        // Each figure formatted once, for the columns' widths and for the rows.
        let figures = rows.map { row in columns.map { $0.value(row) } }
        let widths = columns.indices.map { column in
            figures.reduce(max(measure.width(of: columns[column].titles.ege), measure.width(of: columns[column].titles.oge))) {
                max($0, measure.width(of: $1[column]))
            } + 1
        }
        let subjectWidth = max(6, width - widths.reduce(0, +))
        var names = SubjectText.names(rows.map(\.subject), width: subjectWidth, measure)[...]
        let entryNames = entries.map { entry -> String in
            guard case .subject = entry else { return "" }
            return names.popFirst() ?? ""
        }
        let table = TableView(
            columns: [TableColumn(context.text(.subject), width: .min(6))]
                + widths.map { TableColumn("", width: .length($0), alignment: .right) },
            rowCount: entries.count,
            row: { number in
                switch entries[number] {
                case .exam(let exam):
                    let titles = columns.map { Line(exam == .ege ? $0.titles.ege : $0.titles.oge, style: context.style(.muted)) }
                    return [Line(exam.abbreviation, style: context.style(.accent).adding(.bold))] + titles
                case .subject(let place):
                    return [Line(entryNames[number])] + columns.indices.map {
                        Line(figures[place][$0], style: columns[$0].style(rows[place]))
                    }
                }
            },
            style: context.style(.text), headerStyle: context.style(.muted), columnSpacing: 0)
        return [header] + table.lines(width: width, textWidth: measure).dropFirst()
    }

    private static func chooseColumns(width: Int, years: [Int], _ context: ScreenContext) -> [Column] {
        let language = context.language
        func mean(_ aggregate: ExamAggregate?, _ subject: Subject) -> String { MeanText.text(aggregate?.mean, subject, language) }
        func share(_ value: Double?) -> String { value.map { NumberText.percent($0, language) } ?? "—" }
        func same(_ key: UIText) -> (String, String) { (context.text(key), context.text(key)) }
        var columns = [
            Column(titles: same(.participants), value: { NumberText.grouped($0.now.participants, language) }),
            Column(titles: same(.mean), value: { mean($0.now, $0.subject) }),
            Column(titles: same(.change), value: { change($0, language)?.text ?? "—" },
                   style: { change($0, language)?.style(context) }),
            Column(titles: (context.text(.belowMinimum), context.text(.markTwoShare)), value: { share($0.now.belowMinimumShare) }),
        ]
        if width >= 48 {
            columns.append(Column(titles: (context.text(.high81), context.text(.markFiveShare)), value: { share($0.now.highShare) }))
            columns.append(Column(titles: (context.text(.hundreds), ""),
                                  value: { $0.subject.scale == .score100 ? NumberText.grouped($0.now.hundreds, language) : "" }))
        }
        if width >= 80 {
            for (offset, year) in years.dropLast().suffix(4).enumerated() {
                let position = years.count - 1 - min(4, years.count - 1) + offset
                columns.append(Column(titles: (String(year), String(year)), value: { mean($0.history[position], $0.subject) }))
            }
        }
        return columns
    }

    /// The change of the mean since last year as shown: signed, and coloured (green up, red down)
    /// only when it is not zero at the digits shown — so a tiny fall reads «0,0», not a red «−0,0».
    private static func change(_ row: Row, _ language: Language) -> SignedChange? {
        MeanText.change(from: row.before?.mean, to: row.now.mean, row.subject, language)
    }
}
