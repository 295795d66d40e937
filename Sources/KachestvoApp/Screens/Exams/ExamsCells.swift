import Bilingual
import KachestvoCore
import TerminalKit

/// A cell of the Exams table past the subject and its minimum: a figure's value, or its change
/// against the region or against last year.
struct ExamsColumn: Equatable {
    enum Kind: Equatable {
        case value, vsRegion, vsLastYear
    }

    let figure: ExamFigure
    let kind: Kind
}

/// How the Exams table writes its cells: values as the Network detail does, changes with their sign
/// (shares in percentage points), coloured by whether they are for the better.
enum ExamsCells {
    /// The figure of an aggregate as the table writes it; «—» where there is none, blank where the
    /// figure does not apply (100s of a mark scale).
    static func value(_ figure: ExamFigure, of aggregate: ExamAggregate?, _ subject: Subject, _ language: Language) -> String {
        if figure == .hundreds, subject.scale == .mark5 { return "" }
        guard let aggregate, let value = figure.value(in: aggregate, scale: subject.scale) else { return "—" }
        switch figure {
        case .participants, .hundreds: return NumberText.grouped(Int(value), language)
        case .mean: return NumberText.fixed(value, digits: MeanText.digits(subject), language)
        case .belowMinimum, .high, .mark: return NumberText.percent(value, language)
        }
    }

    /// The scope's figure less the region's (`vsRegion`) or less its own last year's (`vsLastYear`).
    static func change(_ column: ExamsColumn, _ row: ExamsRow, _ language: Language) -> SignedChange? {
        let scale = row.subject.scale
        let other = column.kind == .vsRegion ? row.region : row.lastYear
        guard column.kind != .value, let other, let now = column.figure.value(in: row.scope, scale: scale),
              let then = column.figure.value(in: other, scale: scale) else { return nil }
        switch column.figure {
        case .participants, .hundreds: return SignedChange(now - then, digits: 0, language)
        case .mean: return SignedChange(now - then, digits: MeanText.digits(row.subject), language)
        case .belowMinimum, .high, .mark: return SignedChange((now - then) * 100, digits: 0, language)
        }
    }

    /// The text and style of a cell.
    static func cell(_ column: ExamsColumn, _ row: ExamsRow, _ context: ScreenContext) -> Line {
        guard column.kind != .value else { return Line(value(column.figure, of: row.scope, row.subject, context.language)) }
        if column.figure == .hundreds, row.subject.scale == .mark5 { return "" }
        guard let change = change(column, row, context.language) else { return Line("—", style: context.style(.muted)) }
        return Line(change.text, style: change.style(context, better: column.figure.direction) ?? context.style(.muted))
    }

    /// The minimum as the table shows it: the score (24), or on a mark scale the lowest passing mark «3».
    static func minimum(_ row: ExamsRow, _ language: Language) -> String {
        guard let minimum = row.minimum else { return "—" }
        let text = NumberText.fixed(minimum, digits: minimum == minimum.rounded() ? 0 : 1, language)
        return row.subject.scale == .mark5 ? "«\(text)»" : text
    }

    /// A figure's short title over its column: «Уч.», «Ср.», «<мин», «81+», «100», «"2"».
    static func title(_ figure: ExamFigure, _ context: ScreenContext) -> String {
        switch figure {
        case .participants: context.text(.participants)
        case .mean: context.text(.mean)
        case .belowMinimum: context.text(.belowMinimum)
        case .high: context.text(.high81)
        case .hundreds: context.text(.hundreds)
        case .mark(let mark): "«\(mark)»"
        }
    }

    /// A figure's name in words, for the cursor's line and the list behind a cell.
    static func name(_ figure: ExamFigure, _ subject: Subject, _ context: ScreenContext) -> String {
        switch figure {
        case .participants: context.text(.examsParticipantsName)
        case .mean: context.text(subject.scale == .mark5 ? .examsMeanMarkName : .examsMeanScoreName)
        case .belowMinimum: context.text(subject.scale == .mark5 ? .examsMarkName : .examsBelowMinimumName)
            + (subject.scale == .mark5 ? " «2»" : "")
        case .high: context.text(subject.scale == .mark5 ? .examsMarkName : .examsHighName) + (subject.scale == .mark5 ? " «5»" : "")
        case .hundreds: context.text(.examsHundredsName)
        case .mark(let mark): "\(context.text(.examsMarkName)) «\(mark)»"
        }
    }
}
