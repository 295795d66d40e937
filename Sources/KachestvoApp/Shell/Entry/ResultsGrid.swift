import Bilingual
import Foundation
import KachestvoCore
import TerminalKit

/// A school's exam results for one year as a grid: subjects (ЕГЭ, then ОГЭ) × participants, mean,
/// below the minimum, high scores and hundreds. Counts are shown whole and means at the subject's
/// digits (`MeanText`); what is typed is taken as typed, a cell left as shown keeps its value. A row
/// left blank is no result; the grid's commit is one change (`ChangeBuilder.results`).
enum ResultsGrid {
    /// The result fields of the columns, as the data file names them.
    static let fields = ["participants", "mean", "belowMinimum", "high", "hundreds"]

    static func editor(_ school: Organisation, year: Int, _ state: AppState) -> ResultsEditor {
        let lookup = EntryLookup(state), context = state.context
        let subjects = lookup.dataset.subjects.filter { $0.exam == .ege } + lookup.dataset.subjects.filter { $0.exam == .oge }
        let results = lookup.results(of: school.id, year: year)
        let columns = [
            GridColumn(context.text(.participants), width: 8, kind: .integer(0...10_000)),
            GridColumn(context.text(.mean), width: 7, kind: .decimal(0...100)),
            GridColumn(context.text(.belowMinimum), width: 8, kind: .integer(0...10_000)),
            GridColumn(context.text(.high81), width: 6, kind: .integer(0...10_000)),
            GridColumn(context.text(.hundreds), width: 6, kind: .integer(0...10_000)),
        ]
        let cells = subjects.map { subject -> [String] in
            guard let result = results.first(where: { $0.subjectId == subject.id }) else { return Array(repeating: "", count: 5) }
            return [String(result.participants), MeanText.text(result.mean, subject, context.language),
                    String(result.belowMinimum), String(result.high), String(result.hundreds)]
        }
        let labels = subjects.map { "\($0.exam.abbreviation) \($0.name)" }
        return ResultsEditor(organisation: school.id, name: school.name, year: year, subjects: subjects, original: results,
                             opened: cells, grid: GridState(rowLabels: labels, columns: columns, cells: cells))
    }

    /// The results the grid holds, one per row not left blank; a row's earlier result keeps its marks.
    static func results(_ editor: ResultsEditor, replacing cell: (row: Int, column: Int, text: String)? = nil) -> [ExamResult] {
        editor.subjects.indices.compactMap { result(editor, row: $0, replacing: cell) }
    }

    private static func result(_ editor: ResultsEditor, row: Int, replacing cell: (row: Int, column: Int, text: String)?) -> ExamResult? {
        let texts = editor.grid.cells[row].enumerated().map { column, text in
            cell.flatMap { $0.row == row && $0.column == column ? $0.text : nil } ?? text
        }
        guard texts.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else { return nil }
        let numbers = texts.enumerated().map { column, text in
            editor.grid.columns[column].kind.parse(text, isRequired: false)
        }
        let subject = editor.subjects[row]
        let earlier = editor.original.first { $0.subjectId == subject.id }
        func number(_ column: Int) -> Double {
            // A mean left as it was shown (rounded to the subject's digits) keeps the value it stands for.
            if column == 1, let earlier, texts[column] == editor.opened[row][column] { return earlier.mean }
            switch numbers[column] {
            case .valid(.integer(let value)): return Double(value)
            case .valid(.decimal(let value)): return value
            default: return 0
            }
        }
        return ExamResult(organisationId: editor.organisation, year: editor.year, subjectId: subject.id,
                          participants: Int(number(0)), mean: number(1), belowMinimum: Int(number(2)),
                          high: Int(number(3)), hundreds: Int(number(4)), marks: earlier?.marks)
    }

    /// The data's rules for one cell as it is committed, in the user's language.
    static func validator(_ editor: ResultsEditor, _ dataset: Dataset, _ language: Language) -> GridValidator {
        let last = RecordForms.LastProblems()
        return { row, column, text in
            guard let result = result(editor, row: row, replacing: (row, column, text)) else { return nil }
            return last.problems(of: .examResult(result), dataset, dependants: nil)[fields[column]]?.first?.text(language)
        }
    }
}
