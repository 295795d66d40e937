import Bilingual

/// One column of a grid: its header, width in columns, how its cells are read and aligned, and
/// whether all of its cells are read-only (a computed figure, say).
public struct GridColumn: Hashable, Sendable {
    public var title: String
    public var width: Int
    public var kind: TextFieldKind
    public var alignment: TextAlignment
    public var isReadOnly: Bool

    public init(
        _ title: String, width: Int, kind: TextFieldKind = .text(), alignment: TextAlignment = .right,
        isReadOnly: Bool = false
    ) {
        self.title = title
        self.width = max(1, width)
        self.kind = kind
        self.alignment = alignment
        self.isReadOnly = isReadOnly
    }
}

/// A cell of a grid by row and column index.
public struct GridPosition: Hashable, Sendable {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}

/// What the app should do after a key in a grid.
public enum GridOutcome: Hashable, Sendable {
    /// The grid's key; nothing for the app to do.
    case none
    /// Not a grid key.
    case notHandled
    /// A cell's edit was committed with a new text (valid by its column's kind and the validator).
    case cellChanged(row: Int, column: Int, text: String)
    /// A cell's edit, or the grid's commit, was refused: the cell (now focused) shows why.
    case refused(GridPosition)
    /// Ctrl-S with every cell valid: save the grid.
    case commit
    /// Esc outside an edit: close; `askFirst` when a cell changed.
    case cancel(askFirst: Bool)
}

/// The app's rules for one cell: row, column and the typed text → a message in the user's language,
/// or nil when it is fine.
public typealias GridValidator = (_ row: Int, _ column: Int, _ text: String) -> String?

/// A spreadsheet-like grid of text cells (row labels × column headers) as a value for the app's state.
///
/// Moving: arrows, Tab/Shift-Tab (wrapping to the next/previous row), Home/End (first/last column),
/// PgUp/PgDn. Typing a character starts editing the focused cell with it (replacing the content);
/// F2 or Enter edits it keeping the content; Backspace starts with an empty cell; Delete clears it.
/// While editing, the line editor's keys apply; Enter commits and moves down, Tab/Shift-Tab and ↑/↓
/// commit and move, Esc gives the edit up. A commit is checked by the column's kind, then the app's
/// validator; a bad value keeps the edit open with its message. Ctrl-S commits the grid (the rows
/// changed since it was opened checked again), Esc (not editing) cancels it. Read-only cells are
/// visited but never edited.
public struct GridState: Hashable, Sendable {
    public let rowLabels: [String]
    public let columns: [GridColumn]
    public private(set) var cells: [[String]]
    public private(set) var focus: GridPosition
    /// The cell being edited, while it is (at `focus`).
    public private(set) var editor: LineEditor?
    /// Cells that are read-only beyond whole read-only columns.
    public var readOnlyCells: Set<GridPosition>
    /// Messages by cell: the grid's own after a refused edit, or the app's.
    public var messages: [GridPosition: String]
    /// The first body row and first scrolling column shown; `reveal(in:measure:)` keeps them.
    public var rowOffset: Int
    public var columnOffset: Int
    /// Rows PgUp/PgDn move by: the body's height where it was last revealed.
    public var pageRows: Int
    private let initialCells: [[String]]

    /// A grid of `rowLabels.count` rows of `columns.count` cells; missing cells are blank.
    public init(rowLabels: [String], columns: [GridColumn], cells: [[String]], readOnlyCells: Set<GridPosition> = []) {
        self.rowLabels = rowLabels
        self.columns = columns
        self.cells = rowLabels.indices.map { row in
            columns.indices.map { column in
                cells.indices.contains(row) && cells[row].indices.contains(column) ? cells[row][column] : ""
            }
        }
        self.initialCells = self.cells
        self.focus = GridPosition(row: 0, column: 0)
        self.editor = nil
        self.readOnlyCells = readOnlyCells
        self.messages = [:]
        self.rowOffset = 0
        self.columnOffset = 0
        self.pageRows = 10
    }

    /// Whether any cell differs from how the grid was opened.
    public var isDirty: Bool { cells != initialCells }

    public var isEditing: Bool { editor != nil }

    public func isReadOnly(_ position: GridPosition) -> Bool {
        columns[position.column].isReadOnly || readOnlyCells.contains(position)
    }

    /// A cell's text read by its column's kind.
    public func value(row: Int, column: Int) -> ParsedField {
        columns[column].kind.parse(cells[row][column], isRequired: false)
    }

    /// Keeps the edited cell's scroll for its width (see `LineEditor.reveal`).
    mutating func revealEditor(columns: Int, measure: TextWidth) {
        editor?.reveal(columns: columns, measure: measure)
    }

    /// Sets a cell's text from outside (undo, a value the app recomputed); any edit there is dropped.
    public mutating func setCell(row: Int, column: Int, text: String) {
        cells[row][column] = text
        if focus == GridPosition(row: row, column: column) { editor = nil }
    }

