/// What to do with text that does not fit its columns.
public enum Overflow: Hashable, Sendable {
    /// Cut at the last whole character that fits.
    case clip
    /// Cut and end with "…".
    case ellipsis
}

/// Writing text into a buffer. All text is passed through `sanitize(_:)` first, measured with the
/// buffer's `textWidth`, and clipped by columns at the buffer's edge and at `maxWidth`. A wide character
/// takes its cell plus a continuation cell; one that does not fit leaves a space in the last column.
/// Writing over half of a wide character turns its other half into a space.
extension Buffer {
    /// Writes one string in one style; returns the columns the text took (at most `maxWidth`).
    @discardableResult
    public mutating func write(
        _ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .plain, overflow: Overflow = .clip
    ) -> Int {
        write(Line([Span(text, style: style)]), x: x, y: y, maxWidth: maxWidth, style: style, overflow: overflow)
    }

    /// Writes a line of spans; spans without a style get `style`. Returns the columns the line took.
    @discardableResult
    public mutating func write(
        _ line: Line, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .plain, overflow: Overflow = .clip
    ) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = min(width, x + max(0, maxWidth ?? width))
        guard limit > x else { return 0 }
        // Only what can show (and two columns more, to see a wide character cut at the edge) is
        // sanitised and measured, however long the text.
        var room = limit - x
        let runs = line.spans.map { span in
            let shown = textWidth.prefix(of: span.text, columns: max(0, room) + 2)
            defer { room -= shown.width }
            return (text: sanitize(String(shown.text)), style: span.style ?? style,
                    isCut: shown.isCut || shown.width > max(0, room))
        }
        if overflow == .ellipsis {
            let marker = TextWidth.ellipsis
            let markerWidth = textWidth.width(of: marker)
            if runs.contains(where: \.isCut), limit - x >= markerWidth {
                var column = x
                var cutStyle = style
                for run in runs {
                    cutStyle = run.style
                    let end = place(
                        run.text, from: column, limit: limit - markerWidth, y: y, style: run.style, padsCut: false
                    )
                    let cut = run.isCut || end - column < textWidth.width(of: run.text)
                    column = end
                    if cut { break }
                }
                column = place(marker, from: column, limit: limit, y: y, style: cutStyle)
                if column < limit { column = place(" ", from: column, limit: limit, y: y, style: cutStyle) }
                return column - x
            }
        }
        var column = x
        for run in runs where column < limit {
            column = place(run.text, from: column, limit: limit, y: y, style: run.style)
        }
        return column - x
    }

    /// Puts one character (sanitised) in a cell, as `write` would.
    public mutating func set(_ character: Character, x: Int, y: Int, style: Style = .plain) {
        write(String(character), x: x, y: y, maxWidth: textWidth.width(of: character), style: style)
    }

    /// The text of one row: every cell's symbol, continuation cells skipped.
    public func rowText(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        return cells[(y * width)..<((y + 1) * width)].lazy.filter { !$0.isContinuation }.map(\.symbol).joined()
    }

    /// The text of every row (see `rowText`).
    public var lines: [String] { (0..<height).map(rowText) }

    /// Places sanitised text from column `start` up to (not including) `limit`; returns the column after
    /// the last cell written. Each cluster is drawn in its certain form (`TextWidth.drawnCells(of:)`).
    /// Characters left of column 0 and zero-width characters are skipped. A wide character cut by
    /// `limit` leaves a space in the last column when `padsCut` is on.
    private mutating func place(
        _ text: String, from start: Int, limit: Int, y: Int, style: Style, padsCut: Bool = true
    ) -> Int {
        var column = start
        for character in text {
            if textWidth.needsDrawnForm(character) {
                for cell in textWidth.drawnCells(of: character) {
                    guard placeCell(cell.symbol, columns: cell.width, at: &column, limit: limit, y: y, style: style,
                                    padsCut: padsCut) else { return column }
                }
            } else {
                guard placeCell(String(character), columns: textWidth.width(of: character), at: &column, limit: limit,
                                y: y, style: style, padsCut: padsCut) else { return column }
            }
        }
        return column
    }

    /// Puts one drawn cell at `column` and moves past it; false when it does not fit before `limit`.
    private mutating func placeCell(
        _ symbol: String, columns: Int, at column: inout Int, limit: Int, y: Int, style: Style, padsCut: Bool
    ) -> Bool {
        guard columns > 0 else { return true }
        if column + columns > limit {
            if padsCut, column < limit, column >= 0 {
                putCell(" ", columns: 1, x: column, y: y, style: style)
                column += 1
            }
            return false
        }
        if column >= 0 {
            putCell(symbol, columns: columns, x: column, y: y, style: style)
        } else if column + columns > 0 {
            putCell(" ", columns: 1, x: 0, y: y, style: style)
        }
        column += columns
        return true
    }

    private mutating func putCell(_ symbol: String, columns: Int, x: Int, y: Int, style: Style) {
        detachWideNeighbours(row: y, from: x, to: x + columns)
        self[x, y] = Cell(symbol: symbol, style: style)
        if columns == 2 { self[x + 1, y] = Cell(symbol: "", style: style, isContinuation: true) }
    }
}

extension Buffer {
    /// Row `y` as a line of spans, one per run of equally styled cells (continuation cells skipped).
    public func line(_ y: Int) -> Line {
        var spans: [Span] = []
        for x in 0..<width {
            let cell = self[x, y]
            guard !cell.isContinuation else { continue }
            if let last = spans.last, last.style == cell.style {
                spans[spans.count - 1].text += cell.symbol
            } else {
                spans.append(Span(cell.symbol, style: cell.style))
            }
        }
        return Line(spans)
    }
}
