/// A key and what it does, shown in the status bar as "q Quit".
public struct KeyHint: Hashable, Sendable {
    public var key: String
    public var label: String

    public init(key: String, label: String) {
        self.key = key
        self.label = label
    }
}

/// One row: left segments, then as many whole key hints as fit, and right segments flush right.
/// Right segments win over hints, hints over nothing; the left segments are clipped with "…" to leave
/// the right ones room. Hints that do not fit whole are left out (from the end).
public struct StatusBar: Sendable {
    public var left: [Span]
    public var right: [Span]
    public var hints: [KeyHint]
    public var style: Style
    public var keyStyle: Style
    public var labelStyle: Style

    public init(
        left: [Span] = [], right: [Span] = [], hints: [KeyHint] = [], style: Style = Style(attributes: .reverse),
        keyStyle: Style = Style(attributes: .bold), labelStyle: Style = Style(attributes: .reverse)
    ) {
        self.left = left
        self.right = right
        self.hints = hints
        self.style = style
        self.keyStyle = keyStyle
        self.labelStyle = labelStyle
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        let row = area.intersection(buffer.area).row(0)
        buffer.fill(row, with: Cell(style: style))
        guard !row.isEmpty else { return }
        let rightLine = Line(right)
        let rightWidth = min(rightLine.width(using: buffer.textWidth), row.width)
        let rightStart = row.maxX - rightWidth
        buffer.write(rightLine, x: rightStart, y: row.y, maxWidth: rightWidth, style: style, overflow: .ellipsis)
        let end = rightWidth > 0 ? rightStart - 1 : row.maxX
        var x = row.x + buffer.write(
            Line(left), x: row.x, y: row.y, maxWidth: max(0, end - row.x), style: style, overflow: .ellipsis
        )
        for hint in hints {
            let gap = x > row.x ? 1 : 0
            let key = sanitize(hint.key), label = sanitize(" " + hint.label)
            let needed = gap + buffer.textWidth.width(of: key) + buffer.textWidth.width(of: label)
            guard x + needed <= end else { break }
            x += gap
            x += buffer.write(key, x: x, y: row.y, style: keyStyle)
            x += buffer.write(label, x: x, y: row.y, style: labelStyle)
        }
    }
}
