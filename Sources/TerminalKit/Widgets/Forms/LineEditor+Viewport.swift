/// The part of a `LineEditor`'s text that shows in a field of a few columns, and where its cursor is.
public struct LineViewport: Hashable, Sendable {
    /// The visible clusters, never a wide character cut in half.
    public var text: String
    /// The cursor's column inside the field (0 = the field's first column).
    public var cursorColumn: Int
    /// Columns the cursor covers: the cluster under it, or one past the end of the text.
    public var cursorWidth: Int
    /// The display column of the text the field starts at (the editor's `scroll`, adjusted).
    public var scroll: Int
}

extension LineEditor {
    /// What shows in a field `columns` wide: the stored `scroll` moved as little as possible so that
    /// the cursor is inside the field, always at the start of a cluster.
    public func viewport(columns: Int, measure: TextWidth) -> LineViewport {
        let widths = characters.map { measure.width(of: $0) }
        let starts = widths.reduce(into: [0]) { $0.append($0.last! + $1) }
        let cursorColumn = starts[cursor]
        let cursorWidth = cursor < widths.count ? max(1, widths[cursor]) : 1
        let columns = max(1, columns)
        var scroll = min(max(0, self.scroll), max(0, starts[widths.count] + 1 - columns))
        if cursorColumn < scroll { scroll = cursorColumn }
        if cursorColumn + cursorWidth > scroll + columns { scroll = cursorColumn + cursorWidth - columns }
        // Snap forward to a cluster's start, so that no wide character is cut at the left edge.
        let first = starts.firstIndex { $0 >= scroll } ?? widths.count
        scroll = min(starts[first], cursorColumn)
        var last = first
        while last < widths.count, starts[last + 1] - scroll <= columns { last += 1 }
        return LineViewport(
            text: String(characters[first..<last]), cursorColumn: cursorColumn - scroll, cursorWidth: cursorWidth,
            scroll: scroll
        )
    }

    /// Keeps the stored `scroll` where `viewport(columns:measure:)` puts it, so that the next frame
    /// starts from there.
    public mutating func reveal(columns: Int, measure: TextWidth) {
        scroll = viewport(columns: columns, measure: measure).scroll
    }

    /// Draws the field at `x`, `y`, `columns` wide: filled with `style`, the visible text, and, when
    /// `cursorStyle` is given, the cursor's cells in it (a reverse-video cell for terminals whose own
    /// cursor is hidden). Returns the cursor's column in the buffer, for an app that places the
    /// terminal's cursor instead.
    @discardableResult
    public func render(
        into buffer: inout Buffer, x: Int, y: Int, columns: Int, style: Style, cursorStyle: Style? = nil
    ) -> Int {
        guard columns > 0 else { return x }
        let shown = viewport(columns: columns, measure: buffer.textWidth)
        buffer.fill(Rect(x: x, y: y, width: columns, height: 1), with: Cell(style: style))
        buffer.write(shown.text, x: x, y: y, maxWidth: columns, style: style)
        let column = x + shown.cursorColumn
        if let cursorStyle {
            buffer.setStyle(cursorStyle, in: Rect(x: column, y: y, width: min(shown.cursorWidth, x + columns - column), height: 1))
        }
        return column
    }
}
