import KachestvoCore

/// Where the user is on the Exams screen: the scope, the exam, the cursor's subject and figure, the
/// histogram's chosen range and which pane has focus — all by identity, so the place survives a new
/// model or year — and the figures computed for them (`ExamsFigures`), kept until the model, the
/// year, the scope or the exam changes.
public struct ExamsState: Sendable, Equatable {
    /// The panes Tab moves between.
    public enum Pane: Sendable {
        case table, histogram
    }

    public var scope: ExamScope = .region
    public var exam: ExamKind = .ege
    /// The subject of the cursor's row, and of the histogram; nil before the first refresh.
    public var subject: Identifier<Subject>?
    /// The subject last chosen in each exam, so that `e` twice comes back to it.
    public var subjectOfExam: [ExamKind: Identifier<Subject>] = [:]
    /// The cursor's column.
    public var figure: ExamFigure = .mean
    /// The histogram's chosen bin, in its own pane.
    public var bin: Int = 0
    public var focus: Pane = .table
    /// What the screen shows, computed once per model, year, scope and exam.
    var figures: ExamsFigures?

    public init() {}
}
