import Bilingual

/// Draws a `GridState`: a header row of column titles, the row labels down the left (they stay put
/// while the columns scroll), the cells right- or left-aligned in their columns with a column before
/// each for `!` on a cell in error, the focused cell in `focusedValue` (with the editor and its cursor
/// while editing), read-only cells in `readOnly`, and on the last row the focused cell's message.
/// `<` and `>` in the header say that columns are hidden to the left or right.
public struct GridEditor {
    public var state: GridState
    public var language: Language
    public var styles: FormStyles

    public init(_ state: GridState, language: Language, styles: FormStyles = .mono) {
        self.state = state
        self.language = language
        self.styles = styles
    }

    /// Draws the grid; returns where the cursor of the cell being edited is, if one is.
    @discardableResult
    public func render(into buffer: inout Buffer, area: Rect) -> (x: Int, y: Int)? {
        let area = area.intersection(buffer.area)
        buffer.fill(area, with: Cell(style: styles.value))
        let layout = GridLayout(state, area: area, measure: buffer.textWidth)
        guard area.height >= 2 else { return nil }
        drawHeader(layout, into: &buffer)
        var cursor: (x: Int, y: Int)?
        for line in 0..<min(layout.bodyRows, state.rowLabels.count - layout.rowOffset) {
            let row = layout.rowOffset + line
            let y = area.y + 1 + line
            let focusedRow = row == state.focus.row
            buffer.write(state.rowLabels[row], x: area.x, y: y, maxWidth: layout.labelWidth,
                         style: focusedRow ? styles.focusedLabel : styles.label, overflow: .ellipsis)
            for (column, x) in layout.visibleColumns {
                if let found = drawCell(GridPosition(row: row, column: column), x: x, y: y, layout: layout, into: &buffer) { cursor = (found, y) }
            }
        }
        if let message = state.messages[state.focus], layout.bodyRows < area.height - 1 {
            buffer.write(FormLayout.errorMarker + " " + message, x: area.x, y: area.maxY - 1, maxWidth: area.width,
                         style: styles.error, overflow: .ellipsis)
        }
        return cursor
    }

    private func drawHeader(_ layout: GridLayout, into buffer: inout Buffer) {
        let area = layout.area
        for (column, x) in layout.visibleColumns {
            let spec = state.columns[column]
            let width = layout.textWidth(of: column, at: x)
            let title = buffer.textWidth.fitted(sanitize(spec.title), to: width, alignment: spec.alignment)
            buffer.write(title, x: x + 1, y: area.y, maxWidth: width, style: styles.header)
        }
        if layout.columnOffset > 0 { buffer.write("<", x: area.x, y: area.y, style: styles.header) }
        if let last = layout.visibleColumns.last?.column, last < state.columns.count - 1 {
            buffer.write(">", x: area.maxX - 1, y: area.y, style: styles.header)
        }
    }

    /// Draws one cell; returns the cursor's column when it is being edited.
    private func drawCell(_ position: GridPosition, x: Int, y: Int, layout: GridLayout, into buffer: inout Buffer) -> Int? {
        let spec = state.columns[position.column]
        let width = layout.textWidth(of: position.column, at: x)
        let focused = position == state.focus
        let message = state.messages[position]
        if message != nil { buffer.write(FormLayout.errorMarker, x: x, y: y, style: styles.error) }
        let style = focused ? styles.focusedValue
            : message != nil ? styles.error : state.isReadOnly(position) ? styles.readOnly : styles.value
        if focused, let editor = state.editor {
            return editor.render(into: &buffer, x: x + 1, y: y, columns: width, style: style, cursorStyle: styles.cursor)
        }
        let text = buffer.textWidth.fitted(sanitize(state.cells[position.row][position.column]), to: width,
                                           alignment: spec.alignment)
        buffer.write(text, x: x + 1, y: y, maxWidth: width, style: style)
        return nil
    }
}

/// Where a grid's parts go: the row-label column (at most a third of the width), the header row, the
/// body rows, a message row at the bottom, and the columns that fit from the first scrolled one,
/// scrolled as little as possible to show the focused cell.
struct GridLayout {
    let area: Rect
    let labelWidth: Int
    let bodyRows: Int
    let rowOffset: Int
    let columnOffset: Int
    /// The columns drawn and the x of each one's marker cell (its text starts one to the right).
    let visibleColumns: [(column: Int, x: Int)]
    private let widths: [Int]

    init(_ state: GridState, area: Rect, measure: TextWidth) {
        self.area = area
        let widest = state.rowLabels.map { measure.width(of: sanitize($0)) }.max() ?? 0
        labelWidth = min(widest, area.width / 3)
        bodyRows = max(0, area.height - 2)
        rowOffset = ScrollState.offset(selected: state.focus.row, visible: bodyRows, current: state.rowOffset,
                                       count: state.rowLabels.count)
        let start = area.x + labelWidth
        func fitting(from first: Int) -> [(column: Int, x: Int)] {
            var result: [(column: Int, x: Int)] = []
            var x = start
            for column in first..<state.columns.count {
                let width = state.columns[column].width + 1
                guard x + width <= area.maxX || result.isEmpty else { break }
                result.append((column, x))
                x += width
            }
            return result
        }
        var offset = min(max(0, state.columnOffset), max(0, state.columns.count - 1))
        if state.focus.column < offset { offset = state.focus.column }
        while offset < state.focus.column, !fitting(from: offset).contains(where: { $0.column == state.focus.column }) {
            offset += 1
        }
        columnOffset = offset
        visibleColumns = state.columns.isEmpty ? [] : fitting(from: offset)
        widths = state.columns.map(\.width)
    }

    /// Columns of a cell's text: its column's width, less what the area's edge cuts off.
    func textWidth(of column: Int, at x: Int) -> Int { max(0, min(widths[column], area.maxX - x - 1)) }
}

extension GridState {
    /// Keeps the scroll positions and page size where `GridEditor` draws them in `area`, and the
    /// edited cell's own scroll, so that the next frame moves as little as possible from there.
    public mutating func reveal(in area: Rect, measure: TextWidth) {
        let layout = GridLayout(self, area: area, measure: measure)
        rowOffset = layout.rowOffset
        columnOffset = layout.columnOffset
        pageRows = max(1, layout.bodyRows)
        revealEditor(columns: columns[focus.column].width, measure: measure)
    }
}