    public mutating func apply(_ key: Key, language: Language, validate: GridValidator = { _, _, _ in nil }) -> GridOutcome {
        guard !rowLabels.isEmpty, !columns.isEmpty else { return key == .escape ? .cancel(askFirst: false) : .notHandled }
        if editor != nil { return applyEditing(key, language: language, validate: validate) }
        switch key {
        case .up: move(rows: -1)
        case .down: move(rows: 1)
        case .left: move(columns: -1)
        case .right: move(columns: 1)
        case .tab: step(by: 1)
        case .backTab: step(by: -1)
        case .home: focus.column = 0
        case .end: focus.column = columns.count - 1
        case .pageUp: move(rows: -max(1, pageRows))
        case .pageDown: move(rows: max(1, pageRows))
        case .enter, .function(2): startEditing(keeping: true)
        case .backspace: startEditing(keeping: false)
        case .character:
            guard startEditing(keeping: false) else { return .none }
            _ = editor?.apply(key)
        case .delete:
            guard !isReadOnly(focus), !cells[focus.row][focus.column].isEmpty else { return .none }
            startEditing(keeping: false)
            return commitEdit(language: language, validate: validate)
        case .ctrl("s"): return commitGrid(language: language, validate: validate)
        case .escape: return .cancel(askFirst: isDirty)
        default: return .notHandled
        }
        return .none
    }

    private mutating func applyEditing(_ key: Key, language: Language, validate: GridValidator) -> GridOutcome {
        let moves: [Key: (rows: Int, columns: Int)] = [
            .enter: (1, 0), .down: (1, 0), .up: (-1, 0), .tab: (0, 1), .backTab: (0, -1),
        ]
        switch key {
        case .escape:
            editor = nil
            messages[focus] = nil
            return .none
        case .ctrl("s"):
            let outcome = commitEdit(language: language, validate: validate)
            if case .refused = outcome { return outcome }
            return commitGrid(language: language, validate: validate)
        default:
            if let move = moves[key] {
                let outcome = commitEdit(language: language, validate: validate)
                if case .refused = outcome { return outcome }
                if move.columns != 0 { step(by: move.columns) } else { self.move(rows: move.rows) }
                return outcome
            }
            return editor?.apply(key) == .notHandled ? .notHandled : .none
        }
    }

    /// Starts editing the focused cell, with its text or empty; false for a read-only cell.
    @discardableResult
    private mutating func startEditing(keeping: Bool) -> Bool {
        guard !isReadOnly(focus) else { return false }
        editor = LineEditor(keeping ? cells[focus.row][focus.column] : "", maxLength: columns[focus.column].kind.maxLength)
        return true
    }

    /// Ends the edit if its text is valid (`cellChanged` when it differs), else keeps it with a message.
    private mutating func commitEdit(language: Language, validate: GridValidator) -> GridOutcome {
        guard let editor else { return .none }
        let text = editor.text
        if let message = message(text, at: focus, language: language, validate: validate) {
            messages[focus] = message
            return .refused(focus)
        }
        messages[focus] = nil
        self.editor = nil
        guard text != cells[focus.row][focus.column] else { return .none }
        cells[focus.row][focus.column] = text
        return .cellChanged(row: focus.row, column: focus.column, text: text)
    }

    /// Checks every editable cell of the rows that differ from how the grid was opened; `commit` when
    /// all are valid, else the first bad one focused. A row left as it was opened is what the data
    /// holds already, and is not what the commit changes.
    private mutating func commitGrid(language: Language, validate: GridValidator) -> GridOutcome {
        for row in rowLabels.indices {
            let changed = cells[row] != initialCells[row]
            for column in columns.indices {
                let position = GridPosition(row: row, column: column)
                guard !isReadOnly(position) else { continue }
                messages[position] = changed ? message(cells[row][column], at: position, language: language, validate: validate) : nil
            }
        }
        let bad = messages.keys.filter { !isReadOnly($0) }.min { ($0.row, $0.column) < ($1.row, $1.column) }
        guard let bad else { return .commit }
        focus = bad
        return .refused(bad)
    }

    private func message(_ text: String, at position: GridPosition, language: Language, validate: GridValidator) -> String? {
        switch columns[position.column].kind.parse(text, isRequired: false) {
        case .invalid(let problem): problem.text(language)
        case .valid: validate(position.row, position.column, text)
        }
    }

    private mutating func move(rows: Int = 0, columns: Int = 0) {
        focus.row = max(0, min(focus.row + rows, rowLabels.count - 1))
        focus.column = max(0, min(focus.column + columns, self.columns.count - 1))
    }

    /// Tab order: along the row, then on to the next (or back to the previous) row; stops at the ends.
    private mutating func step(by delta: Int) {
        let index = focus.row * columns.count + focus.column + delta
        guard index >= 0, index < rowLabels.count * columns.count else { return }
        focus = GridPosition(row: index / columns.count, column: index % columns.count)
    }
}
